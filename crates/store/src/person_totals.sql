-- The rows of person_totals (see migrations/V4__totals.sql), from the
-- tables they are derived from: rebuilt after each import, and compared
-- with the stored ones by `clippings check`.
SELECT p.id,
       coalesce(qt.quotes, 0), coalesce(qt.articles, 0), coalesce(qt.outlets, 0),
       qt.first_quoted, qt.last_quoted,
       coalesce(mt.articles, 0), coalesce(mt.mentions, 0), coalesce(mt.outlets, 0)
FROM people p
LEFT JOIN (
    SELECT q.person_id, count(*) AS quotes, count(DISTINCT q.article_id) AS articles,
           count(DISTINCT a.source_id) AS outlets,
           min(a.published) AS first_quoted, max(a.published) AS last_quoted
    FROM quotes q JOIN articles a INDEXED BY articles_outlet_date ON a.id = q.article_id
    WHERE q.person_id IS NOT NULL
    GROUP BY q.person_id
) qt ON qt.person_id = p.id
LEFT JOIN (
    SELECT m.person_id, count(*) AS articles, sum(m.mentions) AS mentions,
           count(DISTINCT a.source_id) AS outlets
    FROM mentions m JOIN articles a INDEXED BY articles_outlet_date ON a.id = m.article_id
    GROUP BY m.person_id
) mt ON mt.person_id = p.id

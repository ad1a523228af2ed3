-- title: Outlets that quoted a statement
-- description: Which outlets quoted a statement containing a phrase, with the quote, its speaker and the headline; an article whose outlet is unknown has none (a table shows '(unknown outlet)'), and its headline.
-- param term: text | Words the quotation must contain, as a phrase (e.g. asylum, or political asylum).
-- param limit: integer = 200 | Most rows to return.
-- Matches are ordered by outlet from small rows (the index and the totals
-- of articles' outlet and date); only the rows shown read their article.
WITH hits AS (
    SELECT q.id AS quote_id, q.article_id, q.person_id, q.start_offset,
           a.source_id, a.published
    FROM quotes_fts f
    JOIN quotes q ON q.id = f.rowid
    JOIN articles a INDEXED BY articles_outlet_date ON a.id = q.article_id
    WHERE quotes_fts MATCH '"' || replace(:term, '"', '""') || '"'
),
shown AS (
    SELECT h.*, s.name AS outlet_name
    FROM hits h
    LEFT JOIN sources s ON s.id = h.source_id
    ORDER BY s.name IS NULL, s.name, h.published, h.article_id, h.start_offset
    LIMIT :limit
)
SELECT sh.outlet_name AS outlet,
       a.headline,
       substr(a.published, 1, 10) AS published,
       p.name AS speaker,
       q.text AS quote,
       a.relative_path
FROM shown sh
JOIN quotes q ON q.id = sh.quote_id
JOIN articles a ON a.id = sh.article_id
LEFT JOIN people p ON p.id = sh.person_id
ORDER BY sh.outlet_name IS NULL, sh.outlet_name, sh.published, sh.article_id, sh.start_offset;

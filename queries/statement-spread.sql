-- title: How a statement spread
-- description: Statements carried by several outlets, widest first: how many outlets, articles and wordings, the first and last report, the hours between them, how many outlets had it within a day of the first, and who reported it first (none if that outlet is unknown). Narrow it with words of the statement or part of the speaker's name.
-- param term: text = | Words a wording must contain, as a phrase (e.g. asylum); leave it out for all.
-- param speaker: text = | Part of the speaker's name (e.g. Putin); leave it out for all.
-- param min_outlets: integer = 2 | Only statements carried by at least this many outlets.
-- param limit: integer = 50 | Most rows to return.
WITH matching AS (
    SELECT DISTINCT sq.statement_id AS id
    FROM quotes_fts f
    JOIN statement_quotes sq ON sq.quote_id = f.rowid
    WHERE :term <> '' AND quotes_fts MATCH '"' || replace(:term, '"', '""') || '"'
),
chosen AS (
    SELECT s.*
    FROM statements s INDEXED BY statements_spread
    LEFT JOIN people p ON p.id = s.person_id
    WHERE s.outlets >= :min_outlets
      AND (:term = '' OR s.id IN (SELECT id FROM matching))
      AND (:speaker = '' OR p.name LIKE '%' || :speaker || '%')
    ORDER BY s.outlets DESC, s.articles DESC, s.id
    LIMIT :limit
)
SELECT c.id AS statement,
       p.name AS speaker,
       substr(q.text, sq.part_start + 1, sq.part_end - sq.part_start) AS wording,
       c.outlets,
       c.articles,
       c.quotes AS wordings,
       substr(c.first_seen, 1, 10) AS first_seen,
       substr(c.last_seen, 1, 10) AS last_seen,
       round((julianday(c.last_seen) - julianday(c.first_seen)) * 24, 1) AS hours,
       (SELECT count(DISTINCT coalesce(a.source_id, -a.id))
        FROM statement_quotes sq2
        JOIN quotes q2 ON q2.id = sq2.quote_id
        JOIN articles a INDEXED BY articles_outlet_date ON a.id = q2.article_id
        WHERE sq2.statement_id = c.id
          AND julianday(a.published) <= julianday(c.first_seen) + 1) AS outlets_in_a_day,
       (SELECT o.name
        FROM statement_quotes sq2
        JOIN quotes q2 ON q2.id = sq2.quote_id
        JOIN articles a INDEXED BY articles_outlet_date ON a.id = q2.article_id
        LEFT JOIN sources o ON o.id = a.source_id
        WHERE sq2.statement_id = c.id AND a.published IS NOT NULL
        ORDER BY substr(a.published, 1, 10), a.published, o.name
        LIMIT 1) AS first_reported_by
FROM chosen c
LEFT JOIN people p ON p.id = c.person_id
LEFT JOIN statement_quotes sq ON sq.statement_id = c.id AND sq.quote_id = c.quote_id
LEFT JOIN quotes q ON q.id = c.quote_id
ORDER BY c.outlets DESC, c.articles DESC, c.id;

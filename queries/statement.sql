-- title: The wordings of a statement
-- description: Every wording of one statement (give its id, from another query), or of the statements of a speaker (give part of the name) that more than one article carries; with outlet (none if unknown), date, how each was linked (identical, contained, similar, with its score) and the part of the quotation that carries it. Without a statement, the most widely reported ones.
-- param statement: text = | A statement id (e.g. 12), or part of a speaker's name (e.g. Putin); leave it out for the most widely reported.
-- param limit: integer = 200 | Most rows to return.
-- The statements first (by id, or the widest from the index on spread),
-- then their wordings.
WITH by_id AS (
    SELECT id, outlets, articles
    FROM statements
    WHERE :statement <> '' AND :statement NOT GLOB '*[^0-9]*'
      AND id = CAST(:statement AS INTEGER)
),
widest AS (
    SELECT s.id, s.outlets, s.articles
    FROM statements s INDEXED BY statements_spread
    LEFT JOIN people p ON p.id = s.person_id
    WHERE (:statement = '' OR :statement GLOB '*[^0-9]*')
      AND s.articles > 1
      AND (:statement = '' OR p.name LIKE '%' || :statement || '%')
    ORDER BY s.outlets DESC, s.articles DESC, s.id
    LIMIT :limit
),
chosen AS (
    SELECT * FROM by_id UNION ALL SELECT * FROM widest
)
SELECT c.id AS statement,
       d.speaker,
       d.outlet,
       substr(d.published, 1, 10) AS published,
       d.method,
       d.score,
       d.part AS wording,
       d.kind,
       d.relative_path
FROM chosen c
JOIN statement_details d ON d.statement_id = c.id
ORDER BY c.outlets DESC, c.articles DESC, c.id,
         d.published IS NULL, substr(d.published, 1, 10), d.outlet, d.published, d.relative_path, d.quote_id
LIMIT :limit;

-- title: The wordings of a statement
-- description: Every wording of one statement (give its id, from another query), or of the statements of a speaker (give part of the name) that more than one article carries; with outlet, date, how each was linked (identical, contained, similar, with its score) and the part of the quotation that carries it. Without a statement, the most widely reported ones.
-- param statement: text = | A statement id (e.g. 12), or part of a speaker's name (e.g. Putin); leave it out for the most widely reported.
-- param limit: integer = 200 | Most rows to return.
WITH chosen AS (
    SELECT s.id, s.outlets, s.articles, s.first_seen
    FROM statements s
    LEFT JOIN people p ON p.id = s.person_id
    WHERE CASE
        WHEN :statement <> '' AND :statement NOT GLOB '*[^0-9]*' THEN s.id = CAST(:statement AS INTEGER)
        WHEN :statement = '' THEN s.articles > 1
        ELSE s.articles > 1 AND p.name LIKE '%' || :statement || '%'
    END
)
SELECT c.id AS statement,
       d.speaker,
       coalesce(d.outlet, '(unknown outlet)') AS outlet,
       d.published,
       d.method,
       d.score,
       d.part AS wording,
       d.kind,
       d.file
FROM chosen c
JOIN statement_details d ON d.statement_id = c.id
ORDER BY c.outlets DESC, c.articles DESC, c.id,
         d.published IS NULL, substr(d.published, 1, 10), d.outlet, d.published, d.file, d.quote_id
LIMIT :limit;

-- title: Most-reported statements
-- description: The remarks carried by the most outlets (then articles, then wordings) among those reported between two dates (inclusive; statements of unknown date are kept), with the speaker, the fullest wording and the first and last report.
-- param from: date = 1900-01-01 | First day, YYYY-MM-DD.
-- param to: date = 2999-12-31 | Last day, YYYY-MM-DD.
-- param limit: integer = 20 | How many statements to list.
SELECT s.id AS statement,
       p.name AS speaker,
       substr(q.text, sq.part_start + 1, sq.part_end - sq.part_start) AS wording,
       s.outlets,
       s.articles,
       s.quotes AS wordings,
       substr(s.first_seen, 1, 10) AS first_seen,
       substr(s.last_seen, 1, 10) AS last_seen
FROM statements s INDEXED BY statements_spread
LEFT JOIN people p ON p.id = s.person_id
LEFT JOIN statement_quotes sq ON sq.statement_id = s.id AND sq.quote_id = s.quote_id
LEFT JOIN quotes q ON q.id = s.quote_id
WHERE s.articles > 1
  -- Compared as text, as articles.published is stored.
  AND coalesce(s.last_seen, '9999') >= :from
  AND coalesce(s.first_seen, '0000') < date(:to, '+1 day')
ORDER BY s.outlets DESC, s.articles DESC, s.quotes DESC, s.id
LIMIT :limit;

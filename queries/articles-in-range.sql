-- title: Articles in a date range
-- description: Articles published between two dates (inclusive), with their outlet and how many quotations they hold.
-- param from: date = 1900-01-01 | First day, YYYY-MM-DD.
-- param to: date = 2999-12-31 | Last day, YYYY-MM-DD.
SELECT substr(a.published, 1, 10) AS published,
       s.name AS outlet,
       a.headline,
       a.byline,
       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
       a.relative_path
FROM articles a
LEFT JOIN sources s ON s.id = a.source_id
-- Compared as text so that the index on published serves the range.
WHERE a.published >= :from AND a.published < date(:to, '+1 day')
ORDER BY substr(a.published, 1, 10), a.relative_path;

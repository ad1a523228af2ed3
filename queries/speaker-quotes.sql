-- title: Quotes of one speaker
-- description: Every quotation attributed to a person whose name contains the words given, oldest first.
-- param name: text | The person's name or part of it (e.g. Mattis).
-- param limit: integer = 500 | Most rows to return.
SELECT p.name AS speaker,
       substr(a.published, 1, 10) AS published,
       s.name AS outlet,
       a.headline,
       q.kind,
       q.text AS quote,
       a.relative_path
FROM people p
CROSS JOIN quotes q ON q.person_id = p.id
JOIN articles a ON a.id = q.article_id
LEFT JOIN sources s ON s.id = a.source_id
WHERE p.name LIKE '%' || :name || '%'
ORDER BY a.published, a.relative_path, q.start_offset
LIMIT :limit;

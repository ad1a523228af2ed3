-- title: Quotes of one speaker
-- description: Every quotation attributed to a person (matched on the canonical name or any alias), oldest first.
-- param name: text | The person's name or part of it (e.g. Mattis).
-- param limit: integer = 500 | Most rows to return.
SELECT p.name AS speaker,
       a.published,
       coalesce(s.name, '(unknown outlet)') AS outlet,
       a.headline,
       q.kind,
       q.text AS quote
FROM quotes q
JOIN people p ON p.id = q.person_id
JOIN articles a ON a.id = q.article_id
LEFT JOIN sources s ON s.id = a.source_id
WHERE p.name LIKE '%' || :name || '%'
   OR p.id IN (SELECT person_id FROM person_aliases WHERE alias LIKE '%' || :name || '%')
ORDER BY a.published, a.file, q.start_offset
LIMIT :limit;

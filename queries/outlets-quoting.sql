-- title: Outlets that quoted a statement
-- description: Which outlets quoted a statement containing a phrase, with the quote, its speaker and the headline; an article whose outlet is unknown shows '(unknown outlet)' and its headline.
-- param term: text | Words the quotation must contain, as a phrase (e.g. asylum, or political asylum).
-- param limit: integer = 200 | Most rows to return.
SELECT coalesce(s.name, '(unknown outlet)') AS outlet,
       a.headline,
       a.published,
       p.name AS speaker,
       q.text AS quote,
       a.file
FROM quotes_fts f
JOIN quotes q ON q.id = f.rowid
JOIN articles a ON a.id = q.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN people p ON p.id = q.person_id
WHERE quotes_fts MATCH '"' || replace(:term, '"', '""') || '"'
ORDER BY s.name IS NULL, s.name, a.published, a.file, q.start_offset
LIMIT :limit;

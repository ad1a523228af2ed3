-- title: Search quotations
-- description: Full-text search over quotations, best matches first, with the matching words marked [like this].
-- param term: text | FTS5 search: words, "a phrase", prefix*, a OR b, NEAR(a b).
-- param limit: integer = 50 | Most rows to return.
SELECT p.name AS speaker,
       coalesce(s.name, '(unknown outlet)') AS outlet,
       a.headline,
       snippet(quotes_fts, 0, '[', ']', '…', 16) AS snippet
FROM quotes_fts
JOIN quotes q ON q.id = quotes_fts.rowid
JOIN articles a ON a.id = q.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN people p ON p.id = q.person_id
WHERE quotes_fts MATCH :term
ORDER BY bm25(quotes_fts), q.id
LIMIT :limit;

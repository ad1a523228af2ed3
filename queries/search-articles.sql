-- title: Search articles
-- description: Full-text search over headlines, standfirsts and bodies, best matches first, with a snippet marking the matching words [like this].
-- param term: text | FTS5 search: words, "a phrase", prefix*, a OR b, headline:word.
-- param limit: integer = 50 | Most rows to return.
SELECT a.published,
       coalesce(s.name, '(unknown outlet)') AS outlet,
       a.headline,
       snippet(articles_fts, 2, '[', ']', '…', 20) AS snippet,
       a.file
FROM articles_fts
JOIN articles a ON a.id = articles_fts.rowid
LEFT JOIN sources s ON s.id = a.source_id
WHERE articles_fts MATCH :term
ORDER BY bm25(articles_fts, 5.0, 2.0, 1.0), a.id
LIMIT :limit;

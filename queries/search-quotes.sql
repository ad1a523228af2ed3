-- title: Search quotations
-- description: Full-text search over quotations, best matches first, with the matching words marked [like this].
-- param term: text | FTS5 search: words, "a phrase", prefix*, a OR b, NEAR(a b).
-- param limit: integer = 50 | Most rows to return.
-- The best matches are found in the index first, and only they are joined
-- to their articles and given a snippet. bm25() in a plain ORDER BY lets
-- SQLite keep just the top rows as it goes, where `ORDER BY rank` sorts
-- every match; snippet() is asked for afterwards, once per row shown.
WITH best AS (
    SELECT rowid AS quote_id, bm25(quotes_fts) AS rank
    FROM quotes_fts
    WHERE quotes_fts MATCH :term
    ORDER BY rank
    LIMIT :limit
),
hits AS (
    SELECT b.quote_id,
           b.rank,
           (SELECT snippet(quotes_fts, 0, '[', ']', '…', 16)
            FROM quotes_fts
            WHERE quotes_fts MATCH :term AND quotes_fts.rowid = b.quote_id) AS snippet
    FROM best b
)
SELECT p.name AS speaker,
       s.name AS outlet,
       a.headline,
       h.snippet,
       a.relative_path
FROM hits h
JOIN quotes q ON q.id = h.quote_id
JOIN articles a ON a.id = q.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN people p ON p.id = q.person_id
ORDER BY h.rank, q.id;

-- title: Search articles
-- description: Full-text search over headlines, standfirsts and bodies, best matches first, with a snippet marking the matching words [like this].
-- param term: text | FTS5 search: words, "a phrase", prefix*, a OR b, headline:word.
-- param limit: integer = 50 | Most rows to return.
-- The best matches are ranked in the index first; snippet() reads an
-- article's text, so it is asked for afterwards, once per row shown.
WITH best AS (
    SELECT rowid AS article_id, bm25(articles_fts, 5.0, 2.0, 1.0) AS score
    FROM articles_fts
    WHERE articles_fts MATCH :term
    ORDER BY score
    LIMIT :limit
),
hits AS (
    SELECT b.article_id,
           b.score,
           (SELECT snippet(articles_fts, 2, '[', ']', '…', 20)
            FROM articles_fts
            WHERE articles_fts MATCH :term AND articles_fts.rowid = b.article_id) AS snippet
    FROM best b
)
SELECT substr(a.published, 1, 10) AS published,
       s.name AS outlet,
       a.headline,
       h.snippet,
       a.relative_path
FROM hits h
JOIN articles a ON a.id = h.article_id
LEFT JOIN sources s ON s.id = a.source_id
ORDER BY h.score, a.id;

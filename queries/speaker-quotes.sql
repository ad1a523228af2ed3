-- title: Quotes of one speaker
-- description: Every quotation attributed to a person or organisation whose name contains the words given, oldest first, with its kind.
-- param name: text | The person's name or part of it (e.g. Mattis).
-- param limit: integer = 500 | Most rows to return.
-- param kind: text in (all, quoted, direct, partial, pullquote, indirect) = all | Which quotations: all, quoted (in quotation marks), or one kind (indirect: reported speech).
-- People first, then organisations, each from its own name index.
SELECT speaker, published, outlet, headline, kind, quote, relative_path
FROM (
    SELECT p.name AS speaker, a.published AS at, q.start_offset,
           substr(a.published, 1, 10) AS published, s.name AS outlet, a.headline,
           q.kind, q.text AS quote, a.relative_path
    FROM people p
    CROSS JOIN quotes q ON q.person_id = p.id
    JOIN articles a ON a.id = q.article_id
    LEFT JOIN sources s ON s.id = a.source_id
    WHERE p.name LIKE '%' || :name || '%' AND (:kind = 'all' OR q.kind = :kind OR (:kind = 'quoted' AND q.kind <> 'indirect'))
    UNION ALL
    SELECT o.name, a.published, q.start_offset,
           substr(a.published, 1, 10), s.name, a.headline,
           q.kind, q.text, a.relative_path
    FROM organisations o
    CROSS JOIN quotes q ON q.organisation_id = o.id
    JOIN articles a ON a.id = q.article_id
    LEFT JOIN sources s ON s.id = a.source_id
    WHERE o.name LIKE '%' || :name || '%' AND (:kind = 'all' OR q.kind = :kind OR (:kind = 'quoted' AND q.kind <> 'indirect'))
)
ORDER BY at, relative_path, start_offset
LIMIT :limit;

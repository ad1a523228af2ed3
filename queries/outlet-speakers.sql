-- title: Whom an outlet quotes
-- description: For one outlet, the people and organisations it quotes, by number of quotations, and how many of its articles quote each.
-- param outlet: text | The outlet's name or part of it (e.g. Times).
-- param limit: integer = 50 | Most rows to return.
-- param kind: text in (all, quoted, direct, partial, pullquote, indirect) = all | Which quotations: all, quoted (in quotation marks), or one kind (indirect: reported speech).
SELECT s.name AS outlet,
       coalesce(p.name, o.name) AS speaker,
       count(*) AS quotes,
       count(DISTINCT q.article_id) AS articles
-- CROSS JOIN keeps this order: the outlet first, then its articles and quotes.
FROM sources s
CROSS JOIN articles a ON a.source_id = s.id
CROSS JOIN quotes q ON q.article_id = a.id
LEFT JOIN people p ON p.id = q.person_id
LEFT JOIN organisations o ON o.id = q.organisation_id
WHERE s.name LIKE '%' || :outlet || '%' AND (:kind = 'all' OR q.kind = :kind OR (:kind = 'quoted' AND q.kind <> 'indirect'))
GROUP BY s.id, p.id, o.id
ORDER BY outlet, quotes DESC, speaker IS NULL, speaker
LIMIT :limit;

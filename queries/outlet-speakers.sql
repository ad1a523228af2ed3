-- title: Whom an outlet quotes
-- description: For one outlet, the people it quotes, by number of quotations, and how many of its articles quote each.
-- param outlet: text | The outlet's name or part of it (e.g. Times).
-- param limit: integer = 50 | Most rows to return.
SELECT s.name AS outlet,
       coalesce(p.name, '(unknown speaker)') AS speaker,
       count(*) AS quotes,
       count(DISTINCT q.article_id) AS articles
FROM quotes q
JOIN articles a ON a.id = q.article_id
JOIN sources s ON s.id = a.source_id
LEFT JOIN people p ON p.id = q.person_id
WHERE s.name LIKE '%' || :outlet || '%'
GROUP BY s.id, p.id
ORDER BY outlet, quotes DESC, speaker
LIMIT :limit;

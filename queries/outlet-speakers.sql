-- title: Whom an outlet quotes
-- description: For one outlet, the people it quotes, by number of quotations, and how many of its articles quote each.
-- param outlet: text | The outlet's name or part of it (e.g. Times).
-- param limit: integer = 50 | Most rows to return.
SELECT s.name AS outlet,
       p.name AS speaker,
       count(*) AS quotes,
       count(DISTINCT q.article_id) AS articles
-- CROSS JOIN keeps this order: the outlet first, then its articles and quotes.
FROM sources s
CROSS JOIN articles a ON a.source_id = s.id
CROSS JOIN quotes q ON q.article_id = a.id
LEFT JOIN people p ON p.id = q.person_id
WHERE s.name LIKE '%' || :outlet || '%'
GROUP BY s.id, p.id
ORDER BY outlet, quotes DESC, speaker IS NULL, speaker
LIMIT :limit;

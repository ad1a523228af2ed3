-- title: Who is quoted most
-- description: People ranked by how many quotations are attributed to them, with how many articles and outlets quote them.
-- param limit: integer = 20 | How many people to list.
SELECT p.name AS speaker,
       count(*) AS quotes,
       count(DISTINCT q.article_id) AS articles,
       count(DISTINCT a.source_id) AS outlets,
       min(a.published) AS first_published,
       max(a.published) AS last_published
FROM quotes q
JOIN people p ON p.id = q.person_id
JOIN articles a ON a.id = q.article_id
GROUP BY p.id
ORDER BY quotes DESC, outlets DESC, speaker
LIMIT :limit;

-- title: People mentioned most
-- description: People ranked by how many articles name them, with their mentions, quotations and outlets.
-- param limit: integer = 50 | How many people to list.
SELECT p.name AS person,
       count(DISTINCT m.article_id) AS articles,
       sum(m.mentions) AS mentions,
       (SELECT count(*) FROM quotes q WHERE q.person_id = p.id) AS quotes,
       count(DISTINCT a.source_id) AS outlets
FROM people p
JOIN mentions m ON m.person_id = p.id
JOIN articles a ON a.id = m.article_id
GROUP BY p.id
ORDER BY articles DESC, mentions DESC, person
LIMIT :limit;

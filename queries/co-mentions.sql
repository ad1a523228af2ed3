-- title: People named together
-- description: Pairs of people named in the same articles, by how many articles they share.
-- param person: text = | Only pairs that include this person (part of the name); empty for every pair.
-- param min_articles: integer = 2 | Leave out pairs that share fewer articles.
-- param limit: integer = 50 | Most rows to return.
SELECT p1.name AS person,
       p2.name AS named_with,
       count(*) AS articles
FROM mentions m1
JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.person_id > m1.person_id
JOIN people p1 ON p1.id = m1.person_id
JOIN people p2 ON p2.id = m2.person_id
WHERE :person = '' OR p1.name LIKE '%' || :person || '%' OR p2.name LIKE '%' || :person || '%'
GROUP BY m1.person_id, m2.person_id
HAVING count(*) >= :min_articles
ORDER BY articles DESC, person, named_with
LIMIT :limit;

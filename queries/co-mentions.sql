-- title: People named together
-- description: The people named in the same articles as a given person, by how many articles they share.
-- param person: text | The person's name or part of it (e.g. Mattis).
-- param min_articles: integer = 1 | Leave out people who share fewer articles.
-- param limit: integer = 50 | Most rows to return.
SELECT p1.name AS person,
       p2.name AS named_with,
       count(*) AS articles
FROM people p1
CROSS JOIN mentions m1 ON m1.person_id = p1.id
CROSS JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.person_id <> m1.person_id
JOIN people p2 ON p2.id = m2.person_id
WHERE p1.name LIKE '%' || :person || '%'
GROUP BY p1.id, p2.id
HAVING count(*) >= :min_articles
ORDER BY articles DESC, person, named_with
LIMIT :limit;

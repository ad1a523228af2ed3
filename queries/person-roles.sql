-- title: Roles and titles of people
-- description: The roles and titles the articles give the people whose name contains the words given ("Russian Defence Minister", "chief strategist"), with how many articles use each.
-- param person: text | The person's name or part of it (e.g. Shoigu).
-- param limit: integer = 200 | Most rows to return.
SELECT p.name AS person,
       r.role,
       count(DISTINCT r.article_id) AS articles
FROM people p
CROSS JOIN person_roles r ON r.person_id = p.id
WHERE p.name LIKE '%' || :person || '%'
GROUP BY p.id, r.role
ORDER BY person, articles DESC, r.role
LIMIT :limit;

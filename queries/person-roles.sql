-- title: Roles and titles of people
-- description: The roles and titles the articles give each person ("Russian Defence Minister", "chief strategist"), with how many articles use each.
-- param person: text = | Only people whose name contains this; empty for everyone.
-- param limit: integer = 200 | Most rows to return.
SELECT p.name AS person,
       r.role,
       count(DISTINCT r.article_id) AS articles
FROM person_roles r
JOIN people p ON p.id = r.person_id
WHERE :person = '' OR p.name LIKE '%' || :person || '%'
GROUP BY p.id, r.role
ORDER BY person, articles DESC, r.role
LIMIT :limit;

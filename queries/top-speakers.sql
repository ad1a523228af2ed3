-- title: Who is quoted most
-- description: People ranked by how many quotations are attributed to them, with how many articles and outlets quote them (from the totals refreshed after each import).
-- param limit: integer = 20 | How many people to list.
SELECT p.name AS speaker,
       t.quotes,
       t.quote_articles AS articles,
       t.quote_outlets AS outlets,
       substr(t.first_quoted, 1, 10) AS first_published,
       substr(t.last_quoted, 1, 10) AS last_published
FROM person_totals t
JOIN people p ON p.id = t.person_id
WHERE t.quotes > 0
ORDER BY t.quotes DESC, t.quote_outlets DESC, p.name
LIMIT :limit;

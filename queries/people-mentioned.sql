-- title: People mentioned most
-- description: People ranked by how many articles name them, with their mentions, quotations and outlets (from the totals refreshed after each import).
-- param limit: integer = 50 | How many people to list.
SELECT p.name AS person,
       t.mention_articles AS articles,
       t.mentions,
       t.quotes,
       t.mention_outlets AS outlets
FROM person_totals t
JOIN people p ON p.id = t.person_id
WHERE t.mention_articles > 0
ORDER BY t.mention_articles DESC, t.mentions DESC, p.name
LIMIT :limit;

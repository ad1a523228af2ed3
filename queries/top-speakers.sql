-- title: Who is quoted most
-- description: People ranked by how many quotations are attributed to them, with how many articles and outlets quote them (all kinds from the totals refreshed after each import; one kind counted as asked).
-- param limit: integer = 20 | How many people to list.
-- param kind: text in (all, quoted, direct, partial, pullquote, indirect) = all | Which quotations: all, quoted (in quotation marks), or one kind (indirect: reported speech).
SELECT p.name AS speaker,
       t.quotes,
       t.quote_articles AS articles,
       t.quote_outlets AS outlets,
       substr(t.first_quoted, 1, 10) AS first_published,
       substr(t.last_quoted, 1, 10) AS last_published
FROM person_totals t
JOIN people p ON p.id = t.person_id
WHERE :kind = 'all' AND t.quotes > 0
UNION ALL
-- One kind is counted from the quotations themselves.
SELECT p.name,
       count(*),
       count(DISTINCT q.article_id),
       count(DISTINCT a.source_id),
       substr(min(a.published), 1, 10),
       substr(max(a.published), 1, 10)
FROM quotes q
JOIN articles a ON a.id = q.article_id
JOIN people p ON p.id = q.person_id
WHERE :kind <> 'all' AND (:kind = 'all' OR q.kind = :kind OR (:kind = 'quoted' AND q.kind <> 'indirect'))
GROUP BY p.id
ORDER BY quotes DESC, outlets DESC, speaker
LIMIT :limit;

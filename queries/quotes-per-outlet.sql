-- title: Quotes per outlet
-- description: For each outlet, its articles, quotations, the people it quotes and quotations per article (all kinds from the totals refreshed after each import; one kind counted as asked).
-- param kind: text in (all, quoted, direct, partial, pullquote, indirect) = all | Which quotations: all, quoted (in quotation marks), or one kind (indirect: reported speech).
SELECT CASE WHEN source_id IS NULL THEN NULL ELSE outlet END AS outlet,
       articles,
       quotes,
       people_quoted,
       round(1.0 * quotes / articles, 1) AS quotes_per_article
FROM outlet_totals
WHERE :kind = 'all'
UNION ALL
-- One kind is counted from the quotations themselves.
SELECT s.name,
       count(DISTINCT a.id),
       count(q.id),
       count(DISTINCT q.person_id),
       round(1.0 * count(q.id) / count(DISTINCT a.id), 1)
FROM articles a
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN quotes q ON q.article_id = a.id AND (:kind = 'all' OR q.kind = :kind OR (:kind = 'quoted' AND q.kind <> 'indirect'))
WHERE :kind <> 'all'
GROUP BY a.source_id
ORDER BY quotes DESC, outlet;

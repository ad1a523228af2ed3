-- title: Quotes per outlet
-- description: For each outlet, its articles, quotations, the people it quotes and quotations per article.
SELECT coalesce(s.name, '(unknown outlet)') AS outlet,
       count(DISTINCT a.id) AS articles,
       count(q.id) AS quotes,
       count(DISTINCT q.person_id) AS people_quoted,
       round(1.0 * count(q.id) / count(DISTINCT a.id), 1) AS quotes_per_article
FROM articles a
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN quotes q ON q.article_id = a.id
GROUP BY s.id
ORDER BY quotes DESC, outlet;

-- title: Quotes per outlet
-- description: For each outlet, its articles, quotations, the people it quotes and quotations per article (from the totals refreshed after each import).
SELECT CASE WHEN source_id IS NULL THEN NULL ELSE outlet END AS outlet,
       articles,
       quotes,
       people_quoted,
       round(1.0 * quotes / articles, 1) AS quotes_per_article
FROM outlet_totals
ORDER BY quotes DESC, outlet;

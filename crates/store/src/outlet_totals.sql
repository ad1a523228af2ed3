-- The rows of outlet_totals (outlet, source_id, articles, quotes,
-- people_quoted), from the tables they are derived from.
SELECT coalesce(s.name, '(unknown outlet)'), s.id,
       count(DISTINCT a.id), count(q.id), count(DISTINCT q.person_id)
FROM articles a
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN quotes q ON q.article_id = a.id
GROUP BY s.id

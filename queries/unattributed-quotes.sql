-- title: Quotes with no known speaker
-- description: Quotations whose speaker is not a known person, article by article in the order they were imported, with the speaker as written (if any) and the rule that looked for one, to audit or annotate by hand.
-- param limit: integer = 200 | Most rows to return.
SELECT a.relative_path,
       s.name AS outlet,
       q.paragraph,
       q.speaker_text AS speaker_as_written,
       q.rule,
       q.text AS quote
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN sources s ON s.id = a.source_id
WHERE q.person_id IS NULL
-- Article, then quote: the order of the (person, article) index, so the
-- first rows come straight from it instead of sorting every match.
ORDER BY q.article_id, q.id
LIMIT :limit;

-- title: Quotes with no known speaker
-- description: Quotations whose speaker is neither a known person nor an organisation, article by article in the order they were imported, with the speaker as written (if any) and the rule that looked for one, to audit or annotate by hand.
-- param limit: integer = 200 | Most rows to return.
-- param kind: text in (all, quoted, direct, partial, pullquote, indirect) = all | Which quotations: all, quoted (in quotation marks), or one kind (indirect: reported speech).
SELECT a.relative_path,
       s.name AS outlet,
       q.paragraph,
       q.speaker_text AS speaker_as_written,
       q.rule,
       q.kind,
       q.text AS quote
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN sources s ON s.id = a.source_id
WHERE q.person_id IS NULL AND q.organisation_id IS NULL AND (:kind = 'all' OR q.kind = :kind OR (:kind = 'quoted' AND q.kind <> 'indirect'))
-- Article, then quote: the order of the (person, article) index, so the
-- first rows come straight from it instead of sorting every match.
ORDER BY q.article_id, q.id
LIMIT :limit;

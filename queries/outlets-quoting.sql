-- title: Outlets that quoted a statement
-- description: Which outlets carried a statement whose words contain the phrase given, in any wording: the statements that a matching quotation carries, then every wording of them (other translations, partial quotations, a paraphrase) with its outlet, headline and date, first reporter first. quote is the part of the quotation that carries the statement. Reported speech that matches carries no statement and is listed as it is, with statement empty. An article whose outlet is unknown has none (a table shows '(unknown outlet)').
-- param term: text | Words the quotation must contain, as a phrase (e.g. asylum, or political asylum).
-- param limit: integer = 200 | Most rows to return.
-- param kind: text in (all, quoted, direct, partial, pullquote, indirect) = all | Which wordings: all, quoted (in quotation marks), or one kind (indirect: reported speech).
-- A quotation that carries two statements is matched to the one whose part
-- holds the words (or to both, when the words are not found as written).
WITH matched AS (
    SELECT q.id AS quote_id, q.text
    FROM quotes_fts f
    JOIN quotes q ON q.id = f.rowid
    WHERE quotes_fts MATCH '"' || replace(:term, '"', '""') || '"'
),
hits AS (
    SELECT DISTINCT sq.statement_id
    FROM matched m
    JOIN statement_quotes sq ON sq.quote_id = m.quote_id
    WHERE sq.part_start = 0 AND sq.part_end >= length(m.text)
       OR substr(m.text, sq.part_start + 1, sq.part_end - sq.part_start) LIKE '%' || :term || '%'
       OR m.text NOT LIKE '%' || :term || '%'
),
wordings AS (
    SELECT sq.statement_id, sq.quote_id, sq.part_start, sq.part_end, st.first_seen
    FROM hits h
    JOIN statements st ON st.id = h.statement_id
    JOIN statement_quotes sq ON sq.statement_id = h.statement_id
    UNION ALL
    -- Reported speech (and a quotation the linking has not reached yet).
    SELECT NULL, m.quote_id, 0, length(m.text), NULL
    FROM matched m
    WHERE NOT EXISTS (SELECT 1 FROM statement_quotes sq WHERE sq.quote_id = m.quote_id)
),
shown AS (
    SELECT w.statement_id, w.quote_id, w.part_start, w.part_end,
           coalesce(w.first_seen, a.published) AS first_seen,
           q.article_id, q.person_id, q.organisation_id, q.start_offset,
           a.published, s.name AS outlet_name
    FROM wordings w
    JOIN quotes q ON q.id = w.quote_id
    JOIN articles a INDEXED BY articles_outlet_date ON a.id = q.article_id
    LEFT JOIN sources s ON s.id = a.source_id
    WHERE :kind = 'all' OR q.kind = :kind OR (:kind = 'quoted' AND q.kind <> 'indirect')
    ORDER BY first_seen IS NULL, first_seen, w.statement_id IS NULL, w.statement_id,
             a.published IS NULL, substr(a.published, 1, 10), s.name IS NULL, s.name,
             a.published, q.article_id, q.start_offset
    LIMIT :limit
)
SELECT sh.outlet_name AS outlet,
       a.headline,
       substr(a.published, 1, 10) AS published,
       coalesce(p.name, o.name) AS speaker,
       substr(q.text, sh.part_start + 1, sh.part_end - sh.part_start) AS quote,
       q.kind,
       a.relative_path,
       sh.statement_id AS statement
FROM shown sh
JOIN quotes q ON q.id = sh.quote_id
JOIN articles a ON a.id = sh.article_id
LEFT JOIN people p ON p.id = sh.person_id
LEFT JOIN organisations o ON o.id = sh.organisation_id
ORDER BY sh.first_seen IS NULL, sh.first_seen, sh.statement_id IS NULL, sh.statement_id,
         sh.published IS NULL, substr(sh.published, 1, 10), sh.outlet_name IS NULL, sh.outlet_name,
         sh.published, sh.article_id, sh.start_offset;

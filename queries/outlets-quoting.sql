-- title: Outlets that quoted a statement
-- description: Which outlets carried a statement whose words contain the phrase given, in any wording: the statements that a matching quotation carries, then every wording of them (other translations, partial quotations, a paraphrase) with its outlet, headline and date, first reporter first. quote is the part of the quotation that carries the statement; an article whose outlet is unknown has none (a table shows '(unknown outlet)').
-- param term: text | Words the quotation must contain, as a phrase (e.g. asylum, or political asylum).
-- param limit: integer = 200 | Most rows to return.
-- A quotation that carries two statements is matched to the one whose part
-- holds the words (or to both, when the words are not found as written).
WITH hits AS (
    SELECT DISTINCT sq.statement_id
    FROM quotes_fts f
    JOIN statement_quotes sq ON sq.quote_id = f.rowid
    JOIN quotes q ON q.id = f.rowid
    WHERE quotes_fts MATCH '"' || replace(:term, '"', '""') || '"'
      AND (sq.part_start = 0 AND sq.part_end >= length(q.text)
           OR substr(q.text, sq.part_start + 1, sq.part_end - sq.part_start) LIKE '%' || :term || '%'
           OR q.text NOT LIKE '%' || :term || '%')
),
wordings AS (
    SELECT sq.statement_id, sq.quote_id, sq.part_start, sq.part_end,
           q.article_id, q.person_id, q.start_offset, a.source_id, a.published,
           st.first_seen
    FROM hits h
    JOIN statements st ON st.id = h.statement_id
    JOIN statement_quotes sq ON sq.statement_id = h.statement_id
    JOIN quotes q ON q.id = sq.quote_id
    JOIN articles a INDEXED BY articles_outlet_date ON a.id = q.article_id
),
shown AS (
    SELECT w.*, s.name AS outlet_name
    FROM wordings w
    LEFT JOIN sources s ON s.id = w.source_id
    ORDER BY w.first_seen IS NULL, w.first_seen, w.statement_id,
             w.published IS NULL, substr(w.published, 1, 10), s.name IS NULL, s.name,
             w.published, w.article_id, w.start_offset
    LIMIT :limit
)
SELECT sh.outlet_name AS outlet,
       a.headline,
       substr(a.published, 1, 10) AS published,
       p.name AS speaker,
       substr(q.text, sh.part_start + 1, sh.part_end - sh.part_start) AS quote,
       a.relative_path,
       sh.statement_id AS statement
FROM shown sh
JOIN quotes q ON q.id = sh.quote_id
JOIN articles a ON a.id = sh.article_id
LEFT JOIN people p ON p.id = sh.person_id
ORDER BY sh.first_seen IS NULL, sh.first_seen, sh.statement_id,
         sh.published IS NULL, substr(sh.published, 1, 10), sh.outlet_name IS NULL, sh.outlet_name,
         sh.published, sh.article_id, sh.start_offset;

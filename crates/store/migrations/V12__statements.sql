-- clippings schema, version 12: statements — one remark, many wordings.
--
-- A statement is one remark by one speaker; its wordings are quotations,
-- from one article or many, in the same words or other words (a partial
-- quotation, an ellipsis, a bracketed insertion, another translation, a
-- paraphrase). Every quotation in quotation marks (kind direct, partial
-- or pullquote) carries at least one statement (most carry one of their
-- own, quoted once); one that carries two remarks belongs to two.
-- Reported speech (kind indirect) is the reporter's words, not the
-- speaker's, and carries none. The rows are derived: the linking pass
-- (crates/store/src/statements.rs) links the quotations that have no
-- statement yet, so nothing here needs a custom function to read.
--
-- The pass is owed, like the corpus-wide one (see V8__trust.sql), by
-- every transaction that writes articles ('statements' in
-- pending_passes, recorded in the same transaction), and paid by the
-- next command that writes; the pass clears the record in its own
-- transaction. This upgrade owes it: the quotations already stored are
-- linked by the next command that writes.
--
-- The speaker of a statement is the speaker of every one of its wordings:
-- a person (person_id), or unknown (NULL). Linking treats an organisation
-- (quotes.organisation_id) as an unknown speaker, linked more strictly;
-- statement_details names it.

INSERT OR IGNORE INTO pending_passes (pass) VALUES ('statements');

CREATE TABLE statements (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER REFERENCES people(id) ON DELETE SET NULL,  -- NULL: speaker unknown
    quote_id    INTEGER REFERENCES quotes(id) ON DELETE SET NULL,  -- the representative wording (the fullest)
    quotes      INTEGER NOT NULL,          -- wordings (quotations) linked
    articles    INTEGER NOT NULL,          -- articles carrying it (reuse within one article counts once)
    outlets     INTEGER NOT NULL,          -- known outlets, plus one if any article's outlet is unknown
    first_seen  TEXT,                      -- earliest articles.published among its articles
    last_seen   TEXT                       -- latest
);
CREATE INDEX statements_person ON statements(person_id);
CREATE INDEX statements_quote ON statements(quote_id);
CREATE INDEX statements_spread ON statements(outlets, articles);

-- Which quotations carry which statement, and how each was linked:
--   single     the statement's only wording so far (score 1);
--   identical  the same words as another wording, after normalisation (score 1);
--   contained  one wording inside another: a partial quotation, an ellipsis,
--              a bracketed insertion (score: the shorter's share of the longer's words);
--   similar    the same remark in other words: a translation, a paraphrase
--              (score: the weighted Dice overlap of their rarer stemmed words).
-- The method and score are those of the quotation's best link to another
-- wording of the statement. part_start/part_end (characters into
-- quotes.text, end exclusive) give the part of the quotation that carries
-- the statement: the whole of it, unless it carries more than one.
CREATE TABLE statement_quotes (
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    quote_id     INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    method       TEXT NOT NULL CHECK (method = 'single' OR method = 'identical' OR method = 'contained' OR method = 'similar'),
    score        REAL NOT NULL,
    part_start   INTEGER NOT NULL,
    part_end     INTEGER NOT NULL,
    PRIMARY KEY (statement_id, quote_id)
) WITHOUT ROWID;
CREATE INDEX statement_quotes_quote ON statement_quotes(quote_id);

-- One row per wording of a statement, with where and when it appeared.
CREATE VIEW statement_details AS
SELECT sq.statement_id AS statement_id,
       coalesce(p.name, o.name) AS speaker,
       s.name          AS outlet,
       a.file          AS file,
       a.published     AS published,
       q.text          AS quote,
       q.kind          AS kind,
       a.headline      AS headline,
       sq.method       AS method,
       sq.score        AS score,
       substr(q.text, sq.part_start + 1, sq.part_end - sq.part_start) AS part,
       q.id            AS quote_id,
       a.id            AS article_id,
       a.relative_path AS relative_path
FROM statement_quotes sq
JOIN quotes q ON q.id = sq.quote_id
JOIN articles a ON a.id = q.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN people p ON p.id = q.person_id
LEFT JOIN organisations o ON o.id = q.organisation_id;

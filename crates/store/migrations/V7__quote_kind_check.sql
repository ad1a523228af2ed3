-- clippings schema, version 7: the same check on quotes.kind, cheaper.
--
-- SQLite evaluates `kind IN ('direct', 'partial', 'pullquote')` by building
-- a temporary b-tree of the three values, and a CHECK runs once per row:
-- for an import that was an eighth of the writer's work (callgrind). The
-- check spelled as three comparisons accepts exactly the same values.
-- A CHECK cannot be altered in place, so the table is rebuilt: same
-- columns, rows and ids (the full-text index refers to them), then its
-- indexes, triggers and view as they were.

DROP VIEW quote_details;

CREATE TABLE quotes_v7 (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id    INTEGER REFERENCES people(id) ON DELETE SET NULL,
    speaker_text TEXT,                     -- the speaker as written: "he", "Mr Mattis"
    text         TEXT NOT NULL,            -- without its quotation marks
    kind         TEXT NOT NULL CHECK (kind = 'direct' OR kind = 'partial' OR kind = 'pullquote'),
    cue          TEXT,                     -- the speech verb: said, told, added…
    start_offset INTEGER NOT NULL,         -- character offsets into articles.body,
    end_offset   INTEGER NOT NULL,         -- [start, end) of the text without marks
    paragraph    INTEGER NOT NULL,         -- body paragraph, from 1
    rule         TEXT NOT NULL             -- which attribution rule chose the speaker
);
INSERT INTO quotes_v7 (id, article_id, person_id, speaker_text, text, kind, cue,
                       start_offset, end_offset, paragraph, rule)
SELECT id, article_id, person_id, speaker_text, text, kind, cue,
       start_offset, end_offset, paragraph, rule
FROM quotes;
DROP TABLE quotes;
ALTER TABLE quotes_v7 RENAME TO quotes;

CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_person_article ON quotes(person_id, article_id);
CREATE INDEX quotes_kind ON quotes(kind);

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes
WHEN NOT EXISTS (SELECT 1 FROM fulltext_deferred)
BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE VIEW quote_details AS
SELECT a.file       AS file,
       s.name       AS outlet,
       a.headline   AS headline,
       a.published  AS published,
       p.name       AS speaker,
       q.text       AS quote,
       q.kind       AS kind,
       q.speaker_text AS speaker_as_written,
       q.cue        AS cue,
       q.paragraph  AS paragraph,
       q.id         AS quote_id,
       a.id         AS article_id
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN people p ON p.id = q.person_id;

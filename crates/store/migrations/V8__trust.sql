-- clippings schema, version 8: what the corpus-wide pass owes is written
-- down.
--
-- People are resolved across the corpus and the totals rebuilt once the
-- articles of an import are written (consolidate.sql, totals.sql). A
-- process killed between the two left the pass undone for good: the next
-- import found every file unchanged and skipped it. Now every transaction
-- that writes articles, and every schema upgrade, records here that the
-- pass is owed, in the same transaction; the pass clears the record in its
-- own. The next command that writes (any import, `clippings migrate`) runs
-- a pass that is owed, and `clippings check` reports it.

CREATE TABLE pending_passes (
    pass TEXT PRIMARY KEY      -- 'corpus': people resolved, totals rebuilt
) WITHOUT ROWID;

-- This upgrade itself owes one: totals added by it, or by the upgrades
-- applied with it, start out empty.
INSERT INTO pending_passes (pass) VALUES ('corpus');

-- Every article gets a name to be shown by that is unique in the file and
-- means something to a person: its path from the folder that holds the
-- folder imported ("corpus/2019/440.txt"; more of the path if another
-- article has that name). `file` is the file's name alone, which many
-- articles can share. Rows written before this version are named by the
-- pass this upgrade owes (their folder's name and their own).
ALTER TABLE articles ADD COLUMN relative_path TEXT;
CREATE UNIQUE INDEX articles_relative_path ON articles(relative_path);

-- The stable views gain the name (columns may be added, never changed).
DROP VIEW quote_details;
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
       a.id         AS article_id,
       a.relative_path AS relative_path
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN people p ON p.id = q.person_id;

DROP VIEW person_mentions;
CREATE VIEW person_mentions AS
SELECT a.file      AS file,
       p.name      AS person,
       m.mentions  AS mentions,
       a.id        AS article_id,
       p.id        AS person_id,
       a.relative_path AS relative_path
FROM mentions m
JOIN articles a ON a.id = m.article_id
JOIN people p ON p.id = m.person_id;

-- A quotation's text ends without the comma that closes it before the
-- attribution ("…asylum too," he said): the comma belongs to the
-- sentence around the quotation. Its end offset moves with it, so that
-- the offsets still name the text in the body.
UPDATE quotes
SET text = substr(text, 1, length(text) - 1), end_offset = end_offset - 1
WHERE text LIKE '%,';

-- Byte-identical files under two names are noticed when the second is
-- written: looked up by the first 16 hex digits of the hash (a fifth of
-- the space of an index on the whole hash), then compared in full.
CREATE INDEX articles_sha256 ON articles(substr(sha256, 1, 16));

-- clippings schema, version 5: an article's cleaned body is stored once.
--
-- A cleaned body is mostly verbatim stretches of the file's own text: the
-- header and page furniture around it are what cleaning took away, with
-- now and then a subheading or caption lifted from between paragraphs, or
-- spaces normalised. Storing `raw_text` and `body` both in full kept every
-- article twice (half the database). From this version `body` is a
-- generated column, made of three parts:
--
--   head   substr(raw_text, body_head_start, body_head_length): the longest
--          verbatim stretch of the file the body starts with;
--   middle body_text: what is not a stretch of the file (empty when the
--          whole body is one);
--   tail   substr(raw_text, body_tail_start, body_tail_length): the
--          verbatim stretch it ends with.
--
-- Positions are 1-based and in characters, as substr() counts them; NULL
-- when a part is absent. Readers see no difference: `SELECT body FROM
-- articles` gives the cleaned body in any SQLite from 3.31 (generated
-- columns), and quote offsets still count into it. Rows written before this
-- version keep their whole body in `body_text`, unchanged.

ALTER TABLE articles RENAME COLUMN body TO body_text;
ALTER TABLE articles ADD COLUMN body_head_start INTEGER;
ALTER TABLE articles ADD COLUMN body_head_length INTEGER;
ALTER TABLE articles ADD COLUMN body_tail_start INTEGER;
ALTER TABLE articles ADD COLUMN body_tail_length INTEGER;
ALTER TABLE articles ADD COLUMN body TEXT GENERATED ALWAYS AS (
    ifnull(substr(raw_text, body_head_start, body_head_length), '')
    || body_text
    || ifnull(substr(raw_text, body_tail_start, body_tail_length), '')
) VIRTUAL;

-- The renaming pointed the full-text triggers at `body_text`; they index
-- the generated `body`, which is what the index's content table gives.
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles
WHEN NOT EXISTS (SELECT 1 FROM fulltext_deferred)
BEGIN
    INSERT INTO articles_fts(rowid, headline, standfirst, body)
    VALUES (new.id, new.headline, new.standfirst, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, standfirst, body)
    VALUES ('delete', old.id, old.headline, old.standfirst, old.body);
END;
CREATE TRIGGER articles_fts_update
AFTER UPDATE OF headline, standfirst, raw_text, body_text,
    body_head_start, body_head_length, body_tail_start, body_tail_length ON articles
BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, standfirst, body)
    VALUES ('delete', old.id, old.headline, old.standfirst, old.body);
    INSERT INTO articles_fts(rowid, headline, standfirst, body)
    VALUES (new.id, new.headline, new.standfirst, new.body);
END;

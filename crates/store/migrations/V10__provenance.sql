-- clippings schema, version 10: where an article came from.
--
-- Articles now come from plain text, saved web pages, WARC archives, JSON
-- lines and CSV exports. A file of its own (text, a web page) is stored
-- under its path, as before; a record of a container (a line of a JSON
-- lines file, a row of a CSV export, a response in a WARC file) is stored
-- under its identity: its URL, else its id field, else the container's
-- path and the record's place in it. `articles.path` holds that identity
-- (it is the key a re-import finds the article by), `container` the file
-- it was read from and `record_position` / `byte_offset` where in it.

ALTER TABLE articles ADD COLUMN source_format TEXT NOT NULL DEFAULT 'text'
    CHECK (source_format = 'text' OR source_format = 'html' OR source_format = 'warc'
           OR source_format = 'jsonl' OR source_format = 'csv');
-- The file a record was read from (JSON lines, CSV, WARC); NULL for an
-- article that is a file of its own.
ALTER TABLE articles ADD COLUMN container TEXT;
-- The record's place in its container: the line of a JSON line, the line
-- a CSV row starts on, the number of a WARC record (from 1).
ALTER TABLE articles ADD COLUMN record_position INTEGER;
-- Where a WARC record starts, in bytes into the uncompressed archive.
ALTER TABLE articles ADD COLUMN byte_offset INTEGER;
-- Where the publication date came from: 'text', 'page' (a web page's
-- metadata), 'record' (a JSON or CSV field), 'manifest', or 'capture' (a
-- WARC record's capture date: the page gave none).
ALTER TABLE articles ADD COLUMN published_from TEXT;
ALTER TABLE articles ADD COLUMN modified TEXT;        -- ISO 8601, as published
ALTER TABLE articles ADD COLUMN section TEXT;
ALTER TABLE articles ADD COLUMN language TEXT;        -- as the page gives it: en, en-GB
UPDATE articles
SET published_from = CASE WHEN json_extract(manifest, '$.published') IS NOT NULL
                          THEN 'manifest' ELSE 'text' END
WHERE published IS NOT NULL;

CREATE INDEX articles_container ON articles(container) WHERE container IS NOT NULL;

-- Two checks take new values. A CHECK cannot be altered, and `articles`
-- cannot be rebuilt under its foreign keys (dropping it would cascade to
-- every quotation), so the table's definition is edited in place, as
-- SQLite's documentation allows for a constraint that only loosens: every
-- stored row still passes.
--   articles.source_from: how the outlet was known — 'text', 'manifest',
--     and now 'page', 'record' and 'url' (a known outlet's web domain).
--   article_extras.kind: 'pullquote' for display quotes a page marks.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'CHECK (source_from IN (''text'', ''manifest''))',
    'CHECK (source_from = ''text'' OR source_from = ''manifest'' OR source_from = ''page'' OR source_from = ''record'' OR source_from = ''url'')')
WHERE type = 'table' AND name = 'articles';
UPDATE sqlite_schema
SET sql = replace(sql, 'OR kind = ''subheading'')',
    'OR kind = ''subheading'' OR kind = ''pullquote'')')
WHERE type = 'table' AND name = 'article_extras';
PRAGMA writable_schema = RESET;

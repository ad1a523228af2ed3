-- clippings schema, version 3: the full-text indexes are filled once per
-- import batch instead of once per row.
--
-- FTS5 writes its pending index to disk at every statement savepoint, and a
-- row trigger gives every INSERT one: a batch of 500 articles became 500
-- tiny index segments to merge. While an import batch is being written, its
-- transaction holds a row in `fulltext_deferred`; the insert triggers then
-- stand aside and the importer indexes the batch in one statement before it
-- commits. No other connection ever sees the row, so for everyone else the
-- indexes stay in step with the tables exactly as before.

CREATE TABLE fulltext_deferred (
    batch INTEGER PRIMARY KEY
);

DROP TRIGGER articles_fts_insert;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles
WHEN NOT EXISTS (SELECT 1 FROM fulltext_deferred)
BEGIN
    INSERT INTO articles_fts(rowid, headline, standfirst, body)
    VALUES (new.id, new.headline, new.standfirst, new.body);
END;

DROP TRIGGER quotes_fts_insert;
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes
WHEN NOT EXISTS (SELECT 1 FROM fulltext_deferred)
BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;

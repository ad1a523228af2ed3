-- clippings schema, version 9: the full-text indexes declared so that the
-- tools people open the file with find them.
--
-- Datasette and sqlite-utils look for the index of table T with
--   sql LIKE '%VIRTUAL TABLE%USING FTS%content="T"%'   (or content=[T])
-- in sqlite_schema; version 1 wrote content='articles', in single quotes,
-- which FTS5 reads the same way but neither tool matches, so they showed
-- no search box and `sqlite-utils search` said the table had no index.
-- A virtual table's declaration cannot be altered, so both indexes are
-- dropped, declared again with double quotes (same columns, tokenizer and
-- rowids) and rebuilt from the tables they mirror. Triggers name the
-- index, not its declaration, and stand as they are.

DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    headline, standfirst, body,
    content="articles", content_rowid="id",
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

DROP TABLE quotes_fts;
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text,
    content="quotes", content_rowid="id",
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild');

-- clippings schema, version 1.
--
-- Plain tables with foreign keys, two stable views (quote_details,
-- person_mentions) and FTS5 indexes kept in step by triggers. Nothing here
-- needs a custom function or a SQLite newer than 3.31 to read, so the file
-- opens in the sqlite3 shell, DB Browser, Datasette and Python's sqlite3.

CREATE TABLE sources (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    domain  TEXT,
    url     TEXT,
    country TEXT
);

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    source_id     INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    -- How the outlet was known: 'text' (the article says so) or 'manifest'.
    source_from   TEXT CHECK (source_from IN ('text', 'manifest')),
    file          TEXT NOT NULL,          -- the file's name, e.g. 001_x.txt
    path          TEXT NOT NULL UNIQUE,   -- the path as imported
    url           TEXT,
    headline      TEXT,
    standfirst    TEXT,
    byline        TEXT,                   -- authors as written, ', '-joined
    published     TEXT,                   -- ISO 8601: date, or date-time with offset
    published_tz  TEXT,                   -- the zone as the text wrote it (BST, EDT…)
    dateline      TEXT,                   -- place, e.g. MOSCOW
    body          TEXT NOT NULL,          -- cleaned body; paragraphs split by a blank line
    raw_text      TEXT NOT NULL,          -- the decoded file, verbatim
    encoding      TEXT NOT NULL,          -- utf-8, utf-8-bom, windows-1252…
    sha256        TEXT NOT NULL,          -- of the file's bytes
    manifest      TEXT,                   -- the manifest row applied, as JSON
    imported_at   TEXT NOT NULL
);
CREATE INDEX articles_source ON articles(source_id);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_file ON articles(file);

-- Text set apart from the body: photo captions, and boilerplate removed
-- from the body (kept so that every cleaning decision can be audited).
CREATE TABLE article_extras (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('caption', 'boilerplate', 'subheading')),
    position   INTEGER NOT NULL,          -- line number in raw_text, from 1
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE people (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE COLLATE NOCASE,   -- canonical full name
    surname  TEXT NOT NULL COLLATE NOCASE,          -- last word of the name
    given    INTEGER NOT NULL DEFAULT 1             -- 0 when only a surname is known
);
CREATE INDEX people_surname ON people(surname);

-- Every surface form under which a person appears, per article.
CREATE TABLE person_aliases (
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    PRIMARY KEY (person_id, article_id, alias)
);
CREATE INDEX person_aliases_article ON person_aliases(article_id);

-- Roles and titles as an article gives them ("Russian Defence Minister").
CREATE TABLE person_roles (
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    PRIMARY KEY (person_id, article_id, role)
);
CREATE INDEX person_roles_article ON person_roles(article_id);

-- People named in an article's text (authors are in article_authors).
CREATE TABLE mentions (
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id    INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    mentions     INTEGER NOT NULL CHECK (mentions > 0),
    first_offset INTEGER,                  -- into articles.body; NULL if only in the headline
    PRIMARY KEY (article_id, person_id)
);
CREATE INDEX mentions_person ON mentions(person_id);

CREATE TABLE article_authors (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, person_id)
);
CREATE INDEX article_authors_person ON article_authors(person_id);

-- Lone capitalised words that may be surnames of people named elsewhere
-- in the corpus ("Trump" in an article that never gives his full name);
-- resolved after each import, whatever order the files came in.
CREATE TABLE unresolved_names (
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name         TEXT NOT NULL COLLATE NOCASE,
    mentions     INTEGER NOT NULL,
    first_offset INTEGER,
    PRIMARY KEY (article_id, name)
);
CREATE INDEX unresolved_names_name ON unresolved_names(name);

CREATE TABLE quotes (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id    INTEGER REFERENCES people(id) ON DELETE SET NULL,
    speaker_text TEXT,                     -- the speaker as written: "he", "Mr Mattis"
    text         TEXT NOT NULL,            -- without its quotation marks
    kind         TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'pullquote')),
    cue          TEXT,                     -- the speech verb: said, told, added…
    start_offset INTEGER NOT NULL,         -- character offsets into articles.body,
    end_offset   INTEGER NOT NULL,         -- [start, end) of the text without marks
    paragraph    INTEGER NOT NULL,         -- body paragraph, from 1
    rule         TEXT NOT NULL             -- which attribution rule chose the speaker
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_person ON quotes(person_id);

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

CREATE VIEW person_mentions AS
SELECT a.file      AS file,
       p.name      AS person,
       m.mentions  AS mentions,
       a.id        AS article_id,
       p.id        AS person_id
FROM mentions m
JOIN articles a ON a.id = m.article_id
JOIN people p ON p.id = m.person_id;

-- Full-text indexes over the tables they mirror (external content, so the
-- text is stored once); the triggers below keep them in step.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    headline, standfirst, body,
    content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text,
    content='quotes', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, headline, standfirst, body)
    VALUES (new.id, new.headline, new.standfirst, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, standfirst, body)
    VALUES ('delete', old.id, old.headline, old.standfirst, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, standfirst, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, standfirst, body)
    VALUES ('delete', old.id, old.headline, old.standfirst, old.body);
    INSERT INTO articles_fts(rowid, headline, standfirst, body)
    VALUES (new.id, new.headline, new.standfirst, new.body);
END;

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;

-- clippings schema, version 6: the tables that link people and extras to
-- articles are keyed by their primary key alone.
--
-- As ordinary (rowid) tables, each of them was stored twice: once in rowid
-- order and once more in the index SQLite builds for its primary key.
-- WITHOUT ROWID tables are stored in primary-key order once, which halves
-- them and the work of every insert. Columns, keys, constraints and rows
-- are unchanged.
-- quotes_person goes too: quotes_person_article (person_id, article_id)
-- answers every lookup it did.

-- Views over these tables are set aside while they are rebuilt.
DROP VIEW person_mentions;

CREATE TABLE article_extras_v6 (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    -- Spelled out: a CHECK with IN and three or more values builds a
    -- temporary b-tree for every row inserted (see V7).
    kind       TEXT NOT NULL CHECK (kind = 'caption' OR kind = 'boilerplate' OR kind = 'subheading'),
    position   INTEGER NOT NULL,          -- line number in raw_text, from 1
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
INSERT INTO article_extras_v6 SELECT article_id, kind, position, text FROM article_extras;
DROP TABLE article_extras;
ALTER TABLE article_extras_v6 RENAME TO article_extras;

CREATE TABLE person_aliases_v6 (
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    PRIMARY KEY (person_id, article_id, alias)
) WITHOUT ROWID;
INSERT INTO person_aliases_v6 SELECT person_id, article_id, alias FROM person_aliases;
DROP TABLE person_aliases;
ALTER TABLE person_aliases_v6 RENAME TO person_aliases;
CREATE INDEX person_aliases_article ON person_aliases(article_id);

CREATE TABLE person_roles_v6 (
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    PRIMARY KEY (person_id, article_id, role)
) WITHOUT ROWID;
INSERT INTO person_roles_v6 SELECT person_id, article_id, role FROM person_roles;
DROP TABLE person_roles;
ALTER TABLE person_roles_v6 RENAME TO person_roles;
CREATE INDEX person_roles_article ON person_roles(article_id);
CREATE INDEX person_roles_role ON person_roles(role COLLATE NOCASE);

CREATE TABLE mentions_v6 (
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id    INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    mentions     INTEGER NOT NULL CHECK (mentions > 0),
    first_offset INTEGER,                  -- into articles.body; NULL if only in the headline
    PRIMARY KEY (article_id, person_id)
) WITHOUT ROWID;
INSERT INTO mentions_v6 SELECT article_id, person_id, mentions, first_offset FROM mentions;
DROP TABLE mentions;
ALTER TABLE mentions_v6 RENAME TO mentions;
CREATE INDEX mentions_person ON mentions(person_id);

CREATE TABLE article_authors_v6 (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, person_id)
) WITHOUT ROWID;
INSERT INTO article_authors_v6 SELECT article_id, person_id, position FROM article_authors;
DROP TABLE article_authors;
ALTER TABLE article_authors_v6 RENAME TO article_authors;
CREATE INDEX article_authors_person ON article_authors(person_id);

CREATE TABLE unresolved_names_v6 (
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name         TEXT NOT NULL COLLATE NOCASE,
    mentions     INTEGER NOT NULL,
    first_offset INTEGER,
    PRIMARY KEY (article_id, name)
) WITHOUT ROWID;
INSERT INTO unresolved_names_v6 SELECT article_id, name, mentions, first_offset FROM unresolved_names;
DROP TABLE unresolved_names;
ALTER TABLE unresolved_names_v6 RENAME TO unresolved_names;
CREATE INDEX unresolved_names_name ON unresolved_names(name);

DROP INDEX quotes_person;

CREATE VIEW person_mentions AS
SELECT a.file      AS file,
       p.name      AS person,
       m.mentions  AS mentions,
       a.id        AS article_id,
       p.id        AS person_id
FROM mentions m
JOIN articles a ON a.id = m.article_id
JOIN people p ON p.id = m.person_id;

-- clippings schema, version 4: per-person and per-outlet totals, and
-- indexes for the saved queries.
--
-- "Who is quoted most" and "quotes per outlet" aggregate every quotation;
-- on a corpus of 100,000 articles that takes half a second. The importer
-- refreshes these two small tables after each import (see
-- src/store/consolidate.sql), so the saved queries read totals instead.
-- They are derived data: rebuilt from the tables above, never edited.

CREATE TABLE person_totals (
    person_id           INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    quotes              INTEGER NOT NULL,   -- quotations attributed to the person
    quote_articles      INTEGER NOT NULL,   -- articles that quote them
    quote_outlets       INTEGER NOT NULL,   -- outlets that quote them
    first_quoted        TEXT,               -- earliest and latest publication dates
    last_quoted         TEXT,               --   of the articles that quote them
    mention_articles    INTEGER NOT NULL,   -- articles that name them
    mentions            INTEGER NOT NULL,   -- times they are named in all
    mention_outlets     INTEGER NOT NULL    -- outlets that name them
);
CREATE INDEX person_totals_quotes ON person_totals(quotes DESC, quote_outlets DESC);
CREATE INDEX person_totals_mentions ON person_totals(mention_articles DESC, mentions DESC);

CREATE TABLE outlet_totals (
    outlet        TEXT PRIMARY KEY,         -- the outlet's name, or '(unknown outlet)'
    source_id     INTEGER REFERENCES sources(id) ON DELETE CASCADE,
    articles      INTEGER NOT NULL,
    quotes        INTEGER NOT NULL,
    people_quoted INTEGER NOT NULL
);

CREATE INDEX quotes_person_article ON quotes(person_id, article_id);
CREATE INDEX quotes_kind ON quotes(kind);
-- Outlet and date of an article without reading its (large) row.
CREATE INDEX articles_outlet_date ON articles(id, source_id, published);
-- Titles looked up when a quotation names only a title ("the Italian Prime Minister").
CREATE INDEX person_roles_role ON person_roles(role COLLATE NOCASE);

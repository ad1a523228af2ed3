-- clippings schema, version 2: a log of import runs, so that a corpus
-- records when and from what it was built.

CREATE TABLE imports (
    id           INTEGER PRIMARY KEY,
    started_at   TEXT NOT NULL,
    finished_at  TEXT NOT NULL,
    paths        TEXT NOT NULL,          -- what was imported, as JSON
    files_seen   INTEGER NOT NULL,
    new          INTEGER NOT NULL,
    updated      INTEGER NOT NULL,
    unchanged    INTEGER NOT NULL,
    failed       INTEGER NOT NULL,
    version      TEXT NOT NULL           -- the clippings version that ran it
);

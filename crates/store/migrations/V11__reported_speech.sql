-- clippings schema, version 11: reported speech, and organisations as
-- speakers.
--
-- A quotation can now be reported speech (kind 'indirect': what was said,
-- not in quotation marks), and its speaker a person, an organisation, or
-- someone the text describes but does not name ("officials"); which of
-- them `speaker_type` says (NULL when nobody is known). A quoted fragment
-- inside reported speech points to it (`within_id`), so a user sees both.
--
-- The CHECK on quotes.kind takes the new kind. A CHECK cannot be altered,
-- and `quotes` is not rebuilt (other tables refer to its rows), so its
-- definition is edited in place, as SQLite's documentation allows for a
-- constraint that only loosens: every stored row still passes.

CREATE TABLE organisations (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE     -- canonical name, e.g. State Department
);

-- Every form under which an organisation appears, per article.
CREATE TABLE organisation_aliases (
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    alias           TEXT NOT NULL,
    PRIMARY KEY (organisation_id, article_id, alias)
) WITHOUT ROWID;
CREATE INDEX organisation_aliases_article ON organisation_aliases(article_id);

ALTER TABLE quotes ADD COLUMN organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL;
ALTER TABLE quotes ADD COLUMN speaker_type TEXT
    CHECK (speaker_type IS NULL OR speaker_type = 'person' OR speaker_type = 'organisation'
           OR speaker_type = 'unnamed');
ALTER TABLE quotes ADD COLUMN within_id INTEGER REFERENCES quotes(id) ON DELETE SET NULL;
UPDATE quotes SET speaker_type = 'person' WHERE person_id IS NOT NULL;
CREATE INDEX quotes_organisation ON quotes(organisation_id) WHERE organisation_id IS NOT NULL;

PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'OR kind = ''pullquote'')', 'OR kind = ''pullquote'' OR kind = ''indirect'')')
WHERE type = 'table' AND name = 'quotes';
PRAGMA writable_schema = RESET;

-- The stable view: `speaker` is the person's or the organisation's name;
-- `speaker_type` says which (columns are added, never changed).
DROP VIEW quote_details;
CREATE VIEW quote_details AS
SELECT a.file       AS file,
       s.name       AS outlet,
       a.headline   AS headline,
       a.published  AS published,
       coalesce(p.name, o.name) AS speaker,
       q.text       AS quote,
       q.kind       AS kind,
       q.speaker_text AS speaker_as_written,
       q.cue        AS cue,
       q.paragraph  AS paragraph,
       q.id         AS quote_id,
       a.id         AS article_id,
       a.relative_path AS relative_path,
       q.speaker_type AS speaker_type,
       q.rule       AS rule,
       q.within_id  AS within_quote_id
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN people p ON p.id = q.person_id
LEFT JOIN organisations o ON o.id = q.organisation_id;

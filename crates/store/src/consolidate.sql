-- Resolves people across the corpus after an import, whatever order the
-- files came in: lone surnames and surname-only people go to the one
-- person with a full name who bears that surname; people nothing refers
-- to any more are removed.

DROP TABLE IF EXISTS temp.sole_bearers;
CREATE TEMP TABLE sole_bearers AS
SELECT surname COLLATE NOCASE AS surname, min(id) AS person_id
FROM people
WHERE given = 1
GROUP BY surname COLLATE NOCASE
HAVING count(*) = 1;
CREATE INDEX temp.sole_bearers_surname ON sole_bearers(surname);

-- Lone capitalised words that turned out to be surnames.
INSERT INTO mentions (article_id, person_id, mentions, first_offset)
SELECT u.article_id, s.person_id, u.mentions, u.first_offset
FROM unresolved_names u
JOIN sole_bearers s ON s.surname = u.name
WHERE true
ON CONFLICT (article_id, person_id) DO UPDATE
SET mentions = mentions + excluded.mentions,
    first_offset = coalesce(min(first_offset, excluded.first_offset), first_offset, excluded.first_offset);

INSERT OR IGNORE INTO person_aliases (person_id, article_id, alias)
SELECT s.person_id, u.article_id, u.name
FROM unresolved_names u
JOIN sole_bearers s ON s.surname = u.name;

UPDATE quotes
SET person_id = (SELECT s.person_id FROM sole_bearers s WHERE s.surname = quotes.speaker_text),
    speaker_type = 'person'
WHERE person_id IS NULL
  AND EXISTS (SELECT 1 FROM unresolved_names u
              WHERE u.article_id = quotes.article_id AND u.name = quotes.speaker_text)
  AND EXISTS (SELECT 1 FROM sole_bearers s WHERE s.surname = quotes.speaker_text);

DELETE FROM unresolved_names
WHERE name IN (SELECT surname FROM sole_bearers);

-- People known only by a surname ("Mr Feinberg") merge into the full name.
DROP TABLE IF EXISTS temp.merges;
CREATE TEMP TABLE merges AS
SELECT p.id AS old_id, s.person_id AS new_id
FROM people p
JOIN sole_bearers s ON s.surname = p.surname
WHERE p.given = 0;

INSERT INTO mentions (article_id, person_id, mentions, first_offset)
SELECT m.article_id, g.new_id, m.mentions, m.first_offset
FROM mentions m JOIN merges g ON g.old_id = m.person_id
WHERE true
ON CONFLICT (article_id, person_id) DO UPDATE
SET mentions = mentions + excluded.mentions,
    first_offset = coalesce(min(first_offset, excluded.first_offset), first_offset, excluded.first_offset);

INSERT OR IGNORE INTO person_aliases (person_id, article_id, alias)
SELECT g.new_id, a.article_id, a.alias FROM person_aliases a JOIN merges g ON g.old_id = a.person_id;

INSERT OR IGNORE INTO person_roles (person_id, article_id, role)
SELECT g.new_id, r.article_id, r.role FROM person_roles r JOIN merges g ON g.old_id = r.person_id;

INSERT OR IGNORE INTO article_authors (article_id, person_id, position)
SELECT a.article_id, g.new_id, a.position FROM article_authors a JOIN merges g ON g.old_id = a.person_id;

UPDATE quotes
SET person_id = (SELECT new_id FROM merges WHERE old_id = quotes.person_id)
WHERE person_id IN (SELECT old_id FROM merges);

DELETE FROM people WHERE id IN (SELECT old_id FROM merges);

-- People no article refers to any more (their articles were replaced).
DELETE FROM people
WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.person_id = people.id)
  AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.person_id = people.id)
  AND NOT EXISTS (SELECT 1 FROM article_authors a WHERE a.person_id = people.id);

DROP TABLE temp.merges;
DROP TABLE temp.sole_bearers;

-- Quotations attributed to a qualified title alone ("the Italian Prime
-- Minister said") go to the one person in the corpus who holds a role of
-- two words or more that the title ends with; "the mayor" stays unknown.
DROP TABLE IF EXISTS temp.role_speakers;
-- Each title and its endings of two words or more ("Italian Prime
-- Minister", "Prime Minister"), looked up by index: a join on LIKE would
-- compare every such quotation with every role in the corpus.
CREATE TEMP TABLE role_speakers AS
WITH RECURSIVE titles(quote_id, article_id, title) AS (
    SELECT id, article_id, substr(speaker_text, 5)
    FROM quotes
    WHERE person_id IS NULL
      AND lower(speaker_text) LIKE 'the % %'   -- a qualified title, not just "the mayor"
  UNION ALL
    SELECT quote_id, article_id, substr(title, instr(title, ' ') + 1)
    FROM titles
    WHERE instr(substr(title, instr(title, ' ') + 1), ' ') > 0
)
SELECT t.quote_id, t.article_id, min(r.person_id) AS person_id
FROM titles t
JOIN person_roles r ON r.role = t.title COLLATE NOCASE
GROUP BY t.quote_id
HAVING count(DISTINCT r.person_id) = 1;

UPDATE quotes
SET person_id = (SELECT person_id FROM role_speakers WHERE quote_id = quotes.id),
    speaker_type = 'person'
WHERE id IN (SELECT quote_id FROM role_speakers);

INSERT OR IGNORE INTO mentions (article_id, person_id, mentions, first_offset)
SELECT article_id, person_id, count(*), NULL FROM role_speakers GROUP BY article_id, person_id;

-- "The Italian Prime Minister" opening a sentence is the alias "the …".
INSERT OR IGNORE INTO person_aliases (person_id, article_id, alias)
SELECT s.person_id, s.article_id, 'the' || substr(q.speaker_text, 4)
FROM role_speakers s JOIN quotes q ON q.id = s.quote_id;

DROP TABLE temp.role_speakers;


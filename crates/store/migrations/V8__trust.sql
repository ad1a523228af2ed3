-- clippings schema, version 8: what the corpus-wide pass owes is written
-- down.
--
-- People are resolved across the corpus and the totals rebuilt once the
-- articles of an import are written (consolidate.sql, totals.sql). A
-- process killed between the two left the pass undone for good: the next
-- import found every file unchanged and skipped it. Now every transaction
-- that writes articles, and every schema upgrade, records here that the
-- pass is owed, in the same transaction; the pass clears the record in its
-- own. The next command that writes (any import, `clippings migrate`) runs
-- a pass that is owed, and `clippings check` reports it.

CREATE TABLE pending_passes (
    pass TEXT PRIMARY KEY      -- 'corpus': people resolved, totals rebuilt
) WITHOUT ROWID;

-- This upgrade itself owes one: totals added by it, or by the upgrades
-- applied with it, start out empty.
INSERT INTO pending_passes (pass) VALUES ('corpus');

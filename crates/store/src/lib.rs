//! The SQLite file: opening and migrating it, writing extracted articles,
//! resolving people across the corpus, and running read-only SQL. All of
//! clippings' own SQL outside `migrations/` and `queries/` lives here.

use std::collections::HashMap;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::hooks::{AuthAction, AuthContext, Authorization};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, params};
use thiserror::Error;

use clippings_extract::Extraction;
use clippings_extract::eval::{FoundArticle, FoundQuote};
use clippings_extract::outlets;

mod checkpoint;
pub mod saved;
pub mod statements;

use checkpoint::Checkpointer;

mod embedded {
    refinery::embed_migrations!("migrations");
}

/// How long a command waits for another process's write to finish.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, Error)]
pub enum StoreError {
    #[error(
        "{path} is not a SQLite database (its header says otherwise); give another --db path, or move the file away"
    )]
    NotADatabase { path: PathBuf },
    #[error("{path} is damaged: {detail}; restore it from a backup or import into a new --db path")]
    Corrupt { path: PathBuf, detail: String },
    #[error(
        "{path} was made by a newer clippings (schema version {found}, this build knows up to {known}); upgrade clippings to open it"
    )]
    NewerSchema {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("{path} is busy: another process has been writing to it for over {}s; wait for it to finish and run the command again", BUSY_TIMEOUT.as_secs())]
    Busy { path: PathBuf },
    #[error("cannot open {path}: {source}")]
    Open {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the schema migration failed: {0}")]
    Migration(String),
    #[error("{message}")]
    ReadOnly { message: String },
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// An open corpus database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Checkpoints the log during a bulk load.
    checkpointer: Option<Checkpointer>,
}

/// What happened to one article file on import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    New,
    Updated,
    Unchanged,
}

/// Where an article came from, and what a manifest says of it.
#[derive(Debug, Clone, Default)]
pub struct Provenance {
    pub path: String,
    pub file: String,
    pub sha256: String,
    pub encoding: String,
    pub raw_text: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub authors: Option<Vec<String>>,
    /// The manifest row applied, as JSON; a change re-imports the file.
    pub manifest: Option<String>,
}

/// A read-only view of a corpus database for import workers: whether a
/// file is already stored as it is.
pub struct Lookup {
    conn: Connection,
}

impl Lookup {
    pub fn open(path: &Path) -> Result<Lookup> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| classify(path, e))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        Ok(Lookup { conn })
    }

    /// Whether the article from `path` is stored with this hash and manifest row.
    pub fn is_unchanged(&self, path: &str, sha256: &str, manifest: Option<&str>) -> Result<bool> {
        let stored: Option<(String, Option<String>)> = self
            .conn
            .prepare_cached("SELECT sha256, manifest FROM articles WHERE path = ?1")?
            .query_row([path], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        Ok(stored.is_some_and(|(sha, m)| sha == sha256 && m.as_deref() == manifest))
    }
}

/// Rows of a query, with their column names.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rows {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// One import run, for the `imports` log.
#[derive(Debug, Clone, Copy)]
pub struct ImportRun<'a> {
    pub started_at: &'a str,
    /// The paths imported, as a JSON array.
    pub paths: &'a str,
    pub seen: u64,
    pub new: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub failed: u64,
}

/// Totals in the database.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub articles: i64,
    pub quotes: i64,
    pub people: i64,
    pub sources: i64,
}

fn check_header(path: &Path) -> Result<()> {
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(source) => {
            return Err(StoreError::Open {
                path: path.into(),
                source,
            });
        }
    };
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(source) => {
                return Err(StoreError::Open {
                    path: path.into(),
                    source,
                });
            }
        }
    }
    if read == 0 {
        return Ok(()); // an empty file becomes a new database
    }
    if read < 16 || &header != b"SQLite format 3\0" {
        return Err(StoreError::NotADatabase { path: path.into() });
    }
    Ok(())
}

fn classify(path: &Path, err: rusqlite::Error) -> StoreError {
    match err.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
            path: path.into(),
            detail: err.to_string(),
        },
        Some(rusqlite::ErrorCode::NotADatabase) => StoreError::NotADatabase { path: path.into() },
        Some(rusqlite::ErrorCode::DatabaseBusy) | Some(rusqlite::ErrorCode::DatabaseLocked) => {
            StoreError::Busy { path: path.into() }
        }
        _ => StoreError::Sqlite(err),
    }
}

/// The page size of databases clippings creates.
pub const NEW_FILE_PAGE_SIZE: i64 = 16_384;

/// The newest schema version this build knows.
pub fn known_schema_version() -> i64 {
    embedded::migrations::runner()
        .get_migrations()
        .iter()
        .map(|m| i64::from(m.version()))
        .max()
        .unwrap_or(0)
}

impl Store {
    /// Opens (creating if needed) and migrates a corpus database. A file
    /// that is not a database, is damaged, or comes from a newer clippings
    /// is refused and left as it is.
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_at(path, None)
    }

    /// Opens a database migrated only up to `version` (for upgrade tests).
    pub fn open_at_version(path: &Path, version: u32) -> Result<Store> {
        Self::open_at(path, Some(version))
    }

    fn open_at(path: &Path, version: Option<u32>) -> Result<Store> {
        // Two processes setting up the same new file can make SQLite give
        // up at once rather than wait (one would have to upgrade a read
        // lock it already holds): start again from the top until the usual
        // busy timeout runs out.
        let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
        loop {
            match Self::open_once(path, version) {
                Err(StoreError::Busy { .. }) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(25));
                }
                other => return other,
            }
        }
    }

    fn open_once(path: &Path, version: Option<u32>) -> Result<Store> {
        check_header(path)?;
        let conn = Connection::open(path).map_err(|e| classify(path, e))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))
            .map_err(|e| classify(path, e))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            checkpointer: None,
        };
        // Before anything that writes: switching to WAL rewrites the header.
        store.refuse_newer_schema()?;
        let settings = |conn: &Connection| -> rusqlite::Result<()> {
            // Only a new, empty file takes it (before WAL writes the header).
            // Article rows of a few kilobytes leave a quarter of a 4 KB page
            // empty; 16 KB pages hold several and waste far less.
            conn.pragma_update(None, "page_size", NEW_FILE_PAGE_SIZE)?;
            conn.pragma_update(None, "foreign_keys", true)?;
            let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
            let _ = mode;
            conn.pragma_update(None, "synchronous", "NORMAL")?;
            Ok(())
        };
        settings(&store.conn).map_err(|e| classify(path, e))?;
        // Grouped: the pending migrations and their records in
        // refinery_schema_history commit together, so a process killed
        // half-way leaves the file as it was, not with tables it has no
        // record of.
        store.touch_every_table()?;
        let wanted = version.map_or_else(known_schema_version, i64::from);
        if store.applied_version()? == Some(wanted) {
            return Ok(store);
        }
        let mut runner = embedded::migrations::runner().set_grouped(true);
        if let Some(v) = version {
            runner = runner.set_target(refinery::Target::Version(v as i32));
        }
        loop {
            let before = store.applied_version()?;
            let Err(e) = runner.run(&mut store.conn) else {
                // Tables added by an upgrade start out empty: fill the derived ones.
                if before.is_some() && store.has_table("person_totals")? {
                    store
                        .conn
                        .execute_batch(include_str!("totals.sql"))
                        .map_err(|e| classify(path, e))?;
                }
                // And statements: the quotations already there are linked.
                if before.is_some() && store.has_table("statements")? {
                    store.link_statements()?;
                }
                break;
            };
            // Another process opening the same new file may have applied
            // the migration first ("table ... already exists"): if the
            // file moved on meanwhile, look again at what is left to do.
            if store.applied_version()? != before {
                continue;
            }
            let text = e.to_string();
            return Err(if text.contains("malformed") || text.contains("corrupt") {
                StoreError::Corrupt {
                    path: path.into(),
                    detail: text,
                }
            } else if text.contains("locked") || text.contains("busy") {
                StoreError::Busy { path: path.into() }
            } else {
                StoreError::Migration(text)
            });
        }
        Ok(store)
    }

    /// Reads the first row of every table, so that a damaged root page is
    /// found when the file is opened rather than half-way through a command.
    /// (A full `PRAGMA integrity_check` is `clippings check`'s job: it reads
    /// the whole file.)
    fn touch_every_table(&self) -> Result<()> {
        let touch = || -> rusqlite::Result<()> {
            let mut stmt = self.conn.prepare(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'",
            )?;
            let tables: Vec<String> = stmt
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for table in tables {
                // Identifiers cannot be bound; these come from the file's own schema.
                let sql = format!("SELECT * FROM \"{}\" LIMIT 1", table.replace('"', "\"\""));
                self.conn.query_row(&sql, [], |_| Ok(())).optional()?;
            }
            Ok(())
        };
        touch().map_err(|e| classify(&self.path, e))
    }

    fn has_table(&self, name: &str) -> Result<bool> {
        self.conn
            .query_row(
                "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                [name],
                |r| r.get(0),
            )
            .map_err(|e| classify(&self.path, e))
    }

    /// The newest migration recorded in the file, if any.
    fn applied_version(&self) -> Result<Option<i64>> {
        match self.conn.query_row(
            "SELECT max(version) FROM refinery_schema_history",
            [],
            |r| r.get(0),
        ) {
            Ok(version) => Ok(version),
            // A new file has no history yet.
            Err(e) if e.to_string().contains("no such table") => Ok(None),
            Err(e) => Err(classify(&self.path, e)),
        }
    }

    fn refuse_newer_schema(&self) -> Result<()> {
        let has_history: bool = self
            .conn
            .query_row(
                "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = 'refinery_schema_history'",
                [],
                |r| r.get(0),
            )
            .map_err(|e| classify(&self.path, e))?;
        if !has_history {
            return Ok(());
        }
        let found: Option<i64> = self
            .conn
            .query_row(
                "SELECT max(version) FROM refinery_schema_history",
                [],
                |r| r.get(0),
            )
            .map_err(|e| classify(&self.path, e))?;
        let known = known_schema_version();
        match found {
            Some(found) if found > known => Err(StoreError::NewerSchema {
                path: self.path.clone(),
                found,
                known,
            }),
            _ => Ok(()),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version the file is at.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT coalesce(max(version), 0) FROM refinery_schema_history",
            [],
            |r| r.get(0),
        )?)
    }

    /// Starts a write transaction; `BEGIN IMMEDIATE` so that a second
    /// writer waits for the first rather than failing half-way.
    ///
    /// The batch keeps the full-text indexes in step itself, so triggers
    /// are off on this connection until it commits (or until
    /// [`Store::end_bulk_load`]): a trigger on a table makes SQLite journal
    /// every page each INSERT touches, in case the statement must be undone
    /// half-way, and that copying cost more than the inserts themselves.
    /// Other connections keep the triggers.
    pub fn begin(&mut self) -> Result<Batch<'_>> {
        let path = self.path.clone();
        self.set_triggers(false)?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| classify(&path, e))?;
        Ok(Batch {
            tx,
            checkpointer: self.checkpointer.as_ref(),
            person_ids: HashMap::new(),
            new_articles: Vec::new(),
            new_quotes: Vec::new(),
        })
    }

    fn set_triggers(&self, on: bool) -> Result<()> {
        self.conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, on)?;
        Ok(())
    }

    /// Settings for a long bulk load; [`Store::end_bulk_load`] restores them.
    pub fn begin_bulk_load(&mut self) -> Result<()> {
        self.conn.pragma_update(None, "cache_size", -64_000)?;
        self.conn.pragma_update(None, "temp_store", "MEMORY")?;
        // Checkpoints move off the writer's thread (see `checkpoint`).
        self.checkpointer = Checkpointer::start(&self.path);
        let own_checkpoints = if self.checkpointer.is_some() {
            0
        } else {
            10_000
        };
        self.conn
            .pragma_update(None, "wal_autocheckpoint", own_checkpoints)?;
        Ok(())
    }

    pub fn end_bulk_load(&mut self) -> Result<()> {
        // Its last checkpoint finishes first: the one below must not find
        // the log busy.
        self.checkpointer = None;
        self.set_triggers(true)?;
        self.conn.pragma_update(None, "wal_autocheckpoint", 1000)?;
        self.conn.pragma_update(None, "cache_size", -2000)?;
        self.conn.pragma_update(None, "temp_store", "DEFAULT")?;
        // Fold the log back into the file, without waiting: a reader with
        // an older snapshot (or another writer) would otherwise hold this
        // import for the whole busy timeout. What is left is checkpointed
        // later, automatically.
        // The checkpoint is housekeeping: if another connection is busy
        // with the log, it happens later, and the import has still succeeded.
        self.conn.busy_timeout(Duration::ZERO)?;
        let _ = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        Ok(())
    }

    /// Resolves people across the corpus after an import: lone surnames
    /// to the one person who bears them, surname-only people into the full
    /// name that matches, and removes people nothing refers to any more.
    pub fn consolidate_people(&mut self) -> Result<()> {
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| classify(&path, e))?;
        tx.execute_batch(include_str!("consolidate.sql"))?;
        tx.execute_batch(include_str!("totals.sql"))?;
        tx.commit()?;
        Ok(())
    }

    /// Records an import run in the `imports` log.
    pub fn record_import(&self, run: &ImportRun<'_>) -> Result<()> {
        let ImportRun {
            started_at,
            paths,
            seen,
            new,
            updated,
            unchanged,
            failed,
        } = *run;
        self.conn.execute(
            "INSERT INTO imports (started_at, finished_at, paths, files_seen, new, updated, unchanged, failed, version)
             VALUES (?1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![started_at, paths, seen as i64, new as i64, updated as i64, unchanged as i64, failed as i64, env!("CARGO_PKG_VERSION")],
        ).map_err(|e| classify(&self.path, e))?;
        Ok(())
    }

    pub fn counts(&self) -> Result<Counts> {
        Ok(self.conn.query_row(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM quotes),
                    (SELECT count(*) FROM people), (SELECT count(*) FROM sources)",
            [],
            |r| {
                Ok(Counts {
                    articles: r.get(0)?,
                    quotes: r.get(1)?,
                    people: r.get(2)?,
                    sources: r.get(3)?,
                })
            },
        )?)
    }

    /// Runs SQL with named parameters bound. Unless `write` is set, the
    /// statement may only read: writes, ATTACH and pragmas that change
    /// anything are refused.
    pub fn run_sql(&mut self, sql: &str, params: &[(String, Value)], write: bool) -> Result<Rows> {
        if !write {
            self.conn.authorizer(Some(read_only_authorizer))?;
        }
        let result = run_statements(&self.conn, sql, params);
        if !write {
            self.conn
                .authorizer(None::<fn(AuthContext<'_>) -> Authorization>)?;
        }
        result.map_err(|e| match e {
            rusqlite::Error::SqliteFailure(f, msg) if f.code == rusqlite::ErrorCode::AuthorizationForStatementDenied => {
                StoreError::ReadOnly {
                    message: format!(
                        "this SQL would change the database ({}); queries are read-only unless --write is given",
                        msg.unwrap_or_else(|| "not authorized".into())
                    ),
                }
            }
            other => classify(&self.path, other),
        })
    }

    /// Checks the file: `PRAGMA integrity_check` and `foreign_key_check`.
    pub fn check(&self) -> Result<Vec<String>> {
        self.run_checks().map_err(|e| classify(&self.path, e))
    }

    fn run_checks(&self) -> rusqlite::Result<Vec<String>> {
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        for row in stmt.query_map([], |r| r.get::<_, String>(0))? {
            let row = row?;
            if row != "ok" {
                problems.push(row);
            }
        }
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        let rows = stmt.query_map([], |r| {
            Ok(format!(
                "foreign key: {} row {:?}",
                r.get::<_, String>(0)?,
                r.get::<_, Option<i64>>(1)?
            ))
        })?;
        for row in rows {
            problems.push(row?);
        }
        // The full-text indexes agree with the tables they mirror.
        for index in ["articles_fts", "quotes_fts"] {
            let sql = format!("INSERT INTO {index} ({index}) VALUES ('integrity-check')");
            if let Err(e) = self.conn.execute(&sql, []) {
                problems.push(format!("{index}: {e}"));
            }
        }
        Ok(problems)
    }
}

fn read_only_authorizer(ctx: AuthContext<'_>) -> Authorization {
    match ctx.action {
        AuthAction::Read { .. }
        | AuthAction::Select
        | AuthAction::Function { .. }
        | AuthAction::Recursive => Authorization::Allow,
        AuthAction::Pragma {
            pragma_name,
            pragma_value: None,
        } if !pragma_name.eq_ignore_ascii_case("writable_schema") => Authorization::Allow,
        // FTS5 and views read through their own internal statements.
        _ if ctx.accessor.is_some() && matches!(ctx.action, AuthAction::Read { .. }) => {
            Authorization::Allow
        }
        _ => Authorization::Deny,
    }
}

fn run_statements(
    conn: &Connection,
    sql: &str,
    params: &[(String, Value)],
) -> rusqlite::Result<Rows> {
    let mut stmt = conn.prepare(sql)?;
    for (name, value) in params {
        let key = format!(":{name}");
        if let Some(idx) = stmt.parameter_index(&key)? {
            stmt.raw_bind_parameter(idx, value)?;
        }
    }
    let columns: Vec<String> = stmt.column_names().map(|s| s.to_string()).collect();
    let mut rows = Vec::new();
    let mut raw = stmt.raw_query();
    while let Some(row) = raw.next()? {
        let mut values = Vec::with_capacity(columns.len());
        for i in 0..columns.len() {
            values.push(match row.get_ref(i)? {
                ValueRef::Null => Value::Null,
                ValueRef::Integer(n) => Value::Integer(n),
                ValueRef::Real(f) => Value::Real(f),
                ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
                ValueRef::Blob(b) => Value::Blob(b.to_vec()),
            });
        }
        rows.push(values);
    }
    Ok(Rows { columns, rows })
}

/// One write transaction: articles go in whole or not at all. Triggers
/// are off (see [`Store::begin`]): the batch removes replaced rows from the
/// full-text indexes itself, and indexes its new rows in one statement per
/// index when it commits (one FTS5 segment per batch, not one per row).
pub struct Batch<'a> {
    tx: Transaction<'a>,
    checkpointer: Option<&'a Checkpointer>,
    person_ids: HashMap<String, i64>,
    /// Rows to index at commit.
    new_articles: Vec<i64>,
    new_quotes: Vec<i64>,
}

impl Batch<'_> {
    /// Writes one article and everything derived from it, replacing an
    /// earlier version from the same path. There is no savepoint per
    /// article (FTS5 would flush its index at each one): if a write fails,
    /// the caller drops the batch, which rolls the whole transaction back.
    pub fn write_article(&mut self, prov: &Provenance, x: &Extraction) -> Result<Outcome> {
        let existing: Option<(i64, String, Option<String>)> = self
            .tx
            .prepare_cached("SELECT id, sha256, manifest FROM articles WHERE path = ?1")?
            .query_row([&prov.path], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let outcome = match existing {
            Some((_, sha, manifest)) if sha == prov.sha256 && manifest == prov.manifest => {
                return Ok(Outcome::Unchanged);
            }
            Some((id, _, _)) => {
                self.unindex(id)?;
                self.tx
                    .prepare_cached("DELETE FROM articles WHERE id = ?1")?
                    .execute([id])?;
                Outcome::Updated
            }
            None => Outcome::New,
        };
        let article_id = insert_article(&self.tx, prov, x)?;
        self.new_articles.push(article_id);
        let quote_ids =
            insert_people_and_quotes(&self.tx, &mut self.person_ids, article_id, prov, x)?;
        self.new_quotes.extend(quote_ids);
        Ok(outcome)
    }

    /// Takes an article about to be replaced, and its quotations, out of the
    /// full-text indexes; rows this batch wrote are not indexed yet, and
    /// just leave the list of rows to index.
    fn unindex(&mut self, article: i64) -> Result<()> {
        let quotes: Vec<i64> = self
            .tx
            .prepare_cached("SELECT id FROM quotes WHERE article_id = ?1")?
            .query_map([article], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if let Some(at) = self.new_articles.iter().position(|&a| a == article) {
            self.new_articles.remove(at);
            self.new_quotes.retain(|q| !quotes.contains(q));
            return Ok(());
        }
        self.tx
            .prepare_cached(
                "INSERT INTO quotes_fts (quotes_fts, rowid, text)
                 SELECT 'delete', id, text FROM quotes WHERE article_id = ?1",
            )?
            .execute([article])?;
        self.tx
            .prepare_cached(
                "INSERT INTO articles_fts (articles_fts, rowid, headline, standfirst, body)
                 SELECT 'delete', id, headline, standfirst, body FROM articles WHERE id = ?1",
            )?
            .execute([article])?;
        Ok(())
    }

    /// Indexes the batch's new rows for full-text search in one statement
    /// per index, then commits and turns triggers back on.
    pub fn commit(self) -> Result<()> {
        let ids = |ids: &[i64]| serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
        self.tx.execute(
            "INSERT INTO articles_fts (rowid, headline, standfirst, body)
             SELECT id, headline, standfirst, body FROM articles
             WHERE id IN (SELECT value FROM json_each(?1))",
            [ids(&self.new_articles)],
        )?;
        self.tx.execute(
            "INSERT INTO quotes_fts (rowid, text)
             SELECT id, text FROM quotes WHERE id IN (SELECT value FROM json_each(?1))",
            [ids(&self.new_quotes)],
        )?;
        // Back on before the commit, which the transaction consumes (COMMIT
        // itself runs no triggers).
        self.tx
            .set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, true)?;
        self.tx.commit()?;
        if let Some(checkpointer) = self.checkpointer {
            checkpointer.after_commit();
        }
        Ok(())
    }
}

fn source_id(tx: &Connection, name: &str, url: Option<&str>) -> Result<i64> {
    let canonical = outlets::canonical_name(name);
    let known = outlets::lookup(&canonical).or_else(|| url.and_then(outlets::by_url));
    if let Some(id) = tx
        .prepare_cached("SELECT id FROM sources WHERE name = ?1")?
        .query_row([&canonical], |r| r.get(0))
        .optional()?
    {
        return Ok(id);
    }
    let domain = known.and_then(|k| k.domain.clone());
    let home = domain.as_ref().map(|d| format!("https://{d}/"));
    tx.prepare_cached("INSERT INTO sources (name, domain, url, country) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![
            canonical,
            domain,
            home,
            known.and_then(|k| k.country.clone())
        ])?;
    Ok(tx.last_insert_rowid())
}

fn insert_article(tx: &Connection, prov: &Provenance, x: &Extraction) -> Result<i64> {
    let a = &x.article;
    let (outlet, source_from) = match (&prov.outlet, &a.outlet) {
        (Some(m), _) => (Some(m.clone()), Some("manifest")),
        (None, Some(t)) => (Some(t.clone()), Some("text")),
        (None, None) => (
            prov.url
                .as_deref()
                .and_then(outlets::by_url)
                .map(|o| o.name.clone()),
            Some("manifest"),
        ),
    };
    let source_from = outlet.as_ref().and(source_from);
    let source = outlet
        .as_deref()
        .map(|o| source_id(tx, o, prov.url.as_deref()))
        .transpose()?;
    let authors = prov.authors.clone().unwrap_or_else(|| a.authors.clone());
    let byline = (!authors.is_empty()).then(|| authors.join(", "));
    let (published, zone) = match &prov.published {
        Some(p) => (Some(p.clone()), None),
        None => (
            a.published.as_ref().map(|d| d.iso.clone()),
            a.published.as_ref().and_then(|d| d.zone.clone()),
        ),
    };
    let body = BodyLayout::of(&prov.raw_text, &a.body);
    tx.prepare_cached(
        "INSERT INTO articles (source_id, source_from, file, path, url, headline, standfirst, byline,
                               published, published_tz, dateline, body_head_start, body_head_length,
                               body_text, body_tail_start, body_tail_length,
                               raw_text, encoding, sha256, manifest, imported_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                 ?19, ?20, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
    )?
    .execute(params![
        source,
        source_from,
        prov.file,
        prov.path,
        prov.url,
        a.headline,
        a.standfirst,
        byline,
        published,
        zone,
        a.dateline,
        body.head.map(|h| h.start),
        body.head.map(|h| h.length),
        body.middle,
        body.tail.map(|t| t.start),
        body.tail.map(|t| t.length),
        prov.raw_text,
        prov.encoding,
        prov.sha256,
        prov.manifest,
    ])?;
    let id = tx.last_insert_rowid();
    let mut extra = tx.prepare_cached("INSERT OR IGNORE INTO article_extras (article_id, kind, position, text) VALUES (?1, ?2, ?3, ?4)")?;
    for e in &a.extras {
        extra.execute(params![id, e.kind.as_str(), e.line as i64, e.text])?;
    }
    Ok(id)
}

/// A stretch of the raw text, as SQL's substr() counts: 1-based, in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stretch {
    start: i64,
    length: i64,
}

/// How a body is stored (see migrations/V5__body_stored_once.sql): the
/// verbatim stretch of the raw text it starts with, what is not verbatim,
/// and the verbatim stretch it ends with.
#[derive(Debug, PartialEq, Eq)]
struct BodyLayout<'a> {
    head: Option<Stretch>,
    middle: &'a str,
    tail: Option<Stretch>,
}

impl<'a> BodyLayout<'a> {
    fn of(raw: &str, body: &'a str) -> BodyLayout<'a> {
        let whole = BodyLayout {
            head: None,
            middle: body,
            tail: None,
        };
        let first = body.split("\n\n").next().unwrap_or(body);
        let last = body.rsplit("\n\n").next().unwrap_or(body);
        if first.is_empty() || last.is_empty() {
            return whole;
        }
        // The head: from where the first paragraph is, as far as the two agree.
        let (head_at, head_len) = match raw.find(first) {
            Some(at) => (at, common_prefix(body, &raw[at..])),
            None => (0, 0),
        };
        // The tail: back from where the last paragraph ends, after the head.
        let after_head = head_at + head_len;
        let tail = match raw[after_head..].rfind(last) {
            Some(at) if head_len < body.len() => {
                let end = after_head + at + last.len();
                let len = common_suffix(&body[head_len..], &raw[after_head..end]);
                (len > 0).then_some((end - len, len))
            }
            _ => None,
        };
        let tail_len = tail.map_or(0, |(_, len)| len);
        let chars = |s: &str| s.chars().count() as i64;
        BodyLayout {
            head: (head_len > 0).then(|| Stretch {
                start: chars(&raw[..head_at]) + 1,
                length: chars(&body[..head_len]),
            }),
            middle: &body[head_len..body.len() - tail_len],
            tail: tail.map(|(at, len)| Stretch {
                start: chars(&raw[..at]) + 1,
                length: chars(&body[body.len() - len..]),
            }),
        }
    }
}

/// Bytes two texts share at the start, ending on a character boundary.
fn common_prefix(a: &str, b: &str) -> usize {
    let mut n = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    while !a.is_char_boundary(n) {
        n -= 1;
    }
    n
}

/// Bytes two texts share at the end, starting on a character boundary.
fn common_suffix(a: &str, b: &str) -> usize {
    let mut n = a
        .bytes()
        .rev()
        .zip(b.bytes().rev())
        .take_while(|(x, y)| x == y)
        .count();
    while !a.is_char_boundary(a.len() - n) {
        n -= 1;
    }
    n
}

/// A person's row by canonical name, created when new.
fn person_id(
    tx: &Connection,
    cache: &mut HashMap<String, i64>,
    name: &str,
    has_given: bool,
) -> Result<i64> {
    let key = name.to_lowercase();
    if let Some(id) = cache.get(&key) {
        return Ok(*id);
    }
    let found: Option<i64> = tx
        .prepare_cached("SELECT id FROM people WHERE name = ?1")?
        .query_row([name], |r| r.get(0))
        .optional()?;
    let id = match found {
        Some(id) => id,
        None => {
            let surname = name.rsplit(' ').next().unwrap_or(name);
            tx.prepare_cached("INSERT INTO people (name, surname, given) VALUES (?1, ?2, ?3)")?
                .execute(params![name, surname, has_given])?;
            tx.last_insert_rowid()
        }
    };
    // Rows can be merged or removed by consolidation, so the cache lives for one batch only.
    cache.insert(key, id);
    Ok(id)
}

/// The one person in the corpus with this surname, if exactly one.
fn unique_by_surname(tx: &Connection, surname: &str) -> Result<Option<i64>> {
    let ids: Vec<i64> = tx
        .prepare_cached("SELECT id FROM people WHERE surname = ?1 AND given = 1 LIMIT 2")?
        .query_map([surname], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok((ids.len() == 1).then(|| ids[0]))
}

fn insert_people_and_quotes(
    tx: &Connection,
    cache: &mut HashMap<String, i64>,
    article_id: i64,
    prov: &Provenance,
    x: &Extraction,
) -> Result<Vec<i64>> {
    let body = &x.article.body;
    let offsets = CharOffsets::new(body);
    let mut ids: Vec<Option<i64>> = Vec::with_capacity(x.people.people.len());
    let authors = prov
        .authors
        .clone()
        .unwrap_or_else(|| x.article.authors.clone());
    // Several names can resolve to one person, and a name can come twice
    // in different case: both are summed here, so that every row below is
    // a plain INSERT (an upsert would make SQLite journal each statement).
    let mut mentions: Vec<(i64, u32, Option<usize>)> = Vec::new();
    let mut unresolved: Vec<(&str, u32, Option<usize>)> = Vec::new();
    for p in &x.people.people {
        let id = if p.weak {
            match unique_by_surname(tx, &p.surname)? {
                Some(id) => Some(id),
                None => {
                    let name = p.name.as_str();
                    match unresolved
                        .iter_mut()
                        .find(|u| u.0.eq_ignore_ascii_case(name))
                    {
                        // The last one wins, as when rows replaced each other.
                        Some(u) => *u = (name, p.mentions as u32, p.first_offset),
                        None => unresolved.push((name, p.mentions as u32, p.first_offset)),
                    }
                    None
                }
            }
        } else if p.given.is_none() {
            match unique_by_surname(tx, &p.surname)? {
                Some(id) => Some(id),
                None => Some(person_id(tx, cache, &p.name, false)?),
            }
        } else {
            Some(person_id(tx, cache, &p.name, true)?)
        };
        ids.push(id);
        let Some(id) = id else { continue };
        if p.mentions > 0 {
            let count = p.mentions as u32;
            match mentions.iter_mut().find(|m| m.0 == id) {
                Some(m) => {
                    m.1 += count;
                    m.2 = match (m.2, p.first_offset) {
                        (Some(a), Some(b)) => Some(a.min(b)),
                        (a, b) => a.or(b),
                    };
                }
                None => mentions.push((id, count, p.first_offset)),
            }
        }
        let mut alias = tx.prepare_cached("INSERT OR IGNORE INTO person_aliases (person_id, article_id, alias) VALUES (?1, ?2, ?3)")?;
        for a in &p.aliases {
            alias.execute(params![id, article_id, a])?;
        }
        let mut role = tx.prepare_cached(
            "INSERT OR IGNORE INTO person_roles (person_id, article_id, role) VALUES (?1, ?2, ?3)",
        )?;
        for r in &p.roles {
            role.execute(params![id, article_id, r])?;
        }
    }
    let mut insert_mention = tx.prepare_cached(
        "INSERT INTO mentions (article_id, person_id, mentions, first_offset) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (id, count, first) in mentions {
        insert_mention.execute(params![
            article_id,
            id,
            count,
            first.map(|o| offsets.of(o) as i64)
        ])?;
    }
    let mut insert_unresolved = tx.prepare_cached(
        "INSERT INTO unresolved_names (article_id, name, mentions, first_offset) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (name, count, first) in unresolved {
        insert_unresolved.execute(params![
            article_id,
            name,
            count,
            first.map(|o| offsets.of(o) as i64)
        ])?;
    }
    for (position, author) in authors.iter().enumerate() {
        let id = person_id(tx, cache, author, author.contains(' '))?;
        tx.prepare_cached("INSERT OR IGNORE INTO article_authors (article_id, person_id, position) VALUES (?1, ?2, ?3)")?
            .execute(params![article_id, id, position as i64 + 1])?;
    }
    // Role mentions that resolved are aliases too ("the Russian President").
    let mut alias = tx.prepare_cached(
        "INSERT OR IGNORE INTO person_aliases (person_id, article_id, alias) VALUES (?1, ?2, ?3)",
    )?;
    for q in &x.quotes {
        if let (Some(idx), Some(written)) = (q.speaker, &q.speaker_text) {
            let lower = written.to_lowercase();
            if let Some(Some(id)) = ids.get(idx) {
                if lower.starts_with("the ") && lower.split(' ').count() > 2 {
                    alias.execute(params![id, article_id, written])?;
                }
            }
        }
    }
    let mut insert = tx.prepare_cached(
        "INSERT INTO quotes (article_id, person_id, speaker_text, text, kind, cue, start_offset, end_offset, paragraph, rule)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    let mut quote_ids = Vec::with_capacity(x.quotes.len());
    for q in &x.quotes {
        let person = q.speaker.and_then(|i| ids.get(i).copied().flatten());
        insert.execute(params![
            article_id,
            person,
            q.speaker_text,
            q.text,
            q.kind.as_str(),
            q.cue,
            offsets.of(q.span.start) as i64,
            offsets.of(q.span.end) as i64,
            q.paragraph as i64 + 1,
            q.rule.as_str(),
        ])?;
        quote_ids.push(tx.last_insert_rowid());
    }
    Ok(quote_ids)
}

/// Byte-to-character offset conversion for one text, in one pass per lookup
/// run from the last position (lookups mostly come in order).
struct CharOffsets<'a> {
    text: &'a str,
    ascii: bool,
    /// The last (byte, char) position looked up.
    cursor: std::cell::Cell<(usize, usize)>,
}

impl<'a> CharOffsets<'a> {
    fn new(text: &'a str) -> Self {
        CharOffsets {
            text,
            ascii: text.is_ascii(),
            cursor: std::cell::Cell::new((0, 0)),
        }
    }

    fn of(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let (from_byte, from_char) = match self.cursor.get() {
            (b, c) if b <= byte => (b, c),
            _ => (0, 0),
        };
        let chars = from_char + self.text[from_byte..byte].chars().count();
        self.cursor.set((byte, chars));
        chars
    }
}

/// One person with what the corpus says of them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PersonReport {
    pub name: String,
    pub aliases: Rows,
    pub roles: Rows,
    pub articles: Rows,
    pub quotes: Rows,
}

impl Store {
    pub fn stored_articles(&self) -> Result<Vec<FoundArticle>> {
        let mut stmt = self.conn.prepare(
            "SELECT a.file, s.name, a.headline, a.standfirst, a.byline, a.published, a.dateline
             FROM articles a LEFT JOIN sources s ON s.id = a.source_id ORDER BY a.file",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(FoundArticle {
                file: r.get(0)?,
                outlet: r.get(1)?,
                headline: r.get(2)?,
                standfirst: r.get(3)?,
                byline: r.get(4)?,
                published: r.get(5)?,
                dateline: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn stored_quotes(&self) -> Result<Vec<FoundQuote>> {
        let mut stmt = self.conn.prepare(
            "SELECT file, speaker, quote, kind FROM quote_details ORDER BY file, quote_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(FoundQuote {
                file: r.get(0)?,
                speaker: r.get(1)?,
                text: r.get(2)?,
                kind: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// (file, person) for every person named in an article.
    pub fn person_mentions(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT file, person FROM person_mentions ORDER BY file, person")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// People with the articles that name them and the quotations they have.
    pub fn people(&self, limit: i64) -> Result<Rows> {
        Ok(run_statements(
            &self.conn,
            "SELECT p.name AS person, t.mention_articles AS articles, t.mentions, t.quotes,
                    (SELECT count(*) FROM article_authors w WHERE w.person_id = p.id) AS bylines
             FROM people p
             JOIN person_totals t ON t.person_id = p.id
             ORDER BY t.mention_articles DESC, t.quotes DESC, p.name
             LIMIT :limit",
            &[("limit".to_string(), Value::Integer(limit))],
        )?)
    }

    /// The people whose name or alias matches `name`: exact matches if
    /// there are any, else those containing it.
    pub fn find_people(&self, name: &str) -> Result<Vec<(i64, String)>> {
        let mut stmt = self.conn.prepare(
            "SELECT DISTINCT p.id, p.name FROM people p LEFT JOIN person_aliases a ON a.person_id = p.id
             WHERE p.name = ?1 OR a.alias = ?1 COLLATE NOCASE ORDER BY p.name",
        )?;
        let exact: Vec<(i64, String)> = stmt
            .query_map([name], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        if !exact.is_empty() {
            return Ok(exact);
        }
        let mut stmt = self.conn.prepare(
            "SELECT DISTINCT p.id, p.name FROM people p LEFT JOIN person_aliases a ON a.person_id = p.id
             WHERE p.name LIKE '%' || ?1 || '%' OR a.alias LIKE '%' || ?1 || '%' ORDER BY p.name",
        )?;
        Ok(stmt
            .query_map([name], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Everything about one person.
    pub fn person(&self, id: i64) -> Result<PersonReport> {
        let p = [("id".to_string(), Value::Integer(id))];
        let name: String =
            self.conn
                .query_row("SELECT name FROM people WHERE id = ?1", [id], |r| r.get(0))?;
        Ok(PersonReport {
            name,
            aliases: run_statements(
                &self.conn,
                "SELECT alias, count(*) AS articles FROM person_aliases WHERE person_id = :id GROUP BY alias ORDER BY articles DESC, alias",
                &p,
            )?,
            roles: run_statements(
                &self.conn,
                "SELECT r.role, a.file FROM person_roles r JOIN articles a ON a.id = r.article_id WHERE r.person_id = :id ORDER BY r.role, a.file",
                &p,
            )?,
            articles: run_statements(
                &self.conn,
                "SELECT a.file, a.published, a.headline, coalesce(m.mentions, 0) AS mentions,
                        CASE WHEN w.person_id IS NULL THEN '' ELSE 'author' END AS byline
                 FROM articles a
                 LEFT JOIN mentions m ON m.article_id = a.id AND m.person_id = :id
                 LEFT JOIN article_authors w ON w.article_id = a.id AND w.person_id = :id
                 WHERE m.person_id IS NOT NULL OR w.person_id IS NOT NULL
                 ORDER BY a.published, a.file",
                &p,
            )?,
            quotes: run_statements(
                &self.conn,
                "SELECT a.file, q.kind, q.text AS quote FROM quotes q JOIN articles a ON a.id = q.article_id
                 WHERE q.person_id = :id ORDER BY a.published, a.file, q.start_offset",
                &p,
            )?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{BodyLayout, CharOffsets, Stretch};

    /// The body as SQLite's generated column rebuilds it.
    fn rebuilt(raw: &str, layout: &BodyLayout<'_>) -> String {
        let chars: Vec<char> = raw.chars().collect();
        let stretch = |s: Option<Stretch>| -> String {
            s.map_or(String::new(), |s| {
                chars[s.start as usize - 1..][..s.length as usize]
                    .iter()
                    .collect()
            })
        };
        stretch(layout.head) + layout.middle + &stretch(layout.tail)
    }

    #[test]
    fn a_verbatim_body_is_stored_as_one_stretch_in_characters() {
        let raw = "Héadline\n\nBy A Writer\n\nFirst — para.\n\nSecond.\n\nTags: x\n";
        let body = "First — para.\n\nSecond.";
        let layout = BodyLayout::of(raw, body);
        let head = Stretch {
            start: 24,
            length: 22,
        };
        assert_eq!(
            layout,
            BodyLayout {
                head: Some(head),
                middle: "",
                tail: None
            }
        );
        assert_eq!(rebuilt(raw, &layout), body);
    }

    #[test]
    fn only_what_is_not_verbatim_is_stored() {
        // A subheading lifted from between paragraphs.
        let raw = "Title\n\nOne é.\n\nTwo.\n\nSubheading\n\nThree.\n\nFour.\n\nRead more\n";
        let body = "One é.\n\nTwo.\n\nThree.\n\nFour.";
        let layout = BodyLayout::of(raw, body);
        assert_eq!(
            layout.middle, "",
            "the paragraph break around it is in the raw text too"
        );
        assert_eq!(rebuilt(raw, &layout), body);
        // Spaces normalised in the middle paragraph.
        let raw = "One.\n\nA\u{a0}b  c.\n\nThree.\n";
        let body = "One.\n\nA b c.\n\nThree.";
        let layout = BodyLayout::of(raw, body);
        assert_eq!(layout.middle, " b");
        assert_eq!(rebuilt(raw, &layout), body);
        // Nothing verbatim (hard-wrapped lines joined in a one-paragraph body).
        let raw = "It was\nlate.\n";
        let layout = BodyLayout::of(raw, "It was late.");
        assert_eq!(
            (layout.head, layout.middle, layout.tail),
            (None, "It was late.", None)
        );
        // A repeated paragraph does not make the tail overlap the head.
        let raw = "Same.\n\nSame.\n";
        let layout = BodyLayout::of(raw, "Same.");
        assert_eq!(rebuilt(raw, &layout), "Same.");
        assert_eq!(layout.tail, None);
        let empty = BodyLayout::of("Headline only\n", "");
        assert_eq!((empty.head, empty.middle, empty.tail), (None, "", None));
    }

    #[test]
    fn char_offsets_in_any_order() {
        let text = "“Né,” she said. “Ça va.”";
        let offsets = CharOffsets::new(text);
        for byte in [
            text.find("Ça").unwrap(),
            text.find("she").unwrap(),
            text.len(),
            0,
        ] {
            assert_eq!(
                offsets.of(byte),
                text[..byte].chars().count(),
                "at byte {byte}"
            );
        }
    }
}

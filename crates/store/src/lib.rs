//! The SQLite file: opening and migrating it, writing extracted articles,
//! resolving people across the corpus, and running read-only SQL. All of
//! clippings' own SQL outside `migrations/` and `queries/` lives here.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::hooks::{AuthAction, AuthContext, Authorization};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, params};
use thiserror::Error;

use clippings_extract::eval::{FoundArticle, FoundQuote};
use clippings_extract::outlets;
use clippings_extract::{Extraction, Origin};

mod checkpoint;
mod file;
pub mod saved;
pub mod statements;

use checkpoint::Checkpointer;

mod embedded {
    refinery::embed_migrations!("migrations");
}

/// How long a command waits for another process's write to finish.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(60);
/// Prepared statements kept per connection: more than the import and the
/// corpus-wide passes use (about 40).
const STATEMENT_CACHE: usize = 128;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error(
        "{path} does not exist; `clippings --db {path} import FOLDER` creates a database there"
    )]
    Missing { path: PathBuf },
    #[error(
        "{path} holds no clippings database yet; `clippings --db {path} import FOLDER` fills it"
    )]
    Empty { path: PathBuf },
    #[error("{path} is a folder; give the path of a database file with --db")]
    Folder { path: PathBuf },
    #[error(
        "{path} is not a SQLite database (its header says otherwise); give another --db path, or move the file away"
    )]
    NotADatabase { path: PathBuf },
    #[error(
        "{path} is a SQLite database of another program (its tables: {tables}), not a clippings corpus; it was left as it is: give another --db path"
    )]
    Foreign { path: PathBuf, tables: String },
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
    #[error(
        "{path} has schema version {found}, older than this clippings' {known}, and cannot be read as it is ({detail}); `clippings --db {path} migrate` upgrades it"
    )]
    Outdated {
        path: PathBuf,
        found: i64,
        known: i64,
        detail: String,
    },
    #[error("{path} is busy: another process has been writing to it for over {}s; wait for it to finish and run the command again", BUSY_TIMEOUT.as_secs())]
    Busy { path: PathBuf },
    #[error(
        "cannot write {path}: the disk is full; free some space and run the command again (what was committed before is kept)"
    )]
    DiskFull { path: PathBuf },
    #[error(
        "cannot write {path}: {detail}; check the disk and the file, then run the command again"
    )]
    Io { path: PathBuf, detail: String },
    #[error("cannot write {path}: the file or its folder is read-only")]
    NotWritable { path: PathBuf },
    #[error("cannot open {path}: {error}")]
    Open {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("the schema migration of {path} failed: {detail}")]
    Migration { path: PathBuf, detail: String },
    #[error("{message}")]
    ReadOnly { message: String },
    #[error("{}", sqlite_message(.0))]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    /// Whether the database itself failed (full disk, I/O, damage, locks),
    /// rather than one thing written to it: an import stops on these
    /// instead of blaming each file in turn.
    pub fn is_database_failure(&self) -> bool {
        !matches!(self, StoreError::Sqlite(_) | StoreError::ReadOnly { .. })
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// An open corpus database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Checkpoints the log during a bulk load.
    checkpointer: Option<Checkpointer>,
    /// Opened to read only: the connection itself cannot write.
    read_only: bool,
    /// The schema version of a file opened to read, when older than this build's.
    outdated: Option<i64>,
    /// Declared after `conn`, so that it runs once the connection is closed.
    _tidy: Option<file::Tidy>,
}

/// How a command uses the database file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Reads it as it is: never creates, migrates or writes the file.
    Read,
    /// Writes an existing database, upgrading its schema first.
    Write,
    /// Writes it, creating the database if there is none.
    Create,
}

/// What happened to one article file on import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    New,
    Updated,
    Unchanged,
}

/// Where an article came from. What a manifest, a web page's metadata or
/// a record's fields say of it is in the extraction, which took them as
/// known values before reading the text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Provenance {
    /// The article's identity: the path of a file of its own, or a
    /// record's URL (else its id, else its container and place in it).
    pub path: String,
    /// The file's name (a container's, for a record).
    pub file: String,
    /// The names the article may be shown by (`articles.relative_path`),
    /// shortest first: the first one no other article holds is taken, else
    /// `path`. Empty: the file's folder and name, then more of its path.
    #[serde(default)]
    pub names: Vec<String>,
    /// Of the bytes the article was read from: the file, or the record.
    pub sha256: String,
    pub encoding: String,
    /// The article's text as stored: a text file as decoded; a web page's
    /// main text, one block a line; a record's text field.
    pub raw_text: String,
    /// text, html, warc, jsonl or csv.
    #[serde(default = "text_format")]
    pub format: String,
    /// The file a record was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container: Option<String>,
    /// The record's line (JSON lines, CSV) or number (WARC) in its container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<u64>,
    /// Where a WARC record starts in the uncompressed archive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byte_offset: Option<u64>,
    /// The manifest row applied, as JSON; a change re-imports the file.
    pub manifest: Option<String>,
}

fn text_format() -> String {
    "text".into()
}

/// A text file's, as a record without `format` reads.
impl Default for Provenance {
    fn default() -> Self {
        Provenance {
            path: String::new(),
            file: String::new(),
            names: Vec::new(),
            sha256: String::new(),
            encoding: String::new(),
            raw_text: String::new(),
            format: text_format(),
            container: None,
            position: None,
            byte_offset: None,
            manifest: None,
        }
    }
}

/// A read-only view of a corpus database for import workers: whether a
/// file is already stored as it is.
pub struct Lookup {
    conn: Connection,
}

impl Lookup {
    pub fn open(path: &Path) -> Result<Lookup> {
        let conn = Connection::open_with_flags(
            file::sqlite_path(path),
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

fn classify(path: &Path, err: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode;
    let path = path.to_path_buf();
    match err.sqlite_error_code() {
        Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
            path,
            detail: sqlite_message(&err),
        },
        Some(ErrorCode::NotADatabase) => StoreError::NotADatabase { path },
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
            StoreError::Busy { path }
        }
        Some(ErrorCode::DiskFull) => StoreError::DiskFull { path },
        Some(ErrorCode::SystemIoFailure) => StoreError::Io {
            path,
            detail: format!(
                "{} (a full disk, a file size limit or a failing device)",
                sqlite_message(&err)
            ),
        },
        Some(ErrorCode::ReadOnly) => StoreError::NotWritable { path },
        Some(ErrorCode::CannotOpen) => StoreError::Io {
            path,
            detail: sqlite_message(&err),
        },
        _ => StoreError::Sqlite(err),
    }
}

/// A store error as the database's failure, where it is one (a SQLite
/// error that came through `?` unclassified).
fn reclassify(path: &Path, e: StoreError) -> StoreError {
    match e {
        StoreError::Sqlite(err) => classify(path, err),
        other => other,
    }
}

/// SQLite's own words for an error, without rusqlite's decoration.
fn sqlite_message(err: &rusqlite::Error) -> String {
    match err {
        rusqlite::Error::SqlInputError { msg, .. } => msg.clone(),
        rusqlite::Error::SqliteFailure(_, Some(msg)) if !msg.is_empty() => msg.clone(),
        other => other.to_string(),
    }
}

/// A failed migration, classified by the SQLite error under it, and told
/// in SQLite's words rather than with the migration's whole SQL.
fn migration_error(path: &Path, e: &refinery::Error) -> StoreError {
    let mut source: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(s) = source {
        if let Some(sqlite) = s.downcast_ref::<rusqlite::Error>() {
            return match classify(path, clone_sqlite_error(sqlite)) {
                StoreError::Sqlite(err) => StoreError::Migration {
                    path: path.into(),
                    detail: sqlite_message(&err),
                },
                other => other,
            };
        }
        source = s.source();
    }
    let text = e.to_string();
    StoreError::Migration {
        path: path.into(),
        detail: text.lines().next().unwrap_or("").to_string(),
    }
}

/// rusqlite errors are not Clone; the parts classification reads are.
fn clone_sqlite_error(e: &rusqlite::Error) -> rusqlite::Error {
    match e {
        rusqlite::Error::SqliteFailure(code, msg) => {
            rusqlite::Error::SqliteFailure(*code, msg.clone())
        }
        other => rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_ERROR),
            Some(other.to_string()),
        ),
    }
}

/// The rows the totals tables (see migrations/V4__totals.sql) hold: derived
/// data, rebuilt from the tables above after each import, never edited.
const PERSON_TOTALS: &str = include_str!("person_totals.sql");
const OUTLET_TOTALS: &str = include_str!("outlet_totals.sql");

fn rebuild_totals_sql() -> String {
    format!(
        "DELETE FROM person_totals;\nINSERT INTO person_totals\n{PERSON_TOTALS};\n\
         DELETE FROM outlet_totals;\n\
         INSERT INTO outlet_totals (outlet, source_id, articles, quotes, people_quoted)\n{OUTLET_TOTALS};"
    )
}

/// The tables the corpus-wide pass derives people and totals from: a
/// statement run with `--write` that changes one of them owes the pass.
const CORPUS_TABLES: &[&str] = &[
    "articles",
    "sources",
    "people",
    "person_aliases",
    "person_roles",
    "mentions",
    "article_authors",
    "unresolved_names",
    "quotes",
];

/// Records, in the caller's transaction, that the passes a write owes are
/// owed: the corpus-wide pass, and linking statements once the schema has
/// them (see migrations/V12__statements.sql): the quotations written have
/// no statement yet, and people resolved again may change a speaker.
const RECORD_PENDING_PASS: &str = "INSERT OR IGNORE INTO pending_passes (pass)
     SELECT 'corpus'
     UNION ALL
     SELECT 'statements' WHERE EXISTS
         (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'statements')";

/// The passes the record of pending passes may hold, in the order they
/// are paid: people and totals first, for statements link quotations by
/// their speakers.
pub const PASS_CORPUS: &str = "corpus";
pub const PASS_STATEMENTS: &str = "statements";

/// The passes that were owed, as [`Store::pending`] reads them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pending {
    /// People across the corpus and the totals.
    pub corpus: bool,
    /// Quotations linked into statements.
    pub statements: bool,
}

impl Pending {
    pub fn any(self) -> bool {
        self.corpus || self.statements
    }
}

/// What paying the owed passes did.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Paid {
    /// People were resolved across the corpus and the totals rebuilt.
    pub corpus: bool,
    /// Statements were linked, and what that did.
    pub statements: Option<statements::LinkReport>,
}

impl Paid {
    pub fn any(&self) -> bool {
        self.corpus || self.statements.is_some()
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
    /// that is not a database, is damaged, belongs to another program or
    /// comes from a newer clippings is refused and left as it is.
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_as(path, Access::Create)
    }

    /// Opens a database for a command that reads: read-only, as it is,
    /// never created, migrated or written.
    pub fn open_read(path: &Path) -> Result<Store> {
        Self::open_as(path, Access::Read)
    }

    /// Opens a database as a command needs it.
    pub fn open_as(path: &Path, access: Access) -> Result<Store> {
        Self::open_at(path, access, None)
    }

    /// Opens a database migrated only up to `version` (for upgrade tests).
    pub fn open_at_version(path: &Path, version: u32) -> Result<Store> {
        Self::open_at(path, Access::Create, Some(version))
    }

    fn open_at(path: &Path, access: Access, version: Option<u32>) -> Result<Store> {
        // Two processes setting up the same new file can make SQLite give
        // up at once rather than wait (one would have to upgrade a read
        // lock it already holds): start again from the top until the usual
        // busy timeout runs out.
        let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
        loop {
            match Self::open_once(path, access, version) {
                Err(StoreError::Busy { .. }) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(25));
                }
                other => return other,
            }
        }
    }

    fn open_once(path: &Path, access: Access, version: Option<u32>) -> Result<Store> {
        // Looked at read-only first: nothing is written to a file that
        // is then refused.
        let (found, read_only) = file::inspect(path)?;
        match (access, found) {
            (Access::Read | Access::Write, file::Found::Missing) => {
                return Err(StoreError::Missing { path: path.into() });
            }
            (Access::Read, file::Found::Blank) => {
                return Err(StoreError::Empty { path: path.into() });
            }
            (Access::Read, file::Found::Clippings(found)) => {
                let ro = read_only.expect("a database was read");
                let known = known_schema_version();
                return Ok(Store {
                    conn: ro.conn,
                    path: path.to_path_buf(),
                    checkpointer: None,
                    read_only: true,
                    outdated: (found < known).then_some(found),
                    _tidy: ro.tidy,
                });
            }
            _ => {}
        }
        // The writer's connection replaces the one that looked; it is
        // closed first.
        drop(read_only);
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if access == Access::Create {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let conn = Connection::open_with_flags(file::sqlite_path(path), flags)
            .map_err(|e| classify(path, e))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // The writer's statements outnumber rusqlite's default cache of
        // 16: evicted ones were parsed again for every article.
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            checkpointer: None,
            read_only: false,
            outdated: None,
            _tidy: None,
        };
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
        let wanted = version.map_or_else(known_schema_version, i64::from);
        if store.applied_version()? == Some(wanted) {
            return Ok(store);
        }
        // The corpus-wide pass is owed from before the upgrade starts: a
        // process killed during or after it leaves the debt recorded, and
        // the next command that writes pays it. (Upgrades from before
        // schema 8 record it in V8 itself, in the same transaction.)
        if store.has_table("pending_passes")? {
            store.record_pending_pass()?;
        }
        // Grouped: the pending migrations and their records in
        // refinery_schema_history commit together, so a process killed
        // half-way leaves the file as it was, not with tables it has no
        // record of.
        let mut runner = embedded::migrations::runner().set_grouped(true);
        if let Some(v) = version {
            runner = runner.set_target(refinery::Target::Version(v as i32));
        }
        loop {
            let before = store.applied_version()?;
            let Err(e) = runner.run(&mut store.conn) else {
                // Schemas from before the pending-pass record: tables added
                // by an upgrade start out empty, fill the derived ones.
                if before.is_some()
                    && !store.has_table("pending_passes")?
                    && store.has_table("person_totals")?
                {
                    store
                        .conn
                        .execute_batch(&rebuild_totals_sql())
                        .map_err(|e| classify(path, e))?;
                }
                break;
            };
            // Another process opening the same new file may have applied
            // the migration first ("table ... already exists"): if the
            // file moved on meanwhile, look again at what is left to do.
            if store.applied_version()? != before {
                continue;
            }
            return Err(migration_error(path, &e));
        }
        Ok(store)
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
        if !self.has_table("refinery_schema_history")? {
            return Ok(None);
        }
        self.conn
            .query_row(
                "SELECT max(version) FROM refinery_schema_history",
                [],
                |r| r.get(0),
            )
            .map_err(|e| classify(&self.path, e))
    }

    /// Whether the file was opened to read only.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The schema version of a file opened to read as it is, when older
    /// than this build's (`clippings migrate` upgrades it).
    pub fn outdated(&self) -> Option<i64> {
        self.outdated
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
            path,
            checkpointer: self.checkpointer.as_ref(),
            person_ids: HashMap::new(),
            new_articles: Vec::new(),
            new_quotes: Vec::new(),
            pass_recorded: false,
            duplicates: Vec::new(),
        })
    }

    fn set_triggers(&self, on: bool) -> Result<()> {
        self.conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, on)?;
        Ok(())
    }

    /// Settings for a long bulk load; [`Store::end_bulk_load`] restores them.
    pub fn begin_bulk_load(&mut self) -> Result<()> {
        // One plan per statement, whatever its parameters: a query on a
        // table with a partial index (`articles_container`) otherwise
        // ties its plan to the values bound, and SQLite prepares it again
        // for every article.
        self.conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
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
        self.conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, false)?;
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

    /// Records that the corpus-wide pass (and linking statements) is owed
    /// (see V8__trust.sql).
    fn record_pending_pass(&self) -> Result<()> {
        self.conn
            .execute(RECORD_PENDING_PASS, [])
            .map_err(|e| classify(&self.path, e))?;
        Ok(())
    }

    /// Whether a pass (people across the corpus and totals, or linking
    /// statements) is owed: an import, upgrade or edit stopped before it ran.
    pub fn pass_pending(&self) -> Result<bool> {
        Ok(self.pending()?.any())
    }

    /// Which passes are owed.
    pub fn pending(&self) -> Result<Pending> {
        if !self.has_table("pending_passes")? {
            return Ok(Pending::default());
        }
        let owed = |pass: &str| -> Result<bool> {
            self.conn
                .query_row(
                    "SELECT count(*) > 0 FROM pending_passes WHERE pass = ?1",
                    [pass],
                    |r| r.get(0),
                )
                .map_err(|e| classify(&self.path, e))
        };
        Ok(Pending {
            corpus: owed(PASS_CORPUS)?,
            statements: owed(PASS_STATEMENTS)?,
        })
    }

    /// Runs the passes that are owed, the corpus-wide one first (people
    /// resolved again can change the speaker a statement is linked by);
    /// each in its own transaction, which clears its record.
    pub fn finish_pending(&mut self) -> Result<Paid> {
        let mut paid = Paid::default();
        if self.pending()?.corpus {
            self.consolidate_people()?;
            paid.corpus = true;
        }
        // Read again: the corpus-wide pass owes the linking.
        if self.pending()?.statements && self.has_table("statements")? {
            paid.statements = Some(self.link_statements()?);
        }
        Ok(paid)
    }

    /// Resolves people across the corpus after an import: lone surnames
    /// to the one person who bears them, surname-only people into the full
    /// name that matches, and removes people nothing refers to any more;
    /// then rebuilds the totals. One transaction, which also clears the
    /// record that the pass was owed and, since a quotation's speaker may
    /// have changed, records that linking statements is owed
    /// ([`Store::finish_pending`] runs both).
    pub fn consolidate_people(&mut self) -> Result<()> {
        let path = self.path.clone();
        let pending = self.has_table("pending_passes")?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| classify(&path, e))?;
        // Schema 8 gave articles names; rows from before it get theirs here.
        if pending {
            name_unnamed_articles(&tx)?;
        }
        let run = || -> rusqlite::Result<()> {
            tx.execute_batch(include_str!("consolidate.sql"))?;
            tx.execute_batch(&rebuild_totals_sql())?;
            if pending {
                tx.execute("DELETE FROM pending_passes WHERE pass = 'corpus'", [])?;
                tx.execute(
                    "INSERT OR IGNORE INTO pending_passes (pass)
                     SELECT 'statements' WHERE EXISTS
                         (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'statements')",
                    [],
                )?;
            }
            Ok(())
        };
        run().map_err(|e| classify(&path, e))?;
        tx.commit().map_err(|e| classify(&path, e))?;
        Ok(())
    }

    /// The articles stored from files of their own under the folder
    /// `prefix` (a stored path ending in `/`), as (id, stored path, name
    /// shown). Records of a container (a line of a JSON lines file, a WARC
    /// response) are not among them: their identity is not a file, and the
    /// same record may have been read from another container since.
    pub fn articles_under(&self, prefix: &str) -> Result<Vec<(i64, String, String)>> {
        // '0' follows '/': the range holds every path that starts with the prefix.
        let end = format!("{}0", prefix.strip_suffix('/').unwrap_or(prefix));
        let rows = || -> rusqlite::Result<Vec<(i64, String, String)>> {
            self.conn
                .prepare(
                    "SELECT id, path, coalesce(relative_path, path) FROM articles
                     WHERE path >= ?1 AND path < ?2 AND container IS NULL ORDER BY path",
                )?
                .query_map(params![prefix, end], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })?
                .collect()
        };
        rows().map_err(|e| classify(&self.path, e))
    }

    /// Removes articles, and all that derives from them, in one transaction
    /// that owes the corpus-wide pass.
    pub fn delete_articles(&mut self, ids: &[i64]) -> Result<()> {
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| classify(&path, e))?;
        let run = || -> rusqlite::Result<()> {
            tx.execute(RECORD_PENDING_PASS, [])?;
            let mut delete = tx.prepare("DELETE FROM articles WHERE id = ?1")?;
            for id in ids {
                delete.execute([id])?;
            }
            Ok(())
        };
        run().map_err(|e| classify(&path, e))?;
        tx.commit().map_err(|e| classify(&path, e))?;
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

    /// The parameters of one statement, as written (`:name`, `$x`, `?1`).
    pub fn parameter_names(&self, sql: &str) -> Result<Vec<String>> {
        let stmt = self.conn.prepare(sql).map_err(|e| self.read_error(e))?;
        Ok((1..=stmt.parameter_count())
            .map(|i| {
                stmt.parameter_name(i)
                    .map_or_else(|| format!("?{i}"), str::to_string)
            })
            .collect())
    }

    /// Runs SQL with named parameters bound. Unless `write` is set, the
    /// statement may only read: on a file opened to read, SQLite itself
    /// refuses to write, and an authorizer refuses writes, ATTACH and
    /// pragmas that change anything before the statement runs. A statement
    /// that writes the corpus's tables records, in its own transaction,
    /// that the corpus-wide pass is owed, and the pass runs after it.
    pub fn run_sql(&mut self, sql: &str, params: &[(String, Value)], write: bool) -> Result<Rows> {
        if write && self.read_only {
            return Err(StoreError::ReadOnly {
                message: format!("{} was opened to read only", self.path.display()),
            });
        }
        let written = std::sync::Arc::new(std::sync::Mutex::new(false));
        if write {
            let written = std::sync::Arc::clone(&written);
            self.conn.authorizer(Some(move |ctx: AuthContext<'_>| {
                if let AuthAction::Insert { table_name }
                | AuthAction::Delete { table_name }
                | AuthAction::Update { table_name, .. } = ctx.action
                {
                    if CORPUS_TABLES.contains(&table_name) {
                        if let Ok(mut w) = written.lock() {
                            *w = true;
                        }
                    }
                }
                Authorization::Allow
            }))?;
        } else {
            self.conn.authorizer(Some(read_only_authorizer))?;
        }
        let mut owes_pass = false;
        let result = run_statements(&self.conn, sql, params, |conn| {
            owes_pass = *written.lock().unwrap_or_else(|e| e.into_inner())
                && conn.is_autocommit()
                && conn.execute_batch("BEGIN IMMEDIATE").is_ok();
            Ok(())
        })
        .and_then(|rows| {
            if owes_pass {
                self.conn.execute(RECORD_PENDING_PASS, [])?;
                self.conn.execute_batch("COMMIT")?;
            }
            Ok(rows)
        });
        if result.is_err() && owes_pass && !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
        self.conn
            .authorizer(None::<fn(AuthContext<'_>) -> Authorization>)?;
        let rows = result.map_err(|e| self.read_error(e))?;
        if owes_pass {
            self.finish_pending()?;
        }
        Ok(rows)
    }

    /// An error of a statement that reads, explained: a refused write, or a
    /// table or column an older schema does not have yet.
    fn read_error(&self, e: rusqlite::Error) -> StoreError {
        match e {
            rusqlite::Error::SqliteFailure(f, msg)
                if f.code == rusqlite::ErrorCode::AuthorizationForStatementDenied =>
            {
                StoreError::ReadOnly {
                    message: format!(
                        "this SQL would change the database ({}); queries are read-only unless --write is given",
                        msg.unwrap_or_else(|| "not authorized".into())
                    ),
                }
            }
            rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ReadOnly => {
                StoreError::ReadOnly {
                    message: "this SQL would change the database (attempt to write a readonly database); \
                              queries are read-only unless --write is given"
                        .into(),
                }
            }
            other => {
                let text = other.to_string();
                match self.outdated {
                    Some(found)
                        if text.starts_with("no such table")
                            || text.starts_with("no such column") =>
                    {
                        StoreError::Outdated {
                            path: self.path.clone(),
                            found,
                            known: known_schema_version(),
                            detail: sqlite_message(&other),
                        }
                    }
                    _ => classify(&self.path, other),
                }
            }
        }
    }

    /// Checks the file, reading only: `PRAGMA integrity_check` (which takes
    /// in the full-text indexes' own structure), `foreign_key_check`, that
    /// each full-text index holds exactly the rows of the table it mirrors,
    /// and whether the derived data (people across the corpus, totals) is
    /// up to date.
    pub fn check(&self) -> Result<Check> {
        self.run_checks().map_err(|e| classify(&self.path, e))
    }

    fn run_checks(&self) -> rusqlite::Result<Check> {
        let mut check = Check::default();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        for row in stmt.query_map([], |r| r.get::<_, String>(0))? {
            let row = row?;
            if row != "ok" {
                check.damage.push(row);
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
            check.damage.push(row?);
        }
        // The full-text indexes hold one document per row of their table
        // (`_docsize` has a row per indexed document).
        for (index, table) in [("articles_fts", "articles"), ("quotes_fts", "quotes")] {
            let count = |sql: String| -> rusqlite::Result<i64> {
                self.conn.query_row(&sql, [], |r| r.get(0))
            };
            let unindexed = count(format!(
                "SELECT count(*) FROM {table} WHERE id NOT IN (SELECT id FROM {index}_docsize)"
            ))?;
            let stray = count(format!(
                "SELECT count(*) FROM {index}_docsize WHERE id NOT IN (SELECT id FROM {table})"
            ))?;
            if unindexed > 0 {
                check.damage.push(format!(
                    "{index}: {unindexed} rows of {table} are not indexed"
                ));
            }
            if stray > 0 {
                check.damage.push(format!(
                    "{index}: {stray} indexed rows are no longer in {table}"
                ));
            }
        }
        let owed = |pass: &str| -> rusqlite::Result<bool> {
            if !self.has_table("pending_passes").unwrap_or(false) {
                return Ok(false);
            }
            self.conn.query_row(
                "SELECT count(*) > 0 FROM pending_passes WHERE pass = ?1",
                [pass],
                |r| r.get(0),
            )
        };
        if owed(PASS_CORPUS)? {
            check.stale.push(
                "an import, upgrade or edit stopped before people were resolved across the corpus \
                 and the totals rebuilt"
                    .into(),
            );
        }
        for (table, differ) in self.totals_differ()? {
            check.stale.push(format!(
                "{table}: {differ} rows differ from the tables they are derived from"
            ));
        }
        if owed(PASS_STATEMENTS)? {
            check.stale.push(
                "an import, upgrade or edit stopped before its quotations were linked into statements"
                    .into(),
            );
        } else {
            let unlinked = self.unlinked_quotes()?;
            if unlinked > 0 {
                check.stale.push(format!(
                    "statements: {unlinked} quotations are linked to no statement"
                ));
            }
        }
        Ok(check)
    }

    /// Quotations that should carry a statement and carry none (0 before
    /// the schema has statements).
    fn unlinked_quotes(&self) -> rusqlite::Result<i64> {
        if !self.has_table("statements").unwrap_or(false) {
            return Ok(0);
        }
        self.conn.query_row(
            &format!(
                "SELECT count(*) FROM quotes q
                 WHERE {} AND NOT EXISTS (SELECT 1 FROM statement_quotes sq WHERE sq.quote_id = q.id)",
                statements::LINKED_KINDS
            ),
            [],
            |r| r.get(0),
        )
    }

    /// The totals tables whose rows differ from what the tables they are
    /// derived from give, with how many rows differ.
    fn totals_differ(&self) -> rusqlite::Result<Vec<(&'static str, i64)>> {
        let mut out = Vec::new();
        if !self.has_table("person_totals").unwrap_or(false) {
            return Ok(out);
        }
        for (table, select) in [
            ("person_totals", PERSON_TOTALS),
            ("outlet_totals", OUTLET_TOTALS),
        ] {
            let differ: i64 = self.conn.query_row(
                &format!(
                    "SELECT (SELECT count(*) FROM (SELECT * FROM {table} EXCEPT {select}))
                          + (SELECT count(*) FROM ({select} EXCEPT SELECT * FROM {table}))"
                ),
                [],
                |r| r.get(0),
            )?;
            if differ > 0 {
                out.push((table, differ));
            }
        }
        Ok(out)
    }

    /// Brings derived data up to date: runs the passes that are owed, and
    /// those whose data differs from the tables it derives from (another
    /// program edited them): the corpus-wide pass if the totals differ,
    /// linking if quotations carry no statement. Returns what ran.
    pub fn refresh_derived(&mut self) -> Result<Paid> {
        let totals_stale = !self
            .totals_differ()
            .map_err(|e| classify(&self.path, e))?
            .is_empty();
        if totals_stale {
            self.record_pass(PASS_CORPUS)?;
        }
        if self
            .unlinked_quotes()
            .map_err(|e| classify(&self.path, e))?
            > 0
        {
            self.record_pass(PASS_STATEMENTS)?;
        }
        self.finish_pending()
    }

    /// Records that one pass is owed.
    fn record_pass(&self, pass: &str) -> Result<()> {
        if self.has_table("pending_passes")? {
            self.conn
                .execute(
                    "INSERT OR IGNORE INTO pending_passes (pass) VALUES (?1)",
                    [pass],
                )
                .map_err(|e| classify(&self.path, e))?;
        }
        Ok(())
    }
}

/// What `clippings check` found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Check {
    /// The file is damaged: restore it or import again.
    pub damage: Vec<String>,
    /// Derived data is out of date: the corpus-wide pass rebuilds it.
    pub stale: Vec<String>,
}

impl Check {
    pub fn is_ok(&self) -> bool {
        self.damage.is_empty() && self.stale.is_empty()
    }
}

/// Pragmas that only report, allowed in read-only SQL with an argument
/// (`PRAGMA table_info(quotes)`) or without.
const REPORTING_PRAGMAS: &[&str] = &[
    "collation_list",
    "compile_options",
    "database_list",
    "foreign_key_check",
    "foreign_key_list",
    "function_list",
    "index_info",
    "index_list",
    "index_xinfo",
    "integrity_check",
    "module_list",
    "pragma_list",
    "quick_check",
    "table_info",
    "table_list",
    "table_xinfo",
];

/// Pragmas whose value read-only SQL may read, but not set.
const READABLE_PRAGMAS: &[&str] = &[
    "application_id",
    "auto_vacuum",
    "cache_size",
    "data_version",
    "encoding",
    "foreign_keys",
    "freelist_count",
    "journal_mode",
    "page_count",
    "page_size",
    "schema_version",
    "user_version",
];

/// The second wall of read-only SQL (the first: the connection is opened
/// read-only). Allows reading and the pragmas that report, refuses
/// everything else before the statement runs: writes, ATTACH, and pragmas
/// that change something even without a value (`incremental_vacuum`,
/// `optimize`, `wal_checkpoint`).
fn read_only_authorizer(ctx: AuthContext<'_>) -> Authorization {
    match ctx.action {
        AuthAction::Read { .. }
        | AuthAction::Select
        | AuthAction::Function { .. }
        | AuthAction::Recursive => Authorization::Allow,
        AuthAction::Pragma {
            pragma_name,
            pragma_value,
        } => {
            let name = pragma_name.to_ascii_lowercase();
            if REPORTING_PRAGMAS.contains(&name.as_str())
                || (pragma_value.is_none() && READABLE_PRAGMAS.contains(&name.as_str()))
            {
                Authorization::Allow
            } else {
                Authorization::Deny
            }
        }
        _ => Authorization::Deny,
    }
}

fn run_statements(
    conn: &Connection,
    sql: &str,
    params: &[(String, Value)],
    before_running: impl FnOnce(&Connection) -> rusqlite::Result<()>,
) -> rusqlite::Result<Rows> {
    let mut stmt = conn.prepare(sql)?;
    before_running(conn)?;
    for (name, value) in params {
        // :name, $name and @name are one parameter to clippings.
        for prefix in [':', '$', '@'] {
            if let Some(idx) = stmt.parameter_index(&format!("{prefix}{name}"))? {
                stmt.raw_bind_parameter(idx, value)?;
            }
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
    /// The database's, for errors: a full disk is the database's failure.
    path: PathBuf,
    checkpointer: Option<&'a Checkpointer>,
    person_ids: HashMap<String, i64>,
    /// Rows to index at commit.
    new_articles: Vec<i64>,
    new_quotes: Vec<i64>,
    /// The corpus-wide pass is recorded as owed in this transaction.
    pass_recorded: bool,
    /// (article written, article with the same bytes) by name.
    duplicates: Vec<(String, String)>,
}

impl Batch<'_> {
    /// Writes one article and everything derived from it, replacing an
    /// earlier version from the same path. There is no savepoint per
    /// article (FTS5 would flush its index at each one): if a write fails,
    /// the caller drops the batch, which rolls the whole transaction back.
    pub fn write_article(&mut self, prov: &Provenance, x: &Extraction) -> Result<Outcome> {
        self.write(prov, x).map_err(|e| reclassify(&self.path, e))
    }

    fn write(&mut self, prov: &Provenance, x: &Extraction) -> Result<Outcome> {
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
        if !self.pass_recorded {
            self.tx.prepare_cached(RECORD_PENDING_PASS)?.execute([])?;
            self.pass_recorded = true;
        }
        let article_id = insert_article(&self.tx, prov, x)?;
        self.new_articles.push(article_id);
        let twin: Option<(String, String)> = self
            .tx
            .prepare_cached(
                "SELECT (SELECT relative_path FROM articles WHERE id = ?2), relative_path
                 FROM articles
                 WHERE substr(sha256, 1, 16) = substr(?1, 1, 16) AND sha256 = ?1 AND id <> ?2
                 ORDER BY id LIMIT 1",
            )?
            .query_row(params![prov.sha256, article_id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        self.duplicates.extend(twin);
        let quote_ids = insert_people_and_quotes(&self.tx, &mut self.person_ids, article_id, x)?;
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

    /// Articles this batch wrote whose bytes another article has, by name:
    /// (the one written, the other).
    pub fn duplicates(&self) -> &[(String, String)] {
        &self.duplicates
    }

    /// Indexes the batch's new rows for full-text search in one statement
    /// per index, then commits and turns triggers back on.
    pub fn commit(self) -> Result<()> {
        let path = self.path.clone();
        self.finish().map_err(|e| reclassify(&path, e))
    }

    fn finish(self) -> Result<()> {
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

/// The outlet's row, made if new. A name read in the text is written the
/// outlet's usual way ("Telegraph" → "The Daily Telegraph"); a manifest's
/// is kept as given, for a manifest's values win.
fn source_id(tx: &Connection, name: &str, url: Option<&str>, as_given: bool) -> Result<i64> {
    let canonical = if as_given {
        name.trim().to_string()
    } else {
        outlets::canonical_name(name)
    };
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
    // The extraction already put what the manifest, the page or the record
    // says over what the text says, and where each value came from.
    let a = &x.metadata;
    let outlet = a.outlet.as_deref();
    let outlet_from = a.outlet_from.unwrap_or(Origin::Text);
    let source_from = outlet.map(|_| outlet_from.as_str());
    // A manifest's outlet is stored as given; one read in the text, a
    // page or a record is written the outlet's usual way.
    let as_given = outlet_from == Origin::Manifest;
    let source = outlet
        .map(|o| source_id(tx, o, a.url.as_deref(), as_given))
        .transpose()?;
    let byline = (!a.authors.is_empty()).then(|| a.authors.join(", "));
    let published = a.published.as_ref().map(|d| d.iso.clone());
    let zone = a.published.as_ref().and_then(|d| d.zone.clone());
    let published_from = a
        .published
        .as_ref()
        .map(|_| a.published_from.unwrap_or(Origin::Text).as_str());
    let body = BodyLayout::of(&prov.raw_text, &x.body);
    let names = if prov.names.is_empty() {
        names_from_path(&prov.path)
    } else {
        prov.names.clone()
    };
    let relative_path = free_name(tx, &names, &prov.path)?;
    tx.prepare_cached(
        "INSERT INTO articles (source_id, source_from, file, path, url, headline, standfirst, byline,
                               published, published_tz, dateline, body_head_start, body_head_length,
                               body_text, body_tail_start, body_tail_length,
                               raw_text, encoding, sha256, manifest, imported_at, relative_path,
                               source_format, container, record_position, byte_offset, published_from,
                               modified, section, language)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                 ?19, ?20, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?21,
                 ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)",
    )?
    .execute(params![
        source,
        source_from,
        prov.file,
        prov.path,
        a.url,
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
        relative_path,
        prov.format,
        prov.container,
        prov.position.map(|p| p as i64),
        prov.byte_offset.map(|o| o as i64),
        published_from,
        a.modified.as_ref().map(|d| d.iso.clone()),
        a.section,
        a.language,
    ])?;
    let id = tx.last_insert_rowid();
    let mut extra = tx.prepare_cached("INSERT OR IGNORE INTO article_extras (article_id, kind, position, text) VALUES (?1, ?2, ?3, ?4)")?;
    for e in &x.extras {
        extra.execute(params![id, e.kind.as_str(), e.line as i64, e.text])?;
    }
    Ok(id)
}

/// The names an article stored at `path` may be shown by when its importer
/// gave none (rows from before schema 8, rows other programs insert): its
/// folder's name and its own, then with more of its path.
fn names_from_path(path: &str) -> Vec<String> {
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    (2..=parts.len())
        .map(|k| parts[parts.len() - k..].join("/"))
        .collect()
}

/// The first of `names` no other article holds, else the article's path.
fn free_name(tx: &Connection, names: &[String], path: &str) -> Result<String> {
    let mut taken = tx.prepare_cached(
        "SELECT count(*) > 0 FROM articles WHERE relative_path = ?1 AND path <> ?2",
    )?;
    for name in names {
        if !taken.query_row(params![name, path], |r| r.get::<_, bool>(0))? {
            return Ok(name.clone());
        }
    }
    Ok(path.to_string())
}

/// Names the articles that have none (see [`names_from_path`]).
fn name_unnamed_articles(tx: &Connection) -> Result<()> {
    let unnamed: Vec<(i64, String)> = tx
        .prepare("SELECT id, path FROM articles WHERE relative_path IS NULL ORDER BY path")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut name = tx.prepare("UPDATE articles SET relative_path = ?1 WHERE id = ?2")?;
    for (id, path) in unnamed {
        let chosen = free_name(tx, &names_from_path(&path), &path)?;
        name.execute(params![chosen, id])?;
    }
    Ok(())
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

/// A person's row by canonical name, created when new with the surname
/// the extractor found ("Raymond Ellis Jr." has the surname Ellis).
fn person_id(
    tx: &Connection,
    cache: &mut HashMap<String, i64>,
    name: &str,
    surname: &str,
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
    x: &Extraction,
) -> Result<Vec<i64>> {
    let mut ids: Vec<Option<i64>> = Vec::with_capacity(x.people.len());
    let authors = &x.metadata.authors;
    // Several names can resolve to one person, and a name can come twice
    // in different case: both are summed here, so that every row below is
    // a plain INSERT (an upsert would make SQLite journal each statement).
    let mut mentions: Vec<(i64, u32, Option<usize>)> = Vec::new();
    let mut unresolved: Vec<(&str, u32, Option<usize>)> = Vec::new();
    for p in &x.people {
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
                None => Some(person_id(tx, cache, &p.name, &p.surname, false)?),
            }
        } else {
            Some(person_id(tx, cache, &p.name, &p.surname, true)?)
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
        insert_mention.execute(params![article_id, id, count, first.map(|o| o as i64)])?;
    }
    let mut insert_unresolved = tx.prepare_cached(
        "INSERT INTO unresolved_names (article_id, name, mentions, first_offset) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (name, count, first) in unresolved {
        insert_unresolved.execute(params![article_id, name, count, first.map(|o| o as i64)])?;
    }
    for (position, author) in authors.iter().enumerate() {
        // The extractor's surname; records written before it gave one have
        // it worked out here by the same rule.
        let surname = x
            .metadata
            .author_surnames
            .get(position)
            .cloned()
            .unwrap_or_else(|| clippings_extract::people::surname(author));
        let id = person_id(tx, cache, author, &surname, author.contains(' '))?;
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
                    // "The Italian Prime Minister" opening a sentence is the
                    // same alias as "the Italian Prime Minister" inside one.
                    let alias_text = format!("the {}", &written[4..]);
                    alias.execute(params![id, article_id, alias_text])?;
                }
            }
        }
    }
    let mut insert = tx.prepare_cached(
        "INSERT INTO quotes (article_id, person_id, organisation_id, speaker_type, speaker_text,
                             text, kind, cue, start_offset, end_offset, paragraph, rule)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    let mut quote_ids = Vec::with_capacity(x.quotes.len());
    for q in &x.quotes {
        let person = q.speaker.and_then(|i| ids.get(i).copied().flatten());
        let organisation = q
            .organisation
            .as_deref()
            .map(|name| organisation_id(tx, article_id, name))
            .transpose()?;
        insert.execute(params![
            article_id,
            person,
            organisation,
            q.speaker_type.map(|t| t.as_str()),
            q.speaker_text,
            q.text,
            q.kind.as_str(),
            q.cue,
            q.start as i64,
            q.end as i64,
            q.paragraph as i64 + 1,
            q.rule.as_str(),
        ])?;
        quote_ids.push(tx.last_insert_rowid());
    }
    // A quoted fragment of reported speech points to it, once both have ids.
    let mut link = tx.prepare_cached("UPDATE quotes SET within_id = ?1 WHERE id = ?2")?;
    for (q, &id) in x.quotes.iter().zip(&quote_ids) {
        if let Some(&within) = q.within.and_then(|i| quote_ids.get(i)) {
            link.execute(params![within, id])?;
        }
    }
    Ok(quote_ids)
}

/// An organisation's row by canonical name, created when new, with the
/// name recorded as one of its aliases in the article.
fn organisation_id(tx: &Connection, article_id: i64, name: &str) -> Result<i64> {
    let found: Option<i64> = tx
        .prepare_cached("SELECT id FROM organisations WHERE name = ?1")?
        .query_row([name], |r| r.get(0))
        .optional()?;
    let id = match found {
        Some(id) => id,
        None => {
            tx.prepare_cached("INSERT INTO organisations (name) VALUES (?1)")?
                .execute([name])?;
            tx.last_insert_rowid()
        }
    };
    tx.prepare_cached(
        "INSERT OR IGNORE INTO organisation_aliases (organisation_id, article_id, alias) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![id, article_id, name])?;
    Ok(id)
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
    /// Every article as stored, with its people, roles and quotations
    /// (speakers by canonical name), for scoring against a gold file.
    pub fn found_articles(&self) -> Result<Vec<FoundArticle>> {
        let mut articles: Vec<FoundArticle> = self
            .conn
            .prepare(
                "SELECT a.file, s.name, a.headline, a.standfirst, a.byline, a.published,
                        a.dateline, a.body
                 FROM articles a LEFT JOIN sources s ON s.id = a.source_id ORDER BY a.id",
            )?
            .query_map([], |r| {
                Ok(FoundArticle {
                    file: r.get(0)?,
                    outlet: r.get(1)?,
                    headline: r.get(2)?,
                    standfirst: r.get(3)?,
                    byline: r.get(4)?,
                    published: r.get(5)?,
                    dateline: r.get(6)?,
                    body: r.get(7)?,
                    ..FoundArticle::default()
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let index: HashMap<String, usize> = articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.file.clone(), i))
            .collect();
        let mut each =
            |sql: &str, add: &mut dyn FnMut(&mut FoundArticle, &rusqlite::Row)| -> Result<()> {
                let mut stmt = self.conn.prepare(sql)?;
                let mut rows = stmt.query([])?;
                while let Some(row) = rows.next()? {
                    let file: String = row.get(0)?;
                    if let Some(&i) = index.get(&file) {
                        add(&mut articles[i], row);
                    }
                }
                Ok(())
            };
        // A database older than reported speech (schema 11) is read as it
        // is: its view has neither the rule nor the speaker's type.
        let quotes = if self.schema_version()? >= 11 {
            "SELECT file, speaker, quote, kind, rule, speaker_type FROM quote_details
             ORDER BY file, quote_id"
        } else {
            "SELECT a.file, p.name, q.text, q.kind, q.rule,
                    CASE WHEN q.person_id IS NULL THEN NULL ELSE 'person' END
             FROM quotes q JOIN articles a ON a.id = q.article_id
             LEFT JOIN people p ON p.id = q.person_id
             ORDER BY a.file, q.id"
        };
        each(quotes, &mut |a, r| {
            a.quotes.push(FoundQuote {
                speaker: r.get(1).unwrap_or_default(),
                text: r.get(2).unwrap_or_default(),
                kind: r.get(3).unwrap_or_default(),
                rule: r.get(4).unwrap_or_default(),
                speaker_type: r.get(5).unwrap_or_default(),
                cue: None,
                speaker_text: None,
            });
        })?;
        each(
            "SELECT file, person FROM person_mentions ORDER BY file, person",
            &mut |a, r| a.people.push(r.get(1).unwrap_or_default()),
        )?;
        each(
            "SELECT a.file, p.name, r.role FROM person_roles r
             JOIN articles a ON a.id = r.article_id JOIN people p ON p.id = r.person_id",
            &mut |a, r| {
                a.roles
                    .push((r.get(1).unwrap_or_default(), r.get(2).unwrap_or_default()))
            },
        )?;
        // The organisations an article names are its speakers' (as the
        // extraction's are).
        for a in &mut articles {
            a.organisations = a
                .quotes
                .iter()
                .filter(|q| q.speaker_type.as_deref() == Some("organisation"))
                .filter_map(|q| q.speaker.clone())
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
        }
        Ok(articles)
    }

    /// People with the articles that name them and the quotations they have.
    pub fn people(&self, limit: i64) -> Result<Rows> {
        run_statements(
            &self.conn,
            "SELECT p.name AS person, t.mention_articles AS articles, t.mentions, t.quotes,
                    (SELECT count(*) FROM article_authors w WHERE w.person_id = p.id) AS bylines
             FROM people p
             JOIN person_totals t ON t.person_id = p.id
             ORDER BY t.mention_articles DESC, t.quotes DESC, p.name
             LIMIT :limit",
            &[("limit".to_string(), Value::Integer(limit))],
            |_| Ok(()),
        )
        .map_err(|e| self.read_error(e))
    }

    /// The people `name` stands for: the person of that name (in any
    /// case) if there is one, else those who have it as an alias, else
    /// those whose name or an alias contains it.
    pub fn find_people(&self, name: &str) -> Result<Vec<(i64, String)>> {
        let found = |sql: &str| -> Result<Vec<(i64, String)>> {
            let rows = || -> rusqlite::Result<Vec<(i64, String)>> {
                let mut stmt = self.conn.prepare(sql)?;
                stmt.query_map([name], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect()
            };
            rows().map_err(|e| self.read_error(e))
        };
        let named = found("SELECT id, name FROM people WHERE name = ?1 COLLATE NOCASE")?;
        if !named.is_empty() {
            return Ok(named);
        }
        let aliased = found(
            "SELECT DISTINCT p.id, p.name FROM people p JOIN person_aliases a ON a.person_id = p.id
             WHERE a.alias = ?1 COLLATE NOCASE ORDER BY p.name",
        )?;
        if !aliased.is_empty() {
            return Ok(aliased);
        }
        found(
            "SELECT DISTINCT p.id, p.name FROM people p LEFT JOIN person_aliases a ON a.person_id = p.id
             WHERE p.name LIKE '%' || ?1 || '%' OR a.alias LIKE '%' || ?1 || '%' ORDER BY p.name",
        )
    }

    /// Everything about one person.
    pub fn person(&self, id: i64) -> Result<PersonReport> {
        self.person_rows(id).map_err(|e| self.read_error(e))
    }

    fn person_rows(&self, id: i64) -> rusqlite::Result<PersonReport> {
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
                |_| Ok(()),
            )?,
            roles: run_statements(
                &self.conn,
                "SELECT r.role, a.relative_path FROM person_roles r JOIN articles a ON a.id = r.article_id WHERE r.person_id = :id ORDER BY r.role, a.relative_path",
                &p,
                |_| Ok(()),
            )?,
            articles: run_statements(
                &self.conn,
                "SELECT a.relative_path, substr(a.published, 1, 10) AS published, a.headline, coalesce(m.mentions, 0) AS mentions,
                        CASE WHEN w.person_id IS NULL THEN '' ELSE 'author' END AS byline
                 FROM articles a
                 LEFT JOIN mentions m ON m.article_id = a.id AND m.person_id = :id
                 LEFT JOIN article_authors w ON w.article_id = a.id AND w.person_id = :id
                 WHERE m.person_id IS NOT NULL OR w.person_id IS NOT NULL
                 ORDER BY a.published, a.relative_path",
                &p,
                |_| Ok(()),
            )?,
            quotes: run_statements(
                &self.conn,
                "SELECT a.relative_path, q.kind, q.text AS quote FROM quotes q JOIN articles a ON a.id = q.article_id
                 WHERE q.person_id = :id ORDER BY a.published, a.relative_path, q.start_offset",
                &p,
                |_| Ok(()),
            )?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{BodyLayout, Stretch};

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
}

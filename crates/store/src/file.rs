//! The database file before clippings writes to it: what it is (missing,
//! blank, clippings' at some schema version, another program's, damaged),
//! found on a read-only connection, and read-only connections that leave
//! the folder as they found it.
//!
//! A command that only reads never creates, migrates or writes a file, and
//! one that writes looks at the file first, read-only, and refuses a file
//! it must not touch before its first write.

use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::{BUSY_TIMEOUT, Result, StoreError, classify, known_schema_version};

/// What a database path holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    /// Nothing at the path.
    Missing,
    /// An empty file, or a database without tables (a new file whose
    /// schema was never committed): clippings may make it its own.
    Blank,
    /// A clippings database at this schema version.
    Clippings(i64),
}

/// The path SQLite is given: SQLite reads a name starting with `file:` as
/// a URI, so such a relative name is spelled `./file:…`.
pub(crate) fn sqlite_path(path: &Path) -> PathBuf {
    if path.as_os_str().as_encoded_bytes().starts_with(b"file:") {
        Path::new(".").join(path)
    } else {
        path.to_path_buf()
    }
}

/// `path` with `suffix` added to its name (`x.db` → `x.db-wal`).
pub(crate) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The first bytes of the file: whether it is missing, empty, or a SQLite
/// database (refused otherwise).
fn check_header(path: &Path) -> Result<Found> {
    let open_err = |error: std::io::Error| StoreError::Open {
        path: path.into(),
        error,
    };
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Found::Missing),
        Err(e) => return Err(open_err(e)),
    };
    let meta = file.metadata().map_err(open_err)?;
    if meta.is_dir() {
        return Err(StoreError::Folder { path: path.into() });
    }
    if !meta.is_file() {
        return Err(StoreError::NotADatabase { path: path.into() });
    }
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) => return Err(open_err(e)),
        }
    }
    if read == 0 {
        return Ok(Found::Blank);
    }
    if read < 16 || &header != b"SQLite format 3\0" {
        return Err(StoreError::NotADatabase { path: path.into() });
    }
    Ok(Found::Clippings(0))
}

/// Whether this process may write the file (root may write a 0444 file).
fn writable(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: a valid NUL-terminated path; access() only reads it.
    unsafe { libc::access(c.as_ptr(), libc::W_OK) == 0 }
}

/// `file:` URI of an absolute path, for SQLite's `immutable` parameter.
fn uri(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = String::from("file:");
    for &b in absolute.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out.push_str("?immutable=1");
    out
}

/// A read-only connection, and what tidies up after it.
pub(crate) struct ReadOnly {
    pub conn: Connection,
    pub tidy: Option<Tidy>,
}

/// Opens a read-only connection to an existing database file, leaving the
/// folder as it found it.
///
/// A reader of a database in WAL mode makes the log and its shared-memory
/// index if they are missing, and, being read-only, cannot remove them
/// when it closes:
///
/// - when neither was there, [`Tidy`] has SQLite remove them once the
///   connection is closed (SQLite does so only if no other connection uses
///   them); a file this process may not write, with no log beside it, is
///   opened `immutable` instead: nobody can be writing it, and nothing is
///   made;
/// - a log without its index is, but for a moment while another process
///   opens or closes the file, one left by a writer that was stopped, and
///   nobody has the database open (every connection keeps the index): the
///   log is read with the index in this process's memory, on a connection
///   that may not write (`query_only`), holds the file to itself while it
///   reads, and does not fold the log in when it closes;
/// - an index a stopped writer left unfinished is rebuilt from the log
///   (SQLite's recovery, which a read-only connection cannot run) by such a
///   connection too; the database and its log are not changed.
pub(crate) fn open_read_only(path: &Path) -> Result<ReadOnly> {
    let deadline = Instant::now() + BUSY_TIMEOUT;
    // Each process waits a little differently, so that two that keep
    // meeting stop meeting.
    let pause = Duration::from_millis(5 + u64::from(std::process::id() % 16));
    loop {
        if let Some(read_only) = try_open_read_only(path)? {
            return Ok(read_only);
        }
        if Instant::now() >= deadline {
            return Err(StoreError::Busy { path: path.into() });
        }
        thread::sleep(pause);
    }
}

/// One look at the files beside the database and a connection to match;
/// `None` when the look was out of date (see [`reader_alone`]).
fn try_open_read_only(path: &Path) -> Result<Option<ReadOnly>> {
    let wal = sibling(path, "-wal");
    let shm = sibling(path, "-shm");
    let (has_wal, has_shm) = (wal.exists(), shm.exists());
    let may_write = writable(path);
    let read_only = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = if !has_wal && !has_shm && !may_write {
        Connection::open_with_flags(uri(path), read_only | OpenFlags::SQLITE_OPEN_URI)
            .map_err(|e| classify(path, e))?
    } else if has_wal && !has_shm && may_write {
        match reader_alone(path)? {
            Some(conn) => conn,
            None => return Ok(None),
        }
    } else {
        let conn = Connection::open_with_flags(sqlite_path(path), read_only)
            .map_err(|e| classify(path, e))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // A log whose index a stopped writer left unfinished must be
        // recovered first, which a read-only connection cannot do.
        match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(())) {
            Err(e) if may_write && e.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly) => {
                drop(conn);
                reader_that_may_not_write(path, false)?
            }
            _ => conn,
        }
    };
    conn.busy_timeout(BUSY_TIMEOUT)?;
    Ok(Some(ReadOnly {
        conn,
        tidy: (!has_wal && !has_shm && may_write).then(|| Tidy {
            path: path.to_path_buf(),
        }),
    }))
}

/// The reader of a log without its index, holding the file to itself;
/// `None` if another connection has it.
///
/// A log without its index is not only what a stopped writer leaves: a
/// writer switching a new file to WAL mode makes the log a moment before
/// the index, and the last connection to close removes the index a moment
/// after the log. Two readers that both looked then would each hold the
/// file shared and wait for the other to let go before taking it whole, a
/// wait only the busy timeout ends. So this reader takes the file without
/// waiting, and when it cannot, its caller looks at the files again.
fn reader_alone(path: &Path) -> Result<Option<Connection>> {
    let conn = reader_that_may_not_write(path, true)?;
    conn.busy_timeout(Duration::ZERO)?;
    match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(())) {
        Ok(()) => Ok(Some(conn)),
        Err(e) => match classify(path, e) {
            StoreError::Busy { .. } => Ok(None),
            other => Err(other),
        },
    }
}

/// A connection that may not write (`query_only`), and does not fold the
/// log into the file when it closes; `alone`, it holds the file to itself
/// while it reads and keeps the log's index in its own memory.
fn reader_that_may_not_write(path: &Path, alone: bool) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        sqlite_path(path),
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| classify(path, e))?;
    let quiet = || -> rusqlite::Result<()> {
        conn.pragma_update(None, "query_only", true)?;
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
            true,
        )?;
        if alone {
            conn.query_row("PRAGMA locking_mode = EXCLUSIVE", [], |_| Ok(()))?;
        }
        Ok(())
    };
    quiet().map_err(|e| classify(path, e))?;
    Ok(conn)
}

/// Removes, after a read-only connection has closed, the empty log and
/// the index SQLite made for it: a connection that may write reads the
/// file and closes, and SQLite, if that connection is the last one, folds
/// the (empty) log in and deletes both. The database's bytes are not
/// changed: there is nothing in the log to fold in.
pub(crate) struct Tidy {
    path: PathBuf,
}

impl Drop for Tidy {
    fn drop(&mut self) {
        let wal = sibling(&self.path, "-wal");
        // Only an empty log: one with pages in it is somebody's writes.
        if fs::metadata(&wal).map_or(true, |m| m.len() != 0) {
            return;
        }
        let Ok(conn) = Connection::open_with_flags(
            sqlite_path(&self.path),
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        ) else {
            return;
        };
        let _ = conn.pragma_update(None, "query_only", true);
        let _ = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()));
    }
}

/// What the database at `path` is, looked at read-only. A file that is not
/// a database, is damaged, belongs to another program or comes from a newer
/// clippings is refused; nothing is written either way. Returns the
/// read-only connection, if there is a database to read.
pub(crate) fn inspect(path: &Path) -> Result<(Found, Option<ReadOnly>)> {
    match check_header(path)? {
        Found::Clippings(_) => {}
        other => return Ok((other, None)),
    }
    let ro = open_read_only(path)?;
    let found = classify_schema(path, &ro.conn)?;
    Ok((found, Some(ro)))
}

fn classify_schema(path: &Path, conn: &Connection) -> Result<Found> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .and_then(|mut stmt| {
            stmt.query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()
        })
        .map_err(|e| classify(path, e))?;
    let own: Vec<&String> = tables
        .iter()
        .filter(|t| !t.starts_with("sqlite_") && *t != "refinery_schema_history")
        .collect();
    let has_history = tables.iter().any(|t| t == "refinery_schema_history");
    let (first, version): (Option<String>, Option<i64>) = if has_history {
        let first = conn
            .query_row(
                "SELECT name FROM refinery_schema_history WHERE version = 1",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| classify(path, e))?;
        let version = conn
            .query_row(
                "SELECT max(version) FROM refinery_schema_history",
                [],
                |r| r.get(0),
            )
            .map_err(|e| classify(path, e))?;
        (first, version)
    } else {
        (None, None)
    };
    let Some(version) = version else {
        if own.is_empty() {
            return Ok(Found::Blank);
        }
        return Err(foreign(path, &own));
    };
    if first.as_deref() != Some("corpus") {
        return Err(foreign(path, &own));
    }
    let known = known_schema_version();
    if version > known {
        return Err(StoreError::NewerSchema {
            path: path.into(),
            found: version,
            known,
        });
    }
    touch_every_table(path, conn, &tables)?;
    Ok(Found::Clippings(version))
}

fn foreign(path: &Path, tables: &[&String]) -> StoreError {
    let mut named: Vec<&str> = tables.iter().take(4).map(|t| t.as_str()).collect();
    if tables.len() > named.len() {
        named.push("…");
    }
    StoreError::Foreign {
        path: path.into(),
        tables: named.join(", "),
    }
}

/// Reads the first row of every table, so that a damaged root page is
/// found when the file is opened rather than half-way through a command.
/// (A full `PRAGMA integrity_check` is `clippings check`'s job: it reads
/// the whole file.)
fn touch_every_table(path: &Path, conn: &Connection, tables: &[String]) -> Result<()> {
    let touch = || -> rusqlite::Result<()> {
        let virtual_tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for table in tables.iter().filter(|t| !virtual_tables.contains(t)) {
            // Identifiers cannot be bound; these come from the file's own schema.
            let sql = format!("SELECT * FROM \"{}\" LIMIT 1", table.replace('"', "\"\""));
            conn.query_row(&sql, [], |_| Ok(())).optional()?;
        }
        Ok(())
    };
    touch().map_err(|e| classify(path, e))
}

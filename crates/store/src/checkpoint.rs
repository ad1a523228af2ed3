//! Folding the write-ahead log into the database file on a thread of its
//! own while an import writes.
//!
//! In WAL mode with `synchronous=NORMAL` a commit does not wait for the
//! disk, but a checkpoint does: it syncs the log, copies its pages into the
//! file and syncs the file. Run by the writer every few thousand pages
//! (SQLite's automatic checkpoint), those syncs stalled the import's one
//! writer for a fifth of its time, and the extractors behind it with it.
//! Here a second connection runs passive checkpoints, which never block the
//! writer, after each commit; the writer only waits when the log has grown
//! past [`LOG_LIMIT_FRAMES`], so that the log is restarted from its
//! beginning and does not grow with the corpus. Durability is unchanged:
//! the same syncs happen, in the same order, on another thread.

use std::path::Path;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::{self, JoinHandle};

use rusqlite::{Connection, OpenFlags};

/// Pages the log may hold before the writer waits for a checkpoint to
/// catch up (512 MB of 16 KB pages).
const LOG_LIMIT_FRAMES: i64 = 32_768;

#[derive(Default)]
struct State {
    /// Checkpoints asked for so far, and how many of those requests the
    /// last finished checkpoint answers (it began after all of them).
    requested: u64,
    done: u64,
    /// What the last checkpoint saw: pages in the log, and how many of
    /// them are now in the database file.
    log_frames: i64,
    backfilled: i64,
    stopping: bool,
}

#[derive(Default)]
struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic elsewhere cannot leave the counters half-updated.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A thread with its own connection to the database, checkpointing when
/// asked. Dropping it waits for the checkpoint last asked for, then ends
/// the thread.
pub struct Checkpointer {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
    limit_frames: i64,
}

impl Checkpointer {
    /// Opens a second connection to `path` and starts the thread; `None`
    /// if either cannot be had, and the writer checkpoints as usual.
    pub fn start(path: &Path) -> Option<Checkpointer> {
        Self::with_limit(path, LOG_LIMIT_FRAMES)
    }

    fn with_limit(path: &Path, limit_frames: i64) -> Option<Checkpointer> {
        let conn = Connection::open_with_flags(
            crate::file::sqlite_path(path),
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .ok()?;
        // The same syncs as the writer's own checkpoints would make.
        conn.pragma_update(None, "synchronous", "NORMAL").ok()?;
        let shared = Arc::new(Shared::default());
        let thread = {
            let shared = Arc::clone(&shared);
            thread::Builder::new()
                .name("checkpoint".into())
                .spawn(move || run(&conn, &shared))
                .ok()?
        };
        Some(Checkpointer {
            shared,
            thread: Some(thread),
            limit_frames,
        })
    }

    /// Called by the writer after each commit: asks for a checkpoint of what
    /// is committed, and waits for it only when the log is over its limit
    /// and checkpoints can empty it (no other reader holds old pages).
    pub fn after_commit(&self) {
        let mut state = self.shared.lock();
        state.requested += 1;
        let ticket = state.requested;
        self.shared.changed.notify_all();
        let catching_up_helps = state.backfilled == state.log_frames;
        if state.log_frames > self.limit_frames && catching_up_helps {
            while state.done < ticket && !state.stopping {
                state = self
                    .shared
                    .changed
                    .wait(state)
                    .unwrap_or_else(|e| e.into_inner());
            }
            // The log is all in the file: the writer's next transaction
            // starts it again from the beginning. Until a checkpoint says
            // otherwise, there is nothing to wait for.
            state.log_frames = 0;
        }
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        self.shared.lock().stopping = true;
        self.shared.changed.notify_all();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn run(conn: &Connection, shared: &Shared) {
    loop {
        let ticket = {
            let mut state = shared.lock();
            while state.done == state.requested && !state.stopping {
                state = shared
                    .changed
                    .wait(state)
                    .unwrap_or_else(|e| e.into_inner());
            }
            // A checkpoint asked for before the stop is still made.
            if state.done == state.requested {
                return;
            }
            state.requested
        };
        // Housekeeping: if it fails, the log is folded in at the end of the
        // import, or by SQLite's own checkpoints later.
        let seen = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| {
            Ok((r.get::<_, i64>(1)?, r.get::<_, i64>(2)?))
        });
        let mut state = shared.lock();
        state.done = ticket;
        if let Ok((log_frames, backfilled)) = seen {
            state.log_frames = log_frames;
            state.backfilled = backfilled;
        }
        shared.changed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Commits 200 transactions of a few pages each into a new database,
    /// SQLite's own checkpoints off, with a checkpointer allowed `limit`
    /// pages of log (or none). Returns the log file's largest size (SQLite
    /// reuses the file from its start once all of it is in the database, so
    /// its size is the most it ever held) and the pages not yet folded in
    /// when the checkpointer has gone.
    fn write(path: &Path, limit: Option<i64>) -> (u64, i64) {
        let mut conn = Connection::open(path).unwrap();
        conn.pragma_update(None, "page_size", 4096).unwrap();
        conn.query_row("PRAGMA journal_mode=WAL", [], |_| Ok(()))
            .unwrap();
        conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
        conn.execute("CREATE TABLE t (body TEXT)", []).unwrap();
        let checkpointer = limit.map(|frames| Checkpointer::with_limit(path, frames).unwrap());
        for i in 0..200 {
            let tx = conn.transaction().unwrap();
            for j in 0..10 {
                let body = format!("{i}-{j}-{}", "x".repeat(3000));
                tx.execute("INSERT INTO t VALUES (?1)", [body]).unwrap();
            }
            tx.commit().unwrap();
            if let Some(c) = &checkpointer {
                c.after_commit();
            }
        }
        drop(checkpointer);
        let wal = std::fs::metadata(path.with_extension("db-wal"))
            .unwrap()
            .len();
        let (log, backfilled): (i64, i64) = conn
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| {
                Ok((r.get(1)?, r.get(2)?))
            })
            .unwrap();
        (wal, log - backfilled)
    }

    #[test]
    fn the_log_is_checkpointed_off_the_writers_thread_and_stays_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let (unbounded, _) = write(&dir.path().join("plain.db"), None);
        // 200 commits of ~8 pages: over 6 MB of log if nothing folds it in.
        assert!(unbounded > 6_000_000, "{unbounded}");
        let (bounded, left) = write(&dir.path().join("checkpointed.db"), Some(64));
        assert!(
            bounded < unbounded / 4,
            "the log grew to {bounded} bytes (without checkpoints: {unbounded})"
        );
        assert_eq!(left, 0, "the checkpoint asked for last was not made");
    }
}

//! Importing article files: a walker streams file paths (with their
//! folder's manifest row), worker threads read, hash and extract them, and
//! one writer feeds SQLite in bounded batches. The text between them is
//! held to a byte budget ([`IN_FLIGHT_BYTES`]), so memory stays bounded
//! whatever the corpus or its files' sizes, and a corpus larger than RAM
//! imports.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::manifest::{self, Manifest};
use clippings_extract::decode;
use clippings_extract::{self as extract, Extraction};
use clippings_store::statements::LinkReport;
use clippings_store::{Counts, ImportRun, Lookup, Outcome, Provenance, Store, StoreError};

#[derive(Debug, Error)]
pub enum ImportError {
    #[error("{path}: no such file or folder")]
    NotFound { path: PathBuf },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// How to import.
#[derive(Clone)]
pub struct Options {
    /// Articles written per transaction.
    pub batch_size: usize,
    /// Threads that read and extract (the writer is one more).
    pub jobs: usize,
    /// Called with the number of files done so far.
    pub progress: Option<Arc<dyn Fn(u64) + Send + Sync>>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            batch_size: 500,
            jobs: thread::available_parallelism().map_or(2, |n| n.get()),
            progress: None,
        }
    }
}

/// A file that could not be imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub path: PathBuf,
    pub reason: String,
}

/// What an import did.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub files_seen: u64,
    pub new: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub failures: Vec<Failure>,
    pub totals: Counts,
    /// What linking statements did after the import.
    pub statements: LinkReport,
    pub elapsed: Duration,
}

/// At most this much article text waits between the workers and the
/// writer: enough for the workers to go on extracting while the writer
/// commits a batch. A single larger article is still let through, alone.
pub const IN_FLIGHT_BYTES: usize = 64 << 20;

/// A batch is written once it holds this much text, however few articles.
const BATCH_BYTES: usize = IN_FLIGHT_BYTES / 2;

/// The byte budget of the channel to the writer: workers take from it
/// before they send an article, the writer gives back as it receives one
/// (its pending batch is bounded by [`BATCH_BYTES`] instead). The writer
/// never waits on the budget, so it cannot deadlock.
#[derive(Default)]
struct Budget {
    state: Mutex<BudgetState>,
    changed: Condvar,
}

#[derive(Default)]
struct BudgetState {
    used: usize,
    /// The writer has stopped: nobody waits any more.
    closed: bool,
}

impl Budget {
    fn take(&self, bytes: usize) {
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        while !state.closed && state.used > 0 && state.used + bytes > IN_FLIGHT_BYTES {
            state = match self.changed.wait(state) {
                Ok(s) => s,
                Err(_) => return,
            };
        }
        state.used += bytes;
    }

    fn give_back(&self, bytes: usize) {
        if let Ok(mut state) = self.state.lock() {
            state.used = state.used.saturating_sub(bytes);
            self.changed.notify_all();
        }
    }

    fn close(&self) {
        if let Ok(mut state) = self.state.lock() {
            state.closed = true;
            self.changed.notify_all();
        }
    }
}

/// The text an extracted article holds, as counted against the budgets.
fn text_bytes(item: &(Provenance, Extraction)) -> usize {
    item.0.raw_text.len() + item.1.article.body.len()
}

struct Job {
    path: PathBuf,
    entry: Option<manifest::Entry>,
}

enum Done {
    Parsed(Box<(Provenance, Extraction)>),
    Unchanged,
    Failed(Failure),
    /// A failure that is not one file (a bad manifest, an unreadable folder).
    FolderFailed(Failure),
}

/// Imports files and folders (recursively, `*.txt`) into the store.
pub fn import(
    store: &mut Store,
    paths: &[PathBuf],
    options: &Options,
) -> Result<Summary, ImportError> {
    let started = Instant::now();
    let started_at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    for p in paths {
        if !p.exists() {
            return Err(ImportError::NotFound { path: p.clone() });
        }
    }
    let (job_tx, job_rx) = sync_channel::<Job>(256);
    // Room for two batches: the workers go on extracting while the writer
    // commits (the byte budget, not this count, bounds the memory).
    let (done_tx, done_rx) = sync_channel::<Done>(2 * options.batch_size.max(32));
    let budget = Arc::new(Budget::default());
    let walk_paths = paths.to_vec();
    let walk_done = done_tx.clone();
    let walker = thread::spawn(move || walk(&walk_paths, &job_tx, &walk_done));
    let job_rx = Arc::new(Mutex::new(job_rx));
    let db_path = store.path().to_path_buf();
    let mut workers = Vec::new();
    for _ in 0..options.jobs.max(1) {
        let jobs = Arc::clone(&job_rx);
        let done = done_tx.clone();
        let db = db_path.clone();
        let budget = Arc::clone(&budget);
        workers.push(thread::spawn(move || work(&db, &jobs, &done, &budget)));
    }
    drop(done_tx);

    store.begin_bulk_load()?;
    let result = write_all(store, &done_rx, options, &budget);
    // Let go of threads blocked on a full channel or on the budget.
    drop(done_rx);
    budget.close();
    let _ = walker.join();
    for w in workers {
        let _ = w.join();
    }
    let mut summary = result?;
    // Bulk settings end first: the people pass sorts whole tables, and with
    // temporary storage in memory that sort would hold them in RAM.
    store.end_bulk_load()?;
    // People and totals only change when articles did.
    if summary.new + summary.updated > 0 {
        store.consolidate_people()?;
    }
    // Quotations without a statement (new ones, and those whose statement
    // lost a wording to a replaced article) are linked; none, none.
    summary.statements = store.link_statements()?;
    let listed: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    store.record_import(&ImportRun {
        started_at: &started_at,
        paths: &serde_json::to_string(&listed).unwrap_or_default(),
        seen: summary.files_seen,
        new: summary.new,
        updated: summary.updated,
        unchanged: summary.unchanged,
        failed: summary.failures.len() as u64,
    })?;
    summary.totals = store.counts()?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

fn write_all(
    store: &mut Store,
    done_rx: &Receiver<Done>,
    options: &Options,
    budget: &Budget,
) -> Result<Summary, ImportError> {
    let mut summary = Summary::default();
    let mut pending_bytes = 0;
    let mut pending: Vec<Box<(Provenance, Extraction)>> = Vec::with_capacity(options.batch_size);
    let flush = |store: &mut Store,
                 pending: &mut Vec<Box<(Provenance, Extraction)>>,
                 summary: &mut Summary|
     -> Result<(), ImportError> {
        if pending.is_empty() {
            return Ok(());
        }
        // The whole batch in one transaction; if one article cannot be
        // stored, the batch rolls back and its articles go in one by one,
        // so that only the bad one is left out.
        let outcomes: Vec<Result<Outcome, StoreError>> = match write_batch(store, pending) {
            Ok(outcomes) => outcomes.into_iter().map(Ok).collect(),
            Err(e) if is_fatal(&e) => return Err(e.into()),
            Err(_) => pending
                .iter()
                .map(|item| write_batch(store, std::slice::from_ref(item)).map(|o| o[0]))
                .collect(),
        };
        for (item, outcome) in pending.drain(..).zip(outcomes) {
            let (prov, _) = &*item;
            match outcome {
                Ok(Outcome::New) => summary.new += 1,
                Ok(Outcome::Updated) => summary.updated += 1,
                Ok(Outcome::Unchanged) => summary.unchanged += 1,
                Err(e) if is_fatal(&e) => return Err(e.into()),
                Err(e) => {
                    summary.failures.push(Failure {
                        path: PathBuf::from(&prov.path),
                        reason: format!("could not be stored: {e}"),
                    });
                    continue;
                }
            }
        }
        Ok(())
    };
    for done in done_rx.iter() {
        match done {
            Done::Parsed(item) => {
                summary.files_seen += 1;
                let bytes = text_bytes(&item);
                budget.give_back(bytes);
                pending_bytes += bytes;
                pending.push(item);
                if pending.len() >= options.batch_size || pending_bytes >= BATCH_BYTES {
                    flush(store, &mut pending, &mut summary)?;
                    pending_bytes = 0;
                }
            }
            Done::Unchanged => {
                summary.files_seen += 1;
                summary.unchanged += 1;
            }
            Done::Failed(f) => {
                summary.files_seen += 1;
                summary.failures.push(f);
            }
            Done::FolderFailed(f) => summary.failures.push(f),
        }
        if let Some(progress) = &options.progress {
            progress(summary.files_seen);
        }
    }
    flush(store, &mut pending, &mut summary)?;
    Ok(summary)
}

/// Writes articles in one transaction, all or none.
fn write_batch(
    store: &mut Store,
    items: &[Box<(Provenance, Extraction)>],
) -> Result<Vec<Outcome>, StoreError> {
    let mut batch = store.begin()?;
    let mut outcomes = Vec::with_capacity(items.len());
    for item in items {
        outcomes.push(batch.write_article(&item.0, &item.1)?);
    }
    batch.commit()?;
    Ok(outcomes)
}

/// Errors that stop the whole import rather than one file.
fn is_fatal(e: &StoreError) -> bool {
    matches!(e, StoreError::Busy { .. } | StoreError::Corrupt { .. })
}

/// Walks the given paths in a stable order, sending each article file with
/// the manifest row that describes it.
fn walk(paths: &[PathBuf], jobs: &SyncSender<Job>, done: &SyncSender<Done>) {
    for path in paths {
        if path.is_dir() {
            if walk_dir(path, jobs, done).is_err() {
                return;
            }
        } else {
            let folder = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let entry = match Manifest::load(folder) {
                Ok(m) => m.and_then(|m| {
                    let name = path.file_name()?.to_string_lossy().into_owned();
                    m.entries.get(&name).cloned()
                }),
                Err(e) => {
                    let _ = done.send(Done::Failed(Failure {
                        path: path.clone(),
                        reason: e.to_string(),
                    }));
                    continue;
                }
            };
            if jobs
                .send(Job {
                    path: path.clone(),
                    entry,
                })
                .is_err()
            {
                return;
            }
        }
    }
}

struct Stop;

fn walk_dir(dir: &Path, jobs: &SyncSender<Job>, done: &SyncSender<Done>) -> Result<(), Stop> {
    let fail = |reason: String| {
        done.send(Done::FolderFailed(Failure {
            path: dir.to_path_buf(),
            reason,
        }))
        .map_err(|_| Stop)
    };
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => return fail(format!("cannot read the folder: {e}")),
    };
    entries.sort();
    let manifest = match Manifest::load(dir) {
        Ok(m) => m,
        Err(e) => {
            let skipped = entries.iter().filter(|p| is_article_file(p)).count();
            return fail(format!(
                "{e}; fix it and import again (its {skipped} article files were not imported)"
            ));
        }
    };
    let mut listed_seen = std::collections::HashSet::new();
    for path in &entries {
        if path.is_dir() {
            walk_dir(path, jobs, done)?;
        } else if is_article_file(path) {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let entry = manifest
                .as_ref()
                .and_then(|m| m.entries.get(&name).cloned());
            if entry.is_some() {
                listed_seen.insert(name);
            }
            jobs.send(Job {
                path: path.clone(),
                entry,
            })
            .map_err(|_| Stop)?;
        }
    }
    if let Some(m) = &manifest {
        let mut missing: Vec<(&String, usize)> = m
            .entries
            .iter()
            .filter(|(f, _)| !listed_seen.contains(*f))
            .map(|(f, e)| (f, e.row))
            .collect();
        missing.sort_by_key(|(_, row)| *row);
        for (file, row) in missing {
            done.send(Done::FolderFailed(Failure {
                path: m.path.clone(),
                reason: format!(
                    "row {row} names '{file}', which is not in {}; add the file or remove the row",
                    dir.display()
                ),
            }))
            .map_err(|_| Stop)?;
        }
    }
    Ok(())
}

/// How many files an import of `paths` will read, counted without reading
/// them: the walk's rules (files given by name, and `*.txt` in folders,
/// recursively), for a progress bar's total. A folder whose manifest cannot
/// be read is counted, though the import will refuse it.
pub fn count_article_files(paths: &[PathBuf]) -> u64 {
    fn in_folder(dir: &Path) -> u64 {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return 0;
        };
        entries
            .filter_map(Result::ok)
            .map(|entry| {
                let path = entry.path();
                // The entry's own type spares a stat per file; a link is
                // followed, as the walk follows it.
                let is_dir = match entry.file_type() {
                    Ok(t) if !t.is_symlink() => t.is_dir(),
                    _ => path.is_dir(),
                };
                if is_dir {
                    in_folder(&path)
                } else {
                    u64::from(is_article_file(&path))
                }
            })
            .sum()
    }
    paths
        .iter()
        .map(|p| if p.is_dir() { in_folder(p) } else { 1 })
        .sum()
}

fn is_article_file(path: &Path) -> bool {
    path.is_file()
        && path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
}

fn work(db: &Path, jobs: &Mutex<Receiver<Job>>, done: &SyncSender<Done>, budget: &Budget) {
    let lookup = Lookup::open(db).ok();
    loop {
        let job = {
            let Ok(rx) = jobs.lock() else { return };
            match rx.recv() {
                Ok(job) => job,
                Err(_) => return,
            }
        };
        let result = read_one(&job, lookup.as_ref());
        if let Done::Parsed(item) = &result {
            budget.take(text_bytes(item));
        }
        if done.send(result).is_err() {
            return;
        }
    }
}

fn read_one(job: &Job, lookup: Option<&Lookup>) -> Done {
    let failed = |reason: String| {
        Done::Failed(Failure {
            path: job.path.clone(),
            reason,
        })
    };
    match std::fs::metadata(&job.path) {
        Ok(m) if m.len() > decode::MAX_ARTICLE_BYTES => {
            return failed(
                decode::DecodeError::TooLarge {
                    size: m.len(),
                    limit: decode::MAX_ARTICLE_BYTES,
                }
                .to_string(),
            );
        }
        Err(e) => return failed(format!("cannot read it: {e}")),
        Ok(_) => {}
    }
    let bytes = match std::fs::read(&job.path) {
        Ok(b) => b,
        Err(e) => return failed(format!("cannot read it: {e}")),
    };
    let sha256 = hex(&Sha256::digest(&bytes));
    let stored_path = stored_path(&job.path);
    let manifest_json = job.entry.as_ref().map(entry_json);
    if let Some(lookup) = lookup {
        if lookup
            .is_unchanged(&stored_path, &sha256, manifest_json.as_deref())
            .unwrap_or(false)
        {
            return Done::Unchanged;
        }
    }
    let decoded = match decode::decode(&bytes) {
        Ok(d) => d,
        Err(e) => return failed(e.to_string()),
    };
    drop(bytes);
    let extraction = match std::panic::catch_unwind(|| extract::extract(&decoded.text)) {
        Ok(x) => x,
        Err(_) => {
            return failed(
                "the extractor failed on this file (a bug: please report it with the file)".into(),
            );
        }
    };
    let entry = job.entry.clone().unwrap_or_default();
    let provenance = Provenance {
        path: stored_path,
        file: job
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        sha256,
        encoding: decoded.encoding.to_string(),
        raw_text: decoded.text,
        outlet: entry.outlet,
        url: entry.url,
        published: entry.published,
        authors: entry.authors,
        manifest: manifest_json,
    };
    Done::Parsed(Box::new((provenance, extraction)))
}

/// The path an article is stored under: absolute, so that importing from
/// another working directory finds the same article.
fn stored_path(path: &Path) -> String {
    std::fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

fn entry_json(entry: &manifest::Entry) -> String {
    serde_json::json!({
        "outlet": entry.outlet,
        "url": entry.url,
        "published": entry.published,
        "authors": entry.authors,
    })
    .to_string()
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn the_count_for_the_progress_bar_matches_what_the_import_reads() {
        let tmp = tempfile::tempdir().unwrap();
        let corpus = tmp.path().join("corpus");
        let nested = corpus.join("2024").join("march");
        fs::create_dir_all(&nested).unwrap();
        let article = "Harbour plan approved\n\nThe council approved the plan on Monday.\n";
        for path in [
            corpus.join("a.txt"),
            corpus.join("B.TXT"),
            corpus.join("2024").join("c.txt"),
            nested.join("d.txt"),
        ] {
            fs::write(path, article).unwrap();
        }
        // Not articles: other extensions, and the manifest.
        fs::write(corpus.join("notes.md"), "# notes\n").unwrap();
        fs::write(nested.join("photo.jpg"), [0xFF, 0xD8, 0xFF]).unwrap();
        fs::write(
            corpus.join("manifest.csv"),
            "file,outlet\na.txt,The Ledger\n",
        )
        .unwrap();
        // A file named on the command line is read whatever its extension.
        let named = tmp.path().join("single.text");
        fs::write(&named, article).unwrap();

        let paths = vec![corpus, named];
        assert_eq!(count_article_files(&paths), 5);
        let mut store = Store::open(&tmp.path().join("c.db")).unwrap();
        let summary = import(&mut store, &paths, &Options::default()).unwrap();
        assert_eq!(summary.files_seen, 5, "{:?}", summary.failures);
        assert_eq!(summary.new, 5);
    }
}

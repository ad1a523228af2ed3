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

use thiserror::Error;

use crate::inputs::{self, FieldMap, Format, Item};
use crate::manifest::{self, Manifest};
use clippings_extract::{self as extract, Block, Content, Extraction, Input, Known, Origin};
use clippings_store::{Counts, ImportRun, Lookup, Outcome, Provenance, Store, StoreError};

#[derive(Debug, Error)]
pub enum ImportError {
    #[error("{path}: no such file or folder")]
    NotFound { path: PathBuf },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write the output: {0}")]
    Write(#[from] std::io::Error),
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
    /// `--field` overrides for JSON and CSV records.
    pub fields: FieldMap,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            batch_size: 500,
            jobs: thread::available_parallelism().map_or(2, |n| n.get()),
            progress: None,
            fields: FieldMap::default(),
        }
    }
}

/// A file that could not be imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub path: PathBuf,
    pub reason: String,
}

/// What an import did. `new`, `updated` and `unchanged` count articles
/// (a container file holds many); `skipped` counts files and records
/// passed over, by reason.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub files_seen: u64,
    pub skipped: std::collections::BTreeMap<String, u64>,
    pub new: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub failures: Vec<Failure>,
    pub totals: Counts,
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
    item.0.raw_text.len() + item.1.body.len()
}

struct Job {
    path: PathBuf,
    entry: Option<manifest::Entry>,
}

enum Done {
    Parsed(Box<(Provenance, Extraction)>),
    Unchanged,
    /// A file read to its end (its articles were sent before).
    FileRead,
    /// A file that could not be read at all.
    Failed(Failure),
    /// A failure that is not one file (a bad manifest, an unreadable
    /// folder), or one record of a container.
    FolderFailed(Failure),
    /// A file or record passed over, and why.
    Skipped(String),
}

/// Where extracted articles go: the store, in batches, or a stream of JSON
/// lines (`clippings extract`). The pipeline feeding it is the same.
pub trait Sink {
    /// Takes one extracted article, counting what became of it in `summary`
    /// (now or when the batch holding it is written).
    fn take(
        &mut self,
        item: Box<(Provenance, Extraction)>,
        summary: &mut Summary,
    ) -> Result<(), ImportError>;

    /// Writes whatever is still held.
    fn finish(&mut self, summary: &mut Summary) -> Result<(), ImportError>;
}

/// Imports files and folders (recursively, `*.txt`) into the store.
pub fn import(
    store: &mut Store,
    paths: &[PathBuf],
    options: &Options,
) -> Result<Summary, ImportError> {
    let started = Instant::now();
    let started_at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let db_path = store.path().to_path_buf();
    store.begin_bulk_load()?;
    let mut sink = StoreSink {
        store,
        batch_size: options.batch_size,
        pending: Vec::with_capacity(options.batch_size),
        pending_bytes: 0,
    };
    let result = run(paths, options, Some(&db_path), &mut sink);
    let store = sink.store;
    let mut summary = result?;
    // Bulk settings end first: the people pass sorts whole tables, and with
    // temporary storage in memory that sort would hold them in RAM.
    store.end_bulk_load()?;
    // People and totals only change when articles did.
    if summary.new + summary.updated > 0 {
        store.consolidate_people()?;
    }
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

/// Walks `paths`, reads and extracts their articles on `options.jobs`
/// threads, and hands each to `sink` on this one. With `db`, files stored
/// there as they are now are skipped as unchanged.
pub fn run(
    paths: &[PathBuf],
    options: &Options,
    db: Option<&Path>,
    sink: &mut dyn Sink,
) -> Result<Summary, ImportError> {
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
    let fields = Arc::new(options.fields.clone());
    let mut workers = Vec::new();
    for _ in 0..options.jobs.max(1) {
        let jobs = Arc::clone(&job_rx);
        let done = done_tx.clone();
        let db = db.map(Path::to_path_buf);
        let budget = Arc::clone(&budget);
        let fields = Arc::clone(&fields);
        workers.push(thread::spawn(move || {
            work(db.as_deref(), &jobs, &done, &budget, &fields)
        }));
    }
    drop(done_tx);
    let result = feed(sink, &done_rx, options, &budget);
    // Let go of threads blocked on a full channel or on the budget.
    drop(done_rx);
    budget.close();
    let _ = walker.join();
    for w in workers {
        let _ = w.join();
    }
    result
}

/// Hands what the workers send to the sink, counting files as they come.
fn feed(
    sink: &mut dyn Sink,
    done_rx: &Receiver<Done>,
    options: &Options,
    budget: &Budget,
) -> Result<Summary, ImportError> {
    let mut summary = Summary::default();
    for done in done_rx.iter() {
        match done {
            Done::Parsed(item) => {
                budget.give_back(text_bytes(&item));
                sink.take(item, &mut summary)?;
                continue;
            }
            Done::Unchanged => {
                summary.unchanged += 1;
                continue;
            }
            Done::FileRead => summary.files_seen += 1,
            Done::Skipped(reason) => *summary.skipped.entry(reason).or_default() += 1,
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
    sink.finish(&mut summary)?;
    Ok(summary)
}

/// The store as a sink: articles written in batches of `batch_size` (or
/// [`BATCH_BYTES`] of text), one transaction each.
struct StoreSink<'a> {
    store: &'a mut Store,
    batch_size: usize,
    pending: Vec<(Provenance, Extraction)>,
    pending_bytes: usize,
}

impl Sink for StoreSink<'_> {
    fn take(
        &mut self,
        item: Box<(Provenance, Extraction)>,
        summary: &mut Summary,
    ) -> Result<(), ImportError> {
        self.pending_bytes += text_bytes(&item);
        self.pending.push(*item);
        if self.pending.len() >= self.batch_size || self.pending_bytes >= BATCH_BYTES {
            self.finish(summary)?;
        }
        Ok(())
    }

    fn finish(&mut self, summary: &mut Summary) -> Result<(), ImportError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        self.pending_bytes = 0;
        // The whole batch in one transaction; if one article cannot be
        // stored, the batch rolls back and its articles go in one by one,
        // so that only the bad one is left out.
        let outcomes: Vec<Result<Outcome, StoreError>> =
            match write_batch(self.store, &self.pending) {
                Ok(outcomes) => outcomes.into_iter().map(Ok).collect(),
                Err(e) if is_fatal(&e) => return Err(e.into()),
                Err(_) => self
                    .pending
                    .iter()
                    .map(|item| write_batch(self.store, std::slice::from_ref(item)).map(|o| o[0]))
                    .collect(),
            };
        for (item, outcome) in self.pending.drain(..).zip(outcomes) {
            let (prov, _) = &item;
            match outcome {
                Ok(Outcome::New) => summary.new += 1,
                Ok(Outcome::Updated) => summary.updated += 1,
                Ok(Outcome::Unchanged) => summary.unchanged += 1,
                Err(e) if is_fatal(&e) => return Err(e.into()),
                Err(e) => summary.failures.push(Failure {
                    path: PathBuf::from(&prov.path),
                    reason: format!("could not be stored: {e}"),
                }),
            }
        }
        Ok(())
    }
}

/// Writes articles in one transaction, all or none.
fn write_batch(
    store: &mut Store,
    items: &[(Provenance, Extraction)],
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
        } else if let Some(reason) = skip_reason(path) {
            done.send(Done::Skipped(reason)).map_err(|_| Stop)?;
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

/// A file in a folder that the import reads: a format clippings knows by
/// its name (text, web page, WARC, JSON lines, CSV, gzipped or not), other
/// than the folder's manifest.
fn is_article_file(path: &Path) -> bool {
    path.is_file()
        && Format::by_name(path).is_some()
        && !path
            .file_name()
            .is_some_and(|n| n.eq_ignore_ascii_case(manifest::FILE_NAME))
}

/// Why a file in a folder is not read, for the summary; `None` for the
/// folder's manifest and hidden files, which are not articles by design.
fn skip_reason(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    if name.starts_with('.') || name == manifest::FILE_NAME || !path.is_file() {
        return None;
    }
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    Some(match name.rsplit_once('.') {
        Some((_, ext)) => format!("not an article format (.{ext})"),
        None => "not an article format (no extension)".to_string(),
    })
}

fn work(
    db: Option<&Path>,
    jobs: &Mutex<Receiver<Job>>,
    done: &SyncSender<Done>,
    budget: &Budget,
    fields: &FieldMap,
) {
    let lookup = db.and_then(|db| Lookup::open(db).ok());
    loop {
        let job = {
            let Ok(rx) = jobs.lock() else { return };
            match rx.recv() {
                Ok(job) => job,
                Err(_) => return,
            }
        };
        // One file, many articles for a container: each is sent as it is
        // extracted, so a container is never held whole.
        let mut send = |result: Done| {
            if let Done::Parsed(item) = &result {
                budget.take(text_bytes(item));
            }
            done.send(result).is_ok()
        };
        if !read_one(&job, lookup.as_ref(), fields, &mut send) {
            return;
        }
    }
}

/// Reads one file and sends what it holds: its articles, extracted, and
/// the records passed over or failed, then that the file is done. Gives
/// false when nobody listens any more.
fn read_one(
    job: &Job,
    lookup: Option<&Lookup>,
    fields: &FieldMap,
    send: &mut dyn FnMut(Done) -> bool,
) -> bool {
    let failed = |reason: String| {
        Done::Failed(Failure {
            path: job.path.clone(),
            reason,
        })
    };
    let format = match inputs::format_of(&job.path) {
        Ok(format) => format,
        Err(e) => return send(failed(format!("cannot read it: {e}"))),
    };
    let stored = stored_path(&job.path);
    let file = job
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let manifest_json = job.entry.as_ref().map(entry_json);
    let unchanged = |key: &str, sha256: &str| {
        lookup.is_some_and(|l| {
            l.is_unchanged(key, sha256, manifest_json.as_deref())
                .unwrap_or(false)
        })
    };
    let cx = inputs::Context {
        fields,
        unchanged: &unchanged,
    };
    let mut listening = true;
    let mut emit = |item: Item| {
        let done = match item {
            Item::Unchanged => Done::Unchanged,
            Item::Skipped(reason) => Done::Skipped(reason),
            Item::Bad { at, reason } => Done::FolderFailed(Failure {
                path: job.path.clone(),
                reason: format!("{at}: {reason}"),
            }),
            Item::Article(article) => {
                let at = article.position.map(|p| match article.format {
                    Format::Warc => format!("record {p}: "),
                    _ => format!("line {p}: "),
                });
                match extract_article(*article, job.entry.as_ref(), &stored, &file) {
                    Ok(mut item) => {
                        item.0.manifest = manifest_json.clone();
                        Done::Parsed(Box::new(item))
                    }
                    Err(reason) => Done::FolderFailed(Failure {
                        path: job.path.clone(),
                        reason: format!("{}{reason}", at.unwrap_or_default()),
                    }),
                }
            }
        };
        listening = send(done);
        listening
    };
    let result = inputs::read_file(&job.path, format, &stored, &cx, &mut emit);
    if !listening {
        return false;
    }
    match result {
        Ok(()) => send(Done::FileRead),
        Err(reason) => send(failed(reason)),
    }
}

/// Extracts one article read from a file, with what the manifest row says
/// over what the file says.
fn extract_article(
    article: inputs::Article,
    entry: Option<&manifest::Entry>,
    stored: &str,
    file: &str,
) -> Result<(Provenance, Extraction), String> {
    let known = with_manifest(article.known, entry);
    let blocks: Vec<Block>;
    let content = match &article.roles {
        Some(roles) => {
            blocks = article
                .text
                .split('\n')
                .zip(roles)
                .map(|(text, role)| Block {
                    text: text.to_string(),
                    role: *role,
                })
                .collect();
            Content::Blocks(&blocks)
        }
        None => Content::Page(&article.text),
    };
    let input = Input {
        content,
        known: &known,
    };
    let extraction = std::panic::catch_unwind(|| extract::extract_input(&input)).map_err(|_| {
        "the extractor failed on this article (a bug: please report it with the file)".to_string()
    })?;
    let container = article.key.is_some().then(|| stored.to_string());
    let provenance = Provenance {
        path: article.key.unwrap_or_else(|| stored.to_string()),
        file: file.to_string(),
        sha256: article.sha256,
        encoding: article.encoding,
        raw_text: article.text,
        format: article.format.as_str().to_string(),
        container,
        position: article.position,
        byte_offset: article.byte_offset,
        manifest: None,
    };
    Ok((provenance, extraction))
}

/// What the file says, with the manifest row's values over it.
fn with_manifest(mut known: Known, entry: Option<&manifest::Entry>) -> Known {
    let Some(entry) = entry else {
        return known;
    };
    if known.origin.is_none() {
        known.origin = Some(Origin::Manifest);
    }
    if let Some(outlet) = &entry.outlet {
        known.outlet = Some(outlet.clone());
        known.outlet_origin = Some(Origin::Manifest);
    }
    if let Some(published) = &entry.published {
        known.published = Some(published.clone());
        known.published_origin = Some(Origin::Manifest);
        known.published_is_capture = false;
    }
    if let Some(url) = &entry.url {
        known.url = Some(url.clone());
    }
    if let Some(authors) = &entry.authors {
        known.authors = Some(authors.clone());
    }
    known
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

//! Importing article files: a walker streams file paths (with their
//! folder's manifest row), worker threads read, hash and extract them (a
//! container's records one after another, as they are read), and one
//! writer feeds SQLite in bounded batches. The text between them is
//! held to a byte budget ([`IN_FLIGHT_BYTES`]), so memory stays bounded
//! whatever the corpus or its files' sizes, and a corpus larger than RAM
//! imports.

use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use thiserror::Error;

use crate::inputs::{self, FieldMap, Format, Item};
use crate::manifest::{self, Manifest};
use crate::record::{self, Line, StreamError};
use clippings_extract::{self as extract, Block, Content, Extraction, Input, Known, Origin};
use clippings_store::statements::LinkReport;
use clippings_store::{Counts, ImportRun, Lookup, Outcome, Provenance, Store, StoreError};

/// The most reader threads an import starts.
pub const MAX_JOBS: usize = 256;

#[derive(Debug, Error)]
pub enum ImportError {
    #[error("{}: no such file or folder", shown(path))]
    NotFound { path: PathBuf },
    #[error("cannot start a thread to read files: {message}")]
    Threads { message: String },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write the output: {0}")]
    Write(#[from] std::io::Error),
    #[error(transparent)]
    Stream(#[from] StreamError),
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
    /// Remove the articles whose files are gone from the folders imported.
    pub prune: bool,
    /// `--field` overrides for JSON and CSV records.
    pub fields: FieldMap,
    /// At most this much article text waits between the readers and the
    /// writer ([`IN_FLIGHT_BYTES`]; an article larger still goes alone).
    pub in_flight_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            batch_size: 500,
            jobs: thread::available_parallelism().map_or(2, |n| n.get()),
            progress: None,
            prune: false,
            fields: FieldMap::default(),
            in_flight_bytes: IN_FLIGHT_BYTES,
        }
    }
}

/// A file that could not be imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub path: PathBuf,
    pub reason: String,
}

/// What an import did. `new`, `updated` and `unchanged` count articles (a
/// container file holds many; a record of a stream of extracted articles
/// is a file seen).
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub files_seen: u64,
    pub new: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub failures: Vec<Failure>,
    /// What folder walks left out, and why.
    pub skipped: Vec<Skipped>,
    /// Files and records the readers passed over, not being articles, by
    /// reason ("WARC request record", "JSON without article text").
    pub passed_over: std::collections::BTreeMap<String, u64>,
    /// Articles written whose bytes another article has: (written, other).
    pub duplicates: Vec<(String, String)>,
    /// Articles whose files are gone from the folders imported, as (id,
    /// name): still in the database, or removed with `prune`.
    pub gone: Vec<(i64, String)>,
    pub pruned: bool,
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
struct Budget {
    limit: usize,
    state: Mutex<BudgetState>,
    changed: Condvar,
}

#[derive(Default)]
struct BudgetState {
    used: usize,
    /// Workers waiting for room: the writer wakes them only when there
    /// are some (a wake-up is a system call, and there is one an article).
    waiting: usize,
    /// The writer has stopped: nobody waits any more.
    closed: bool,
}

impl Budget {
    fn new(limit: usize) -> Budget {
        Budget {
            limit,
            state: Mutex::default(),
            changed: Condvar::new(),
        }
    }

    fn take(&self, bytes: usize) {
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        while !self.has_room(&state, bytes) {
            state.waiting += 1;
            state = match self.changed.wait(state) {
                Ok(s) => s,
                Err(_) => return,
            };
            state.waiting -= 1;
        }
        state.used += bytes;
    }

    /// Whether `bytes` more may wait for the writer now: within the limit,
    /// or alone (a larger article goes through by itself), or the writer
    /// has stopped.
    fn has_room(&self, state: &BudgetState, bytes: usize) -> bool {
        state.closed || state.used == 0 || state.used + bytes <= self.limit
    }

    /// Takes `bytes` if there is room now, without waiting.
    fn try_take(&self, bytes: usize) -> bool {
        let Ok(mut state) = self.state.lock() else {
            return true;
        };
        let room = self.has_room(&state, bytes);
        if room {
            state.used += bytes;
        }
        room
    }

    fn give_back(&self, bytes: usize) {
        if let Ok(mut state) = self.state.lock() {
            state.used = state.used.saturating_sub(bytes);
            if state.waiting > 0 {
                self.changed.notify_all();
            }
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
    root: Arc<Root>,
}

/// Where a walk started, for the name each article is shown by: its path
/// from the folder that holds the folder imported (`import corpus/` →
/// `corpus/2019/440.txt`; a file named on the command line: its folder's
/// name and its own). Unique: with more of the folder's path when two
/// roots of one import have the same name, or when another article holds
/// the name already (the store chooses among [`Root::names`]).
struct Root {
    /// The folder as the walk reaches its files (as given).
    given: PathBuf,
    /// The folder's names to start an article's name with, shortest
    /// first: "corpus", "news/corpus", "/home/me/news/corpus"…
    prefixes: Vec<String>,
}

impl Root {
    /// The names an article at `path` may be shown by, shortest first.
    fn names(&self, path: &Path) -> Vec<String> {
        let tail = match path.strip_prefix(&self.given) {
            Ok(tail) if !tail.as_os_str().is_empty() => tail
                .components()
                .map(|c| stored_text(c.as_os_str()))
                .collect::<Vec<_>>()
                .join("/"),
            _ => stored_text(path.file_name().unwrap_or_default()),
        };
        if self.prefixes.is_empty() {
            return vec![tail];
        }
        self.prefixes
            .iter()
            .map(|p| format!("{p}/{tail}"))
            .collect()
    }
}

/// The roots of an import's paths (a folder, or a named file's folder),
/// each with the shortest prefix that tells it apart from the others.
fn roots(paths: &[PathBuf]) -> Vec<Arc<Root>> {
    let folders: Vec<(PathBuf, Vec<String>)> = paths
        .iter()
        .map(|p| {
            let given = if p.is_dir() {
                p.clone()
            } else {
                p.parent()
                    .filter(|f| !f.as_os_str().is_empty())
                    .unwrap_or(Path::new("."))
                    .to_path_buf()
            };
            let names = std::fs::canonicalize(&given)
                .map(|c| {
                    c.components()
                        .filter(|c| matches!(c, std::path::Component::Normal(_)))
                        .map(|c| stored_text(c.as_os_str()))
                        .collect()
                })
                .unwrap_or_default();
            (given, names)
        })
        .collect();
    let suffix = |names: &[String], k: usize| names[names.len().saturating_sub(k)..].join("/");
    folders
        .iter()
        .map(|(given, names)| {
            let first = (1..=names.len())
                .find(|&k| {
                    folders
                        .iter()
                        .filter(|(_, other)| other != names)
                        .all(|(_, other)| suffix(other, k) != suffix(names, k))
                })
                .unwrap_or(names.len().max(1));
            let prefixes = (first..=names.len()).map(|k| suffix(names, k)).collect();
            Arc::new(Root {
                given: given.clone(),
                prefixes,
            })
        })
        .collect()
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
    /// A path a folder walk left out.
    Skipped(Skipped),
    /// A file or record a reader passed over, and why.
    PassedOver(String),
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

/// Imports files and folders (recursively, the formats [`inputs`] reads),
/// and streams of extracted articles, into the store.
pub fn import(
    store: &mut Store,
    paths: &[PathBuf],
    options: &Options,
) -> Result<Summary, ImportError> {
    let started = Instant::now();
    let started_at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let db_path = store.path().to_path_buf();
    // Streams of extracted articles are told apart (and a stream of another
    // format version refused) before anything is written.
    let (streams, files) = split_inputs(paths)?;
    store.begin_bulk_load()?;
    let mut sink = StoreSink {
        store,
        batch_size: options.batch_size,
        pending: Vec::with_capacity(options.batch_size),
        pending_bytes: 0,
    };
    let result = run(&files, options, Some(&db_path), &mut sink).and_then(|mut summary| {
        for stream in streams {
            import_stream(stream, &mut sink, &mut summary, options)?;
        }
        sink.finish(&mut summary)?;
        Ok(summary)
    });
    let store = sink.store;
    let mut summary = result?;
    // Bulk settings end first: the people pass sorts whole tables, and with
    // temporary storage in memory that sort would hold them in RAM.
    store.end_bulk_load()?;
    // Articles whose files are gone from the folders imported.
    summary.gone = gone_files(store, &files)?;
    if options.prune && !summary.gone.is_empty() {
        let ids: Vec<i64> = summary.gone.iter().map(|(id, _)| *id).collect();
        store.delete_articles(&ids)?;
        summary.pruned = true;
    }
    // People and totals, then statements, if anything written since they
    // were last made (by this import, or by one that was stopped) owes
    // them: the quotations without a statement (new ones, and those whose
    // statement lost a wording to a replaced article) are linked.
    let paid = store.finish_pending()?;
    summary.statements = paid.statements.unwrap_or_default();
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

/// JSON lines `clippings extract` wrote, to import without extracting
/// again: stdin (`-`) or a file whose first line is the header.
pub struct Stream {
    /// The path as given, or `-`.
    pub origin: PathBuf,
    /// stdin, read past its header; a file is opened again when its turn
    /// comes (so that a thousand part files do not hold a thousand open).
    stdin: Option<Box<dyn BufRead + Send>>,
}

/// Sorts the paths given into streams of extracted articles and the rest
/// (article files and folders, for the walk). stdin must be a stream; a
/// named file other than `*.txt` is one if its first line is the header
/// (gzipped or not).
pub fn split_inputs(paths: &[PathBuf]) -> Result<(Vec<Stream>, Vec<PathBuf>), ImportError> {
    let mut streams = Vec::new();
    let mut files = Vec::new();
    for path in paths {
        let origin = path.display().to_string();
        let read_err = |source| StreamError::Read {
            origin: origin.clone(),
            source,
        };
        if path.as_os_str() == "-" {
            let mut reader = inputs::open_maybe_gz(std::io::stdin()).map_err(read_err)?;
            match first_line(&mut reader).map_err(read_err)? {
                Some(line) => match record::header(&line, "stdin") {
                    Some(result) => result?,
                    None => {
                        return Err(StreamError::NoHeader {
                            origin: "stdin".into(),
                        }
                        .into());
                    }
                },
                None => {
                    return Err(StreamError::NoHeader {
                        origin: "stdin".into(),
                    }
                    .into());
                }
            }
            streams.push(Stream {
                origin: path.clone(),
                stdin: Some(reader),
            });
            continue;
        }
        let maybe_stream = path.is_file()
            && !path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("txt"));
        if maybe_stream {
            let mut reader = inputs::open_maybe_gz(std::fs::File::open(path).map_err(read_err)?)
                .map_err(read_err)?;
            if let Some(line) = first_line(&mut reader).map_err(read_err)? {
                if let Some(result) = record::header(&line, &origin) {
                    result?;
                    streams.push(Stream {
                        origin: path.clone(),
                        stdin: None,
                    });
                    continue;
                }
            }
        }
        files.push(path.clone());
    }
    Ok((streams, files))
}

/// The first line, if it is short enough to be a header (a longer one is
/// not, and is left unread).
fn first_line(reader: &mut (dyn BufRead + Send)) -> std::io::Result<Option<String>> {
    let mut bytes = Vec::new();
    reader.take(4096).read_until(b'\n', &mut bytes)?;
    Ok(String::from_utf8(bytes).ok())
}

/// Imports the records of one stream: a line that is not a record is
/// reported with its number and the rest go on. Lines are read and parsed
/// on a thread of their own while the sink writes.
fn import_stream(
    stream: Stream,
    sink: &mut dyn Sink,
    summary: &mut Summary,
    options: &Options,
) -> Result<(), ImportError> {
    let Stream { origin, stdin } = stream;
    let name = origin.display().to_string();
    let mut reader = match stdin {
        Some(reader) => reader,
        None => {
            let read_err = |source| StreamError::Read {
                origin: name.clone(),
                source,
            };
            let file = std::fs::File::open(&origin).map_err(read_err)?;
            let mut reader = inputs::open_maybe_gz(file).map_err(read_err)?;
            // The header, read when the inputs were sorted.
            reader
                .read_until(b'\n', &mut Vec::new())
                .map_err(|source| StreamError::Read {
                    origin: name.clone(),
                    source,
                })?;
            reader
        }
    };
    let (tx, rx) = sync_channel::<(usize, Result<Line, String>)>(64);
    thread::scope(|scope| {
        let name = name.as_str();
        scope.spawn(move || {
            let mut bytes = Vec::new();
            // The header was line 1.
            for number in 2.. {
                bytes.clear();
                let parsed = match reader.read_until(b'\n', &mut bytes) {
                    Ok(0) => return,
                    Ok(_) => match std::str::from_utf8(&bytes) {
                        Ok(line) if line.trim().is_empty() => continue,
                        // A stream of another version appended to this one:
                        // none of its lines can be trusted.
                        Ok(line) if matches!(record::header(line, name), Some(Err(_))) => {
                            if let Some(Err(e)) = record::header(line, name) {
                                let _ = tx.send((
                                    number,
                                    Err(format!("{e}; the lines after it were not read")),
                                ));
                            }
                            return;
                        }
                        Ok(line) => record::parse_line(line, name),
                        Err(e) => Err(format!("not UTF-8 text: {e}")),
                    },
                    Err(e) => {
                        let _ = tx.send((number, Err(format!("cannot read on: {e}"))));
                        return;
                    }
                };
                if tx.send((number, parsed)).is_err() {
                    return;
                }
            }
        });
        for (number, parsed) in rx {
            match parsed {
                Ok(Line::Header) => {}
                Ok(Line::Record(r)) => {
                    summary.files_seen += 1;
                    let record::Record { source, extraction } = *r;
                    sink.take(Box::new((source, extraction)), summary)?;
                }
                Err(reason) => {
                    summary.files_seen += 1;
                    summary.failures.push(Failure {
                        path: origin.clone(),
                        reason: format!("line {number}: {reason}"),
                    });
                }
            }
            if let Some(progress) = &options.progress {
                progress(summary.files_seen);
            }
        }
        Ok(())
    })
}

/// Walks `paths`, reads and extracts their articles on `options.jobs`
/// threads, and hands each to `sink` on this one. With `db`, files stored
/// there as they are now are skipped as unchanged, and the database's own
/// files are not read as articles.
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
    let (done_tx, done_rx) = sync_channel::<Vec<Done>>(2 * options.batch_size.max(32) / BUNDLE);
    let budget = Arc::new(Budget::new(options.in_flight_bytes));
    let walk_paths = paths.to_vec();
    let walk_done = done_tx.clone();
    // The database's own files, in a folder imported, are not articles.
    let own: Vec<PathBuf> = db
        .and_then(|db| std::fs::canonicalize(db).ok())
        .map(|db| {
            ["", "-wal", "-shm", "-journal"]
                .iter()
                .map(|suffix| {
                    let mut name = db.clone().into_os_string();
                    name.push(suffix);
                    PathBuf::from(name)
                })
                .collect()
        })
        .unwrap_or_default();
    let walker = thread::spawn(move || {
        let mut walk = Walk {
            jobs: &job_tx,
            done: &walk_done,
            walked: std::collections::HashSet::new(),
            own,
        };
        walk.paths(&walk_paths)
    });
    let job_rx = Arc::new(Mutex::new(job_rx));
    let fields = Arc::new(options.fields.clone());
    let mut workers = Vec::new();
    for n in 0..options.jobs.clamp(1, MAX_JOBS) {
        let jobs = Arc::clone(&job_rx);
        let done = done_tx.clone();
        let db = db.map(Path::to_path_buf);
        let budget = Arc::clone(&budget);
        let fields = Arc::clone(&fields);
        // Fewer readers than asked for, if the system will not start more.
        match thread::Builder::new()
            .name(format!("reader-{n}"))
            .spawn(move || work(db.as_deref(), &jobs, &done, &budget, &fields))
        {
            Ok(worker) => workers.push(worker),
            Err(e) if workers.is_empty() => {
                return Err(ImportError::Threads {
                    message: os_message(&e),
                });
            }
            Err(_) => break,
        }
    }
    drop(done_tx);
    let result = feed(sink, &done_rx, options, &budget);
    // Let go of threads blocked on a full channel or on the budget: the
    // workers, once their next send fails, and then the walker, once
    // nothing takes its jobs any more (after a failure half-way, the job
    // channel can be full and the walker waiting on it).
    drop(done_rx);
    budget.close();
    for w in workers.drain(..) {
        let _ = w.join();
    }
    drop(job_rx);
    let _ = walker.join();
    result
}

/// Hands what the workers send to the sink, counting files as they come.
fn feed(
    sink: &mut dyn Sink,
    done_rx: &Receiver<Vec<Done>>,
    options: &Options,
    budget: &Budget,
) -> Result<Summary, ImportError> {
    let mut summary = Summary::default();
    for done in done_rx.iter().flatten() {
        let file_done = take_done(done, sink, &mut summary, budget)?;
        if file_done {
            if let Some(progress) = &options.progress {
                progress(summary.files_seen);
            }
        }
    }
    sink.finish(&mut summary)?;
    Ok(summary)
}

/// Counts one thing a reader sent, handing an article to the sink; true
/// when a file is done.
fn take_done(
    done: Done,
    sink: &mut dyn Sink,
    summary: &mut Summary,
    budget: &Budget,
) -> Result<bool, ImportError> {
    match done {
        Done::Parsed(item) => {
            budget.give_back(text_bytes(&item));
            sink.take(item, summary)?;
        }
        Done::Unchanged => summary.unchanged += 1,
        Done::FileRead => {
            summary.files_seen += 1;
            return Ok(true);
        }
        Done::Failed(f) => {
            summary.files_seen += 1;
            summary.failures.push(f);
            return Ok(true);
        }
        Done::FolderFailed(f) => summary.failures.push(f),
        Done::Skipped(skipped) => summary.skipped.push(skipped),
        Done::PassedOver(reason) => *summary.passed_over.entry(reason).or_default() += 1,
    }
    Ok(false)
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
                Ok((outcomes, twins)) => {
                    summary.duplicates.extend(twins);
                    outcomes.into_iter().map(Ok).collect()
                }
                Err(e) if is_fatal(&e) => return Err(e.into()),
                Err(_) => self
                    .pending
                    .iter()
                    .map(|item| {
                        write_batch(self.store, std::slice::from_ref(item)).map(|(o, twins)| {
                            summary.duplicates.extend(twins);
                            o[0]
                        })
                    })
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
/// Articles written with the bytes of another: (written, other), by name.
type Twins = Vec<(String, String)>;

/// Writes articles in one transaction, all or none; with the articles it
/// wrote whose bytes another article has.
fn write_batch(
    store: &mut Store,
    items: &[(Provenance, Extraction)],
) -> Result<(Vec<Outcome>, Twins), StoreError> {
    let mut batch = store.begin()?;
    let mut outcomes = Vec::with_capacity(items.len());
    for item in items {
        outcomes.push(batch.write_article(&item.0, &item.1)?);
    }
    let twins = batch.duplicates().to_vec();
    batch.commit()?;
    Ok((outcomes, twins))
}

/// Errors that stop the whole import rather than one file: the database
/// failed (a full disk, an I/O error, damage, a lock held too long), and
/// would fail for every file in turn.
fn is_fatal(e: &StoreError) -> bool {
    e.is_database_failure()
}

/// Why a folder walk left a path out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SkipReason {
    /// Not named as a format clippings reads (counted by extension, not
    /// listed).
    NotArticle,
    /// A FIFO, a device or a socket: reading one could block or never end.
    NotRegular,
    /// A folder already walked, reached again through a link (a loop, or
    /// two links to one folder).
    WalkedBefore,
    /// A link to nothing.
    BrokenLink,
    /// Its type could not be read.
    Unreadable,
}

impl SkipReason {
    /// How the summary counts it ("3 a link to nothing").
    pub fn counted(self) -> &'static str {
        match self {
            SkipReason::NotArticle => "not an article format",
            SkipReason::NotRegular => "not a regular file (FIFO, device or socket)",
            SkipReason::WalkedBefore => "a folder already walked, reached through a link",
            SkipReason::BrokenLink => "a link to nothing",
            SkipReason::Unreadable => "unreadable",
        }
    }

    /// Whether each such path is listed, not only counted.
    pub fn listed(self) -> bool {
        self != SkipReason::NotArticle
    }
}

/// A path a folder walk left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: SkipReason,
    /// What the system said, when it said something.
    pub detail: Option<String>,
}

impl Skipped {
    /// How the summary counts it: by reason, and a file that is not an
    /// article by its extension ("2 not an article format (.md)").
    pub fn counted(&self) -> String {
        if self.reason != SkipReason::NotArticle {
            return self.reason.counted().to_string();
        }
        let name = stored_text(self.path.file_name().unwrap_or_default()).to_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        match name.rsplit_once('.') {
            Some((_, ext)) => format!("not an article format (.{ext})"),
            None => "not an article format (no extension)".to_string(),
        }
    }
}

/// What the walk makes of one path in a folder.
enum Entry {
    Folder(FolderId),
    Article,
    Manifest,
    /// A hidden file in no article format: not an article by design, not
    /// counted.
    Hidden,
    Skip(SkipReason, Option<String>),
}

/// A folder's device and inode: each is walked once, however many links
/// lead to it.
type FolderId = (u64, u64);

fn folder_id(meta: &std::fs::Metadata) -> FolderId {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

/// One stat per entry, following links as the walk does.
fn entry(path: &Path) -> Entry {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            let dangling = std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink());
            return if dangling {
                Entry::Skip(SkipReason::BrokenLink, None)
            } else {
                Entry::Skip(SkipReason::Unreadable, Some(os_message(&e)))
            };
        }
    };
    if meta.is_dir() {
        return Entry::Folder(folder_id(&meta));
    }
    if path.file_name().is_some_and(|n| n == manifest::FILE_NAME) {
        return Entry::Manifest;
    }
    if Format::by_name(path).is_none() {
        let hidden = path
            .file_name()
            .is_some_and(|n| n.as_encoded_bytes().starts_with(b"."));
        return if hidden {
            Entry::Hidden
        } else {
            Entry::Skip(SkipReason::NotArticle, None)
        };
    }
    if !meta.is_file() {
        return Entry::Skip(SkipReason::NotRegular, None);
    }
    Entry::Article
}

/// The entries of a folder, in a stable order.
fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    Ok(entries)
}

/// The import stopped listening: the walk ends.
struct Stop;

/// Walks the given paths in a stable order, sending each article file with
/// the manifest row that describes it. Each folder is walked once (by
/// device and inode), so links that loop end; what a folder walk leaves
/// out is reported with the reason.
struct Walk<'a> {
    jobs: &'a SyncSender<Job>,
    done: &'a SyncSender<Vec<Done>>,
    /// Folders walked so far.
    walked: std::collections::HashSet<FolderId>,
    /// The database's files (canonical), left out without a word.
    own: Vec<PathBuf>,
}

impl Walk<'_> {
    fn paths(&mut self, paths: &[PathBuf]) {
        let (jobs, done) = (self.jobs, self.done);
        for (path, root) in paths.iter().zip(roots(paths)) {
            match std::fs::metadata(path) {
                Ok(meta) if meta.is_dir() => {
                    if !self.walked.insert(folder_id(&meta)) {
                        continue;
                    }
                    if self.folder(path, &root).is_err() {
                        return;
                    }
                }
                // A file named on the command line is read whatever its name;
                // the reader refuses one that is not a regular file, by name.
                _ => {
                    let folder = path
                        .parent()
                        .filter(|p| !p.as_os_str().is_empty())
                        .unwrap_or(Path::new("."));
                    let name = stored_text(path.file_name().unwrap_or_default());
                    let entry = match Manifest::load(folder) {
                        Ok(Some(m)) => {
                            if let Some(e) = m.bad_files.get(&name) {
                                let _ = done.send(vec![Done::Failed(Failure {
                                    path: path.clone(),
                                    reason: bad_row(e),
                                })]);
                                continue;
                            }
                            m.entries.get(&name).cloned()
                        }
                        Ok(None) => None,
                        Err(e) => {
                            let _ = done.send(vec![Done::Failed(Failure {
                                path: path.clone(),
                                reason: e.to_string(),
                            })]);
                            continue;
                        }
                    };
                    if jobs
                        .send(Job {
                            path: path.clone(),
                            entry,
                            root,
                        })
                        .is_err()
                    {
                        return;
                    }
                }
            }
        }
    }

    fn folder(&mut self, dir: &Path, root: &Arc<Root>) -> Result<(), Stop> {
        let (jobs, done) = (self.jobs, self.done);
        let fail = |reason: String| {
            done.send(vec![Done::FolderFailed(Failure {
                path: dir.to_path_buf(),
                reason,
            })])
            .map_err(|_| Stop)
        };
        let entries = match sorted_entries(dir) {
            Ok(entries) => entries,
            Err(e) => return fail(format!("cannot read the folder: {}", os_message(&e))),
        };
        let manifest = match Manifest::load(dir) {
            Ok(m) => m,
            Err(e) => {
                let skipped = entries
                    .iter()
                    .filter(|p| matches!(entry(p), Entry::Article))
                    .count();
                return fail(format!(
                    "{e}; fix it and import again (its {skipped} article files were not imported)"
                ));
            }
        };
        if let Some(m) = &manifest {
            for e in &m.bad_rows {
                done.send(vec![Done::FolderFailed(Failure {
                    path: m.path.clone(),
                    reason: e.without_path(),
                })])
                .map_err(|_| Stop)?;
            }
        }
        let mut listed_seen = std::collections::HashSet::new();
        for path in &entries {
            match entry(path) {
                Entry::Folder(id) => {
                    if self.walked.insert(id) {
                        self.folder(path, root)?;
                    } else {
                        skip(done, path, SkipReason::WalkedBefore, None)?;
                    }
                }
                Entry::Article => {
                    let name = stored_text(path.file_name().unwrap_or_default());
                    if let Some(e) = manifest.as_ref().and_then(|m| m.bad_files.get(&name)) {
                        listed_seen.insert(name);
                        done.send(vec![Done::Failed(Failure {
                            path: path.clone(),
                            reason: bad_row(e),
                        })])
                        .map_err(|_| Stop)?;
                        continue;
                    }
                    let entry = manifest
                        .as_ref()
                        .and_then(|m| m.entries.get(&name).cloned());
                    if entry.is_some() {
                        listed_seen.insert(name);
                    }
                    jobs.send(Job {
                        path: path.clone(),
                        entry,
                        root: Arc::clone(root),
                    })
                    .map_err(|_| Stop)?;
                }
                Entry::Manifest | Entry::Hidden => {}
                Entry::Skip(SkipReason::NotArticle, _)
                    if std::fs::canonicalize(path).is_ok_and(|p| self.own.contains(&p)) => {}
                Entry::Skip(reason, detail) => skip(done, path, reason, detail)?,
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
                done.send(vec![Done::FolderFailed(Failure {
                path: m.path.clone(),
                reason: format!(
                    "row {row} names '{file}', which is not in {}; add the file or remove the row",
                    shown(dir)
                ),
            })])
            .map_err(|_| Stop)?;
            }
            // Wrong rows for files that are not there either: the row's error.
            let mut unseen: Vec<&manifest::ManifestError> = m
                .bad_files
                .iter()
                .filter(|(f, _)| !listed_seen.contains(*f))
                .map(|(_, e)| e)
                .collect();
            unseen.sort_by_key(|e| e.to_string());
            for e in unseen {
                done.send(vec![Done::FolderFailed(Failure {
                    path: m.path.clone(),
                    reason: e.without_path(),
                })])
                .map_err(|_| Stop)?;
            }
        }
        Ok(())
    }
}

/// Why a file a manifest row names is not imported.
fn bad_row(e: &manifest::ManifestError) -> String {
    format!("not imported: {e}; fix the row and import again")
}

fn skip(
    done: &SyncSender<Vec<Done>>,
    path: &Path,
    reason: SkipReason,
    detail: Option<String>,
) -> Result<(), Stop> {
    done.send(vec![Done::Skipped(Skipped {
        path: path.to_path_buf(),
        reason,
        detail,
    })])
    .map_err(|_| Stop)
}

/// How many files an import of `paths` will read, counted without reading
/// them: the walk's rules (files given by name, and article formats in folders,
/// recursively, each folder once), for a progress bar's total. A folder
/// whose manifest cannot be read is counted, though the import will refuse
/// it.
pub fn count_article_files(paths: &[PathBuf]) -> u64 {
    fn in_folder(dir: &Path, walked: &mut std::collections::HashSet<FolderId>) -> u64 {
        let Ok(entries) = sorted_entries(dir) else {
            return 0;
        };
        let mut n = 0;
        for path in entries {
            match entry(&path) {
                Entry::Folder(id) if walked.insert(id) => n += in_folder(&path, walked),
                Entry::Article => n += 1,
                _ => {}
            }
        }
        n
    }
    let mut walked = std::collections::HashSet::new();
    paths
        .iter()
        .map(|p| match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                if walked.insert(folder_id(&m)) {
                    in_folder(p, &mut walked)
                } else {
                    0
                }
            }
            _ => 1,
        })
        .sum()
}

/// An OS error without the "(os error N)" code, which says nothing more.
pub fn os_message(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.rsplit_once(" (os error ") {
        Some((message, _)) => message.to_string(),
        None => text,
    }
}

/// Opens a file to read, without blocking or waiting; refuses what is not
/// a regular file (a FIFO, a device), by what it is. Gives the file and
/// the size its metadata says.
fn open_regular(path: &Path) -> Result<(std::fs::File, u64), String> {
    use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
    // Opening a FIFO for reading waits for a writer; without blocking it
    // returns at once, and is then refused as not a regular file.
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| format!("cannot read it: {}", os_message(&e)))?;
    let meta = file
        .metadata()
        .map_err(|e| format!("cannot read it: {}", os_message(&e)))?;
    if !meta.is_file() {
        let t = meta.file_type();
        let kind = if meta.is_dir() {
            "a folder"
        } else if t.is_fifo() {
            "a FIFO"
        } else if t.is_char_device() || t.is_block_device() {
            "a device"
        } else if t.is_socket() {
            "a socket"
        } else {
            "not a regular file"
        };
        return Err(format!(
            "{kind}, not an article file; only regular files are imported"
        ));
    }
    Ok((file, meta.len()))
}

/// Reads a file of one article: at most `limit` bytes and one more,
/// whatever its metadata says (a file can grow, and some report a size of
/// 0); refuses, without reading or waiting, what is not a regular file.
#[cfg(test)]
fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    let (mut file, size) = open_regular(path)?;
    if size > limit {
        return Err(clippings_extract::decode::DecodeError::TooLarge { size, limit }.to_string());
    }
    inputs::read_article(&mut file, limit, size)
}

/// A worker sends what it has done in bundles of this many: one message,
/// and at most one wake-up of the writer, per bundle rather than per
/// article.
const BUNDLE: usize = 16;

fn work(
    db: Option<&Path>,
    jobs: &Mutex<Receiver<Job>>,
    done: &SyncSender<Vec<Done>>,
    budget: &Budget,
    fields: &FieldMap,
) {
    let lookup = db.and_then(|db| Lookup::open(db).ok());
    let mut bundle: Vec<Done> = Vec::with_capacity(BUNDLE);
    // A worker never waits holding a bundle: the writer gives the budget
    // back only for what it receives, so a bundle held while waiting
    // could keep every worker waiting, and the writer with them.
    let flush =
        |bundle: &mut Vec<Done>| bundle.is_empty() || done.send(std::mem::take(bundle)).is_ok();
    loop {
        let Some(job) = next_job(jobs, || flush(&mut bundle)) else {
            flush(&mut bundle);
            return;
        };
        // One file, many articles for a container: each is sent as it is
        // extracted, so a container is never held whole.
        let mut send = |result: Done| {
            if let Done::Parsed(item) = &result {
                let bytes = text_bytes(item);
                if !budget.try_take(bytes) {
                    if !flush(&mut bundle) {
                        return false;
                    }
                    budget.take(bytes);
                }
            }
            bundle.push(result);
            bundle.len() < BUNDLE || flush(&mut bundle)
        };
        if !read_one(&job, lookup.as_ref(), fields, &mut send) {
            return;
        }
    }
}

/// The next file to read, calling `before_waiting` first if none is ready
/// (None when the walk is over, or `before_waiting` says to stop).
fn next_job(jobs: &Mutex<Receiver<Job>>, mut before_waiting: impl FnMut() -> bool) -> Option<Job> {
    let Ok(rx) = jobs.lock() else { return None };
    match rx.try_recv() {
        Ok(job) => Some(job),
        Err(std::sync::mpsc::TryRecvError::Disconnected) => None,
        Err(std::sync::mpsc::TryRecvError::Empty) => {
            if before_waiting() {
                rx.recv().ok()
            } else {
                None
            }
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
    let (mut file, size) = match open_regular(&job.path) {
        Ok(opened) => opened,
        Err(reason) => return send(failed(reason)),
    };
    let format = match inputs::format_of(&job.path, &mut file) {
        Ok(format) => format,
        Err(e) => return send(failed(format!("cannot read it: {}", os_message(&e)))),
    };
    let origin = FromFile {
        stored: stored_path(&job.path),
        file: stored_text(job.path.file_name().unwrap_or_default()),
        names: job.root.names(&job.path),
        entry: job.entry.as_ref(),
    };
    let manifest_json = job.entry.as_ref().map(entry_json);
    let unchanged = |key: &str, sha256: &str, row: Option<&str>| {
        lookup.is_some_and(|l| {
            l.is_unchanged(key, sha256, row.or(manifest_json.as_deref()))
                .unwrap_or(false)
        })
    };
    let cx = inputs::Context {
        fields,
        unchanged: &unchanged,
    };
    let mut listening = true;
    let mut emit = |item: Item| {
        listening = send(done_of(item, &job.path, &origin));
        listening
    };
    let result = inputs::read_file(
        file,
        size,
        &job.path,
        format,
        &origin.stored,
        &cx,
        &mut emit,
    );
    if !listening {
        return false;
    }
    match result {
        Ok(()) => send(Done::FileRead),
        Err(reason) => send(failed(reason)),
    }
}

/// Where a file's articles come from: the file as stored, and what its
/// folder's manifest says of it.
struct FromFile<'a> {
    /// The file's path as stored: the key of an article that is the file.
    stored: String,
    /// Its name, as stored.
    file: String,
    /// The names the file may be shown by (see `Root::names`).
    names: Vec<String>,
    entry: Option<&'a manifest::Entry>,
}

/// What a reader's item becomes: an article extracted, or what is counted
/// or reported of the file `path`.
fn done_of(item: Item, path: &Path, origin: &FromFile<'_>) -> Done {
    match item {
        Item::Unchanged => Done::Unchanged,
        Item::Skipped(reason) => Done::PassedOver(reason),
        Item::Bad { at, reason } => Done::FolderFailed(Failure {
            path: path.to_path_buf(),
            reason: format!("{at}: {reason}"),
        }),
        Item::Article(article) => {
            let at = article.position.map(|p| match article.format {
                Format::Warc => format!("record {p}: "),
                _ => format!("line {p}: "),
            });
            match extract_article(*article, origin) {
                Ok(item) => Done::Parsed(Box::new(item)),
                Err(reason) => Done::FolderFailed(Failure {
                    path: path.to_path_buf(),
                    reason: format!("{}{reason}", at.unwrap_or_default()),
                }),
            }
        }
    }
}

/// Extracts one article read from a file, with what the manifest row says
/// over what the file says.
fn extract_article(
    article: inputs::Article,
    origin: &FromFile<'_>,
) -> Result<(Provenance, Extraction), String> {
    // A record that carries a file's text is that file, with the
    // record's own manifest row if it gives one.
    let entry = match &article.carried {
        Some(inputs::Carried { row: Some(row), .. }) => Some(row),
        _ => origin.entry,
    };
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
    let manifest = entry.map(entry_json);
    let provenance = match article.carried {
        Some(carried) => Provenance {
            file: carried
                .path
                .trim_end_matches('/')
                .rsplit('/')
                .next()
                .filter(|f| !f.is_empty())
                .unwrap_or(&carried.path)
                .to_string(),
            path: carried.path,
            // Shown by its folder's name and its own, as a file whose
            // folder nobody walked.
            names: Vec::new(),
            sha256: article.sha256,
            encoding: article.encoding,
            raw_text: article.text,
            format: article.format.as_str().to_string(),
            container: None,
            position: None,
            byte_offset: None,
            manifest,
        },
        None => {
            // A record is shown by its identity, or by its container's
            // name and its place in it ("corpus/news.jsonl#line-5").
            let names = match &article.key {
                None => origin.names.clone(),
                Some(key) => match key.strip_prefix(&origin.stored) {
                    Some(place) => origin.names.iter().map(|n| format!("{n}{place}")).collect(),
                    None => vec![key.clone()],
                },
            };
            let container = article.key.is_some().then(|| origin.stored.clone());
            Provenance {
                path: article.key.unwrap_or_else(|| origin.stored.clone()),
                file: origin.file.clone(),
                names,
                sha256: article.sha256,
                encoding: article.encoding,
                raw_text: article.text,
                format: article.format.as_str().to_string(),
                container,
                position: article.position,
                byte_offset: article.byte_offset,
                manifest,
            }
        }
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

/// Extracts the articles of JSON lines on stdin (`clippings extract -`):
/// read by the reader of `.jsonl` files, each line a record (see
/// [`inputs::fields`]), extracted on `options.jobs` threads and handed to
/// `sink` in the order they are done. A line that cannot be read is a
/// failure of `stdin`, with its number; the others go on.
pub fn run_stdin(
    options: &Options,
    sink: &mut dyn Sink,
    summary: &mut Summary,
) -> Result<(), ImportError> {
    const STDIN: &str = "stdin";
    let (item_tx, item_rx) = sync_channel::<Item>(64);
    let (done_tx, done_rx) = sync_channel::<Done>(64);
    let item_rx = Arc::new(Mutex::new(item_rx));
    let budget = Budget::new(options.in_flight_bytes);
    let fields = &options.fields;
    let origin = FromFile {
        stored: STDIN.to_string(),
        file: STDIN.to_string(),
        names: vec![STDIN.to_string()],
        entry: None,
    };
    thread::scope(|scope| {
        let reader = scope.spawn(move || {
            let cx = inputs::Context {
                fields,
                unchanged: &|_, _, _| false,
            };
            let stdin = inputs::open_maybe_gz(std::io::stdin())
                .map_err(|e| format!("cannot read it: {}", os_message(&e)))?;
            inputs::jsonl::read_records(stdin, STDIN, &cx, &mut |item| item_tx.send(item).is_ok())
        });
        for _ in 0..options.jobs.clamp(1, MAX_JOBS) {
            let items = Arc::clone(&item_rx);
            let done = done_tx.clone();
            let origin = &origin;
            scope.spawn(move || {
                loop {
                    let next = match items.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok(item) = next else { return };
                    if done.send(done_of(item, Path::new(STDIN), origin)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);
        let mut outcome = Ok(());
        for done in done_rx.iter() {
            if let Err(e) = take_done(done, sink, summary, &budget) {
                outcome = Err(e);
                break;
            }
        }
        // Let go of the workers and the reader, should the sink have failed.
        drop(done_rx);
        drop(item_rx);
        summary.files_seen += 1;
        if let Ok(Err(reason)) = reader.join() {
            summary.failures.push(Failure {
                path: PathBuf::from(STDIN),
                reason,
            });
        }
        outcome
    })
}

/// The articles stored from files under the folders in `paths` whose
/// files are no longer there, as (id, name shown).
fn gone_files(store: &Store, paths: &[PathBuf]) -> Result<Vec<(i64, String)>, StoreError> {
    let mut gone = Vec::new();
    for path in paths.iter().filter(|p| p.is_dir()) {
        let Ok(folder) = std::fs::canonicalize(path) else {
            continue;
        };
        let prefix = format!("{}/", stored_text(folder.as_os_str()).trim_end_matches('/'));
        for (id, stored, name) in store.articles_under(&prefix)? {
            let missing = matches!(
                std::fs::symlink_metadata(os_name(&stored)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound
            );
            if missing && !gone.iter().any(|(g, _)| *g == id) {
                gone.push((id, name));
            }
        }
    }
    Ok(gone)
}

/// The path an article is stored under: absolute, so that importing from
/// another working directory finds the same article.
fn stored_path(path: &Path) -> String {
    stored_text(
        std::fs::canonicalize(path)
            .unwrap_or_else(|_| path.to_path_buf())
            .as_os_str(),
    )
}

/// A file name or path as stored: its text, with each byte that is not
/// UTF-8 written `\xNN` and a backslash written `\\`, so that two names
/// that differ only in such bytes stay two names, and the stored text gives
/// the bytes back.
pub fn stored_text(name: &std::ffi::OsStr) -> String {
    use std::fmt::Write;
    let bytes = name.as_encoded_bytes();
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c == '\\' {
                out.push_str("\\\\");
            } else {
                out.push(c);
            }
        }
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02x}");
        }
    }
    out
}

/// The bytes of a name [`stored_text`] wrote.
pub fn os_name(stored: &str) -> std::ffi::OsString {
    use std::os::unix::ffi::OsStringExt;
    let mut bytes = Vec::with_capacity(stored.len());
    let mut rest = stored.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        match (b, tail) {
            (b'\\', [b'\\', more @ ..]) => {
                bytes.push(b'\\');
                rest = more;
            }
            (b'\\', [b'x', h, l, more @ ..]) if h.is_ascii_hexdigit() && l.is_ascii_hexdigit() => {
                let hex = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
                bytes.push((hex(*h) << 4) | hex(*l));
                rest = more;
            }
            _ => {
                bytes.push(b);
                rest = tail;
            }
        }
    }
    std::ffi::OsString::from_vec(bytes)
}

/// A path as messages show it: as stored (bytes that are not UTF-8
/// escaped), with control characters escaped so that a hostile file name
/// cannot drive the terminal.
pub fn shown(path: &Path) -> String {
    crate::output::neutralise(&stored_text(path.as_os_str())).into_owned()
}

pub fn entry_json(entry: &manifest::Entry) -> String {
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
    fn stored_names_keep_bytes_that_are_not_utf8_apart() {
        use std::os::unix::ffi::OsStrExt;
        let names: [&[u8]; 5] = [
            b"a\xff.txt",
            b"a\xfe.txt",
            b"a\\xff.txt",
            b"a\\\\.txt",
            b"caf\xc3\xa9.txt",
        ];
        let stored: Vec<String> = names
            .iter()
            .map(|n| stored_text(std::ffi::OsStr::from_bytes(n)))
            .collect();
        assert_eq!(
            stored,
            [
                "a\\xff.txt",
                "a\\xfe.txt",
                "a\\\\xff.txt",
                "a\\\\\\\\.txt",
                "café.txt"
            ]
        );
    }

    #[test]
    fn a_file_is_read_up_to_the_limit_whatever_its_size_says() {
        // /proc files say they are empty and are not.
        let status = Path::new("/proc/self/status");
        assert_eq!(fs::metadata(status).unwrap().len(), 0);
        let err = read_limited(status, 10).unwrap_err();
        assert!(
            err.starts_with(
                "the file holds more than the 10-byte limit for one article (its size said 0)"
            ),
            "{err}"
        );
        assert!(read_limited(status, 1 << 20).unwrap().len() > 10);
    }

    /// Counts what it is handed, slowly, as a busy writer would.
    struct SlowSink(usize);

    impl Sink for SlowSink {
        fn take(
            &mut self,
            _: Box<(Provenance, Extraction)>,
            _: &mut Summary,
        ) -> Result<(), ImportError> {
            std::thread::sleep(std::time::Duration::from_millis(1));
            self.0 += 1;
            Ok(())
        }

        fn finish(&mut self, _: &mut Summary) -> Result<(), ImportError> {
            Ok(())
        }
    }

    #[test]
    fn workers_never_wait_on_the_budget_holding_articles_the_writer_has_not_had() {
        // Every article is larger than the budget: one at a time in flight,
        // so a worker that kept a bundle of them while it waited for room
        // would wait for ever, and the writer with it.
        let tmp = tempfile::tempdir().unwrap();
        for n in 0..3 * BUNDLE {
            let text = format!("Harbour plan {n} approved\n\nThe council approved the plan.\n");
            fs::write(tmp.path().join(format!("{n:03}.txt")), text).unwrap();
        }
        let options = Options {
            jobs: 2,
            in_flight_bytes: 1,
            ..Options::default()
        };
        let folder = tmp.path().to_path_buf();
        let (finished, outcome) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut sink = SlowSink(0);
            let summary = run(&[folder], &options, None, &mut sink).unwrap();
            let _ = finished.send((sink.0, summary.files_seen));
        });
        let (taken, seen) = outcome
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("the import should end, not wait for ever");
        assert_eq!(taken, 3 * BUNDLE);
        assert_eq!(seen, 3 * BUNDLE as u64);
    }

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

//! Import benchmark: `cargo bench --bench import -- [N]` (default 20000).
//!
//! Generates one synthetic corpus of N articles (fixed seed) into a
//! temporary folder and, in one run, measures against it:
//!
//! - (a) the floor: every file read from disk and its full text inserted
//!   with rusqlite into `t(id, body)` plus an external-content FTS5 index,
//!   in one transaction with prepared statements;
//! - (b) `clippings import --quiet` end to end, the release binary run as a
//!   subprocess into a fresh database: wall time and peak resident memory;
//! - (c) the same import again over the unchanged corpus;
//! - (d) every saved query, and raw FTS5 searches, run in-process on the
//!   database opened read-only (median of repeated runs);
//!
//! - (e) saved web pages: the first 2,000 articles as HTML pages of a
//!   news site's weight (and any folder `CLIPPINGS_BENCH_PAGES` names),
//!   imported with one reader thread against a floor over the same files;
//!
//! plus, to show where the import's time goes, the extractor alone over
//! the same files on one thread, and linking statements alone (every
//! quotation of the imported database linked again, in-process). Machines are noisy, so the figures that
//! matter are the ratios to the floor measured in the same run. The output
//! is markdown, to paste into the README.

use std::fmt::Write as _;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use clippings_gen as generate;
use clippings_store::saved::SavedQuery;
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, OpenFlags, params};

const SEED: u64 = 1;
const DEFAULT_ARTICLES: u64 = 20_000;
const QUERY_RUNS: usize = 15;

/// Parameters for the saved queries that need them (or where the default
/// would be a full listing), chosen from words the generator writes.
const QUERY_PARAMS: &[(&str, &[(&str, &str)])] = &[
    (
        "articles-in-range",
        &[("from", "2019-06-01"), ("to", "2019-06-30")],
    ),
    ("co-mentions", &[("person", "Okafor")]),
    ("person-roles", &[("person", "Okafor")]),
    ("outlet-speakers", &[("outlet", "Ledger")]),
    ("outlets-quoting", &[("term", "long enough")]),
    ("search-articles", &[("term", "hospital")]),
    ("search-quotes", &[("term", "money")]),
    ("speaker-quotes", &[("name", "Okafor")]),
];

fn main() {
    let count = std::env::args()
        .skip(1)
        .find_map(|a| a.parse::<u64>().ok())
        .unwrap_or(DEFAULT_ARTICLES);
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_clippings"));
    assert!(
        bin.is_file(),
        "the clippings binary is missing at {}; run this with `cargo bench --bench import`, which builds it in release mode",
        bin.display()
    );
    let work = tempfile::Builder::new()
        .prefix("clippings-bench-")
        .tempdir()
        .expect("cannot create a temporary folder");
    let corpus = work.path().join("corpus");

    eprintln!(
        "generating {count} articles (seed {SEED}) into {}",
        corpus.display()
    );
    let started = Instant::now();
    let stats = generate::write_corpus(count, &corpus, SEED).expect("cannot write the corpus");
    let generated_in = started.elapsed();
    let files = article_files(&corpus);
    assert_eq!(
        files.len() as u64,
        count,
        "the corpus has the wrong number of files"
    );

    eprintln!("(a) floor: raw rusqlite insert + FTS5");
    let floor_db = work.path().join("floor.db");
    let (floor_time, text_bytes) = floor(&corpus, &floor_db);
    assert_eq!(
        text_bytes, stats.bytes,
        "the floor read other bytes than were written"
    );

    eprintln!("(b) clippings import");
    let db = work.path().join("corpus.db");
    let import = run_import(&bin, &db, &corpus, work.path());
    eprintln!("    {}", import.stdout.trim().replace('\n', "\n    "));
    eprintln!("(c) clippings import again, unchanged corpus");
    let reimport = run_import(&bin, &db, &corpus, work.path());
    eprintln!("    {}", reimport.stdout.trim().replace('\n', "\n    "));
    let all_unchanged = reimport.stdout.contains(&format!(
        "{count} files seen: 0 new, 0 updated, {count} unchanged"
    ));

    eprintln!("    breakdown: read + extract on one thread, in-process");
    let extract_time = extract_only(&files);
    eprintln!("    breakdown: linking statements alone, every quotation, in-process");
    let (link_time, linked) = link_only(&db);
    let link_in_import = linked_in(&import.stdout);

    let db_size = db_bytes(&db);
    let breakdown = size_breakdown(&db);
    let floor_size = db_bytes(&floor_db);

    eprintln!("(d) saved queries and full-text searches, {QUERY_RUNS} runs each");
    let queries = time_queries(&bin, &db, &floor_db);

    let totals = totals(&db);

    let html = html_run(&bin, &files, work.path());

    // The report.
    let mb = text_bytes as f64 / 1e6;
    let n = count as f64;
    let floor_rate = n / floor_time.as_secs_f64();
    let rate = |d: Duration| n / d.as_secs_f64();
    let mut out = String::new();
    let _ = writeln!(out, "\n## Import benchmark\n");
    let _ = writeln!(
        out,
        "{} articles, {:.1} MB of text (seed {SEED}, average {:.1} KB, generated in {:.1} s); {} CPUs; {} quotes, {} people, {} outlets extracted.\n",
        thousands(count),
        mb,
        text_bytes as f64 / n / 1e3,
        generated_in.as_secs_f64(),
        std::thread::available_parallelism().map_or(1, |p| p.get()),
        thousands(totals.0),
        thousands(totals.1),
        thousands(totals.2),
    );
    let _ = writeln!(
        out,
        "| Run | Time (s) | Articles/s | MB/s | Throughput vs floor |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|");
    let mut row = |name: &str, d: Duration| {
        let _ = writeln!(
            out,
            "| {name} | {:.2} | {} | {:.1} | {:.3} |",
            d.as_secs_f64(),
            thousands(rate(d).round() as u64),
            mb / d.as_secs_f64(),
            rate(d) / floor_rate,
        );
    };
    row(
        "(a) floor: read files, rusqlite insert + FTS5, one transaction",
        floor_time,
    );
    row("(b) `clippings import`, fresh database", import.elapsed);
    row(
        "(c) `clippings import` again, corpus unchanged",
        reimport.elapsed,
    );
    row("read + extract only, 1 thread, in-process", extract_time);
    row(
        "linking statements only (all quotations, after the import), in-process",
        link_time,
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "- Import throughput / floor throughput: **{:.3}** (the import takes {:.1}× the floor's time)",
        floor_time.as_secs_f64() / import.elapsed.as_secs_f64(),
        import.elapsed.as_secs_f64() / floor_time.as_secs_f64(),
    );
    if let Some(link) = link_in_import {
        // Linking runs after the last batch, on its own: the import
        // without it is the import less the time it reported.
        let without = import.elapsed.as_secs_f64() - link;
        let _ = writeln!(
            out,
            "- Without linking statements (the import less the {link:.1} s of linking it reported, \
             {:.0}% of it): **{:.3}** ({without:.2} s)",
            100.0 * link / import.elapsed.as_secs_f64(),
            floor_time.as_secs_f64() / without,
        );
    }
    let _ = writeln!(
        out,
        "- Linking statements: **{:.2} s** for {} quotations alone; {} within the import",
        link_time.as_secs_f64(),
        thousands(linked as u64),
        link_in_import.map_or_else(|| "not reported".to_string(), |s| format!("{s:.1} s")),
    );
    let _ = writeln!(
        out,
        "- Re-import of the unchanged corpus: **{:.1}×** faster than the first import ({:.2} s)",
        import.elapsed.as_secs_f64() / reimport.elapsed.as_secs_f64(),
        reimport.elapsed.as_secs_f64(),
    );
    let _ = writeln!(
        out,
        "- Peak resident memory: import **{:.1} MB**, re-import {:.1} MB",
        import.max_rss_kb as f64 / 1024.0,
        reimport.max_rss_kb as f64 / 1024.0,
    );
    let _ = writeln!(
        out,
        "- Database: **{:.1} MB**, {:.2}× the raw text (the floor's: {:.1} MB, {:.2}×)",
        db_size as f64 / 1e6,
        db_size as f64 / text_bytes as f64,
        floor_size as f64 / 1e6,
        floor_size as f64 / text_bytes as f64,
    );
    let _ = writeln!(out, "\n| Part of the database | MB | × raw text |");
    let _ = writeln!(out, "|---|---:|---:|");
    for (part, bytes) in &breakdown {
        let _ = writeln!(
            out,
            "| {part} | {:.1} | {:.2} |",
            *bytes as f64 / 1e6,
            *bytes as f64 / text_bytes as f64
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "| Query | Parameters | Rows | Median (ms), in-process | `clippings query` (ms), 1 run |"
    );
    let _ = writeln!(out, "|---|---|---:|---:|---:|");
    for q in &queries {
        let cli = q
            .cli
            .map_or_else(|| "".to_string(), |d| format!("{:.0}", ms(d)));
        let _ = writeln!(
            out,
            "| {} | {} | {} | {:.2} | {cli} |",
            q.name,
            if q.params.is_empty() {
                "(defaults)".to_string()
            } else {
                format!("`{}`", q.params)
            },
            thousands(q.rows as u64),
            ms(q.median),
        );
    }
    if !all_unchanged {
        let _ = writeln!(
            out,
            "\nwarning: the re-import did not report every file unchanged:\n{}",
            reimport.stdout
        );
    }
    out.push_str(&html);
    println!("{out}");
    let empty: Vec<&str> = queries
        .iter()
        .filter(|q| q.rows == 0)
        .map(|q| q.name.as_str())
        .collect();
    if !empty.is_empty() {
        println!("warning: these returned no rows: {}", empty.join(", "));
    }
}

/// The corpus's article files, in the order the importer walks them.
fn article_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .expect("cannot read the corpus folder")
        .map(|e| e.expect("cannot read the corpus folder").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            out.extend(article_files(&path));
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    out
}

/// (a): walks and reads the corpus, inserting each text and indexing it
/// in the same transaction. Returns the time and the bytes read.
fn floor(corpus: &Path, db: &Path) -> (Duration, u64) {
    let started = Instant::now();
    let mut conn = Connection::open(db).expect("cannot create the floor database");
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "NORMAL").unwrap();
    conn.execute_batch(
        "CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT);
         CREATE VIRTUAL TABLE f USING fts5(body, content='t', content_rowid='id');",
    )
    .unwrap();
    let mut bytes = 0u64;
    let tx = conn.transaction().unwrap();
    {
        let mut insert = tx
            .prepare("INSERT INTO t(id, body) VALUES (?1, ?2)")
            .unwrap();
        let mut index = tx
            .prepare("INSERT INTO f(rowid, body) VALUES (?1, ?2)")
            .unwrap();
        for (id, path) in article_files(corpus).iter().enumerate() {
            let raw = fs::read(path).expect("cannot read an article");
            bytes += raw.len() as u64;
            let text = String::from_utf8(raw).expect("articles are UTF-8");
            let id = id as i64 + 1;
            insert.execute(params![id, text]).unwrap();
            index.execute(params![id, text]).unwrap();
        }
    }
    tx.commit().unwrap();
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    drop(conn);
    (started.elapsed(), bytes)
}

struct Run {
    elapsed: Duration,
    /// User and system CPU time of the child, all its threads.
    cpu: Duration,
    max_rss_kb: i64,
    stdout: String,
}

/// Runs `clippings --db DB import --quiet CORPUS` and waits for it with
/// `wait4`, which reports the child's own peak resident set size.
fn run_import(bin: &Path, db: &Path, corpus: &Path, scratch: &Path) -> Run {
    run_import_with(bin, db, corpus, scratch, &[])
}

fn run_import_with(bin: &Path, db: &Path, corpus: &Path, scratch: &Path, extra: &[&str]) -> Run {
    let out_path = scratch.join("import.out");
    let err_path = scratch.join("import.err");
    let started = Instant::now();
    let child = Command::new(bin)
        .arg("--db")
        .arg(db)
        .arg("import")
        .arg("--quiet")
        .args(extra)
        .arg(corpus)
        .stdin(Stdio::null())
        .stdout(File::create(&out_path).unwrap())
        .stderr(File::create(&err_path).unwrap())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", bin.display()));
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: an all-zero rusage is valid, and wait4 writes into it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: pid is our own child, not yet reaped (Child is never waited on).
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break;
        }
        let err = std::io::Error::last_os_error();
        assert!(
            err.kind() == std::io::ErrorKind::Interrupted,
            "wait4 failed: {err}"
        );
    }
    let elapsed = started.elapsed();
    drop(child);
    let stdout = fs::read_to_string(&out_path).unwrap_or_default();
    let stderr = fs::read_to_string(&err_path).unwrap_or_default();
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "clippings import failed (status {status}):\n{stdout}\n{stderr}"
    );
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    Run {
        elapsed,
        cpu: tv(usage.ru_utime) + tv(usage.ru_stime),
        max_rss_kb: usage.ru_maxrss,
        stdout,
    }
}

/// Reads and extracts every file on one thread, storing nothing.
fn extract_only(files: &[PathBuf]) -> Duration {
    let started = Instant::now();
    let mut quotes = 0usize;
    for path in files {
        let raw = fs::read(path).expect("cannot read an article");
        let decoded = clippings_extract::decode::decode(&raw).expect("cannot decode an article");
        quotes += clippings_extract::extract(&decoded.text).quotes.len();
    }
    assert!(quotes > 0);
    started.elapsed()
}

/// Links every quotation of an imported database again (its statements
/// cleared first), timed: what linking costs on its own.
fn link_only(db: &Path) -> (Duration, usize) {
    {
        let conn = Connection::open(db).expect("cannot open the database");
        conn.execute_batch("DELETE FROM statement_quotes; DELETE FROM statements;")
            .expect("cannot clear the statements");
    }
    let mut store = clippings_store::Store::open(db).expect("cannot open the database");
    let started = Instant::now();
    let report = store.link_statements().expect("linking failed");
    (started.elapsed(), report.linked)
}

/// The seconds the import reported for linking statements.
fn linked_in(stdout: &str) -> Option<f64> {
    let line = stdout.lines().find(|l| l.starts_with("statements: "))?;
    let (_, secs) = line.rsplit_once('(')?;
    secs.trim_end_matches("s)").parse().ok()
}

fn db_bytes(db: &Path) -> u64 {
    ["", "-wal", "-shm"]
        .iter()
        .filter_map(|suffix| {
            let mut p = db.as_os_str().to_owned();
            p.push(suffix);
            fs::metadata(PathBuf::from(p)).ok().map(|m| m.len())
        })
        .sum()
}

/// Where the database's bytes are, by what they hold (SQLite's dbstat).
fn size_breakdown(db: &Path) -> Vec<(&'static str, u64)> {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let mut stmt = conn
        .prepare("SELECT name, sum(pgsize) FROM dbstat GROUP BY name")
        .unwrap();
    let mut groups: Vec<(&'static str, u64)> = Vec::new();
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
        .unwrap();
    for row in rows {
        let (name, bytes) = row.unwrap();
        let group = match name.as_str() {
            "articles" => "articles (raw text, stored body parts, metadata)",
            n if n.starts_with("articles_fts") => "articles_fts (full-text index)",
            "quotes" => "quotes",
            n if n.starts_with("quotes_fts") => "quotes_fts (full-text index)",
            "article_extras" => "article_extras",
            "people" | "person_aliases" | "person_roles" | "mentions" | "article_authors"
            | "unresolved_names" | "person_totals" | "outlet_totals" => "people and mentions",
            _ => "indexes and the rest",
        };
        match groups.iter_mut().find(|(g, _)| *g == group) {
            Some(entry) => entry.1 += bytes as u64,
            None => groups.push((group, bytes as u64)),
        }
    }
    groups.sort_by_key(|&(_, bytes)| std::cmp::Reverse(bytes));
    groups
}

fn totals(db: &Path) -> (u64, u64, u64) {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    conn.query_row(
        "SELECT (SELECT count(*) FROM quotes), (SELECT count(*) FROM people), (SELECT count(*) FROM sources)",
        [],
        |r| {
            let n = |i: usize| r.get::<_, i64>(i).map(|v| v as u64);
            Ok((n(0)?, n(1)?, n(2)?))
        },
    )
    .unwrap()
}

struct Timed {
    name: String,
    params: String,
    rows: usize,
    median: Duration,
    cli: Option<Duration>,
}

/// (d): every saved query the binary lists, plus raw FTS5 searches on the
/// clippings database and on the floor's.
fn time_queries(bin: &Path, db: &Path, floor_db: &Path) -> Vec<Timed> {
    let listed = Command::new(bin)
        .args(["queries", "--format", "csv"])
        .output()
        .expect("cannot run clippings queries");
    assert!(listed.status.success(), "clippings queries failed");
    let mut reader = csv::Reader::from_reader(listed.stdout.as_slice());
    let names: Vec<String> = reader
        .records()
        .map(|r| r.expect("bad csv from clippings queries")[0].to_string())
        .collect();
    assert!(!names.is_empty(), "clippings queries listed nothing");

    let conn = Connection::open_with_flags(
        db,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .expect("cannot open the database read-only");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("queries");
    let mut out = Vec::new();
    for name in &names {
        let file = dir.join(format!("{name}.sql"));
        let text = fs::read_to_string(&file)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        let query = SavedQuery::parse(name, &text, &file.display().to_string())
            .unwrap_or_else(|e| panic!("{e}"));
        let args: Vec<(String, String)> = QUERY_PARAMS
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, ps)| {
                ps.iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect()
            })
            .unwrap_or_default();
        let values = query
            .bind(&args)
            .unwrap_or_else(|e| panic!("query {name}: {e} (add it to QUERY_PARAMS)"));
        let (rows, median) = time_sql(&conn, &query.sql, &values);
        // The same through the command line, once, to check that it runs.
        let mut cmd = Command::new(bin);
        cmd.arg("--db")
            .arg(db)
            .args(["query", name, "--format", "csv"]);
        for (k, v) in &args {
            cmd.arg("-p").arg(format!("{k}={v}"));
        }
        let started = Instant::now();
        let output = cmd.output().expect("cannot run clippings query");
        let cli = started.elapsed();
        assert!(
            output.status.success(),
            "clippings query {name} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        out.push(Timed {
            name: name.clone(),
            params: args
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join(" "),
            rows,
            median,
            cli: Some(cli),
        });
    }

    // Raw full-text searches, and the same on the floor's index.
    let floor = Connection::open_with_flags(floor_db, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let searches: &[(&str, &Connection, &str, &str)] = &[
        (
            "FTS5: articles_fts MATCH, top 20 by rank",
            &conn,
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH :term ORDER BY rank LIMIT 20",
            "nurses AND strike",
        ),
        (
            "FTS5: articles_fts MATCH, count",
            &conn,
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :term",
            "\"long enough\"",
        ),
        (
            "FTS5: quotes_fts MATCH, count",
            &conn,
            "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH :term",
            "fairness",
        ),
        (
            "floor FTS5: f MATCH, top 20 by rank",
            &floor,
            "SELECT rowid FROM f WHERE f MATCH :term ORDER BY rank LIMIT 20",
            "nurses AND strike",
        ),
        (
            "floor FTS5: f MATCH, count",
            &floor,
            "SELECT count(*) FROM f WHERE f MATCH :term",
            "\"long enough\"",
        ),
    ];
    for (label, conn, sql, term) in searches {
        let values = [("term".to_string(), Value::Text(term.to_string()))];
        let (rows, median) = time_sql(conn, sql, &values);
        let rows = if sql.contains("count(*)") {
            conn.query_row(sql, [term], |r| r.get::<_, i64>(0)).unwrap() as usize
        } else {
            rows
        };
        out.push(Timed {
            name: label.to_string(),
            params: format!("term={term}"),
            rows,
            median,
            cli: None,
        });
    }
    out
}

/// Runs SQL with named parameters once to warm up and [`QUERY_RUNS`]
/// times measured, reading every value of every row. Returns the row
/// count and the median time.
fn time_sql(conn: &Connection, sql: &str, values: &[(String, Value)]) -> (usize, Duration) {
    let run = || -> (usize, Duration) {
        let started = Instant::now();
        let mut stmt = conn.prepare(sql).unwrap_or_else(|e| panic!("{e}\n{sql}"));
        for (name, value) in values {
            if let Some(i) = stmt.parameter_index(&format!(":{name}")).unwrap() {
                stmt.raw_bind_parameter(i, value).unwrap();
            }
        }
        let columns = stmt.column_count();
        let mut rows = stmt.raw_query();
        let mut count = 0;
        let mut touched = 0usize;
        while let Some(row) = rows.next().unwrap() {
            count += 1;
            for i in 0..columns {
                touched += match row.get_ref(i).unwrap() {
                    ValueRef::Text(t) | ValueRef::Blob(t) => t.len(),
                    _ => 1,
                };
            }
        }
        std::hint::black_box(touched);
        (count, started.elapsed())
    };
    let (rows, _) = run();
    let mut times: Vec<Duration> = (0..QUERY_RUNS).map(|_| run().1).collect();
    times.sort();
    (rows, times[times.len() / 2])
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// How many generated articles the HTML run wraps as web pages.
const HTML_PAGES: usize = 2_000;

/// The HTML run: `HTML_PAGES` of the generated articles as web pages of
/// a realistic weight (navigation, scripts, styles, a footer, JSON-LD and
/// OpenGraph metadata: about 90 KB each, as saved news pages run), and,
/// when `CLIPPINGS_BENCH_PAGES` names a folder, its pages too (the dev
/// pages: `dev-data/webpages/readability`). Each is imported with one
/// reader thread (`--jobs 1`), so pages/s is per core, and measured
/// against a floor over the same files (read, insert the HTML with
/// rusqlite, index it with FTS5). The target is 200 pages/s per core.
fn html_run(bin: &Path, files: &[PathBuf], work: &Path) -> String {
    let pages = work.join("pages");
    fs::create_dir_all(&pages).unwrap();
    let mut bytes = 0u64;
    for (i, path) in files.iter().take(HTML_PAGES).enumerate() {
        let text = fs::read_to_string(path).expect("cannot read an article");
        let page = as_web_page(&text, i);
        bytes += page.len() as u64;
        fs::write(pages.join(format!("{i:06}.html")), page).unwrap();
    }
    let mut sets = vec![("generated pages".to_string(), pages)];
    if let Some(dir) = std::env::var_os("CLIPPINGS_BENCH_PAGES") {
        sets.push((
            format!("pages in {}", Path::new(&dir).display()),
            PathBuf::from(dir),
        ));
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n### HTML import (one reader thread: pages/s per core)\n\n{} generated pages, {:.1} MB of HTML (average {:.0} KB).\n",
        files.len().min(HTML_PAGES),
        bytes as f64 / 1e6,
        bytes as f64 / files.len().min(HTML_PAGES) as f64 / 1e3
    );
    let _ = writeln!(
        out,
        "| Pages | Files | MB | floor (s) | `import --jobs 1` (s) | pages/s (wall) | vs floor | import CPU (s, all threads) | pages per CPU-second | ≥ 200 pages/s per core |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for (name, dir) in sets {
        let files = html_files(&dir);
        let mb = files
            .iter()
            .map(|f| fs::metadata(f).map_or(0, |m| m.len()))
            .sum::<u64>() as f64
            / 1e6;
        eprintln!("(e) HTML: floor and `clippings import --jobs 1` over {name}");
        let floor_db = work.join(format!("html-floor-{}.db", files.len()));
        let floor_time = floor_files(&files, &floor_db);
        let db = work.join(format!("html-{}.db", files.len()));
        let import = run_import_with(bin, &db, &dir, work, &["--jobs", "1"]);
        eprintln!("    {}", import.stdout.trim().replace('\n', "\n    "));
        let rate = files.len() as f64 / import.elapsed.as_secs_f64();
        let per_cpu = files.len() as f64 / import.cpu.as_secs_f64();
        let _ = writeln!(
            out,
            "| {name} | {} | {mb:.1} | {:.2} | {:.2} | {rate:.0} | {:.3} | {:.2} | {per_cpu:.0} | {} |",
            files.len(),
            floor_time.as_secs_f64(),
            import.elapsed.as_secs_f64(),
            floor_time.as_secs_f64() / import.elapsed.as_secs_f64(),
            import.cpu.as_secs_f64(),
            if per_cpu >= 200.0 { "met" } else { "missed" }
        );
    }
    out
}

fn html_files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = fs::read_dir(dir)
        .expect("cannot read the pages folder")
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
        })
        .collect();
    out.sort();
    out
}

/// The floor for a set of files: read each, insert its text and index it.
fn floor_files(files: &[PathBuf], db: &Path) -> Duration {
    let started = Instant::now();
    let mut conn = Connection::open(db).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "NORMAL").unwrap();
    conn.execute_batch(
        "CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT);
         CREATE VIRTUAL TABLE f USING fts5(body, content='t', content_rowid='id');",
    )
    .unwrap();
    let tx = conn.transaction().unwrap();
    {
        let mut insert = tx
            .prepare("INSERT INTO t(id, body) VALUES (?1, ?2)")
            .unwrap();
        let mut index = tx
            .prepare("INSERT INTO f(rowid, body) VALUES (?1, ?2)")
            .unwrap();
        for (id, path) in files.iter().enumerate() {
            let text = String::from_utf8_lossy(&fs::read(path).unwrap()).into_owned();
            insert.execute(params![id as i64 + 1, text]).unwrap();
            index.execute(params![id as i64 + 1, text]).unwrap();
        }
    }
    tx.commit().unwrap();
    started.elapsed()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A generated article as a saved web page: its first line the headline,
/// the rest paragraphs, inside the furniture and weight of a news site.
fn as_web_page(text: &str, i: usize) -> String {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let headline = escape(lines.next().unwrap_or("Untitled"));
    let mut page = String::with_capacity(100_000);
    let _ = write!(
        page,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{headline} | The Bench Herald</title>\
         <meta property=\"og:title\" content=\"{headline}\"><meta property=\"og:site_name\" content=\"The Bench Herald\">\
         <meta property=\"article:published_time\" content=\"2024-03-{:02}T{:02}:15:00+00:00\">\
         <link rel=\"canonical\" href=\"https://bench.example/news/{i}\">\
         <script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"{headline}\",\"author\":[{{\"@type\":\"Person\",\"name\":\"Jane Holloway\"}}],\"publisher\":{{\"@type\":\"Organization\",\"name\":\"The Bench Herald\"}}}}</script>",
        i % 28 + 1,
        i % 24
    );
    let _ = write!(
        page,
        "<style>{}</style>",
        ".nav a{color:#123;margin:0 4px}\n".repeat(250)
    );
    let _ = write!(
        page,
        "<script>{}</script></head><body>",
        "window.dataLayer=window.dataLayer||[];dataLayer.push({event:'view',section:'news'});\n"
            .repeat(450)
    );
    page.push_str("<header><nav class=\"nav\"><ul>");
    for k in 0..80 {
        let _ = write!(page, "<li><a href=\"/section/{k}\">Section {k}</a></li>");
    }
    page.push_str("</ul></nav></header><main><article><h1>");
    page.push_str(&headline);
    page.push_str("</h1><div class=\"byline\">By Jane Holloway</div>");
    for line in lines {
        let _ = write!(page, "<p>{}</p>", escape(line));
    }
    page.push_str("</article><aside class=\"related\"><h2>Most read</h2><ol>");
    for k in 0..15 {
        let _ = write!(
            page,
            "<li><a href=\"/news/{k}\">Another story that readers liked, number {k}</a></li>"
        );
    }
    page.push_str("</ol></aside></main><footer><ul>");
    for k in 0..60 {
        let _ = write!(page, "<li><a href=\"/about/{k}\">Footer link {k}</a></li>");
    }
    page.push_str(
        "</ul><p>Copyright 2024 The Bench Herald. All rights reserved.</p></footer></body></html>",
    );
    page
}

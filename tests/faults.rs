//! Bad input and faults: clear errors, nothing lost.
//!
//! Every test runs the real `clippings` binary on files it writes itself,
//! and checks the exit status (0 ok, 1 failure, 2 bad usage), the message
//! on stderr, and what the database holds afterwards.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use rusqlite::{Connection, OpenFlags};
use tempfile::TempDir;

// ---------------------------------------------------------------- helpers

/// What one run of the binary did.
#[derive(Debug)]
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn command(db: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_clippings"));
    cmd.arg("--db")
        .arg(db)
        .env_remove("CLIPPINGS_DB")
        .env_remove("CLIPPINGS_QUERIES")
        .stdin(Stdio::null());
    cmd
}

fn clippings(db: &Path, args: &[&str]) -> Run {
    let out = command(db).args(args).output().expect("run clippings");
    Run {
        code: out.status.code().expect("exited, not killed"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn spawn(db: &Path, args: &[&str]) -> Child {
    command(db)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start clippings")
}

fn finish(child: Child) -> Run {
    let out = child.wait_with_output().expect("wait for clippings");
    Run {
        code: out.status.code().expect("exited, not killed"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn s(path: &Path) -> &str {
    path.to_str().expect("UTF-8 temp path")
}

fn scratch() -> TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn folder(parent: &Path, name: &str) -> PathBuf {
    let dir = parent.join(name);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// One line of the import summary without its timing, e.g.
/// "3 files seen: 2 new, 0 updated, 0 unchanged, 1 failed".
fn seen_line(stdout: &str) -> &str {
    let line = stdout.lines().next().unwrap_or("");
    line.rsplit_once(" (").map_or(line, |(head, _)| head)
}

/// `SELECT count(*) FROM table`, through the command line as a user would.
fn cli_count(db: &Path, table: &str) -> i64 {
    let r = clippings(
        db,
        &[
            "sql",
            &format!("SELECT count(*) FROM {table}"),
            "--format",
            "csv",
        ],
    );
    assert_eq!(r.code, 0, "{r:?}");
    let mut lines = r.stdout.lines();
    assert_eq!(lines.next(), Some("count(*)"), "{r:?}");
    lines.next().unwrap().parse().unwrap()
}

fn open(db: &Path) -> Connection {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_WRITE).unwrap();
    conn.busy_timeout(Duration::from_secs(10)).unwrap();
    conn
}

fn scalar<T: rusqlite::types::FromSql>(db: &Path, sql: &str) -> T {
    open(db).query_row(sql, [], |r| r.get(0)).unwrap()
}

fn strings(conn: &Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(sql).unwrap();
    stmt.query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// (speaker, quote) of one file, in the order of the text.
fn quotes_of(db: &Path, file: &str) -> Vec<(Option<String>, String)> {
    let conn = open(db);
    let mut stmt = conn
        .prepare("SELECT speaker, quote FROM quote_details WHERE file = ?1 ORDER BY quote_id")
        .unwrap();
    stmt.query_map([file], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// Each stored article's file name with its number of quotations.
fn quotes_per_file(conn: &Connection) -> rusqlite::Result<BTreeMap<String, i64>> {
    let mut stmt = conn.prepare(
        "SELECT a.file, (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) FROM articles a",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// Row counts of every table an import writes.
fn table_counts(db: &Path) -> Vec<(String, i64)> {
    let conn = open(db);
    [
        "articles",
        "article_extras",
        "sources",
        "people",
        "person_aliases",
        "person_roles",
        "mentions",
        "article_authors",
        "unresolved_names",
        "quotes",
    ]
    .iter()
    .map(|t| {
        let n = conn
            .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
            .unwrap();
        (t.to_string(), n)
    })
    .collect()
}

const GIVEN: [&str; 12] = [
    "Anna", "Peter", "Maria", "John", "Lena", "Omar", "Grace", "Ivan", "Sofia", "David", "Chen",
    "Fatima",
];
const FAMILY: [&str; 12] = [
    "Berg", "Hall", "Novak", "Smith", "Okafor", "Rossi", "Tanaka", "Silva", "Kowalski", "Murphy",
    "Haddad", "Larsen",
];

/// A short news article with two attributed quotations.
fn article(i: usize) -> String {
    let a = format!("{} {}", GIVEN[i % 12], FAMILY[(i / 12) % 12]);
    let b = format!("{} {}", GIVEN[(i + 5) % 12], FAMILY[(i / 7 + 3) % 12]);
    format!(
        "Council vote number {i} splits the town\n\n\
         The council met on Tuesday to discuss plan {i} for the harbour.\n\n\
         \"We will not accept plan {i} as it stands,\" said {a}, the mayor.\n\n\
         The debate lasted for hours and ended without agreement on the budget.\n\n\
         \"This is a good day for the harbour,\" said {b}, a local trader.\n\n\
         A further vote is expected next month.\n"
    )
}

/// Writes articles `from..from + n` as `NNNN.txt`.
fn write_corpus(dir: &Path, from: usize, n: usize) {
    for i in from..from + n {
        fs::write(dir.join(format!("{i:04}.txt")), article(i)).unwrap();
    }
}

/// Quotations per file from an uninterrupted import of the same files.
fn reference(dirs: &[&Path], db: &Path) -> BTreeMap<String, i64> {
    let mut args = vec!["import", "--quiet"];
    args.extend(dirs.iter().map(|d| s(d)));
    let r = clippings(db, &args);
    assert_eq!(r.code, 0, "{r:?}");
    let counts = quotes_per_file(&open(db)).unwrap();
    assert!(
        counts.values().all(|&n| n > 0),
        "every reference article should have quotations: {counts:?}"
    );
    counts
}

/// The file is a sound database and every article in it is whole: the
/// same quotations as in an uninterrupted import. Returns the articles.
fn assert_sound(db: &Path, reference: &BTreeMap<String, i64>) -> usize {
    let conn = open(db);
    assert_eq!(strings(&conn, "PRAGMA integrity_check"), ["ok"]);
    let fk: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(fk, 0, "foreign key violations");
    // Killed before the migrations committed: the file holds no schema yet
    // (at most refinery's own, empty history table), and the next run
    // creates it.
    let has_articles: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'articles'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    if has_articles == 0 {
        return 0;
    }
    let bodiless: i64 = conn
        .query_row(
            "SELECT count(*) FROM articles WHERE body = '' OR raw_text = '' OR headline IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(bodiless, 0, "articles stored without their text");
    let stored = quotes_per_file(&conn).unwrap();
    for (file, n) in &stored {
        assert_eq!(
            reference.get(file),
            Some(n),
            "{file}: quotations differ from an uninterrupted import"
        );
    }
    stored.len()
}

fn wait_until(deadline: Duration, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < deadline, "timed out");
        thread::sleep(Duration::from_millis(10));
    }
}

/// Whether the clippings schema was committed to the file.
fn has_schema(db: &Path) -> bool {
    scalar::<i64>(
        db,
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'articles'",
    ) > 0
}

/// Articles in the database, or None while it cannot be read yet.
fn articles_now(db: &Path) -> Option<i64> {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    conn.busy_timeout(Duration::from_secs(1)).ok()?;
    conn.query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .ok()
}

fn known_schema_version() -> i64 {
    fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/store/migrations"))
        .unwrap()
        .filter_map(|e| {
            let name = e.ok()?.file_name().to_string_lossy().into_owned();
            name.strip_prefix('V')?.split_once("__")?.0.parse().ok()
        })
        .max()
        .unwrap()
}

// -------------------------------------------------------------- bad input

#[test]
fn windows_1252_with_curly_quotes_and_accents_imports() {
    let tmp = scratch();
    let dir = folder(tmp.path(), "in");
    fs::write(
        dir.join("cafe.txt"),
        b"Caf\xe9 owner vows to fight closure\n\n\
          The owner of the caf\xe9 on the harbour spoke on Monday.\n\n\
          \x93We will not back down,\x94 said Fran\xe7ois Dupr\xe9, the caf\xe9 owner.\n",
    )
    .unwrap();
    let db = tmp.path().join("c.db");
    let r = clippings(&db, &["import", s(&dir)]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.stderr, "");
    assert_eq!(
        seen_line(&r.stdout),
        "1 files seen: 1 new, 0 updated, 0 unchanged, 0 failed"
    );
    let (encoding, headline, raw): (String, String, String) = open(&db)
        .query_row(
            "SELECT encoding, headline, raw_text FROM articles WHERE file = 'cafe.txt'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(encoding, "windows-1252");
    assert_eq!(headline, "Caf\u{e9} owner vows to fight closure");
    assert!(
        raw.contains("\u{201c}We will not back down,\u{201d} said Fran\u{e7}ois Dupr\u{e9}"),
        "{raw}"
    );
    assert_eq!(
        quotes_of(&db, "cafe.txt"),
        [(
            Some("Fran\u{e7}ois Dupr\u{e9}".to_string()),
            "We will not back down".to_string()
        )]
    );
}

#[test]
fn utf8_with_a_byte_order_mark_and_crlf_line_ends_imports() {
    let tmp = scratch();
    let dir = folder(tmp.path(), "in");
    fs::write(
        dir.join("budget.txt"),
        "\u{feff}Council approves budget\r\n\r\n\
         The council voted on Wednesday.\r\n\r\n\
         \"We have balanced the books,\" said Mary Jones, the council leader.\r\n\r\n\
         She added: \"Nobody will lose their job.\"\r\n",
    )
    .unwrap();
    let db = tmp.path().join("c.db");
    let r = clippings(&db, &["import", s(&dir)]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.stderr, "");
    let (encoding, headline, cr, bom): (String, String, i64, i64) = open(&db)
        .query_row(
            "SELECT encoding, headline,
                    instr(body, char(13)) + instr(raw_text, char(13)),
                    instr(body, char(65279)) + instr(raw_text, char(65279))
             FROM articles",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(encoding, "utf-8-bom");
    assert_eq!(headline, "Council approves budget");
    assert_eq!(cr, 0, "a carriage return was stored");
    assert_eq!(bom, 0, "the byte-order mark was stored");
    let mary = Some("Mary Jones".to_string());
    assert_eq!(
        quotes_of(&db, "budget.txt"),
        [
            (mary.clone(), "We have balanced the books".to_string()),
            (mary, "Nobody will lose their job.".to_string()),
        ]
    );
}

#[test]
fn empty_blank_and_binary_files_are_refused_by_name() {
    let tmp = scratch();
    let dir = folder(tmp.path(), "in");
    let cases: [(&str, &[u8], &str); 3] = [
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b"  \n\t\r\n   \n", "the file holds only whitespace"),
        (
            "image.txt",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\0IEND",
            "the file looks binary (a NUL byte at offset 8); only plain-text articles can be imported",
        ),
    ];
    let db = tmp.path().join("c.db");
    for (name, bytes, reason) in cases {
        let path = dir.join(name);
        fs::write(&path, bytes).unwrap();
        let r = clippings(&db, &["import", s(&path)]);
        assert_eq!(r.code, 1, "{name}: {r:?}");
        assert_eq!(r.stderr, format!("error: {}: {reason}\n", path.display()));
        assert_eq!(
            seen_line(&r.stdout),
            "1 files seen: 0 new, 0 updated, 0 unchanged, 1 failed"
        );
        assert_eq!(cli_count(&db, "articles"), 0, "{name}");
    }
}

#[test]
fn one_bad_file_in_a_folder_of_good_ones() {
    let tmp = scratch();
    let dir = folder(tmp.path(), "in");
    write_corpus(&dir, 0, 3);
    let bad = dir.join("0001b.txt");
    fs::write(&bad, b"GIF89a\x01\0\x01\0\0\0\0;").unwrap();
    fs::write(dir.join("notes.md"), "not an article").unwrap();
    let db = tmp.path().join("c.db");
    let r = clippings(&db, &["import", s(&dir)]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(
        r.stderr,
        format!(
            "error: {}: the file looks binary (a NUL byte at offset 7); only plain-text articles can be imported\n",
            bad.display()
        )
    );
    assert_eq!(
        seen_line(&r.stdout),
        "4 files seen: 3 new, 0 updated, 0 unchanged, 1 failed"
    );
    assert_eq!(
        strings(&open(&db), "SELECT file FROM articles ORDER BY file"),
        ["0000.txt", "0001.txt", "0002.txt"]
    );
    assert_eq!(cli_count(&db, "quotes"), 6);
}

#[test]
fn a_file_over_the_size_limit_is_refused_with_its_size() {
    let tmp = scratch();
    let dir = folder(tmp.path(), "in");
    write_corpus(&dir, 0, 1);
    let huge = dir.join("huge.txt");
    // Sparse: 70 MB of NULs that take no disk and no time to write.
    fs::File::create(&huge)
        .unwrap()
        .set_len(70_000_000)
        .unwrap();
    let db = tmp.path().join("c.db");
    let started = Instant::now();
    let r = clippings(&db, &["import", s(&dir)]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(
        r.stderr,
        format!(
            "error: {}: the file is 70000000 bytes, over the 16777216-byte limit for one article; split it or check that it is an article\n",
            huge.display()
        )
    );
    assert_eq!(
        seen_line(&r.stdout),
        "2 files seen: 1 new, 0 updated, 0 unchanged, 1 failed"
    );
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "refusing took {:?}: the file was read",
        started.elapsed()
    );
    assert_eq!(
        strings(&open(&db), "SELECT file FROM articles"),
        ["0000.txt"]
    );
}

/// A 50 MB text file is no article: it is refused, by name and size,
/// without reading it into memory.
#[test]
fn a_50_mb_text_file_is_refused_with_a_message() {
    let tmp = scratch();
    let dir = folder(tmp.path(), "in");
    let paragraph = "\"We will keep going,\" said Anna Berg, the mayor of the town, on Tuesday. \
                     The council met again and discussed the budget for the coming year.\n\n";
    let mut text = String::from("Mayor vows to keep going\n\n");
    while text.len() < 50_000_000 {
        text.push_str(paragraph);
    }
    let big = dir.join("big.txt");
    fs::write(&big, &text).unwrap();
    let db = tmp.path().join("c.db");
    let r = clippings(&db, &["import", s(&dir)]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(
        r.stderr,
        format!(
            "error: {}: the file is {} bytes, over the 16777216-byte limit for one article; split it or check that it is an article\n",
            big.display(),
            text.len()
        )
    );
    assert_eq!(cli_count(&db, "articles"), 0);
}

/// Just under the limit, an article with a quotation in every paragraph
/// imports in time linear in its length.
#[test]
fn a_4_mb_article_full_of_quotations_imports() {
    let tmp = scratch();
    let dir = folder(tmp.path(), "in");
    let paragraph = "\"We will keep going,\" said Anna Berg, the mayor of the town, on Tuesday. \
                     \"The budget is fair.\" She added that the council had \"no choice\".\n\n";
    let mut text = String::from("Mayor vows to keep going\n\n");
    while text.len() < 4_000_000 {
        text.push_str(paragraph);
    }
    fs::write(dir.join("big.txt"), &text).unwrap();
    let db = tmp.path().join("c.db");
    let started = Instant::now();
    let r = clippings(&db, &["import", s(&dir)]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        seen_line(&r.stdout),
        "1 files seen: 1 new, 0 updated, 0 unchanged, 0 failed"
    );
    let paragraphs = (text.len() / paragraph.len()) as i64;
    assert_eq!(cli_count(&db, "quotes"), 3 * paragraphs);
    let len: i64 = scalar(&db, "SELECT length(raw_text) FROM articles");
    assert_eq!(len as usize, text.len());
    // Generous for a debug build on a busy machine; quadratic work would take hours.
    assert!(
        started.elapsed() < Duration::from_secs(120),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn a_file_with_only_a_headline_imports_with_an_empty_body() {
    let tmp = scratch();
    let dir = folder(tmp.path(), "in");
    fs::write(dir.join("headline.txt"), "Only a headline here\n").unwrap();
    let db = tmp.path().join("c.db");
    let r = clippings(&db, &["import", s(&dir)]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.stderr, "");
    let (headline, body): (String, String) = open(&db)
        .query_row("SELECT headline, body FROM articles", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(headline, "Only a headline here");
    assert_eq!(body, "");
    assert_eq!(cli_count(&db, "quotes"), 0);
}

#[test]
fn quotations_after_a_stray_mark_are_still_found() {
    let tmp = scratch();
    let dir = folder(tmp.path(), "in");
    // A straight mark opened and never closed, then a plain paragraph.
    fs::write(
        dir.join("open.txt"),
        "Report delayed again\n\n\
         The \"committee met on Monday.\n\n\
         It was a long day for everyone.\n\n\
         \"We will publish the report next week,\" said Peter Hall, the chairman.\n",
    )
    .unwrap();
    // A mark used for inches.
    fs::write(
        dir.join("inches.txt"),
        "Storm floods roads\n\n\
         Rain of 5\" fell overnight, said the forecaster.\n\n\
         \"The roads are flooded,\" said Peter Hall, the chairman.\n",
    )
    .unwrap();
    // A closing curly mark with no opening one.
    fs::write(
        dir.join("closing.txt"),
        "Findings published\n\n\
         \u{201c}We will publish the report next week,\u{201d} said Peter Hall, the chairman.\n\n\
         A stray \u{201d} mark. \u{201c}The findings are clear,\u{201d} Peter Hall added.\n",
    )
    .unwrap();
    let db = tmp.path().join("c.db");
    let r = clippings(&db, &["import", s(&dir)]);
    assert_eq!(r.code, 0, "{r:?}");
    let texts =
        |file: &str| -> Vec<String> { quotes_of(&db, file).into_iter().map(|(_, t)| t).collect() };
    assert_eq!(texts("open.txt"), ["We will publish the report next week"]);
    assert_eq!(texts("inches.txt"), ["The roads are flooded"]);
    assert_eq!(
        texts("closing.txt"),
        [
            "We will publish the report next week",
            "The findings are clear"
        ]
    );
}

#[test]
fn a_200_kb_paragraph_imports() {
    let tmp = scratch();
    let dir = folder(tmp.path(), "in");
    let mut text = String::from("Council talks drag on\n\n");
    while text.len() < 200_000 {
        text.push_str(
            "The council discussed roads and schools at length without reaching any decision. ",
        );
    }
    text.push_str("\"We need more time,\" said Karen White, the council leader.\n");
    fs::write(dir.join("long.txt"), &text).unwrap();
    let db = tmp.path().join("c.db");
    let r = clippings(&db, &["import", s(&dir)]);
    assert_eq!(r.code, 0, "{r:?}");
    let body: i64 = scalar(&db, "SELECT length(body) FROM articles");
    assert!(body > 200_000, "body of {body} characters");
    assert_eq!(
        quotes_of(&db, "long.txt"),
        [(
            Some("Karen White".to_string()),
            "We need more time".to_string()
        )]
    );
}

// --------------------------------------------------------------- manifests

fn manifest_folder(tmp: &Path, manifest: &str) -> PathBuf {
    let dir = folder(tmp, "news");
    fs::write(
        dir.join("a.txt"),
        "Harbour plan approved\n\n\"It is a good plan,\" said Anna Berg, the mayor.\n",
    )
    .unwrap();
    fs::write(
        dir.join("b.txt"),
        "Harbour plan opposed\n\n\"It is a bad plan,\" said Omar Rossi, a trader.\n",
    )
    .unwrap();
    fs::write(dir.join("manifest.csv"), manifest).unwrap();
    dir
}

#[test]
fn a_manifest_with_an_unknown_column_refuses_its_folder() {
    let tmp = scratch();
    let dir = manifest_folder(
        tmp.path(),
        "file,outlet,section\na.txt,The Times,Politics\n",
    );
    let db = tmp.path().join("c.db");
    let r = clippings(&db, &["import", s(&dir)]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(
        r.stderr,
        format!(
            "error: {dir}: {dir}/manifest.csv: unknown column 'section'; the columns are file, outlet, url, published, authors; \
             fix it and import again (its 2 article files were not imported)\n",
            dir = dir.display()
        )
    );
    assert_eq!(
        seen_line(&r.stdout),
        "0 files seen: 0 new, 0 updated, 0 unchanged, 1 failed"
    );
    assert_eq!(cli_count(&db, "articles"), 0);
}

#[test]
fn a_manifest_row_naming_a_missing_file_is_reported_and_the_rest_imports() {
    let tmp = scratch();
    let dir = manifest_folder(
        tmp.path(),
        "file,outlet\na.txt,The Times\nghost.txt,The Times\nb.txt,BBC News\n",
    );
    let db = tmp.path().join("c.db");
    let r = clippings(&db, &["import", s(&dir)]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(
        r.stderr,
        format!(
            "error: {dir}/manifest.csv: row 3 names 'ghost.txt', which is not in {dir}; \
             add the file or remove the row\n",
            dir = dir.display()
        )
    );
    assert_eq!(
        seen_line(&r.stdout),
        "2 files seen: 2 new, 0 updated, 0 unchanged, 1 failed"
    );
    let conn = open(&db);
    assert_eq!(
        strings(
            &conn,
            "SELECT a.file || ' ' || s.name FROM articles a JOIN sources s ON s.id = a.source_id ORDER BY a.file"
        ),
        ["a.txt The Times", "b.txt BBC News"]
    );
}

#[test]
fn a_manifest_with_a_bad_date_names_the_row_and_the_rest_of_the_folder_imports() {
    let tmp = scratch();
    let dir = manifest_folder(
        tmp.path(),
        "file,outlet,published\na.txt,The Times,2020-01-01\nb.txt,BBC News,last Tuesday\n",
    );
    let db = tmp.path().join("c.db");
    let r = clippings(&db, &["import", s(&dir)]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(
        r.stderr,
        format!(
            "error: {dir}/b.txt: not imported: {dir}/manifest.csv, row 3: 'last Tuesday' in \
             'published' is not a date; write it as 2017-06-15 or 2017-06-15T13:34:00+01:00; \
             fix the row and import again\n",
            dir = dir.display()
        )
    );
    assert_eq!(
        seen_line(&r.stdout),
        "2 files seen: 1 new, 0 updated, 0 unchanged, 1 failed"
    );
    assert_eq!(cli_count(&db, "articles"), 1);
    // Fixed, the folder imports with the manifest's values.
    fs::write(
        dir.join("manifest.csv"),
        "file,outlet,published\na.txt,The Times,2020-01-01\nb.txt,BBC News,2020-01-02\n",
    )
    .unwrap();
    let r = clippings(&db, &["import", s(&dir)]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        strings(
            &open(&db),
            "SELECT file || ' ' || published FROM articles ORDER BY file"
        ),
        ["a.txt 2020-01-01", "b.txt 2020-01-02"]
    );
}

// ----------------------------------------------------------- saved queries

#[test]
fn an_unknown_query_name_suggests_the_closest() {
    let tmp = scratch();
    let db = tmp.path().join("c.db");
    let r = clippings(&db, &["query", "outlet-quoting", "-p", "term=asylum"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(
        r.stderr,
        "error: there is no saved query 'outlet-quoting' (did you mean 'outlets-quoting'?); \
         `clippings queries` lists them\n"
    );
    assert_eq!(r.stdout, "");
    assert!(!db.exists(), "a usage error created the database");
}

#[test]
fn a_missing_parameter_is_named_with_how_to_give_it() {
    let tmp = scratch();
    let db = tmp.path().join("c.db");
    let r = clippings(&db, &["query", "outlets-quoting"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr
            .starts_with("error: query 'outlets-quoting' needs the parameter 'term' (")
            && r.stderr.ends_with("); give it with -p term=VALUE\n"),
        "{}",
        r.stderr
    );
    assert!(!db.exists());
}

#[test]
fn an_ill_typed_or_unknown_parameter_is_refused() {
    let tmp = scratch();
    let db = tmp.path().join("c.db");
    let r = clippings(&db, &["query", "top-speakers", "-p", "limit=ten"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(
        r.stderr,
        "error: query 'top-speakers': parameter 'limit' must be a whole number, not 'ten'\n"
    );
    let r = clippings(&db, &["query", "top-speakers", "-p", "lmit=5"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(
        r.stderr,
        "error: query 'top-speakers' has no parameter 'lmit'; its parameters are: limit\n"
    );
    assert!(!db.exists());
}

#[test]
fn bad_parameter_syntax_is_refused() {
    let tmp = scratch();
    let db = tmp.path().join("c.db");
    for arg in ["limit", "=5"] {
        let r = clippings(&db, &["query", "top-speakers", "-p", arg]);
        assert_eq!(r.code, 2, "{r:?}");
        assert_eq!(
            r.stderr,
            format!("error: '{arg}' is not a parameter; write -p NAME=VALUE\n")
        );
        let r = clippings(&db, &["sql", "SELECT :limit", "-p", arg]);
        assert_eq!(r.code, 2, "{r:?}");
        assert_eq!(
            r.stderr,
            format!("error: '{arg}' is not a parameter; write -p NAME=VALUE\n")
        );
    }
    assert!(!db.exists());
}

#[test]
fn search_words_that_are_not_fts5_syntax_are_blamed_not_the_query_file() {
    let tmp = scratch();
    let corpus = folder(tmp.path(), "corpus");
    write_corpus(&corpus, 0, 3);
    let db = tmp.path().join("c.db");
    assert_eq!(clippings(&db, &["import", "--quiet", s(&corpus)]).code, 0);
    for (words, why) in [
        ("harbour\"", "unterminated string"),
        ("harbour AND", "fts5: syntax error near \"\""),
        ("mayor:harbour", "no such column: mayor"),
    ] {
        // Searched for as written by default; as FTS5 syntax with --raw.
        let r = clippings(&db, &["search", words]);
        assert_eq!(r.code, 0, "{words}: {r:?}");
        let r = clippings(&db, &["search", "--raw", words]);
        assert_eq!(r.code, 2, "{words}: {r:?}");
        assert_eq!(
            r.stderr,
            format!(
                "error: the search words are not valid FTS5 syntax ({why}); \
                 without --raw they are searched for as written\n"
            )
        );
        let term = format!("term={words}");
        let r = clippings(&db, &["query", "search-articles", "-p", &term]);
        assert_eq!(r.code, 2, "{words}: {r:?}");
        assert!(
            r.stderr.starts_with(
                "error: queries/search-articles.sql (built in): the full-text search words are not valid"
            ),
            "{r:?}"
        );
    }
    let r = clippings(&db, &["search", "--raw", "\"accept plan\" AND stands"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        r.stdout.lines().count(),
        4,
        "a header and three quotations: {r:?}"
    );
}

#[test]
fn an_sql_error_in_a_query_file_names_the_file_and_line() {
    let tmp = scratch();
    let queries = folder(tmp.path(), "queries");
    let file = queries.join("broken.sql");
    fs::write(
        &file,
        "-- title: Broken\n\
         -- description: Has an SQL error on line 7.\n\
         -- param limit: integer = 5 | Rows.\n\
         SELECT file\n\
         FROM articles\n\
         WHERE id >\n\
         LIMIT :limit;\n",
    )
    .unwrap();
    fs::write(
        queries.join("missing-table.sql"),
        "-- title: Missing table\n-- description: Reads a table that is not there.\n\nSELECT *\n  FROM no_such_table;\n",
    )
    .unwrap();
    let (db, _corpus) = real_database(tmp.path());
    let r = clippings(&db, &["query", "broken", "--queries", s(&queries)]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(
        r.stderr,
        format!(
            "error: {}, line 7: near \"LIMIT\": syntax error\n",
            file.display()
        )
    );
    let r = clippings(&db, &["query", "missing-table", "--queries", s(&queries)]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(
        r.stderr,
        format!(
            "error: {}, line 5: no such table: no_such_table\n",
            queries.join("missing-table.sql").display()
        )
    );
}

#[test]
fn a_query_file_without_its_header_is_named() {
    let tmp = scratch();
    let queries = folder(tmp.path(), "queries");
    let file = queries.join("bare.sql");
    fs::write(&file, "SELECT count(*) FROM articles;\n").unwrap();
    let db = tmp.path().join("c.db");
    let r = clippings(&db, &["query", "bare", "--queries", s(&queries)]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(
        r.stderr,
        format!(
            "error: query 'bare' is in {f}, which has a problem: {f}: no header; a saved query \
             starts with a '-- title: …' line (then, if you like, '-- description: …' and \
             '-- param …' lines)\n",
            f = file.display()
        )
    );
    assert_eq!(r.stdout, "");
}

// ------------------------------------------------------------------ faults

#[test]
fn importing_twice_changes_nothing_and_an_edit_replaces_the_quotes() {
    let tmp = scratch();
    let dir = folder(tmp.path(), "in");
    write_corpus(&dir, 0, 5);
    let db = tmp.path().join("c.db");
    let r = clippings(&db, &["import", s(&dir)]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        seen_line(&r.stdout),
        "5 files seen: 5 new, 0 updated, 0 unchanged, 0 failed"
    );
    let counts = table_counts(&db);
    let all_quotes = |db: &Path| {
        strings(
            &open(db),
            "SELECT q.id || ' ' || a.file || ' ' || q.text FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY q.id",
        )
    };
    let quotes = all_quotes(&db);
    assert_eq!(quotes.len(), 10);

    let r = clippings(&db, &["import", s(&dir)]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        seen_line(&r.stdout),
        "5 files seen: 0 new, 0 updated, 5 unchanged, 0 failed"
    );
    assert_eq!(table_counts(&db), counts);
    assert_eq!(all_quotes(&db), quotes);

    let edited = dir.join("0002.txt");
    let text = fs::read_to_string(&edited).unwrap();
    fs::write(
        &edited,
        text.replace(
            "We will not accept plan 2 as it stands",
            "We reject plan 2 entirely",
        ),
    )
    .unwrap();
    let r = clippings(&db, &["import", s(&dir)]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        seen_line(&r.stdout),
        "5 files seen: 0 new, 1 updated, 4 unchanged, 0 failed"
    );
    assert_eq!(table_counts(&db), counts);
    assert_eq!(
        quotes_of(&db, "0002.txt")
            .into_iter()
            .map(|(_, t)| t)
            .collect::<Vec<_>>(),
        [
            "We reject plan 2 entirely",
            "This is a good day for the harbour"
        ]
    );
    let after = all_quotes(&db);
    let others = |q: &Vec<String>| -> Vec<String> {
        q.iter()
            .filter(|l| !l.contains(" 0002.txt "))
            .cloned()
            .collect()
    };
    assert_eq!(
        others(&after),
        others(&quotes),
        "other articles' quotes changed"
    );
    assert_eq!(
        cli_count(&db, "quotes WHERE text LIKE '%accept plan 2 %'"),
        0
    );
}

#[test]
fn sigkill_during_an_import_loses_nothing() {
    const FILES: usize = 3000;
    let tmp = scratch();
    let corpus = folder(tmp.path(), "corpus");
    write_corpus(&corpus, 0, FILES);
    let reference = reference(&[&corpus], &tmp.path().join("reference.db"));
    assert_eq!(reference.len(), FILES);
    let db = tmp.path().join("killed.db");

    enum When {
        After(u64),
        MoreArticles(i64),
    }
    let points = [
        (When::After(30), "500"),
        (When::MoreArticles(1), "500"),
        (When::After(200), "100"),
        (When::After(600), "100"),
        (When::MoreArticles(300), "50"),
        (When::After(1200), "500"),
    ];
    let mut interrupted = 0;
    for (when, batch) in points {
        let before = articles_now(&db).unwrap_or(0);
        let mut child = command(&db)
            .args(["import", "--quiet", "--batch", batch, s(&corpus)])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        match when {
            When::After(ms) => thread::sleep(Duration::from_millis(ms)),
            When::MoreArticles(n) => wait_until(Duration::from_secs(120), || {
                articles_now(&db).unwrap_or(0) >= before + n || child.try_wait().unwrap().is_some()
            }),
        }
        let killed = child.try_wait().unwrap().is_none();
        if killed {
            child.kill().unwrap(); // SIGKILL
            interrupted += 1;
        }
        child.wait().unwrap();
        if db.exists() {
            let n = assert_sound(&db, &reference);
            eprintln!("batch {batch}: {n} articles after the import was killed: {killed}");
            // Killed before its schema was committed, the file holds no
            // database yet: commands that read say so, the next import
            // makes it. Killed later, the file is sound, though the people
            // pass may be owed (`check` says so; the next import pays it).
            let r = clippings(&db, &["check"]);
            if has_schema(&db) {
                assert!(
                    r.stdout.ends_with(": ok\n") || r.stdout.contains(": OUT OF DATE ("),
                    "{r:?}"
                );
                assert!(!r.stdout.contains("DAMAGED"), "{r:?}");
            } else {
                assert!(
                    r.stderr.contains("holds no clippings database yet"),
                    "{r:?}"
                );
            }
        }
    }
    assert!(
        interrupted >= 3,
        "only {interrupted} imports were killed before they finished"
    );
    let r = clippings(&db, &["import", "--quiet", s(&corpus)]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stdout.starts_with(&format!("{FILES} files seen: ")),
        "{r:?}"
    );
    assert_eq!(assert_sound(&db, &reference), FILES);
    assert_eq!(quotes_per_file(&open(&db)).unwrap(), reference);
    assert_eq!(cli_count(&db, "articles"), FILES as i64);
}

#[test]
fn a_reader_neither_blocks_an_import_nor_sees_half_an_article() {
    let tmp = scratch();
    let first = folder(tmp.path(), "first");
    write_corpus(&first, 9000, 1);
    let corpus = folder(tmp.path(), "corpus");
    write_corpus(&corpus, 0, 600);
    let reference = reference(&[&first, &corpus], &tmp.path().join("reference.db"));
    let db = tmp.path().join("c.db");
    let r = clippings(&db, &["import", s(&first)]);
    assert_eq!(r.code, 0, "{r:?}");

    // A reader in the middle of a read transaction for the whole import.
    let holder = open(&db);
    holder.execute_batch("BEGIN").unwrap();
    let count = |c: &Connection| -> i64 {
        c.query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(count(&holder), 1);

    let started = Instant::now();
    let mut child = spawn(&db, &["import", "--quiet", "--batch", "50", s(&corpus)]);
    let mut looks = 0;
    let mut cli_reads = 0;
    while child.try_wait().unwrap().is_none() {
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "the import did not finish"
        );
        // A fresh snapshot each time: every article it holds is whole.
        let reader = Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
        reader.busy_timeout(Duration::from_secs(10)).unwrap();
        for (file, n) in quotes_per_file(&reader).unwrap() {
            assert_eq!(reference.get(&file), Some(&n), "{file} seen half-written");
        }
        looks += 1;
        if cli_reads < 3 {
            let r = clippings(
                &db,
                &["sql", "SELECT count(*) FROM articles", "--format", "csv"],
            );
            assert_eq!(r.code, 0, "a read during the import failed: {r:?}");
            cli_reads += 1;
        }
        thread::sleep(Duration::from_millis(20));
    }
    let elapsed = started.elapsed();
    let r = finish(child);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.stderr, "");
    assert!(looks > 0);
    assert!(
        elapsed < Duration::from_secs(40),
        "the import took {elapsed:?} with a reader open: it waited for the reader"
    );
    // The reader still sees its snapshot; a new transaction sees the import.
    assert_eq!(count(&holder), 1);
    holder.execute_batch("COMMIT").unwrap();
    assert_eq!(count(&holder), 601);
    assert_eq!(assert_sound(&db, &reference), 601);
}

#[test]
fn two_imports_at_once_both_finish() {
    let tmp = scratch();
    let a = folder(tmp.path(), "a");
    write_corpus(&a, 0, 300);
    let b = folder(tmp.path(), "b");
    write_corpus(&b, 1000, 300);
    let reference = reference(&[&a, &b], &tmp.path().join("reference.db"));

    // Different folders into one new database.
    let db = tmp.path().join("c.db");
    let one = spawn(&db, &["import", "--quiet", s(&a)]);
    let two = spawn(&db, &["import", "--quiet", s(&b)]);
    for r in [finish(one), finish(two)] {
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(r.stderr, "");
        assert_eq!(
            seen_line(&r.stdout),
            "300 files seen: 300 new, 0 updated, 0 unchanged, 0 failed"
        );
    }
    assert_eq!(assert_sound(&db, &reference), 600);

    // The same folder twice: each file is stored once.
    let db = tmp.path().join("same.db");
    let one = spawn(&db, &["import", "--quiet", s(&a)]);
    let two = spawn(&db, &["import", "--quiet", s(&a)]);
    let mut new = 0;
    for r in [finish(one), finish(two)] {
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(r.stderr, "");
        let line = seen_line(&r.stdout);
        let n: u64 = line
            .strip_prefix("300 files seen: ")
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{line}"));
        new += n;
    }
    assert_eq!(new, 300);
    assert_eq!(assert_sound(&db, &reference), 300);
}

#[test]
#[ignore = "waits out the 60 s busy timeout (store::BUSY_TIMEOUT)"]
fn a_writer_holding_the_database_too_long_gets_a_clear_message() {
    let tmp = scratch();
    let (db, corpus) = real_database(tmp.path());
    let holder = open(&db);
    holder
        .execute_batch("BEGIN IMMEDIATE; INSERT INTO sources (name) VALUES ('Held Open')")
        .unwrap();
    let busy = format!(
        "{p} is busy: another process has been writing to it for over 60s; \
         wait for it to finish and run the command again\n",
        p = db.display()
    );
    // Every file is unchanged, so the first write is the people pass.
    let r = clippings(&db, &["import", "--quiet", s(&corpus)]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(
        r.stderr,
        format!("error: import into {} failed: {busy}", db.display())
    );
    let r = clippings(&db, &["sql", "--write", "DELETE FROM quotes"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(r.stderr, format!("error: {busy}"));
    holder.execute_batch("ROLLBACK").unwrap();
    assert_eq!(cli_count(&db, "quotes"), 80);
    assert_eq!(cli_count(&db, "sources"), 0);
}

#[test]
fn first_uses_of_a_new_database_at_once_all_succeed() {
    let tmp = scratch();
    let corpus = folder(tmp.path(), "corpus");
    write_corpus(&corpus, 0, 3);
    for round in 0..15 {
        let db = tmp.path().join(format!("new-{round}.db"));
        let children: Vec<Child> = (0..4)
            .map(|_| spawn(&db, &["import", "--quiet", s(&corpus)]))
            .collect();
        for child in children {
            let r = finish(child);
            assert_eq!(r.code, 0, "round {round}: {r:?}");
            assert_eq!(r.stderr, "");
        }
        assert_eq!(
            scalar::<i64>(&db, "SELECT max(version) FROM refinery_schema_history"),
            known_schema_version()
        );
        let r = clippings(
            &db,
            &["sql", "SELECT count(*) FROM articles", "--format", "csv"],
        );
        assert_eq!(r.stdout, "count(*)\n3\n", "round {round}: {r:?}");
    }
}

#[test]
fn a_kill_while_a_new_database_is_set_up_leaves_a_usable_file() {
    let tmp = scratch();
    let empty = folder(tmp.path(), "empty");
    // Kill points spread over the first few tens of milliseconds, when
    // the file is created and its schema written.
    for round in 0..80u64 {
        let db = tmp.path().join(format!("new-{round}.db"));
        let mut child = command(&db)
            .args(["import", "--quiet", s(&empty)])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        thread::sleep(Duration::from_micros(2_000 + round * 300));
        let _ = child.kill();
        child.wait().unwrap();
        // Whatever the kill left, the next import sets the file up.
        let r = clippings(&db, &["import", "--quiet", s(&empty)]);
        assert_eq!(r.code, 0, "killed after {}µs: {r:?}", 2_000 + round * 300);
        let r = clippings(
            &db,
            &["sql", "SELECT count(*) FROM articles", "--format", "csv"],
        );
        assert_eq!(r.code, 0, "killed after {}µs: {r:?}", 2_000 + round * 300);
        assert_eq!(r.stdout, "count(*)\n0\n");
        assert_eq!(
            scalar::<i64>(&db, "SELECT max(version) FROM refinery_schema_history"),
            known_schema_version()
        );
    }
}

/// A database with a few articles, closed (so it is one file).
fn real_database(tmp: &Path) -> (PathBuf, PathBuf) {
    let corpus = folder(tmp, "corpus");
    write_corpus(&corpus, 0, 40);
    let db = tmp.join("real.db");
    let r = clippings(&db, &["import", "--quiet", s(&corpus)]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(!tmp.join("real.db-wal").exists());
    (db, corpus)
}

fn listing(dir: &Path) -> BTreeSet<(String, Vec<u8>)> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                fs::read(&p).unwrap(),
            )
        })
        .collect()
}

/// Every command that opens the database refuses it with a message that
/// names it, and leaves it (and its folder) byte for byte as it was.
fn assert_refused_untouched(db: &Path, corpus: &Path, message: impl Fn(&str) -> bool) {
    let dir = db.parent().unwrap();
    let before = listing(dir);
    let commands: [&[&str]; 4] = [
        &["import", "--quiet", s(corpus)],
        &["sql", "SELECT count(*) FROM articles"],
        &["query", "corpus-summary"],
        &["check"],
    ];
    for args in commands {
        let r = clippings(db, args);
        assert_eq!(r.code, 1, "{args:?}: {r:?}");
        assert_eq!(r.stdout, "", "{args:?}");
        let prefix = format!(
            "error: cannot use the database {}: {}",
            db.display(),
            db.display()
        );
        assert!(
            r.stderr.starts_with(&prefix)
                && r.stderr.ends_with('\n')
                && r.stderr.lines().count() == 1,
            "{args:?}: {}",
            r.stderr
        );
        assert!(message(&r.stderr), "{args:?}: {}", r.stderr);
    }
    assert!(
        listing(dir) == before,
        "{} or its folder changed",
        db.display()
    );
}

#[test]
fn a_truncated_database_is_refused_and_left_untouched() {
    let tmp = scratch();
    let (real, corpus) = real_database(tmp.path());
    let dir = folder(tmp.path(), "half");
    let db = dir.join("half.db");
    let bytes = fs::read(&real).unwrap();
    fs::write(&db, &bytes[..bytes.len() / 2]).unwrap();
    assert_refused_untouched(&db, &corpus, |m| {
        m.contains(" is damaged: ")
            && m.ends_with("; restore it from a backup or import into a new --db path\n")
    });
}

#[test]
fn a_database_with_garbage_over_page_2_is_refused_and_left_untouched() {
    let tmp = scratch();
    let (real, corpus) = real_database(tmp.path());
    let dir = folder(tmp.path(), "garbage");
    let db = dir.join("garbage.db");
    let mut bytes = fs::read(&real).unwrap();
    let page: usize = scalar::<i64>(&real, "PRAGMA page_size") as usize;
    for (i, b) in bytes[page..2 * page].iter_mut().enumerate() {
        *b = [0xde, 0xad, 0xbe, 0xef][i % 4];
    }
    fs::write(&db, &bytes).unwrap();
    assert_refused_untouched(&db, &corpus, |m| {
        m.contains(" is damaged: ")
            && m.ends_with("; restore it from a backup or import into a new --db path\n")
    });
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_untouched() {
    let tmp = scratch();
    let corpus = folder(tmp.path(), "corpus");
    write_corpus(&corpus, 0, 2);
    let dir = folder(tmp.path(), "notes");
    let db = dir.join("notes.txt");
    fs::write(&db, "Shopping list: eggs, milk, bread.\n").unwrap();
    assert_refused_untouched(&db, &corpus, |m| {
        m == format!(
            "error: cannot use the database {p}: {p} is not a SQLite database (its header says otherwise); \
             give another --db path, or move the file away\n",
            p = db.display()
        )
    });
}

#[test]
fn a_database_from_a_newer_clippings_is_refused_and_left_untouched() {
    let tmp = scratch();
    let (real, corpus) = real_database(tmp.path());
    for journal in ["wal", "delete"] {
        let dir = folder(tmp.path(), journal);
        let db = dir.join("newer.db");
        fs::copy(&real, &db).unwrap();
        {
            let conn = open(&db);
            conn.execute(
                "INSERT INTO refinery_schema_history (version, name, applied_on, checksum)
                 VALUES (999, 'from_the_future', '2030-01-01T00:00:00Z', '0')",
                [],
            )
            .unwrap();
            // A file another tool (or a future clippings) left in rollback-journal mode.
            let mode: String = conn
                .query_row(&format!("PRAGMA journal_mode={journal}"), [], |r| r.get(0))
                .unwrap();
            assert_eq!(mode, journal);
        }
        assert!(!dir.join("newer.db-wal").exists());
        assert_refused_untouched(&db, &corpus, |m| {
            m == format!(
                "error: cannot use the database {p}: {p} was made by a newer clippings \
                 (schema version 999, this build knows up to {known}); upgrade clippings to open it\n",
                p = db.display(),
                known = known_schema_version()
            )
        });
    }
}

#[test]
fn sql_is_read_only_unless_write_is_given() {
    let tmp = scratch();
    let (real, _corpus) = real_database(tmp.path());
    let dir = folder(tmp.path(), "ro");
    let db = dir.join("ro.db");
    fs::copy(&real, &db).unwrap();
    let attached = tmp.path().join("attached.db");
    let before = listing(&dir);
    let quotes = cli_count(&db, "quotes");
    assert_eq!(quotes, 80);
    for sql in [
        "DROP TABLE articles".to_string(),
        "DELETE FROM quotes".to_string(),
        format!("ATTACH DATABASE '{}' AS x", attached.display()),
        "PRAGMA writable_schema=ON".to_string(),
    ] {
        let r = clippings(&db, &["sql", &sql]);
        assert_eq!(r.code, 1, "{sql}: {r:?}");
        assert_eq!(
            r.stderr,
            "error: this SQL would change the database (not authorized); \
             queries are read-only unless --write is given\n",
            "{sql}"
        );
        assert_eq!(r.stdout, "");
    }
    assert!(!attached.exists(), "ATTACH created a file");
    assert!(listing(&dir) == before, "the database changed");
    assert_eq!(cli_count(&db, "quotes"), quotes);

    let r = clippings(
        &db,
        &[
            "sql",
            "--write",
            "DELETE FROM quotes WHERE article_id IN (SELECT id FROM articles WHERE file = '0001.txt')",
        ],
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(cli_count(&db, "quotes"), quotes - 2);
    assert_eq!(cli_count(&db, "articles"), 40);
}

#[test]
fn parameters_are_bound_not_pasted() {
    let tmp = scratch();
    let (db, _corpus) = real_database(tmp.path());
    let value = "1); DROP TABLE articles; --";
    let r = clippings(
        &db,
        &[
            "sql",
            "SELECT :x AS v",
            "-p",
            &format!("x={value}"),
            "--format",
            "json",
        ],
    );
    assert_eq!(r.code, 0, "{r:?}");
    let rows: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(rows, serde_json::json!([{ "v": value }]));
    // Even with --write the value stays a value.
    let r = clippings(
        &db,
        &[
            "sql",
            "--write",
            "SELECT :x AS v",
            "-p",
            &format!("x={value}"),
            "--format",
            "csv",
        ],
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.stdout, format!("v\n{value}\n"));
    assert_eq!(cli_count(&db, "articles"), 40);
}

/// An edited file replaces its article everywhere: rows, people, and both
/// full-text indexes (which the importer keeps in step itself, triggers
/// being off while it writes), while a row another program inserts is
/// still indexed by the triggers.
#[test]
fn an_edited_article_replaces_the_old_one_in_the_full_text_indexes_too() {
    let dir = scratch();
    let articles = folder(dir.path(), "articles");
    let db = dir.path().join("c.db");
    let article = |quote: &str| {
        format!(
            "Harbour Plan Approved\n\nBy Ines Walter\n\nThe council approved the harbour plan on Monday.\n\n\
             \"{quote},\" said Marta Quell, the council leader.\n\nWork starts in May.\n"
        )
    };
    fs::write(articles.join("a.txt"), article("The lighthouse stays open")).unwrap();
    fs::write(
        articles.join("b.txt"),
        "Ferry Timetable Changes\n\nThe ferry will run hourly.\n\n\"We listened to riders,\" said Tom Brack.\n",
    )
    .unwrap();
    let first = clippings(&db, &["import", s(&articles)]);
    assert_eq!(first.code, 0, "{first:?}");
    // Twice, so that the second edit replaces rows indexed by the first.
    for (round, quote) in [(1, "The marina closes in winter"), (2, "The pier reopens")] {
        fs::write(articles.join("a.txt"), article(quote)).unwrap();
        let again = clippings(&db, &["import", s(&articles)]);
        assert_eq!(
            seen_line(&again.stdout),
            "2 files seen: 0 new, 1 updated, 1 unchanged, 0 failed",
            "round {round}: {again:?}"
        );
    }
    let quote_hits = |term: &str| -> i64 {
        scalar(
            &db,
            &format!("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH '{term}'"),
        )
    };
    let article_hits = |term: &str| -> i64 {
        scalar(
            &db,
            &format!("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '{term}'"),
        )
    };
    assert_eq!((quote_hits("lighthouse"), quote_hits("marina")), (0, 0));
    assert_eq!((article_hits("lighthouse"), article_hits("marina")), (0, 0));
    assert_eq!((quote_hits("pier"), article_hits("pier")), (1, 1));
    assert_eq!(
        quote_hits("riders"),
        1,
        "the unchanged article is still indexed"
    );
    assert_eq!(cli_count(&db, "articles"), 2);
    assert_eq!(cli_count(&db, "quotes"), 2);
    let speaker: String = scalar(
        &db,
        "SELECT p.name FROM quotes q JOIN people p ON p.id = q.person_id WHERE q.text LIKE '%pier%'",
    );
    assert_eq!(speaker, "Marta Quell");
    let check = clippings(&db, &["check"]);
    assert_eq!(check.code, 0, "{check:?}");

    // Another program's insert goes through the triggers.
    open(&db)
        .execute(
            "INSERT INTO quotes (article_id, text, kind, start_offset, end_offset, paragraph, rule)
             SELECT id, 'A breakwater of granite', 'direct', 0, 1, 1, 'manual' FROM articles LIMIT 1",
            [],
        )
        .unwrap();
    assert_eq!(quote_hits("breakwater"), 1);
    // The index is whole; the totals, derived by clippings, are out of
    // date until a command that writes rebuilds them.
    let check = clippings(&db, &["check"]);
    assert_eq!(check.code, 1, "{check:?}");
    assert!(
        check.stdout.contains(": OUT OF DATE (") && !check.stderr.contains("problem:"),
        "{check:?}"
    );
    let migrate = clippings(&db, &["migrate"]);
    assert_eq!(migrate.code, 0, "{migrate:?}");
    let check = clippings(&db, &["check"]);
    assert_eq!(check.code, 0, "{check:?}");
}

/// The kind checks on quotations and set-aside lines, spelled without
/// `IN` since schema 7, still refuse what they always refused.
#[test]
fn the_schema_still_refuses_unknown_kinds() {
    let dir = scratch();
    let db = dir.path().join("c.db");
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let run = clippings(&db, &["import", s(&seeds)]);
    assert_eq!(run.code, 0, "{run:?}");
    let conn = open(&db);
    for kind in ["direct", "partial", "pullquote"] {
        conn.execute(
            "INSERT INTO quotes (article_id, text, kind, start_offset, end_offset, paragraph, rule)
             SELECT id, 'x', ?1, 0, 1, 1, 'manual' FROM articles LIMIT 1",
            [kind],
        )
        .unwrap();
    }
    let refused = conn
        .execute(
            "INSERT INTO quotes (article_id, text, kind, start_offset, end_offset, paragraph, rule)
             SELECT id, 'x', 'quip', 0, 1, 1, 'manual' FROM articles LIMIT 1",
            [],
        )
        .unwrap_err();
    assert!(
        refused.to_string().contains("CHECK constraint failed"),
        "{refused}"
    );
    let refused = conn
        .execute(
            "INSERT INTO article_extras (article_id, kind, position, text)
             SELECT id, 'banner', 999, 'x' FROM articles LIMIT 1",
            [],
        )
        .unwrap_err();
    assert!(
        refused.to_string().contains("CHECK constraint failed"),
        "{refused}"
    );
}

//! The safety net under every change to the extractor and the store:
//! golden files in `tests/golden/` that pin, byte for byte,
//!
//! - every extraction over the test corpora (seeds, the written corpus,
//!   the held-out set, the aliases set) and over 2,000 generated articles,
//!   serialised field by field (`extractions/*.jsonl`, one article a line);
//! - `clippings eval` on each annotated set (`eval/*.json`): a lost or a
//!   gained quotation, speaker or person changes the figures;
//! - every table after importing those corpora into one database
//!   (`tables.txt`), sorted, with row ids replaced by natural keys.
//!
//! A deliberate change of behaviour rewrites them in its own commit:
//! `CLIPPINGS_UPDATE_GOLDEN=1 cargo test --test golden`, then read the diff
//! (`git diff tests/golden`) and put the eval delta in the commit message.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use clippings_extract::{Extraction, extract};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// The annotated sets: (name, folder of articles, gold file), relative to the root.
const SETS: &[(&str, &str, &str)] = &[
    ("seeds", "seeds", "tests/fixtures/seeds.json"),
    ("corpus", "tests/corpus/articles", "tests/corpus/gold.json"),
    (
        "heldout",
        "tests/corpus/heldout/articles",
        "tests/corpus/heldout/gold.json",
    ),
    (
        "aliases",
        "tests/corpus/aliases/articles",
        "tests/corpus/aliases/gold.json",
    ),
];

/// How many generated articles the snapshot covers, and their seed.
const GENERATED: u64 = 2000;
const GENERATED_SEED: u64 = 11;
/// How many of them are written out in full; the rest as hashes.
const GENERATED_IN_FULL: usize = 200;

fn golden_dir() -> PathBuf {
    common::root().join("tests/golden")
}

fn updating() -> bool {
    std::env::var_os("CLIPPINGS_UPDATE_GOLDEN").is_some()
}

/// Compares `actual` with the golden file `name`, or rewrites the file when
/// updating. On a difference, names the first line that differs.
fn check_golden(name: &str, actual: &str) {
    let path = golden_dir().join(name);
    if updating() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}; run with CLIPPINGS_UPDATE_GOLDEN=1 to create it",
            path.display()
        )
    });
    if expected == actual {
        return;
    }
    let (line, (want, got)) = expected
        .lines()
        .zip(actual.lines())
        .enumerate()
        .find(|(_, (a, b))| a != b)
        .map(|(i, pair)| (i + 1, pair))
        .unwrap_or((
            expected.lines().count().min(actual.lines().count()) + 1,
            ("(end)", "(end)"),
        ));
    panic!(
        "{} differs from what the code now produces, first at line {line}:\n\
         golden: {}\n\
         now:    {}\n\
         If the change is deliberate, rewrite the golden files with \
         CLIPPINGS_UPDATE_GOLDEN=1 cargo test --test golden, and commit them \
         on their own with the eval delta.",
        path.display(),
        shorten(want),
        shorten(got)
    );
}

fn shorten(line: &str) -> String {
    const MAX: usize = 2000;
    if line.len() <= MAX {
        return line.to_string();
    }
    let cut = (0..=MAX).rev().find(|&i| line.is_char_boundary(i)).unwrap();
    format!("{}…", &line[..cut])
}

fn sha(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// One extraction as `clippings extract` writes it; the body itself in
/// full or as a hash.
fn view(x: &Extraction, full_body: bool) -> Value {
    let mut value = serde_json::to_value(x).unwrap();
    if !full_body {
        value["body"] = json!(sha(&x.body));
    }
    value
}

/// The article files under `dir`, recursively, in path order.
fn article_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// One line per article: its path under `dir`, then its extraction; past
/// the first `in_full` articles, only a hash of the extraction (the
/// generated corpus repeats its templates, so the first ones show what a
/// change does and the hashes show where else it reaches).
fn snapshot(dir: &Path, full_body: bool, in_full: usize) -> String {
    let mut out = String::new();
    for (i, path) in article_files(dir).into_iter().enumerate() {
        let bytes = std::fs::read(&path).unwrap();
        let text = clippings_extract::decode::decode(&bytes).unwrap().text;
        let name = path.strip_prefix(dir).unwrap().to_string_lossy();
        let extraction = view(&extract(&text), full_body);
        let line = if i < in_full {
            json!({"file": name, "extraction": extraction})
        } else {
            json!({"file": name, "sha": sha(&extraction.to_string())})
        };
        writeln!(out, "{line}").unwrap();
    }
    out
}

#[test]
fn extractions_of_the_test_corpora_match_the_golden_files() {
    let root = common::root();
    for (name, folder, _) in SETS {
        check_golden(
            &format!("extractions/{name}.jsonl"),
            &snapshot(&root.join(folder), true, usize::MAX),
        );
    }
}

#[test]
fn extractions_of_generated_articles_match_the_golden_file() {
    let dir = tempfile::tempdir().unwrap();
    clippings_gen::write_corpus(GENERATED, dir.path(), GENERATED_SEED).unwrap();
    check_golden(
        "extractions/generated.jsonl",
        &snapshot(dir.path(), false, GENERATED_IN_FULL),
    );
}

/// Runs the binary from the repository's root, so stored paths are the same
/// on every machine once the root is cut off.
fn clippings(db: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_clippings"))
        .current_dir(common::root())
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CLIPPINGS_DB")
        .env_remove("CLIPPINGS_QUERIES")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "clippings {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn eval_figures_on_the_annotated_sets_match_the_golden_files() {
    let dir = tempfile::tempdir().unwrap();
    for (name, folder, gold) in SETS {
        let db = dir.path().join(format!("{name}.db"));
        clippings(&db, &["import", "--quiet", folder]);
        let report: Value =
            serde_json::from_str(&clippings(&db, &["eval", gold, "--format", "json"])).unwrap();
        check_golden(
            &format!("eval/{name}.json"),
            &format!("{}\n", serde_json::to_string_pretty(&report).unwrap()),
        );
    }
}

#[test]
fn an_import_of_the_test_corpora_matches_the_golden_table_dump() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("all.db");
    let mut args = vec!["import", "--quiet"];
    args.extend(SETS.iter().map(|(_, folder, _)| *folder));
    clippings(&db, &args);
    let root = format!("{}/", common::root().canonicalize().unwrap().display());
    check_golden("tables.txt", &common::dump_tables(&db, &root, &[]));
}

/// The round trip a cluster makes: `clippings extract` on many machines,
/// then `clippings import` of its JSON lines on one. Every table must be
/// what a direct import of the same articles writes, but for the import
/// log's list of what was imported (the JSON lines, not the folders).
#[test]
fn importing_extracted_json_lines_writes_the_same_tables_as_importing_the_articles() {
    let dir = tempfile::tempdir().unwrap();
    let folders: Vec<&str> = SETS.iter().map(|(_, folder, _)| *folder).collect();
    let direct = dir.path().join("direct.db");
    let mut args = vec!["import", "--quiet"];
    args.extend(&folders);
    clippings(&direct, &args);

    let mut args = vec!["extract"];
    args.extend(&folders);
    let lines = dir.path().join("corpora.jsonl");
    std::fs::write(&lines, clippings(&dir.path().join("unused.db"), &args)).unwrap();
    let via_lines = dir.path().join("via-lines.db");
    let out = clippings(&via_lines, &["import", "--quiet", lines.to_str().unwrap()]);
    assert!(out.contains("48 new"), "{out}");

    let dump = |db: &Path| {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.execute("UPDATE imports SET paths = '(left out)'", [])
            .unwrap();
        drop(conn);
        let root = format!("{}/", common::root().canonicalize().unwrap().display());
        common::dump_tables(db, &root, &[])
    };
    let (want, got) = (dump(&direct), dump(&via_lines));
    assert!(want.contains("== quotes (") && !want.contains("== quotes (0 rows)"));
    if want != got {
        let (line, (a, b)) = want
            .lines()
            .zip(got.lines())
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .unwrap_or((0, ("(length)", "(length)")));
        panic!("line {line} differs:\ndirect:     {a}\nvia lines:  {b}");
    }
}

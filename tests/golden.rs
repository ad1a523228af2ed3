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

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use clippings_extract::{Extraction, extract};
use rusqlite::types::ValueRef;
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

/// Byte offsets into `text` as character offsets, the form the store and
/// `clippings extract` give; stable whatever the extractor keeps inside.
struct Chars<'a>(&'a str);

impl Chars<'_> {
    fn at(&self, byte: usize) -> usize {
        self.0[..byte].chars().count()
    }

    fn span(&self, range: &std::ops::Range<usize>) -> [usize; 2] {
        [self.at(range.start), self.at(range.end)]
    }
}

/// One extraction, every field the extractor decides; the body itself in
/// full or as a hash.
fn view(x: &Extraction, full_body: bool) -> Value {
    let a = &x.article;
    let body = Chars(&a.body);
    let people = &x.people;
    json!({
        "headline": a.headline,
        "standfirst": a.standfirst,
        "authors": a.authors,
        "published": a.published.as_ref().map(|d| json!([d.iso, d.zone])),
        "dateline": a.dateline,
        "outlet": a.outlet,
        "body": if full_body { json!(a.body) } else { json!(sha(&a.body)) },
        "paragraphs": a.paragraphs.iter().map(|p| body.span(p)).collect::<Vec<_>>(),
        "extras": a.extras.iter().map(|e| json!([e.kind.as_str(), e.line, e.text])).collect::<Vec<_>>(),
        "people": people.people.iter().map(|p| json!({
            "name": p.name,
            "given": p.given,
            "surname": p.surname,
            "gender": format!("{:?}", p.gender),
            "aliases": p.aliases,
            "roles": p.roles,
            "mentions": p.mentions,
            "first_offset": p.first_offset.map(|o| body.at(o)),
            "weak": p.weak,
        })).collect::<Vec<_>>(),
        "mentions": people.mentions.iter().map(|m| json!([
            body.span(&m.span), body.at(m.phrase.start), m.person
        ])).collect::<Vec<_>>(),
        "role_mentions": people.role_mentions.iter().map(|r| json!([
            body.span(&r.span), r.role, r.person
        ])).collect::<Vec<_>>(),
        "quotes": x.quotes.iter().map(|q| json!({
            "text": q.text,
            "span": body.span(&q.span),
            "paragraph": q.paragraph,
            "kind": q.kind.as_str(),
            "speaker": q.speaker,
            "speaker_text": q.speaker_text,
            "cue": q.cue,
            "rule": q.rule.as_str(),
        })).collect::<Vec<_>>(),
    })
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
            serde_json::from_str(&clippings(&db, &["eval", gold, "--json"])).unwrap();
        check_golden(
            &format!("eval/{name}.json"),
            &format!("{}\n", serde_json::to_string_pretty(&report).unwrap()),
        );
    }
}

/// Columns whose values depend on the run, not on the articles.
const RUN_COLUMNS: &[&str] = &["imported_at", "started_at", "finished_at", "version"];

/// Every table of the database, rows sorted, with ids replaced by what they
/// stand for (an article by its path, a person by name, an outlet by name).
fn dump_tables(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    let root = format!("{}/", common::root().canonicalize().unwrap().display());
    let lookup = |sql: &str| -> HashMap<i64, String> {
        let mut stmt = conn.prepare(sql).unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let articles = lookup("SELECT id, path FROM articles");
    let people = lookup("SELECT id, name FROM people");
    let sources = lookup("SELECT id, name FROM sources");
    // A quotation by its article and place; a statement by its first
    // quotation so named (ids follow the order the import read files in).
    let root_prefix = root.clone();
    let quotes: HashMap<i64, String> = lookup(
        "SELECT q.id, a.path || '@' || q.start_offset FROM quotes q JOIN articles a ON a.id = q.article_id",
    )
    .into_iter()
    .map(|(id, key)| (id, key.replace(&root_prefix, "")))
    .collect();
    let statements: HashMap<i64, String> = lookup(
        "SELECT sq.statement_id, group_concat(a.path || '@' || q.start_offset, char(31)) FROM statement_quotes sq
         JOIN quotes q ON q.id = sq.quote_id JOIN articles a ON a.id = q.article_id GROUP BY sq.statement_id",
    )
    .into_iter()
    .map(|(id, keys)| {
        let mut keys: Vec<String> = keys.split('\u{1f}').map(|k| k.replace(&root_prefix, "")).collect();
        keys.sort();
        (id, format!("statement of {}", keys[0]))
    })
    .collect();
    let tables: Vec<String> = {
        let mut stmt = conn
            .prepare(
                "SELECT name FROM sqlite_schema WHERE type = 'table' \
                 AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' \
                 AND name <> 'refinery_schema_history' ORDER BY name",
            )
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let mut out = String::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns: Vec<String> = stmt.column_names().map(str::to_string).collect();
        let mut lines = Vec::new();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let mut fields = Vec::new();
            for (i, column) in columns.iter().enumerate() {
                if column == "id" || RUN_COLUMNS.contains(&column.as_str()) {
                    continue;
                }
                let value = row.get_ref(i).unwrap();
                let named = |map: &HashMap<i64, String>| match value {
                    ValueRef::Integer(id) => map.get(&id).cloned().unwrap_or(format!("#{id}")),
                    _ => "NULL".to_string(),
                };
                let rendered = match column.as_str() {
                    // Relative to the repository, wherever it is checked out.
                    "article_id" => named(&articles).replace(&root, ""),
                    "person_id" => named(&people),
                    "source_id" => named(&sources),
                    "quote_id" => named(&quotes),
                    "statement_id" => named(&statements),
                    _ => match value {
                        ValueRef::Null => "NULL".to_string(),
                        ValueRef::Integer(n) => n.to_string(),
                        ValueRef::Real(x) => x.to_string(),
                        ValueRef::Text(t) => {
                            let t = String::from_utf8_lossy(t).replace(&root, "");
                            if t.len() > 160 {
                                format!("<{} chars {}>", t.chars().count(), sha(&t))
                            } else {
                                format!("{t:?}")
                            }
                        }
                        ValueRef::Blob(b) => format!("<blob {}>", b.len()),
                    },
                };
                fields.push(format!("{column}={rendered}"));
            }
            lines.push(fields.join(" | "));
        }
        lines.sort();
        writeln!(out, "== {table} ({} rows)", lines.len()).unwrap();
        for line in lines {
            writeln!(out, "{line}").unwrap();
        }
    }
    out
}

#[test]
fn an_import_of_the_test_corpora_matches_the_golden_table_dump() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("all.db");
    let mut args = vec!["import", "--quiet"];
    args.extend(SETS.iter().map(|(_, folder, _)| *folder));
    clippings(&db, &args);
    check_golden("tables.txt", &dump_tables(&db));
}

//! Helpers for the integration tests: run the real `clippings` binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `clippings --db DB ARGS…`.
pub fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_clippings"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CLIPPINGS_DB")
        .env_remove("CLIPPINGS_QUERIES")
        .output()
        .expect("the clippings binary runs")
}

/// Runs and asserts success, returning stdout.
pub fn ok(db: &Path, args: &[&str]) -> String {
    let out = run(db, args);
    assert!(
        out.status.success(),
        "clippings {args:?} failed ({:?}):\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Rows of a command's JSON output.
pub fn json_rows(db: &Path, args: &[&str]) -> Vec<serde_json::Value> {
    let mut full: Vec<&str> = args.to_vec();
    full.extend(["--format", "json"]);
    let text = ok(db, &full);
    match serde_json::from_str(&text).expect("JSON output") {
        serde_json::Value::Array(rows) => rows,
        other => panic!("expected an array, got {other}"),
    }
}

/// A fresh database with the bundled seeds imported.
pub fn seeded() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("seeds.db");
    ok(&db, &["import", root().join("seeds").to_str().unwrap()]);
    (dir, db)
}

pub fn text(value: &serde_json::Value) -> Option<&str> {
    value.as_str()
}

/// Columns whose values depend on the run, not on the articles.
const RUN_COLUMNS: &[&str] = &["imported_at", "started_at", "finished_at", "version"];

fn short_sha(text: &str) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(text.as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// Every table of the database, rows sorted, with ids replaced by what they
/// stand for (an article by its path, a person by name, an outlet by name)
/// and `strip` cut out of every text (the folder the articles came from).
/// Tables named in `skip` are left out.
pub fn dump_tables(db: &Path, strip: &str, skip: &[&str]) -> String {
    use rusqlite::types::ValueRef;
    use std::collections::HashMap;
    use std::fmt::Write as _;
    let conn = rusqlite::Connection::open(db).unwrap();
    let lookup = |sql: &str| -> HashMap<i64, String> {
        let mut stmt = conn.prepare(sql).unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let articles: HashMap<i64, String> = lookup("SELECT id, path FROM articles")
        .into_iter()
        .map(|(id, path)| (id, path.replace(strip, "")))
        .collect();
    let people = lookup("SELECT id, name FROM people");
    let sources = lookup("SELECT id, name FROM sources");
    let organisations = lookup("SELECT id, name FROM organisations");
    // A quotation by its article and place; a statement by the first of
    // its quotations so named (ids follow the order files were read in).
    let has_statements = conn
        .query_row(
            "SELECT count(*) > 0 FROM sqlite_schema WHERE name = 'statement_quotes'",
            [],
            |r| r.get::<_, bool>(0),
        )
        .unwrap();
    let quotes: HashMap<i64, String> = lookup(
        "SELECT q.id, a.path || '@' || q.start_offset FROM quotes q JOIN articles a ON a.id = q.article_id",
    )
    .into_iter()
    .map(|(id, key)| (id, key.replace(strip, "")))
    .collect();
    let statements: HashMap<i64, String> = if has_statements {
        lookup(
            "SELECT sq.statement_id, group_concat(a.path || '@' || q.start_offset, char(31))
             FROM statement_quotes sq
             JOIN quotes q ON q.id = sq.quote_id JOIN articles a ON a.id = q.article_id
             GROUP BY sq.statement_id",
        )
        .into_iter()
        .map(|(id, keys)| {
            let mut keys: Vec<String> =
                keys.split('\u{1f}').map(|k| k.replace(strip, "")).collect();
            keys.sort();
            (id, format!("statement of {}", keys[0]))
        })
        .collect()
    } else {
        HashMap::new()
    };
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
            .filter(|t: &String| !skip.contains(&t.as_str()))
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
                    "article_id" => named(&articles),
                    "person_id" => named(&people),
                    "source_id" => named(&sources),
                    "organisation_id" => named(&organisations),
                    "within_id" => named(&quotes),
                    "quote_id" => named(&quotes),
                    "statement_id" => named(&statements),
                    _ => match value {
                        ValueRef::Null => "NULL".to_string(),
                        ValueRef::Integer(n) => n.to_string(),
                        ValueRef::Real(x) => x.to_string(),
                        ValueRef::Text(t) => {
                            let t = String::from_utf8_lossy(t).replace(strip, "");
                            if t.len() > 160 {
                                format!("<{} chars {}>", t.chars().count(), short_sha(&t))
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

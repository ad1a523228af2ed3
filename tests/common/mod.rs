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

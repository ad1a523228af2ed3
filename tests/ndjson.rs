//! `clippings import` of the JSON lines `clippings extract` writes: told
//! apart by their header, idempotent, a bad line reported by its number
//! while the rest go in, another format version refused.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// `clippings extract seeds`, as text.
fn seeds_lines() -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_clippings"))
        .current_dir(common::root())
        .args(["extract", "seeds"])
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// Runs `clippings --db DB import ARGS…` with `stdin` piped in.
fn import_with_stdin(db: &Path, args: &[&str], stdin: &str) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_clippings"))
        .arg("--db")
        .arg(db)
        .arg("import")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn count(db: &Path, sql: &str) -> i64 {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_file_of_extracted_articles_imports_once_and_again_as_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    // Any name: Spark writes part-00000, without an extension.
    let lines = dir.path().join("part-00000");
    std::fs::write(&lines, seeds_lines()).unwrap();
    let db = dir.path().join("c.db");
    let first = common::ok(&db, &["import", lines.to_str().unwrap()]);
    assert!(first.contains("4 files seen: 4 new"), "{first}");
    let again = common::ok(&db, &["import", lines.to_str().unwrap()]);
    assert!(
        again.contains("4 files seen: 0 new, 0 updated, 4 unchanged"),
        "{again}"
    );
    // The same articles from their files are the same articles (path and hash).
    let files = common::ok(
        &db,
        &["import", common::root().join("seeds").to_str().unwrap()],
    );
    assert!(files.contains("4 unchanged"), "{files}");
    assert_eq!(count(&db, "SELECT count(*) FROM quotes"), 63);
    assert_eq!(count(&db, "SELECT count(*) FROM imports"), 3);
}

#[test]
fn stdin_takes_streams_one_after_another_and_reports_bad_lines_by_number() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = seeds_lines();
    let mut lines: Vec<&str> = seeds.lines().collect();
    // Line 3: not JSON; line 4: a record whose quotation lies past its body.
    let mut broken: serde_json::Value = serde_json::from_str(lines[2]).unwrap();
    broken["extraction"]["quotes"][0]["end"] = serde_json::json!(1_000_000);
    let broken = broken.to_string();
    lines.insert(2, "{\"source\": oops");
    lines[3] = &broken;
    // A second stream appended: its header, and one record again (unchanged).
    let header = seeds.lines().next().unwrap();
    let last = *seeds.lines().collect::<Vec<_>>().last().unwrap();
    let text = format!("{}\n\n{header}\n{last}\n", lines.join("\n"));
    let db = dir.path().join("c.db");
    let (ok, stdout, stderr) = import_with_stdin(&db, &["-"], &text);
    assert!(!ok, "a bad line makes the import fail");
    assert!(
        stderr.contains("error: -: line 3: not a clippings-extract record"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: -: line 4: the extraction does not hold together: quote 0"),
        "{stderr}"
    );
    assert!(
        stdout.contains("6 files seen: 3 new, 0 updated, 1 unchanged, 2 failed"),
        "{stdout}"
    );
    assert_eq!(count(&db, "SELECT count(*) FROM articles"), 3);
}

#[test]
fn another_format_version_or_no_header_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = seeds_lines();
    let newer = seeds.replacen("\"version\":2", "\"version\":3", 1);
    assert_ne!(newer, seeds);
    let file = dir.path().join("newer.ndjson");
    std::fs::write(&file, &newer).unwrap();
    let db = dir.path().join("c.db");
    let out = common::run(&db, &["import", file.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("newer.ndjson: written in version 3 of the clippings-extract format")
            && stderr.contains("this clippings reads version 2"),
        "{stderr}"
    );
    assert_eq!(count(&db, "SELECT count(*) FROM articles"), 0);

    let (ok, _, stderr) = import_with_stdin(&db, &["-"], "{\"text\": \"Hello\"}\n");
    assert!(!ok);
    assert!(
        stderr.contains("stdin: the first line is not the header"),
        "{stderr}"
    );
    // A stream of another version appended to a good one stops there.
    let header2 = newer.lines().next().unwrap();
    let text = format!("{seeds}{header2}\n{}\n", seeds.lines().nth(1).unwrap());
    let (ok, stdout, stderr) = import_with_stdin(&db, &["-"], &text);
    assert!(!ok);
    assert!(
        stderr.contains("line 6: -: written in version 3") && stderr.contains("not read"),
        "{stderr}"
    );
    assert!(stdout.contains("4 new"), "{stdout}");
}

//! The hand-written test corpus (tests/corpus): articles written for these
//! tests, one or more per construction the extractor must handle. Their
//! `clippings eval` figures are pinned exactly by tests/golden.rs; here,
//! what the figures do not show: stored bodies read back as extracted, and
//! one person named four ways is one row.

mod common;

use common::{json_rows, ok};

/// A database with one set of the test corpus imported.
fn imported(folder: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("corpus.db");
    let root = common::root().join("tests/corpus").join(folder);
    ok(&db, &["import", root.join("articles").to_str().unwrap()]);
    (dir, db)
}

/// Every stored body reads back (through the generated `articles.body`)
/// exactly as the extractor made it from the stored raw text, and most of
/// it is kept as stretches of that raw text rather than a second copy.
fn bodies_read_back(db: &std::path::Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT file, raw_text, body, length(body_text) FROM articles")
        .unwrap();
    let rows: Vec<(String, String, String, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(!rows.is_empty());
    let (mut copied, mut total) = (0, 0);
    for (file, raw, body, body_text) in &rows {
        let extracted = clippings_extract::extract(raw).body;
        assert_eq!(body, &extracted, "{file}: the stored body differs");
        copied += *body_text as usize;
        total += body.chars().count();
    }
    assert!(
        copied * 4 < total,
        "{copied} of {total} body characters stored as a second copy"
    );
}

#[test]
fn bodies_of_the_test_corpus_read_back_as_extracted() {
    let (_dir, db) = imported(".");
    bodies_read_back(&db);
}

/// A second set written after the rules were first tuned: other house
/// styles (wire, tabloid, court, obituary, profile, liveblog, Q&A).
#[test]
fn bodies_of_the_held_out_corpus_read_back_as_extracted() {
    let (_dir, db) = imported("heldout");
    bodies_read_back(&db);
}

#[test]
fn a_person_named_four_ways_is_one_row_with_four_aliases() {
    let (_dir, db) = imported("aliases");
    bodies_read_back(&db);
    let people = json_rows(
        &db,
        &[
            "sql",
            "SELECT name FROM people WHERE name LIKE '%Marchetti%'",
        ],
    );
    assert_eq!(people, vec![serde_json::json!({"name": "Elena Marchetti"})]);
    let aliases = json_rows(
        &db,
        &[
            "sql",
            "SELECT DISTINCT alias FROM person_aliases a JOIN people p ON p.id = a.person_id WHERE p.name = 'Elena Marchetti' ORDER BY alias",
        ],
    );
    let aliases: Vec<&str> = aliases
        .iter()
        .map(|r| r["alias"].as_str().unwrap())
        .collect();
    assert_eq!(
        aliases,
        [
            "Elena Marchetti",
            "Marchetti",
            "Ms Marchetti",
            "the Italian Prime Minister"
        ]
    );
    let articles = json_rows(
        &db,
        &[
            "sql",
            "SELECT count(DISTINCT file) AS n FROM person_mentions WHERE person = 'Elena Marchetti'",
        ],
    );
    assert_eq!(articles[0]["n"], 4);
}

//! Statements: one remark, many outlets (issue 15). The seeds are checked
//! against `tests/fixtures/seeds_statements.json` exactly, the invented
//! corpus in `tests/corpus/statements` for link precision and recall, and
//! every corpus for statements that would mix two speakers.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use common::{json_rows, ok, root};
use serde_json::Value;

/// Quotation text as the gold files write it: compared without the
/// trailing comma or full stop the extractor keeps inside the marks.
fn norm(text: &str) -> String {
    text.trim()
        .trim_end_matches([',', '.', ' '])
        .replace('’', "'")
        .to_string()
}

/// (quote id, file, text) of every quotation.
fn quotes(db: &Path) -> Vec<(i64, String, String)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT q.id, a.file, q.text FROM quotes q JOIN articles a ON a.id = q.article_id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// Statement id -> its quotation ids.
fn statements(db: &Path) -> BTreeMap<i64, BTreeSet<i64>> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT statement_id, quote_id FROM statement_quotes")
        .unwrap();
    let mut map: BTreeMap<i64, BTreeSet<i64>> = BTreeMap::new();
    for row in stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))
        .unwrap()
    {
        let (s, q) = row.unwrap();
        map.entry(s).or_default().insert(q);
    }
    map
}

/// The gold statements as sets of quotation ids (every gold quotation must
/// be found).
fn gold_statements(db: &Path, gold: &Path) -> Vec<(String, BTreeSet<i64>)> {
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(gold).unwrap()).unwrap();
    let found = quotes(db);
    gold["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|st| {
            let ids = st["quotes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|q| {
                    let (file, text) = (
                        q["file"].as_str().unwrap(),
                        norm(q["text"].as_str().unwrap()),
                    );
                    let hits: Vec<i64> = found
                        .iter()
                        .filter(|(_, f, t)| f == file && norm(t) == text)
                        .map(|(id, _, _)| *id)
                        .collect();
                    assert_eq!(
                        hits.len(),
                        1,
                        "gold quotation {file}: {text:?} found {hits:?}"
                    );
                    hits[0]
                })
                .collect();
            (st["statement"].as_str().unwrap().to_string(), ids)
        })
        .collect()
}

fn import(folder: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    ok(
        &db,
        &["import", "--quiet", root().join(folder).to_str().unwrap()],
    );
    (dir, db)
}

#[test]
fn the_seed_statements_are_linked_exactly() {
    let (_dir, db) = import("seeds");
    let linked = statements(&db);
    for (name, gold) in gold_statements(&db, &root().join("tests/fixtures/seeds_statements.json")) {
        // The one statement that holds all of its wordings holds nothing else.
        let holding: Vec<&BTreeSet<i64>> =
            linked.values().filter(|s| s.is_superset(&gold)).collect();
        assert_eq!(holding, vec![&gold], "{name}");
    }
    // The one remark carried by two seed articles that the gold file does
    // not list: Putin on Comey's claim of Russian interference without
    // proof, translated two ways by Voice of America and the unknown
    // outlet ("Russia's interference in the electoral process" / "Russian
    // meddling in the electoral process").
    let conn = rusqlite::Connection::open(&db).unwrap();
    let across: i64 = conn
        .query_row(
            "SELECT count(*) FROM statements WHERE articles > 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        across, 4,
        "the three gold statements and the interference remark"
    );
}

#[test]
fn outlets_quoting_follows_the_statement_into_other_words() {
    let (_dir, db) = import("seeds");
    let rows = json_rows(&db, &["query", "outlets-quoting", "-p", "term=persecution"]);
    // An unknown outlet is null in data.
    let outlets: BTreeSet<Option<&str>> = rows.iter().map(|r| r["outlet"].as_str()).collect();
    assert_eq!(
        outlets,
        BTreeSet::from([Some("The Independent"), Some("Voice of America"), None])
    );
    // Voice of America's wording says "pressure", not "persecution".
    let voa: Vec<&str> = rows
        .iter()
        .filter(|r| r["outlet"] == "Voice of America")
        .map(|r| r["quote"].as_str().unwrap())
        .collect();
    assert_eq!(
        voa,
        ["And if he faces pressure, then we are happy to offer him political asylum too"]
    );
    assert!(rows.iter().all(|r| r["speaker"] == "Vladimir Putin"));
    // First reporter first: dated wordings before the undated one.
    assert!(rows.last().unwrap()["outlet"].is_null());
}

#[test]
fn the_statement_queries_answer_with_their_defaults() {
    let (_dir, db) = import("seeds");
    let top = json_rows(&db, &["query", "top-statements"]);
    assert_eq!(top.len(), 4);
    assert_eq!(top[0]["outlets"], 3);
    assert!(top[0]["wording"].as_str().unwrap().contains("asylum"));
    let spread = json_rows(&db, &["query", "statement-spread", "-p", "term=asylum"]);
    assert_eq!(spread[0]["outlets"], 3);
    assert_eq!(spread[0]["first_reported_by"], "Voice of America");
    let id = top[0]["statement"].as_i64().unwrap().to_string();
    let wordings = json_rows(
        &db,
        &["query", "statement", "-p", &format!("statement={id}")],
    );
    assert_eq!(wordings.len(), 4);
    let by_name = json_rows(&db, &["query", "statement", "-p", "statement=Putin"]);
    assert_eq!(by_name.len(), 11);
    assert_eq!(json_rows(&db, &["query", "statement"]).len(), 11);
    assert!(json_rows(&db, &["query", "statement-spread"]).len() == 4);
    let none = json_rows(&db, &["query", "top-statements", "-p", "from=2018-01-01"]);
    assert!(none.is_empty());
}

/// Link precision and recall on the invented corpus: pairs of quotations
/// that share a statement, against the pairs the gold file puts together.
#[test]
fn links_in_the_statements_corpus() {
    let (_dir, db) = import("tests/corpus/statements/articles");
    let gold = gold_statements(&db, &root().join("tests/corpus/statements/gold.json"));
    assert!(gold.len() >= 40);
    let pairs = |sets: &mut dyn Iterator<Item = &BTreeSet<i64>>| -> BTreeSet<(i64, i64)> {
        let mut out = BTreeSet::new();
        for set in sets {
            let ids: Vec<i64> = set.iter().copied().collect();
            for (i, a) in ids.iter().enumerate() {
                for b in &ids[i + 1..] {
                    out.insert((*a, *b));
                }
            }
        }
        out
    };
    let expected = pairs(&mut gold.iter().map(|g| &g.1));
    let linked = statements(&db);
    let found = pairs(&mut linked.values());
    let right = found.intersection(&expected).count();
    let precision = right as f64 / found.len() as f64;
    let recall = right as f64 / expected.len() as f64;
    // Measured: 67 of 67 links right, 67 of the 72 gold links found; the
    // five missed are translations that share one or two content words
    // ("no fraud" / "no falsification", "richest nations caused" /
    // "wealthiest countries created", "fishing agreement" / "fisheries pact").
    assert_eq!((right, found.len(), expected.len()), (67, 67, 72));
    assert!(
        precision >= 0.95 && recall >= 0.90,
        "P {precision:.3} R {recall:.3}"
    );
}

#[test]
fn no_statement_mixes_two_speakers() {
    for folder in [
        "seeds",
        "tests/corpus/articles",
        "tests/corpus/heldout/articles",
        "tests/corpus/aliases/articles",
        "tests/corpus/statements/articles",
    ] {
        let (_dir, db) = import(folder);
        let conn = rusqlite::Connection::open(&db).unwrap();
        let mixed: i64 = conn
            .query_row(
                "SELECT count(*) FROM (SELECT sq.statement_id FROM statement_quotes sq
                 JOIN quotes q ON q.id = sq.quote_id JOIN statements s ON s.id = sq.statement_id
                 GROUP BY sq.statement_id
                 HAVING count(DISTINCT coalesce(q.person_id, -1)) > 1
                     OR max(q.person_id IS NOT s.person_id) = 1)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(mixed, 0, "{folder}");
        // Every quotation in quotation marks carries a statement, reported
        // speech none, and every statement's totals hold.
        let unlinked: i64 = conn
            .query_row(
                "SELECT count(*) FROM quotes q WHERE (q.kind = 'indirect') = EXISTS (SELECT 1 FROM statement_quotes sq WHERE sq.quote_id = q.id)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(unlinked, 0, "{folder}");
        let wrong: i64 = conn
            .query_row(
                "SELECT count(*) FROM statements s WHERE s.quotes <> (SELECT count(*) FROM statement_quotes sq WHERE sq.statement_id = s.id)
                 OR s.articles <> (SELECT count(DISTINCT q.article_id) FROM statement_quotes sq JOIN quotes q ON q.id = sq.quote_id WHERE sq.statement_id = s.id)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(wrong, 0, "{folder}");
    }
}

/// An import links only what it brings; the result is the same as one
/// import of everything, and a changed article is unlinked and relinked.
#[test]
fn imports_link_incrementally() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    let source = root().join("tests/corpus/statements/articles");
    let mut files: Vec<_> = std::fs::read_dir(&source)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|f| f.ends_with(".txt"))
        .collect();
    files.sort();
    let manifest = std::fs::read_to_string(source.join("manifest.csv")).unwrap();
    let db = dir.path().join("c.db");
    // The first article of each event, then the second ones, then the third.
    for (n, round) in ["a_", "b_", "c_"].into_iter().enumerate() {
        for f in files.iter().filter(|f| f[2..].starts_with(round)) {
            std::fs::copy(source.join(f), corpus.join(f)).unwrap();
        }
        let rows: Vec<&str> = manifest
            .lines()
            .filter(|l| {
                l.starts_with("file,")
                    || ["a_", "b_", "c_"][..=n]
                        .iter()
                        .any(|r| l.get(2..4) == Some(r))
            })
            .collect();
        std::fs::write(corpus.join("manifest.csv"), rows.join("\n") + "\n").unwrap();
        let out = ok(&db, &["import", corpus.to_str().unwrap()]);
        let new = files.iter().filter(|f| f[2..].starts_with(round)).count();
        assert!(out.contains(&format!("{new} new")), "{out}");
    }
    let (_whole_dir, whole) = import("tests/corpus/statements/articles");
    let groups = |db: &Path| -> BTreeSet<BTreeSet<(String, String)>> {
        let texts: BTreeMap<i64, (String, String)> = quotes(db)
            .into_iter()
            .map(|(id, f, t)| (id, (f, t)))
            .collect();
        statements(db)
            .values()
            .map(|s| s.iter().map(|q| texts[q].clone()).collect())
            .collect()
    };
    let in_rounds = groups(&db);
    // The third round's wordings joined statements the first rounds made.
    let across = in_rounds.iter().filter(|s| s.len() > 1).count();
    assert_eq!(
        across,
        groups(&whole).iter().filter(|s| s.len() > 1).count()
    );
    assert_eq!(in_rounds, groups(&whole));
    // Change one article: its wording of the bridge remark goes, and comes back.
    let file = corpus.join("02c_bridge.txt");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace(
            "The bridge will be open again before the summer holidays",
            "The council will meet again in March",
        ),
    )
    .unwrap();
    let out = ok(&db, &["import", corpus.to_str().unwrap()]);
    assert!(out.contains("1 updated"), "{out}");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let bridge: Vec<String> = conn
        .prepare(
            "SELECT d.file FROM statement_details d JOIN statement_details o ON o.statement_id = d.statement_id
             WHERE o.quote LIKE 'The swing bridge will be open%' AND o.file = '02a_bridge.txt' ORDER BY d.file",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(bridge, ["02a_bridge.txt", "02b_bridge.txt"]);
    std::fs::write(&file, text).unwrap();
    ok(&db, &["import", corpus.to_str().unwrap()]);
    assert_eq!(groups(&db), groups(&whole));
}

/// Reported speech carries no statement. A paraphrase of the asylum offer
/// is added to the Independent's article as a quotation of Putin's (the
/// extractor does not write `indirect` yet, and schema 7's CHECK is set
/// aside to write it here), and every quotation is linked again: as a
/// direct quotation it joins the asylum statement; as reported speech it
/// is left out, and the seeds' gold statements stay exact.
#[test]
fn reported_speech_is_not_linked() {
    let paraphrase = "Putin said Russia would be ready to offer Mr Comey political asylum \
                      if he is persecuted in the US";
    for kind in ["direct", "indirect"] {
        let (_dir, db) = import("seeds");
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.pragma_update(None, "ignore_check_constraints", true)
            .unwrap();
        conn.execute(
            "INSERT INTO quotes (article_id, person_id, speaker_text, text, kind, cue,
                                 start_offset, end_offset, paragraph, rule)
             SELECT a.id, p.id, 'Putin', ?1, ?2, 'said', 0, 0, 1, 'test'
             FROM articles a, people p
             WHERE a.file = '000_57c7674c7c3619af.txt' AND p.name = 'Vladimir Putin'",
            [paraphrase, kind],
        )
        .unwrap();
        conn.execute_batch("DELETE FROM statement_quotes; DELETE FROM statements;")
            .unwrap();
        drop(conn);
        // Quotations linked to no statement: `migrate` links them all.
        let out = ok(&db, &["migrate"]);
        assert!(out.contains("quotations linked into statements"), "{out}");
        let added: i64 = rusqlite::Connection::open(&db)
            .unwrap()
            .query_row("SELECT id FROM quotes WHERE rule = 'test'", [], |r| {
                r.get(0)
            })
            .unwrap();
        let linked = statements(&db);
        let gold = gold_statements(&db, &root().join("tests/fixtures/seeds_statements.json"));
        let asylum = &gold[0].1;
        let holding: Vec<&BTreeSet<i64>> =
            linked.values().filter(|s| s.is_superset(asylum)).collect();
        if kind == "direct" {
            assert!(
                holding.len() == 1 && holding[0].contains(&added),
                "the direct paraphrase joins the asylum offer: {holding:?}"
            );
        } else {
            assert!(
                linked.values().all(|s| !s.contains(&added)),
                "reported speech carries no statement"
            );
            for (name, gold) in &gold {
                let holding: Vec<&BTreeSet<i64>> =
                    linked.values().filter(|s| s.is_superset(gold)).collect();
                assert_eq!(holding, vec![gold], "{name}");
            }
            // Nothing is owed: the reported speech is not "unlinked".
            let r = common::run(&db, &["check"]);
            let stdout = String::from_utf8_lossy(&r.stdout);
            assert!(stdout.ends_with(": ok\n"), "{stdout}");
        }
    }
}

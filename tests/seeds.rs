//! The bundled seeds, imported by the real binary and checked against the
//! hand annotation in tests/fixtures/seeds.json: metadata, every quotation
//! and its speaker, the people named, and each saved query's rows.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{json_rows, ok, run, seeded};
use serde_json::Value;

fn gold() -> Value {
    let text = std::fs::read_to_string(common::root().join("tests/fixtures/seeds.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Spaces folded, and the comma that closes a quotation before its
/// attribution left out: the annotation keeps it, the store does not.
fn squash(s: &str) -> String {
    let text = s
        .replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    text.strip_suffix(',').map(str::to_string).unwrap_or(text)
}

#[test]
fn import_reports_what_it_did_and_is_idempotent() {
    let (_dir, db) = seeded();
    let again = ok(
        &db,
        &["import", common::root().join("seeds").to_str().unwrap()],
    );
    assert!(
        again.starts_with("4 files seen: 0 new, 0 updated, 4 unchanged, 0 failed"),
        "{again}"
    );
    assert!(again.contains("4 articles, 63 quotes, "), "{again}");
    let imports = json_rows(
        &db,
        &[
            "sql",
            "SELECT files_seen, new, unchanged FROM imports ORDER BY id",
        ],
    );
    assert_eq!(imports.len(), 2);
    assert_eq!(
        (imports[0]["new"].as_i64(), imports[1]["unchanged"].as_i64()),
        (Some(4), Some(4))
    );
}

#[test]
fn metadata_matches_the_annotation() {
    let (_dir, db) = seeded();
    for article in gold()["articles"].as_array().unwrap() {
        let file = article["file"].as_str().unwrap();
        let rows = json_rows(
            &db,
            &[
                "sql",
                "SELECT s.name AS outlet, a.headline, a.standfirst, a.byline, a.published, a.dateline
                 FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.file = :file",
                "-p",
                &format!("file={file}"),
            ],
        );
        assert_eq!(rows.len(), 1, "{file} imported once");
        let row = &rows[0];
        let pairs = [
            ("outlet", "outlet"),
            ("title", "headline"),
            ("standfirst", "standfirst"),
            ("author", "byline"),
            ("published", "published"),
        ];
        for (gold_key, column) in pairs {
            assert_eq!(row[column], article[gold_key], "{file}: {gold_key}");
        }
        let dateline = article.get("dateline").cloned().unwrap_or(Value::Null);
        assert_eq!(row["dateline"], dateline, "{file}: dateline");
    }
}

#[test]
fn every_quotation_is_found_with_its_speaker_and_kind() {
    let (_dir, db) = seeded();
    let stored = json_rows(
        &db,
        &[
            "sql",
            // The gold annotates quotations in marks; reported speech has its own test.
            "SELECT file, speaker, quote, kind FROM quote_details WHERE kind <> 'indirect' ORDER BY file, quote_id",
        ],
    );
    let gold = gold();
    let mut expected = Vec::new();
    for article in gold["articles"].as_array().unwrap() {
        for q in article["quotes"].as_array().unwrap() {
            expected.push((
                article["file"].as_str().unwrap().to_string(),
                q["speaker"].as_str().map(String::from),
                squash(q["text"].as_str().unwrap()),
                q["kind"].as_str().unwrap().to_string(),
            ));
        }
    }
    let found: Vec<_> = stored
        .iter()
        .map(|r| {
            (
                r["file"].as_str().unwrap().to_string(),
                r["speaker"].as_str().map(String::from),
                squash(r["quote"].as_str().unwrap()),
                r["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected_set: BTreeSet<_> = expected.iter().cloned().collect();
    let found_set: BTreeSet<_> = found.iter().cloned().collect();
    let missing: Vec<_> = expected_set.difference(&found_set).collect();
    let extra: Vec<_> = found_set.difference(&expected_set).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing: {missing:#?}\nextra: {extra:#?}"
    );
    assert_eq!(found.len(), 34);
}

#[test]
fn quotes_record_offsets_into_the_body_and_the_rule_used() {
    let (_dir, db) = seeded();
    // The body slice that the offsets name is the quotation itself.
    let rows = json_rows(
        &db,
        &["sql", "SELECT q.text, substr(a.body, q.start_offset + 1, q.end_offset - q.start_offset) AS slice, q.rule, q.paragraph
               FROM quotes q JOIN articles a ON a.id = q.article_id"],
    );
    assert_eq!(rows.len(), 63);
    for row in &rows {
        assert_eq!(row["text"], row["slice"]);
        assert!(row["paragraph"].as_i64().unwrap() >= 1);
    }
    let rules: BTreeSet<&str> = rows.iter().map(|r| r["rule"].as_str().unwrap()).collect();
    for rule in [
        "after-quote",
        "before-quote",
        "same-paragraph",
        "continuation",
        "pull-quote",
        "reported-speaker-first",
        "according-to",
    ] {
        assert!(
            rules.contains(rule),
            "no quote attributed by {rule}: {rules:?}"
        );
    }
    let multi = json_rows(
        &db,
        &[
            "sql",
            "SELECT text FROM quotes WHERE text LIKE '%' || char(10) || char(10) || '%'",
        ],
    );
    assert_eq!(multi.len(), 1, "one quotation runs over a paragraph break");
}

#[test]
fn scare_quotes_and_titles_are_not_quotations() {
    let (_dir, db) = seeded();
    for article in gold()["articles"].as_array().unwrap() {
        for not_quote in article["not_quotes"].as_array().unwrap() {
            let rows = json_rows(
                &db,
                &[
                    "sql",
                    "SELECT quote FROM quote_details WHERE quote = :q",
                    "-p",
                    &format!("q={}", not_quote.as_str().unwrap()),
                ],
            );
            assert!(rows.is_empty(), "{not_quote} stored as a quotation");
        }
    }
}

#[test]
fn people_named_in_each_article_match_the_annotation() {
    let (_dir, db) = seeded();
    let rows = json_rows(&db, &["sql", "SELECT file, person FROM person_mentions"]);
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for r in &rows {
        found
            .entry(r["file"].as_str().unwrap().into())
            .or_default()
            .insert(r["person"].as_str().unwrap().into());
    }
    for article in gold()["articles"].as_array().unwrap() {
        let file = article["file"].as_str().unwrap();
        let want: BTreeSet<String> = article["people"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_string())
            .collect();
        assert_eq!(found.get(file).cloned().unwrap_or_default(), want, "{file}");
    }
    // Authors are people too, linked as authors and not as mentions.
    let authors = json_rows(
        &db,
        &[
            "sql",
            "SELECT p.name FROM article_authors w JOIN people p ON p.id = w.person_id",
        ],
    );
    assert_eq!(
        authors,
        vec![serde_json::json!({"name": "Benjamin Kentish"})]
    );
}

#[test]
fn one_row_per_person_across_the_corpus() {
    let (_dir, db) = seeded();
    let rows = json_rows(
        &db,
        &[
            "sql",
            "SELECT p.name, count(DISTINCT a.alias) AS aliases FROM people p JOIN person_aliases a ON a.person_id = p.id WHERE p.name LIKE '%Putin%' GROUP BY p.id",
        ],
    );
    assert_eq!(rows.len(), 1, "{rows:?}");
    let aliases = json_rows(
        &db,
        &[
            "sql",
            "SELECT DISTINCT alias FROM person_aliases a JOIN people p ON p.id = a.person_id WHERE p.name = 'Vladimir Putin' ORDER BY alias",
        ],
    );
    let aliases: Vec<&str> = aliases
        .iter()
        .map(|r| r["alias"].as_str().unwrap())
        .collect();
    for alias in ["Mr Putin", "Putin", "Vladimir Putin"] {
        assert!(aliases.contains(&alias), "{aliases:?}");
    }
}

fn column<'a>(rows: &'a [Value], name: &str) -> Vec<&'a str> {
    rows.iter()
        .map(|r| r[name].as_str().unwrap_or(""))
        .collect()
}

#[test]
fn the_asylum_question() {
    let (_dir, db) = seeded();
    // Reported speech carries the offer too ("Putin says Russia is ready
    // to grant James Comey asylum"): no statement, after the statements.
    let all = json_rows(&db, &["query", "outlets-quoting", "-p", "term=asylum"]);
    assert_eq!(
        column(&all, "outlet"),
        [
            "The Independent",
            "Voice of America",
            "",
            "",
            "The Independent",
            ""
        ]
    );
    assert_eq!(
        column(&all, "kind"),
        [
            "direct", "direct", "direct", "direct", "indirect", "indirect"
        ]
    );
    assert!(all[4]["statement"].is_null() && all[5]["statement"].is_null());
    assert_eq!(
        all[4]["quote"],
        "the fired FBI director James Comey is welcome to seek asylum in Russia"
    );
    // In quotation marks: one statement, four wordings; the unknown outlet
    // carries two translations, one of them without the word.
    let rows = json_rows(
        &db,
        &[
            "query",
            "outlets-quoting",
            "-p",
            "term=asylum",
            "-p",
            "kind=quoted",
        ],
    );
    assert_eq!(
        column(&rows, "outlet"),
        ["The Independent", "Voice of America", "", ""]
    );
    assert!(
        rows[2]["outlet"].is_null() && rows[3]["outlet"].is_null(),
        "an unknown outlet is null in JSON"
    );
    assert_eq!(
        column(&rows, "relative_path"),
        [
            "seeds/000_57c7674c7c3619af.txt",
            "seeds/002_ea305af6d3fb4f50.txt",
            "seeds/001_1735bd264c4595b3.txt",
            "seeds/001_1735bd264c4595b3.txt"
        ]
    );
    assert_eq!(
        rows[2]["headline"],
        "Putin Trolls Comey Offering him Asylum for Political Persecution"
    );
    assert!(rows.iter().all(|r| r["speaker"] == "Vladimir Putin"));
    assert!(rows.iter().all(|r| r["statement"] == rows[0]["statement"]));
    assert_eq!(
        rows[2]["quote"],
        "If Comey will be under the threat of political persecution, we are ready to accept him here"
    );
}

#[test]
fn saved_queries_answer_on_the_seeds() {
    let (_dir, db) = seeded();
    let top = json_rows(&db, &["query", "top-speakers"]);
    assert_eq!(
        column(&top, "speaker"),
        [
            "Vladimir Putin",
            "Donald Trump",
            "James Mattis",
            "Sergei Shoigu",
            "James Comey"
        ]
    );
    assert_eq!(
        (
            top[0]["quotes"].as_i64(),
            top[0]["articles"].as_i64(),
            top[0]["outlets"].as_i64()
        ),
        (Some(49), Some(4), Some(3))
    );
    // One kind is counted from the quotations, not the totals.
    let quoted = json_rows(&db, &["query", "top-speakers", "-p", "kind=quoted"]);
    let counted: Vec<(&str, i64)> = quoted
        .iter()
        .map(|r| {
            (
                r["speaker"].as_str().unwrap(),
                r["quotes"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        counted,
        [
            ("Vladimir Putin", 30),
            ("James Mattis", 2),
            ("Donald Trump", 1),
            ("Sergei Shoigu", 1)
        ]
    );
    let bad = run(&db, &["query", "top-speakers", "-p", "kind=reported"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains(
            "parameter 'kind' must be one of all, quoted, direct, partial, pullquote, indirect, not 'reported'"
        ),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );

    let mattis = json_rows(
        &db,
        &[
            "query",
            "speaker-quotes",
            "-p",
            "name=Mattis",
            "-p",
            "kind=direct",
        ],
    );
    assert_eq!(mattis.len(), 2);
    assert!(
        mattis[1]["quote"]
            .as_str()
            .unwrap()
            .starts_with("Right now, I would just say")
    );

    let per_outlet = json_rows(&db, &["query", "quotes-per-outlet", "-p", "kind=quoted"]);
    let counts: Vec<(&str, i64, i64)> = per_outlet
        .iter()
        .map(|r| {
            (
                // An unknown outlet is null in data; a table labels it.
                r["outlet"].as_str().unwrap_or("(null)"),
                r["articles"].as_i64().unwrap(),
                r["quotes"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        counts,
        [
            ("(null)", 1, 14),
            ("The Straits Times", 1, 10),
            ("Voice of America", 1, 7),
            ("The Independent", 1, 3)
        ]
    );

    let june = json_rows(
        &db,
        &[
            "query",
            "articles-in-range",
            "-p",
            "from=2017-06-01",
            "-p",
            "to=2017-06-30",
        ],
    );
    assert_eq!(
        column(&june, "outlet"),
        ["The Independent", "Voice of America"]
    );

    // Only the question a reporter put to Mr Putin ("Asked whether…"),
    // the officials who "say Mr Trump plans…", the (intelligence)
    // agencies that "have concluded that…" and the minister who "called
    // for better ties", a role no name in the article holds, go unnamed.
    let unattributed = json_rows(&db, &["query", "unattributed-quotes"]);
    // Articles are numbered in the order their imports finish.
    let mut unattributed: Vec<_> = unattributed
        .iter()
        .map(|r| (r["speaker_as_written"].as_str(), r["kind"].as_str()))
        .collect();
    unattributed.sort();
    assert_eq!(
        unattributed,
        [
            (None, Some("indirect")),
            (Some("Moscow's Defence Minister"), Some("indirect")),
            (Some("Officials"), Some("indirect")),
            (Some("agencies"), Some("indirect"))
        ]
    );

    let search = json_rows(&db, &["query", "search-quotes", "-p", "term=asylum"]);
    assert_eq!(search.len(), 5);
    let search = json_rows(
        &db,
        &[
            "query",
            "search-quotes",
            "-p",
            "term=asylum",
            "-p",
            "kind=quoted",
        ],
    );
    assert_eq!(search.len(), 3);
    assert!(
        search
            .iter()
            .all(|r| r["snippet"].as_str().unwrap().contains("[asylum]"))
    );

    let articles = json_rows(&db, &["query", "search-articles", "-p", "term=Mattis"]);
    assert_eq!(column(&articles, "outlet"), ["The Straits Times"]);

    let mentioned = json_rows(&db, &["query", "people-mentioned", "-p", "limit=3"]);
    assert_eq!(mentioned[0]["person"], "Vladimir Putin");
    assert_eq!(mentioned[0]["articles"], 4);

    let together = json_rows(&db, &["query", "co-mentions", "-p", "person=Snowden"]);
    let pairs: BTreeSet<(String, String, i64)> = together
        .iter()
        .map(|r| {
            let mut pair = [
                r["person"].as_str().unwrap().to_string(),
                r["named_with"].as_str().unwrap().to_string(),
            ];
            pair.sort();
            (
                pair[0].clone(),
                pair[1].clone(),
                r["articles"].as_i64().unwrap(),
            )
        })
        .collect();
    assert!(
        pairs.contains(&("Edward Snowden".into(), "Vladimir Putin".into(), 3)),
        "{pairs:?}"
    );
    assert!(
        pairs.contains(&("Edward Snowden".into(), "James Comey".into(), 3)),
        "{pairs:?}"
    );

    let roles = json_rows(&db, &["query", "person-roles", "-p", "person=Shoigu"]);
    assert_eq!(column(&roles, "role"), ["Russian Defence Minister"]);

    let straits = json_rows(
        &db,
        &[
            "query",
            "outlet-speakers",
            "-p",
            "outlet=Straits",
            "-p",
            "kind=quoted",
        ],
    );
    let by_speaker: Vec<(&str, i64)> = straits
        .iter()
        .map(|r| {
            (
                r["speaker"].as_str().unwrap(),
                r["quotes"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        by_speaker,
        [
            ("Vladimir Putin", 6),
            ("James Mattis", 2),
            ("Donald Trump", 1),
            ("Sergei Shoigu", 1)
        ]
    );

    let summary = json_rows(&db, &["query", "corpus-summary"]);
    let s = &summary[0];
    let got = [
        &s["articles"],
        &s["outlets"],
        &s["quotes"],
        &s["direct"],
        &s["partial"],
        &s["pullquotes"],
        &s["indirect"],
        &s["organisations"],
        &s["unattributed"],
    ];
    assert_eq!(
        got.map(|v| v.as_i64().unwrap()),
        [4, 3, 63, 24, 9, 1, 29, 0, 4]
    );
    assert_eq!(
        (s["first_published"].as_str(), s["last_published"].as_str()),
        (Some("2017-02-17"), Some("2017-06-15"))
    );
}

#[test]
fn every_saved_query_is_listed_and_documented() {
    let (_dir, db) = seeded();
    let listed = json_rows(&db, &["queries"]);
    assert!(listed.len() >= 10, "{} saved queries", listed.len());
    let files = std::fs::read_dir(common::root().join("queries"))
        .unwrap()
        .count();
    assert_eq!(listed.len(), files);
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    for q in &listed {
        let name = q["name"].as_str().unwrap();
        assert!(
            readme.contains(&format!("`{name}`")),
            "README does not document {name}"
        );
        assert!(!q["description"].as_str().unwrap().is_empty());
    }
}

#[test]
fn output_formats() {
    let (_dir, db) = seeded();
    let csv = ok(
        &db,
        &["query", "top-speakers", "-p", "limit=2", "--format", "csv"],
    );
    assert!(
        csv.starts_with(
            "speaker,quotes,articles,outlets,first_published,last_published\nVladimir Putin,49,4,3,"
        ),
        "{csv}"
    );
    let ndjson = ok(
        &db,
        &[
            "query",
            "top-speakers",
            "-p",
            "limit=2",
            "--format",
            "ndjson",
        ],
    );
    assert_eq!(ndjson.lines().count(), 2);
    let table = ok(
        &db,
        &[
            "query",
            "top-speakers",
            "-p",
            "limit=2",
            "--format",
            "table",
        ],
    );
    assert!(
        table.contains("Vladimir Putin") && table.trim_end().ends_with("2 rows"),
        "{table}"
    );
}

#[test]
fn people_and_person_commands() {
    let (_dir, db) = seeded();
    let people = json_rows(&db, &["people", "--limit", "3"]);
    assert_eq!(people[0]["person"], "Vladimir Putin");
    assert_eq!(
        (people[0]["articles"].as_i64(), people[0]["quotes"].as_i64()),
        (Some(4), Some(49))
    );
    let person = ok(&db, &["person", "Mattis", "--format", "csv"]);
    assert!(person.starts_with("James Mattis\n"), "{person}");
    assert!(
        person.contains("Mr Mattis") && person.contains("US Defence Secretary"),
        "{person}"
    );
    let unknown = run(&db, &["person", "Nobody Atall"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no person named 'Nobody Atall'"));
}

#[test]
fn eval_scores_every_seed_quotation_speaker_and_person() {
    let (_dir, db) = seeded();
    let gold = common::root().join("tests/fixtures/seeds.json");
    let report: Value = serde_json::from_str(&ok(
        &db,
        &["eval", gold.to_str().unwrap(), "--format", "json"],
    ))
    .unwrap();
    for key in [
        "precision",
        "recall",
        "speaker_accuracy",
        "people_precision",
        "people_recall",
    ] {
        assert_eq!(report[key].as_f64(), Some(1.0), "{key}");
    }
    let text = ok(&db, &["eval", gold.to_str().unwrap()]);
    assert!(
        text.starts_with(
            "quotes          precision 1.000  recall 1.000  F1 1.000  (gold 34, found 34, matched 34)"
        ),
        "{text}"
    );
}

#[test]
fn other_sqlite_clients_read_the_file() {
    let (_dir, db) = seeded();
    let db_arg = db.to_str().unwrap();
    if let Ok(out) = std::process::Command::new("sqlite3").args([db_arg, "SELECT count(*) FROM quote_details; SELECT count(*) FROM person_mentions; SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'asylum';"]).output() {
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stdout), "63\n25\n3\n");
    }
    let script = "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nprint(c.execute('SELECT count(*) FROM quote_details').fetchone()[0], c.execute('SELECT count(*) FROM person_mentions').fetchone()[0], c.execute(\"SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'asylum'\").fetchone()[0])";
    if let Ok(out) = std::process::Command::new("python3")
        .args(["-c", script, db_arg])
        .output()
    {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&out.stdout), "63 25 5\n");
    }
}

#[test]
fn every_subcommand_has_help_with_an_example() {
    let db = std::path::Path::new("unused.db");
    for sub in [
        "import",
        "queries",
        "query",
        "sql",
        "search",
        "people",
        "person",
        "eval",
        "check",
        "gen-corpus",
    ] {
        let help = ok(db, &[sub, "--help"]);
        assert!(
            help.contains("Examples:\n  clippings"),
            "{sub} --help has no example:\n{help}"
        );
    }
    let usage = run(db, &["query"]);
    assert_eq!(
        usage.status.code(),
        Some(2),
        "missing argument is bad usage"
    );
}

#[test]
fn reported_speech_is_found_with_its_speaker_and_holds_its_quoted_fragments() {
    let (_dir, db) = seeded();
    let rows = json_rows(
        &db,
        &[
            "sql",
            "SELECT substr(file, 1, 3) AS file, speaker, cue, quote FROM quote_details WHERE kind = 'indirect' ORDER BY file, quote_id",
        ],
    );
    let got: Vec<(&str, Option<&str>, &str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r["file"].as_str().unwrap(),
                r["speaker"].as_str(),
                r["cue"].as_str().unwrap(),
                r["quote"].as_str().unwrap(),
            )
        })
        .collect();
    // "…, and likened his actions to …" is Putin's next act, not what he
    // said; "but said …", "and said that …" and "agencies have concluded
    // that …" are reports of their own.
    let want: [(&str, Option<&str>, &str, &str); 29] = [
        (
            "000",
            Some("Vladimir Putin"),
            "joked",
            "the fired FBI director James Comey is welcome to seek asylum in Russia",
        ),
        (
            "000",
            Some("Vladimir Putin"),
            "said",
            "it was \"very strange\" that the FBI official had leaked details of conversations with Donald Trump",
        ),
        (
            "000",
            Some("Donald Trump"),
            "said",
            "were issues relating to the investigation over alleged Russian interference in the US presidential election",
        ),
        (
            "000",
            Some("Donald Trump"),
            "suggested",
            "he drop an investigation into alleged links between Russia and Michael Flynn, the President's former national security adviser who was forced to resign after it was revealed that he had misled senior officials, including Vice President Mike Pence, over the nature of his dealings with Moscow representatives",
        ),
        (
            "000",
            Some("Vladimir Putin"),
            "said",
            "he did not consider the US to be an enemy of Russia",
        ),
        (
            "000",
            Some("Vladimir Putin"),
            "claimed",
            "he wanted a \"constructive dialogue\" with Washington",
        ),
        (
            "000",
            Some("Vladimir Putin"),
            "cited",
            "nuclear non-proliferation, fighting poverty and tackling climate change as areas where the two countries could co-operate",
        ),
        (
            "000",
            Some("Vladimir Putin"),
            "said",
            "any warming in relations would depend on the US",
        ),
        (
            "001",
            Some("Vladimir Putin"),
            "says",
            "Russia is ready to grant James Comey asylum, and that the former FBI director “should be aware of that.”",
        ),
        (
            "001",
            Some("Vladimir Putin"),
            "noting",
            "the leak put Comey in a vulnerable position",
        ),
        (
            "001",
            Some("Vladimir Putin"),
            "commented",
            "the congressional testimony made by former FBI Director James Comey",
        ),
        (
            "001",
            Some("James Comey"),
            "accused",
            "Russia of interfering in the US election",
        ),
        (
            "001",
            Some("James Comey"),
            "according to",
            "there was no interference by Russia in the vote count during last year’s election",
        ),
        (
            "001",
            Some("Vladimir Putin"),
            "said",
            "Russia’s influence on American’s minds was no greater than that of America, which sponsors NGOs worldwide with a goal to influence countries they work in",
        ),
        (
            "001",
            Some("Vladimir Putin"),
            "reiterated",
            "his view that the anti-Russian sentiment in the US comes from internal political strife in America",
        ),
        (
            "001",
            Some("Vladimir Putin"),
            "said",
            "Russia has “many friends” in the US",
        ),
        (
            "002",
            Some("Vladimir Putin"),
            "says",
            "he does not believe his country and the United States are enemies and downplayed fresh sanctions levied against his country by the American lawmakers",
        ),
        (
            "002",
            Some("Vladimir Putin"),
            "said",
            "Russia and the United States had fought beside each other during two world wars and “the Russian empire was key in securing U.S. independence.”",
        ),
        (
            "002",
            Some("Vladimir Putin"),
            "blamed",
            "U.S. domestic issues as the reason for their imposition",
        ),
        (
            "002",
            Some("Vladimir Putin"),
            "pointed out",
            "U.S. intelligence agencies have concluded that Russian hackers stole and released thousands of emails from a top Hillary Clinton campaign aide, though no evidence has been released linking Russians to the hacking",
        ),
        (
            "002",
            None,
            "concluded",
            "Russian hackers stole and released thousands of emails from a top Hillary Clinton campaign aide",
        ),
        (
            "003",
            Some("Vladimir Putin"),
            "called",
            "his country's intelligence agencies to bolster ties with their American counterparts in the fight against terrorism",
        ),
        (
            "003",
            Some("Donald Trump"),
            "accusing",
            "his intelligence community of being behind leaks leading to Mr Flynn's resignation",
        ),
        (
            "003",
            None,
            "say",
            "Mr Trump• plans to assign New York billionaire Stephen Feinberg to lead a broad review of US intelligence agencies",
        ),
        ("003", None, "called", "better ties"),
        (
            "003",
            Some("Sergei Shoigu"),
            "said",
            "Moscow was \"ready to restore cooperation with the Pentagon\"",
        ),
        (
            "003",
            None,
            "Asked",
            "whether he believed that Russia had interfered in the US presidential election",
        ),
        (
            "003",
            Some("Vladimir Putin"),
            "said",
            "the US-led alliance was \"constantly provoking\" Moscow",
        ),
        (
            "003",
            Some("Vladimir Putin"),
            "added",
            "the Russian authorities had \"blocked the activity\" of 53 foreign intelligence officers and 286 agents of overseas agencies last year",
        ),
    ];
    assert_eq!(got, want);
    // Each partial quotation inside reported speech points to it.
    let fragments = json_rows(
        &db,
        &[
            "sql",
            "SELECT f.text AS fragment, r.kind AS within FROM quotes f JOIN quotes r ON r.id = f.within_id JOIN articles a ON a.id = f.article_id ORDER BY a.file, f.start_offset",
        ],
    );
    let linked: Vec<(&str, &str)> = fragments
        .iter()
        .map(|r| {
            (
                r["fragment"].as_str().unwrap(),
                r["within"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        linked,
        [
            ("very strange", "indirect"),
            ("constructive dialogue", "indirect"),
            ("should be aware of that.", "indirect"),
            ("many friends", "indirect"),
            (
                "the Russian empire was key in securing U.S. independence.",
                "indirect"
            ),
            ("ready to restore cooperation with the Pentagon", "indirect"),
            ("constantly provoking", "indirect"),
            ("blocked the activity", "indirect"),
        ]
    );
}

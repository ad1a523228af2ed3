//! Schema upgrades keep every row: a database made by schema version 1 and
//! filled with the seeds opens with the newest schema, nothing lost.

mod common;

use std::path::Path;

use clippings_store::{Store, known_schema_version};

fn column_names(conn: &rusqlite::Connection, table: &str) -> Vec<String> {
    conn.prepare(&format!("SELECT name FROM pragma_table_xinfo('{table}')"))
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// Every row of `table`, as the given columns read them, sorted.
fn table_dump(db: &Path, table: &str, columns: &[String]) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(&format!("SELECT {} FROM {table}", columns.join(", ")))
        .unwrap();
    let mut rows: Vec<String> = stmt
        .query_map([], |row| {
            let values: Vec<String> = (0..columns.len())
                .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
                .collect();
            Ok(values.join("|"))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    rows.sort();
    rows
}

const V1_TABLES: &[&str] = &[
    "sources",
    "articles",
    "article_extras",
    "people",
    "person_aliases",
    "person_roles",
    "mentions",
    "article_authors",
    "unresolved_names",
    "quotes",
];

#[test]
fn a_version_1_database_upgrades_with_every_row_kept() {
    let dir = tempfile::tempdir().unwrap();
    // The seeds, imported with today's schema ...
    let latest = dir.path().join("latest.db");
    let seeds = common::root().join("seeds");
    common::ok(&latest, &["import", "--quiet", seeds.to_str().unwrap()]);
    // ... copied, column by column, into a file made by schema version 1
    // (its triggers fill its full-text indexes as rows go in).
    let db = dir.path().join("v1.db");
    {
        let store = Store::open_at_version(&db, 1).unwrap();
        assert_eq!(store.schema_version().unwrap(), 1);
    }
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute("ATTACH DATABASE ?1 AS src", [latest.to_str().unwrap()])
            .unwrap();
        for table in V1_TABLES {
            let list = column_names(&conn, table).join(", ");
            // Version 1 knew quotations in marks only, not reported speech.
            let rows = match *table {
                "quotes" => " WHERE kind <> 'indirect'",
                _ => "",
            };
            conn.execute(
                &format!("INSERT INTO main.{table} ({list}) SELECT {list} FROM src.{table}{rows}"),
                [],
            )
            .unwrap();
        }
    }
    // Later versions may add columns (or compute one, as `articles.body`);
    // every version-1 column must read the same, row for row.
    let v1_columns: Vec<Vec<String>> = {
        let conn = rusqlite::Connection::open(&db).unwrap();
        V1_TABLES.iter().map(|t| column_names(&conn, t)).collect()
    };
    let dump = || -> Vec<Vec<String>> {
        V1_TABLES
            .iter()
            .zip(&v1_columns)
            .map(|(t, c)| table_dump(&db, t, c))
            .collect()
    };
    let before = dump();
    assert!(
        before[1].len() == 4 && before[9].len() == 34,
        "the seeds went in"
    );

    let mut store = Store::open(&db).unwrap();
    assert_eq!(store.schema_version().unwrap(), known_schema_version());
    assert!(known_schema_version() >= 2);
    let after = dump();
    for ((table, b), a) in V1_TABLES.iter().zip(&before).zip(&after) {
        assert_eq!(b, a, "table {table} changed in the upgrade");
    }
    // Derived totals are owed by the upgrade, and made by the next command
    // that writes (`clippings migrate` here).
    assert!(store.pass_pending().unwrap());
    let paid = store.finish_pending().unwrap();
    assert!(paid.corpus && paid.statements.is_some(), "{paid:?}");
    assert!(store.check().unwrap().is_ok());
    // The views and full-text indexes still answer after the upgrade.
    let conn = rusqlite::Connection::open(&db).unwrap();
    let n: i64 = conn.query_row("SELECT count(*) FROM quote_details WHERE quote_id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'asylum')", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 3);
    let top: String = conn
        .query_row("SELECT p.name FROM person_totals t JOIN people p ON p.id = t.person_id ORDER BY t.quotes DESC LIMIT 1", [], |r| r.get(0))
        .unwrap();
    assert_eq!(top, "Vladimir Putin");
    // And the upgraded file takes new imports, indexes included.
    drop(store);
    let more = common::root().join("tests/corpus/aliases/articles");
    let summary = common::ok(&db, &["import", "--quiet", more.to_str().unwrap()]);
    assert!(summary.contains("4 new"), "{summary}");
    assert!(Store::open(&db).unwrap().check().unwrap().is_ok());
}

/// Datasette's and sqlite-utils' own test for a table's full-text index
/// (`detect_fts` in both), run on the schema: both look for
/// `content="T"` or `content=[T]` in the index's declaration.
#[test]
fn the_full_text_indexes_are_declared_as_datasette_and_sqlite_utils_detect_them() {
    let (_dir, db) = common::seeded();
    let conn = rusqlite::Connection::open(&db).unwrap();
    for (table, index) in [("articles", "articles_fts"), ("quotes", "quotes_fts")] {
        let found: Vec<String> = conn
            .prepare(
                "SELECT name FROM sqlite_master WHERE rootpage = 0 AND (
                     sql LIKE '%VIRTUAL TABLE%USING FTS%content=\"' || ?1 || '\"%'
                     OR sql LIKE '%VIRTUAL TABLE%USING FTS%content=[' || ?1 || ']%')",
            )
            .unwrap()
            .query_map([table], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(found, [index], "{table}");
        let hits: i64 = conn
            .query_row(
                &format!("SELECT count(*) FROM {index} WHERE {index} MATCH 'asylum'"),
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(hits > 0, "{index} answers");
    }
}

/// A column a row can be written to: not generated (`articles.body` is
/// computed from schema 5 on).
fn stored_columns(conn: &rusqlite::Connection, table: &str) -> Vec<String> {
    conn.prepare(&format!(
        "SELECT name FROM pragma_table_xinfo('{table}') WHERE hidden = 0"
    ))
    .unwrap()
    .query_map([], |r| r.get(0))
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

/// A page whose outlet and pull quote only schema 10's checks allow
/// (`source_from = 'page'`, `article_extras.kind = 'pullquote'`).
const PAGE: &str = r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour plan approved</title>
<meta property="og:site_name" content="The Harbour Courier">
<meta property="article:published_time" content="2024-01-07T01:20:00+00:00">
</head><body><article><h1>Harbour plan approved</h1>
<p>The council approved the harbour plan on Monday after a long debate, with thirty votes for and twelve against, in a meeting that ran late.</p>
<p>&#8220;We will start work in May,&#8221; said Mayor Ana Ruiz, who has backed the plan since her election two years ago and says it will bring jobs.</p>
<blockquote class="pull-quote"><p>We will start work in May</p></blockquote>
<p>Opponents said the cost, now put at forty million pounds, was too high for a city of its size, and that the money should go to schools.</p>
</article></body></html>"#;

/// Every older schema upgrades to this one with every row kept, and the
/// upgraded file takes what only the newest schemas allow: schema 10's
/// edits of `articles` and `article_extras` and schema 11's of `quotes`
/// (made in place, by replacing text of their declarations) still find the
/// text that older versions wrote (the page's "Opponents said …" is
/// reported speech, which only schema 11's check allows).
#[test]
fn a_database_of_every_older_version_upgrades_and_takes_every_input() {
    let dir = tempfile::tempdir().unwrap();
    let latest = dir.path().join("latest.db");
    let seeds = common::root().join("seeds");
    common::ok(&latest, &["import", "--quiet", seeds.to_str().unwrap()]);
    let page = dir.path().join("pages");
    std::fs::create_dir(&page).unwrap();
    std::fs::write(page.join("harbour.html"), PAGE).unwrap();
    let known = u32::try_from(known_schema_version()).unwrap();
    for version in 1..known {
        let db = dir.path().join(format!("v{version}.db"));
        {
            let store = Store::open_at_version(&db, version).unwrap();
            assert_eq!(store.schema_version().unwrap(), i64::from(version));
        }
        let columns: Vec<Vec<String>> = {
            let conn = rusqlite::Connection::open(&db).unwrap();
            conn.execute("ATTACH DATABASE ?1 AS src", [latest.to_str().unwrap()])
                .unwrap();
            let columns: Vec<Vec<String>> =
                V1_TABLES.iter().map(|t| stored_columns(&conn, t)).collect();
            for (table, list) in V1_TABLES.iter().zip(&columns) {
                let list = list.join(", ");
                // Reported speech came with schema 11.
                let rows = match (*table, version) {
                    ("quotes", ..11) => " WHERE kind <> 'indirect'",
                    _ => "",
                };
                conn.execute(
                    &format!(
                        "INSERT INTO main.{table} ({list}) SELECT {list} FROM src.{table}{rows}"
                    ),
                    [],
                )
                .unwrap_or_else(|e| panic!("version {version}, {table}: {e}"));
            }
            columns
        };
        let dump = || -> Vec<Vec<String>> {
            V1_TABLES
                .iter()
                .zip(&columns)
                .map(|(t, c)| table_dump(&db, t, c))
                .collect()
        };
        let before = dump();
        assert_eq!(before[1].len(), 4, "version {version}: the seeds went in");
        let mut store = Store::open(&db).unwrap();
        assert_eq!(store.schema_version().unwrap(), known_schema_version());
        for ((table, b), a) in V1_TABLES.iter().zip(&before).zip(dump()) {
            assert_eq!(b, &a, "version {version}: table {table} changed");
        }
        assert!(store.finish_pending().unwrap().any());
        assert!(store.check().unwrap().is_ok(), "version {version}");
        drop(store);
        let conn = rusqlite::Connection::open(&db).unwrap();
        let declared = |table: &str| -> String {
            conn.query_row(
                "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                [table],
                |r| r.get(0),
            )
            .unwrap()
        };
        assert!(
            declared("articles").contains("source_from = 'page'"),
            "version {version}: {}",
            declared("articles")
        );
        assert!(
            declared("article_extras").contains("kind = 'pullquote'"),
            "version {version}: {}",
            declared("article_extras")
        );
        let undated_origin: i64 = conn
            .query_row(
                "SELECT count(*) FROM articles WHERE published IS NOT NULL AND published_from IS NULL",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(undated_origin, 0, "version {version}");
        let out = common::ok(&db, &["import", "--quiet", page.to_str().unwrap()]);
        assert!(out.contains("1 new"), "version {version}: {out}");
        let (from, pullquotes): (String, i64) = conn
            .query_row(
                "SELECT a.source_from, (SELECT count(*) FROM article_extras e
                                         WHERE e.article_id = a.id AND e.kind = 'pullquote')
                 FROM articles a WHERE a.file = 'harbour.html'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(
            (from.as_str(), pullquotes),
            ("page", 1),
            "version {version}"
        );
    }
}

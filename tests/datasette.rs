//! `clippings datasette`: the metadata it writes, and its canned queries
//! run as Datasette runs them (every parameter bound as text, an empty
//! string for one left empty) giving what `clippings query` gives.

mod common;

use rusqlite::types::ValueRef;
use serde_json::{Value, json};

/// Values for the parameters that have no default.
fn required(name: &str) -> &'static str {
    match name {
        "term" => "asylum",
        "name" | "person" => "Putin",
        "outlet" => "Independent",
        other => panic!("no test value for the required parameter {other}"),
    }
}

#[test]
fn canned_queries_with_empty_parameters_answer_as_the_cli_with_defaults() {
    let (dir, db) = common::seeded();
    let out = dir.path().join("metadata.json");
    common::ok(&db, &["datasette", "--out", out.to_str().unwrap()]);
    let metadata: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    // Named after the file, as Datasette names it.
    let database = &metadata["databases"]["seeds"];
    let tables = &database["tables"];
    assert_eq!(tables["articles"]["label_column"], "headline");
    assert_eq!(tables["people"]["label_column"], "name");
    assert_eq!(tables["sources"]["label_column"], "name");
    assert_eq!(tables["articles"]["fts_table"], "articles_fts");
    assert_eq!(tables["quotes"]["fts_table"], "quotes_fts");
    assert_eq!(
        tables["quotes"]["facets"],
        json!(["kind", "rule", "speaker_type", "person_id"])
    );
    assert_eq!(tables["articles"]["facets"][0], "source_id");
    // Columns added after the generated body are described too.
    let described = &tables["articles"]["columns"];
    for column in [
        "relative_path",
        "source_format",
        "published_from",
        "language",
    ] {
        assert!(described[column].is_string(), "articles.{column}");
    }
    assert!(
        described["source_from"]
            .as_str()
            .unwrap()
            .contains("page (a web page's metadata)")
    );
    assert!(
        tables["quotes"]["columns"]["speaker_type"]
            .as_str()
            .unwrap()
            .starts_with("person, organisation or unnamed")
    );
    assert_eq!(
        tables["quote_details"]["facets"],
        json!(["outlet", "kind", "speaker", "speaker_type"])
    );
    assert_eq!(
        tables["quotes"]["columns"]["speaker_text"],
        "the speaker as written: \"he\", \"Mr Mattis\""
    );
    assert_eq!(tables["refinery_schema_history"]["hidden"], true);
    // Statements: their tables described from the schema, faceted.
    assert_eq!(tables["statement_quotes"]["facets"], json!(["method"]));
    assert_eq!(tables["statements"]["facets"], json!(["person_id"]));
    assert!(
        tables["statements"]["columns"]["outlets"]
            .as_str()
            .is_some_and(|d| d.starts_with("known outlets")),
        "{}",
        tables["statements"]
    );
    assert_eq!(
        tables["statement_details"]["facets"],
        json!(["outlet", "speaker", "method", "kind"])
    );

    let queries = database["queries"].as_object().unwrap();
    let listed = common::ok(&db, &["queries", "--format", "json"]);
    let listed: Vec<Value> = serde_json::from_str(&listed).unwrap();
    assert_eq!(queries.len(), listed.len(), "every saved query");
    for name in [
        "outlets-quoting",
        "statement",
        "statement-spread",
        "top-statements",
    ] {
        assert!(queries.contains_key(name), "{name} is a canned query");
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    for (name, query) in queries {
        assert!(!query["title"].as_str().unwrap().is_empty(), "{name}");
        let sql = query["sql"].as_str().unwrap();
        let params: Vec<&str> = query["params"]
            .as_array()
            .map(|p| p.iter().map(|v| v.as_str().unwrap()).collect())
            .unwrap_or_default();
        // Parameters without a default: `-- param NAME: TYPE | help`.
        let without_default: Vec<&str> = sql
            .lines()
            .filter_map(|l| l.strip_prefix("-- param "))
            .filter(|l| !l.split('|').next().unwrap().contains('='))
            .filter_map(|l| l.split(':').next())
            .collect();
        // Datasette's way: every parameter as text, "" when left empty.
        let mut stmt = conn.prepare(sql).unwrap();
        let mut cli = vec!["query", name.as_str()];
        let mut given = Vec::new();
        for p in &params {
            let value = if without_default.contains(p) {
                required(p)
            } else {
                ""
            };
            if !value.is_empty() {
                given.push(format!("{p}={value}"));
            }
            let idx = stmt.parameter_index(&format!(":{p}")).unwrap().unwrap();
            stmt.raw_bind_parameter(idx, value).unwrap();
        }
        for g in &given {
            cli.extend(["-p", g.as_str()]);
        }
        let columns: Vec<String> = stmt.column_names().map(|c| c.to_string()).collect();
        let mut rows = stmt.raw_query();
        let mut got = Vec::new();
        while let Some(row) = rows.next().unwrap() {
            let mut object = serde_json::Map::new();
            for (i, c) in columns.iter().enumerate() {
                let v = match row.get_ref(i).unwrap() {
                    ValueRef::Null => Value::Null,
                    ValueRef::Integer(n) => json!(n),
                    ValueRef::Real(x) => json!(x),
                    ValueRef::Text(t) => json!(String::from_utf8_lossy(t)),
                    ValueRef::Blob(_) => panic!("blob"),
                };
                object.insert(c.clone(), v);
            }
            got.push(Value::Object(object));
        }
        let want = common::json_rows(&db, &cli);
        assert!(
            !want.is_empty() || name == "unattributed-quotes",
            "{name}: no rows to compare"
        );
        assert_eq!(got, want, "{name}: {cli:?}");
    }
}

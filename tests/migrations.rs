//! Schema upgrades keep every row: a database made by schema version 1 and
//! filled with the seeds opens with the newest schema, nothing lost.

use std::path::Path;

use clippings::extract;
use clippings::store::{Provenance, Store, known_schema_version};

fn table_dump(db: &Path, table: &str) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))
        .unwrap();
    let columns = stmt.column_count();
    stmt.query_map([], |row| {
        let values: Vec<String> = (0..columns)
            .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
            .collect();
        Ok(values.join("|"))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
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
    let db = dir.path().join("v1.db");
    {
        let mut store = Store::open_at_version(&db, 1).unwrap();
        assert_eq!(store.schema_version().unwrap(), 1);
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut files: Vec<_> = std::fs::read_dir(&seeds)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        let mut batch = store.begin().unwrap();
        for path in &files {
            let raw = std::fs::read_to_string(path).unwrap();
            let provenance = Provenance {
                path: path.display().to_string(),
                file: path.file_name().unwrap().to_string_lossy().into_owned(),
                sha256: format!("{:x}", raw.len()),
                encoding: "utf-8".into(),
                raw_text: raw.clone(),
                ..Provenance::default()
            };
            batch
                .write_article(&provenance, &extract::extract(&raw))
                .unwrap();
        }
        batch.commit().unwrap();
        store.consolidate_people().unwrap();
    }
    let before: Vec<Vec<String>> = V1_TABLES.iter().map(|t| table_dump(&db, t)).collect();
    assert!(
        before[1].len() == 4 && before[9].len() == 34,
        "the seeds went in"
    );

    let store = Store::open(&db).unwrap();
    assert_eq!(store.schema_version().unwrap(), known_schema_version());
    assert!(known_schema_version() >= 2);
    let after: Vec<Vec<String>> = V1_TABLES.iter().map(|t| table_dump(&db, t)).collect();
    for ((table, b), a) in V1_TABLES.iter().zip(&before).zip(&after) {
        assert_eq!(b, a, "table {table} changed in the upgrade");
    }
    assert!(store.check().unwrap().is_empty());
    // The views and full-text indexes still answer after the upgrade.
    let conn = rusqlite::Connection::open(&db).unwrap();
    let n: i64 = conn.query_row("SELECT count(*) FROM quote_details WHERE quote_id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'asylum')", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 3);
}

//! `clippings datasette` — Datasette metadata for a corpus database: the
//! saved queries as canned queries (their defaults carried into the SQL),
//! label columns, full-text search, facets, and column descriptions read
//! from the schema's own comments.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clippings_store::saved::{ParamKind, SavedQuery};
use rusqlite::types::Value;
use serde_json::{Map, Value as Json, json};

pub const EXAMPLES: &str = "Examples:
  clippings datasette --out metadata.json && datasette corpus.db -m metadata.json
  clippings --db news.db datasette --queries my-queries/ > metadata.json
  datasette corpus.db -m metadata.json --get '/corpus/top-speakers.json?_shape=array'

Every saved query becomes a canned query with its title, description
(parameters and their defaults listed in it) and named parameters. A
parameter left empty in Datasette's form behaves as when it is left out on
the command line: the SQL is given the default, as
CAST(coalesce(nullif(:limit, ''), 200) AS INTEGER) in place of :limit (the
.sql files stay as they are). Articles and quotations get Datasette's
search box (their full-text indexes); foreign keys show an article's
headline, a person's or an outlet's name; articles facet by outlet,
quotations by kind and rule; columns are described by the schema's
comments. The database is named after the file (corpus.db: corpus), as
Datasette names it; --name says otherwise.";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Write the metadata to this file instead of stdout.
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    /// The database's name in Datasette (default: the file's name without
    /// its extension, as Datasette names it).
    #[arg(long)]
    pub name: Option<String>,
    /// A folder of saved queries to add (and override by name).
    #[arg(long, env = "CLIPPINGS_QUERIES")]
    pub queries: Option<PathBuf>,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<bool> {
    let library = super::usage(super::library(args.queries.as_deref()))?;
    let mut store = super::open(db, clippings_store::Access::Read)?;
    let name = match args.name {
        Some(name) => name,
        None => db
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .context("the database path has no file name; give --name")?,
    };
    let schema = store
        .run_sql(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL ORDER BY name",
            &[],
            false,
        )
        .context("cannot read the schema")?;
    let tables: BTreeMap<String, String> = schema
        .rows
        .into_iter()
        .filter_map(|row| match (&row[0], &row[1]) {
            (Value::Text(n), Value::Text(sql)) => Some((n.clone(), sql.clone())),
            _ => None,
        })
        .collect();
    // Every column, those that ALTER TABLE added after a generated one too,
    // whose declarations the comment reader cannot follow.
    let listed = store
        .run_sql(
            "SELECT m.name, c.name FROM sqlite_schema m, pragma_table_xinfo(m.name) c
             WHERE m.type = 'table' ORDER BY m.name, c.cid",
            &[],
            false,
        )
        .context("cannot read the schema's columns")?;
    let mut names: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in listed.rows {
        if let (Value::Text(table), Value::Text(column)) = (&row[0], &row[1]) {
            names.entry(table.clone()).or_default().push(column.clone());
        }
    }
    let mut views = BTreeMap::new();
    for (view, _) in VIEWS {
        if let Ok(rows) = store.run_sql(&format!("SELECT * FROM {view} LIMIT 0"), &[], false) {
            views.insert(view.to_string(), rows.columns);
        }
    }
    let metadata = metadata(&name, &tables, &names, &views, library.queries());
    let text = serde_json::to_string_pretty(&metadata)? + "\n";
    match &args.out {
        Some(path) => std::fs::write(path, text)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => super::say(text.trim_end())?,
    }
    Ok(true)
}

/// Per table: its label column, full-text index and facets, where the
/// table has them (a facet column is left out until the schema has it:
/// `speaker_type` arrives with speaker types).
/// (table, label column, full-text index, facets)
type TableSettings = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    &'static [&'static str],
);

const TABLES: &[TableSettings] = &[
    (
        "articles",
        Some("headline"),
        Some("articles_fts"),
        &["source_id", "source_from", "encoding"],
    ),
    (
        "quotes",
        None,
        Some("quotes_fts"),
        &["kind", "rule", "speaker_type", "person_id"],
    ),
    ("people", Some("name"), None, &["given"]),
    ("sources", Some("name"), None, &["country"]),
    ("article_extras", None, None, &["kind"]),
    ("statements", None, None, &["person_id"]),
    ("statement_quotes", None, None, &["method"]),
];

/// Views, with their facets.
const VIEWS: &[(&str, &[&str])] = &[
    (
        "quote_details",
        &["outlet", "kind", "speaker", "speaker_type"],
    ),
    ("person_mentions", &["person"]),
    (
        "statement_details",
        &["outlet", "speaker", "method", "kind", "speaker_type"],
    ),
];

/// Tables of the machinery, not of the corpus.
const HIDDEN: &[&str] = &["refinery_schema_history", "fulltext_deferred"];

/// Descriptions of columns the schema's comments do not describe, or
/// describe as an older version had them.
const MORE_COLUMNS: &[(&str, &str, &str)] = &[
    (
        "articles",
        "headline",
        "the headline, as the article gives it",
    ),
    (
        "articles",
        "standfirst",
        "the standfirst (summary under the headline)",
    ),
    (
        "articles",
        "url",
        "where the article was published, if known",
    ),
    (
        "articles",
        "body",
        "the cleaned body, paragraphs split by a blank line (generated from raw_text and body_text); quote offsets count characters into it",
    ),
    ("articles", "source_id", "the outlet"),
    (
        "articles",
        "source_from",
        "how the outlet was known: text (the article says so), manifest, page (a web page's metadata), record (a JSON or CSV field) or url (a known outlet's web domain)",
    ),
    (
        "articles",
        "relative_path",
        "the article's name in outputs: its path from the folder above the one imported, longer where another article shares it",
    ),
    (
        "articles",
        "source_format",
        "what the article was read from: text, html, warc, jsonl or csv",
    ),
    (
        "articles",
        "container",
        "the archive or export file that held the article (WARC, JSON lines, CSV), if any",
    ),
    (
        "articles",
        "record_position",
        "the record's place in its container: the line of a JSON line, the line a CSV row starts on, the number of a WARC record (from 1)",
    ),
    (
        "articles",
        "byte_offset",
        "where the article's record starts in its container, in bytes",
    ),
    (
        "articles",
        "published_from",
        "how the date was known: text, manifest, page, record or capture",
    ),
    (
        "articles",
        "modified",
        "when the article was last modified, as the page says (ISO 8601)",
    ),
    ("articles", "section", "the section the page files it under"),
    (
        "articles",
        "language",
        "the language the page declares (en, en-GB)",
    ),
    (
        "quotes",
        "kind",
        "direct, partial (a fragment in the writer's sentence), pullquote, or indirect (reported speech)",
    ),
    (
        "quotes",
        "organisation_id",
        "the organisation that speaks, when not a person",
    ),
    (
        "quotes",
        "speaker_type",
        "person, organisation or unnamed (\"officials\"); empty when nobody is known",
    ),
    (
        "quotes",
        "within_id",
        "for a quoted fragment inside reported speech: that reported speech",
    ),
    ("quotes", "article_id", "the article the quotation is in"),
    (
        "quotes",
        "person_id",
        "the speaker, as resolved across the corpus (empty if unknown)",
    ),
    (
        "quote_details",
        "speaker",
        "the speaker's canonical name, a person's or an organisation's (empty if unknown)",
    ),
    (
        "quote_details",
        "quote",
        "the quotation, without its quotation marks",
    ),
    (
        "statement_details",
        "quote",
        "the quotation, without its quotation marks",
    ),
    (
        "statement_details",
        "part",
        "the words of the quotation that carry the statement",
    ),
];

fn metadata(
    name: &str,
    tables: &BTreeMap<String, String>,
    names: &BTreeMap<String, Vec<String>>,
    views: &BTreeMap<String, Vec<String>>,
    queries: &[SavedQuery],
) -> Json {
    let mut out = Map::new();
    for (table, label, fts, facets) in TABLES {
        let Some(sql) = tables.get(*table) else {
            continue;
        };
        let columns = table_columns(table, sql, names.get(*table));
        let mut t = Map::new();
        if let Some(label) = label {
            t.insert("label_column".into(), json!(label));
        }
        if let Some(fts) = fts.filter(|f| tables.contains_key(*f)) {
            t.insert("fts_table".into(), json!(fts));
            t.insert("fts_pk".into(), json!("id"));
        }
        let facets: Vec<&str> = facets
            .iter()
            .copied()
            .filter(|f| columns.iter().any(|(c, _)| c == f))
            .collect();
        if !facets.is_empty() {
            t.insert("facets".into(), json!(facets));
        }
        let described: Map<String, Json> = columns
            .into_iter()
            .filter_map(|(c, d)| d.map(|d| (c, json!(d))))
            .collect();
        if !described.is_empty() {
            t.insert("columns".into(), Json::Object(described));
        }
        out.insert(table.to_string(), Json::Object(t));
    }
    for (table, sql) in tables {
        if out.contains_key(table) || HIDDEN.contains(&table.as_str()) || table.contains("_fts") {
            if HIDDEN.contains(&table.as_str()) {
                out.insert(table.clone(), json!({"hidden": true}));
            }
            continue;
        }
        let described: Map<String, Json> = table_columns(table, sql, names.get(table))
            .into_iter()
            .filter_map(|(c, d)| d.map(|d| (c, json!(d))))
            .collect();
        if !described.is_empty() {
            out.insert(table.clone(), json!({"columns": described}));
        }
    }
    for (view, facets) in VIEWS {
        let Some(columns) = views.get(*view) else {
            continue;
        };
        let mut v = Map::new();
        let known: Vec<&str> = facets
            .iter()
            .copied()
            .filter(|f| columns.iter().any(|c| c == f))
            .collect();
        v.insert("facets".into(), json!(known));
        let described: Map<String, Json> = MORE_COLUMNS
            .iter()
            .filter(|(t, _, _)| t == view)
            .map(|(_, c, d)| (c.to_string(), json!(d)))
            .collect();
        if !described.is_empty() {
            v.insert("columns".into(), Json::Object(described));
        }
        out.insert(view.to_string(), Json::Object(v));
    }
    let canned: Map<String, Json> = queries
        .iter()
        .map(|q| (q.name.clone(), canned_query(q)))
        .collect();
    json!({
        "title": "clippings",
        "description": "News articles, the quotations in them and who said them: one SQLite file made by clippings. The canned queries are clippings' saved queries.",
        "databases": {
            name: {
                "tables": out,
                "queries": canned,
            }
        }
    })
}

/// A saved query as a Datasette canned query.
fn canned_query(q: &SavedQuery) -> Json {
    let mut c = Map::new();
    c.insert("title".into(), json!(q.title));
    let mut description = q.description.clone();
    if !q.params.is_empty() {
        let listed: Vec<String> = q
            .params
            .iter()
            .map(|p| {
                let mut s = format!("{} ({})", p.name, p.type_text());
                if !p.help.is_empty() {
                    s.push_str(": ");
                    s.push_str(p.help.trim_end_matches('.'));
                }
                match &p.default {
                    Some(d) => s.push_str(&format!("; empty means {d}")),
                    None => s.push_str("; required"),
                }
                s
            })
            .collect();
        description.push_str(&format!(" Parameters: {}.", listed.join(". ")));
    }
    c.insert("description".into(), json!(description));
    c.insert("sql".into(), json!(with_defaults(q)));
    if !q.params.is_empty() {
        let names: Vec<&str> = q.params.iter().map(|p| p.name.as_str()).collect();
        c.insert("params".into(), json!(names));
    }
    Json::Object(c)
}

/// The query's SQL with each parameter that has a default (or a type to
/// cast to) replaced where it is used by an expression giving the default
/// for an empty value, and a comment saying so at the top. Datasette gives
/// every parameter as text, and an empty string for one left empty.
pub fn with_defaults(q: &SavedQuery) -> String {
    let replacement = |name: &str| -> Option<String> {
        let p = q.params.iter().find(|p| p.name == name)?;
        let value = match (&p.default, p.kind) {
            (None, ParamKind::Text | ParamKind::Date) => return None,
            (None, _) => format!("nullif(:{name}, '')"),
            (Some(d), ParamKind::Integer | ParamKind::Real) => {
                format!("coalesce(nullif(:{name}, ''), {d})")
            }
            (Some(d), ParamKind::Text | ParamKind::Date) => {
                format!("coalesce(nullif(:{name}, ''), '{}')", d.replace('\'', "''"))
            }
        };
        Some(match p.kind {
            ParamKind::Integer => format!("CAST({value} AS INTEGER)"),
            ParamKind::Real => format!("CAST({value} AS REAL)"),
            ParamKind::Text | ParamKind::Date => value,
        })
    };
    let body = rewrite_params(&q.sql, replacement);
    let defaults: Vec<String> = q
        .params
        .iter()
        .filter_map(|p| p.default.as_ref().map(|d| format!("{} = {d}", p.name)))
        .collect();
    if defaults.is_empty() {
        return body;
    }
    format!(
        "-- (clippings datasette: a parameter left empty takes its default: {})\n{body}",
        defaults.join(", ")
    )
}

/// Replaces each `:name` parameter in SQL code (not in a string, a quoted
/// name or a comment) for which `replace` gives text.
fn rewrite_params(sql: &str, replace: impl Fn(&str) -> Option<String>) -> String {
    let chars: Vec<char> = sql.chars().collect();
    let mut out = String::with_capacity(sql.len());
    let mut i = 0;
    let word = |c: char| c.is_alphanumeric() || c == '_';
    while i < chars.len() {
        let c = chars[i];
        let closing = match c {
            '\'' => Some('\''),
            '"' => Some('"'),
            '`' => Some('`'),
            '[' => Some(']'),
            _ => None,
        };
        if let Some(close) = closing {
            let end = (i + 1..chars.len())
                .find(|&j| chars[j] == close)
                .map_or(chars.len(), |j| j + 1);
            out.extend(&chars[i..end]);
            i = end;
        } else if c == '-' && chars.get(i + 1) == Some(&'-') {
            let end = (i..chars.len())
                .find(|&j| chars[j] == '\n')
                .unwrap_or(chars.len());
            out.extend(&chars[i..end]);
            i = end;
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            let end = (i + 2..chars.len().saturating_sub(1))
                .find(|&j| chars[j] == '*' && chars[j + 1] == '/')
                .map_or(chars.len(), |j| j + 2);
            out.extend(&chars[i..end]);
            i = end;
        } else if c == ':' && chars.get(i + 1).is_some_and(|&n| word(n)) {
            let end = (i + 1..chars.len())
                .find(|&j| !word(chars[j]))
                .unwrap_or(chars.len());
            let name: String = chars[i + 1..end].iter().collect();
            match replace(&name) {
                Some(text) => out.push_str(&text),
                None => out.extend(&chars[i..end]),
            }
            i = end;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// A table's columns in order, each with what the schema's comments say
/// of it: the comment on its line, or the comment lines just above it; a
/// comment that goes on over the next column's line (its text ends with a
/// comma, or the next one is indented further) describes both.
/// A table's columns in the schema's order (`names`, when known) with the
/// descriptions its declaration's comments or [`MORE_COLUMNS`] give.
fn table_columns(
    table: &str,
    create_sql: &str,
    names: Option<&Vec<String>>,
) -> Vec<(String, Option<String>)> {
    let parsed = columns_described(table, create_sql);
    let Some(names) = names else {
        return parsed;
    };
    names
        .iter()
        .map(|name| {
            let from_comment = parsed
                .iter()
                .find(|(c, _)| c == name)
                .and_then(|(_, d)| d.clone());
            let more = || {
                MORE_COLUMNS
                    .iter()
                    .find(|(t, c, _)| *t == table && c == name)
                    .map(|(_, _, d)| d.to_string())
            };
            // Ours win: a comment can fall behind a later version's checks.
            (name.clone(), more().or(from_comment))
        })
        .collect()
}

fn columns_described(table: &str, create_sql: &str) -> Vec<(String, Option<String>)> {
    let mut columns: Vec<(String, Option<String>)> = Vec::new();
    let mut above: Vec<String> = Vec::new();
    // Parentheses open at the start of a line: 1 inside the column list
    // (the first line, `CREATE TABLE t (`, is skipped).
    let mut depth: i32 = 1;
    let keywords = ["primary", "unique", "check", "foreign", "constraint"];
    for line in create_sql.lines().skip(1) {
        let (code, comment) = match line.split_once("--") {
            Some((code, comment)) => (code.trim(), Some(comment)),
            None => (line.trim(), None),
        };
        let comment_text = comment
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty());
        if code.is_empty() {
            above.extend(comment_text);
            continue;
        }
        // Columns added by ALTER TABLE follow on one line, after a comma.
        let pieces: Vec<&str> = if code.starts_with(',') {
            code.split(", ").collect()
        } else {
            vec![code]
        };
        let last = pieces.len() - 1;
        for (k, piece) in pieces.into_iter().enumerate() {
            let outer = depth == 1;
            depth += piece.matches('(').count() as i32 - piece.matches(')').count() as i32;
            let piece = piece.trim_start_matches(',').trim();
            let first = piece
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_matches(|c| c == '"' || c == '`' || c == '[' || c == ']');
            let is_column = outer
                && !first.is_empty()
                && first.chars().all(|c| c.is_alphanumeric() || c == '_')
                && !keywords.contains(&first.to_lowercase().as_str())
                && piece.split_whitespace().count() > 1;
            if !is_column {
                continue;
            }
            let own = if k == last {
                comment_text.clone()
            } else {
                None
            };
            let mut description = match own {
                Some(text) => Some(text),
                None if !above.is_empty() => Some(above.join(" ")),
                None => None,
            };
            above.clear();
            // A comment carried on from the column before.
            if let (Some(text), Some(raw), true) = (&description, comment, k == last) {
                let continues = raw.starts_with("   ");
                if let Some((_, Some(previous))) = columns.last_mut() {
                    if continues || previous.ends_with(',') {
                        let joined = format!("{} {}", previous.trim_end_matches(','), text);
                        *previous = joined.clone();
                        description = Some(joined);
                    }
                }
            }
            columns.push((first.to_string(), description));
        }
    }
    for (t, column, text) in MORE_COLUMNS {
        if *t == table {
            if let Some((_, d @ None)) = columns.iter_mut().find(|(c, _)| c == column) {
                *d = Some(text.to_string());
            }
        }
    }
    columns
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_rewritten_in_code_only() {
        let sql = "-- :limit in a comment\nSELECT ':limit', \":limit\", x FROM t WHERE a = :term LIMIT :limit /* :limit */;";
        let out = rewrite_params(sql, |n| (n == "limit").then(|| "L".to_string()));
        assert_eq!(
            out,
            "-- :limit in a comment\nSELECT ':limit', \":limit\", x FROM t WHERE a = :term LIMIT L /* :limit */;"
        );
    }

    #[test]
    fn defaults_go_into_the_sql_with_their_types() {
        let q = SavedQuery::parse(
            "s",
            "-- title: S\n-- description: D.\n-- param term: text | Words.\n-- param limit: integer = 20 | Most rows.\n-- param from: date = 1900-01-01 | First day.\nSELECT :term, :from LIMIT :limit;\n",
            "s.sql",
        )
        .unwrap();
        let sql = with_defaults(&q);
        assert!(sql.ends_with("SELECT :term, coalesce(nullif(:from, ''), '1900-01-01') LIMIT CAST(coalesce(nullif(:limit, ''), 20) AS INTEGER);\n"), "{sql}");
        let c = canned_query(&q);
        assert_eq!(c["params"], json!(["term", "limit", "from"]));
        assert!(
            c["description"]
                .as_str()
                .unwrap()
                .contains("limit (integer): Most rows; empty means 20"),
            "{c}"
        );
    }

    #[test]
    fn comments_describe_columns() {
        let sql = "CREATE TABLE t (\n    id INTEGER PRIMARY KEY,\n    -- How it was known.\n    how TEXT CHECK (how IN ('a', 'b')),\n    first INTEGER,   -- offsets into the body,\n    last INTEGER,    -- [start, end)\n    x TEXT\n, added INTEGER, body TEXT GENERATED ALWAYS AS (\n    x || ''\n) VIRTUAL)";
        let cols = columns_described("t", sql);
        let names: Vec<&str> = cols.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(names, ["id", "how", "first", "last", "x", "added", "body"]);
        assert_eq!(cols[1].1.as_deref(), Some("How it was known."));
        assert_eq!(
            cols[2].1.as_deref(),
            Some("offsets into the body [start, end)")
        );
        assert_eq!(cols[3].1, cols[2].1);
        assert_eq!(cols[4].1, None);
    }
}

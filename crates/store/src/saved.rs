//! Saved queries: `.sql` files whose comment header gives a title, a
//! description and typed parameters, in the manner of Datasette's canned
//! queries. The application builds its own in (the repository's
//! `queries/`); a folder given with `--queries` (or `CLIPPINGS_QUERIES`)
//! adds more and overrides by name.
//!
//! ```sql
//! -- title: Quotes of one speaker
//! -- description: Every quotation attributed to a person, newest first.
//! -- param name: text | The person's name, or part of it.
//! -- param limit: integer = 100 | Most rows to return.
//! SELECT … WHERE speaker LIKE '%' || :name || '%' LIMIT :limit;
//! ```

use std::path::{Path, PathBuf};

use rusqlite::types::Value;
use thiserror::Error;

use crate::{Rows, Store, StoreError};

#[derive(Debug, Error)]
pub enum QueryError {
    #[error("there is no saved query '{name}'{}; `clippings queries` lists them", suggestion.as_ref().map(|s| format!(" (did you mean '{s}'?)")).unwrap_or_default())]
    UnknownQuery {
        name: String,
        suggestion: Option<String>,
    },
    #[error(
        "{origin}: no header; a saved query starts with a '-- title: …' line (then, if you like, '-- description: …' and '-- param …' lines)"
    )]
    NoHeader { origin: String },
    #[error("query '{name}' is in {origin}, which has a problem: {problem}")]
    Broken {
        name: String,
        origin: String,
        problem: String,
    },
    #[error("{origin}, line {line}: {message}")]
    BadHeader {
        origin: String,
        line: usize,
        message: String,
    },
    #[error(
        "query '{query}' needs the parameter '{param}' ({help}); give it with -p {param}=VALUE"
    )]
    MissingParam {
        query: String,
        param: String,
        help: String,
    },
    #[error("query '{query}': parameter '{param}' must be {expected}, not '{value}'")]
    BadParam {
        query: String,
        param: String,
        value: String,
        expected: String,
    },
    #[error("query '{query}' has no parameter '{param}'; its parameters are: {known}")]
    UnknownParam {
        query: String,
        param: String,
        known: String,
    },
    #[error("'{arg}' is not a parameter; write -p NAME=VALUE")]
    ParamSyntax { arg: String },
    #[error("the SQL has no parameter '{param}'; its parameters are: {known}")]
    UnknownSqlParam { param: String, known: String },
    #[error("the SQL needs the parameter '{param}'; give it with -p {param}=VALUE")]
    MissingSqlParam { param: String },
    #[error(
        "the SQL has a parameter without a name ({param}); name it (:name, $name or @name) and give it with -p name=VALUE"
    )]
    UnnamedParam { param: String },
    #[error("{origin}, line {line}: {message}")]
    Sql {
        origin: String,
        line: usize,
        message: String,
    },
    #[error(
        "{origin}: the full-text search words are not valid FTS5 syntax ({message}); \
         put a phrase or a word with punctuation in \"double quotes\", and join words \
         with AND, OR, NOT or NEAR(…)"
    )]
    SearchSyntax { origin: String, message: String },
    #[error("cannot read {path}: {message}")]
    Folder { path: PathBuf, message: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl QueryError {
    /// Whether the command line was wrong (a query's name or parameters),
    /// rather than a file, the SQL or the database.
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            QueryError::UnknownQuery { .. }
                | QueryError::MissingParam { .. }
                | QueryError::BadParam { .. }
                | QueryError::UnknownParam { .. }
                | QueryError::ParamSyntax { .. }
                | QueryError::UnknownSqlParam { .. }
                | QueryError::MissingSqlParam { .. }
                | QueryError::UnnamedParam { .. }
                | QueryError::SearchSyntax { .. }
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    Text,
    Integer,
    Real,
    Date,
}

impl ParamKind {
    fn parse(word: &str) -> Option<ParamKind> {
        Some(match word {
            "text" => ParamKind::Text,
            "integer" => ParamKind::Integer,
            "real" => ParamKind::Real,
            "date" => ParamKind::Date,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ParamKind::Text => "text",
            ParamKind::Integer => "integer",
            ParamKind::Real => "real",
            ParamKind::Date => "date",
        }
    }

    fn convert(self, raw: &str) -> Option<Value> {
        match self {
            ParamKind::Text => Some(Value::Text(raw.to_string())),
            ParamKind::Integer => raw.trim().parse().ok().map(Value::Integer),
            ParamKind::Real => raw.trim().parse().ok().map(Value::Real),
            ParamKind::Date => chrono::NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
                .ok()
                .map(|d| Value::Text(d.format("%Y-%m-%d").to_string())),
        }
    }

    fn expected(self) -> &'static str {
        match self {
            ParamKind::Text => "text",
            ParamKind::Integer => "a whole number",
            ParamKind::Real => "a number",
            ParamKind::Date => "a date written YYYY-MM-DD",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: String,
    pub kind: ParamKind,
    pub default: Option<String>,
    pub help: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SavedQuery {
    pub name: String,
    pub title: String,
    pub description: String,
    pub params: Vec<Param>,
    /// The whole file; comments are SQL too, so error offsets are file offsets.
    pub sql: String,
    /// Where it came from: a file path, or "built-in".
    pub origin: String,
}

impl SavedQuery {
    /// Reads a query file's header.
    pub fn parse(name: &str, text: &str, origin: &str) -> Result<SavedQuery, QueryError> {
        let mut title = None;
        let mut description = None;
        let mut params = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let Some(comment) = line.trim().strip_prefix("--") else {
                if line.trim().is_empty() {
                    continue;
                }
                break;
            };
            let comment = comment.trim();
            let bad = |message: String| QueryError::BadHeader {
                origin: origin.to_string(),
                line: i + 1,
                message,
            };
            if let Some(t) = comment.strip_prefix("title:") {
                title = Some(t.trim().to_string());
            } else if let Some(d) = comment.strip_prefix("description:") {
                description = Some(d.trim().to_string());
            } else if let Some(p) = comment.strip_prefix("param ") {
                let (name, rest) = p
                    .split_once(':')
                    .ok_or_else(|| bad("write '-- param NAME: TYPE [= DEFAULT] | HELP'".into()))?;
                let (spec, help) = rest.split_once('|').unwrap_or((rest, ""));
                let (kind, default) = match spec.split_once('=') {
                    Some((k, d)) => (k.trim(), Some(d.trim().to_string())),
                    None => (spec.trim(), None),
                };
                let kind = ParamKind::parse(kind).ok_or_else(|| {
                    bad(format!(
                        "unknown type '{kind}'; use text, integer, real or date"
                    ))
                })?;
                if let Some(d) = &default {
                    kind.convert(d).ok_or_else(|| {
                        bad(format!("the default '{d}' is not {}", kind.expected()))
                    })?;
                }
                params.push(Param {
                    name: name.trim().to_string(),
                    kind,
                    default,
                    help: help.trim().to_string(),
                });
            }
        }
        let Some(title) = title else {
            return Err(QueryError::NoHeader {
                origin: origin.to_string(),
            });
        };
        let description = description.unwrap_or_default();
        Ok(SavedQuery {
            name: name.to_string(),
            title,
            description,
            params,
            sql: text.to_string(),
            origin: origin.to_string(),
        })
    }

    /// Turns `-p name=value` arguments into typed, bound values, with the
    /// header's defaults for the rest.
    pub fn bind(&self, args: &[(String, String)]) -> Result<Vec<(String, Value)>, QueryError> {
        for (name, _) in args {
            if !self.params.iter().any(|p| &p.name == name) {
                let known = if self.params.is_empty() {
                    "none".to_string()
                } else {
                    self.params
                        .iter()
                        .map(|p| p.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                return Err(QueryError::UnknownParam {
                    query: self.name.clone(),
                    param: name.clone(),
                    known,
                });
            }
        }
        self.params
            .iter()
            .map(|p| {
                let raw = args
                    .iter()
                    .rev()
                    .find(|(n, _)| *n == p.name)
                    .map(|(_, v)| v.as_str())
                    .or(p.default.as_deref());
                let raw = raw.ok_or_else(|| QueryError::MissingParam {
                    query: self.name.clone(),
                    param: p.name.clone(),
                    help: if p.help.is_empty() {
                        p.kind.as_str().to_string()
                    } else {
                        p.help.clone()
                    },
                })?;
                let value = p.kind.convert(raw).ok_or_else(|| QueryError::BadParam {
                    query: self.name.clone(),
                    param: p.name.clone(),
                    value: raw.to_string(),
                    expected: p.kind.expected().to_string(),
                })?;
                Ok((p.name.clone(), value))
            })
            .collect()
    }

    /// Runs the query on a store, read-only unless `write` is set.
    pub fn run(
        &self,
        store: &mut Store,
        args: &[(String, String)],
        write: bool,
    ) -> Result<Rows, QueryError> {
        let values = self.bind(args)?;
        run_sql(store, &self.sql, &values, write, &self.origin)
    }
}

/// Runs ad-hoc SQL with `-p name=value` arguments, held to what a saved
/// query's parameters are held to: every parameter the SQL names must be
/// given, and every one given must be in the SQL (as `:name`, `$name` or
/// `@name`). A value that is a whole number or a decimal is bound as a
/// number (`SELECT :n = 2` with `-p n=2` is true), anything else as text.
pub fn run_adhoc(
    store: &mut Store,
    sql: &str,
    args: &[(String, String)],
    write: bool,
) -> Result<Rows, QueryError> {
    const ORIGIN: &str = "the SQL";
    let names = store
        .parameter_names(sql)
        .map_err(|e| sql_error(sql, ORIGIN, e))?;
    let mut wanted: Vec<String> = Vec::new();
    for name in &names {
        match name.strip_prefix([':', '$', '@']) {
            Some(bare) if !bare.is_empty() => {
                if !wanted.iter().any(|w| w == bare) {
                    wanted.push(bare.to_string());
                }
            }
            _ => {
                return Err(QueryError::UnnamedParam {
                    param: name.clone(),
                });
            }
        }
    }
    for (name, _) in args {
        if !wanted.contains(name) {
            return Err(QueryError::UnknownSqlParam {
                param: name.clone(),
                known: if wanted.is_empty() {
                    "none".into()
                } else {
                    wanted.join(", ")
                },
            });
        }
    }
    let mut values = Vec::with_capacity(wanted.len());
    for name in wanted {
        let raw = args
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
            .ok_or_else(|| QueryError::MissingSqlParam {
                param: name.clone(),
            })?;
        values.push((name, value_of(raw)));
    }
    run_sql(store, sql, &values, write, ORIGIN)
}

/// A command-line value as SQL sees it: a number if it is written as one
/// (as SQLite would write it: no sign but minus, no leading zeros), text
/// otherwise ("007" stays text).
pub fn value_of(raw: &str) -> Value {
    let digits = raw.strip_prefix('-').unwrap_or(raw);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let plain_number = !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && (whole == "0" || !whole.starts_with('0'))
        && fraction.bytes().all(|b| b.is_ascii_digit());
    if plain_number && !digits.contains('.') {
        if let Ok(n) = raw.parse::<i64>() {
            return Value::Integer(n);
        }
    }
    if plain_number && !fraction.is_empty() {
        if let Ok(f) = raw.parse::<f64>() {
            if f.is_finite() {
                return Value::Real(f);
            }
        }
    }
    Value::Text(raw.to_string())
}

/// Runs SQL, turning a syntax error's offset into a line number of `origin`.
pub fn run_sql(
    store: &mut Store,
    sql: &str,
    values: &[(String, Value)],
    write: bool,
    origin: &str,
) -> Result<Rows, QueryError> {
    store
        .run_sql(sql, values, write)
        .map_err(|e| sql_error(sql, origin, e))
}

/// An error of `sql`, told as a line of `origin` where it is the SQL's.
fn sql_error(sql: &str, origin: &str, e: StoreError) -> QueryError {
    match e {
        StoreError::Sqlite(rusqlite::Error::SqlInputError { msg, offset, .. }) => {
            let offset = usize::try_from(offset).unwrap_or(0).min(sql.len());
            let line = sql[..offset].matches('\n').count() + 1;
            QueryError::Sql {
                origin: origin.to_string(),
                line,
                message: msg,
            }
        }
        StoreError::Sqlite(rusqlite::Error::MultipleStatement) => QueryError::Sql {
            origin: origin.to_string(),
            line: 1,
            message: "it holds more than one statement; run one at a time".into(),
        },
        StoreError::Sqlite(err @ rusqlite::Error::SqliteFailure(..)) => {
            let message = match &err {
                rusqlite::Error::SqliteFailure(_, Some(m)) => m.clone(),
                other => other.to_string(),
            };
            if is_search_syntax_error(sql, &message) {
                return QueryError::SearchSyntax {
                    origin: origin.to_string(),
                    message,
                };
            }
            // SQLite's words for a statement that is empty (or only comments).
            if message == "bad parameter or other API misuse" {
                return QueryError::Sql {
                    origin: origin.to_string(),
                    line: 1,
                    message: "there is no statement to run (it is empty, or only comments)".into(),
                };
            }
            QueryError::Sql {
                origin: origin.to_string(),
                line: line_of_error(sql, &message),
                message,
            }
        }
        other => QueryError::Store(other),
    }
}

/// Whether a failure while running (not preparing) SQL came from FTS5
/// parsing the words given to MATCH: the words are at fault, not the file.
fn is_search_syntax_error(sql: &str, message: &str) -> bool {
    let from_fts5 = message.starts_with("fts5: ")
        || message == "unterminated string"
        // `*` alone, or another word FTS5 reads as a command.
        || message.starts_with("unknown special query")
        // `word:` filters on a column, and an unknown one fails only at run time.
        || message.starts_with("no such column: ");
    let uses_match = sql
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .any(|word| word.eq_ignore_ascii_case("match"));
    from_fts5 && uses_match
}

/// The line of an error SQLite gives no offset for ("no such table: x"):
/// the first line outside comments that names what it complains of, else
/// the line the statement starts on.
fn line_of_error(sql: &str, message: &str) -> usize {
    let code: Vec<(usize, String)> = sql
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.split("--").next().unwrap_or("").to_lowercase()))
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    if let Some((_, name)) = message.rsplit_once(": ") {
        let name = name.trim().to_lowercase();
        let names = |text: &str| {
            !name.is_empty()
                && text.match_indices(name.as_str()).any(|(i, _)| {
                    !text[..i].chars().next_back().is_some_and(is_word)
                        && !text[i + name.len()..].chars().next().is_some_and(is_word)
                })
        };
        if let Some((line, _)) = code.iter().find(|(_, text)| names(text)) {
            return *line;
        }
    }
    code.first().map_or(1, |(line, _)| *line)
}

/// A saved query file's text: a regular file of UTF-8, read whole (a FIFO
/// is refused, not waited on).
fn read_query_file(path: &Path) -> Result<String, QueryError> {
    let refused = |message: String| QueryError::Folder {
        path: path.to_path_buf(),
        message,
    };
    let meta = std::fs::metadata(path).map_err(|e| refused(os_message(&e)))?;
    if !meta.is_file() {
        return Err(refused("not a regular file".into()));
    }
    let bytes = std::fs::read(path).map_err(|e| refused(os_message(&e)))?;
    String::from_utf8(bytes).map_err(|_| refused("not UTF-8 text".into()))
}

/// An OS error without its "(os error N)".
fn os_message(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.rsplit_once(" (os error ") {
        Some((message, _)) => message.to_string(),
        None => text,
    }
}

/// `name=value` from the command line.
pub fn parse_param(arg: &str) -> Result<(String, String), QueryError> {
    match arg.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() => Ok((k.trim().to_string(), v.to_string())),
        _ => Err(QueryError::ParamSyntax {
            arg: arg.to_string(),
        }),
    }
}

/// The built-in queries and those of an extra folder.
#[derive(Debug, Default)]
pub struct Library {
    queries: Vec<SavedQuery>,
    /// Files of the extra folder that could not be read as saved queries,
    /// by the name they would have had, with what is wrong.
    problems: Vec<(String, QueryError)>,
}

impl Library {
    /// The queries `builtin` gives as (name, file text), then those of the
    /// folder `extra`, which override them by name. A file of the folder
    /// that cannot be read as a saved query is kept aside with its problem
    /// ([`Library::problems`]); the others, built-ins included, still work.
    /// A folder that cannot be read is an error.
    pub fn load(builtin: &[(&str, &str)], extra: Option<&Path>) -> Result<Library, QueryError> {
        let mut library = Library::default();
        for (name, text) in builtin {
            library.queries.push(SavedQuery::parse(
                name,
                text,
                &format!("queries/{name}.sql (built in)"),
            )?);
        }
        if let Some(dir) = extra {
            let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
                .map_err(|e| QueryError::Folder {
                    path: dir.to_path_buf(),
                    message: os_message(&e),
                })?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "sql"))
                .collect();
            files.sort();
            for file in files {
                let name = file
                    .file_stem()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                let origin = file.display().to_string();
                let query = read_query_file(&file)
                    .and_then(|text| SavedQuery::parse(&name, &text, &origin));
                library.queries.retain(|q| q.name != name);
                match query {
                    Ok(query) => library.queries.push(query),
                    Err(problem) => library.problems.push((name, problem)),
                }
            }
        }
        library.queries.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(library)
    }

    /// The files of the extra folder that are not usable, with why.
    pub fn problems(&self) -> impl Iterator<Item = &QueryError> {
        self.problems.iter().map(|(_, p)| p)
    }

    pub fn queries(&self) -> &[SavedQuery] {
        &self.queries
    }

    /// A query by name, or an error: the problem of its file, or the
    /// closest name.
    pub fn get(&self, name: &str) -> Result<&SavedQuery, QueryError> {
        if let Some((_, problem)) = self.problems.iter().find(|(n, _)| n == name) {
            return Err(QueryError::Broken {
                name: name.to_string(),
                origin: match problem {
                    QueryError::BadHeader { origin, .. }
                    | QueryError::NoHeader { origin }
                    | QueryError::Sql { origin, .. } => origin.clone(),
                    QueryError::Folder { path, .. } => path.display().to_string(),
                    _ => name.to_string(),
                },
                problem: problem.to_string(),
            });
        }
        self.queries.iter().find(|q| q.name == name).ok_or_else(|| {
            let suggestion = self
                .queries
                .iter()
                .map(|q| (strsim::damerau_levenshtein(&q.name, name), &q.name))
                .filter(|(d, q)| {
                    *d <= q.len().max(name.len()) / 2
                        || q.contains(name)
                        || name.contains(q.as_str())
                })
                .min()
                .map(|(_, q)| q.clone());
            QueryError::UnknownQuery {
                name: name.to_string(),
                suggestion,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_fts5_failures_in_sql_that_uses_match_blame_the_search_words() {
        let query = "SELECT rowid FROM quotes_fts\nWHERE quotes_fts\nMATCH :term";
        assert!(is_search_syntax_error(query, "unterminated string"));
        assert!(is_search_syntax_error(
            query,
            "fts5: syntax error near \"\""
        ));
        assert!(is_search_syntax_error(query, "no such column: mayor"));
        assert!(!is_search_syntax_error(query, "database is locked"));
        // A column that merely contains the word is not a search.
        let plain = "SELECT match_count FROM totals WHERE x = 'unterminated'";
        assert!(!is_search_syntax_error(
            plain,
            "no such column: match_count"
        ));
    }

    const SAMPLE: &str = "-- title: Sample\n-- description: A test.\n-- param term: text | Words to find.\n-- param limit: integer = 10 | Most rows.\nSELECT :term, :limit;\n";

    #[test]
    fn parses_header_and_binds_typed_params() {
        let q = SavedQuery::parse("sample", SAMPLE, "sample.sql").unwrap();
        assert_eq!(q.title, "Sample");
        assert_eq!(q.params.len(), 2);
        let bound = q.bind(&[("term".into(), "sanctions".into())]).unwrap();
        assert_eq!(
            bound,
            vec![
                ("term".into(), Value::Text("sanctions".into())),
                ("limit".into(), Value::Integer(10))
            ]
        );
    }

    #[test]
    fn parameter_errors_say_what_to_do() {
        let q = SavedQuery::parse("sample", SAMPLE, "sample.sql").unwrap();
        let missing = q.bind(&[]).unwrap_err().to_string();
        assert_eq!(
            missing,
            "query 'sample' needs the parameter 'term' (Words to find.); give it with -p term=VALUE"
        );
        let typed = q
            .bind(&[("term".into(), "x".into()), ("limit".into(), "ten".into())])
            .unwrap_err()
            .to_string();
        assert_eq!(
            typed,
            "query 'sample': parameter 'limit' must be a whole number, not 'ten'"
        );
        let unknown = q
            .bind(&[("trem".into(), "x".into())])
            .unwrap_err()
            .to_string();
        assert!(
            unknown.contains("no parameter 'trem'") && unknown.contains("term, limit"),
            "{unknown}"
        );
    }

    #[test]
    fn a_title_is_enough_of_a_header() {
        let q = SavedQuery::parse("titled", "-- title: Titled\nSELECT 1;", "titled.sql").unwrap();
        assert_eq!((q.title.as_str(), q.description.as_str()), ("Titled", ""));
    }

    #[test]
    fn a_file_without_header_is_refused() {
        let err = SavedQuery::parse("bare", "SELECT 1;", "bare.sql")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("bare.sql: no header"), "{err}");
    }
}

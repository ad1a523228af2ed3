//! One module per subcommand, each with its usage text at the top.

pub mod check;
pub mod datasette;
pub mod eval;
pub mod extract;
pub mod gen_corpus;
pub mod import;
pub mod migrate;
pub mod people;
pub mod person;
pub mod queries;
pub mod query;
pub mod search;
pub mod sql;

use std::io::IsTerminal;
use std::path::Path;

use anyhow::Context;
use clippings_store::saved::{Library, QueryError};
use clippings_store::{Access, Rows, Store};

use crate::output::{self, Format};

// The saved queries of the repository's `queries/` folder, built into the
// binary by build.rs so that it answers questions wherever it is run from.
include!(concat!(env!("OUT_DIR"), "/builtin_queries.rs"));

/// The built-in saved queries and those of the folder `extra`.
pub fn library(extra: Option<&Path>) -> Result<Library, QueryError> {
    Library::load(BUILTIN, extra)
}

/// Says, as warnings, which files of the queries folder were left out and
/// why; the other queries work.
pub fn warn_about(library: &Library) {
    for problem in library.problems() {
        eprintln!(
            "warning: {}; the other queries work",
            output::neutralise(&problem.to_string())
        );
    }
}

/// How saved and ad-hoc SQL run: parameters, output, and whether it may write.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// A parameter, as NAME=VALUE (used in SQL as :NAME); repeat for more.
    #[arg(short = 'p', long = "param", value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// Output format (default: table on a terminal, CSV otherwise).
    #[arg(long, short, value_enum)]
    pub format: Option<Format>,
    /// Allow the SQL to change the database.
    #[arg(long)]
    pub write: bool,
}

/// Opens the database as a command needs it, saying which file failed: a
/// command that reads never creates, upgrades or writes it; one that writes
/// upgrades its schema first, and only `import` creates one.
pub fn open(db: &Path, access: Access) -> anyhow::Result<Store> {
    let store = Store::open_as(db, access)
        .with_context(|| format!("cannot use the database {}", db.display()))?;
    let pending = if store.is_read_only() {
        store.pending().unwrap_or_default()
    } else {
        Default::default()
    };
    let stale = match (pending.corpus, pending.statements) {
        (true, true) => {
            Some("people across the corpus and the totals are out of date, and so are statements")
        }
        (true, false) => Some("people across the corpus and the totals are out of date"),
        (false, true) => Some("statements are out of date (quotations not linked yet)"),
        (false, false) => None,
    };
    if let Some(stale) = stale {
        eprintln!(
            "warning: {db}: {stale} (an import, upgrade or edit was stopped); \
             `clippings --db {db} migrate` brings them up to date",
            db = db.display()
        );
    }
    Ok(store)
}

/// Opens the database to read it, or to write it when `write` is set.
pub fn open_for(db: &Path, write: bool) -> anyhow::Result<Store> {
    open(db, if write { Access::Write } else { Access::Read })
}

/// A mistake on the command line (a saved query's name, a parameter, search words)
/// ends the program with status 2, as clap does with its own usage errors.
pub fn usage<T>(result: Result<T, QueryError>) -> anyhow::Result<T> {
    match result {
        Err(e) if e.is_usage() => {
            eprintln!("error: {e}");
            std::process::exit(2)
        }
        other => Ok(other?),
    }
}

/// Output stopped because stdout was closed (`| head`): the command ends
/// quietly and successfully, its resources released as usual.
#[derive(Debug)]
pub struct OutputClosed;

impl std::fmt::Display for OutputClosed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the output was closed")
    }
}

impl std::error::Error for OutputClosed {}

fn written(result: std::io::Result<()>) -> anyhow::Result<()> {
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(OutputClosed.into()),
        other => other.context("cannot write the output"),
    }
}

/// Prints a line; a closed pipe (`| head`) ends the command quietly.
pub fn say(text: impl std::fmt::Display) -> anyhow::Result<()> {
    use std::io::Write;
    written(writeln!(std::io::stdout().lock(), "{text}"))
}

/// The format asked for, or the default for where stdout goes.
pub fn chosen(format: Option<Format>) -> Format {
    format.unwrap_or_else(|| Format::default_for(std::io::stdout().is_terminal()))
}

/// Prints rows in the chosen format, or the default for where stdout goes;
/// a table fits the terminal.
pub fn print(rows: &Rows, format: Option<Format>) -> anyhow::Result<()> {
    let format = chosen(format);
    let width = (format == Format::Table)
        .then(output::terminal_width)
        .flatten();
    let mut out = std::io::stdout().lock();
    written(output::write(&mut out, rows, format, width).and_then(|()| {
        use std::io::Write;
        out.flush()
    }))
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_builtin_query_has_a_header() {
        let lib = super::library(None).unwrap();
        assert!(
            lib.queries().len() >= 10,
            "{} saved queries",
            lib.queries().len()
        );
        let err = lib.get("outlet-quoting").unwrap_err().to_string();
        assert!(err.contains("(did you mean 'outlets-quoting'?)"), "{err}");
    }
}

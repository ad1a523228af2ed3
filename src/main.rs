//! The `clippings` command: parses arguments and hands each subcommand to
//! its module in `cmd/`.

mod cmd;
mod import;
mod manifest;
mod output;
mod record;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::parser::ValueSource;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

const EXAMPLES: &str = "Examples:
  clippings import seeds/
  clippings query outlets-quoting -p term=sanctions
  clippings search \"interest rates\"
  clippings people
  clippings sql \"SELECT speaker, count(*) FROM quote_details GROUP BY speaker\"";

/// An embedded database for news corpora: who said what, where, and when.
#[derive(Debug, Parser)]
#[command(name = "clippings", version, after_help = EXAMPLES)]
struct Cli {
    /// The corpus database (import creates it; the other commands read or write an existing one).
    #[arg(
        long,
        global = true,
        env = "CLIPPINGS_DB",
        default_value = "corpus.db",
        value_name = "FILE"
    )]
    db: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Import article files and folders (*.txt, recursively).
    Import(cmd::import::Args),
    /// Extract articles to JSON lines, without a database.
    Extract(cmd::extract::Args),
    /// List the saved queries.
    Queries(cmd::queries::Args),
    /// Run a saved query.
    Query(cmd::query::Args),
    /// Run ad-hoc SQL (read-only unless --write).
    Sql(cmd::sql::Args),
    /// Full-text search over quotations or articles.
    Search(cmd::search::Args),
    /// List people, most named first.
    People(cmd::people::Args),
    /// Show one person's aliases, roles, articles and quotes.
    Person(cmd::person::Args),
    /// Score the database against a hand annotation.
    Eval(cmd::eval::Args),
    /// Check the database file's integrity.
    Check(cmd::check::Args),
    /// Upgrade a database made by an older clippings.
    Migrate(cmd::migrate::Args),
    /// Write a synthetic corpus for benchmarks.
    GenCorpus(cmd::gen_corpus::Args),
    /// Write Datasette metadata: saved queries, search, labels, facets.
    Datasette(cmd::datasette::Args),
}

fn main() -> ExitCode {
    let matches = Cli::command().get_matches();
    if let Some(("gen-corpus", sub)) = matches.subcommand() {
        let given = |m: &clap::ArgMatches| m.value_source("db") == Some(ValueSource::CommandLine);
        if given(&matches) || given(sub) {
            Cli::command()
                .error(
                    clap::error::ErrorKind::ArgumentConflict,
                    "gen-corpus writes article files, not a database, so --db does not apply; \
                     import them with `clippings --db FILE import DIR`",
                )
                .exit();
        }
    }
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let db = cli.db;
    let result = match cli.command {
        Command::Import(args) => cmd::import::run(&db, args),
        Command::Extract(args) => cmd::extract::run(args),
        Command::Queries(args) => cmd::queries::run(args),
        Command::Query(args) => cmd::query::run(&db, args),
        Command::Sql(args) => cmd::sql::run(&db, args),
        Command::Search(args) => cmd::search::run(&db, args),
        Command::People(args) => cmd::people::run(&db, args),
        Command::Person(args) => cmd::person::run(&db, args),
        Command::Eval(args) => cmd::eval::run(&db, args),
        Command::Check(args) => cmd::check::run(&db, args),
        Command::Migrate(args) => cmd::migrate::run(&db, args),
        Command::GenCorpus(args) => cmd::gen_corpus::run(args),
        Command::Datasette(args) => cmd::datasette::run(&db, args),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(err) if err.downcast_ref::<cmd::OutputClosed>().is_some() => ExitCode::SUCCESS,
        Err(err) => {
            // Errors quote what they were given (file names, manifest
            // values, SQL): none of it may drive the terminal.
            eprintln!("error: {}", output::neutralise_with(&told(&err), true));
            ExitCode::FAILURE
        }
    }
}

/// An error and its causes, each said once: a cause whose words the
/// message already holds ("Is a directory (os error 21)") is not repeated.
fn told(err: &anyhow::Error) -> String {
    let mut text = err.to_string();
    for cause in err.chain().skip(1) {
        let cause = cause.to_string();
        if !text.contains(&cause) {
            text.push_str(": ");
            text.push_str(&cause);
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// Every option and argument of every command says what it is for.
    #[test]
    fn every_option_has_a_help_text() {
        let mut cmd = super::Cli::command();
        cmd.build();
        let mut missing = Vec::new();
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            for arg in sub.get_arguments() {
                let id = arg.get_id().as_str();
                if id == "help" || id == "version" || arg.is_hide_set() {
                    continue;
                }
                if arg.get_help().is_none() && arg.get_long_help().is_none() {
                    missing.push(format!("{} {id}", sub.get_name()));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "options without a help text: {missing:?}"
        );
    }
}

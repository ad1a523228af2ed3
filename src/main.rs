//! The `clippings` command: parses arguments and hands each subcommand to
//! its module in `cmd/`.

mod cmd;
mod import;
mod inputs;
mod manifest;
mod output;
mod record;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
    /// The corpus database.
    #[arg(long, global = true, env = "CLIPPINGS_DB", default_value = "corpus.db")]
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
    /// Write a synthetic corpus for benchmarks.
    GenCorpus(cmd::gen_corpus::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
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
        Command::GenCorpus(args) => cmd::gen_corpus::run(args),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

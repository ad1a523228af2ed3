//! `clippings sql "SELECT …"` — run ad-hoc SQL against the corpus.

use std::path::Path;

use clippings_store::saved;

pub const EXAMPLES: &str = "Examples:
  clippings sql \"SELECT outlet, count(*) FROM quote_details GROUP BY outlet\"
  clippings sql \"SELECT * FROM person_mentions WHERE person = :who\" -p who=\"James Mattis\"
  clippings sql --write \"DELETE FROM articles WHERE file = 'old.txt'\"

SQL is read-only unless --write is given. Parameters are bound, never
pasted into the SQL: refer to them as :name (or $name, @name), and give
each with -p name=VALUE; one missing or unknown is an error. A value
written as a number (2, -3, 1.5) is bound as a number, anything else as
text (CAST(:x AS TEXT) makes a number text).";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// The SQL to run (one statement).
    pub sql: String,
    #[command(flatten)]
    pub run: super::RunArgs,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<bool> {
    let params: Vec<(String, String)> = super::usage(
        args.run
            .params
            .iter()
            .map(|p| saved::parse_param(p))
            .collect::<Result<_, _>>(),
    )?;
    let mut store = super::open_for(db, args.run.write)?;
    let rows = super::usage(saved::run_adhoc(
        &mut store,
        &args.sql,
        &params,
        args.run.write,
    ))?;
    super::print(&rows, args.run.format)?;
    Ok(true)
}

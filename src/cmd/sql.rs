//! `clippings sql "SELECT …"` — run ad-hoc SQL against the corpus.

use std::path::Path;

use clippings_store::saved;
use rusqlite::types::Value;

pub const EXAMPLES: &str = "Examples:
  clippings sql \"SELECT outlet, count(*) FROM quote_details GROUP BY outlet\"
  clippings sql \"SELECT * FROM person_mentions WHERE person = :who\" -p who=\"James Mattis\"
  clippings sql --write \"DELETE FROM articles WHERE file = 'old.txt'\"

SQL is read-only unless --write is given. Parameters are bound, never
pasted into the SQL: refer to them as :name.";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// The SQL to run (one statement).
    pub sql: String,
    #[command(flatten)]
    pub run: super::RunArgs,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<bool> {
    let params: Vec<(String, Value)> = super::usage(
        args.run
            .params
            .iter()
            .map(|p| saved::parse_param(p).map(|(k, v)| (k, Value::Text(v))))
            .collect::<Result<_, _>>(),
    )?;
    let mut store = super::open_for(db, args.run.write)?;
    let rows = super::usage(saved::run_sql(
        &mut store,
        &args.sql,
        &params,
        args.run.write,
        "the SQL",
    ))?;
    super::print(&rows, args.run.format)?;
    Ok(true)
}

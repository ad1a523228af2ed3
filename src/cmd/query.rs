//! `clippings query NAME -p key=value` — run a saved query.

use std::path::{Path, PathBuf};

use clippings_store::saved;

pub const EXAMPLES: &str = "Examples:
  clippings query outlets-quoting -p term=sanctions
  clippings query speaker-quotes -p name=Mattis --format csv
  clippings query articles-in-range -p from=2017-06-01 -p to=2017-06-30 --format json
  clippings query top-speakers -p limit=5

`clippings queries` lists the saved queries and their parameters.";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// The saved query's name (its file name without .sql).
    pub name: String,
    #[command(flatten)]
    pub run: super::RunArgs,
    /// A folder of extra .sql saved queries.
    #[arg(long, env = "CLIPPINGS_QUERIES")]
    pub queries: Option<PathBuf>,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<bool> {
    let library = super::library(args.queries.as_deref())?;
    let query = super::usage(library.get(&args.name))?;
    super::warn_about(&library);
    let params = super::usage(
        args.run
            .params
            .iter()
            .map(|p| saved::parse_param(p))
            .collect::<Result<Vec<_>, _>>(),
    )?;
    super::usage(query.bind(&params))?;
    let mut store = super::open_for(db, args.run.write)?;
    let rows = super::usage(query.run(&mut store, &params, args.run.write))?;
    super::print(&rows, args.run.format)?;
    Ok(true)
}

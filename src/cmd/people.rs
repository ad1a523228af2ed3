//! `clippings people` — the people in the corpus, most named first.

use std::path::Path;

use crate::output::Format;

pub const EXAMPLES: &str = "Examples:
  clippings people
  clippings people --limit 10 --format csv

Columns: articles naming the person, mentions in all, quotations
attributed to them, and articles they wrote (bylines).";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Most people to list, most named first.
    #[arg(long, default_value_t = 50)]
    pub limit: i64,
    /// Output format (default: table on a terminal, CSV otherwise).
    #[arg(long, short, value_enum)]
    pub format: Option<Format>,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<bool> {
    let store = super::open(db, clippings_store::Access::Read)?;
    super::print(&store.people(args.limit)?, args.format)?;
    Ok(true)
}

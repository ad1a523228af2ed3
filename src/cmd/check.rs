//! `clippings check` — verify the database file's integrity.

use std::path::Path;

pub const EXAMPLES: &str = "Examples:
  clippings check
  clippings --db news.db check

Runs PRAGMA integrity_check and foreign_key_check and prints the counts.";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {}

pub fn run(db: &Path, _args: Args) -> anyhow::Result<bool> {
    let store = super::open(db)?;
    let problems = store.check()?;
    for p in &problems {
        eprintln!("problem: {p}");
    }
    let c = store.counts()?;
    super::say(format_args!(
        "{}: schema version {}, {} articles, {} quotes, {} people, {} sources: {}",
        db.display(),
        store.schema_version()?,
        c.articles,
        c.quotes,
        c.people,
        c.sources,
        if problems.is_empty() { "ok" } else { "DAMAGED" }
    ))?;
    Ok(problems.is_empty())
}

//! `clippings check` — verify the database file's integrity.

use std::path::Path;

use clippings_store::{Access, known_schema_version};

pub const EXAMPLES: &str = "Examples:
  clippings check
  clippings --db news.db check

Runs PRAGMA integrity_check and foreign_key_check, checks that the
full-text indexes hold the rows they mirror and that the totals are up to
date, and prints the counts. It only reads: a read-only file can be
checked. Exit status 1 if the file is damaged or out of date.";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {}

pub fn run(db: &Path, _args: Args) -> anyhow::Result<bool> {
    let store = clippings_store::Store::open_as(db, Access::Read).map_err(|e| {
        anyhow::Error::new(e).context(format!("cannot use the database {}", db.display()))
    })?;
    let check = store.check()?;
    for p in &check.damage {
        eprintln!("problem: {p}");
    }
    for p in &check.stale {
        eprintln!("out of date: {p}");
    }
    let version = store.schema_version()?;
    let c = store.counts()?;
    let status = if !check.damage.is_empty() {
        "DAMAGED".to_string()
    } else if !check.stale.is_empty() {
        format!(
            "OUT OF DATE (`clippings --db {} migrate` rebuilds it)",
            db.display()
        )
    } else {
        "ok".to_string()
    };
    let upgrade = if version < known_schema_version() {
        format!(
            " (this clippings uses {}: `clippings migrate` upgrades it)",
            known_schema_version()
        )
    } else {
        String::new()
    };
    super::say(format_args!(
        "{}: schema version {version}{upgrade}, {} articles, {} quotes, {} people, {} sources: {status}",
        db.display(),
        c.articles,
        c.quotes,
        c.people,
        c.sources,
    ))?;
    Ok(check.is_ok())
}

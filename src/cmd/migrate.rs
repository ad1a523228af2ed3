//! `clippings migrate` — upgrade a database made by an older clippings.

use std::path::Path;

use clippings_store::Access;

pub const EXAMPLES: &str = "Examples:
  clippings migrate
  clippings --db news.db migrate

Upgrades the file's schema to this clippings' version, keeping every row,
and brings derived data (people across the corpus, totals, statements) up
to date if an import, upgrade or edit was stopped before it, or another
program changed the tables. Commands that only read
never change a file: they read an older database as it is, or ask for
this. `import` and `sql --write` upgrade the file themselves.";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {}

pub fn run(db: &Path, _args: Args) -> anyhow::Result<bool> {
    let before = super::open(db, Access::Read)?.schema_version()?;
    let mut store = super::open(db, Access::Write)?;
    let paid = store.refresh_derived()?;
    let after = store.schema_version()?;
    drop(store);
    let version = if before == after {
        format!("schema version {after}, the newest")
    } else {
        format!("schema version {before} upgraded to {after}")
    };
    let mut derived = String::new();
    if paid.corpus {
        derived.push_str("; people and totals rebuilt");
    }
    if let Some(linked) = paid.statements {
        derived.push_str(&format!(
            "; {} quotations linked into statements",
            linked.linked
        ));
    }
    super::say(format_args!("{}: {version}{derived}", db.display()))?;
    Ok(true)
}

//! `clippings person NAME` — one person's aliases, roles, articles and quotes.

use std::path::Path;

use crate::output::Format;
use anyhow::bail;

pub const EXAMPLES: &str = "Examples:
  clippings person \"James Mattis\"
  clippings person Mattis          # any alias or part of a name, if it is unambiguous
  clippings person Mattis --format json";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// A name, an alias, or part of one.
    pub name: String,
    #[arg(long, short, value_enum)]
    pub format: Option<Format>,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<bool> {
    let store = super::open(db, clippings_store::Access::Read)?;
    let found = store.find_people(&args.name)?;
    let id = match found.as_slice() {
        [] => bail!(
            "no person named '{}' in {}; `clippings people` lists them",
            args.name,
            db.display()
        ),
        [(id, _)] => *id,
        many => {
            let names: Vec<&str> = many.iter().map(|(_, n)| n.as_str()).collect();
            bail!(
                "'{}' could be any of: {}; give a fuller name",
                args.name,
                names.join(", ")
            )
        }
    };
    let report = store.person(id)?;
    super::say(format_args!("{}\n", report.name))?;
    for (title, rows) in [
        ("Aliases", &report.aliases),
        ("Roles", &report.roles),
        ("Articles", &report.articles),
        ("Quotes", &report.quotes),
    ] {
        super::say(format_args!("{title}:"))?;
        super::print(rows, args.format)?;
        super::say("")?;
    }
    Ok(true)
}

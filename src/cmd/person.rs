//! `clippings person NAME` — one person's aliases, roles, articles and quotes.

use std::path::Path;

use crate::output::Format;
use anyhow::bail;

pub const EXAMPLES: &str = "Examples:
  clippings person \"James Mattis\"
  clippings person Mattis          # any alias or part of a name, if it is unambiguous
  clippings person Mattis --format json

A name given in full wins over people whose aliases or names contain it.
With --format json (or ndjson) the person is one object: name, aliases,
roles, articles and quotes.";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// A name, an alias, or part of one.
    pub name: String,
    /// Output format (default: sections of tables on a terminal, of CSV
    /// otherwise; json and ndjson: one object).
    #[arg(long, short, value_enum)]
    pub format: Option<Format>,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<bool> {
    let store = super::open(db, clippings_store::Access::Read)?;
    let found = store.find_people(&args.name)?;
    let id = match found.as_slice() {
        [] => bail!(
            "no person named '{}' in {}; `clippings people` lists them",
            crate::output::neutralise(&args.name),
            db.display()
        ),
        [(id, _)] => *id,
        many => {
            let names: Vec<String> = many
                .iter()
                .map(|(_, n)| crate::output::neutralise(n).into_owned())
                .collect();
            bail!(
                "'{}' could be any of: {}; give a fuller name",
                crate::output::neutralise(&args.name),
                names.join(", ")
            )
        }
    };
    let report = store.person(id)?;
    let format = super::chosen(args.format);
    if matches!(format, Format::Json | Format::Ndjson) {
        let value = serde_json::json!({
            "name": report.name,
            "aliases": crate::output::objects(&report.aliases),
            "roles": crate::output::objects(&report.roles),
            "articles": crate::output::objects(&report.articles),
            "quotes": crate::output::objects(&report.quotes),
        });
        let text = if format == Format::Json {
            serde_json::to_string_pretty(&value)?
        } else {
            value.to_string()
        };
        super::say(text)?;
        return Ok(true);
    }
    super::say(format_args!(
        "{}\n",
        crate::output::neutralise(&report.name)
    ))?;
    for (title, rows) in [
        ("Aliases", &report.aliases),
        ("Roles", &report.roles),
        ("Articles", &report.articles),
        ("Quotes", &report.quotes),
    ] {
        super::say(format_args!("{title}:"))?;
        super::print(rows, Some(format))?;
        super::say("")?;
    }
    Ok(true)
}

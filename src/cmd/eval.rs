//! `clippings eval GOLD.json` — score the database against a hand annotation.

use std::path::{Path, PathBuf};

use anyhow::Context;
use clippings_extract::eval::{self, Gold};

pub const EXAMPLES: &str = "Examples:
  clippings import seeds/ && clippings eval tests/fixtures/seeds.json
  clippings eval gold.json --json

A found quotation matches a gold one when, with quotation marks, dashes,
spaces and case folded, they share at least 80% of the longer one's
words, one to one. Speaker accuracy counts matched quotations whose
speaker is the gold canonical name.";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// The gold annotation, in the format of tests/fixtures/seeds.json.
    pub gold: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<bool> {
    let text = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("cannot read {}", args.gold.display()))?;
    let gold: Gold = serde_json::from_str(&text)
        .with_context(|| format!("{} is not a gold annotation", args.gold.display()))?;
    let store = super::open(db, clippings_store::Access::Read)?;
    let report = eval::evaluate(
        &gold,
        &store.stored_articles()?,
        &store.stored_quotes()?,
        &store.person_mentions()?,
    );
    if args.json {
        let mut value = serde_json::to_value(&report)?;
        value["precision"] = report.precision().into();
        value["recall"] = report.recall().into();
        value["f1"] = report.f1().into();
        value["speaker_accuracy"] = report.speaker_accuracy().into();
        value["people_precision"] = report.people_precision().into();
        value["people_recall"] = report.people_recall().into();
        super::say(format_args!("{}", serde_json::to_string_pretty(&value)?))?;
    } else {
        super::say(report.to_string().trim_end())?;
    }
    Ok(true)
}

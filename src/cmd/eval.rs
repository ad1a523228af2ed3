//! `clippings eval GOLD.json` — score the database against a hand annotation.

use std::path::{Path, PathBuf};

use anyhow::Context;
use clippings_extract::eval::{self, Gold};

pub const EXAMPLES: &str = "Examples:
  clippings import seeds/ && clippings eval tests/fixtures/seeds.json
  clippings eval gold.json --format json

Scores only what the gold file annotates: quotations per kind (a found
quotation matches a gold one when, with quotation marks, dashes, spaces
and case folded, they share at least 80% of the longer one's words, one
to one; 60% for reported speech), speakers (the gold canonical name, of
the matched quotations; also by the gold speaker's type), kinds, people,
organisations, roles, metadata fields, boilerplate kept out of the body,
and quoted words that are not quotations. Lists every miss, false hit and
wrong speaker with the rule that chose it.";

/// How to print the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// The figures, then every miss, false hit and wrong speaker.
    Text,
    /// The report as one JSON object, with its ratios.
    Json,
}

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// The gold annotation, in the format of tests/fixtures/seeds.json.
    pub gold: PathBuf,
    /// How to print the report.
    #[arg(long, short, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<bool> {
    let text = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("cannot read {}", args.gold.display()))?;
    let gold: Gold = serde_json::from_str(&text)
        .with_context(|| format!("{} is not a gold annotation", args.gold.display()))?;
    let store = super::open(db, clippings_store::Access::Read)?;
    let report = eval::evaluate(&gold, &store.found_articles()?);
    match args.format {
        ReportFormat::Json => {
            let mut value = serde_json::to_value(&report)?;
            value["precision"] = report.quotes.precision().into();
            value["recall"] = report.quotes.recall().into();
            value["f1"] = report.quotes.f1().into();
            value["speaker_accuracy"] = report.speakers.accuracy().into();
            if let Some(people) = &report.people {
                value["people_precision"] = people.precision().into();
                value["people_recall"] = people.recall().into();
            }
            super::say(format_args!("{}", serde_json::to_string_pretty(&value)?))?;
        }
        ReportFormat::Text => super::say(report.to_string().trim_end())?,
    }
    Ok(true)
}

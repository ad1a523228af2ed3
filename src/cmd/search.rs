//! `clippings search WORDS` — full-text search over quotations or articles.

use std::path::Path;

use crate::output::Format;

pub const EXAMPLES: &str = "Examples:
  clippings search sanctions                 # quotations mentioning sanctions
  clippings search '\"interest rates\"'       # a phrase
  clippings search --articles sanction*      # articles, by prefix
  clippings search 'strike NOT pay' --limit 5

Matching words are marked [like this]. The search syntax is SQLite FTS5's.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Target {
    Quotes,
    Articles,
}

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Words to search for (FTS5 syntax).
    #[arg(required = true)]
    pub words: Vec<String>,
    /// Search article text instead of quotations.
    #[arg(long)]
    pub articles: bool,
    #[arg(long, default_value_t = 20)]
    pub limit: i64,
    #[arg(long, short, value_enum)]
    pub format: Option<Format>,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<bool> {
    let library = super::library(None)?;
    let query = library.get(if args.articles {
        "search-articles"
    } else {
        "search-quotes"
    })?;
    let params = vec![
        ("term".to_string(), args.words.join(" ")),
        ("limit".to_string(), args.limit.to_string()),
    ];
    let mut store = super::open(db, clippings_store::Access::Read)?;
    let rows = super::usage(query.run(&mut store, &params, false))?;
    super::print(&rows, args.format)?;
    Ok(true)
}

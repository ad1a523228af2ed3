//! `clippings gen-corpus N DIR --seed S` — write a synthetic corpus for benchmarks.

use std::path::PathBuf;

use anyhow::Context;

pub const EXAMPLES: &str = "Examples:
  clippings gen-corpus 1000 /tmp/corpus --seed 7
  clippings gen-corpus 100000 /tmp/big && clippings --db /tmp/big.db import /tmp/big

The same N and seed always write the same files.";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// How many articles to write.
    pub count: u64,
    /// The folder to write them into (created if missing).
    pub dir: PathBuf,
    /// The random seed: the same count and seed write the same files.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Not taken: gen-corpus writes files, not a database. Hidden: it
    /// stands in for the global --db, which main refuses when given on
    /// the command line (CLIPPINGS_DB in the environment is no mistake).
    #[arg(long, hide = true, value_name = "FILE")]
    pub db: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<bool> {
    let stats = clippings_gen::write_corpus(args.count, &args.dir, args.seed)
        .with_context(|| format!("cannot write the corpus into {}", args.dir.display()))?;
    super::say(format_args!(
        "{} articles, {} bytes written to {}",
        stats.articles,
        stats.bytes,
        args.dir.display()
    ))?;
    Ok(true)
}

//! `clippings import PATH...` — import article files and folders.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::import::{self, Options};
use anyhow::Context;
use indicatif::{ProgressBar, ProgressState, ProgressStyle};

pub const EXAMPLES: &str = "Examples:
  clippings import seeds/                  # every *.txt under seeds/, with seeds/manifest.csv
  clippings --db news.db import a.txt b/   # files and folders into news.db
  clippings import --quiet corpus/         # no progress bar

Importing again is safe: unchanged files are skipped, changed ones replaced.
A folder's manifest.csv (columns file, outlet, url, published, authors)
supplies what the texts do not say; its values win over what is read.";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Article files (.txt) and folders to import, recursively.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Threads reading and extracting articles (default: one per core).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Articles written per transaction.
    #[arg(long, default_value_t = 500)]
    pub batch: usize,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<bool> {
    let mut store = super::open(db)?;
    let mut options = Options {
        batch_size: args.batch.max(1),
        ..Options::default()
    };
    if let Some(jobs) = args.jobs {
        options.jobs = jobs.max(1);
    }
    let bar = (!args.quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = ProgressBar::new_spinner();
        bar.set_style(progress_style("{spinner} {pos} files  {rate}  {elapsed}"));
        bar
    });
    if let Some(bar) = &bar {
        let counted = bar.clone();
        let paths = args.paths.clone();
        // The import streams and never knows the total; a count of the
        // files alongside it turns the spinner into a bar with an estimate.
        std::thread::spawn(move || {
            let total = import::count_article_files(&paths);
            if !counted.is_finished() {
                counted.set_length(total);
                counted.set_style(progress_style(
                    "{wide_bar} {pos}/{len} files  {rate}  {elapsed} so far, about {eta} to go",
                ));
            }
        });
        let bar = bar.clone();
        options.progress = Some(Arc::new(move |n| bar.set_position(n)));
    }
    let summary = import::import(&mut store, &args.paths, &options)
        .with_context(|| format!("import into {} failed", db.display()))?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    for f in &summary.failures {
        eprintln!("error: {}: {}", f.path.display(), f.reason);
    }
    let t = summary.totals;
    super::say(format_args!(
        "{} files seen: {} new, {} updated, {} unchanged, {} failed ({:.1}s)",
        summary.files_seen,
        summary.new,
        summary.updated,
        summary.unchanged,
        summary.failures.len(),
        summary.elapsed.as_secs_f64()
    ))?;
    super::say(format_args!(
        "{}: {} articles, {} quotes, {} people, {} sources",
        db.display(),
        t.articles,
        t.quotes,
        t.people,
        t.sources
    ))?;
    let linked = summary.statements;
    if linked.linked > 0 {
        super::say(format_args!(
            "statements: {} quotations linked ({:.1}s)",
            linked.linked,
            linked.elapsed.as_secs_f64()
        ))?;
    }
    Ok(summary.failures.is_empty())
}

/// A progress style from `template`, with `{rate}` in whole files a second.
fn progress_style(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template)
        .expect("valid template")
        .with_key(
            "rate",
            |state: &ProgressState, out: &mut dyn std::fmt::Write| {
                let _ = write!(out, "{:.0} files/s", state.per_sec());
            },
        )
}

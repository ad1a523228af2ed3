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
  clippings import pages/ crawl.warc.gz    # saved web pages (.html, .htm) and WARC archives
  clippings import news.jsonl export.csv   # JSON lines and CSV exports, one article a record
  clippings import --field headline=story_title --field text=body export.csv

Files are read by their extension (.txt, .html, .htm, .warc, .jsonl,
.ndjson, .json, .csv, .tsv, and .gz of any); a file named on the command
line whatever its extension, by its content. A JSON or CSV record's
fields are found under the names news-please, CC-News, trafilatura and
Media Cloud give them; --field names others. A record is identified by
its URL (else its id field), a WARC response by its URL.

Importing again is safe: unchanged files are skipped, changed ones replaced.
A folder's manifest.csv (columns file, outlet, url, published, authors)
supplies what the texts do not say; its values win over what is read.";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Article files and folders to import, recursively.
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
    /// Read a JSON or CSV field from another name: FIELD=NAME, e.g.
    /// headline=story_title (fields: headline, text, standfirst, authors,
    /// published, modified, outlet, url, id, section, language).
    #[arg(long = "field", value_name = "FIELD=NAME")]
    pub fields: Vec<String>,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<bool> {
    let mut store = super::open(db)?;
    let fields = field_map(&args.fields);
    let mut options = Options {
        batch_size: args.batch.max(1),
        fields,
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
    if !summary.skipped.is_empty() {
        let skipped: Vec<String> = summary
            .skipped
            .iter()
            .map(|(reason, n)| format!("{n} {reason}"))
            .collect();
        super::say(format_args!("skipped: {}", skipped.join(", ")))?;
    }
    super::say(format_args!(
        "{}: {} articles, {} quotes, {} people, {} sources",
        db.display(),
        t.articles,
        t.quotes,
        t.people,
        t.sources
    ))?;
    Ok(summary.failures.is_empty())
}

/// `--field` specs, or a usage error (status 2) naming the bad one.
pub fn field_map(specs: &[String]) -> crate::inputs::FieldMap {
    crate::inputs::FieldMap::parse(specs).unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(2)
    })
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

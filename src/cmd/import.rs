//! `clippings import PATH...` — import article files and folders.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::import::{self, Options};
use anyhow::Context;
use indicatif::{ProgressBar, ProgressState, ProgressStyle};

pub const EXAMPLES: &str = "Examples:
  clippings import seeds/                  # every article file under seeds/, with seeds/manifest.csv
  clippings --db news.db import a.txt b/   # files and folders into news.db
  clippings import --quiet corpus/         # no progress bar
  clippings import pages/ crawl.warc.gz    # saved web pages (.html, .htm) and WARC archives
  clippings import news.jsonl export.csv   # JSON lines and CSV exports, one article a record
  clippings import --field headline=story_title --field text=body export.csv
  clippings import extracted.jsonl         # what `clippings extract` wrote, not extracted again
  cat out/part-* | clippings import -      # the same from stdin, streams one after another
  clippings import --prune corpus/         # and remove articles whose files are gone

Files are read by their extension (.txt, .html, .htm, .warc, .jsonl,
.ndjson, .json, .csv, .tsv, and .gz of any); a file named on the command
line whatever its extension, by its content. A JSON or CSV record's
fields are found under the names news-please, CC-News, trafilatura and
Media Cloud give them; --field names others. A record is identified by
its URL (else its id field), a WARC response by its URL.

Importing again is safe: unchanged files are skipped, changed ones replaced.
Articles whose files are gone from a folder imported are counted, and
removed with --prune. A file with the same bytes as an article already
stored is stored too, and said. A folder's manifest.csv (columns file,
outlet, url, published, authors) supplies what the texts do not say; its
values win over what is read (for a file of records, over every record's).
Each article is shown by its path from the folder that holds the folder
imported (corpus/2019/440.txt); a record by its URL or id, else by its
file's and its line (corpus/news.jsonl#line-5). The records of a file (a
JSON line, a CSV row, a WARC response) are not counted as gone.

JSON lines written by `clippings extract` (on this machine or on many, as
the Spark job in contrib/spark does) are recognised by their header line:
stdin (`-`), or a file named on the command line, of any name but *.txt.
They are stored exactly as their articles would be by a direct import, and
people are resolved across the corpus once, at the end. A line that is not
a record is reported by its number and the others go in; a stream written
in another version of the format is refused before anything is written.";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Article files and folders to import, recursively (text, web pages,
    /// WARC, JSON lines, CSV); files of JSON lines from `clippings
    /// extract`, or `-` to read them from stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Threads reading and extracting articles, 1 to 256 (default: one per core).
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=import::MAX_JOBS as i64))]
    pub jobs: Option<u16>,
    /// Articles written per transaction, 1 to 100000.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub batch: u32,
    /// Remove the articles whose files are gone from the folders imported.
    #[arg(long)]
    pub prune: bool,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
    /// Read a JSON or CSV field from another name: FIELD=NAME, e.g.
    /// headline=story_title (fields: headline, text, standfirst, authors,
    /// published, modified, outlet, url, id, section, language, path).
    #[arg(long = "field", value_name = "FIELD=NAME")]
    pub fields: Vec<String>,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<bool> {
    // A bad --field is a usage error, before the database is touched.
    let fields = field_map(&args.fields);
    let mut store = super::open(db, clippings_store::Access::Create)?;
    let mut options = Options {
        batch_size: args.batch as usize,
        prune: args.prune,
        fields,
        ..Options::default()
    };
    if let Some(jobs) = args.jobs {
        options.jobs = usize::from(jobs);
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
        eprintln!(
            "error: {}: {}",
            import::shown(&f.path),
            crate::output::neutralise(&f.reason)
        );
    }
    for skipped in summary.skipped.iter().filter(|s| s.reason.listed()) {
        eprintln!(
            "skipped: {}: {}{}",
            import::shown(&skipped.path),
            skipped.counted(),
            skipped
                .detail
                .as_ref()
                .map(|d| format!(" ({d})"))
                .unwrap_or_default()
        );
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
    const LISTED: usize = 10;
    for (written, other) in summary.duplicates.iter().take(LISTED) {
        let (first, second) = if written <= other {
            (written, other)
        } else {
            (other, written)
        };
        eprintln!(
            "note: {} and {} have the same bytes (both are stored)",
            crate::output::neutralise(first),
            crate::output::neutralise(second)
        );
    }
    if summary.duplicates.len() > LISTED {
        eprintln!(
            "note: and {} more files with the same bytes as an article stored",
            summary.duplicates.len() - LISTED
        );
    }
    if !summary.skipped.is_empty() {
        let mut by_reason = std::collections::BTreeMap::new();
        for skipped in &summary.skipped {
            *by_reason
                .entry((skipped.reason, skipped.counted()))
                .or_insert(0u64) += 1;
        }
        let counts: Vec<String> = by_reason
            .iter()
            .map(|((_, counted), n)| format!("{n} {counted}"))
            .collect();
        super::say(format_args!(
            "{} skipped in folders: {}",
            summary.skipped.len(),
            counts.join(", ")
        ))?;
    }
    if !summary.passed_over.is_empty() {
        let counts: Vec<String> = summary
            .passed_over
            .iter()
            .map(|(reason, n)| format!("{n} {reason}"))
            .collect();
        super::say(format_args!("skipped: {}", counts.join(", ")))?;
    }
    if !summary.duplicates.is_empty() {
        super::say(format_args!(
            "{} stored with the same bytes as another article",
            summary.duplicates.len()
        ))?;
    }
    if summary.pruned {
        super::say(format_args!(
            "{} articles removed: their files are gone",
            summary.gone.len()
        ))?;
    } else if !summary.gone.is_empty() {
        let named: Vec<String> = summary
            .gone
            .iter()
            .take(3)
            .map(|(_, p)| crate::output::neutralise(p).into_owned())
            .collect();
        super::say(format_args!(
            "{} articles whose files are gone are still stored ({}{}); import with --prune to remove them",
            summary.gone.len(),
            named.join(", "),
            if summary.gone.len() > named.len() {
                ", …"
            } else {
                ""
            }
        ))?;
    }
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

//! `clippings extract PATH...` — the extractor as a filter: articles in,
//! one JSON line per article out, no database. `-` reads articles as JSON
//! lines from stdin (what a Spark job pipes to it).

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::Context;
use clippings_extract::Extraction;
use clippings_store::Provenance;

use crate::import::{self, ImportError, Options, Sink, Summary};
use crate::record::{Header, Record};

pub const EXAMPLES: &str = "Examples:
  clippings extract seeds/ > seeds.jsonl
  clippings extract article.txt | jq '.extraction.quotes[].text'
  clippings extract - < articles.jsonl      # each line {\"text\": ..., \"path\": ...}

Writes JSON lines: first a header ({\"format\": \"clippings-extract\",
\"version\": 2, ...}), then one record per article: {\"source\": where it
came from (path, file, sha256, encoding, the decoded text, the manifest row
applied), \"extraction\": its metadata, body, paragraphs, extras, people,
mentions and quotations (speaker, kind, cue, rule), every offset in
characters into the body}. This is what `clippings import` stores for the
same articles. Files that cannot be read are reported on stderr, and the
exit status is 1 if any failed.

With `-`, stdin is read as a JSON lines file is (see `clippings import
--help`): each line one article as a JSON object, its text and metadata
under the names news-please, CC-News, trafilatura and Media Cloud give
them (\"text\", \"title\", \"url\", \"id\", \"published\", \"authors\",
\"outlet\"…; --field names others), extracted on --jobs threads. It is
stored under its url, else its id, else stdin#line-N. A line with a
\"path\" carries the text of the file at that path (as
contrib/spark/texts_to_jsonl.py writes them): it is stored as that file
is, under its path, its title put above the text unless the text starts
with it, and its outlet, url, published and authors are its manifest row
(a line with any of them, even null, is stored with them). A line that
cannot be read is reported with its number and the others go on.";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Article files (text, web pages, WARC, JSON lines, CSV) and folders,
    /// recursively; `-` for articles as JSON lines on stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Threads reading and extracting articles (default: one per core).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Read a JSON or CSV field from another name: FIELD=NAME (see
    /// `clippings import --help`).
    #[arg(long = "field", value_name = "FIELD=NAME")]
    pub fields: Vec<String>,
}

pub fn run(args: Args) -> anyhow::Result<bool> {
    let mut options = Options {
        fields: super::import::field_map(&args.fields),
        ..Options::default()
    };
    if let Some(jobs) = args.jobs {
        options.jobs = jobs.max(1);
    }
    let stdout = std::io::stdout();
    let mut sink = LinesSink {
        out: BufWriter::new(stdout.lock()),
        started: false,
    };
    let stdin = args.paths.iter().any(|p| p.as_os_str() == "-");
    let files: Vec<PathBuf> = args
        .paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .cloned()
        .collect();
    let result = import::run(&files, &options, None, &mut sink).and_then(|mut summary| {
        if stdin {
            import::run_stdin(&options, &mut sink, &mut summary)?;
            sink.finish(&mut summary)?;
        }
        Ok(summary)
    });
    let summary = match result {
        Err(ImportError::Write(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            return Ok(true);
        }
        other => other.context("extraction failed")?,
    };
    for f in &summary.failures {
        eprintln!(
            "error: {}: {}",
            import::shown(&f.path),
            crate::output::neutralise(&f.reason)
        );
    }
    for (reason, n) in &summary.passed_over {
        eprintln!("skipped: {n} {reason}");
    }
    Ok(summary.failures.is_empty())
}

/// Writes each article as a JSON line, after the header.
struct LinesSink<W: Write> {
    out: W,
    started: bool,
}

impl<W: Write> LinesSink<W> {
    fn line(&mut self, value: &impl serde::Serialize) -> Result<(), ImportError> {
        serde_json::to_writer(&mut self.out, value).map_err(std::io::Error::from)?;
        self.out.write_all(b"\n")?;
        Ok(())
    }

    fn start(&mut self) -> Result<(), ImportError> {
        if !self.started {
            self.started = true;
            self.line(&Header::current())?;
        }
        Ok(())
    }
}

impl<W: Write> Sink for LinesSink<W> {
    fn take(
        &mut self,
        item: Box<(Provenance, Extraction)>,
        summary: &mut Summary,
    ) -> Result<(), ImportError> {
        self.start()?;
        let (source, extraction) = *item;
        self.line(&Record { source, extraction })?;
        summary.new += 1;
        Ok(())
    }

    fn finish(&mut self, _: &mut Summary) -> Result<(), ImportError> {
        self.start()?;
        self.out.flush()?;
        Ok(())
    }
}

//! `clippings extract PATH...` — the extractor as a filter: articles in,
//! one JSON line per article out, no database.

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

Writes JSON lines: first a header ({\"format\": \"clippings-extract\",
\"version\": 1, ...}), then one record per article: {\"source\": where it
came from (path, file, sha256, encoding, the decoded text, the manifest row
applied), \"extraction\": its metadata, body, paragraphs, extras, people,
mentions and quotations (speaker, kind, cue, rule), every offset in
characters into the body}. This is what `clippings import` stores for the
same articles. Files that cannot be read are reported on stderr, and the
exit status is 1 if any failed.";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Article files (text, web pages, WARC, JSON lines, CSV) and folders, recursively.
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
    let summary = match import::run(&args.paths, &options, None, &mut sink) {
        Err(ImportError::Write(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            return Ok(true);
        }
        other => other.context("extraction failed")?,
    };
    for f in &summary.failures {
        eprintln!("error: {}: {}", f.path.display(), f.reason);
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

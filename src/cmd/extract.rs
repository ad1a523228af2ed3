//! `clippings extract PATH...` — the extractor as a filter: articles in,
//! one JSON line per article out, no database. `-` reads articles as JSON
//! lines from stdin (what a Spark job pipes to it).

use std::io::{BufRead, BufWriter, Write};
use std::path::PathBuf;
use std::sync::mpsc::sync_channel;
use std::sync::{Arc, Mutex};

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
\"version\": 1, ...}), then one record per article: {\"source\": where it
came from (path, file, sha256, encoding, the decoded text, the manifest row
applied), \"extraction\": its metadata, body, paragraphs, extras, people,
mentions and quotations (speaker, kind, cue, rule), every offset in
characters into the body}. This is what `clippings import` stores for the
same articles. Files that cannot be read are reported on stderr, and the
exit status is 1 if any failed.

With `-`, each line of stdin is one article as a JSON object: \"text\"
(required; the article as plain text), and optionally \"path\", \"url\",
\"id\", \"title\", \"published\", \"authors\" (a list, or names split by
';') and \"outlet\". It is stored under its path, else its url, else its id,
else stdin:LINE; a title is put above the text as its headline line unless
the text starts with it; outlet, url, published and authors win over what
the text says, as a manifest's do (a line with any of them, even null, is
stored with them as its manifest row). A line without text is reported with its
number and the others go on.";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Article files (.txt) and folders, recursively; `-` for articles as
    /// JSON lines on stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Threads reading and extracting articles (default: one per core).
    #[arg(long)]
    pub jobs: Option<usize>,
}

pub fn run(args: Args) -> anyhow::Result<bool> {
    let mut options = Options::default();
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
            from_stdin(&mut sink, &mut summary, options.jobs)?;
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
        eprintln!("error: {}: {}", f.path.display(), f.reason);
    }
    Ok(summary.failures.is_empty())
}

/// Extracts the articles of stdin's JSON lines on `jobs` threads, handing
/// them to `sink` in the order they are done.
fn from_stdin(sink: &mut dyn Sink, summary: &mut Summary, jobs: usize) -> Result<(), ImportError> {
    let (line_tx, line_rx) = sync_channel::<(usize, Vec<u8>)>(64);
    let (done_tx, done_rx) = sync_channel::<(usize, Result<Item, String>)>(64);
    let line_rx = Arc::new(Mutex::new(line_rx));
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || -> std::io::Result<()> {
            let mut stdin = std::io::stdin().lock();
            for number in 1.. {
                let mut line = Vec::new();
                if stdin.read_until(b'\n', &mut line)? == 0 {
                    break;
                }
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                if line_tx.send((number, line)).is_err() {
                    break;
                }
            }
            Ok(())
        });
        for _ in 0..jobs.max(1) {
            let lines = Arc::clone(&line_rx);
            let done = done_tx.clone();
            scope.spawn(move || {
                loop {
                    let next = match lines.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok((number, line)) = next else { return };
                    if done.send((number, article(number, &line))).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);
        let mut outcome = Ok(());
        for (number, item) in done_rx {
            summary.files_seen += 1;
            match item {
                Ok(item) => {
                    if let Err(e) = sink.take(item, summary) {
                        outcome = Err(e);
                        break;
                    }
                }
                Err(reason) => summary.failures.push(import::Failure {
                    path: PathBuf::from("stdin"),
                    reason: format!("line {number}: {reason}"),
                }),
            }
        }
        drop(line_rx);
        if let Ok(Err(e)) = reader.join() {
            summary.failures.push(import::Failure {
                path: PathBuf::from("stdin"),
                reason: format!("cannot read on: {e}"),
            });
        }
        outcome
    })
}

type Item = Box<(Provenance, Extraction)>;

/// Names given as a list, or in one string split by ';'.
#[derive(Debug, serde::Deserialize)]
#[serde(untagged)]
enum Authors {
    List(Vec<String>),
    Joined(String),
}

/// The metadata fields that win over what the text says, as a manifest's
/// columns do. A line that has any of them (even as null) is stored with
/// them as its manifest row, as a file listed in a manifest.csv is.
const METADATA: &[&str] = &["outlet", "url", "published", "authors"];

fn article(number: usize, line: &[u8]) -> Result<Item, String> {
    let mut fields: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(line).map_err(|e| format!("not a JSON object: {e}"))?;
    let given = METADATA.iter().any(|k| fields.contains_key(*k));
    let mut text_field = |key: &str| -> Result<Option<String>, String> {
        match fields.remove(key) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s)),
            Some(other) if key == "id" => Ok(Some(other.to_string())),
            Some(other) => Err(format!("\"{key}\" is {other}, not a string")),
        }
    };
    let nonempty = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let text = text_field("text")?
        .filter(|t| !t.trim().is_empty())
        .ok_or("no \"text\": each line needs the article's text")?;
    let text = match nonempty(text_field("title")?) {
        Some(title) if !text.trim_start().starts_with(&title) => format!("{title}\n\n{text}"),
        _ => text,
    };
    let url = nonempty(text_field("url")?);
    let path = nonempty(text_field("path")?)
        .or_else(|| url.clone())
        .or(nonempty(text_field("id")?))
        .unwrap_or_else(|| format!("stdin:{number}"));
    let published = match nonempty(text_field("published")?) {
        None => None,
        Some(raw) => Some(crate::manifest::manifest_date(&raw).ok_or_else(|| {
            format!("'{raw}' in \"published\" is not a date; write it as 2017-06-15 or 2017-06-15T13:34:00+01:00")
        })?),
    };
    let outlet = nonempty(text_field("outlet")?);
    let authors = match fields.remove("authors") {
        None | Some(serde_json::Value::Null) => None,
        Some(value) => {
            let names = match serde_json::from_value(value) {
                Ok(Authors::List(names)) => names,
                Ok(Authors::Joined(joined)) => joined.split(';').map(str::to_string).collect(),
                Err(_) => return Err("\"authors\" is neither a list of names nor a string".into()),
            };
            Some(
                names
                    .into_iter()
                    .map(|n| n.trim().to_string())
                    .filter(|n| !n.is_empty())
                    .collect::<Vec<_>>(),
            )
        }
    };
    let entry = crate::manifest::Entry {
        outlet,
        url,
        published,
        authors,
        row: number,
    };
    let decoded = clippings_extract::decode::decode(text.as_bytes()).map_err(|e| e.to_string())?;
    let extraction = std::panic::catch_unwind(|| clippings_extract::extract(&decoded.text))
        .map_err(|_| {
            "the extractor failed on this article (a bug: please report it with the line)"
                .to_string()
        })?;
    let file = path
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .filter(|f| !f.is_empty())
        .unwrap_or(&path)
        .to_string();
    use sha2::Digest;
    let provenance = Provenance {
        file,
        sha256: import::hex(&sha2::Sha256::digest(text.as_bytes())),
        encoding: decoded.encoding.to_string(),
        raw_text: decoded.text,
        manifest: given.then(|| import::entry_json(&entry)),
        outlet: entry.outlet,
        url: entry.url,
        published: entry.published,
        authors: entry.authors,
        path,
        names: Vec::new(),
    };
    Ok(Box::new((provenance, extraction)))
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

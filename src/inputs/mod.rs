//! Input formats: what a file on disk holds, read into articles the
//! extractor takes — the text, or the article's blocks, and what the
//! container knows of it (a web page's metadata, a record's fields).
//!
//! | format | files | articles |
//! |---|---|---|
//! | text | `.txt` | the file, a page of plain text |
//! | html | `.html`, `.htm`, `.xhtml` | the file: metadata from JSON-LD, OpenGraph and meta tags; main text by dom_smoothie |
//! | warc | `.warc` | every HTML response record |
//! | jsonl | `.jsonl`, `.ndjson`, `.json` | every record (one a line; a `.json` file may hold one object or an array) |
//! | csv | `.csv`, `.tsv` | every row |
//!
//! Any of them may be gzipped (`.gz`, recognised by its magic bytes).
//! Containers are streamed: a record is read, extracted and handed on
//! before the next one is read, so a multi-gigabyte WARC or JSON lines
//! file never sits in memory.

pub mod csv;
pub mod fields;
pub mod html;
pub mod jsonl;
pub mod text;
pub mod warc;
pub mod webmeta;

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek};
use std::path::Path;

use clippings_extract::decode::MAX_ARTICLE_BYTES;
use clippings_extract::{BlockRole, Known};
use sha2::{Digest, Sha256};

pub use fields::FieldMap;

use crate::import::os_message;

/// The formats clippings reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    Text,
    Html,
    Warc,
    Jsonl,
    Csv,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Warc => "warc",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
        }
    }

    /// The format a file's name says, `.gz` looked through.
    pub fn by_name(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = name.rsplit_once('.')?.1;
        Some(match ext {
            "txt" | "text" => Format::Text,
            "html" | "htm" | "xhtml" | "shtml" => Format::Html,
            "warc" => Format::Warc,
            "jsonl" | "ndjson" | "json" => Format::Jsonl,
            "csv" | "tsv" => Format::Csv,
            _ => return None,
        })
    }

    /// The format a file's first bytes say (after any gzip): for a file
    /// named on the command line whatever its extension.
    pub fn sniff(head: &[u8]) -> Format {
        let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
        let trimmed = head.trim_ascii_start();
        if trimmed.starts_with(b"WARC/") {
            return Format::Warc;
        }
        if trimmed.starts_with(b"{") || trimmed.starts_with(b"[{") {
            return Format::Jsonl;
        }
        let lower: Vec<u8> = trimmed
            .iter()
            .take(1024)
            .map(u8::to_ascii_lowercase)
            .collect();
        let has = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
        if lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html") || has(b"<html") {
            return Format::Html;
        }
        Format::Text
    }
}

/// One article read from a file, before extraction.
#[derive(Debug, Clone)]
pub struct Article {
    pub format: Format,
    /// A record's identity (its URL, else its id); `None` for an article
    /// that is a file of its own, stored under the file's path.
    pub key: Option<String>,
    /// The record's line (JSON lines, CSV) or number (WARC).
    pub position: Option<u64>,
    /// Where a WARC record starts in the uncompressed archive.
    pub byte_offset: Option<u64>,
    /// Of the bytes the article was read from.
    pub sha256: String,
    pub encoding: String,
    /// The text stored as the article's raw text.
    pub text: String,
    /// The role of each line of `text` when the container marks the
    /// article's blocks; `None`: `text` is a whole page for the layout
    /// stage to read.
    pub roles: Option<Vec<BlockRole>>,
    pub known: Known,
    /// A record that carries a file's text under the file's path: stored
    /// as that file is.
    pub carried: Option<Carried>,
}

/// A JSON or CSV record that names the file it holds the text of (its
/// `path` field, as `contrib/spark/texts_to_jsonl.py` writes a folder of
/// text files, one a line): the article is that file, read as a page of
/// plain text and stored under its path, with the record's outlet, url,
/// published and authors as its manifest row. Its record and the file's
/// are the same, hash included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Carried {
    /// The file's path: the article's identity.
    pub path: String,
    /// The manifest row the record gives; `None` when it has none of the
    /// four fields (not even as null).
    pub row: Option<crate::manifest::Entry>,
}

/// What reading a file gives, one item at a time.
#[derive(Debug)]
pub enum Item {
    Article(Box<Article>),
    /// A record already stored as it is (same identity and hash).
    Unchanged,
    /// A record that could not be read: where in the file, and why.
    Bad {
        at: String,
        reason: String,
    },
    /// A record passed over, not being an article, by reason.
    Skipped(String),
}

/// What readers need besides the file.
pub struct Context<'a> {
    /// `--field` overrides for record formats.
    pub fields: &'a FieldMap,
    /// Whether an article with this identity and hash is stored as it is,
    /// with the manifest row it would be stored with: the record's own
    /// (the JSON of [`Carried::row`]) when given, else the file's.
    pub unchanged: &'a dyn Fn(&str, &str, Option<&str>) -> bool,
}

/// Reads one file of `format`, already open (`size`: what its metadata
/// says), handing each item to `emit` as it is read; `emit` returns false
/// to stop. `stored_path` is the key of an article that is a file of its
/// own. An `Err` is a file that cannot be read at all (items emitted
/// before it stand).
pub fn read_file(
    file: File,
    size: u64,
    path: &Path,
    format: Format,
    stored_path: &str,
    cx: &Context<'_>,
    emit: &mut dyn FnMut(Item) -> bool,
) -> Result<(), String> {
    let mut reader =
        open_maybe_gz(file).map_err(|e| format!("cannot read it: {}", os_message(&e)))?;
    match format {
        Format::Text | Format::Html => {
            if size > MAX_ARTICLE_BYTES {
                return Err(clippings_extract::decode::DecodeError::TooLarge {
                    size,
                    limit: MAX_ARTICLE_BYTES,
                }
                .to_string());
            }
            let bytes = read_article(&mut reader, MAX_ARTICLE_BYTES, size)?;
            let sha256 = hex_sha256(&bytes);
            if (cx.unchanged)(stored_path, &sha256, None) {
                emit(Item::Unchanged);
                return Ok(());
            }
            let article = if format == Format::Text {
                text::read(&bytes, sha256)?
            } else {
                html::read_file(&bytes, sha256)?
            };
            emit(Item::Article(Box::new(article)));
            Ok(())
        }
        Format::Warc => warc::read(reader, cx, emit),
        Format::Jsonl => jsonl::read(reader, stored_path, cx, emit),
        Format::Csv => {
            let tabs = path.file_name().is_some_and(|n| {
                let n = n.to_string_lossy().to_ascii_lowercase();
                n.ends_with(".tsv") || n.ends_with(".tsv.gz")
            });
            csv::read(reader, tabs, stored_path, cx, emit)
        }
    }
}

/// The file's format by name, else by its first bytes (for a file named on
/// the command line); the file is left at its start.
pub fn format_of(path: &Path, file: &mut File) -> io::Result<Format> {
    if let Some(format) = Format::by_name(path) {
        return Ok(format);
    }
    let mut head = Vec::with_capacity(1024);
    {
        // A clone shares the file's offset, which is set back below.
        let mut reader = open_maybe_gz(file.try_clone()?)?;
        reader.by_ref().take(1024).read_to_end(&mut head)?;
    }
    file.seek(io::SeekFrom::Start(0))?;
    Ok(Format::sniff(&head))
}

/// Reads a file of one article: at most `limit` bytes and one more,
/// whatever its metadata said (`size`: a file can grow, and some report a
/// size of 0; a gzipped one is read as it unpacks).
pub fn read_article(reader: &mut dyn Read, limit: u64, size: u64) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::with_capacity(size.min(limit) as usize + 1);
    reader
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read it: {}", os_message(&e)))?;
    if bytes.len() as u64 > limit {
        return Err(format!(
            "the file holds more than the {limit}-byte limit for one article (its size said {size}); split it or check that it is an article"
        ));
    }
    Ok(bytes)
}

/// A buffered reader of the file, through gunzip if it starts with gzip's
/// magic bytes (whatever its name; members one after another, as in a
/// `.warc.gz`, are read as one stream).
pub fn open_maybe_gz<R: Read + Send + 'static>(inner: R) -> io::Result<Box<dyn BufRead + Send>> {
    let mut buffered = BufReader::with_capacity(64 << 10, inner);
    let head = buffered.fill_buf()?;
    if head.starts_with(&[0x1f, 0x8b]) {
        Ok(Box::new(BufReader::with_capacity(
            64 << 10,
            flate2::bufread::MultiGzDecoder::new(buffered),
        )))
    } else {
        Ok(Box::new(buffered))
    }
}

/// Reads at most `limit` bytes; more is an error naming the limit.
pub fn read_limited(reader: &mut dyn Read, limit: u64) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    reader
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read it: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(format!(
            "larger than {} MB, the most one article may be; split it",
            limit >> 20
        ));
    }
    Ok(bytes)
}

pub fn hex_sha256(bytes: &[u8]) -> String {
    use std::fmt::Write;
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// A record's article, from what [`fields::article`] found in it: `hashed`
/// are the bytes its hash is of, `at` its place in its container ("line
/// 5"), its key when it gives no URL or id.
pub fn record_item(
    found: fields::RecordArticle,
    format: Format,
    position: u64,
    hashed: &[u8],
    at: &str,
    container: &str,
    cx: &Context<'_>,
) -> Item {
    if let Some(carried) = found.carried {
        // As `clippings extract -` has read such lines: the title above
        // the text, unless the text starts with it.
        let text = match &found.known.headline {
            Some(title) if !found.text.trim_start().starts_with(title.as_str()) => {
                format!("{title}\n\n{}", found.text)
            }
            _ => found.text,
        };
        let sha256 = hex_sha256(text.as_bytes());
        let row = carried.row.as_ref().map(crate::import::entry_json);
        if (cx.unchanged)(&carried.path, &sha256, row.as_deref()) {
            return Item::Unchanged;
        }
        let decoded = match clippings_extract::decode::decode(text.as_bytes()) {
            Ok(decoded) => decoded,
            Err(e) => {
                return Item::Bad {
                    at: at.to_string(),
                    reason: e.to_string(),
                };
            }
        };
        return Item::Article(Box::new(Article {
            format: Format::Text,
            key: None,
            position: Some(position),
            byte_offset: None,
            sha256,
            encoding: decoded.encoding.to_string(),
            text: decoded.text,
            roles: None,
            known: Known::default(),
            carried: Some(carried),
        }));
    }
    let key = found
        .key
        .unwrap_or_else(|| format!("{container}#{}", at.replace(' ', "-")));
    let sha256 = hex_sha256(hashed);
    if (cx.unchanged)(&key, &sha256, None) {
        return Item::Unchanged;
    }
    let (text, roles) = record_text(&found.text);
    Item::Article(Box::new(Article {
        format,
        key: Some(key),
        position: Some(position),
        byte_offset: None,
        sha256,
        encoding: "utf-8".into(),
        text,
        roles: Some(roles),
        known: found.known,
        carried: None,
    }))
}

/// A record's text field as the article's lines, each a body block.
pub fn record_text(text: &str) -> (String, Vec<BlockRole>) {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let roles = vec![BlockRole::Body; text.split('\n').count()];
    (text, roles)
}

/// Blocks as the stored text, one a line with a blank line between, and
/// the role of each line of it (the blank lines' roles are never read).
pub fn blocks_text(blocks: &[(String, BlockRole)]) -> (String, Vec<BlockRole>) {
    let mut text = String::new();
    let mut roles = Vec::with_capacity(blocks.len() * 2);
    for (i, (block, role)) in blocks.iter().enumerate() {
        if i > 0 {
            text.push_str("\n\n");
            roles.push(BlockRole::Body);
        }
        text.push_str(block);
        roles.push(*role);
    }
    (text, roles)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_name_and_by_content() {
        let by = |n: &str| Format::by_name(Path::new(n));
        assert_eq!(by("a.txt"), Some(Format::Text));
        assert_eq!(by("a.HTML.gz"), Some(Format::Html));
        assert_eq!(by("crawl.warc.gz"), Some(Format::Warc));
        assert_eq!(by("x.ndjson"), Some(Format::Jsonl));
        assert_eq!(by("x.tsv"), Some(Format::Csv));
        assert_eq!(by("notes.md"), None);
        assert_eq!(by("README"), None);
        assert_eq!(Format::sniff(b"WARC/1.1\r\n"), Format::Warc);
        assert_eq!(Format::sniff(b"  <!DOCTYPE html><html>"), Format::Html);
        assert_eq!(Format::sniff(b"{\"title\": 1}\n"), Format::Jsonl);
        assert_eq!(Format::sniff(b"Harbour plan approved\n"), Format::Text);
    }

    #[test]
    fn blocks_become_lines_with_their_roles() {
        let (text, roles) = blocks_text(&[
            ("One.".into(), BlockRole::Body),
            ("A caption".into(), BlockRole::Caption),
        ]);
        assert_eq!(text, "One.\n\nA caption");
        assert_eq!(text.split('\n').count(), roles.len());
        assert_eq!(roles[2], BlockRole::Caption);
    }

    mod properties {
        //! The web page and WARC readers take any bytes: no panic, no
        //! runaway time, and what they give is consistent (a role per
        //! line; an extraction whose offsets hold).

        use super::super::*;
        use clippings_extract::{Block, Content, Input};
        use proptest::prelude::*;
        use std::time::{Duration, Instant};

        fn soup() -> impl Strategy<Value = String> {
            let parts = prop_oneof![
                Just("<p>"),
                Just("</p>"),
                Just("<div class=\"article-body\">"),
                Just("</div>"),
                Just("<figure><figcaption>"),
                Just("</figcaption></figure>"),
                Just("<blockquote class=\"pull-quote\">"),
                Just("</blockquote>"),
                Just("<h2>"),
                Just("</h2>"),
                Just("<br>"),
                Just("<script>var x = '</p>';</script>"),
                Just("<meta property=\"og:title\" content=\"A &amp; B\">"),
                Just(
                    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"@id\":\"#a\"}],"
                ),
                Just("The council met on Monday and approved the plan after a long debate. "),
                Just("\u{201c}We will start in May,\u{201d} said Mayor Ana Ruiz. "),
                Just("&#8220;&amp;&#x2014;&nbsp;"),
                Just("<table><tr><td>"),
                Just("\u{e9}t\u{e9} \u{2014} "),
                Just("<"),
                Just(">"),
            ];
            proptest::collection::vec(parts, 0..120).prop_map(|p| p.concat())
        }

        fn check_page(bytes: &[u8]) -> Result<(), TestCaseError> {
            let started = Instant::now();
            let page = html::read_page(bytes, None, Some("https://e.org/a"));
            prop_assert!(started.elapsed() < Duration::from_secs(10));
            if let Some(roles) = &page.roles {
                prop_assert_eq!(roles.len(), page.text.split('\n').count());
                let blocks: Vec<Block> = page
                    .text
                    .split('\n')
                    .zip(roles)
                    .map(|(text, role)| Block {
                        text: text.to_string(),
                        role: *role,
                    })
                    .collect();
                let x = clippings_extract::extract_input(&Input {
                    content: Content::Blocks(&blocks),
                    known: &page.known,
                });
                prop_assert!(x.check_invariants().is_ok(), "{:?}", x.check_invariants());
            }
            Ok(())
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(48))]

            #[test]
            fn a_page_of_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..3000)) {
                check_page(&bytes)?;
            }

            #[test]
            fn a_page_of_tag_soup(html in soup()) {
                check_page(html.as_bytes())?;
            }

            #[test]
            fn an_archive_cut_or_corrupted_anywhere(
                html in soup(),
                cut in any::<prop::sample::Index>(),
                flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..4),
            ) {
                let mut data = warc::tests::warc_record(
                    "response",
                    "https://e.org/a",
                    "application/http; msgtype=response",
                    &warc::tests::http_response("text/html", &html),
                );
                data.extend(warc::tests::warc_record("request", "https://e.org/a", "application/http", b"GET / HTTP/1.1\r\n\r\n"));
                for (at, byte) in flips {
                    let i = at.index(data.len());
                    data[i] = byte;
                }
                data.truncate(cut.index(data.len() + 1));
                let fields = FieldMap::default();
                let cx = Context { fields: &fields, unchanged: &|_, _, _| false };
                let started = Instant::now();
                let mut items = 0;
                let _ = warc::read(
                    Box::new(std::io::Cursor::new(data)),
                    &cx,
                    &mut |_| {
                        items += 1;
                        true
                    },
                );
                prop_assert!(started.elapsed() < Duration::from_secs(10));
                prop_assert!(items <= 4);
            }
        }
    }
}

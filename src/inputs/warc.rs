//! WARC archives (`.warc`, `.warc.gz`): every HTML response record is an
//! article, read as a saved web page ([`super::html`]) with its URL from
//! `WARC-Target-URI` and, where the page gives no date, the capture date
//! (`WARC-Date`) as a marked fallback. Other records (requests, metadata,
//! images, redirects) are skipped and counted. The archive is streamed:
//! one record's payload is in memory at a time.

use std::collections::HashMap;
use std::io::{self, BufRead, Read};

use clippings_extract::decode::MAX_ARTICLE_BYTES;

use super::jsonl::read_line_limited;
use super::{Article, Context, Format, Item, hex_sha256, html, read_limited};

/// The most a WARC or HTTP header line may be.
const MAX_LINE: u64 = 64 << 10;

/// Counts the bytes read through it: a record's offset in the archive.
struct Counting<R> {
    inner: R,
    count: u64,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counting<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        self.count += amt as u64;
        self.inner.consume(amt);
    }
}

pub fn read(
    reader: Box<dyn BufRead + Send>,
    cx: &Context<'_>,
    emit: &mut dyn FnMut(Item) -> bool,
) -> Result<(), String> {
    let mut r = Counting {
        inner: reader,
        count: 0,
    };
    let mut number = 0u64;
    let mut line = Vec::new();
    let mut lost = false;
    loop {
        let offset = r.count;
        line.clear();
        let (read, _) = read_line_limited(&mut r, &mut line, MAX_LINE)
            .map_err(|e| format!("cannot read it at byte {offset}: {e}"))?;
        if read == 0 {
            return Ok(());
        }
        let trimmed = line.trim_ascii();
        if trimmed.is_empty() {
            continue;
        }
        if !trimmed.starts_with(b"WARC/") {
            // Not where a record starts: say so once, then look for the next.
            if !lost {
                lost = true;
                if !emit(Item::Bad {
                    at: format!("byte {offset}"),
                    reason: "not the start of a WARC record; looking for the next one".into(),
                }) {
                    return Ok(());
                }
            }
            continue;
        }
        lost = false;
        number += 1;
        let headers = read_headers(&mut r)
            .map_err(|e| format!("cannot read record {number}'s header: {e}"))?;
        let Some(length) = headers
            .get("content-length")
            .and_then(|l| l.trim().parse::<u64>().ok())
        else {
            lost = true;
            if !emit(Item::Bad {
                at: format!("record {number} (byte {offset})"),
                reason: "no Content-Length; looking for the next record".into(),
            }) {
                return Ok(());
            }
            continue;
        };
        let mut block = (&mut r).take(length);
        let item = record(&mut block, &headers, number, offset, cx);
        // Whatever the record's reading left of its block.
        io::copy(&mut block, &mut io::sink())
            .map_err(|e| format!("cannot read record {number}: {e}"))?;
        if block.limit() > 0 {
            return Err(format!(
                "record {number} is cut short: the file ends inside it"
            ));
        }
        if let Some(item) = item {
            if !emit(item) {
                return Ok(());
            }
        }
    }
}

/// Header lines up to a blank one, names in lower case.
fn read_headers(r: &mut dyn BufRead) -> io::Result<HashMap<String, String>> {
    let mut headers = HashMap::new();
    let mut line = Vec::new();
    for _ in 0..512 {
        line.clear();
        let (read, _) = read_line_limited(r, &mut line, MAX_LINE)?;
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if read == 0 || text.is_empty() {
            break;
        }
        if let Some((name, value)) = text.split_once(':') {
            headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_string());
        }
    }
    Ok(headers)
}

/// One record as an item; `None` for nothing to count.
fn record(
    block: &mut dyn BufRead,
    headers: &HashMap<String, String>,
    number: u64,
    offset: u64,
    cx: &Context<'_>,
) -> Option<Item> {
    let kind = headers
        .get("warc-type")
        .map(|t| t.to_ascii_lowercase())
        .unwrap_or_default();
    let content_type = headers
        .get("content-type")
        .map(|t| t.to_ascii_lowercase())
        .unwrap_or_default();
    let bad = |reason: String| {
        Some(Item::Bad {
            at: format!("record {number} (byte {offset})"),
            reason,
        })
    };
    let (charset, encoding, chunked) = match kind.as_str() {
        "response" if content_type.starts_with("application/http") => {
            let http = match read_headers_with_status(block) {
                Ok(h) => h,
                Err(e) => return bad(format!("cannot read its HTTP response: {e}")),
            };
            let (status, http) = http;
            if !(200..300).contains(&status) {
                return Some(Item::Skipped(
                    "WARC response other than 2xx (redirect, error)".into(),
                ));
            }
            let page_type = http.get("content-type").cloned().unwrap_or_default();
            if !is_html(&page_type) {
                return Some(Item::Skipped("WARC response not an HTML page".into()));
            }
            (
                charset_of(&page_type),
                http.get("content-encoding").map(|e| e.to_ascii_lowercase()),
                http.get("transfer-encoding")
                    .is_some_and(|t| t.to_ascii_lowercase().contains("chunked")),
            )
        }
        "resource" | "response" if is_html(&content_type) => {
            (charset_of(&content_type), None, false)
        }
        "resource" | "response" => {
            return Some(Item::Skipped(format!(
                "WARC {kind} record not an HTML page"
            )));
        }
        "" => return Some(Item::Skipped("WARC record without a WARC-Type".into())),
        other => return Some(Item::Skipped(format!("WARC {other} record"))),
    };
    let mut payload = match read_limited(block, MAX_ARTICLE_BYTES) {
        Ok(p) => p,
        Err(e) => return bad(e),
    };
    if chunked {
        payload = dechunk(&payload).unwrap_or(payload);
    }
    match encoding.as_deref() {
        Some("gzip" | "x-gzip") => {
            let mut out = Vec::new();
            let decoder = flate2::read::MultiGzDecoder::new(&payload[..]);
            if let Err(e) = decoder.take(MAX_ARTICLE_BYTES).read_to_end(&mut out) {
                return bad(format!("cannot gunzip its page: {e}"));
            }
            payload = out;
        }
        Some("deflate") => {
            let mut out = Vec::new();
            let decoder = flate2::read::ZlibDecoder::new(&payload[..]);
            if decoder
                .take(MAX_ARTICLE_BYTES)
                .read_to_end(&mut out)
                .is_err()
            {
                out.clear();
                let raw = flate2::read::DeflateDecoder::new(&payload[..]);
                if let Err(e) = raw.take(MAX_ARTICLE_BYTES).read_to_end(&mut out) {
                    return bad(format!("cannot inflate its page: {e}"));
                }
            }
            payload = out;
        }
        Some("br") => {
            return bad("its page is Brotli-compressed, which clippings cannot read".into());
        }
        _ => {}
    }
    if payload.trim_ascii().is_empty() {
        return Some(Item::Skipped("WARC response with an empty page".into()));
    }
    let url = headers
        .get("warc-target-uri")
        .map(|u| u.trim_matches(['<', '>']).to_string())
        .filter(|u| !u.is_empty());
    let sha256 = hex_sha256(&payload);
    let key = url
        .clone()
        .unwrap_or_else(|| format!("warc record {number} at byte {offset}"));
    if (cx.unchanged)(&key, &sha256, None) {
        return Some(Item::Unchanged);
    }
    let page = html::read_page(&payload, charset.as_deref(), url.as_deref());
    let mut known = page.known;
    if known.published.is_none() {
        if let Some(date) = headers.get("warc-date") {
            known.published = Some(date.clone());
            known.published_is_capture = true;
        }
    }
    Some(Item::Article(Box::new(Article {
        format: Format::Warc,
        key: Some(key),
        position: Some(number),
        byte_offset: Some(offset),
        sha256,
        encoding: page.encoding,
        text: page.text,
        roles: page.roles,
        known,
        carried: None,
    })))
}

fn is_html(content_type: &str) -> bool {
    let t = content_type.to_ascii_lowercase();
    t.starts_with("text/html") || t.starts_with("application/xhtml")
}

fn charset_of(content_type: &str) -> Option<String> {
    content_type
        .split(';')
        .skip(1)
        .find_map(|p| p.trim().strip_prefix("charset="))
        .map(|c| c.trim_matches(['"', '\'']).to_string())
}

/// An HTTP response's status and headers.
fn read_headers_with_status(r: &mut dyn BufRead) -> io::Result<(u16, HashMap<String, String>)> {
    let mut line = Vec::new();
    read_line_limited(r, &mut line, MAX_LINE)?;
    let status_line = String::from_utf8_lossy(&line);
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("not an HTTP status line: {:?}", status_line.trim()),
            )
        })?;
    Ok((status, read_headers(r)?))
}

/// A body sent in chunks, joined; `None` when it is not well formed.
fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let end = rest.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(&rest[..end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        rest = &rest[end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(rest.get(..size)?);
        rest = rest.get(size..)?;
        rest = rest.strip_prefix(b"\r\n").unwrap_or(rest);
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::inputs::FieldMap;

    /// A WARC record as bytes.
    pub fn warc_record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
        let mut out = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-02-03T04:05:06Z\r\nWARC-Record-ID: <urn:uuid:x>\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        out.extend_from_slice(block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    pub fn http_response(content_type: &str, body: &str) -> Vec<u8> {
        format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n{body}").into_bytes()
    }

    fn page(n: usize) -> String {
        format!(
            "<html><head><title>Story {n}</title></head><body><article><p>The council met on Monday for the {n}th time and approved the plan after a long debate about money.</p><p>Officials said the work would start in May and end within two years, at a cost of forty million pounds.</p></article></body></html>"
        )
    }

    fn run(data: impl Read + Send + 'static, stop_after: usize) -> Vec<Item> {
        let fields = FieldMap::default();
        let cx = Context {
            fields: &fields,
            unchanged: &|_, _, _| false,
        };
        let mut out = Vec::new();
        read(Box::new(io::BufReader::new(data)), &cx, &mut |item| {
            out.push(item);
            out.len() < stop_after
        })
        .unwrap();
        out
    }

    #[test]
    fn html_responses_are_articles_and_the_rest_is_counted() {
        let mut data = warc_record(
            "warcinfo",
            "",
            "application/warc-fields",
            b"software: x\r\n",
        );
        data.extend(warc_record(
            "request",
            "https://e.org/a",
            "application/http; msgtype=request",
            b"GET /a HTTP/1.1\r\n\r\n",
        ));
        let first_offset = data.len() as u64;
        data.extend(warc_record(
            "response",
            "https://e.org/a",
            "application/http; msgtype=response",
            &http_response("text/html; charset=utf-8", &page(1)),
        ));
        data.extend(warc_record(
            "response",
            "https://e.org/logo.png",
            "application/http; msgtype=response",
            &http_response("image/png", "\u{89}PNG"),
        ));
        data.extend(warc_record(
            "metadata",
            "https://e.org/a",
            "application/warc-fields",
            b"x: y\r\n",
        ));
        let items = run(io::Cursor::new(data), usize::MAX);
        let mut articles = Vec::new();
        let mut skipped = Vec::new();
        for item in items {
            match item {
                Item::Article(a) => articles.push(a),
                Item::Skipped(why) => skipped.push(why),
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(
            skipped,
            [
                "WARC warcinfo record",
                "WARC request record",
                "WARC response not an HTML page",
                "WARC metadata record"
            ]
        );
        assert_eq!(articles.len(), 1);
        let a = &articles[0];
        assert_eq!(a.key.as_deref(), Some("https://e.org/a"));
        assert_eq!(a.position, Some(3));
        assert_eq!(a.byte_offset, Some(first_offset));
        assert_eq!(a.known.url.as_deref(), Some("https://e.org/a"));
        // The page gives no date: the capture date stands in, marked.
        assert_eq!(a.known.published.as_deref(), Some("2024-02-03T04:05:06Z"));
        assert!(a.known.published_is_capture);
        assert!(a.text.contains("approved the plan"), "{}", a.text);
    }

    /// An endless archive: records made as they are read.
    struct Endless {
        pending: Vec<u8>,
        made: usize,
    }

    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.pending.is_empty() {
                self.made += 1;
                assert!(self.made < 1000, "the reader asked for the whole archive");
                self.pending = warc_record(
                    "response",
                    &format!("https://e.org/{}", self.made),
                    "application/http; msgtype=response",
                    &http_response("text/html", &page(self.made)),
                );
            }
            let n = buf.len().min(self.pending.len());
            buf[..n].copy_from_slice(&self.pending[..n]);
            self.pending.drain(..n);
            Ok(n)
        }
    }

    #[test]
    fn an_archive_is_streamed_not_read_whole() {
        let items = run(
            Endless {
                pending: Vec::new(),
                made: 0,
            },
            5,
        );
        assert_eq!(items.len(), 5);
        assert!(items.iter().all(|i| matches!(i, Item::Article(_))));
    }

    #[test]
    fn chunked_and_gzipped_payloads() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n").as_deref(),
            Some(&b"Wikipedia"[..])
        );
        assert_eq!(dechunk(b"zz\r\n"), None);
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        io::Write::write_all(&mut gz, page(7).as_bytes()).unwrap();
        let body = gz.finish().unwrap();
        let mut block =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"
                .to_vec();
        block.extend(body);
        let data = warc_record(
            "response",
            "https://e.org/7",
            "application/http; msgtype=response",
            &block,
        );
        let items = run(io::Cursor::new(data), usize::MAX);
        let Item::Article(a) = &items[0] else {
            panic!("{items:?}")
        };
        assert!(a.text.contains("7th time"));
    }

    #[test]
    fn garbage_between_records_is_reported_once() {
        let mut data = b"junk\r\nmore junk\r\n".to_vec();
        data.extend(warc_record(
            "response",
            "https://e.org/a",
            "application/http; msgtype=response",
            &http_response("text/html", &page(1)),
        ));
        let items = run(io::Cursor::new(data), usize::MAX);
        assert_eq!(items.len(), 2, "{items:?}");
        assert!(matches!(&items[0], Item::Bad { at, .. } if at == "byte 0"));
        assert!(matches!(&items[1], Item::Article(_)));
    }
}

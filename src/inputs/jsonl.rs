//! JSON lines (`.jsonl`, `.ndjson`): one record a line, read line by line,
//! each an article (see [`super::fields`] for the names recognised). A
//! `.json` file may also hold one object (news-please writes one per
//! article, over several lines), objects one after another, or an array of
//! them. A line that cannot be read is reported by its number and the rest
//! go on.

use std::collections::HashMap;
use std::io::{BufRead, Read};

use clippings_extract::decode::MAX_ARTICLE_BYTES;
use serde_json::Value as Json;

use super::fields::{self, Value};
use super::{Context, Format, Item, read_limited, record_item};

/// The most a `.json` array may hold: it is read whole.
const MAX_ARRAY_BYTES: u64 = 256 << 20;

pub fn read(
    reader: Box<dyn BufRead + Send>,
    container: &str,
    cx: &Context<'_>,
    emit: &mut dyn FnMut(Item) -> bool,
) -> Result<(), String> {
    // A file whose first record has no article text is not a file of
    // articles (an index, a settings file): passed over whole, not failed
    // record by record.
    let mut first_record = true;
    let mut guarded = |item: Item| {
        let first = std::mem::replace(&mut first_record, false);
        if first {
            if let Item::Bad { reason, .. } = &item {
                if reason.starts_with(fields::NO_TEXT) {
                    emit(Item::Skipped("JSON without article text".into()));
                    return false;
                }
            }
        }
        emit(item)
    };
    read_records(reader, container, cx, &mut guarded)
}

/// Reads every record, reporting each one without article text (what
/// [`read`] does but for passing over a file whose first record has
/// none): for stdin, whose every line is meant as an article.
pub fn read_records(
    mut reader: Box<dyn BufRead + Send>,
    container: &str,
    cx: &Context<'_>,
    emit: &mut dyn FnMut(Item) -> bool,
) -> Result<(), String> {
    let mut line = Vec::new();
    let mut number = 0u64;
    let mut first = true;
    loop {
        line.clear();
        let (read, too_long) = read_line_limited(&mut *reader, &mut line, MAX_ARTICLE_BYTES)
            .map_err(|e| format!("cannot read line {}: {e}", number + 1))?;
        if read == 0 {
            return Ok(());
        }
        number += 1;
        if too_long {
            if !emit(Item::Bad {
                at: format!("line {number}"),
                reason: format!(
                    "longer than {} MB, the most one article may be",
                    MAX_ARTICLE_BYTES >> 20
                ),
            }) {
                return Ok(());
            }
            continue;
        }
        let bytes = trim_line(&line);
        if bytes.is_empty() {
            continue;
        }
        if first {
            first = false;
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            if bytes.starts_with(b"[") {
                let mut whole = line.clone();
                whole.extend(read_limited(&mut reader, MAX_ARRAY_BYTES)?);
                return read_array(&whole, container, cx, emit);
            }
            match serde_json::from_slice::<Json>(bytes) {
                Ok(value) if is_extract_header(&value) => {
                    emit(Item::Skipped(
                        "clippings extract output (name it on the command line to import it)"
                            .into(),
                    ));
                    return Ok(());
                }
                // One object over several lines, or several such objects.
                Err(e) if e.is_eof() => {
                    let rest = std::io::Cursor::new(line.clone()).chain(reader);
                    return read_stream(rest, container, cx, emit);
                }
                _ => {}
            }
            if !emit(record_from_bytes(
                bytes,
                &format!("line {number}"),
                number,
                container,
                cx,
            )) {
                return Ok(());
            }
            continue;
        }
        if !emit(record_from_bytes(
            bytes,
            &format!("line {number}"),
            number,
            container,
            cx,
        )) {
            return Ok(());
        }
    }
}

fn is_extract_header(value: &Json) -> bool {
    value.get("format").and_then(Json::as_str) == Some("clippings-extract")
}

/// Objects one after another, however laid out; numbered from 1.
fn read_stream(
    reader: impl Read,
    container: &str,
    cx: &Context<'_>,
    emit: &mut dyn FnMut(Item) -> bool,
) -> Result<(), String> {
    let stream = serde_json::Deserializer::from_reader(reader).into_iter::<Json>();
    for (i, value) in stream.enumerate() {
        let number = i as u64 + 1;
        let at = format!("record {number}");
        let item = match value {
            Ok(value) => {
                let bytes = serde_json::to_vec(&value).unwrap_or_default();
                record(&value, &bytes, &at, number, container, cx)
            }
            Err(e) => {
                emit(Item::Bad {
                    at,
                    reason: format!("not JSON: {e}"),
                });
                // The stream cannot find its feet again after bad JSON.
                return Ok(());
            }
        };
        if !emit(item) {
            return Ok(());
        }
    }
    Ok(())
}

fn read_array(
    bytes: &[u8],
    container: &str,
    cx: &Context<'_>,
    emit: &mut dyn FnMut(Item) -> bool,
) -> Result<(), String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let values: Vec<Json> =
        serde_json::from_slice(bytes).map_err(|e| format!("not a JSON array of records: {e}"))?;
    for (i, value) in values.iter().enumerate() {
        let number = i as u64 + 1;
        let encoded = serde_json::to_vec(value).unwrap_or_default();
        if !emit(record(
            value,
            &encoded,
            &format!("record {number}"),
            number,
            container,
            cx,
        )) {
            break;
        }
    }
    Ok(())
}

fn record_from_bytes(
    bytes: &[u8],
    at: &str,
    number: u64,
    container: &str,
    cx: &Context<'_>,
) -> Item {
    match serde_json::from_slice::<Json>(bytes) {
        Ok(value) => record(&value, bytes, at, number, container, cx),
        Err(e) => Item::Bad {
            at: at.to_string(),
            reason: format!("not JSON: {e}"),
        },
    }
}

/// One JSON record as an article; `bytes` are what its hash is of.
fn record(
    value: &Json,
    bytes: &[u8],
    at: &str,
    number: u64,
    container: &str,
    cx: &Context<'_>,
) -> Item {
    let Some(object) = value.as_object() else {
        return Item::Bad {
            at: at.to_string(),
            reason: "not a JSON object".into(),
        };
    };
    let by_name: HashMap<String, &Json> =
        object.iter().map(|(k, v)| (k.to_lowercase(), v)).collect();
    let get = |name: &str| by_name.get(&name.to_lowercase()).and_then(|v| to_value(v));
    match fields::article(cx.fields, &get) {
        Ok(found) => record_item(found, Format::Jsonl, number, bytes, at, container, cx),
        Err(reason) => Item::Bad {
            at: at.to_string(),
            reason,
        },
    }
}

fn to_value(value: &Json) -> Option<Value> {
    let one = |v: &Json| match v {
        Json::String(s) => Some(s.clone()),
        Json::Number(n) => Some(n.to_string()),
        Json::Bool(b) => Some(b.to_string()),
        Json::Object(o) => o.get("name").and_then(Json::as_str).map(String::from),
        _ => None,
    };
    match value {
        Json::Null => Some(Value::Null),
        Json::Array(items) => Some(Value::List(items.iter().filter_map(one).collect())),
        other => one(other).map(Value::Text),
    }
}

/// A line without its end (`\n`, `\r\n`).
fn trim_line(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    line.trim_ascii()
}

/// Reads one line into `buf`, keeping at most `limit` bytes of it (the
/// rest of a longer line is read past, not kept). Gives the bytes read and
/// whether the line was longer than the limit.
pub fn read_line_limited(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    limit: u64,
) -> std::io::Result<(usize, bool)> {
    let mut total = 0usize;
    let mut too_long = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((total, too_long));
        }
        let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..=i], true),
            None => (available, false),
        };
        let length = chunk.len();
        if !too_long && (buf.len() + length) as u64 <= limit {
            buf.extend_from_slice(chunk);
        } else {
            too_long = true;
            buf.clear();
        }
        reader.consume(length);
        total += length;
        if done {
            return Ok((total, too_long));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::FieldMap;

    fn items(data: &[u8]) -> Vec<Item> {
        let fields = FieldMap::default();
        let cx = Context {
            fields: &fields,
            unchanged: &|_, _, _| false,
        };
        let mut out = Vec::new();
        read(
            Box::new(std::io::Cursor::new(data.to_vec())),
            "/c/x.jsonl",
            &cx,
            &mut |item| {
                out.push(item);
                true
            },
        )
        .unwrap();
        out
    }

    fn summary(items: &[Item]) -> Vec<String> {
        items
            .iter()
            .map(|i| match i {
                Item::Article(a) => format!(
                    "{} {:?} {:?}",
                    a.position.unwrap(),
                    a.key.as_deref(),
                    a.known.headline.as_deref()
                ),
                Item::Bad { at, reason } => format!("bad {at}: {reason}"),
                Item::Skipped(why) => format!("skipped: {why}"),
                Item::Unchanged => "unchanged".into(),
            })
            .collect()
    }

    #[test]
    fn lines_with_a_bad_one_between() {
        let got = items(
            b"{\"title\": \"A\", \"text\": \"One.\", \"url\": \"https://e.org/a\"}\n\n{not json\n[1]\r\n{\"title\": \"B\", \"text\": \"Two.\"}\n",
        );
        let got = summary(&got);
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(got[0], "1 Some(\"https://e.org/a\") Some(\"A\")");
        assert!(got[1].starts_with("bad line 3: not JSON"), "{got:?}");
        assert_eq!(got[2], "bad line 4: not a JSON object");
        assert_eq!(got[3], "5 Some(\"/c/x.jsonl#line-5\") Some(\"B\")");
    }

    #[test]
    fn one_object_over_several_lines_and_arrays() {
        let got = summary(&items(
            b"{\n  \"title\": \"A\",\n  \"maintext\": \"One.\"\n}\n{\"title\": \"B\", \"maintext\": \"Two.\"}",
        ));
        assert_eq!(
            got,
            [
                "1 Some(\"/c/x.jsonl#record-1\") Some(\"A\")",
                "2 Some(\"/c/x.jsonl#record-2\") Some(\"B\")"
            ]
        );
        let got = summary(&items(
            b"[{\"title\": \"A\", \"text\": \"x\", \"id\": 7}, {\"title\": \"B\"}]",
        ));
        assert_eq!(
            summary(&items(b"[{\"page\": \"a.html\"}, {\"page\": \"b.html\"}]")),
            ["skipped: JSON without article text"]
        );
        assert_eq!(got[0], "1 Some(\"id:7\") Some(\"A\")");
        assert!(
            got[1].starts_with("bad record 2: no article text"),
            "{got:?}"
        );
    }

    #[test]
    fn extract_output_is_passed_over() {
        let got = summary(&items(
            b"{\"format\":\"clippings-extract\",\"version\":1}\n{\"source\":{}}\n",
        ));
        assert_eq!(got.len(), 1);
        assert!(got[0].starts_with("skipped: clippings extract"));
    }

    /// Endless JSON lines, made as they are read.
    struct Endless(usize, Vec<u8>);

    impl std::io::Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.1.is_empty() {
                self.0 += 1;
                assert!(self.0 < 10_000, "the reader asked for the whole file");
                self.1 = format!(
                    "{{\"title\": \"Story {0}\", \"text\": \"Body {0}.\", \"url\": \"https://e.org/{0}\"}}\n",
                    self.0
                )
                .into_bytes();
            }
            let n = buf.len().min(self.1.len());
            buf[..n].copy_from_slice(&self.1[..n]);
            self.1.drain(..n);
            Ok(n)
        }
    }

    #[test]
    fn json_lines_are_streamed_not_read_whole() {
        let fields = FieldMap::default();
        let cx = Context {
            fields: &fields,
            unchanged: &|_, _, _| false,
        };
        let mut seen = 0;
        read(
            Box::new(std::io::BufReader::new(Endless(0, Vec::new()))),
            "/c/x.jsonl",
            &cx,
            &mut |item| {
                assert!(matches!(item, Item::Article(_)));
                seen += 1;
                seen < 5
            },
        )
        .unwrap();
        assert_eq!(seen, 5);
    }

    #[test]
    fn a_line_past_the_limit_is_read_past() {
        let mut reader = std::io::Cursor::new(b"abcdefgh\nxy\n".to_vec());
        let mut buf = Vec::new();
        assert_eq!(
            read_line_limited(&mut reader, &mut buf, 4).unwrap(),
            (9, true)
        );
        buf.clear();
        assert_eq!(
            read_line_limited(&mut reader, &mut buf, 4).unwrap(),
            (3, false)
        );
        assert_eq!(buf, b"xy\n");
    }
}

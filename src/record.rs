//! The JSON lines `clippings extract` writes: a header line naming the
//! format, then one record per article — where it came from and what the
//! extractor found in it — exactly what `clippings import` stores for it.

use clippings_extract::Extraction;
use clippings_store::Provenance;
use serde::{Deserialize, Serialize};

/// The name the header line gives the format.
pub const FORMAT: &str = "clippings-extract";
/// The version of the record layout; a reader refuses other versions.
pub const VERSION: u32 = 1;

/// The first line of a stream.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub format: String,
    pub version: u32,
    /// The clippings release that wrote it.
    pub clippings: String,
}

impl Header {
    pub fn current() -> Header {
        Header {
            format: FORMAT.to_string(),
            version: VERSION,
            clippings: env!("CARGO_PKG_VERSION").to_string(),
        }
    }
}

/// One article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub source: Provenance,
    pub extraction: Extraction,
}

/// What a line of a stream is.
#[derive(Debug)]
pub enum Line {
    /// A header: the start of a stream, or of another one appended to it
    /// (`cat part-* | clippings import -`).
    Header,
    Record(Box<Record>),
}

/// Why a stream cannot be read at all.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    #[error(
        "{origin}: written in version {found} of the clippings-extract format (by clippings {clippings}); \
         this clippings reads version {VERSION}: extract the articles again with this clippings, \
         or import them with the release that wrote them"
    )]
    Version {
        origin: String,
        found: u32,
        clippings: String,
    },
    #[error(
        "{origin}: the first line is not the header `clippings extract` writes \
         ({{\"format\":\"clippings-extract\",\"version\":{VERSION},…}}); \
         `clippings import -` reads what `clippings extract` writes"
    )]
    NoHeader { origin: String },
    #[error("{origin}: cannot read it: {source}")]
    Read {
        origin: String,
        source: std::io::Error,
    },
}

/// Whether a line is a header of this format: `Some(Ok)` for one this
/// build reads, `Some(Err)` for another version, `None` for anything else.
pub fn header(line: &str, origin: &str) -> Option<Result<(), StreamError>> {
    // A record line starts with `{"source"`; a header is short.
    if line.len() > 4096 || !line.trim_start().starts_with('{') {
        return None;
    }
    let value: serde_json::Value = serde_json::from_str(line).ok()?;
    if value.get("format")?.as_str()? != FORMAT {
        return None;
    }
    let found = value
        .get("version")
        .and_then(serde_json::Value::as_u64)
        .unwrap_or(0);
    Some(if found == u64::from(VERSION) {
        Ok(())
    } else {
        Err(StreamError::Version {
            origin: origin.to_string(),
            found: u32::try_from(found).unwrap_or(u32::MAX),
            clippings: value
                .get("clippings")
                .and_then(serde_json::Value::as_str)
                .unwrap_or("?")
                .to_string(),
        })
    })
}

/// Reads one line after the header: another header, or a record whose
/// extraction holds together (its offsets lie in its body).
pub fn parse_line(line: &str, origin: &str) -> Result<Line, String> {
    if let Some(header) = header(line, origin) {
        return header.map(|()| Line::Header).map_err(|e| e.to_string());
    }
    let record: Record =
        serde_json::from_str(line).map_err(|e| format!("not a clippings-extract record: {e}"))?;
    if record.source.path.is_empty() {
        return Err("the record's source has no path".into());
    }
    record
        .extraction
        .check_invariants()
        .map_err(|e| format!("the extraction does not hold together: {e}"))?;
    Ok(Line::Record(Box::new(record)))
}

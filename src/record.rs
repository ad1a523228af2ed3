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

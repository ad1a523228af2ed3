//! Plain text files: the whole page, for the layout stage to read.

use clippings_extract::{Known, decode};

use super::{Article, Format};

/// A text file's bytes as an article.
pub fn read(bytes: &[u8], sha256: String) -> Result<Article, String> {
    let decoded = decode::decode(bytes).map_err(|e| e.to_string())?;
    Ok(Article {
        format: Format::Text,
        key: None,
        position: None,
        byte_offset: None,
        sha256,
        encoding: decoded.encoding.to_string(),
        text: decoded.text,
        roles: None,
        known: Known::default(),
        carried: None,
    })
}

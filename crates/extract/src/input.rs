//! What an input format knows of an article before the extractor reads
//! it: the text — a whole page, or the article's own blocks — and the
//! metadata its container gives (a web page's JSON-LD and meta tags, a
//! JSON or CSV record's fields, a manifest row). Values the container
//! gives win over what the layout reads in the text, and the extraction
//! says where each date and outlet came from.

use serde::{Deserialize, Serialize};

/// One article as an input format gives it.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub content: Content<'a>,
    pub known: &'a Known,
}

impl<'a> Input<'a> {
    /// A page of plain text and nothing else.
    pub fn page(text: &'a str) -> Input<'a> {
        static NOTHING: Known = Known::NOTHING;
        Input {
            content: Content::Page(text),
            known: &NOTHING,
        }
    }
}

/// The text of an article.
#[derive(Debug, Clone, Copy)]
pub enum Content<'a> {
    /// A whole page as plain text: headline, header, furniture and body,
    /// which the layout stage tells apart.
    Page(&'a str),
    /// The article's blocks as its container marks them (a web page's main
    /// text; a record's text field, one block a line): no header to find,
    /// body blocks still checked for furniture.
    Blocks(&'a [Block]),
}

/// A paragraph-like piece of an article, with the role its markup gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub text: String,
    pub role: BlockRole,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockRole {
    Body,
    Subheading,
    Caption,
    PullQuote,
    Boilerplate,
}

/// Where a value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// Read in the article's text.
    Text,
    /// The web page's metadata (JSON-LD, OpenGraph, meta tags).
    Page,
    /// A field of a JSON or CSV record.
    Record,
    /// A row of the folder's manifest.
    Manifest,
    /// When a crawler captured the page (a WARC record's date): a
    /// fallback for a publication date the page does not give.
    Capture,
}

/// Metadata an article's container gives; `None` where it says nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Known {
    pub headline: Option<String>,
    pub standfirst: Option<String>,
    pub authors: Option<Vec<String>>,
    /// ISO 8601 or RFC 2822, with its time and offset where given.
    pub published: Option<String>,
    pub modified: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub section: Option<String>,
    pub language: Option<String>,
    /// Where these values came from.
    pub origin: Option<Origin>,
    /// The published date is the capture date, not the page's own.
    pub published_is_capture: bool,
}

impl Known {
    pub const NOTHING: Known = Known {
        headline: None,
        standfirst: None,
        authors: None,
        published: None,
        modified: None,
        outlet: None,
        url: None,
        section: None,
        language: None,
        origin: None,
        published_is_capture: false,
    };
}

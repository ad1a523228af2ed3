//! From an article's text to everything clippings stores about it: the
//! parsed article, its people and its quotations. Pure Rust, no SQLite:
//! the storage layer takes an [`Extraction`] as it is.

use crate::article::{self, Article, ExtraKind};
use crate::people::{self, People};
use crate::quotes::{self, Quote};

/// Everything extracted from one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Extraction {
    pub article: Article,
    pub people: People,
    pub quotes: Vec<Quote>,
}

/// Reads an article and extracts its people and quotations.
pub fn extract(text: &str) -> Extraction {
    let article = article::parse(text);
    let subheadings: Vec<&str> = article
        .extras
        .iter()
        .filter(|e| e.kind == ExtraKind::Subheading)
        .map(|e| e.text.as_str())
        .collect();
    let people = people::find(
        article.headline.as_deref(),
        article.standfirst.as_deref(),
        &subheadings,
        &article.body,
    );
    let quotes = quotes::extract(&article.body, &article.paragraphs, &people);
    Extraction {
        article,
        people,
        quotes,
    }
}

//! Bytes as an article file would hold them: decode them, extract from the
//! text, and check every offset the extraction hands back.
//!
//! The checks are those of `tests/properties.rs`:
//! - decoding never panics, and its text holds no CR and no NUL;
//! - every quotation's span lies in the body, forwards, on char boundaries;
//! - the body slice the span names is the quotation's text once quotation
//!   marks are set aside on both sides (the text drops continuation marks);
//! - the quotation's paragraph exists and its span starts inside it;
//! - every person mention's span lies in the body on char boundaries.
#![no_main]

use clippings_extract::decode::decode;
use clippings_extract::{Extraction, extract};
use libfuzzer_sys::fuzz_target;

/// The marks listed for the properties (" “ ” ' ‘ ’ « ») and the other
/// marks `quotes.rs` reads as quotation marks („ ‚ ‹ ›).
const QUOTE_MARKS: &[char] = &[
    '"', '\u{201c}', '\u{201d}', '\'', '\u{2018}', '\u{2019}', '\u{ab}', '\u{bb}', '\u{201e}',
    '\u{201a}', '\u{2039}', '\u{203a}',
];

fn without_marks(s: &str) -> String {
    s.chars().filter(|c| !QUOTE_MARKS.contains(c)).collect()
}

fn check(x: &Extraction) {
    let body = &x.article.body;
    let paragraphs = &x.article.paragraphs;
    for (i, p) in paragraphs.iter().enumerate() {
        assert!(
            p.start <= p.end && p.end <= body.len(),
            "paragraph {i} {p:?} outside body of {} bytes",
            body.len()
        );
        assert!(body.is_char_boundary(p.start) && body.is_char_boundary(p.end));
    }
    for (qi, q) in x.quotes.iter().enumerate() {
        let s = &q.span;
        assert!(s.start <= s.end, "quote {qi}: span {s:?} runs backwards");
        assert!(
            s.end <= body.len(),
            "quote {qi}: span {s:?} past body end {}",
            body.len()
        );
        assert!(
            body.is_char_boundary(s.start) && body.is_char_boundary(s.end),
            "quote {qi}: span {s:?} not on char boundaries"
        );
        let slice = &body[s.clone()];
        assert_eq!(
            without_marks(slice),
            without_marks(&q.text),
            "quote {qi}: body[{s:?}] = {slice:?} but text = {:?}",
            q.text
        );
        assert!(
            q.paragraph < paragraphs.len(),
            "quote {qi}: paragraph {} of {}",
            q.paragraph,
            paragraphs.len()
        );
        let para = &paragraphs[q.paragraph];
        assert!(
            para.start <= s.start && s.start <= para.end,
            "quote {qi}: span {s:?} does not start in paragraph {} {para:?}",
            q.paragraph
        );
    }
    for (mi, m) in x.people.mentions.iter().enumerate() {
        let s = &m.span;
        assert!(
            s.start <= s.end && s.end <= body.len(),
            "mention {mi}: span {s:?} outside body of {} bytes",
            body.len()
        );
        assert!(
            body.is_char_boundary(s.start) && body.is_char_boundary(s.end),
            "mention {mi}: span {s:?} not on char boundaries"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(decoded) = decode(data) {
        assert!(!decoded.text.contains('\r'), "decoded text holds a CR");
        assert!(!decoded.text.contains('\0'), "decoded text holds a NUL");
        check(&extract(&decoded.text));
    }
});

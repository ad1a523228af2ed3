//! Turns of a transcript: a paragraph opened by its speaker's name and a
//! colon, the words after it unquoted ("CLINTON: Honestly, I mean, I just
//! believe …", "Jake Tapper: Do you think …"). The name must be someone the
//! article names, in any case, and no one else's: "Q:", "Note:", "Update:"
//! or "Photo:" name no one and open no turn.

use std::ops::Range;

use super::{Quote, QuoteKind, Rule};
use crate::doc::Doc;
use crate::people::People;

/// The longest label read, in bytes ("Rep. Alexandria Ocasio-Cortez").
const LABEL_REACH: usize = 40;
/// Words a label may have.
const LABEL_WORDS: usize = 3;
/// Words a turn needs after its label: fewer is a caption or a list item.
const MIN_TURN_WORDS: usize = 4;

/// The turns of `doc`'s paragraphs that no quotation already covers.
pub fn turns(doc: &Doc<'_>, people: &People, quotes: &[Quote]) -> Vec<Quote> {
    if people.people.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (index, para) in doc.paragraphs.iter().enumerate() {
        let Some((label, said)) = turn_in(doc.body, para) else {
            continue;
        };
        let Some(person) = people.the_one_named(label) else {
            continue;
        };
        // A quotation the marks found already holds the words. The
        // quotations are in order of their starts: only those starting
        // before the turn ends are read, so the walk stays linear.
        let first = quotes.partition_point(|q| q.span.start < para.start);
        let before = quotes[..first].last();
        if before.is_some_and(|q| q.span.end > said.start)
            || quotes[first..]
                .iter()
                .take_while(|q| q.span.start < said.end)
                .any(|q| q.span.end > said.start)
        {
            continue;
        }
        out.push(Quote {
            text: doc.body[said.clone()].to_string(),
            span: said,
            paragraph: index,
            kind: QuoteKind::Direct,
            speaker: Some(person),
            organisation: None,
            unnamed: false,
            speaker_text: Some(label.to_string()),
            cue: None,
            rule: Rule::Transcript,
            within: None,
        });
    }
    out
}

/// The label and the byte range of what follows it, when `para` opens with
/// one to three capitalised words and a colon, and words follow unquoted.
fn turn_in<'a>(body: &'a str, para: &Range<usize>) -> Option<(&'a str, Range<usize>)> {
    let text = &body[para.clone()];
    let head = &text[..crate::text::floor_char_boundary(text, LABEL_REACH.min(text.len()))];
    let colon = head.find(':')?;
    let label = text[..colon].trim();
    let words: Vec<&str> = label.split_whitespace().collect();
    let name_like = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '\u{2019}'))
    };
    if words.is_empty() || words.len() > LABEL_WORDS || !words.iter().all(|w| name_like(w)) {
        return None;
    }
    let rest = &text[colon + 1..];
    let said = rest.trim();
    if said.starts_with(crate::doc::is_mark) || said.split_whitespace().count() < MIN_TURN_WORDS {
        return None;
    }
    let start = para.start + colon + 1 + (rest.len() - rest.trim_start().len());
    Some((label, start..start + said.len()))
}

//! Pull quotes: a paragraph set apart without marks, followed by a line
//! naming its speaker.

use std::ops::Range;

use crate::doc::Doc;
use crate::people::People;

use super::{Quote, QuoteKind, Rule};
use crate::doc::is_mark;

/// A paragraph set apart without marks, followed by a line naming its
/// speaker: `MS JANE DOE, at the launch.` or `— Jane Doe, on Twitter`.
pub(super) fn pull_quotes(doc: &Doc<'_>, people: &People, quotes: &[Quote]) -> Vec<Quote> {
    let (body, paragraphs) = (doc.body, doc.paragraphs);
    let mut out = Vec::new();
    let quoted: std::collections::HashSet<usize> = quotes.iter().map(|q| q.paragraph).collect();
    for (pi, para) in paragraphs.iter().enumerate().skip(1) {
        let text = &body[para.clone()];
        let dashed = text.starts_with(['\u{2014}', '\u{2013}', '-', '~']);
        let ws = doc.window(para.clone());
        let Some(first) = ws.first() else { continue };
        let shouting_name = first.is_shouting() && ws.get(1).is_some_and(|w| w.is_shouting());
        if !(dashed || shouting_name) {
            continue;
        }
        let name_start = para.start + first.start;
        let Some(m) = people.near(name_start).iter().find(|m| {
            m.phrase.start <= name_start + 4
                && m.phrase.start >= name_start
                && m.span.end <= para.end
        }) else {
            continue;
        };
        let after_name = body[m.span.end..para.end].trim_start();
        if !(after_name.is_empty() || after_name.starts_with([',', '(', '.'])) {
            continue;
        }
        let prev = &paragraphs[pi - 1];
        let quoted = quoted.contains(&(pi - 1)) || quoted.contains(&pi);
        if quoted || body[prev.clone()].split_whitespace().count() > 80 {
            continue;
        }
        let inner = trim_marks(body, prev.clone());
        out.push(Quote {
            text: body[inner.clone()].to_string(),
            span: inner,
            paragraph: pi - 1,
            kind: QuoteKind::PullQuote,
            speaker: Some(m.person),
            speaker_text: Some(body[m.phrase.start..m.span.end].to_string()),
            cue: None,
            rule: Rule::PullQuote,
        });
    }
    out
}

fn trim_marks(body: &str, range: Range<usize>) -> Range<usize> {
    let text = &body[range.clone()];
    let start_trim = text.len() - text.trim_start_matches(is_mark).len();
    let end_trim = text.len() - text.trim_end_matches(is_mark).len();
    if start_trim > 0 && end_trim > 0 && start_trim + end_trim < text.len() {
        range.start + start_trim..range.end - end_trim
    } else {
        range
    }
}

//! Pull quotes and signed quotations: a paragraph set apart, with or
//! without marks, followed by a line naming its speaker.

use std::ops::Range;

use crate::doc::Doc;
use crate::people::{People, PersonId};

use super::{Quote, QuoteKind, Rule};
use crate::doc::is_mark;

/// A paragraph set apart, followed by a line naming its speaker: `MS JANE
/// DOE, at the launch.` or `— Jane Doe, on Twitter`. Without marks it is a
/// pull quote, added to `quotes`; a quotation in marks that fills it and
/// has no speaker of its own (or only the last paragraph's) is signed by
/// the line.
pub(super) fn pull_quotes(doc: &Doc<'_>, people: &People, quotes: &mut Vec<Quote>) {
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
        if quoted.contains(&pi) || body[prev.clone()].split_whitespace().count() > 80 {
            continue;
        }
        let inner = trim_marks(body, prev.clone());
        let speaker_text = body[m.phrase.start..m.span.end].to_string();
        if quoted.contains(&(pi - 1)) {
            sign(quotes, pi - 1, &inner, m.person, speaker_text);
            continue;
        }
        out.push(Quote {
            text: body[inner.clone()].to_string(),
            span: inner,
            paragraph: pi - 1,
            kind: QuoteKind::PullQuote,
            speaker: Some(m.person),
            organisation: None,
            unnamed: false,
            speaker_text: Some(speaker_text),
            cue: None,
            rule: Rule::PullQuote,
            within: None,
        });
    }
    quotes.extend(out);
}

/// Gives the quotation that fills paragraph `paragraph` (within `inner`,
/// its text less the marks) to the person a line below it names, unless
/// a rule of its own attributed it.
fn sign(
    quotes: &mut [Quote],
    paragraph: usize,
    inner: &Range<usize>,
    person: PersonId,
    text: String,
) {
    let fills = |q: &Quote| q.span.start <= inner.start + 2 && q.span.end + 2 >= inner.end;
    let unsigned = |q: &Quote| matches!(q.rule, Rule::Unattributed | Rule::Continuation);
    if let Some(q) = quotes.iter_mut().find(|q| {
        q.paragraph == paragraph && q.kind == QuoteKind::Direct && fills(q) && unsigned(q)
    }) {
        q.speaker = Some(person);
        q.organisation = None;
        q.unnamed = false;
        q.speaker_text = Some(text);
        q.cue = None;
        q.rule = Rule::PullQuote;
    }
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

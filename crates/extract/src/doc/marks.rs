//! Quotation marks: read by what surrounds them rather than by their glyph,
//! so a straight opening mark closed by a curly one pairs up and an
//! apostrophe inside a word never opens a quotation; paired into spans
//! across paragraphs. A quotation left open at the end of a paragraph
//! continues into the next when that paragraph opens with a mark (the
//! usual convention) or closes one before opening another (a missing
//! mark); otherwise it ends with its paragraph, so one stray mark never
//! swallows the rest of the article. Quoted words inside quoted words
//! belong to the outer span. Also the sentence bounds around a span.

use std::ops::Range;

use crate::lexicon::{Flags, Lexicon};
use crate::text::floor_char_boundary;

/// Words between a pair of quotation marks (or after a mark left open).
#[derive(Debug, Clone)]
pub struct Span {
    /// Byte position of the opening mark.
    pub open: usize,
    /// Inner text range (between the marks).
    pub inner: Range<usize>,
    /// Byte position just after the closing mark (or the inner end).
    pub after: usize,
    /// Opening marks of continued paragraphs, to leave out of the text.
    pub continuation_marks: Vec<Range<usize>>,
    pub paragraph: usize,
    pub last_paragraph: usize,
}

fn is_double(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}'
    )
}

fn is_single(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2039}' | '\u{203a}'
    )
}

pub fn is_mark(c: char) -> bool {
    is_double(c) || is_single(c)
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    len: usize,
    can_open: bool,
    can_close: bool,
}

/// Marks of one family (double or single) in a paragraph, read by context.
fn marks_in(body: &str, para: &Range<usize>, double: bool) -> Vec<Mark> {
    let text = &body[para.clone()];
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for (pos, c) in text.char_indices() {
        // Two apostrophes stand for a double mark in text from archives and
        // older wires (''Yes,'' she said): one mark of two bytes, and no
        // single marks.
        let doubled = c == '\'' && bytes.get(pos + 1) == Some(&b'\'');
        let second_of_two = c == '\'' && pos > 0 && bytes[pos - 1] == b'\'';
        let ours = if double {
            is_double(c) || doubled && !second_of_two
        } else {
            is_single(c) && !doubled && !second_of_two
        };
        if !ours {
            continue;
        }
        let len = if doubled { 2 } else { c.len_utf8() };
        let c = if doubled { '"' } else { c };
        // The characters around the mark, read only at marks.
        let prev = text[..pos].chars().next_back();
        let mut following = text[pos + len..].chars();
        let next = following.next();
        let word_after = following.next();
        if !double
            && prev.is_some_and(char::is_alphanumeric)
            && next.is_some_and(char::is_alphanumeric)
        {
            continue; // an apostrophe inside a word
        }
        if !double && next.is_some_and(|n| n.is_ascii_digit()) {
            continue; // '90s
        }
        let opener_before =
            |p: char| p.is_whitespace() || "([{\u{2014}\u{2013}-/:;,".contains(p) || is_mark(p);
        let closer_after = |n: char| {
            n.is_whitespace() || ".,;:!?)]}\u{2014}\u{2013}-\u{2026}".contains(n) || is_mark(n)
        };
        let left = next.is_some_and(|n| !n.is_whitespace()) && prev.is_none_or(opener_before);
        let right = prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(closer_after);
        // "… vote for her,' " Sanders said": a space between the closing
        // marks of a quotation inside a quotation and of the quotation.
        let closes_nested = double
            && prev.is_some_and(char::is_whitespace)
            && next.is_none_or(char::is_whitespace)
            && text[..pos]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(|p| is_single(p) || p == '\'');
        let (can_open, can_close) = match (left, right) {
            (true, false) => (true, false),
            (false, true) => (false, true),
            _ if closes_nested => (false, true),
            _ => match c {
                '\u{201c}' | '\u{2018}' | '\u{201e}' | '\u{ab}' | '\u{2039}' | '\u{201a}' => {
                    (true, false)
                }
                '\u{201d}' | '\u{2019}' | '\u{bb}' | '\u{203a}' => (false, true),
                _ => (false, false),
            },
        };
        if !double
            && prev == Some('s')
            && next == Some(' ')
            && word_after.is_some_and(char::is_lowercase)
        {
            continue; // "our teams' goodwill": a plural possessive
        }
        if can_open || can_close {
            out.push(Mark {
                pos: para.start + pos,
                len,
                can_open,
                can_close,
            });
        }
    }
    out
}

/// Pairs marks into spans across paragraphs.
fn pair_marks(body: &str, paragraphs: &[Range<usize>], double: bool) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut open: Option<Span> = None;
    for (pi, para) in paragraphs.iter().enumerate() {
        let marks = marks_in(body, para, double);
        let mut skip_first = false;
        if let Some(mut o) = open.take() {
            let first_open = marks.iter().position(|m| m.can_open);
            let first_close = marks.iter().position(|m| m.can_close && !m.can_open);
            // The convention continues quoted speech, which opens its
            // paragraph or follows a colon or comma; a quotation opened in
            // the middle of the writer's sentence ("called it \"a disgrace.")
            // that never closed ends with its paragraph.
            let speech_like = {
                let before = body[paragraphs[o.paragraph].start..o.open].trim_end();
                before.is_empty() || before.ends_with([':', ','])
            };
            let opens_paragraph = speech_like
                && marks
                    .first()
                    .is_some_and(|m| m.can_open && m.pos == para.start);
            if opens_paragraph {
                // Standard convention: each paragraph of the quotation opens with a mark.
                o.continuation_marks
                    .push(marks[0].pos..marks[0].pos + marks[0].len);
                o.last_paragraph = pi;
                open = Some(o);
                skip_first = true;
            } else if first_close.is_some_and(|c| first_open.is_none_or(|op| c < op)) {
                // A closing mark was missing at the end of the last paragraph.
                o.last_paragraph = pi;
                open = Some(o);
            } else {
                let end = paragraphs[o.last_paragraph].end;
                o.inner.end = end;
                o.after = end;
                spans.push(o);
            }
        }
        for (k, m) in marks.iter().enumerate() {
            if skip_first && k == 0 {
                continue;
            }
            match open.take() {
                Some(mut o) if m.can_close => {
                    o.inner.end = m.pos;
                    o.after = m.pos + m.len;
                    o.last_paragraph = pi;
                    spans.push(o);
                }
                Some(mut o) if m.can_open => {
                    // An opening mark inside an open quotation: the last one was never closed.
                    let end = trim_end_at(body, o.inner.start, m.pos);
                    o.inner.end = end;
                    o.after = end;
                    if !double {
                        // An unclosed single mark is more often an apostrophe.
                    } else {
                        spans.push(o);
                    }
                    open = Some(new_span(m, pi));
                }
                Some(o) => open = Some(o),
                None if m.can_open => open = Some(new_span(m, pi)),
                None => {}
            }
        }
        if !double {
            // Single marks rarely run over paragraphs except by the convention.
            if let Some(o) = open.take() {
                let next_opens = paragraphs
                    .get(pi + 1)
                    .is_some_and(|next| body[next.clone()].starts_with(['\u{2018}', '\'']));
                if next_opens {
                    open = Some(o);
                }
            }
        }
    }
    if let Some(mut o) = open {
        let end = paragraphs[o.last_paragraph].end;
        o.inner.end = end;
        o.after = end;
        spans.push(o);
    }
    spans
}

/// Every quoted span of the body, in order, outer spans only: quoted
/// words inside quoted words belong to the outer quotation.
pub fn quoted_spans(body: &str, paragraphs: &[Range<usize>]) -> Vec<Span> {
    let mut spans = pair_marks(body, paragraphs, true);
    spans.extend(pair_marks(body, paragraphs, false));
    spans.sort_by_key(|s| (s.open, std::cmp::Reverse(s.after)));
    let mut outer: Vec<Span> = Vec::new();
    for s in spans {
        if outer.last().is_some_and(|o| s.open < o.after) {
            continue;
        }
        outer.push(s);
    }
    outer
}

fn new_span(m: &Mark, paragraph: usize) -> Span {
    let start = m.pos + m.len;
    Span {
        open: m.pos,
        inner: start..start,
        after: start,
        continuation_marks: Vec::new(),
        paragraph,
        last_paragraph: paragraph,
    }
}

fn trim_end_at(body: &str, start: usize, end: usize) -> usize {
    start + body[start..end].trim_end().len()
}

impl Span {
    /// The quoted words, without continuation marks.
    pub fn text(&self, body: &str) -> String {
        let mut out = String::new();
        let mut pos = self.inner.start;
        for mark in &self.continuation_marks {
            out.push_str(&body[pos..mark.start]);
            pos = mark.end;
        }
        out.push_str(&body[pos..self.inner.end]);
        out
    }
}

/// The stops that end a sentence for the quotation finder, read once: a
/// `.`, `!` or `?` followed by a space or its paragraph's end, outside
/// every quoted span, not after an abbreviation ("Mr.", "U.S."). Byte
/// positions, in order. The quotation finder asks where the sentence
/// around each quotation begins and ends; with the stops read once, each
/// answer is a binary search, so a paragraph of thousands of quotations
/// and no stop outside them costs no more than its length.
pub fn sentence_stops(body: &str, paragraphs: &[Range<usize>], spans: &[Span]) -> Vec<usize> {
    let mut stops = Vec::new();
    // The spans that open at or before the stop read; the stops go
    // forwards, so this count only grows.
    let mut opened = 0;
    for para in paragraphs {
        let text = &body[para.clone()];
        for (i, c) in text.char_indices() {
            if !matches!(c, '.' | '!' | '?') {
                continue;
            }
            let at = para.start + i;
            let rest = &text[i + c.len_utf8()..];
            if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
                continue;
            }
            while opened < spans.len() && spans[opened].open <= at {
                opened += 1;
            }
            let quoted = opened > 0 && at < spans[opened - 1].after;
            if !quoted && !is_abbreviation_word(word_before(body, at)) {
                stops.push(at);
            }
        }
    }
    stops
}

/// Where the sentence holding `pos` begins, within its paragraph: after
/// the last stop before `pos` that ends a sentence (`stops`, from
/// [`sentence_stops`]), or after a stop just before `pos`.
pub fn sentence_start(
    body: &str,
    para: &Range<usize>,
    pos: usize,
    stops: &[usize],
    spans: &[Span],
) -> usize {
    // A stop right before `pos` ends the sentence whatever follows it
    // ("He said."“…”).
    if let Some(c) = body[para.start..pos].chars().next_back() {
        let at = pos - c.len_utf8();
        if matches!(c, '.' | '!' | '?')
            && !inside_any(spans, at)
            && !is_abbreviation_word(word_before(body, at))
        {
            return pos;
        }
    }
    let i = stops.partition_point(|&s| s < pos);
    match i.checked_sub(1).map(|i| stops[i]) {
        Some(at) if at >= para.start => at + 1,
        _ => para.start,
    }
}

/// Where the sentence holding `pos` ends, within its paragraph: after the
/// first stop at or after `pos` that ends a sentence, or at its end.
pub fn sentence_end(para: &Range<usize>, pos: usize, stops: &[usize]) -> usize {
    let i = stops.partition_point(|&s| s < pos);
    match stops.get(i) {
        Some(&at) if at < para.end => at + 1,
        _ => para.end,
    }
}

/// The word (letters, digits and stops) that ends at byte `at`, read at
/// most [`MAX_WORD`] bytes back.
fn word_before(body: &str, at: usize) -> &str {
    let from = floor_char_boundary(body, at.saturating_sub(MAX_WORD));
    body[from..at]
        .rsplit(|ch: char| !ch.is_alphanumeric() && ch != '.')
        .next()
        .unwrap_or("")
}

/// The longest word read before a stop ("U.S.", "Inc.").
const MAX_WORD: usize = 64;

fn is_abbreviation_word(word: &str) -> bool {
    Lexicon::get().lexeme(word).is(Flags::SENTENCE_ABBREVIATION)
}

/// Whether `pos` lies within a quotation; the spans are in order and do
/// not overlap, so this is a binary search.
pub fn inside_any(spans: &[Span], pos: usize) -> bool {
    let next = spans.partition_point(|s| s.open <= pos);
    next > 0 && pos < spans[next - 1].after
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bounds(body: &str, pos: usize) -> (usize, usize) {
        let para = 0..body.len();
        let spans = quoted_spans(body, std::slice::from_ref(&para));
        let stops = sentence_stops(body, std::slice::from_ref(&para), &spans);
        (
            sentence_start(body, &para, pos, &stops, &spans),
            sentence_end(&para, pos, &stops),
        )
    }

    #[test]
    fn a_sentence_ends_at_its_stop_not_at_an_abbreviation_or_a_quoted_stop() {
        let body = "Mr. Doe said \"No. Never.\" on Monday. Then he left.";
        let (start, end) = bounds(body, 0);
        assert_eq!(&body[start..end], "Mr. Doe said \"No. Never.\" on Monday.");
        let (start, end) = bounds(body, body.len() - 3);
        assert_eq!(&body[start..end], " Then he left.");
    }

    #[test]
    fn a_paragraph_without_a_stop_is_one_sentence() {
        let body = format!("A{}", "\"Yes\" ".repeat(2_000));
        let (start, end) = bounds(&body, body.len() / 2);
        assert_eq!((start, end), (0, body.len()));
    }

    /// The text inside each quotation of a one-paragraph body.
    fn quoted_texts(body: &str) -> Vec<&str> {
        let para = 0..body.len();
        quoted_spans(body, std::slice::from_ref(&para))
            .iter()
            .map(|s| &body[s.inner.clone()])
            .collect()
    }

    #[test]
    fn two_apostrophes_are_one_double_mark() {
        let body = "''It is over,'' Mrs. Doe said of the ''deal.'' Don't ask 'why.'";
        assert_eq!(quoted_texts(body), ["It is over,", "deal.", "why."]);
        let para = 0..body.len();
        let spans = quoted_spans(body, std::slice::from_ref(&para));
        assert_eq!((spans[0].open, spans[0].after), (0, 15));
    }

    #[test]
    fn a_quotation_closes_after_the_one_inside_it_despite_a_space() {
        let body = "\"Not just 'vote for her,' \" Ana Ruiz said. \"It is more.\"";
        assert_eq!(
            quoted_texts(body),
            ["Not just 'vote for her,' ", "It is more."]
        );
    }

    #[test]
    fn a_stop_right_before_a_quotation_ends_the_sentence() {
        let body = "He said.\u{201c}We go.\u{201d} Then he left.";
        let open = body.find('\u{201c}').unwrap();
        let (start, _) = bounds(body, open);
        assert_eq!(start, open);
    }
}

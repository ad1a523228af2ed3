//! Sentences of the body, read once: every stage that asks "which sentence
//! is this in?" asks this index. A sentence ends at a stop (. ! ? …) that
//! is followed, past any closing marks and brackets, by a space and then a
//! capital, a digit or an opening mark, or by the end of its paragraph; a
//! paragraph always ends one. Two things keep a stop from ending one:
//!
//! - an abbreviation: a title ("Mr.", "Sen.") never ends a sentence; an
//!   initial ("J.") does not before a capital; an abbreviation that can
//!   also close a sentence ("Inc.", "U.S.", "Jr.") does only when the next
//!   word is a word that opens sentences ("The", "He", "But");
//! - quoted words: a stop inside a quotation that goes on after it does not
//!   end the writer's sentence, so `"We lost. We will be back," she said.`
//!   is one sentence, with its attribution.

use std::ops::Range;

use crate::lexicon::Flags;
use crate::text::Word;

use super::marks::{Span, is_mark};

/// Sentences as byte ranges of `body`, in order, each inside a paragraph.
pub fn sentences(
    body: &str,
    paragraphs: &[Range<usize>],
    words: &[Word<'_>],
    quoted: &[Span],
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for para in paragraphs {
        let mut start = para.start;
        let text = &body[para.clone()];
        for (i, c) in text.char_indices() {
            if !matches!(c, '.' | '!' | '?' | '\u{2026}') {
                continue;
            }
            let at = para.start + i;
            let Some(end) = boundary_after(body, para, at, c, words, quoted) else {
                continue;
            };
            if end > start {
                out.push(start..end);
            }
            start = next_start(body, end, para.end);
        }
        if start < para.end {
            out.push(start..para.end);
        }
    }
    out
}

/// Where the sentence closed by the stop at `at` ends (after its closing
/// marks and brackets), or `None` when the stop closes no sentence.
fn boundary_after(
    body: &str,
    para: &Range<usize>,
    at: usize,
    stop: char,
    words: &[Word<'_>],
    quoted: &[Span],
) -> Option<usize> {
    let mut end = at + stop.len_utf8();
    // "..." is one stop; so are "?!" and "!!".
    while let Some(c) = body[end..para.end].chars().next() {
        if matches!(c, '.' | '!' | '?' | '\u{2026}') {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    let closers_start = end;
    while let Some(c) = body[end..para.end].chars().next() {
        if is_mark(c) || matches!(c, ')' | ']') {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    let rest = &body[end..para.end];
    if rest.is_empty() {
        return Some(end);
    }
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let next = rest.trim_start().chars().next()?;
    let opens = next.is_uppercase()
        || next.is_ascii_digit()
        || is_mark(next)
        || matches!(next, '(' | '[' | '\u{2014}' | '\u{2013}' | '-');
    if !opens {
        return None;
    }
    // Inside a quotation that goes on past the stop's closing marks.
    let before = quoted.partition_point(|q| q.open < at);
    if let Some(q) = before
        .checked_sub(1)
        .map(|i| &quoted[i])
        .filter(|q| at < q.after)
    {
        let closes_here = q.after > closers_start && q.after <= end;
        if !closes_here {
            return None;
        }
    }
    if stop == '.' && abbreviation_before(at, end, words) {
        return None;
    }
    Some(end)
}

/// Whether the stop at `at` belongs to an abbreviation that does not close
/// the sentence here.
fn abbreviation_before(at: usize, end: usize, words: &[Word<'_>]) -> bool {
    // The word the stop ends, or the one right before it.
    let i = words.partition_point(|w| w.start <= at);
    let Some(word) = i.checked_sub(1).map(|i| &words[i]) else {
        return false;
    };
    if word.end != at && word.end != at + 1 {
        return false;
    }
    let next = words.get(i).filter(|w| w.start >= end);
    let bare = word.text.trim_end_matches('.');
    if (word.lex.is(Flags::TITLE_ABBREVIATION) || crate::text::is_title_abbreviation(bare))
        && !bare.contains('.')
    {
        return true; // "Mr.", "Sen.", "then-Sen.": a name follows
    }
    if next.is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit()))
        && is_month_abbreviation(bare)
    {
        return true; // "after the Sept. 11 attacks", "on Jan. 6"
    }
    let initial = bare.chars().count() == 1 && bare.chars().all(char::is_uppercase);
    let opens_sentence = next.is_some_and(|n| n.lex.is(Flags::FUNCTION_WORD));
    if initial {
        return !opens_sentence;
    }
    // "U.S.", not "$27.16".
    let dotted = bare.contains('.') && bare.chars().any(char::is_alphabetic);
    let maybe_abbreviation = word.lex.is(Flags::ABBREVIATION) || dotted;
    maybe_abbreviation && !opens_sentence
}

/// Whether `bare` is a month's short form ("Sept", "Jan"), which a day or a
/// year follows after its stop. (A sentence that ends on "May." or "June."
/// is followed by a digit only when news style is broken: numbers opening
/// a sentence are spelt out.)
fn is_month_abbreviation(bare: &str) -> bool {
    bare.len() <= 4
        && bare.starts_with(|c: char| c.is_uppercase())
        && crate::lexicon::Lexicon::get()
            .month(&bare.to_lowercase())
            .is_some()
}

/// The start of the next sentence: past the spaces after `end`.
fn next_start(body: &str, end: usize, para_end: usize) -> usize {
    let rest = &body[end..para_end];
    end + (rest.len() - rest.trim_start().len())
}

#[cfg(test)]
mod tests {
    use crate::doc::Doc;

    fn split(body: &str) -> Vec<&str> {
        let paragraphs: Vec<_> = std::iter::once(0..body.len()).collect();
        let doc = Doc::new(body, &paragraphs, None, None, []);
        doc.sentences.iter().map(|s| &body[s.clone()]).collect()
    }

    #[test]
    fn stops_end_sentences_unless_an_abbreviation_or_a_quotation_goes_on() {
        assert_eq!(
            split(
                "Jane Doe said on Monday that Acme Inc. was \u{201c}deeply flawed\u{201d}. The board met."
            ),
            [
                "Jane Doe said on Monday that Acme Inc. was \u{201c}deeply flawed\u{201d}.",
                "The board met."
            ]
        );
        assert_eq!(
            split("Mr. Smith met Gen. Lee in the U.S. Capitol. He left. J. R. Tolkien wrote."),
            [
                "Mr. Smith met Gen. Lee in the U.S. Capitol.",
                "He left.",
                "J. R. Tolkien wrote."
            ]
        );
        assert_eq!(
            split("He spoke of the Sept. 11 attacks and of Jan. 6, 2021. It was Sept. Then Oct."),
            [
                "He spoke of the Sept. 11 attacks and of Jan. 6, 2021.",
                "It was Sept.",
                "Then Oct."
            ]
        );
        assert_eq!(
            split("The average gift was $27.16. He spent 2.5 million. It was 1,800."),
            [
                "The average gift was $27.16.",
                "He spent 2.5 million.",
                "It was 1,800."
            ]
        );
        assert_eq!(
            split("She met then-Sen. Barack Obama and ex-Gov. Jeb Bush. They left."),
            [
                "She met then-Sen. Barack Obama and ex-Gov. Jeb Bush.",
                "They left."
            ]
        );
        assert_eq!(
            split(
                "\u{201c}We lost. We will be back,\u{201d} she said. \u{201c}Soon.\u{201d} Then she left."
            ),
            [
                "\u{201c}We lost. We will be back,\u{201d} she said.",
                "\u{201c}Soon.\u{201d}",
                "Then she left."
            ]
        );
        assert_eq!(
            split("He works for Acme Inc. The firm grew. What now? Nobody knows... e.g. nothing."),
            [
                "He works for Acme Inc.",
                "The firm grew.",
                "What now?",
                "Nobody knows... e.g. nothing."
            ]
        );
    }
}

//! The document: built once per article, once its layout is read, and
//! shared by every later stage, as spaCy's `Doc` is. It holds the body and
//! its paragraphs, every word of the body with its lexicon flags (read
//! once, by one tokenizer), the words of the headline, standfirst and
//! subheadings, and the view of the text the name finder reads (nicknames
//! inside names blanked). Stages take the document and the typed output of
//! the stages before them; none tokenizes again.

mod marks;
mod sentences;

use std::borrow::Cow;
use std::ops::Range;

use crate::text::{self, Word};

pub use marks::{Span, inside_any, is_mark, sentence_end, sentence_start};

/// A short piece of text outside the body (headline, standfirst,
/// subheading) with its words.
#[derive(Debug, Clone)]
pub struct Region<'a> {
    pub text: &'a str,
    pub words: Vec<Word<'a>>,
}

impl<'a> Region<'a> {
    fn new(text: &'a str) -> Region<'a> {
        Region {
            text,
            words: text::words(text),
        }
    }
}

/// Text as the name finder reads it: nicknames inside names blanked byte
/// for byte ("Robert \"Bobby\" Tan" reads "Robert          Tan"), so that
/// positions stay those of the text, and its words.
#[derive(Debug, Clone)]
pub struct NameView<'a> {
    pub text: Cow<'a, str>,
    pub words: Cow<'a, [Word<'a>]>,
}

impl<'a> NameView<'a> {
    /// The view of `text`, whose words are `words`: borrowed as they are
    /// unless the text has a nickname to blank (rare), in which case the
    /// blanked text's words are read again.
    fn new(text: &'a str, words: &'a [Word<'a>]) -> NameView<'a> {
        match mask_nicknames(text) {
            Cow::Borrowed(_) => NameView {
                text: Cow::Borrowed(text),
                words: Cow::Borrowed(words),
            },
            Cow::Owned(masked) => {
                // Outside the blanked stretches the two texts are the same
                // bytes, so each word can point into the original.
                let words = text::words(&masked)
                    .into_iter()
                    .map(|w| Word {
                        text: &text[w.start..w.end],
                        ..w
                    })
                    .collect();
                NameView {
                    text: Cow::Owned(masked),
                    words: Cow::Owned(words),
                }
            }
        }
    }
}

/// One article, read once.
#[derive(Debug, Clone)]
pub struct Doc<'a> {
    /// Body paragraphs joined by a blank line.
    pub body: &'a str,
    /// Byte ranges of the paragraphs in `body`.
    pub paragraphs: &'a [Range<usize>],
    /// Every word of the body, in order.
    pub words: Vec<Word<'a>>,
    /// Every quoted span of the body, in order, outer spans only.
    pub quoted: Vec<Span>,
    /// The body's sentences as byte ranges, in order (see [`sentences`]).
    pub sentences: Vec<Range<usize>>,
    /// The stops that end a sentence for the quotation finder, in order
    /// (see [`marks::sentence_stops`]).
    pub stops: Vec<usize>,
    pub headline: Option<Region<'a>>,
    pub standfirst: Option<Region<'a>>,
    pub subheadings: Vec<Region<'a>>,
    /// The known outlets the body names in full, found on first use.
    outlets_named: std::sync::OnceLock<Vec<&'static crate::outlets::Outlet>>,
}

impl<'a> Doc<'a> {
    /// The known outlets the body names in full ("The Washington Post"),
    /// found once, in one pass, whatever asks and how often.
    pub fn outlets_named(&self) -> &[&'static crate::outlets::Outlet] {
        self.outlets_named
            .get_or_init(|| crate::outlets::named_in(self.body))
    }

    pub fn new(
        body: &'a str,
        paragraphs: &'a [Range<usize>],
        headline: Option<&'a str>,
        standfirst: Option<&'a str>,
        subheadings: impl IntoIterator<Item = &'a str>,
    ) -> Doc<'a> {
        let words = text::words(body);
        let quoted = marks::quoted_spans(body, paragraphs);
        let sentences = sentences::sentences(body, paragraphs, &words, &quoted);
        let stops = marks::sentence_stops(body, paragraphs, &quoted);
        Doc {
            body,
            paragraphs,
            words,
            quoted,
            sentences,
            stops,
            headline: headline.map(Region::new),
            standfirst: standfirst.map(Region::new),
            subheadings: subheadings.into_iter().map(Region::new).collect(),
            outlets_named: std::sync::OnceLock::new(),
        }
    }

    /// The sentence that holds byte `at` of the body, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        self.sentences.get(i).filter(|s| s.start <= at).map(|_| i)
    }

    /// The body as the name finder reads it.
    pub fn body_names(&'a self) -> NameView<'a> {
        NameView::new(self.body, &self.words)
    }

    /// The standfirst as the name finder reads it.
    pub fn standfirst_names(&'a self) -> Option<NameView<'a>> {
        self.standfirst
            .as_ref()
            .map(|s| NameView::new(s.text, &s.words))
    }

    /// The last word that starts before byte `at` (one binary search).
    pub fn word_before(&self, at: usize) -> Option<&Word<'a>> {
        let i = self.words.partition_point(|w| w.start < at);
        i.checked_sub(1).map(|i| &self.words[i])
    }

    /// The words of `body[range]`, as reading that stretch alone gives them:
    /// offsets from its start, the first word opening a sentence and joined
    /// to nothing before it. Taken from the document's words, unless the
    /// stretch cuts a word in two (then read again).
    pub fn window(&self, range: Range<usize>) -> Vec<Word<'a>> {
        self.window_prefix(range, usize::MAX)
    }

    /// The first `limit` words of [`Doc::window`].
    pub fn window_prefix(&self, range: Range<usize>, limit: usize) -> Vec<Word<'a>> {
        let first = self.words.partition_point(|w| w.end <= range.start);
        let last = self.words.partition_point(|w| w.start < range.end);
        let inside = &self.words[first..last.max(first)];
        let cut = inside.first().is_some_and(|w| w.start < range.start)
            || inside.last().is_some_and(|w| w.end > range.end);
        if cut {
            return text::Words::new(&self.body[range]).take(limit).collect();
        }
        let base = range.start;
        let mut words: Vec<Word<'a>> = inside
            .iter()
            .take(limit)
            .map(|w| Word {
                start: w.start - base,
                end: w.end - base,
                ..*w
            })
            .collect();
        if let Some(w) = words.first_mut() {
            w.sentence_start = true;
            w.joined_to_previous = false;
        }
        words
    }
}

/// Blanks out nicknames inside names (Robert "Bobby" Tan), keeping every
/// other byte where it was. The text is copied only when it has a
/// nickname to blank.
fn mask_nicknames(text: &str) -> Cow<'_, str> {
    let mut out = Cow::Borrowed(text);
    let is_open = |c: char| matches!(c, '"' | '\u{201c}' | '\'' | '\u{2018}');
    let is_close = |c: char| matches!(c, '"' | '\u{201d}' | '\'' | '\u{2019}');
    for (pos, c) in text.char_indices() {
        if !is_open(c) {
            continue;
        }
        // A space, and a letter before it.
        let mut before = text[..pos].chars().rev();
        if before.next() != Some(' ') || !before.next().is_some_and(char::is_alphabetic) {
            continue;
        }
        let before_word_start = text[..pos - 1]
            .char_indices()
            .rfind(|(_, ch)| !ch.is_alphanumeric() && *ch != '-')
            .map_or(0, |(i, ch)| i + ch.len_utf8());
        if !text[before_word_start..].starts_with(char::is_uppercase) {
            continue;
        }
        let inner_start = pos + c.len_utf8();
        let Some((close_offset, close_char)) = text[inner_start..]
            .char_indices()
            .take(24)
            .find(|(_, ch)| is_close(*ch))
        else {
            continue;
        };
        let close_pos = inner_start + close_offset;
        let inner = &text[pos + c.len_utf8()..close_pos];
        let after = &text[close_pos + close_char.len_utf8()..];
        let nickname = inner.starts_with(char::is_uppercase)
            && inner.split(' ').count() <= 2
            && inner
                .chars()
                .all(|ch| ch.is_alphabetic() || ch == ' ' || ch == '-');
        if nickname && after.starts_with(' ') && after[1..].starts_with(char::is_uppercase) {
            let end = close_pos + close_char.len_utf8() + 1;
            out.to_mut().replace_range(pos..end, &" ".repeat(end - pos));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_reads_as_its_stretch_alone() {
        let body = "He left. Mr. Smith, who ran Acme Inc. since 2001, stayed.";
        let paragraphs: Vec<Range<usize>> = std::iter::once(0..body.len()).collect();
        let doc = Doc::new(body, &paragraphs, None, None, []);
        for (start, end) in [
            (0, body.len()),
            (9, body.len()),
            (13, 49),
            (20, 37),
            (3, 11),
        ] {
            let alone: Vec<(usize, usize, bool, bool)> = text::words(&body[start..end])
                .iter()
                .map(|w| (w.start, w.end, w.sentence_start, w.joined_to_previous))
                .collect();
            let window: Vec<(usize, usize, bool, bool)> = doc
                .window(start..end)
                .iter()
                .map(|w| (w.start, w.end, w.sentence_start, w.joined_to_previous))
                .collect();
            assert_eq!(window, alone, "{:?}", &body[start..end]);
        }
    }

    #[test]
    fn nicknames_are_blanked_for_names_only() {
        let body = "Robert \"Bobby\" Tan spoke.";
        let paragraphs: Vec<Range<usize>> = std::iter::once(0..body.len()).collect();
        let doc = Doc::new(body, &paragraphs, None, None, []);
        let names = doc.body_names();
        let words: Vec<&str> = names.words.iter().map(|w| w.text).collect();
        assert_eq!(words, ["Robert", "Tan", "spoke"]);
        assert!(names.words[1].joined_to_previous);
        assert_eq!(doc.words.len(), 4);
    }
}

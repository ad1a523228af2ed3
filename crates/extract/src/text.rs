//! Words with their positions, shared by the people and quotation
//! extractors; words in lower case without allocating; and the folding
//! that makes two renderings of a quotation compare equal.

use std::ops::Deref;

use crate::lexicon::{Flags, Lexeme, Lexicon};

/// A word and where it sits, in bytes, in the text it was cut from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    /// Only spaces lie between this word and the previous one.
    pub joined_to_previous: bool,
    /// The word opens a sentence (or a paragraph, or a quotation).
    pub sentence_start: bool,
    /// What the lexicon knows of the word, read once.
    pub lex: Lexeme,
}

impl Word<'_> {
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// All letters upper case, with at least two letters ("FBI", "TRUMP").
    pub fn is_shouting(&self) -> bool {
        let letters = self.text.chars().filter(|c| c.is_alphabetic());
        letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase)
    }

    /// The word without a possessive ending ("Okafor's" → "Okafor").
    pub fn base(&self) -> &str {
        strip_possessive(self.text)
    }

    pub fn is_possessive(&self) -> bool {
        self.base().len() != self.text.len()
    }
}

/// A party and a state after a politician's name: "R-Utah", "D-Calif.",
/// "I-Vt". Neither a person nor a place.
pub fn is_party_tag(word: &str) -> bool {
    let mut parts = word.splitn(2, '-');
    let (Some(party), Some(state)) = (parts.next(), parts.next()) else {
        return false;
    };
    matches!(party, "R" | "D" | "I") && state.starts_with(|c: char| c.is_ascii_uppercase())
}

pub fn strip_possessive(word: &str) -> &str {
    for suffix in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
        if let Some(base) = word.strip_suffix(suffix) {
            if !base.is_empty() {
                return base;
            }
        }
    }
    word
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// Splits text into words: letters and digits, with apostrophes and hyphens
/// inside words ("O'Brien", "Jong-un"), and initials and abbreviations
/// keeping their stops ("W.", "U.S.").
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(text.len() / 5);
    out.extend(Words::new(text));
    out
}

/// The words of a text one at a time, as [`words`] lists them; callers that
/// read only the first few words of a sentence stop there.
pub struct Words<'a> {
    text: &'a str,
    /// Byte position of the next character to read.
    pos: usize,
    /// The last word given, whose stop may be an abbreviation's.
    last: Option<&'a str>,
    sentence_start: bool,
    gap_is_spaces: bool,
}

impl<'a> Words<'a> {
    pub fn new(text: &'a str) -> Self {
        Words {
            text,
            pos: 0,
            last: None,
            sentence_start: true,
            gap_is_spaces: false,
        }
    }

    /// The character at byte `p`, which is always on a character boundary;
    /// ASCII, nearly all of it, is read without decoding.
    fn char_at(&self, p: usize) -> Option<char> {
        let byte = *self.text.as_bytes().get(p)?;
        if byte.is_ascii() {
            Some(char::from(byte))
        } else {
            self.text[p..].chars().next()
        }
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = Word<'a>;

    fn next(&mut self) -> Option<Word<'a>> {
        let text = self.text;
        let mut p = self.pos;
        while let Some(c) = self.char_at(p) {
            if c == ' ' {
                // A plain space between words changes nothing.
                p += 1;
                continue;
            }
            if !c.is_alphanumeric() {
                if matches!(c, '.' | '!' | '?' | ':' | ';') || c == '\n' {
                    self.sentence_start = !(c == '.' && self.last.is_some_and(is_abbreviation));
                }
                if matches!(
                    c,
                    '"' | '\u{201c}'
                        | '\u{201d}'
                        | '\u{2018}'
                        | '\u{2014}'
                        | '\u{2013}'
                        | '('
                        | '['
                ) && self.last.is_none()
                {
                    self.sentence_start = true;
                }
                self.gap_is_spaces = self.gap_is_spaces && c == ' ';
                p += c.len_utf8();
                continue;
            }
            let start = p;
            // Plain ASCII letters and digits, most of a word, need no decoding.
            let mut q = p + text.as_bytes()[p..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            while let Some(ch) = self.char_at(q) {
                let next = self.char_at(q + ch.len_utf8());
                let joins_word = (is_apostrophe(ch) || ch == '-')
                    && next.is_some_and(char::is_alphanumeric)
                    // "2,400", "6.5": a separator inside a number.
                    || matches!(ch, ',' | '.')
                        && text.as_bytes()[q - 1].is_ascii_digit()
                        && next.is_some_and(|n| n.is_ascii_digit());
                if ch.is_alphanumeric() || joins_word {
                    q += ch.len_utf8();
                } else {
                    break;
                }
            }
            // Initials and dotted abbreviations: "W.", "U.S.", "Jr."
            let mut end = q;
            let stop_follows = self.char_at(q) == Some('.');
            if stop_follows && is_title_abbreviation(&text[start..q]) {
                end = q + 1;
            }
            let single_letter = q == start + c.len_utf8();
            if single_letter && stop_follows && c.is_uppercase() {
                end = q + 1;
                while let Some(letter) = self.char_at(end).filter(|l| l.is_uppercase()) {
                    if self.char_at(end + letter.len_utf8()) != Some('.') {
                        break;
                    }
                    end += letter.len_utf8() + 1;
                }
            }
            let word = Word {
                text: &text[start..end],
                start,
                end,
                joined_to_previous: self.gap_is_spaces,
                sentence_start: self.sentence_start,
                lex: Lexicon::get().lexeme(&text[start..end]),
            };
            self.last = Some(word.text);
            self.sentence_start = false;
            self.gap_is_spaces = true;
            self.pos = end;
            return Some(word);
        }
        self.pos = p;
        None
    }
}

/// Titles and suffixes written with a stop, which belongs to the word
/// ("Mr.", "Jr."), also after a prefix ("then-Sen.", "ex-Gov.").
pub fn is_title_abbreviation(word: &str) -> bool {
    let lexicon = Lexicon::get();
    lexicon.lexeme(word).is(Flags::TITLE_ABBREVIATION)
        || word
            .rsplit_once('-')
            .is_some_and(|(_, title)| lexicon.lexeme(title).is(Flags::TITLE_ABBREVIATION))
}

/// A word whose stop does not end a sentence ("Mr.", "Inc.", "U.S.").
fn is_abbreviation(word: &str) -> bool {
    Lexicon::get().lexeme(word).is(Flags::ABBREVIATION)
}

/// Longest ASCII word lowered on the stack; longer ones are rare.
const INLINE_LOWER: usize = 32;

/// A word in lower case. Lexicon lookups lower nearly every word of every
/// article, so a short ASCII word (almost all of English news) is lowered
/// on the stack and one already in lower case is borrowed; only the rest
/// allocate.
pub enum Lowered<'a> {
    Unchanged(&'a str),
    Inline {
        bytes: [u8; INLINE_LOWER],
        len: usize,
    },
    Owned(String),
}

impl Deref for Lowered<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Lowered::Unchanged(word) => word,
            Lowered::Inline { bytes, len } => {
                std::str::from_utf8(&bytes[..*len]).expect("lowered ASCII is UTF-8")
            }
            Lowered::Owned(word) => word,
        }
    }
}

impl AsRef<[u8]> for Lowered<'_> {
    /// The lowered bytes, without the UTF-8 check that `deref` makes: set
    /// lookups compare bytes.
    fn as_ref(&self) -> &[u8] {
        match self {
            Lowered::Unchanged(word) => word.as_bytes(),
            Lowered::Inline { bytes, len } => &bytes[..*len],
            Lowered::Owned(word) => word.as_bytes(),
        }
    }
}

/// An ASCII word in lower case.
fn lower_ascii(word: &str) -> Lowered<'_> {
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        Lowered::Unchanged(word)
    } else if word.len() <= INLINE_LOWER {
        let mut bytes = [0; INLINE_LOWER];
        bytes[..word.len()].copy_from_slice(word.as_bytes());
        bytes[..word.len()].make_ascii_lowercase();
        Lowered::Inline {
            bytes,
            len: word.len(),
        }
    } else {
        Lowered::Owned(word.to_ascii_lowercase())
    }
}

/// `word` exactly as [`str::to_lowercase`] writes it.
pub fn to_lower(word: &str) -> Lowered<'_> {
    if word.is_ascii() {
        lower_ascii(word)
    } else {
        Lowered::Owned(word.to_lowercase())
    }
}

/// `word` in lower case when it has a capital letter, else as written (a
/// non-ASCII word with no capital but a title-case letter, such as "ǅ",
/// is left alone, where [`to_lower`] would change it).
pub fn lower_if_capitalised(word: &str) -> Lowered<'_> {
    if word.is_ascii() {
        lower_ascii(word)
    } else if word.chars().any(char::is_uppercase) {
        Lowered::Owned(word.to_lowercase())
    } else {
        Lowered::Unchanged(word)
    }
}

/// Folds a quotation for comparison: quotation marks, dashes and spaces
/// unified, case dropped, punctuation around words removed.
pub fn fold_words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '\u{2014}' | '\u{2013}' | '-' | '/'))
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Lower case with the accents of Latin letters taken off, as the
/// full-text index's `remove_diacritics 2` does for the common ones:
/// pushes `c` so folded onto `out` (one character or more). Inlined: the
/// store folds every character of every quotation with it when linking
/// statements, from another crate.
#[inline]
pub fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for l in c.to_lowercase() {
        let plain = match l {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'ď' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => 'i',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ř' => 'r',
            'ś' | 'š' | 'ş' => 's',
            'ť' | 'ţ' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            other => other,
        };
        out.push(plain);
    }
}

/// The char boundary of `text` at or before byte `at`.
pub fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of `text`, as written.
    fn texts(text: &str) -> Vec<&str> {
        words(text).iter().map(|w| w.text).collect()
    }

    #[test]
    fn words_keep_names_whole() {
        assert_eq!(
            texts("George W. Bush met Conan O'Brien, Kim Jong-un and the U.S. envoy's aide."),
            [
                "George", "W.", "Bush", "met", "Conan", "O'Brien", "Kim", "Jong-un", "and", "the",
                "U.S.", "envoy's", "aide"
            ]
        );
        // A number keeps its separators; a comma or stop after it does not.
        assert_eq!(
            texts("Over 2,400 people paid $27.16, or 6.5 percent more, in 2016."),
            [
                "Over", "2,400", "people", "paid", "27.16", "or", "6.5", "percent", "more", "in",
                "2016"
            ]
        );
    }

    #[test]
    fn sentence_starts_and_joins() {
        let ws = words("He left. Mr Smith, however, stayed.");
        assert!(ws[0].sentence_start);
        assert!(ws[2].sentence_start);
        assert!(
            !ws[3].sentence_start,
            "Mr. is an abbreviation, Smith does not open a sentence"
        );
        assert!(ws[3].joined_to_previous);
        assert!(!ws[4].joined_to_previous);
    }

    #[test]
    fn folding_ignores_marks_dashes_and_case() {
        assert_eq!(
            fold_words("\u{201c}It\u{2019}s \u{2013} fine,\u{201d}"),
            vec!["its", "fine"]
        );
        assert_eq!(strip_possessive("Okafor\u{2019}s"), "Okafor");
    }

    #[test]
    fn lowering_matches_the_standard_library() {
        let long = "A".repeat(INLINE_LOWER + 1);
        for word in [
            "said",
            "Said",
            "FBI",
            "Ms.",
            "\u{c9}mile",
            "\u{3a3}\u{3a3}",
            &long,
        ] {
            assert_eq!(&*to_lower(word), word.to_lowercase());
        }
        assert_eq!(&*lower_if_capitalised("\u{1c5}a"), "\u{1c5}a");
        assert_eq!(&*to_lower("\u{1c5}a"), "\u{1c6}a");
    }
}

//! Words with their positions, shared by the people and quotation
//! extractors, and the folding that makes two renderings of a quotation
//! compare equal.

/// A word and where it sits, in bytes, in the text it was cut from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    /// Only spaces lie between this word and the previous one.
    pub joined_to_previous: bool,
    /// The word opens a sentence (or a paragraph, or a quotation).
    pub sentence_start: bool,
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

    /// The word without a possessive ending ("Putin's" → "Putin").
    pub fn base(&self) -> &str {
        strip_possessive(self.text)
    }

    pub fn is_possessive(&self) -> bool {
        self.base().len() != self.text.len()
    }
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
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    let mut out: Vec<Word> = Vec::new();
    let mut i = 0;
    let mut sentence_start = true;
    let mut gap_is_spaces = false;
    while i < bytes.len() {
        let (pos, c) = bytes[i];
        if !c.is_alphanumeric() {
            if matches!(c, '.' | '!' | '?' | ':' | ';') || c == '\n' {
                sentence_start = !(c == '.' && out.last().is_some_and(|w| is_abbreviation(w.text)));
            }
            if matches!(
                c,
                '"' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2014}' | '\u{2013}' | '(' | '['
            ) && out.is_empty()
            {
                sentence_start = true;
            }
            gap_is_spaces = gap_is_spaces && c == ' ';
            i += 1;
            continue;
        }
        let start = pos;
        let mut j = i;
        while j < bytes.len() {
            let (_, ch) = bytes[j];
            let joins_word = (is_apostrophe(ch) || ch == '-')
                && bytes.get(j + 1).is_some_and(|(_, n)| n.is_alphanumeric());
            if ch.is_alphanumeric() || joins_word {
                j += 1;
            } else {
                break;
            }
        }
        // Initials and dotted abbreviations: "W.", "U.S.", "Jr."
        let mut end_idx = j;
        let word_len = end_idx - i;
        let word: String = bytes[i..j].iter().map(|(_, c)| c).collect();
        if is_title_abbreviation(&word) && bytes.get(j).is_some_and(|(_, ch)| *ch == '.') {
            end_idx = j + 1;
        }
        if word_len == 1
            && bytes.get(j).is_some_and(|(_, ch)| *ch == '.')
            && bytes[i].1.is_uppercase()
        {
            end_idx = j + 1;
            while bytes.get(end_idx).is_some_and(|(_, ch)| ch.is_uppercase())
                && bytes.get(end_idx + 1).is_some_and(|(_, ch)| *ch == '.')
            {
                end_idx += 2;
            }
        }
        let end = bytes.get(end_idx).map_or(text.len(), |(p, _)| *p);
        out.push(Word {
            text: &text[start..end],
            start,
            end,
            joined_to_previous: gap_is_spaces,
            sentence_start,
        });
        sentence_start = false;
        gap_is_spaces = true;
        i = end_idx;
    }
    out
}

/// Titles and suffixes written with a stop, which belongs to the word ("Mr.", "Jr.").
fn is_title_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Gen"
            | "Sen"
            | "Rep"
            | "Gov"
            | "St"
            | "Jr"
            | "Sr"
            | "Lt"
            | "Col"
            | "Capt"
            | "Sgt"
            | "Rev"
            | "Hon"
            | "Cllr"
            | "Adm"
            | "Maj"
            | "Cmdr"
            | "Supt"
            | "Insp"
            | "Det"
            | "Mx"
    )
}

fn is_abbreviation(word: &str) -> bool {
    matches!(
        word.to_lowercase().trim_end_matches('.'),
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "st"
            | "jr"
            | "sr"
            | "gen"
            | "sen"
            | "rep"
            | "gov"
            | "col"
            | "capt"
            | "lt"
            | "prof"
            | "rev"
            | "vs"
            | "no"
            | "sgt"
            | "adm"
            | "mt"
            | "ft"
            | "inc"
            | "co"
            | "corp"
            | "ltd"
    ) || (word.len() <= 4 && word.ends_with('.'))
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

/// Character offset of a byte offset in `text`.
pub fn char_offset(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_names_whole() {
        let ws: Vec<&str> =
            words("George W. Bush met Conan O'Brien, Kim Jong-un and the U.S. envoy's aide.")
                .iter()
                .map(|w| w.text)
                .collect();
        assert_eq!(
            ws,
            [
                "George", "W.", "Bush", "met", "Conan", "O'Brien", "Kim", "Jong-un", "and", "the",
                "U.S.", "envoy's", "aide"
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
        assert_eq!(strip_possessive("Putin\u{2019}s"), "Putin");
    }
}

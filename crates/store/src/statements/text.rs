//! The text side of linking statements: quotations cut into words and
//! sentences, words folded as the full-text index folds them, stop words,
//! and a light English stemmer.

/// A word of a wording, or a gap: an ellipsis or a bracketed insertion,
/// where the reporter left words out or put their own in.
pub const GAP: u32 = u32::MAX;

/// One token as the tokeniser reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(test), allow(dead_code))]
pub enum Token {
    /// A word, folded (lower case, accents off), with the character offset
    /// where it starts in the text.
    Word(String, usize),
    /// A word inside brackets: the reporter's, not the speaker's. It counts
    /// as a content word, not as part of the wording.
    Inserted(String),
    /// An ellipsis or a bracketed insertion.
    Gap,
    /// The end of a sentence, at this character offset (just after its mark).
    SentenceEnd(usize),
}

/// Reads a wording into tokens. Words are runs of letters and digits, as
/// SQLite's `unicode61` tokenizer reads them (apostrophes and hyphens
/// split words), so that a word's document frequency can be looked up in
/// the quotations' full-text index.
#[cfg(test)]
pub fn tokenise(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenise_with(text, |t| -> Result<(), ()> {
        out.push(match t {
            Tok::Word(w, at) => Token::Word(w.to_string(), at),
            Tok::Inserted(w) => Token::Inserted(w.to_string()),
            Tok::Gap => Token::Gap,
            Tok::SentenceEnd(at) => Token::SentenceEnd(at),
        });
        Ok(())
    })
    .expect("the callback does not fail");
    out
}

/// A token as [`tokenise_with`] hands it over: its word borrowed from the
/// tokeniser's buffer, valid for the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tok<'a> {
    Word(&'a str, usize),
    Inserted(&'a str),
    Gap,
    SentenceEnd(usize),
}

/// [`tokenise`] without a string allocated per word: each token is handed
/// to `f` as it is read (the linking pass reads every quotation this way).
pub fn tokenise_with<E>(text: &str, mut f: impl FnMut(Tok<'_>) -> Result<(), E>) -> Result<(), E> {
    let chars: Vec<char> = text.chars().collect();
    let mut word = String::new();
    let mut word_start = 0;
    let mut bracket = 0u32;
    let mut i = 0;
    let flush = |word: &mut String,
                 start: usize,
                 bracket: u32,
                 f: &mut dyn FnMut(Tok<'_>) -> Result<(), E>| {
        if !word.is_empty() {
            let token = if bracket > 0 {
                Tok::Inserted(word)
            } else {
                Tok::Word(word, start)
            };
            let done = f(token);
            word.clear();
            return done;
        }
        Ok(())
    };
    let f = &mut f as &mut dyn FnMut(Tok<'_>) -> Result<(), E>;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() {
            if word.is_empty() {
                word_start = i;
            }
            clippings_extract::text::push_folded(c, &mut word);
            i += 1;
            continue;
        }
        flush(&mut word, word_start, bracket, f)?;
        match c {
            '[' => {
                if bracket == 0 {
                    f(Tok::Gap)?;
                }
                bracket += 1;
            }
            ']' => bracket = bracket.saturating_sub(1),
            '…' => f(Tok::Gap)?,
            '.' if chars.get(i + 1) == Some(&'.') => {
                while chars.get(i + 1) == Some(&'.') {
                    i += 1;
                }
                f(Tok::Gap)?;
            }
            '.' | '?' | '!' if bracket == 0 => {
                // A sentence ends at a mark followed by a space and a
                // capital (or a quotation mark), or at the end.
                let mut j = i + 1;
                while j < chars.len() && matches!(chars[j], '"' | '\'' | '’' | '”' | ')') {
                    j += 1;
                }
                let at_end = chars[j..].iter().all(|c| !c.is_alphanumeric());
                let next_starts = j < chars.len()
                    && chars[j].is_whitespace()
                    && chars[j..]
                        .iter()
                        .find(|c| !c.is_whitespace())
                        .is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '“' | '‘' | '\''));
                if at_end || next_starts {
                    f(Tok::SentenceEnd(j))?;
                }
            }
            _ => {}
        }
        i += 1;
    }
    flush(&mut word, word_start, bracket, f)
}

/// Words that say little of what a remark is about: function words,
/// speech verbs, and words every speaker uses.
pub fn is_stop_word(word: &str) -> bool {
    word.len() < 2 && !word.bytes().all(|b| b.is_ascii_digit())
        || STOP_WORDS.binary_search(&word).is_ok()
}

/// Sorted, for binary search.
const STOP_WORDS: &[&str] = &[
    "about",
    "above",
    "across",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "almost",
    "already",
    "also",
    "although",
    "always",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "anyone",
    "anything",
    "are",
    "aren",
    "around",
    "as",
    "at",
    "away",
    "back",
    "be",
    "became",
    "because",
    "become",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "came",
    "can",
    "cannot",
    "could",
    "couldn",
    "did",
    "didn",
    "do",
    "does",
    "doesn",
    "doing",
    "don",
    "done",
    "down",
    "during",
    "each",
    "either",
    "else",
    "enough",
    "even",
    "ever",
    "every",
    "everyone",
    "everything",
    "far",
    "few",
    "for",
    "from",
    "get",
    "gets",
    "getting",
    "give",
    "given",
    "go",
    "goes",
    "going",
    "gone",
    "got",
    "had",
    "hadn",
    "has",
    "hasn",
    "have",
    "haven",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "if",
    "in",
    "indeed",
    "into",
    "is",
    "isn",
    "it",
    "its",
    "itself",
    "just",
    "know",
    "let",
    "like",
    "ll",
    "made",
    "make",
    "makes",
    "making",
    "many",
    "may",
    "maybe",
    "me",
    "might",
    "mine",
    "more",
    "most",
    "mr",
    "mrs",
    "ms",
    "much",
    "must",
    "my",
    "myself",
    "need",
    "needs",
    "neither",
    "never",
    "no",
    "nor",
    "not",
    "nothing",
    "now",
    "of",
    "off",
    "often",
    "oh",
    "ok",
    "okay",
    "on",
    "once",
    "one",
    "only",
    "onto",
    "or",
    "other",
    "others",
    "otherwise",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "perhaps",
    "quite",
    "rather",
    "re",
    "really",
    "said",
    "same",
    "say",
    "saying",
    "says",
    "see",
    "seem",
    "seems",
    "shall",
    "she",
    "should",
    "shouldn",
    "since",
    "so",
    "some",
    "someone",
    "something",
    "still",
    "such",
    "sure",
    "take",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "thing",
    "things",
    "think",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "told",
    "too",
    "toward",
    "towards",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "ve",
    "very",
    "want",
    "was",
    "wasn",
    "way",
    "we",
    "well",
    "went",
    "were",
    "weren",
    "what",
    "whatever",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "won",
    "would",
    "wouldn",
    "yes",
    "yet",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Whether a word ends in a short syllable: a consonant, a vowel and a
/// consonant other than w or x (the first consonant may be the word's
/// start), or a vowel and a consonant that are the whole word.
fn ends_short_syllable(w: &[u8]) -> bool {
    let n = w.len();
    (n >= 3
        && !is_vowel(w[n - 1])
        && !matches!(w[n - 1], b'w' | b'x')
        && is_vowel(w[n - 2])
        && !is_vowel(w[n - 3]))
        || (n == 2 && is_vowel(w[0]) && !is_vowel(w[1]))
}

/// Where Porter's region R1 starts: after the first consonant that
/// follows a vowel.
fn r1(w: &[u8]) -> usize {
    // Porter2's exceptions: "general" and "generous", "community" and "commute".
    for prefix in [&b"gener"[..], b"commun", b"arsen"] {
        if w.starts_with(prefix) {
            return prefix.len();
        }
    }
    (1..w.len())
        .find(|&i| !is_vowel(w[i]) && is_vowel(w[i - 1]))
        .map_or(w.len(), |i| i + 1)
}

/// A light English stemmer in the manner of Porter2 (the Snowball English
/// stemmer): plurals, `-ed` and `-ing`, `-ly`, and the common derivational
/// endings are taken off inside region R1, so that "persecution",
/// "persecuted" and "persecute" meet at "persecut". Words that are not
/// plain ASCII letters are left as they are.
pub fn stem(word: &str) -> String {
    // Short words, and Porter2's words that look inflected but are not.
    const AS_THEY_ARE: &[&str] = &["andes", "atlas", "bias", "cosmos", "news", "only", "early"];
    if word.len() <= 3
        || !word.bytes().all(|b| b.is_ascii_lowercase())
        || AS_THEY_ARE.contains(&word)
    {
        return word.to_string();
    }
    let mut w: Vec<u8> = word.as_bytes().to_vec();
    // Step 1a: plurals.
    if w.ends_with(b"sses") {
        w.truncate(w.len() - 2);
    } else if w.ends_with(b"ied") || w.ends_with(b"ies") {
        let keep = if w.len() > 4 {
            w.len() - 2
        } else {
            w.len() - 1
        };
        w.truncate(keep);
    } else if w.ends_with(b"s")
        && !w.ends_with(b"ss")
        && !w.ends_with(b"us")
        && !w.ends_with(b"is")
        && w[..w.len() - 2].iter().any(|&b| is_vowel(b))
    {
        w.pop();
    }
    // Step 1b: -eed, -ed, -ing and their -ly forms.
    let region = r1(&w);
    let strip = |w: &mut Vec<u8>, suffix: &[u8]| -> bool {
        if w.ends_with(suffix) {
            let stem_len = w.len() - suffix.len();
            if w[..stem_len].iter().any(|&b| is_vowel(b)) {
                w.truncate(stem_len);
                return true;
            }
        }
        false
    };
    if w.ends_with(b"eedly") || w.ends_with(b"eed") {
        let cut = if w.ends_with(b"eedly") { 3 } else { 1 };
        if w.len() - cut >= region {
            w.truncate(w.len() - cut);
        }
    } else if strip(&mut w, b"ingly")
        || strip(&mut w, b"edly")
        || strip(&mut w, b"ing")
        || strip(&mut w, b"ed")
    {
        let n = w.len();
        if w.ends_with(b"at") || w.ends_with(b"bl") || w.ends_with(b"iz") || w.ends_with(b"is") {
            w.push(b'e');
        } else if n >= 2
            && w[n - 1] == w[n - 2]
            && matches!(
                w[n - 1],
                b'b' | b'd' | b'f' | b'g' | b'm' | b'n' | b'p' | b'r' | b't'
            )
        {
            w.pop();
        } else if r1(&w) == w.len() && ends_short_syllable(&w) {
            // A short word takes its e back ("baking" to "bake").
            w.push(b'e');
        }
    }
    // Step 1c: a final y after a consonant.
    let n = w.len();
    if n > 2 && w[n - 1] == b'y' && !is_vowel(w[n - 2]) {
        w[n - 1] = b'i';
    }
    // Step 2 (in R1): derivational endings to their base.
    const STEP2: &[(&str, &str)] = &[
        ("ational", "ate"),
        ("tional", "tion"),
        ("enci", "ence"),
        ("anci", "ance"),
        ("abli", "able"),
        ("entli", "ent"),
        ("ization", "ize"),
        ("isation", "ize"),
        ("izer", "ize"),
        ("iser", "ize"),
        ("ation", "ate"),
        ("ator", "ate"),
        ("alism", "al"),
        ("aliti", "al"),
        ("alli", "al"),
        ("fulness", "ful"),
        ("ousli", "ous"),
        ("ousness", "ous"),
        ("iveness", "ive"),
        ("iviti", "ive"),
        ("biliti", "ble"),
        ("bli", "ble"),
        ("fulli", "ful"),
        ("lessli", "less"),
    ];
    // Step 3 (in R1).
    const STEP3: &[(&str, &str)] = &[
        ("ational", "ate"),
        ("tional", "tion"),
        ("alize", "al"),
        ("alise", "al"),
        ("icate", "ic"),
        ("iciti", "ic"),
        ("ical", "ic"),
        ("ful", ""),
        ("ness", ""),
    ];
    // Step 4 (in R2): endings taken off.
    const STEP4: &[&str] = &[
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism",
        "ate", "iti", "ous", "ive", "ize", "ise", "ion",
    ];
    let longest = |w: &[u8], list: &[&str]| -> Option<usize> {
        list.iter()
            .enumerate()
            .filter(|(_, e)| w.ends_with(e.as_bytes()))
            .max_by_key(|(_, e)| e.len())
            .map(|(i, _)| i)
    };
    // Step 2's -li after a letter that can end a stem before it ("clearly").
    if w.ends_with(b"li")
        && w.len() > 2
        && w.len() - 2 >= r1(&w)
        && matches!(
            w[w.len() - 3],
            b'c' | b'd' | b'e' | b'g' | b'h' | b'k' | b'm' | b'n' | b'r' | b't'
        )
        && !STEP2.iter().any(|(e, _)| w.ends_with(e.as_bytes()))
    {
        w.truncate(w.len() - 2);
    }
    for step in [STEP2, STEP3] {
        let region = r1(&w);
        let endings: Vec<&str> = step.iter().map(|e| e.0).collect();
        if let Some(i) = longest(&w, &endings) {
            let (ending, replacement) = step[i];
            if w.len() - ending.len() >= region {
                w.truncate(w.len() - ending.len());
                w.extend_from_slice(replacement.as_bytes());
            }
        }
    }
    let region1 = r1(&w);
    let region2 = (region1 + r1(&w[region1.min(w.len())..])).min(w.len());
    if let Some(i) = longest(&w, STEP4) {
        let ending = STEP4[i].as_bytes();
        let at = w.len() - ending.len();
        let ok = at >= region2 && (ending != b"ion" || at > 0 && matches!(w[at - 1], b's' | b't'));
        if ok {
            w.truncate(at);
        }
    }
    // Step 5: a final e, a final double l.
    let region1 = r1(&w);
    let region2 = (region1 + r1(&w[region1.min(w.len())..])).min(w.len());
    // A final e goes in R2, or in R1 unless a short syllable comes before
    // it ("care" stays, "persecute" goes).
    if (w.ends_with(b"e")
        && (w.len() > region2 || w.len() > region1 && !ends_short_syllable(&w[..w.len() - 1])))
        || (w.ends_with(b"ll") && w.len() > region2)
    {
        w.pop();
    }
    String::from_utf8(w).unwrap_or_else(|_| word.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted() {
        let mut sorted = STOP_WORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, STOP_WORDS);
    }

    #[test]
    fn forms_of_a_word_meet() {
        for group in [
            &["persecution", "persecuted", "persecute", "persecutions"][..],
            &["prosecution", "prosecutions", "prosecuted"],
            &["ready", "readiness"],
            &["offer", "offered", "offering", "offers"],
            &["conversation", "conversations"],
            &["leaks", "leaked", "leaking", "leak"],
            &["defender", "defenders", "defend", "defended"],
            &["nation", "national", "nations"],
            &["organise", "organised", "organisation", "organization"],
            &["taxes", "tax", "taxed"],
            &["hospital", "hospitals"],
            &["agreement", "agreements"],
            &["agree", "agreed", "agrees"],
        ] {
            let stems: Vec<String> = group.iter().map(|w| stem(w)).collect();
            assert!(
                stems.iter().all(|s| s == &stems[0]),
                "{group:?} -> {stems:?}"
            );
        }
        // Different words stay apart.
        assert_ne!(stem("general"), stem("generous"));
        assert_ne!(stem("news"), stem("new"));
    }

    #[test]
    fn gaps_sentences_and_insertions() {
        let t =
            tokenise("If he faces [Comey] pressure… we are ready. He should know... That's it.");
        let words: Vec<String> = t
            .iter()
            .map(|t| match t {
                Token::Word(w, _) => w.clone(),
                Token::Inserted(w) => format!("[{w}]"),
                Token::Gap => "…".into(),
                Token::SentenceEnd(_) => "|".into(),
            })
            .collect();
        assert_eq!(
            words.join(" "),
            "if he faces … [comey] pressure … we are ready | he should know … that s it |"
        );
        let t = tokenise("Mr. smith met the U.S. envoy in Zürich.");
        assert_eq!(
            t.iter()
                .filter(|t| matches!(t, Token::SentenceEnd(_)))
                .count(),
            1
        );
        assert!(t.contains(&Token::Word("zurich".into(), 32)));
    }
}

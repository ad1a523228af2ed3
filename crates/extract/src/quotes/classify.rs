//! Whether quoted words are a quotation, and of which kind: a quoted
//! sentence (direct), a quoted fragment in the writer's own sentence
//! (partial), or not a quotation at all (a title, a nickname, a term held
//! at arm's length).

use crate::lexicon::{self, Flags, Lexicon};
use crate::text::{self, Word};

use super::QuoteKind;

/// Decides whether quoted words are a quotation, and of which kind; scare
/// quotes, titles and nicknames are not. `pre_words` are the words of
/// `pre`, which its trailing spaces do not change.
pub(super) fn classify(
    text: &str,
    pre: &str,
    pre_words: &[Word],
    sentence: &str,
    after: &str,
) -> Option<QuoteKind> {
    let pre_trim = pre.trim_end();
    let starts_upper = text
        .trim_start()
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_uppercase);
    let last_pre = pre_words.last().map(|w| text::to_lower(w.text));
    let lower_pre = pre_trim.to_lowercase();
    // "He said, “…" and "…, according to the report: “…" open a quotation;
    // "…, “Small Hours” and …" in a list does not.
    let cue_near_end = pre_words
        .iter()
        .rev()
        .take(4)
        .any(|w| w.lex.is(Flags::CUE_VERB))
        || lower_pre.contains("according to");
    let direct = pre_trim.is_empty()
        || pre_trim.ends_with([':', '\u{2014}', '\u{2013}'])
        || (starts_upper
            && cue_near_end
            && (pre_trim.ends_with(',') || last_pre.as_deref().is_some_and(lexicon::is_cue_verb)));
    // A title with its author: "Small Hours" by Jane Doe.
    let after_trim = after.trim_start_matches([',', ' ']);
    if after_trim.starts_with("by ") && after_trim[3..].starts_with(char::is_uppercase) {
        return None;
    }
    if direct {
        return Some(QuoteKind::Direct);
    }
    // Titles, nicknames, and words held at arm's length.
    let last_words: Vec<&str> = pre_words.iter().rev().take(6).map(|w| w.text).collect();
    // "known to the cast as", "calls the pattern the": a name being given.
    let naming = (last_pre.as_deref() == Some("as")
        && last_words
            .iter()
            .any(|w| matches!(*w, "known" | "referred")))
        || (last_pre.as_deref() == Some("the")
            && last_words
                .iter()
                .skip(1)
                .take(4)
                .any(|w| Lexicon::get().lexeme(w).is(Flags::NAMING_VERB)));
    // "the Admiral", "the Boss": a nickname.
    let inner: Vec<&str> = text.split_whitespace().collect();
    let nickname = inner.len() <= 3
        && inner.first().is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && inner[1..].iter().all(|w| w.starts_with(char::is_uppercase));
    // ", \u{201c}Health and safety in swimming pools\u{201d}, says": a title set off by commas.
    let appositive_title =
        pre_trim.ends_with(',') && after.trim_start().starts_with(',') && !cue_near_end;
    if last_pre
        .as_deref()
        .is_some_and(|w| Lexicon::get().lexeme(w).is(Flags::TITLE_CUE))
        || lower_pre.ends_with("so-called")
        || naming
        || nickname
        || appositive_title
    {
        return None;
    }
    let next_word_capitalised = after
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    if pre_words
        .last()
        .is_some_and(|w| w.lex.given.is_some() && w.is_capitalised())
        && next_word_capitalised
    {
        return None; // Robert "Bobby" Tan
    }
    let has_cue = text::Words::new(&sentence.replace(text, " ")).any(|w| w.lex.is(Flags::CUE_VERB));
    if !has_cue {
        return None;
    }
    Some(QuoteKind::Partial)
}

//! Roles: titles and descriptions around a name ("his national security
//! adviser Michael Flynn", "Jane Doe, the bank's chief economist") and
//! titles standing for a person ("the Russian President").

use std::ops::Range;

use crate::lexicon::{self, Flags, Lexicon};
use crate::text::{self, Word};

/// How many words an apposition without an article may hold before its
/// role: "director", "executive director", "former deputy director".
const BARE_ROLE_WORDS: usize = 3;

/// Role words that matter for matching: lower case, without "the",
/// "former" and the like, "U.S." and "US" alike.
pub(super) fn role_key(role: &str) -> Vec<String> {
    role.split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| w.to_lowercase().replace('.', ""))
        .filter(|w| !Lexicon::get().lexeme(w).is(Flags::ROLE_KEY_STOPWORD))
        .map(|w| if w == "usa" { "us".to_string() } else { w })
        .collect()
}

/// "his national security adviser Michael Flynn" → "national security adviser".
pub(super) fn role_before(text: &str, ws: &[Word], run_start: usize) -> Option<String> {
    let head = ws.get(run_start.checked_sub(1)?)?;
    if !head.joined_to_previous
        && run_start > 1
        && text[ws[run_start - 1].end..ws[run_start].start].trim() != ""
    {
        return None;
    }
    if !ws[run_start].joined_to_previous || !head.lex.is(Flags::ROLE_HEAD) || head.is_capitalised()
    {
        return None;
    }
    let mut first = run_start - 1;
    while first > 0 && run_start - first < 5 {
        let prev = &ws[first - 1];
        let role_word = prev.lex.is(Flags::ROLE_HEAD)
            || prev.lex.is(Flags::TITLE)
            || (prev.is_shouting() && prev.text.len() <= 5)
            || prev.lex.is(Flags::ROLE_MODIFIER);
        if !ws[first].joined_to_previous || prev.is_possessive() || !role_word {
            break;
        }
        first -= 1;
    }
    Some(text[ws[first].start..head.end].to_string())
}

/// "the mayor, Councillor Brian Oakes," → "mayor"; "The Finance Minister,
/// Daniel Frew," → "Finance Minister".
pub(super) fn apposition_before(text: &str, ws: &[Word], run_start: usize) -> Option<String> {
    let head = ws.get(run_start.checked_sub(1)?)?;
    if text[head.end..ws[run_start].start].trim() != "," || !head.lex.is(Flags::ROLE_HEAD) {
        return None;
    }
    let mut first = run_start - 1;
    while first > 0 && run_start - first < 6 && ws[first].joined_to_previous {
        let prev = &ws[first - 1];
        if matches!(
            &*text::to_lower(prev.text),
            "the" | "a" | "an" | "its" | "his" | "her" | "their"
        ) {
            return Some(text[ws[first].start..head.end].to_string());
        }
        let role_word = prev.lex.is(Flags::TITLE)
            || prev.lex.is(Flags::NATIONALITY)
            || prev.lex.is(Flags::ROLE_HEAD)
            || prev.is_shouting()
            || prev.text.chars().all(char::is_lowercase);
        if prev.is_possessive() || !role_word {
            return None;
        }
        first -= 1;
    }
    None
}

/// "Jane Doe, the bank's chief economist, said" → "chief economist";
/// without an article, a role word opens the apposition ("Jane Doe,
/// director of the centre, said" → "director"), not a verb ("Acme,
/// founded by billionaire …").
pub(super) fn apposition_after(text: &str, ws: &[Word], run_end: usize) -> Option<String> {
    let last = ws.get(run_end.checked_sub(1)?)?;
    let det = ws.get(run_end)?;
    if !text[last.end..det.start].trim().starts_with(',') {
        return None;
    }
    let from = if matches!(det.text, "the" | "a" | "an") {
        run_end + 1
    } else if det.text.chars().all(char::is_lowercase)
        && det
            .lex
            .is(Flags::ROLE_HEAD | Flags::ROLE_MODIFIER | Flags::TITLE)
        && ws[run_end..]
            .iter()
            .take(BARE_ROLE_WORDS)
            .any(|w| w.lex.is(Flags::ROLE_HEAD))
    {
        run_end
    } else {
        return None;
    };
    let mut words = Vec::new();
    for w in &ws[from..] {
        if !w.joined_to_previous && !words.is_empty()
            || matches!(w.text, "who" | "which" | "that" | "and")
            || words.len() >= 6
        {
            break;
        }
        if w.is_possessive() {
            words.clear();
            continue;
        }
        words.push(w.text);
    }
    words
        .iter()
        .rposition(|w| lexicon::is_role_head(w))
        .map(|h| words[..=h].join(" "))
}

/// Titles used without a name: "the Russian President", "the former FBI director".
pub(super) fn role_mentions_in(text: &str, ws: &[Word]) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        if !matches!(text::to_lower(w.text).as_ref(), b"the" | b"a") {
            continue;
        }
        let mut j = i + 1;
        let mut last_head = None;
        while j < ws.len() && j - i <= 5 && ws[j].joined_to_previous && !ws[j - 1].is_possessive() {
            let t = ws[j].text;
            if ws[j].lex.is(Flags::ROLE_HEAD) {
                last_head = Some(j);
            } else if !(t.chars().all(char::is_lowercase)
                || ws[j].is_shouting()
                || ws[j].lex.is(Flags::TITLE | Flags::NATIONALITY))
            {
                break;
            }
            j += 1;
        }
        let Some(h) = last_head else { continue };
        // A name right after the title is a named mention, not a role one.
        if ws
            .get(h + 1)
            .is_some_and(|n| n.joined_to_previous && n.is_capitalised())
        {
            continue;
        }
        out.push((
            w.start..ws[h].end,
            text[ws[i + 1].start..ws[h].end].to_string(),
        ));
    }
    out
}

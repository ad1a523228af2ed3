//! The headline of a whole page's visible text, chosen by a small model.
//!
//! Saved "page text" has dozens of lines of menus, teasers and prompts
//! above the article, in any language, and the headline is one short line
//! among them. Hand rules (the last title-like line above a date) found it
//! on 110 of trafilatura's 844 titled development pages; this model finds
//! it on 514 in five-fold cross-validation (Readability's pages, never
//! trained on: 28 → 40 of 127). Every line near the start of the running
//! prose is a candidate, described by a few facts of its shape, its
//! neighbours and the words it shares with the prose below ([`FEATURES`]:
//! a menu's words are seldom the article's), and a linear model scores
//! them; the best scoring line is the headline.
//!
//! The weights are data (`data/models/page_headline.tsv`), trained by
//! `tools/webpages/train_headline.py` on the features this module writes
//! for trafilatura's evaluation pages (`cargo run --release -p
//! clippings-extract --example page_headline_features`), so the training
//! reads exactly what inference reads.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::{
    Line, body_start, ends_with_initialism, is_breadcrumb, is_byline_line, is_chrome,
    is_consent_notice, is_credit_caption, is_prose, word_count,
};
use crate::dates;
use crate::lexicon::{Flags, Lexicon};
use crate::text::floor_char_boundary;

/// How many lines above the body's start, and below it, are candidates.
pub const CANDIDATES_ABOVE: usize = 40;
const BELOW: usize = 3;
/// Longest candidate, in words.
const MAX_WORDS: usize = 40;
/// How far from the candidates a line is read for a repeat of one, and
/// how much of it (a breadcrumb, a share line or the body's first words
/// repeat a headline; the bound keeps the work per page constant).
const REPEAT_REACH: usize = 100;
const REPEAT_BYTES: usize = 1_000;
/// How much of the running prose is read for the words a headline shares
/// with its article (a menu's words are seldom in it): lines, and bytes.
const BODY_LINES: usize = 30;
const BODY_BYTES: usize = 4_000;
/// The shortest word, in characters, that counts as shared (shorter ones
/// are mostly function words, in any language).
const SHARED_WORD_CHARS: usize = 4;

/// The least probability the model must give its best line for the lines
/// above it to be furniture; below it the line is the headline all the
/// same, and the lines above are read as any others. Lines above the headline
/// become furniture, so a wrong pick costs body text: on trafilatura's
/// page texts, no bound gave headlines 0.526 and snippet recall 0.849,
/// 0.35 gives 0.488 and 0.866, 0.5 gives 0.410 and 0.871 (0.880 before
/// the model).
const MIN_PROBABILITY: f32 = 0.35;

/// The facts the model reads of a line, by name (the weights file's keys).
/// No constant term: the model only compares the lines of one page.
pub const FEATURES: &[&str] = &[
    "words_1",
    "words_2_3",
    "words_4_7",
    "words_8_15",
    "words_16_30",
    "words_over_30",
    "ends_stop",
    "ends_colon",
    "ends_question_or_bang",
    "ends_comma_or_semicolon",
    "date",
    "byline",
    "date_or_byline_after",
    "date_or_byline_before",
    "body_in_1",
    "body_in_2",
    "body_in_3",
    "body_in_4_6",
    "body_in_7_10",
    "body_in_11_20",
    "body_in_over_20",
    "in_body",
    "repeated_inside_another",
    "repeated_whole",
    "after_short_line",
    "before_prose",
    "title_case",
    "capitals",
    "digits",
    "separators",
    "first_line",
    "chrome",
    "breadcrumb",
    "body_shares_none",
    "body_shares_some",
    "body_shares_most",
    "short_lines_after",
];

/// A line the model weighs, with its facts.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Index among the page's non-blank logical lines.
    pub line: usize,
    pub text: String,
    /// One value per name in [`FEATURES`].
    pub features: Vec<bool>,
}

/// The candidates of a page's text, for the training script.
pub fn candidates_of_text(text: &str) -> Vec<Candidate> {
    let lines = super::logical_lines(text);
    let body = body_start(&lines).unwrap_or(lines.len());
    candidates(&lines, body)
}

/// The model's pick for a page's headline: its line, and whether the
/// model is sure enough of it for the lines above to be furniture.
pub(super) struct Pick {
    pub line: usize,
    pub sure: bool,
}

/// The headline line of a page's lines whose running prose starts at line
/// `body`, if there is any candidate.
pub(super) fn best(lines: &[Line], body: usize) -> Option<Pick> {
    let weights = weights();
    let scored: Vec<(usize, f32)> = candidates(lines, body)
        .into_iter()
        .map(|c| {
            let score: f32 = c
                .features
                .iter()
                .zip(weights)
                .filter(|(on, _)| **on)
                .map(|(_, w)| w)
                .sum();
            (c.line, score)
        })
        .collect();
    let &(line, top) = scored.iter().max_by(|a, b| a.1.total_cmp(&b.1))?;
    // The model's probability that this line is the headline (a softmax
    // over the page's candidates, as it was trained).
    let total: f32 = scored.iter().map(|(_, s)| (s - top).exp()).sum();
    Some(Pick {
        line,
        sure: 1.0 / total >= MIN_PROBABILITY,
    })
}

fn candidates(lines: &[Line], body: usize) -> Vec<Candidate> {
    let range = body.saturating_sub(CANDIDATES_ABOVE)..(body + BELOW).min(lines.len());
    // Lines near the candidates, folded, for repeats (a breadcrumb ending
    // in the headline, "1 Comment on HEADLINE", the body opening with it).
    let reach =
        range.start.saturating_sub(REPEAT_REACH)..(range.end + REPEAT_REACH).min(lines.len());
    let folded: Vec<String> = lines[reach.clone()]
        .iter()
        .map(|l| fold(&l.text[..floor_char_boundary(&l.text, REPEAT_BYTES.min(l.text.len()))]))
        .collect();
    let prose = ProseWords::new(lines, body);
    range
        .filter(|&i| word_count(&lines[i].text) <= MAX_WORDS && may_be_headline(&lines[i].text))
        .map(|i| Candidate {
            line: i,
            text: lines[i].text.clone(),
            features: features(lines, i, body, &folded, i - reach.start, &prose),
        })
        .collect()
}

/// The longer words of the running prose's first lines, each with the
/// first two lines it is in (so that a line in the prose is not counted
/// as sharing words with itself).
struct ProseWords(HashMap<String, [usize; 2]>);

impl ProseWords {
    fn new(lines: &[Line], body: usize) -> ProseWords {
        let mut words: HashMap<String, [usize; 2]> = HashMap::new();
        let mut bytes = 0;
        for (i, line) in lines.iter().enumerate().skip(body).take(BODY_LINES) {
            if bytes >= BODY_BYTES {
                break;
            }
            bytes += line.text.len();
            for word in long_words(&line.text) {
                let seen = words.entry(word).or_insert([i, i]);
                if seen[0] == seen[1] && seen[0] != i {
                    seen[1] = i;
                }
            }
        }
        ProseWords(words)
    }

    /// Of the longer words of line `i`, how many are in the prose, and
    /// how many there are.
    fn shared(&self, lines: &[Line], i: usize) -> (usize, usize) {
        let own = long_words(&lines[i].text);
        let shared = own
            .iter()
            .filter(|w| {
                self.0
                    .get(*w)
                    .is_some_and(|seen| seen.iter().any(|&l| l != i))
            })
            .count();
        (shared, own.len())
    }
}

/// A line's words of [`SHARED_WORD_CHARS`] or more, in lower case.
fn long_words(line: &str) -> Vec<String> {
    line.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= SHARED_WORD_CHARS)
        .map(str::to_lowercase)
        .collect()
}

fn features(
    lines: &[Line],
    i: usize,
    body: usize,
    folded: &[String],
    at: usize,
    prose: &ProseWords,
) -> Vec<bool> {
    let text = lines[i].text.as_str();
    let words = word_count(text);
    let end = text.trim_end_matches(super::CLOSERS);
    let to_body = body as isize - i as isize;
    let marked = |l: &Line| is_date(&l.text) || is_byline(&l.text);
    let own = &folded[at];
    let (shared, own_words) = prose.shared(lines, i);
    let repeated_inside = words >= 2
        && folded
            .iter()
            .enumerate()
            .any(|(j, f)| j != at && f.len() > own.len() && f.contains(own.as_str()));
    let repeated_whole = words >= 2 && folded.iter().enumerate().any(|(j, f)| j != at && f == own);

    let capitalised: Vec<bool> = text
        .split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| c.is_alphabetic()))
        .map(char::is_uppercase)
        .collect();
    let values = [
        ("words_1", words == 1),
        ("words_2_3", (2..=3).contains(&words)),
        ("words_4_7", (4..=7).contains(&words)),
        ("words_8_15", (8..=15).contains(&words)),
        ("words_16_30", (16..=30).contains(&words)),
        ("words_over_30", words > 30),
        (
            "ends_stop",
            end.ends_with('.') && !ends_with_initialism(end),
        ),
        ("ends_colon", end.ends_with(':')),
        ("ends_question_or_bang", end.ends_with(['?', '!'])),
        ("ends_comma_or_semicolon", end.ends_with([',', ';'])),
        ("date", is_date(text)),
        ("byline", is_byline(text)),
        (
            "date_or_byline_after",
            lines[i + 1..(i + 4).min(lines.len())].iter().any(marked),
        ),
        (
            "date_or_byline_before",
            lines[i.saturating_sub(2)..i].iter().any(marked),
        ),
        ("body_in_1", to_body == 1),
        ("body_in_2", to_body == 2),
        ("body_in_3", to_body == 3),
        ("body_in_4_6", (4..=6).contains(&to_body)),
        ("body_in_7_10", (7..=10).contains(&to_body)),
        ("body_in_11_20", (11..=20).contains(&to_body)),
        ("body_in_over_20", to_body > 20),
        ("in_body", to_body <= 0),
        ("repeated_inside_another", repeated_inside),
        ("repeated_whole", repeated_whole),
        (
            "after_short_line",
            i > 0 && word_count(&lines[i - 1].text) <= 3,
        ),
        ("before_prose", lines.get(i + 1).is_some_and(is_prose)),
        (
            "title_case",
            !capitalised.is_empty()
                && capitalised.iter().filter(|c| **c).count() * 10 > capitalised.len() * 6,
        ),
        (
            "capitals",
            words > 1
                && text.chars().any(char::is_uppercase)
                && !text.chars().any(char::is_lowercase),
        ),
        ("digits", text.chars().any(|c| c.is_ascii_digit())),
        (
            "separators",
            text.contains(['|', '\u{bb}', '\u{203a}', '>', '/']),
        ),
        ("first_line", i == 0),
        ("chrome", is_chrome(text)),
        ("breadcrumb", is_breadcrumb(text)),
        ("body_shares_none", own_words > 0 && shared == 0),
        ("body_shares_some", shared > 0 && shared * 2 < own_words),
        ("body_shares_most", own_words > 0 && shared * 2 >= own_words),
        (
            "short_lines_after",
            i + 3 < lines.len() && lines[i + 1..i + 4].iter().all(|l| word_count(&l.text) <= 3),
        ),
    ];
    debug_assert!(values.iter().map(|v| v.0).eq(FEATURES.iter().copied()));
    values.iter().map(|v| v.1).collect()
}

/// A headline is never a navigation line ("Zum Inhalt springen", "Close
/// this search box"), a date alone, a picture's credit, a byline ("by Jane
/// Doe 22 Dec 2016"), or a line cut short ("US & Canada is sponsored by").
fn may_be_headline(line: &str) -> bool {
    !(is_chrome(line)
        || is_consent_notice(line)
        || dates::is_date_line(line)
        || is_credit_caption(line)
        || is_signed(line)
        || ends_unfinished(line))
}

/// A byline naming someone: "by Lucas Nolan", not "By the numbers: …".
fn is_signed(line: &str) -> bool {
    let mut words = line.split_whitespace().skip(1);
    is_byline(line)
        && words.next().is_some_and(|w| {
            w.starts_with(char::is_uppercase)
                && !Lexicon::get()
                    .lexeme(&w.to_lowercase())
                    .is(Flags::DETERMINER)
        })
}

/// A line whose last word leaves it unfinished: "the", "of", "by", "and",
/// "or" (not "a" or "an", which end lines in other languages: "… kommt
/// es an").
fn ends_unfinished(line: &str) -> bool {
    line.split_whitespace().last().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "of" | "by" | "and" | "or"
        )
    })
}

fn is_date(line: &str) -> bool {
    dates::is_date_line(line) || (word_count(line) <= 16 && dates::find_date(line).is_some())
}

/// "By Jane Doe", "Von Max Muster", "Posted by …".
fn is_byline(line: &str) -> bool {
    is_byline_line(line)
        || word_count(line) <= 12
            && Lexicon::get().byline_openers.iter().any(|opener| {
                line.len() > opener.len()
                    && line.is_char_boundary(opener.len())
                    && line[..opener.len()].eq_ignore_ascii_case(opener)
                    && line[opener.len()..].starts_with([' ', ':'])
            })
}

/// Lower case, quotation marks dropped, spaces single: so that a headline
/// and its repeat in a breadcrumb or a share line compare equal.
fn fold(line: &str) -> String {
    let lowered = line.to_lowercase();
    let kept = lowered.replace(
        [
            '"', '\'', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{201e}', '\u{ab}',
            '\u{bb}',
        ],
        "",
    );
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The weights, in the order of [`FEATURES`].
fn weights() -> &'static [f32] {
    static WEIGHTS: OnceLock<Vec<f32>> = OnceLock::new();
    WEIGHTS.get_or_init(|| parse_weights(include_str!("../../data/models/page_headline.tsv")))
}

/// `name<TAB>weight` lines (and `#` comments); every feature must have one.
fn parse_weights(file: &str) -> Vec<f32> {
    let by_name: HashMap<&str, f32> = file
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (name, weight) = l.split_once('\t').expect("name<TAB>weight");
            (name, weight.trim().parse().expect("a weight"))
        })
        .collect();
    FEATURES
        .iter()
        .map(|name| {
            *by_name
                .get(name)
                .unwrap_or_else(|| panic!("no weight for {name}"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_feature_has_a_weight_and_every_weight_a_feature() {
        let file = include_str!("../../data/models/page_headline.tsv");
        let named: Vec<&str> = file
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| l.split('\t').next().unwrap())
            .collect();
        assert_eq!(named, FEATURES);
        assert_eq!(weights().len(), FEATURES.len());
    }

    /// The `body_shares_*` facts that hold of the candidate line `text`
    /// of `page`.
    fn facts(page: &str, text: &str) -> Vec<&'static str> {
        let candidate = candidates_of_text(page)
            .into_iter()
            .find(|c| c.text == text)
            .unwrap_or_else(|| panic!("no candidate {text:?}"));
        FEATURES
            .iter()
            .zip(&candidate.features)
            .filter(|(name, on)| **on && name.starts_with("body_shares"))
            .map(|(name, _)| *name)
            .collect()
    }

    #[test]
    fn a_headline_shares_its_words_with_the_prose_and_a_menu_does_not() {
        let page = "Home\n\nGarden Club Newsletter\n\nSearch\n\nCouncil votes to close the old harbour bridge\n\nThe city council voted on Tuesday to close the old harbour bridge to cars from next spring, citing repair costs that have doubled in five years.\n\nResidents who use the bridge every day said they would fight the decision in the courts.";
        assert_eq!(facts(page, "Garden Club Newsletter"), ["body_shares_none"]);
        assert_eq!(
            facts(page, "Council votes to close the old harbour bridge"),
            ["body_shares_most"]
        );
        // A line of the prose does not share words with itself.
        let lone = "Home\n\nOrchids bloom\n\nOrchids bloom everywhere this spring in warm gardens.";
        assert_eq!(
            facts(
                lone,
                "Orchids bloom everywhere this spring in warm gardens."
            ),
            ["body_shares_none"]
        );
    }
}

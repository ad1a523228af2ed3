//! Authors' names from what a page's markup gives as its author: a JSON-LD
//! `author`, an `author` meta tag, a byline element. These are written for
//! people, not parsed, so they carry more than names: "By", "Von",
//! "Posted on September 21, 2020 by", a date and time, a job after the
//! names ("Political Editor"), degrees ("PhD"), the site's address, and,
//! when a byline finder lands on a comment form, "Name (required)" or
//! "Aylin says:". [`names`] keeps the names, in order.
//!
//! A byline in an article's running text is read by the layout stage
//! ([`crate::article`]), which must first decide that a line is a byline
//! at all and so asks more of each name.

use crate::dates;
use crate::lexicon::{self, Flags, Lexicon};

/// The longest name, in words; longer parts are phrases, not names.
const MAX_NAME_WORDS: usize = 6;

/// The names an author field or byline element gives, in order.
///
/// A field that names one thing which is not a person's name ("Staff
/// Writer", "Redaktion") is kept as the page gives it: it is the page's
/// author all the same. Where names come first, a job or place after them
/// ends the list ("Jane Doe, Political Editor").
pub fn names(written: &str) -> Vec<String> {
    let written = collapse_spaces(written);
    if is_comment_author(&written) || is_credit(&written) {
        return Vec::new();
    }
    let text = collapse_spaces(&without_brackets(after_posted_by(&written)));
    // A part ending in a colon is a label ("Datum:", "Last Updated:").
    let parts: Vec<&str> = split_names(&text)
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty() && !p.ends_with(':'))
        .map(|p| p.trim_end_matches(['.', '*']).trim())
        .collect();
    let mut out: Vec<String> = Vec::new();
    for part in &parts {
        let part = before_outlet(before_date(without_opener(part)));
        if !is_name_like(part) {
            continue;
        }
        let job = is_job(part);
        if job && !out.is_empty() {
            break;
        }
        // "Von David Hutzler, dpa", "Jane Doe, The Associated Press": the
        // agency or outlet credited after a name is no author.
        if !out.is_empty() && crate::outlets::lookup(part).is_some() {
            continue;
        }
        // A job alone is kept as the page gives it, when it is written
        // as a name is ("Staff Writer", not "news service reports").
        if job && (parts.len() > 1 || !is_capitalised(part)) {
            continue;
        }
        if !out.iter().any(|o| o == part) {
            out.push(part.to_string());
        }
    }
    out
}

/// One space between words, and no handles ("Williams Perdomo
/// @wperdomod").
fn collapse_spaces(s: &str) -> String {
    s.split_whitespace()
        .filter(|w| !w.starts_with('@') || w.len() == 1)
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Aylin says:", "stephangoeldi said": a reply's author, not the page's.
fn is_comment_author(text: &str) -> bool {
    let last = text
        .trim_end_matches(':')
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .to_lowercase();
    text.contains(' ') && matches!(last.as_str(), "says" | "said" | "sagt" | "schreibt")
}

/// "Foto: Ingo Schneider", "Photo by …": a picture's credit, not the
/// article's author. (German "Foto:" and "Bild:" are not among the
/// lexicon's credit marks: the layout stage finds those anywhere in a
/// line, and in page text that cost body recall, 0.859 -> 0.849.)
fn is_credit(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.starts_with("foto:")
        || lower.starts_with("bild:")
        || Lexicon::get()
            .credit_marks
            .iter()
            .any(|mark| lower.starts_with(mark))
}

/// "Posted on September 21, 2020 by Adi Tzlil" → "Adi Tzlil": a one-word
/// opener of the lexicon ("by", "von", "par") after a date (digits) or
/// after words that are only byline noise opens the names.
fn after_posted_by(text: &str) -> &str {
    let openers = Lexicon::get()
        .byline_openers
        .iter()
        .filter(|o| o.bytes().all(|b| b.is_ascii_alphabetic()));
    for opener in openers {
        // The last " opener " in the text, ASCII case ignored: the opener
        // is ASCII, so a match starts and ends on a character boundary.
        let n = opener.len() + 2;
        let at = (0..text.len().saturating_sub(n - 1)).rev().find(|&i| {
            let window = &text.as_bytes()[i..i + n];
            window[0] == b' '
                && window[n - 1] == b' '
                && window[1..n - 1].eq_ignore_ascii_case(opener.as_bytes())
        });
        let Some(at) = at else { continue };
        let before = &text[..at];
        let noise_only = before
            .split_whitespace()
            .all(|w| is_noise(w.trim_end_matches([',', ':'])) || w.contains(char::is_numeric));
        if before.contains(char::is_numeric) || noise_only {
            return &text[at + n..];
        }
    }
    text
}

/// Drops what parentheses and brackets say ("Deutsche Welle (www.dw.com)",
/// "Name (required)").
fn without_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Splits at the marks and words that join names: commas, semicolons,
/// bars, slashes, bullets, "&", a spaced dash, and the lexicon's joining
/// words ("and", "und", any ASCII case) between spaces.
fn split_names(text: &str) -> Vec<&str> {
    let mut parts: Vec<&str> = text
        .split([',', ';', '|', '&', '/', '\u{2022}', '\u{b7}', '\u{2013}'])
        .flat_map(|p| p.split(" - "))
        .collect();
    for joiner in &Lexicon::get().byline_joiners {
        parts = parts
            .into_iter()
            .flat_map(|p| split_at_word(p, joiner))
            .collect();
    }
    parts
}

/// `text` split at each `word` standing between spaces, ignoring ASCII
/// case ("Jane Doe AND Sam Lee").
fn split_at_word<'t>(text: &'t str, word: &str) -> Vec<&'t str> {
    // ASCII lower-casing keeps every byte where it was.
    let lower = text.to_ascii_lowercase();
    let needle = format!(" {word} ");
    let mut out = Vec::new();
    let mut from = 0;
    for (at, _) in lower.match_indices(&needle) {
        if at < from {
            continue;
        }
        out.push(&text[from..at]);
        from = at + needle.len();
    }
    out.push(&text[from..]);
    out
}

/// "By Jane Doe" → "Jane Doe" (the openers in the lexicon, any case); a
/// part that is only an opener stays, to be dropped as noise.
fn without_opener(part: &str) -> &str {
    for opener in &Lexicon::get().byline_openers {
        let n = opener.len();
        if part.len() > n + 1
            && part.is_char_boundary(n)
            && part[..n].eq_ignore_ascii_case(opener)
            && part[n..].starts_with(' ')
        {
            return part[n + 1..].trim();
        }
    }
    part
}

/// "Nathan Willis March 25" → "Nathan Willis", "Lucas Nolan22 Dec" →
/// "Lucas Nolan", "Bo2man am" stays (a handle): the words before a date
/// that follows the name, without the month or "am"/"on" that opens it.
fn before_date(part: &str) -> &str {
    let Some(digit) = part.find(char::is_numeric) else {
        return part;
    };
    // A digit inside a word is a handle's ("freeman1984"), unless a name
    // stands before that word ("Lucas Nolan22").
    let glued = part[..digit].ends_with(|c: char| c.is_alphabetic());
    let mut head = part[..digit].trim_end();
    if glued && !head.contains(' ') {
        return part;
    }
    // Drop the month or noise word the date opens with.
    while let Some((rest, last)) = head.rsplit_once(' ') {
        if dates::is_month(last) || is_noise(last) {
            head = rest.trim_end();
        } else {
            break;
        }
    }
    if head.is_empty() { part } else { head }
}

/// "Brendan Carlin For The Mail On Sunday" → "Brendan Carlin", "Jane Doe
/// for the BBC" → "Jane Doe": the outlet a writer wrote for.
fn before_outlet(part: &str) -> &str {
    for marker in [" for ", " For ", " FOR "] {
        if let Some((head, _)) = part.split_once(marker) {
            if head.split_whitespace().count() >= 2 {
                return head.trim();
            }
        }
    }
    part
}

/// A part that can be a name: letters, no digits (dates, times), no web
/// or mail address, not only noise words, not a degree, not too long.
fn is_name_like(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= MAX_NAME_WORDS
        && part.chars().any(char::is_alphabetic)
        && !part.contains(char::is_numeric)
        && !part.contains(['?', '!'])
        && !part.contains('@')
        && !part.to_lowercase().starts_with("http")
        && !part.to_lowercase().starts_with("www.")
        && !looks_like_domain(part)
        && !words.iter().all(|w| is_noise(w) || dates::is_month(w))
        && !(words.len() == 1 && is_post_nominal(words[0]))
}

/// "finanztreff.de", "jungefreiheit.de": one word with a dot before two to
/// four letters at its end.
fn looks_like_domain(part: &str) -> bool {
    !part.contains(' ')
        && part.rsplit_once('.').is_some_and(|(head, tld)| {
            !head.is_empty()
                && (2..=4).contains(&tld.len())
                && tld.chars().all(|c| c.is_ascii_lowercase())
                && head.len() > 2
        })
}

/// A job rather than a name: a newspaper job or a role word anywhere, or
/// a part in lower case; unless it opens with a given name or an initial
/// ("Ally Mutnick", "R.C. Baker": surnames that are also words).
fn is_job(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    let first = words[0];
    if lexicon::given_name(first).is_some() || is_initials(first) {
        return false;
    }
    words.iter().any(|w| {
        let lexeme = Lexicon::get().lexeme(w);
        lexeme.is(Flags::BYLINE_STAFF) || lexeme.is(Flags::ROLE_HEAD)
    }) || first.chars().next().is_some_and(char::is_lowercase) && words.len() > 1
}

fn is_capitalised(part: &str) -> bool {
    part.split_whitespace()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// "R.", "R.C.", "J.-P.": initials standing for given names.
fn is_initials(word: &str) -> bool {
    word.ends_with('.')
        && word
            .split(['.', '-'])
            .filter(|s| !s.is_empty())
            .all(|s| s.chars().count() <= 2 && s.chars().next().is_some_and(char::is_uppercase))
}

fn is_noise(word: &str) -> bool {
    Lexicon::get().lexeme(word).is(Flags::BYLINE_NOISE)
}

fn is_post_nominal(word: &str) -> bool {
    Lexicon::get().lexeme(word).is(Flags::POST_NOMINAL)
}

#[cfg(test)]
mod tests {
    use super::names;

    #[test]
    fn names_from_bylines_as_pages_write_them() {
        let cases: &[(&str, &[&str])] = &[
            (
                "By Jane Holloway and Sam Lee, Political Editor",
                &["Jane Holloway", "Sam Lee"],
            ),
            ("Ally Mutnick", &["Ally Mutnick"]),
            ("R.C. Baker", &["R.C. Baker"]),
            ("von Anna Dunst", &["Anna Dunst"]),
            (
                "Von Christian Thiele, 07 Dezember, 2022",
                &["Christian Thiele"],
            ),
            ("Posted on September 21, 2020 by Adi Tzlil", &["Adi Tzlil"]),
            (
                "Posted by Nathan Parker, Varun Khaneja, Eric Mill",
                &["Nathan Parker", "Varun Khaneja", "Eric Mill"],
            ),
            ("Grant Tinsley, PhD", &["Grant Tinsley"]),
            ("Janic Cathomen, 01.12.2021", &["Janic Cathomen"]),
            ("Nathan Willis March 25, 2015", &["Nathan Willis"]),
            ("GILLIAN MOHNEY March 11, 2015 3:46 PM", &["GILLIAN MOHNEY"]),
            ("Lucas Nolan22 Dec 2016651", &["Lucas Nolan"]),
            ("von Ulrike 18.10.2019 16:06 Uhr", &["Ulrike"]),
            // Lower-casing "İ" takes more bytes: the opener is found in
            // the text as written.
            ("İstanbul, 3 May 2024 BY Ayşe Kaya", &["Ayşe Kaya"]),
            ("Williams Perdomo @wperdomod", &["Williams Perdomo"]),
            ("Bruno (Henrique Zecchin) Rodrigues", &["Bruno Rodrigues"]),
            (
                "Benjamin Fischer und Marcus Theurer",
                &["Benjamin Fischer", "Marcus Theurer"],
            ),
            ("Deutsche Welle (www.dw.com)", &["Deutsche Welle"]),
            ("Staff Writer", &["Staff Writer"]),
            ("Von David Hutzler, dpa", &["David Hutzler"]),
            ("Jane Doe AND Sam Lee", &["Jane Doe", "Sam Lee"]),
            ("Jane Doe, Reuters", &["Jane Doe"]),
            ("Walter von Aachen", &["Walter von Aachen"]),
            (
                "Glen Owen And Brendan Carlin For The Mail On Sunday",
                &["Glen Owen", "Brendan Carlin"],
            ),
        ];
        for (written, expected) in cases {
            assert_eq!(names(written), *expected, "{written}");
        }
    }

    #[test]
    fn comment_forms_and_addresses_name_no_one() {
        for written in [
            "Name (erforderlich)",
            "Name *",
            "Posted on",
            "Veröffentlicht am",
            "Aylin sagt:",
            "Art Edwards says:",
            "finanztreff.de",
            "cipha[at]cipha.net",
            "By",
            "No Author",
            "news service reports",
            "freeman1984",
            "Datum:",
            "January",
            "Foto: Ingo Schneider",
            "Photo: Jane Doe",
            "Wer schreibt für uns?",
            "Authors",
        ] {
            assert_eq!(names(written), Vec::<String>::new(), "{written}");
        }
    }
}

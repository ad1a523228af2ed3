//! Which outlet published an article, from what its page says of itself —
//! "appeared in the print edition of …", "© 2021 …", "(Reuters)", "follow
//! other … readers" — and a list of well-known outlets that gives each its
//! usual name, web domain and country.

use std::sync::OnceLock;

/// A known outlet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outlet {
    pub name: String,
    pub domain: Option<String>,
    pub country: Option<String>,
    aliases: Vec<String>,
    /// `name` in lower case, made once: every lookup compares against it.
    lower_name: String,
}

fn known() -> &'static [Outlet] {
    static OUTLETS: OnceLock<Vec<Outlet>> = OnceLock::new();
    OUTLETS.get_or_init(|| {
        include_str!("../data/lexicon/outlets.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let mut cols = l.split('\t');
                let mut col = || {
                    cols.next()
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                };
                let name = col().unwrap_or_default();
                let domain = col();
                let country = col();
                let aliases = col()
                    .map(|a| a.split('|').map(|s| s.trim().to_string()).collect())
                    .unwrap_or_default();
                Outlet {
                    lower_name: name.to_lowercase(),
                    name,
                    domain,
                    country,
                    aliases,
                }
            })
            .collect()
    })
}

/// The known outlet a name refers to ("Guardian" → "The Guardian").
pub fn lookup(name: &str) -> Option<&'static Outlet> {
    let wanted = name.trim().to_lowercase();
    let bare = wanted.strip_prefix("the ").unwrap_or(&wanted);
    known().iter().find(|o| {
        let n = o.lower_name.as_str();
        n == wanted
            || n.strip_prefix("the ").unwrap_or(n) == bare
            || o.aliases
                .iter()
                .any(|a| a.eq_ignore_ascii_case(&wanted) || a.eq_ignore_ascii_case(bare))
    })
}

/// The outlet's usual name: a known outlet's, else the name as written.
pub fn canonical_name(name: &str) -> String {
    lookup(name).map_or_else(|| name.trim().to_string(), |o| o.name.clone())
}

/// The host a URL (or a bare domain) names, in lower case
/// ("https://www.bbc.co.uk/news" → "www.bbc.co.uk"); `None` if it names
/// no host.
fn host_of(url: &str) -> Option<String> {
    let (scheme, rest) = match url.trim().split_once("://") {
        Some((_, rest)) => (true, rest),
        None => (false, url.trim()),
    };
    let authority = rest.split(['/', '?', '#']).next()?;
    // Without a scheme only a bare host is one ("www.theguardian.com"),
    // not "mailto:jane@example.com".
    if !scheme && authority.contains([':', '@']) {
        return None;
    }
    // Neither user information nor a port is part of the site's name.
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let is_name = host.contains('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
        && !host.chars().all(|c| c.is_ascii_digit() || c == '.');
    is_name.then(|| host.to_lowercase())
}

/// The outlet a URL (or a bare domain) names: the known outlet with its
/// domain, else the site itself, its host without "www." ("volksstimme.ch").
pub fn outlet_of_url(url: &str) -> Option<String> {
    if let Some(known) = by_url(url) {
        return Some(known.name.clone());
    }
    let host = host_of(url)?;
    Some(host.strip_prefix("www.").unwrap_or(&host).to_string())
}

/// The known outlet whose web domain a URL is on.
pub fn by_url(url: &str) -> Option<&'static Outlet> {
    let host = host_of(url)?;
    known().iter().find(|o| {
        o.domain
            .as_deref()
            .is_some_and(|d| host == d || host.ends_with(&format!(".{d}")))
    })
}

/// How surely a line names the publisher; the surest wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    PrintEdition,
    Copyright,
    AgencyDateline,
    Readers,
    ContactPrompt,
}

/// The outlet named by the surest line of a page.
pub fn detect<'a>(lines: impl IntoIterator<Item = &'a str>) -> Option<String> {
    lines
        .into_iter()
        .filter_map(detect_in_line)
        .min_by_key(|(evidence, _)| *evidence)
        .map(|(_, name)| name)
}

/// The known outlets whose names of two words or more ("The Washington
/// Post", "New York Times") `text` writes in full, as written (case
/// counts), in one pass over it.
pub fn named_in(text: &str) -> Vec<&'static Outlet> {
    static FULL_NAMES: OnceLock<(aho_corasick::AhoCorasick, Vec<usize>)> = OnceLock::new();
    let (matcher, outlet_of) = FULL_NAMES.get_or_init(|| {
        let (names, outlet_of): (Vec<&str>, Vec<usize>) = known()
            .iter()
            .enumerate()
            .map(|(i, o)| (o.name.strip_prefix("The ").unwrap_or(&o.name), i))
            .filter(|(name, _)| name.contains(' '))
            .unzip();
        let matcher = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(names)
            .expect("outlet names make an automaton");
        (matcher, outlet_of)
    });
    let mut found: Vec<&'static Outlet> = Vec::new();
    for m in matcher.find_iter(text) {
        let outlet = &known()[outlet_of[m.pattern().as_usize()]];
        if !found.contains(&outlet) {
            found.push(outlet);
        }
    }
    found
}

/// The one outlet of `named` whose name ends in `word` ("Post" → "The
/// Washington Post"), when exactly one does.
pub fn by_last_word<'o>(named: &[&'o Outlet], word: &str) -> Option<&'o Outlet> {
    let mut fitting = named.iter().filter(|o| {
        o.name
            .rsplit(' ')
            .next()
            .is_some_and(|last| last.eq_ignore_ascii_case(word))
    });
    match (fitting.next(), fitting.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// The outlet a line of the page names as its publisher, if any.
pub fn detect_in_line(line: &str) -> Option<(Evidence, String)> {
    // Most lines name no outlet; rule them out without lower-casing them.
    static ANCHORS: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    let anchors = ANCHORS.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([
                "print",
                "\u{a9}",
                "copyright",
                "(c)",
                "readers",
                "news desk",
                "newsdesk",
                "news team",
                ") -",
                ") \u{2013}",
                ") \u{2014}",
            ])
            .expect("fixed patterns build")
    });
    if !anchors.is_match(line) {
        return None;
    }
    let lower = line.to_lowercase();
    if let Some(at) = lower.find("print edition of ") {
        return capitalised_run(&line[at + "print edition of ".len()..])
            .map(|n| (Evidence::PrintEdition, canonical_name(&n)));
    }
    // "… appears in print on March 13, 2024, Section B, Page 11 of the
    // Chicago Evening Star with the headline …" — a note about the print
    // edition, not a sentence that mentions print.
    let print_note = ["a version of", "this article", "this story", "this report"]
        .iter()
        .any(|p| lower.starts_with(p))
        || lower.contains("with the headline");
    if let Some(at) = lower.find("in print").filter(|_| print_note) {
        let tail = &line[at..];
        let end = tail
            .to_lowercase()
            .find("with the headline")
            .unwrap_or(tail.len());
        let segment = &tail[..end];
        for (of, _) in segment
            .match_indices(" of ")
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
        {
            let after = &segment[of + 4..];
            let after = after.strip_prefix("the ").unwrap_or(after);
            if let Some(name) = capitalised_run(after)
                .filter(|n| !n.chars().next().is_some_and(|c| c.is_ascii_digit()))
                .filter(|n| is_outlet_name(n))
            {
                return Some((Evidence::PrintEdition, canonical_name(&name)));
            }
        }
    }
    for mark in [
        "\u{a9} ",
        "\u{a9}",
        "copyright \u{a9} ",
        "copyright (c) ",
        "copyright ",
        "(c) ",
    ] {
        if lower.starts_with(mark) {
            let mut rest = &line[mark.len()..];
            // "Copyright © 2024", "(c) Copyright 2024": the marks, then years.
            loop {
                let trimmed = rest.trim_start_matches(|c: char| {
                    c.is_ascii_digit() || matches!(c, ' ' | '-' | ',' | '\u{a9}' | '\u{2013}')
                });
                let trimmed = ["(c)", "(C)", "Copyright", "copyright", "COPYRIGHT"]
                    .iter()
                    .find_map(|m| trimmed.strip_prefix(m))
                    .unwrap_or(trimmed);
                if trimmed.len() == rest.len() {
                    break;
                }
                rest = trimmed;
            }
            return capitalised_run(rest)
                .map(|n| {
                    // "© Cambrian Coast Chronicle 2023"
                    n.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ')
                        .to_string()
                })
                .filter(|n| is_outlet_name(n))
                .map(|n| (Evidence::Copyright, canonical_name(&n)));
        }
    }
    // "Contact the Daily Beacon news desk", "email the Example newsdesk".
    for marker in [" news desk", " newsdesk", " news team"] {
        let whole_word = |end: usize| {
            lower[end + marker.len()..]
                .chars()
                .next()
                .is_none_or(|c| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':'))
                && !lower[end + marker.len()..].starts_with(".co")
        };
        if let Some(end) = lower
            .match_indices(marker)
            .map(|(i, _)| i)
            .find(|&i| whole_word(i))
        {
            let before = &line[..end];
            if let Some(start) = before.to_lowercase().rfind(" the ") {
                if let Some(name) = capitalised_run(&before[start + 5..]) {
                    if name.len() == before.len() - start - 5 {
                        return Some((Evidence::ContactPrompt, canonical_name(&name)));
                    }
                }
            }
        }
    }
    // "follow other Example readers", "fellow Courier readers": a page
    // speaking of its own readers, not a sentence about some readers.
    for (at, _) in lower.match_indices(" readers") {
        let mut words = line[..at].rsplit(' ');
        let name = words.next().unwrap_or("");
        let before = words.next().unwrap_or("").to_lowercase();
        if matches!(before.as_str(), "other" | "fellow" | "our")
            && name.chars().next().is_some_and(char::is_uppercase)
        {
            return Some((Evidence::Readers, canonical_name(name)));
        }
    }
    // An agency named in a dateline: "LONDON (Reuters) -".
    if let Some(open) = line.find(" (") {
        let rest = &line[open + 2..];
        if let Some(close) = rest.find(')') {
            let inside = &rest[..close];
            let after = rest[close + 1..].trim_start();
            if open < 60
                && after.starts_with(['-', '\u{2013}', '\u{2014}'])
                && lookup(inside).is_some()
            {
                return Some((Evidence::AgencyDateline, canonical_name(inside)));
            }
        }
    }
    None
}

/// Whether a name read from a page's furniture can be an outlet's: not a
/// rights notice ("All Rights Reserved"), a mark ("Copyright"), or a
/// photo credit ("AP Photo", "Getty Images").
fn is_outlet_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    !(lower.starts_with("all rights")
        || lower.contains("rights reserved")
        || matches!(
            words[0],
            "copyright" | "all" | "photo" | "photograph" | "image" | "images" | "by" | "the"
        ) && words.len() == 1
        || matches!(
            *last,
            "photo" | "photos" | "photograph" | "images" | "image" | "pictures" | "picture"
        )
        || lower == "copyright"
        || lower == "reserved")
}

/// The capitalised words at the start of `text` ("The Daily Example on …").
fn capitalised_run(text: &str) -> Option<String> {
    let mut words = Vec::new();
    for word in text.split_whitespace() {
        let bare = word.trim_end_matches([',', '.', ';', ':', '\'', '\u{2019}']);
        let capitalised = bare
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let joiner = matches!(bare, "of" | "and" | "de" | "&") && !words.is_empty();
        if !(capitalised || joiner) || bare.is_empty() {
            break;
        }
        words.push(bare);
        if bare.len() != word.len() {
            break;
        }
    }
    while words
        .last()
        .is_some_and(|w| matches!(*w, "of" | "and" | "de" | "&"))
    {
        words.pop();
    }
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlets_named_in_full_and_their_short_names() {
        let named = named_in(
            "The Washington Post and the New York Times reported it; the Post said more. The Times did not.",
        );
        let names: Vec<&str> = named.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["The Washington Post", "The New York Times"]);
        let short = |w: &str| by_last_word(&named, w).map(|o| o.name.as_str());
        assert_eq!(short("Post"), Some("The Washington Post"));
        assert_eq!(short("times"), Some("The New York Times"));
        assert_eq!(short("Journal"), None);
        assert!(named_in("the washington post, in lower case, is no name").is_empty());
    }

    fn detect_in_line(line: &str) -> Option<String> {
        super::detect_in_line(line).map(|(_, name)| name)
    }

    #[test]
    fn the_surest_line_wins() {
        let page = [
            "Do you have a story for the Chronicle? Email the Coast Chronicle news desk.",
            "\u{a9} Cambrian Coast Chronicle 2023",
        ];
        assert_eq!(detect(page).as_deref(), Some("Cambrian Coast Chronicle"));
    }

    #[test]
    fn detects_outlets_named_by_the_page() {
        assert_eq!(
            detect_in_line("A version of this article appeared in the print edition of The Daily Example on May 3, 2020, with the headline 'X'.").as_deref(),
            Some("The Daily Example")
        );
        assert_eq!(
            detect_in_line("\u{a9} 2021 Northern Echo Media. All rights reserved").as_deref(),
            Some("Northern Echo Media")
        );
        assert_eq!(
            detect_in_line("LONDON (Reuters) - Shares fell.").as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            detect_in_line("Join the debate with other Guardian readers").as_deref(),
            Some("The Guardian")
        );
        assert_eq!(detect_in_line("The minister (left) - said"), None);
        assert_eq!(
            detect_in_line("Some readers said the Trust readers group had closed."),
            None
        );
        assert_eq!(
            detect_in_line("A version of this article appears in print on March 13, 2024, Section B, Page 11 of the Chicago Evening Star with the headline: X.").as_deref(),
            Some("Chicago Evening Star")
        );
    }

    #[test]
    fn rights_notices_marks_and_photo_credits_are_not_outlets() {
        assert_eq!(detect_in_line("\u{a9} 2024 All Rights Reserved"), None);
        assert_eq!(detect_in_line("Copyright \u{a9} 2024"), None);
        assert_eq!(detect_in_line("Copyright 2024 AP Photo"), None);
        assert_eq!(detect_in_line("\u{a9} Getty Images"), None);
        assert_eq!(
            detect_in_line("Copyright \u{a9} 2024 The Leeds Courier. All rights reserved.")
                .as_deref(),
            Some("The Leeds Courier")
        );
        assert_eq!(
            detect_in_line(
                "Members of the Academy, who appeared in print in a list of the Society of Film, vote in March."
            ),
            None
        );
    }

    #[test]
    fn an_unknown_site_is_named_by_its_host() {
        let site = outlet_of_url;
        assert_eq!(
            site("https://www.volksstimme.ch/gute-loehne").as_deref(),
            Some("volksstimme.ch")
        );
        assert_eq!(
            site("http://user@news.example.org:8080/a?b#c").as_deref(),
            Some("news.example.org")
        );
        assert_eq!(site("www.Example.COM").as_deref(), Some("example.com"));
        assert_eq!(site("https://127.0.0.1/x"), None);
        assert_eq!(site("mailto:jane@example.com"), None);
        assert_eq!(site("The Daily Example"), None);
    }

    #[test]
    fn known_outlets_have_domains() {
        let ap = lookup("AP").unwrap();
        assert_eq!(ap.name, "The Associated Press");
        assert_eq!(
            by_url("https://www.theguardian.com/world/x").map(|o| o.name.as_str()),
            Some("The Guardian")
        );
    }
}

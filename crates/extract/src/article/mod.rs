//! Reading an article's text into its parts: headline, standfirst, byline,
//! date, dateline, outlet, and a body cleaned of web page furniture
//! (navigation, captions, related links, comment and subscription prompts).
//!
//! The rules read the shape of the text (where a line sits, how it ends,
//! what it is made of), so they hold on pages they have never seen.

use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

pub mod page_headline;

use crate::dates::{self, FoundDate};
use crate::input::{Block, BlockRole};
use crate::lexicon::{self, Flags, Lexicon};
use crate::outlets;

/// How far below the headline the running prose of an article may start
/// (standfirst, byline, date, captions); further, the text is a page's.
const PAGE_TOP_LINES: usize = 6;
/// How far above and below a page's headline a line that is no sentence
/// is read for a date stamp, and its longest length in words.
const STAMP_ABOVE: usize = 3;
const STAMP_BELOW: usize = 8;
const STAMP_WORDS: usize = 12;
/// How many words open a longer line that may hold its date.
const STAMP_OPENING_WORDS: usize = 6;

/// An article as read from its text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    pub headline: Option<String>,
    pub standfirst: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<FoundDate>,
    pub dateline: Option<String>,
    /// The outlet when the text names it.
    pub outlet: Option<String>,
    /// Body paragraphs joined by a blank line.
    pub body: String,
    /// Byte ranges of the paragraphs in `body`.
    pub paragraphs: Vec<Range<usize>>,
    /// Text set apart from the body, with its line number in the file.
    pub extras: Vec<Extra>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExtraKind {
    Caption,
    Boilerplate,
    Subheading,
    /// A quotation set apart as a display quote by the page's markup.
    PullQuote,
}

impl ExtraKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ExtraKind::Caption => "caption",
            ExtraKind::Boilerplate => "boilerplate",
            ExtraKind::Subheading => "subheading",
            ExtraKind::PullQuote => "pullquote",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Extra {
    pub kind: ExtraKind,
    pub line: usize,
    pub text: String,
}

/// One line of the file, with its number and whether a blank line precedes it.
#[derive(Debug, Clone)]
struct Line {
    number: usize,
    text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Unread,
    Headline,
    Standfirst,
    Byline,
    Date,
    Body,
    Extra(ExtraKind),
}

/// Reads an article from decoded text.
pub fn parse(text: &str) -> Article {
    let lines = logical_lines(text);
    let mut roles = vec![Role::Unread; lines.len()];
    let mut article = Article::default();

    let (headline, page_body) = choose_headline(&lines, &mut roles);
    if let Some(h) = headline {
        article.headline = Some(lines[h].text.clone());
        read_header(&lines, &mut roles, h, &mut article);
    }
    if let Some(body) = page_body {
        mark_page_end(&lines, &mut roles, body);
    }
    mark_trailing_boilerplate(&lines, &mut roles);
    classify_body_lines(&lines, &mut roles);
    read_dates(&lines, &roles, &mut article);
    read_furniture(&lines, &roles, &mut article);
    article.outlet = outlet(&lines, &roles);
    assemble_body(&lines, &roles, &mut article);
    article
}

/// The headline line: the first title-like line at the top of an article;
/// in a whole page's text, where menus and teasers run on far past the top
/// lines (the running prose starts more than [`PAGE_TOP_LINES`] below
/// that line), the line the page-headline model scores best. Lines above
/// it are furniture. Also, for a whole page's text, where its running
/// prose starts.
fn choose_headline(lines: &[Line], roles: &mut [Role]) -> (Option<usize>, Option<usize>) {
    let Some(top) = find_headline(lines, roles) else {
        return (None, None);
    };
    let Some(body) = body_start(lines).filter(|&body| body > top + PAGE_TOP_LINES) else {
        return (Some(top), None);
    };
    let Some(pick) = page_headline::best(lines, body) else {
        return (Some(top), Some(body));
    };
    roles[top] = Role::Unread;
    if pick.sure {
        for role in roles.iter_mut().take(pick.line) {
            *role = Role::Extra(ExtraKind::Boilerplate);
        }
    }
    roles[pick.line] = Role::Headline;
    (Some(pick.line), Some(body))
}

/// In a whole page's text, the first line below the running prose's
/// start that closes the article ("Comments", "Related stories") and every
/// line after it are furniture: readers' comments and other stories'
/// teasers, which are prose too and so not caught line by line.
fn mark_page_end(lines: &[Line], roles: &mut [Role], body: usize) {
    let markers = &Lexicon::get().page_end_markers;
    let closes = |text: &str| {
        let bare = text
            .trim_matches(|c: char| !c.is_alphabetic())
            .to_lowercase();
        word_count(text) <= 6 && markers.iter().any(|m| *m == bare)
    };
    // A marker in a sidebar the text runs past ("Related" beside the
    // article, which goes on below it) has more prose after it than
    // before: it closes nothing.
    let prose_words: Vec<usize> = lines
        .iter()
        .map(|l| if is_prose(l) { word_count(&l.text) } else { 0 })
        .collect();
    let total: usize = prose_words[body..].iter().sum();
    let mut before = 0;
    let mut end = None;
    for i in body..lines.len() {
        if i > body && closes(&lines[i].text) && before * 2 >= total {
            end = Some(i);
            break;
        }
        before += prose_words[i];
    }
    let Some(end) = end else {
        return;
    };
    for role in &mut roles[end..] {
        if *role == Role::Unread {
            *role = Role::Extra(ExtraKind::Boilerplate);
        }
    }
}

/// The outlet a page names in its furniture (a copyright line, a print
/// edition note, a prompt to its readers), or in an agency's dateline at
/// the start of the body; never in the body's running prose.
fn outlet(lines: &[Line], roles: &[Role]) -> Option<String> {
    let mut body_seen = 0;
    lines
        .iter()
        .zip(roles)
        .filter_map(|(line, role)| {
            let body = *role == Role::Body;
            if body {
                body_seen += 1;
            }
            let (evidence, name) = outlets::detect_in_line(&line.text)?;
            let agency_dateline = evidence == outlets::Evidence::AgencyDateline;
            (!body || (agency_dateline && body_seen <= 2)).then_some((evidence, name))
        })
        .min_by_key(|(evidence, _)| *evidence)
        .map(|(_, name)| name)
}

/// A page's date and byline when the header did not give them: a date
/// line or a "By …" line among the furniture before the body (a page's
/// text often has them above the headline, or between menus).
fn read_furniture(lines: &[Line], roles: &[Role], article: &mut Article) {
    let first_body = roles
        .iter()
        .position(|r| *r == Role::Body)
        .unwrap_or(lines.len());
    let top = &lines[..(first_body + 3).min(lines.len())];
    let furniture = |i: usize| !matches!(roles[i], Role::Body | Role::Headline);
    // The lines just above the running prose, where the page headline is
    // looked for: in a whole page's text the date and byline sit there,
    // far below the top, whatever role the top's reading gave them.
    let above_prose = || {
        body_start(lines)
            .map(|prose| prose.saturating_sub(page_headline::CANDIDATES_ABOVE)..prose)
            .unwrap_or(0..0)
    };
    if article.published.is_none() {
        article.published = top
            .iter()
            .enumerate()
            .filter(|(i, l)| furniture(*i) && dates::is_date_line(&l.text))
            .find_map(|(_, l)| dates::find_date(&l.text));
    }
    // A line of dates alone is no prose, whatever its role.
    if article.published.is_none() {
        article.published = above_prose()
            .filter(|&i| roles[i] != Role::Headline && dates::is_date_line(&lines[i].text))
            .find_map(|i| dates::find_date(&lines[i].text));
    }
    // A byline and date on one line near the headline ("Dan Goodin - Apr
    // 16, 2015 8:02 pm UTC").
    let headline = roles.iter().position(|r| *r == Role::Headline);
    if article.published.is_none() {
        if let Some(h) = headline {
            article.published = lines[h + 1..(h + 6).min(first_body.max(h + 1))]
                .iter()
                .filter(|l| word_count(&l.text) <= 16)
                .find_map(|l| dates::find_date(&l.text));
        }
    }
    // A stamp that is no sentence, just above the headline ("21.01.2022
    // Aktuelle Meldung") or a few lines below it, past a standfirst
    // ("Veröffentlicht am 06.10.2023 (Letztes Update: 06.10.2023)").
    if article.published.is_none() {
        if let Some(h) = headline {
            // Not a caption: "… in Nairobi on August 1, 2024. PHOTO: REUTERS"
            // holds a sentence, and a credit.
            let stamp = |l: &&Line| {
                word_count(&l.text) <= STAMP_WORDS
                    && !ends_sentence(&l.text)
                    && !is_credit_caption(&l.text)
            };
            article.published = lines[h.saturating_sub(STAMP_ABOVE)..h]
                .iter()
                .rev()
                .chain(&lines[(h + 1).min(lines.len())..(h + STAMP_BELOW).min(lines.len())])
                .filter(stamp)
                .find_map(|l| dates::find_date(&l.text));
        }
    }
    // A line just below the headline that opens with its date, however
    // long ("Pressemitteilung vom 25. Januar 2022 | Berlin – Die …",
    // "01.12.2022 / CSP / International / …").
    if article.published.is_none() {
        if let Some(h) = headline {
            article.published = lines[(h + 1).min(lines.len())..(h + 3).min(lines.len())]
                .iter()
                .find_map(|l| dates::find_date(opening_words(&l.text, STAMP_OPENING_WORDS)));
        }
    }
    let by = |text: &str| text.starts_with("By ") || text.starts_with("BY ");
    if article.authors.is_empty() {
        if let Some(authors) = top
            .iter()
            .enumerate()
            .filter(|(i, l)| furniture(*i) && by(&l.text))
            .find_map(|(_, l)| byline_authors(&l.text, false))
        {
            article.authors = authors;
        }
    }
    // A "By …" line above the prose ("by Eleanor Ainge Roy (reporting)"
    // too).
    if article.authors.is_empty() {
        if let Some(authors) = above_prose()
            .map(|i| &lines[i].text)
            .filter(|t| (by(t) || t.starts_with("by ")) && word_count(t) <= BYLINE_WORDS)
            .find_map(|t| byline_authors(t, false))
        {
            article.authors = authors;
        }
    }
}

/// The first `n` words of `text`, as written.
fn opening_words(text: &str, n: usize) -> &str {
    match text.split_whitespace().nth(n) {
        Some(word) => {
            // The (n + 1)th word is a slice of `text`: the opening ends where it starts.
            let at = word.as_ptr() as usize - text.as_ptr() as usize;
            &text[..at]
        }
        None => text,
    }
}

/// The most words of a byline line read among a page's furniture.
const BYLINE_WORDS: usize = 16;

/// A prompt at a page's edge ("Leave a comment", "Sign up for our
/// newsletter"): its words, and neither running prose nor a sentence
/// that reports speech ("Doe said he was sarcastic in the comments.").
fn is_prompt(text: &str) -> bool {
    is_edge_boilerplate(text) && !is_long_prose(text) && !reports_speech(text)
}

/// A sentence with a verb of saying past its first word: "Readers told
/// us …", not "Tell us what you think" (a prompt opens with its verb) nor
/// "contributed to this report" (a noun, after its determiner).
fn reports_speech(text: &str) -> bool {
    let lexicon = Lexicon::get();
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .collect();
    ends_sentence(text)
        && words.windows(2).any(|pair| {
            let [before, word] = pair else { return false };
            word.chars().all(|c| c.is_ascii_lowercase())
                && lexicon
                    .lexeme(word)
                    .is(Flags::REPORT_SAY | Flags::REPORT_TELL)
                && !lexicon.lexeme(&before.to_lowercase()).is(Flags::DETERMINER)
        })
}

/// A paragraph of running prose — long, with sentences or a quotation —
/// is never furniture, whatever words it holds ("subscribe", "comments").
fn is_long_prose(text: &str) -> bool {
    if text.len() < 100 {
        return false;
    }
    let lower_start = text
        .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '\u{a9}')
        .get(..12)
        .unwrap_or("")
        .to_ascii_lowercase();
    if lower_start.starts_with('\u{a9}') || lower_start.starts_with("copyright") {
        return false;
    }
    let quoted = text.contains(['\u{201c}', '\u{201d}']) || text.matches('"').count() >= 2;
    let sentences = text
        .split_inclusive(['.', '!', '?'])
        .filter(|s| s.split_whitespace().count() >= 4)
        .count();
    quoted || sentences >= 2
}

/// Reads an article whose container gave its blocks: a web page's main
/// text, a record's text field. Blocks marked as body are checked for
/// furniture (navigation and prompts, credits, a run of prompts at the
/// end); their shape is not read, since the markup said what they are (a
/// short list item is body, not a subheading). The others keep the role
/// they came with. Nothing is taken for a header: the container gives that.
pub fn from_blocks(blocks: &[Block]) -> Article {
    let mut lines = Vec::new();
    let mut roles = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        for line in logical_lines(&block.text) {
            lines.push(Line {
                number: i + 1,
                text: line.text,
            });
            roles.push(match block.role {
                BlockRole::Body => Role::Unread,
                BlockRole::Subheading => Role::Extra(ExtraKind::Subheading),
                BlockRole::Caption => Role::Extra(ExtraKind::Caption),
                BlockRole::PullQuote => Role::Extra(ExtraKind::PullQuote),
                BlockRole::Boilerplate => Role::Extra(ExtraKind::Boilerplate),
            });
        }
    }
    // Prompts at the end: from the last body line back, while they are
    // navigation or prompts that are not prose.
    for i in (0..lines.len()).rev() {
        if roles[i] != Role::Unread {
            continue;
        }
        let text = &lines[i].text;
        if !(is_chrome(text) || is_prompt(text)) {
            break;
        }
        roles[i] = Role::Extra(ExtraKind::Boilerplate);
    }
    for (line, role) in lines.iter().zip(roles.iter_mut()) {
        if *role == Role::Unread {
            *role = if is_chrome(&line.text) {
                Role::Extra(ExtraKind::Boilerplate)
            } else if is_credit_caption(&line.text) {
                Role::Extra(ExtraKind::Caption)
            } else {
                Role::Body
            };
        }
    }
    let mut article = Article::default();
    read_dates(&lines, &roles, &mut article);
    assemble_body(&lines, &roles, &mut article);
    article
}

/// The body from the lines read as body, and the extras from the rest.
fn assemble_body(lines: &[Line], roles: &[Role], article: &mut Article) {
    for (line, role) in lines.iter().zip(roles) {
        match role {
            Role::Body => {
                if !article.body.is_empty() {
                    article.body.push_str("\n\n");
                }
                let start = article.body.len();
                article.body.push_str(&line.text);
                article.paragraphs.push(start..article.body.len());
            }
            Role::Extra(kind) => article.extras.push(Extra {
                kind: *kind,
                line: line.number,
                text: line.text.clone(),
            }),
            _ => {}
        }
    }
    if let Some(first) = article.paragraphs.first() {
        article.dateline = dateline(&article.body[first.clone()]);
    }
}

/// Non-blank lines with spaces normalised; hard-wrapped lines (the next line
/// runs on in lower case) are joined back into one.
fn logical_lines(text: &str) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let mut previous_blank = true;
    for (i, raw) in text.split('\n').enumerate() {
        let cleaned = normalise_spaces(raw);
        if cleaned.is_empty() {
            previous_blank = true;
            continue;
        }
        if !previous_blank {
            if let Some(last) = lines.last_mut() {
                let runs_on = cleaned.chars().next().is_some_and(|c| c.is_lowercase());
                if runs_on && !ends_sentence(&last.text) {
                    last.text.push(' ');
                    last.text.push_str(&cleaned);
                    continue;
                }
            }
        }
        lines.push(Line {
            number: i + 1,
            text: cleaned,
        });
        previous_blank = false;
    }
    lines
}

/// Trims a line and turns no-break and other odd spaces into plain ones:
/// the line's words, joined by single spaces.
pub fn normalise_spaces(raw: &str) -> String {
    // Plain ASCII, most lines, splits byte by byte; `is_ascii_whitespace`
    // leaves out the vertical tab, which `char::is_whitespace` counts.
    if raw.is_ascii() && !raw.contains('\u{b}') {
        join_words(raw.split_ascii_whitespace(), raw.len())
    } else {
        let words = raw
            .split(|c: char| c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}')
            .filter(|word| !word.is_empty());
        join_words(words, raw.len())
    }
}

fn join_words<'a>(words: impl Iterator<Item = &'a str>, capacity: usize) -> String {
    let mut out = String::with_capacity(capacity);
    for word in words {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

const CLOSERS: &[char] = &['"', '\u{201d}', '\u{2019}', '\'', ')', ']', '\u{bb}', '*'];

/// Whether a line ends as a sentence does (closing marks aside).
fn ends_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(CLOSERS);
    trimmed.ends_with(['.', '!', '?', '\u{2026}', ':', ';', ','])
}

fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

fn has_lowercase_word(line: &str) -> bool {
    line.split_whitespace()
        .skip(1)
        .any(|w| w.chars().next().is_some_and(|c| c.is_lowercase()))
}

/// Site navigation and prompts, recognised anywhere on the page.
fn is_chrome(line: &str) -> bool {
    // The patterns are in lower case and compared ignoring ASCII case. That
    // is all lower-casing would do to an ASCII line, so such a line (most
    // of them) is read as written, without a lower-cased copy.
    let lowered;
    let lower = if line.is_ascii() {
        line
    } else {
        lowered = line.to_lowercase();
        &lowered
    };
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    let lexicon = Lexicon::get();
    if lexicon
        .chrome_lines
        .iter()
        .any(|exact| exact.eq_ignore_ascii_case(bare))
    {
        return true;
    }
    let unbracketed = lower.trim_start_matches(['(', '[']);
    lexicon
        .chrome_prefixes
        .iter()
        .any(|p| starts_with_ignore_ascii_case(unbracketed, p))
        || ends_with_ignore_ascii_case(lower, "| subscribe")
}

fn starts_with_ignore_ascii_case(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

fn ends_with_ignore_ascii_case(text: &str, suffix: &str) -> bool {
    text.len() >= suffix.len()
        && text.as_bytes()[text.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// A section's label run together with the headline that a line below
/// repeats alone: "Economy|As Debt Rises, …" above "As Debt Rises, …".
fn is_label_of_next(line: &Line, below: &[Line]) -> bool {
    let Some((label, rest)) = line.text.split_once(NAVIGATION_SEPARATORS) else {
        return false;
    };
    let rest = rest.trim();
    word_count(label) <= 3
        && !rest.is_empty()
        && below.iter().take(4).any(|l| l.text.trim() == rest)
}

/// What separates the parts of a navigation line ("Home | News", "News ›
/// Politics") and a section's label from a headline ("Economy|…").
const NAVIGATION_SEPARATORS: [char; 4] = ['|', '\u{203a}', '>', '\u{bb}'];

/// Site navigation written as "Home | News | Sport".
fn is_breadcrumb(line: &str) -> bool {
    let parts: Vec<&str> = line.split(NAVIGATION_SEPARATORS).map(str::trim).collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && word_count(p) <= 3 && !ends_sentence(p))
}

/// Prompts that sit at the ends of a page; matched only there, since a
/// body sentence may mention a newsletter too. Whole words: "donate" is a
/// prompt, "Cooper donated $750" a sentence of the article.
fn is_edge_boilerplate(line: &str) -> bool {
    static MATCHER: OnceLock<AhoCorasick> = OnceLock::new();
    any_word_of(&MATCHER, &Lexicon::get().edge_boilerplate, line)
}

/// Whether `line` holds any of `patterns` as whole words, ignoring case: a
/// pattern that begins (ends) with a letter or digit must not follow
/// (precede) one ("©" still matches in "©2016").
fn any_word_of(matcher: &'static OnceLock<AhoCorasick>, patterns: &[&str], line: &str) -> bool {
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    built(matcher, patterns)
        .find_overlapping_iter(line)
        .any(|m| {
            let found = &line[m.range()];
            let before = line[..m.start()].chars().next_back();
            let after = line[m.end()..].chars().next();
            let joined_before = is_word(found.chars().next()) && is_word(before);
            let joined_after = is_word(found.chars().next_back()) && is_word(after);
            !(joined_before || joined_after)
        })
}

/// Whether `line` holds any of `patterns`, ignoring case, without
/// lower-casing the line (this runs on every line of every article).
fn any_of(matcher: &'static OnceLock<AhoCorasick>, patterns: &[&str], line: &str) -> bool {
    built(matcher, patterns).is_match(line)
}

/// The matcher of a fixed list of patterns, ASCII case ignored, built on
/// first use.
fn built<'m>(matcher: &'m OnceLock<AhoCorasick>, patterns: &[&str]) -> &'m AhoCorasick {
    matcher.get_or_init(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(patterns)
            .expect("fixed patterns build")
    })
}

/// Photo captions and credits.
fn is_credit_caption(line: &str) -> bool {
    static MATCHER: OnceLock<AhoCorasick> = OnceLock::new();
    // The marks first: few lines have one, and counting words costs more.
    any_of(&MATCHER, &Lexicon::get().credit_marks, line)
        && word_count(line) <= 60
        && !line.trim_start().starts_with(['"', '\u{201c}', '\u{2018}'])
        // An agency named in a dateline opens a body paragraph, not a caption.
        && dateline(line).is_none()
}

/// A consent or browser notice: "Wir verwenden Cookies. Mit der weiteren
/// Nutzung …", "This website uses cookies …". Read as furniture only above
/// the article's running prose (a report may be about cookies).
fn is_consent_notice(line: &str) -> bool {
    static MATCHER: OnceLock<AhoCorasick> = OnceLock::new();
    any_of(&MATCHER, &Lexicon::get().consent_marks, line)
}

/// A legal notice: "… © 2016 Morningstar, Inc. All Rights Reserved. …".
fn is_legal_notice(line: &str) -> bool {
    static MATCHER: OnceLock<AhoCorasick> = OnceLock::new();
    any_of(&MATCHER, &Lexicon::get().legal_marks, line)
}

/// A line that is one or more person names, perhaps after "By".
/// `beside_date`: the line sits next to a date line, where bylines go, so
/// names need not start with a known given name.
/// `text` without its parenthesised parts.
fn without_parentheses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// `text` up to a date or a handle that follows the names in it: a word
/// opening with a digit, a month followed by one ("January 18"), a stamp
/// word ("Updated"), a handle ("Wilkinson@alissamarie" keeps its name).
fn before_date(text: &str) -> &str {
    let mut words = text.split_whitespace().peekable();
    while let Some(w) = words.next() {
        let at = w.as_ptr() as usize - text.as_ptr() as usize;
        if let Some(handle) = w.find('@') {
            return &text[..at + handle];
        }
        let next_is_number = words
            .peek()
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
        let stamp = matches!(w, "Updated" | "Published" | "Posted");
        if w.starts_with(|c: char| c.is_ascii_digit())
            || dates::is_month(w) && next_is_number
            || stamp
        {
            return &text[..at];
        }
    }
    text
}

fn byline_authors(line: &str, beside_date: bool) -> Option<Vec<String>> {
    let (explicit, rest) = match line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
        .or_else(|| line.strip_prefix("by "))
    {
        Some(rest) => (true, rest),
        None => (false, line),
    };
    // "Eleanor Ainge Roy (reporting)": what the parentheses say of a name;
    // "Steven Musil January 18, 2017 11:00 PM PST": the date after it.
    let unbracketed = without_parentheses(rest);
    // "Dan Goodin - Apr 16, 2015": the dash between name and date goes too.
    let rest = before_date(&unbracketed)
        .trim_end_matches([' ', '-', '\u{2013}', '\u{2014}', '|', '\u{b7}', '\u{2022}']);
    // Drop trailing role or place: "Jane Doe, Political Editor", "Jane Doe in Paris".
    let rest = rest.split(['|', '\u{2022}']).next().unwrap_or(rest);
    let rest = rest.split(" in ").next().unwrap_or(rest);
    let rest = rest.split(" at ").next().unwrap_or(rest);
    // A byline is a short line of its own, not a sentence that opens with a name.
    if !explicit && (word_count(line) > 10 || ends_sentence(line.trim_end_matches('.'))) {
        return None;
    }
    let explicit = explicit || beside_date;
    let mut names = Vec::new();
    for part in rest.split([',', '&']).flat_map(|p| p.split(" and ")) {
        let part = part.trim().trim_end_matches('.');
        if part.is_empty() {
            continue;
        }
        if names.is_empty() || looks_like_name(part, explicit) {
            if !looks_like_name(part, explicit) {
                return None;
            }
            names.push(title_case_if_shouting(part));
        } else {
            // A role after the names ("Jane Doe, Political Correspondent").
            break;
        }
    }
    (!names.is_empty()).then_some(names)
}

/// "By Jane Holloway, Political Editor": a byline standing on its own line.
fn is_byline_line(line: &str) -> bool {
    (line.starts_with("By ") || line.starts_with("BY "))
        && word_count(line) <= 12
        && byline_authors(line, false).is_some()
}

fn looks_like_name(part: &str, explicit: bool) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    if !(2..=4).contains(&words.len()) {
        return false;
    }
    let capitalised = words.iter().all(|w| {
        w.chars().next().is_some_and(|c| c.is_uppercase()) || lexicon::is_name_particle(w)
    });
    if !capitalised
        || words.iter().any(|w| {
            lexicon::is_not_person_word(w)
                || lexicon::is_title_word(w)
                || lexicon::is_role_head(w)
                || is_chrome(w)
        })
    {
        return false;
    }
    let first = words[0].trim_end_matches('.');
    explicit || lexicon::given_name(first).is_some() || (first.len() == 1)
}

fn title_case_if_shouting(name: &str) -> String {
    if name.chars().any(|c| c.is_lowercase()) {
        return name.to_string();
    }
    name.split(' ')
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(chars.flat_map(|c| c.to_lowercase()))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

fn find_headline(lines: &[Line], roles: &mut [Role]) -> Option<usize> {
    for (i, line) in lines.iter().enumerate().take(12) {
        // A section label or masthead ("Politics", "Football | Championship",
        // "The Daily Example") sits above a longer headline.
        // So is a run of navigation ("News", "Sport", "Sections") above it.
        // A headline may follow its section's label ("Economy|…") and end
        // with an initialism ("… in N.Y.C.").
        let headline_like = |l: &Line| {
            let text = l
                .text
                .split_once(NAVIGATION_SEPARATORS)
                .map_or(l.text.as_str(), |(_, t)| t);
            let bare = text.trim_end_matches(CLOSERS);
            word_count(text) >= 4
                && (!ends_sentence(bare) || ends_with_initialism(bare))
                && !is_chrome(text)
                && !dates::is_date_line(text)
        };
        let furniture_like = |l: &Line| {
            word_count(&l.text) <= 3
                || is_chrome(&l.text)
                || is_breadcrumb(&l.text)
                || dates::is_date_line(&l.text)
                || is_byline_line(&l.text)
        };
        let label = word_count(&line.text) <= 3
            && !ends_sentence(&line.text)
            && lines
                .iter()
                .skip(i + 1)
                .take(6)
                .take_while(|l| !headline_like(l) && furniture_like(l))
                .count()
                < 6
            && lines
                .iter()
                .skip(i + 1)
                .take(6)
                .find(|l| !furniture_like(l) || headline_like(l))
                .is_some_and(headline_like);
        if is_chrome(&line.text)
            || is_consent_notice(&line.text)
            || is_breadcrumb(&line.text)
            || label
            || is_label_of_next(line, &lines[i + 1..])
            || dates::is_date_line(&line.text)
            || is_byline_line(&line.text)
        {
            roles[i] = Role::Extra(ExtraKind::Boilerplate);
            continue;
        }
        if word_count(&line.text) > 40 {
            return None;
        }
        roles[i] = Role::Headline;
        return Some(i);
    }
    None
}

/// A line of running prose: a sentence or more (12+ words), not a prompt,
/// nor a long headline: in title case, ending other than with a full stop
/// ("… Are There Any Un-Angry Trump Supporters?") or with an initialism's
/// ("… What’s Underneath N.Y.C."). German capitalises its nouns: a line of
/// names and nouns that ends with a full stop is prose still.
fn is_prose(line: &Line) -> bool {
    let text = line.text.trim_end_matches(CLOSERS);
    let full_stop = text.ends_with('.') && !ends_with_initialism(text);
    word_count(text) >= 12
        && ends_sentence(text)
        && !is_chrome(text)
        && (full_stop || !is_title_case(text))
}

/// "… N.Y.C.", "… in the U.S.": the last stop is the initialism's.
fn ends_with_initialism(line: &str) -> bool {
    line.split_whitespace()
        .last()
        .is_some_and(|w| w.len() <= 8 && w.matches('.').count() >= 2)
}

/// Whether three words in four that start with a letter start with a
/// capital, as a headline's do and a sentence's never.
fn is_title_case(line: &str) -> bool {
    let (mut words, mut capitals) = (0, 0);
    for initial in line
        .split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .filter(|c| c.is_alphabetic())
    {
        words += 1;
        capitals += usize::from(initial.is_uppercase());
    }
    words > 0 && capitals * 4 >= words * 3
}

/// Where the running prose starts: the first prose line with another
/// within the next five.
fn body_start(lines: &[Line]) -> Option<usize> {
    // Each line is read once (a window of six looked at every line's flag).
    let opens: Vec<bool> = lines
        .iter()
        .map(|l| is_prose(l) && !is_consent_notice(&l.text))
        .collect();
    (0..lines.len()).find(|&i| opens[i] && opens[i + 1..(i + 6).min(lines.len())].contains(&true))
}

/// Reads the lines between the headline and the body: standfirst, byline,
/// date, captions and teasers.
fn read_header(lines: &[Line], roles: &mut [Role], headline: usize, article: &mut Article) {
    let window_end = (headline + 10).min(lines.len());
    let headline_text = lines[headline].text.to_lowercase();

    // The header runs to the last date, byline or credited caption near the top.
    let mut last_marker = headline;
    let mut sentences = 0;
    let mut seen_meta = false;
    let mut sentences_before_marker = 0;
    for i in headline + 1..window_end {
        let text = &lines[i].text;
        if text.to_lowercase() == headline_text {
            roles[i] = Role::Extra(ExtraKind::Boilerplate);
            last_marker = i;
        } else if dates::is_date_line(text) {
            roles[i] = Role::Date;
            seen_meta = true;
            last_marker = i;
        } else if let Some((authors, dated)) = byline_authors(text, is_next_to_date(lines, i))
            .map(|authors| (authors, carries_date(text)))
            .filter(|(_, dated)| {
                text.starts_with("By ")
                    || text.starts_with("BY ")
                    || is_next_to_date(lines, i)
                    || *dated
            })
        {
            if article.authors.is_empty() {
                article.authors = authors;
            }
            // "Dan Goodin - Apr 16, 2015 8:02 pm UTC": the date is read too.
            roles[i] = if dated { Role::Date } else { Role::Byline };
            seen_meta = true;
            last_marker = i;
        } else if is_credit_caption(text)
            || is_duplicate_of_next(lines, i)
            || (sentences == 0 && ends_with_date(text))
        {
            roles[i] = Role::Extra(ExtraKind::Caption);
            last_marker = i;
        } else if is_chrome(text) {
            roles[i] = Role::Extra(ExtraKind::Boilerplate);
            continue;
        } else if ends_sentence(text) {
            sentences += 1;
            // After a byline or date, the first sentence starts the body.
            if sentences > 2 || seen_meta {
                break;
            }
            continue;
        } else {
            continue;
        }
        sentences_before_marker = sentences;
    }
    if sentences_before_marker > 2 {
        // The body started early: only what directly follows the headline is header.
        last_marker = headline;
        for role in roles.iter_mut().skip(headline + 1) {
            if matches!(role, Role::Extra(ExtraKind::Caption)) {
                *role = Role::Unread;
            }
        }
    }

    // The standfirst directly follows the headline or the header's markers.
    for candidate in [headline + 1, last_marker + 1] {
        let Some(line) = lines.get(candidate) else {
            continue;
        };
        if roles[candidate] != Role::Unread || article.standfirst.is_some() {
            continue;
        }
        let followed_by_marker = (candidate + 1..(candidate + 3).min(lines.len()))
            .any(|j| matches!(roles[j], Role::Byline | Role::Date));
        let title_like =
            !ends_sentence(&line.text) || (followed_by_marker && candidate == headline + 1);
        if title_like
            && word_count(&line.text) >= 5
            && has_lowercase_word(&line.text)
            && !is_chrome(&line.text)
            && byline_authors(&line.text, false).is_none()
        {
            roles[candidate] = Role::Standfirst;
            article.standfirst = Some(line.text.clone());
        }
    }
    let header_end = roles
        .iter()
        .rposition(|r| matches!(r, Role::Standfirst))
        .map_or(last_marker, |s| s.max(last_marker));
    let last = header_end.min(lines.len().saturating_sub(1));
    for role in roles.iter_mut().take(last + 1).skip(headline + 1) {
        if *role == Role::Unread {
            *role = Role::Extra(ExtraKind::Caption);
        }
    }
    // Titles of embedded videos and galleries between header and body.
    let mut i = header_end + 1;
    while i < lines.len()
        && roles[i] == Role::Unread
        && !ends_sentence(&lines[i].text)
        && header_end > headline
    {
        roles[i] = Role::Extra(ExtraKind::Caption);
        i += 1;
    }
}

/// A caption's closing date: "… in Moscow, Russia, June 15, 2017."
fn ends_with_date(line: &str) -> bool {
    let tail: Vec<&str> = line.split_whitespace().rev().take(4).collect();
    let tail: Vec<&str> = tail.into_iter().rev().collect();
    dates::find_date(&tail.join(" ")).is_some() && word_count(line) >= 6
}

/// A short line that holds a date: a byline "Jane Doe - Apr 16, 2015".
fn carries_date(line: &str) -> bool {
    word_count(line) <= 12 && dates::find_date(line).is_some()
}

fn is_next_to_date(lines: &[Line], i: usize) -> bool {
    let near = |j: usize| lines.get(j).is_some_and(|l| dates::is_date_line(&l.text));
    near(i + 1) || (i > 0 && near(i - 1))
}

/// Caption pairs where the first is the second without its credit.
fn is_duplicate_of_next(lines: &[Line], i: usize) -> bool {
    lines.get(i + 1).is_some_and(|next| {
        next.text.len() > lines[i].text.len()
            && next.text.starts_with(&lines[i].text)
            && is_credit_caption(&next.text)
    })
}

/// Related links and prompts at the end: from the last line back, while the
/// lines are page furniture or headline-like.
fn mark_trailing_boilerplate(lines: &[Line], roles: &mut [Role]) {
    for i in (0..lines.len()).rev() {
        if roles[i] != Role::Unread {
            continue;
        }
        let text = &lines[i].text;
        // A prompt's words ("subscribe", "comments") mark a line as
        // furniture only when it is not a paragraph of prose.
        let furniture = is_chrome(text)
            || is_legal_notice(text)
            || is_prompt(text)
            || (!ends_sentence(text) && word_count(text) <= 20 && !opens_with_quote(text));
        if !furniture {
            break;
        }
        roles[i] = Role::Extra(ExtraKind::Boilerplate);
    }
}

fn opens_with_quote(text: &str) -> bool {
    text.starts_with(['"', '\u{201c}', '\u{2018}', '\'', '\u{ab}'])
}

fn classify_body_lines(lines: &[Line], roles: &mut [Role]) {
    for (i, line) in lines.iter().enumerate() {
        if roles[i] != Role::Unread {
            continue;
        }
        let text = &line.text;
        roles[i] = if is_chrome(text) {
            Role::Extra(ExtraKind::Boilerplate)
        } else if is_credit_caption(text) {
            Role::Extra(ExtraKind::Caption)
        } else if !ends_sentence(text)
            && word_count(text) <= 12
            && !opens_with_quote(text)
            // "— Jane Doe, on Twitter" attributes a pull quote.
            && !text.starts_with(['\u{2014}', '\u{2013}', '-'])
        {
            Role::Extra(ExtraKind::Subheading)
        } else {
            Role::Body
        };
    }
}

/// The date: a date line in the header, else a dated line in the page's
/// furniture ("appeared in the print edition … on February 17, 2017"), else
/// a date in a caption at the top.
fn read_dates(lines: &[Line], roles: &[Role], article: &mut Article) {
    let find = |pred: &dyn Fn(&Role, &str) -> bool| {
        lines
            .iter()
            .zip(roles)
            .filter(|(l, r)| pred(r, &l.text))
            .find_map(|(l, _)| dates::find_date(&l.text))
    };
    article.published = find(&|r, _| *r == Role::Date)
        .or_else(|| {
            find(&|r, t| {
                *r == Role::Extra(ExtraKind::Boilerplate) && is_edge_boilerplate(t)
                    || *r == Role::Extra(ExtraKind::Boilerplate) && is_chrome(t)
            })
        })
        .or_else(|| {
            let first_body = roles
                .iter()
                .position(|r| *r == Role::Body)
                .unwrap_or(roles.len());
            lines[..first_body]
                .iter()
                .zip(roles)
                .filter(|(_, r)| **r == Role::Extra(ExtraKind::Caption))
                .find_map(|(l, _)| dates::find_date(&l.text))
        });
}

/// The marks that end a dateline.
const DATELINE_DASHES: [char; 5] = ['\u{2013}', '\u{2014}', '\u{2022}', '-', ':'];

/// Where the dash that ends a paragraph's dateline is, when it opens with
/// one (see [`dateline`]).
pub fn dateline_end(paragraph: &str) -> Option<usize> {
    dateline(paragraph)?;
    paragraph.find(DATELINE_DASHES)
}

/// "MOSCOW – …", "WASHINGTON (Reuters) - …", "PARIS, May 2 (AFP) — …".
pub fn dateline(paragraph: &str) -> Option<String> {
    let cut = paragraph.find(DATELINE_DASHES)?;
    let head = &paragraph[..cut];
    if !paragraph[cut..]
        .chars()
        .nth(1)
        .is_some_and(char::is_whitespace)
        || head.len() > 60
    {
        return None;
    }
    // "Washington (AFP) –": a place in title case, named as a dateline by
    // the agency in brackets after it.
    let (before, bracketed) = head.split_once('(').unwrap_or((head, ""));
    let agency = bracketed
        .trim_end()
        .strip_suffix(')')
        .is_some_and(|inside| {
            (1..=3).contains(&inside.split_whitespace().count())
                && inside
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
        });
    let titled_place = |place: &str| {
        (1..=3).contains(&place.split_whitespace().count())
            && place.split_whitespace().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-'))
            })
    };
    if agency && !before.contains(',') && titled_place(before.trim()) {
        return Some(before.trim().to_string());
    }
    // "LITTLE ROCK, Ark." keeps its region; "PARIS, May 2 (AFP)" drops its date.
    let head = head.split('(').next()?.trim();
    let mut parts = head.splitn(2, ',');
    let city = parts.next()?.trim();
    let region = parts.next().map(str::trim).filter(|r| {
        !r.is_empty()
            && !r.chars().any(|c| c.is_ascii_digit())
            && r.split_whitespace().count() <= 3
            && r.starts_with(char::is_uppercase)
    });
    let place = city.to_string();
    let letters = place.chars().filter(|c| c.is_alphabetic());
    let is_caps = place.chars().any(char::is_alphabetic)
        && letters.clone().all(char::is_uppercase)
        && place
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '-'));
    (is_caps && place.chars().filter(|c| c.is_alphabetic()).count() >= 2).then(|| match region {
        Some(region) => format!("{place}, {region}"),
        None => place,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_header_fields_and_strips_furniture() {
        let text = "Skip to main content\n\nMayor Backs New Tram Line\n\nCity hall approves funding for the long-delayed route\n\nBy Jane Holloway\nTuesday 3 March 2020 09:15 GMT\n\nLEEDS \u{2014} The mayor on Monday backed the line.\n\nWhat happens next\n\nWork starts in May, officials said.\n\nSign up to our newsletter\n\nRelated: Buses cut again";
        let a = parse(text);
        assert_eq!(a.headline.as_deref(), Some("Mayor Backs New Tram Line"));
        assert_eq!(
            a.standfirst.as_deref(),
            Some("City hall approves funding for the long-delayed route")
        );
        assert_eq!(a.authors, vec!["Jane Holloway"]);
        assert_eq!(
            a.published.as_ref().map(|d| d.iso.as_str()),
            Some("2020-03-03T09:15:00+00:00")
        );
        assert_eq!(a.dateline.as_deref(), Some("LEEDS"));
        assert_eq!(
            a.body,
            "LEEDS \u{2014} The mayor on Monday backed the line.\n\nWork starts in May, officials said."
        );
        assert_eq!(a.paragraphs.len(), 2);
        let kinds: Vec<_> = a.extras.iter().map(|e| (e.kind, e.text.as_str())).collect();
        assert!(kinds.contains(&(ExtraKind::Subheading, "What happens next")));
        assert!(kinds.contains(&(ExtraKind::Boilerplate, "Sign up to our newsletter")));
        assert!(kinds.contains(&(ExtraKind::Boilerplate, "Related: Buses cut again")));
    }

    #[test]
    fn captions_before_the_standfirst_are_kept_apart() {
        let text = "Port Strike Ends\n\nDockers returned to work on Friday after a deal.\nThe minister arrives in Rotterdam on Feb 2, 2021.\nThe minister arrives in Rotterdam on Feb 2, 2021. PHOTO: REUTERS\n\nThe agreement follows three weeks of talks between unions and owners\n\nROTTERDAM \u{2013} Dock workers went back on Friday.\n\nThe deal raises pay by 4 per cent, the union said.";
        let a = parse(text);
        assert_eq!(
            a.standfirst.as_deref(),
            Some("The agreement follows three weeks of talks between unions and owners")
        );
        assert!(a.body.starts_with("ROTTERDAM"));
        assert_eq!(
            a.extras
                .iter()
                .filter(|e| e.kind == ExtraKind::Caption)
                .count(),
            3
        );
        assert_eq!(a.published.map(|d| d.iso), Some("2021-02-02".to_string()));
    }

    #[test]
    fn joins_hard_wrapped_lines_and_keeps_a_headline_only_file() {
        let a = parse(
            "Storm Hits Coast\n\nThe storm reached the coast\nearly on Sunday, forecasters said.",
        );
        assert_eq!(
            a.body,
            "The storm reached the coast early on Sunday, forecasters said."
        );
        let only = parse("Just A Headline");
        assert_eq!(only.headline.as_deref(), Some("Just A Headline"));
        assert!(only.body.is_empty());
    }

    #[test]
    fn spaces_normalise_alike_in_ascii_and_other_lines() {
        assert_eq!(normalise_spaces(" \tA  b\r\x0cc "), "A b c");
        assert_eq!(normalise_spaces("A\x0bb"), "A b");
        assert_eq!(normalise_spaces("\u{feff}A\u{a0}\u{200b}b\u{2003}"), "A b");
    }

    /// The lines of `article` set aside as page furniture.
    fn boilerplate(article: &Article) -> Vec<&str> {
        article
            .extras
            .iter()
            .filter(|e| e.kind == ExtraKind::Boilerplate)
            .map(|e| e.text.as_str())
            .collect()
    }

    #[test]
    fn a_long_last_paragraph_is_body_whatever_words_it_holds() {
        let last = "The council said residents who want to comment on the plan can subscribe to its updates, and that it would publish every response in full. \u{201c}We want to hear from everyone,\u{201d} the leader said on Monday.";
        let text = format!(
            "Harbour Plan Approved\n\nThe council approved the plan on Monday.\n\n{last}\n\nSubscribe to our newsletter\n\nComments"
        );
        let a = parse(&text);
        assert!(a.body.ends_with(last), "{}", a.body);
        assert_eq!(boilerplate(&a), ["Subscribe to our newsletter", "Comments"]);
    }

    /// A prompt's word is a whole word: "donated" and "cookie poll" end
    /// an article as body; "Donate" and "We use cookies" do not.
    #[test]
    fn a_prompt_is_its_whole_words() {
        let donated = "In 2008, Cooper donated $750 to the campaign.";
        let cookie = "The magazine said the cookie poll winner was right.";
        let text = format!(
            "Bake-Off Results Are In\n\nThe results came on Monday.\n\n{donated}\n\n{cookie}\n\nDonate\n\nWe use cookies"
        );
        let a = parse(&text);
        assert!(
            a.body.ends_with(&format!("{donated}\n\n{cookie}")),
            "{}",
            a.body
        );
        assert_eq!(boilerplate(&a), ["Donate", "We use cookies"]);
    }

    #[test]
    fn a_headline_is_never_a_navigation_line() {
        let text = "Skip to main content\n\nMenu\n\nSections\n\nNews\n\nSearch\n\nTram Line Backed By Mayor After Long Debate\n\nBy Jane Holloway\n\n7 January 2024, 1:20am GMT\n\nThe mayor on Monday backed the line.\n\nWork starts in May, officials said.";
        let a = parse(text);
        assert_eq!(
            a.headline.as_deref(),
            Some("Tram Line Backed By Mayor After Long Debate")
        );
        assert_eq!(a.authors, ["Jane Holloway"]);
        assert_eq!(
            a.published.map(|d| d.iso).as_deref(),
            Some("2024-01-07T01:20:00+00:00")
        );
    }

    /// A page's text with a long menu, and no date or byline beside the
    /// headline (which the hand rule before the model required).
    #[test]
    fn a_page_headline_is_found_below_a_long_menu_without_a_date() {
        let menu = "Home\n\nNews\n\nPolitics\n\nSport\n\nBusiness\n\nCulture\n\nOpinion\n\nNewsletters\n\nSign in\n\nSearch\n\nMenu\n\nTrending: budget, elections, weather\n\n";
        let article = "Council votes to close the old harbour bridge\n\nThe city council voted on Tuesday to close the old harbour bridge to cars from next spring, citing repair costs that have doubled in five years.\n\nResidents who use the bridge every day said they would fight the decision in the courts and at the next election in May.\n\nRelated stories";
        let a = parse(&format!("{menu}{article}"));
        assert_eq!(
            a.headline.as_deref(),
            Some("Council votes to close the old harbour bridge")
        );
        assert!(
            a.body.starts_with("The city council voted on Tuesday"),
            "{}",
            a.body
        );
    }

    /// A short last paragraph that reports speech is the article's, even
    /// with a prompt's word in it; the prompt itself is furniture.
    #[test]
    fn a_last_sentence_reporting_speech_is_no_prompt() {
        let article = "Council votes to close the old harbour bridge\n\nThe city council voted on Tuesday to close the old harbour bridge to cars from next spring, citing repair costs that have doubled in five years.\n\n";
        let said = "Jane Doe said she read every one of the comments.";
        let a = parse(&format!("{article}{said}"));
        assert!(a.body.ends_with(said), "{}", a.body);
        let prompt = "Tell us what you think in the comments.";
        let a = parse(&format!("{article}{prompt}"));
        assert!(a.body.ends_with("five years."), "{}", a.body);
    }

    /// A legal notice at a page's end is furniture however long it is; a
    /// long last paragraph that mentions copyright is body.
    #[test]
    fn a_legal_notice_at_the_end_is_furniture_however_long() {
        let article = "Council votes to close the old harbour bridge\n\nThe city council voted on Tuesday to close the old harbour bridge to cars from next spring, citing repair costs that have doubled in five years.\n\nResidents who use the bridge every day said they would fight the decision in the courts and at the next election in May.\n\n";
        let notice = "Market data provided by Example Data Inc. and its licensors, delayed by fifteen minutes. © 2016 Example Data, Inc. All Rights Reserved. Example Index is a registered trademark of Example Indices LLC, licensed for use by the publisher.";
        let a = parse(&format!("{article}{notice}"));
        assert!(a.body.ends_with("next election in May."), "{}", a.body);
        let copyright = "The council said the bridge's designer still holds the copyright to its plans. The city will ask for them before the work starts next spring.";
        let a = parse(&format!("{article}{copyright}"));
        assert!(a.body.ends_with(copyright), "{}", a.body);
    }

    /// A consent notice above the article is furniture, however many
    /// sentences it has; it neither heads the page nor opens its body.
    #[test]
    fn a_cookie_notice_above_the_article_is_furniture() {
        let text = "We use cookies to improve your experience on our website. By continuing to browse the site you agree to our use of cookies and similar technologies.\n\nYou can change your cookie settings at any time, as our cookie policy explains in detail.\n\nAccept\n\nHome\n\nNews\n\nCouncil votes to close the old harbour bridge\n\n5 June 2015\n\nThe city council voted on Tuesday to close the old harbour bridge to cars from next spring, citing repair costs that have doubled in five years.\n\nResidents who use the bridge every day said they would fight the decision in the courts and at the next election in May.";
        let a = parse(text);
        assert_eq!(
            a.headline.as_deref(),
            Some("Council votes to close the old harbour bridge")
        );
        assert_eq!(a.published.map(|d| d.iso).as_deref(), Some("2015-06-05"));
        assert!(a.body.starts_with("The city council voted"), "{}", a.body);
    }

    /// A long line below the headline that opens with its date dates
    /// the page; a date deep inside such a line does not.
    #[test]
    fn a_page_dated_by_the_opening_of_a_line_below_its_headline() {
        let menu = "Home\n\nNews\n\nPolitics\n\nSport\n\nBusiness\n\nSearch\n\n";
        let page = |line: &str| {
            format!(
                "{menu}Council votes to close the old harbour bridge\n\n{line}\n\nResidents who use the bridge every day said they would fight the decision in the courts and at the next election in May.\n\nWork on the bridge is to start in May and last two years, officials said on Tuesday."
            )
        };
        let opening = "Press release of 25 January 2022 | Harbourside – The city council voted on Tuesday to close the old harbour bridge to cars from next spring, citing repair costs.";
        assert_eq!(
            parse(&page(opening)).published.map(|d| d.iso).as_deref(),
            Some("2022-01-25")
        );
        let deep = "The city council voted on Tuesday to close the old harbour bridge to cars, as it had planned since 25 January 2022, citing repair costs.";
        assert_eq!(parse(&page(deep)).published, None);
    }

    /// A date stamp that is no sentence, above the headline or below its
    /// standfirst, dates a page that has no date line of its own.
    #[test]
    fn a_page_date_stamp_beside_the_headline() {
        let menu = "Home\n\nNews\n\nPolitics\n\nSport\n\nBusiness\n\nCulture\n\nOpinion\n\nNewsletters\n\nSign in\n\nSearch\n\nMenu\n\n";
        let article = "Council votes to close the old harbour bridge\n\nThe city council voted on Tuesday to close the old harbour bridge to cars from next spring, citing repair costs that have doubled in five years.\n\nJane Holloway\n\nPublished 06.10.2023 (last update: 07.10.2023)\n\nResidents who use the bridge every day said they would fight the decision in the courts and at the next election in May.\n\nWork on the bridge is to start in May and last two years, officials said on Tuesday.";
        let a = parse(&format!("{menu}{article}"));
        assert_eq!(a.published.map(|d| d.iso).as_deref(), Some("2023-10-06"));
        let above = "Home\n\nNews\n\n21.01.2022 Latest news\n\nCouncil votes to close the old harbour bridge\n\nThe city council voted on Tuesday to close the old harbour bridge to cars from next spring, citing repair costs that have doubled in five years.\n\nResidents who use the bridge every day said they would fight the decision in the courts and at the next election in May.";
        assert_eq!(
            parse(above).published.map(|d| d.iso).as_deref(),
            Some("2022-01-21")
        );
    }

    /// A byline that carries its date after a dash: both are read.
    #[test]
    fn a_byline_and_its_date_on_one_line() {
        let text = "Harbour bridge closes to cars from next spring\n\nRepair costs have doubled in five years.\n\nJane Holloway - Apr 16, 2015 8:02 pm UTC\n\nThe city council voted on Tuesday to close the old harbour bridge to cars from next spring, citing repair costs.\n\nResidents said they would fight the decision.";
        let a = parse(text);
        assert_eq!(a.authors, ["Jane Holloway"]);
        assert_eq!(
            a.published.map(|d| d.iso).as_deref(),
            Some("2015-04-16T20:02:00+00:00")
        );
        assert!(a.body.starts_with("The city council voted"), "{}", a.body);
    }

    /// A section label run together with the headline, a headline in
    /// title case that ends with an initialism (not prose for its stop),
    /// and a skip link run together with the next.
    #[test]
    fn a_page_headline_below_its_label_and_ending_with_an_initialism() {
        let headline = "Harbour Bridge Closes to Cars as the Cost of Repairs Mounts in N.Y.C.";
        let text = format!(
            "Sections\n\nSEARCH\n\nSkip to contentSkip to site index\n\nNew York\n\nSubscribe\n\nLog In\n\nToday’s Paper\n\nNew York|{headline}\n\nSupported by\n\n{headline}\n\nThe city council voted on Tuesday to close the old harbour bridge to cars from next spring, citing repair costs.\n\nBy Jane Holloway\n\nFeb. 21, 2019\n\nResidents who use the bridge every day said they would fight the decision in the courts and at the next election.\n\nWork on the bridge is to start in May and last two years, officials said on Tuesday."
        );
        let a = parse(&text);
        assert_eq!(a.headline.as_deref(), Some(headline));
        assert_eq!(a.authors, ["Jane Holloway"]);
    }

    /// Neither a byline run together with its date nor a line cut short
    /// ("… is sponsored by") is a page's headline.
    #[test]
    fn a_page_headline_is_never_a_byline_or_a_line_cut_short() {
        let menu = "Home\n\nNews\n\nPolitics\n\nSport\n\nBusiness\n\nCulture\n\nOpinion\n\nNewsletters\n\nSign in\n\nSearch\n\nMenu\n\nAdvertisement\n\n";
        let article = "Council votes to close the old harbour bridge\n\n6366\n\nLocal News is sponsored by\n\nby Jane Holloway22 Dec 2016651\n\nThe city council voted on Tuesday to close the old harbour bridge to cars from next spring, citing repair costs that have doubled in five years.\n\nResidents who use the bridge every day said they would fight the decision in the courts and at the next election in May.";
        let a = parse(&format!("{menu}{article}"));
        assert_eq!(
            a.headline.as_deref(),
            Some("Council votes to close the old harbour bridge")
        );
    }

    #[test]
    fn a_page_ends_at_its_comments_unless_the_article_runs_on_past_them() {
        let menu = "Home\n\nNews\n\nPolitics\n\nSport\n\nBusiness\n\nCulture\n\nOpinion\n\nNewsletters\n\nSign in\n\nSearch\n\nMenu\n\n";
        let article = "Council votes to close the old harbour bridge\n\nThe city council voted on Tuesday to close the old harbour bridge to cars from next spring, citing repair costs that have doubled in five years.\n\nResidents who use the bridge every day said they would fight the decision in the courts and at the next election in May.\n\n";
        let comments = "Comments (2)\n\nI have crossed that bridge every morning for thirty years and never once seen a repair crew on it.\n\nThe council should have asked the people who use the bridge before deciding anything at all.";
        let a = parse(&format!("{menu}{article}{comments}"));
        assert!(
            a.body.ends_with("at the next election in May."),
            "{}",
            a.body
        );

        // "Most read" in a sidebar above most of the article closes nothing.
        let sidebar = "Most read\n\n";
        let rest = "Engineers said the bridge could carry buses for ten more years if the council paid for a new deck.\n\nThe mayor said the vote was final and that work on a new crossing would begin in the autumn of next year.\n\nA public meeting on the plan will be held at the town hall on the first Monday of next month.";
        let a = parse(&format!("{menu}{article}{sidebar}{rest}"));
        assert!(
            a.body.ends_with("first Monday of next month."),
            "{}",
            a.body
        );
    }

    #[test]
    fn date_and_byline_found_among_furniture_above_the_headline() {
        let text = "Menu\n\nUpdated 7 January 2024, 1:20am GMT\n\nBy Jane Holloway\n\nTram Line Backed By Mayor\n\nThe mayor on Monday backed the line, which will cost forty million pounds.\n\nWork starts in May, officials said.";
        let a = parse(text);
        assert_eq!(a.headline.as_deref(), Some("Tram Line Backed By Mayor"));
        assert_eq!(a.authors, ["Jane Holloway"]);
        assert_eq!(
            a.published.map(|d| d.iso).as_deref(),
            Some("2024-01-07T01:20:00+00:00")
        );
    }

    /// A byline's names without what follows them: roles in parentheses,
    /// a date, a stamp word, a handle.
    #[test]
    fn byline_names_without_roles_dates_and_handles() {
        assert_eq!(
            byline_authors(
                "by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)",
                false
            ),
            Some(vec![
                "Eleanor Ainge Roy".to_string(),
                "Adrian Malloch".to_string()
            ])
        );
        assert_eq!(
            byline_authors("by Steven Musil January 18, 2017 11:00 PM PST", false),
            Some(vec!["Steven Musil".to_string()])
        );
        assert_eq!(
            byline_authors(
                "By Alissa Wilkinson@alissamarie Updated Dec 15, 2017",
                false
            ),
            Some(vec!["Alissa Wilkinson".to_string()])
        );
    }

    /// A page's text whose byline and date line, published and modified,
    /// sit far below the top among the lines above the running prose.
    #[test]
    fn a_page_date_far_below_the_top_above_the_prose() {
        let menu: String = (1..=12).map(|i| format!("Section {i}\n\n")).collect();
        let text = format!(
            "The Daily Example - Back to home\n\n{menu}Whale Strandings Worry Tribes\n\nby Eleanor Ainge Roy (reporting)\n\nShare on Facebook\n\nThu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST\n\nShare via Email\n\nWhale expert Hori Parata was seven when he attended his first stranding, he said.\n\nThe tribes fear that changes in the ocean are behind the spike in beachings, elders said."
        );
        let a = parse(&text);
        assert_eq!(a.authors, ["Eleanor Ainge Roy"]);
        assert_eq!(
            a.published.map(|d| d.iso).as_deref(),
            Some("2019-01-03T02:00:00-05:00")
        );
    }

    #[test]
    fn outlets_are_never_read_from_running_prose() {
        let text = "Oscar Voters Named\n\nThe list was published on Monday by the organisers of the awards.\n\nIts members of the Academy, who appeared in print in a list of the Society of Film, will vote in March, the organisers said.\n\n\u{a9} 2024 All Rights Reserved";
        assert_eq!(parse(text).outlet, None);
    }

    #[test]
    fn datelines() {
        assert_eq!(
            dateline("WASHINGTON (Reuters) - The Senate voted."),
            Some("WASHINGTON".into())
        );
        assert_eq!(
            dateline("PARIS, May 2 (AFP) \u{2013} Police said."),
            Some("PARIS".into())
        );
        assert_eq!(dateline("The mayor - who won - said."), None);
        assert_eq!(
            dateline("LITTLE ROCK, Ark. \u{2014} The program grew."),
            Some("LITTLE ROCK, Ark.".into())
        );
        // A place in title case is a dateline when an agency follows it.
        assert_eq!(
            dateline("Washington (AFP) \u{2013} Democrat Hillary Clinton has taken a swipe."),
            Some("Washington".into())
        );
        assert_eq!(
            dateline("New York (CNN) - The mayor spoke."),
            Some("New York".into())
        );
        assert_eq!(dateline("Washington - The mayor spoke."), None);
        assert_eq!(dateline("Photo by John Smith (AFP) - file"), None);
    }

    /// The paragraph that opens with such a dateline is the body's, not a
    /// photo credit (it names an agency), and its people are found.
    #[test]
    fn a_title_case_dateline_opens_the_body() {
        let a = parse(
            "Clinton swipes at Trump\n\nWashington (AFP) \u{2013} Democrat Hillary Clinton has taken a swipe at her rival.\n\nShe spoke on Friday.",
        );
        assert_eq!(a.dateline.as_deref(), Some("Washington"));
        assert!(a.body.starts_with("Washington (AFP)"), "{}", a.body);
    }
}

//! Property tests for the text pipeline: `decode` and `extract` must never
//! panic, and every offset they hand back must name the text it claims to.
//!
//! Two kinds of input are used: fully arbitrary strings (and bytes), which
//! find panics on odd characters, and a structured generator that builds
//! article-like text out of words, names, speech verbs, every kind of
//! quotation mark, apostrophes, odd spaces and line ends, so that the
//! quotation and attribution code paths are actually reached.
//!
//! Failures are not persisted to a `proptest-regressions/` file: a failing
//! case is printed (shrunk) and should be copied into a regular test.

use clippings_extract::decode::decode;
use clippings_extract::{Extraction, extract};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

/// `cases` per property, unless `PROPTEST_CASES` asks for more (or fewer)
/// for a longer hunt: `PROPTEST_CASES=100000 cargo test --release --test properties`.
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Checks an extraction with the invariants the fuzz target checks too.
fn check_extraction(x: &Extraction) -> Result<(), TestCaseError> {
    x.check_invariants().map_err(TestCaseError::fail)
}

fn check_text(text: &str) -> Result<(), TestCaseError> {
    let x = extract(text);
    check_extraction(&x)
}

fn check_bytes(bytes: &[u8]) -> Result<(), TestCaseError> {
    if let Ok(d) = decode(bytes) {
        prop_assert!(
            !d.text.contains('\r'),
            "decoded text holds a CR: {:?}",
            d.text
        );
        prop_assert!(
            !d.text.contains('\0'),
            "decoded text holds a NUL: {:?}",
            d.text
        );
        check_extraction(&extract(&d.text))?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// The structured generator.

const WORDS: &[&str] = &[
    "the",
    "a",
    "and",
    "of",
    "to",
    "in",
    "is",
    "was",
    "not",
    "that",
    "it",
    "plan",
    "tax",
    "city",
    "council",
    "we",
    "will",
    "never",
    "on",
    "Monday",
    "by",
    "so-called",
    "titled",
    "headline",
    "known",
    "as",
    "year",
    "numbers",
    "do",
    "add",
    "up",
    "this",
    "with",
    "for",
    "from",
    "at",
    "reform",
    "deeply",
    "flawed",
    "sham",
    "also",
    "later",
    "yesterday",
    "statement",
    "reporters",
    "U.S.",
    "No.",
    "vs.",
    "e.g.",
    "café",
    "naïve",
    "東京",
    "Straße",
    "ǅemal",
    "İstanbul",
];

const NAMES: &[&str] = &[
    "John",
    "Mary",
    "Greta",
    "Lindqvist",
    "Tomas",
    "Berg",
    "Ana",
    "Ruiz",
    "Amara",
    "Okafor",
    "Smith",
    "O'Brien",
    "D\u{2019}Angelo",
    "Kim",
    "Jong-un",
    "Vladimir",
    "Putin",
    "Ángela",
    "Zoë",
    "Björk",
    "Robert",
    "Bobby",
    "Tan",
    "Jane",
    "Doe",
    "Anna",
    "Kowalski",
    "ANNA",
    "KOWALSKI",
    "MS",
    "JANE",
    "DOE",
    "Putin's",
    "Smith\u{2019}s",
    "W.",
];

const TITLES: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Mr.",
    "Dr.",
    "President",
    "Finance Minister",
    "Mayor",
    "Opposition leader",
    "the spokesman",
    "a spokeswoman",
    "Sen.",
    "Gen",
    "Prof",
];

const CUES: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "asked",
    "according to",
    "said:",
    "told reporters,",
    "saying",
    "insisted",
    "wrote",
    "he said",
    "she said",
    "said he",
    "said she",
    "He",
    "She",
    "he",
    "she",
    "they",
];

const MARKS: &[&str] = &[
    "\"",
    "\u{201c}",
    "\u{201d}",
    "'",
    "\u{2018}",
    "\u{2019}",
    "\u{ab}",
    "\u{bb}",
    "\u{201e}",
    "\u{201a}",
    "\u{2039}",
    "\u{203a}",
    "\u{ab}\u{a0}",
    "\u{a0}\u{bb}",
    "\"'",
    "'\"",
    "\u{201c}\u{2018}",
    "\u{2019}\u{201d}",
];

const APOSTROPHES: &[&str] = &[
    "don't",
    "isn't",
    "teams' goodwill",
    "the '90s",
    "rock 'n' roll",
    "O'Neill's",
    "it\u{2019}s",
    "'tis",
    "Chris'",
    "ma'am",
];

const PUNCT: &[&str] = &[
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    "\u{2026}",
    "\u{2014}",
    "\u{2013}",
    " - ",
    "(",
    ")",
    "[",
    "]",
    "/",
    "...",
    ".\"",
    ",\"",
    ".\u{201d}",
    ",\u{201d}",
    "?\u{201d}",
    "\u{201d}.",
    "*",
    "~",
];

const SPACES: &[&str] = &[
    " ",
    " ",
    " ",
    " ",
    "  ",
    "\u{a0}",
    "\t",
    "\n",
    "\n\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    "\n \n",
    "\n\u{a0}\n",
    "\u{200b}",
    "\u{feff}",
    "\u{2009}",
    "\u{3000}",
    "\x0c",
    "\n\n\n",
];

fn pick(list: &'static [&'static str]) -> BoxedStrategy<String> {
    proptest::sample::select(list)
        .prop_map(str::to_string)
        .boxed()
}

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => pick(WORDS),
        3 => pick(NAMES),
        1 => (pick(NAMES), pick(NAMES)).prop_map(|(a, b)| format!("{a} {b}")),
        1 => (pick(TITLES), pick(NAMES), pick(NAMES)).prop_map(|(t, a, b)| format!("{t} {a} {b}")),
        2 => pick(CUES),
        4 => pick(MARKS),
        1 => pick(APOSTROPHES),
        3 => pick(PUNCT),
        6 => pick(SPACES),
        // A paragraph-opening mark, as in continued quotations.
        1 => pick(MARKS).prop_map(|m| format!("\n\n{m}")),
        // A pull-quote attribution line.
        1 => (pick(NAMES), pick(NAMES)).prop_map(|(a, b)| format!("\n\n\u{2014} {a} {b}, on Twitter\n\n")),
        // A very long line.
        1 => (pick(WORDS), 100usize..400).prop_map(|(w, n)| vec![w; n].join(" ")),
        // Anything at all, now and then.
        1 => "\\PC{0,6}",
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Article-like text: tokens joined mostly by spaces.
fn article_text() -> impl Strategy<Value = String> {
    soup(160)
}

/// Up to `max` tokens, mostly separated by spaces.
fn soup(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec((token(), prop::bool::weighted(0.7)), 0..max).prop_map(|toks| {
        let mut s = String::new();
        for (t, space) in toks {
            s.push_str(&t);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

/// A quotation in a sentence, in one of the ways articles write them.
fn quoted_sentence() -> impl Strategy<Value = String> {
    let open = pick(&["\"", "\u{201c}", "'", "\u{2018}", "\u{ab}", "\u{201e}"]);
    let close = pick(&["\"", "\u{201d}", "'", "\u{2019}", "\u{bb}", "\u{201c}", ""]);
    let words = prop::collection::vec(
        prop_oneof![3 => pick(WORDS), 1 => pick(APOSTROPHES), 1 => pick(NAMES)],
        0..12,
    )
    .prop_map(|w| w.join(" "));
    (
        0usize..5,
        pick(TITLES),
        pick(NAMES),
        pick(NAMES),
        pick(CUES),
        open,
        words,
        pick(&[",", ".", "?", "!", "", "\u{2026}"]),
        close,
    )
        .prop_map(
            |(shape, title, given, surname, cue, open, words, stop, close)| {
                let speaker = format!("{title} {given} {surname}");
                match shape {
                    0 => format!("{open}{words}{stop}{close} {speaker} {cue}."),
                    1 => format!("{open}{words}{stop}{close} {cue} {speaker}."),
                    2 => format!("{speaker} {cue}: {open}{words}{stop}{close}"),
                    3 => format!("{speaker} {cue} the plan was {open}{words}{close} and more."),
                    _ => format!("According to {speaker}, {open}{words}{stop}{close}"),
                }
            },
        )
}

/// Paragraphs of quoted sentences and noise, joined by line ends of all kinds.
fn structured_article() -> impl Strategy<Value = String> {
    let para = prop::collection::vec(prop_oneof![3 => quoted_sentence(), 1 => soup(24)], 1..4)
        .prop_map(|s| s.join(" "));
    (
        prop::option::of(pick(NAMES)),
        prop::collection::vec(
            (
                para,
                pick(&["\n\n", "\n", "\r\n\r\n", "\r\n", "\n\n\n", "\n \n", " "]),
            ),
            0..10,
        ),
    )
        .prop_map(|(headline, paras)| {
            let mut s = String::new();
            if let Some(h) = headline {
                s.push_str(&format!("{h} warns of tax rise\n\n"));
            }
            for (p, sep) in paras {
                s.push_str(&p);
                s.push_str(&sep);
            }
            s
        })
}

/// Bytes as files hold them: text in some encoding, perhaps damaged.
fn encoded_bytes() -> impl Strategy<Value = Vec<u8>> {
    (
        prop_oneof![article_text(), structured_article()],
        0u8..6,
        prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..4),
    )
        .prop_map(|(text, enc, damage)| {
            let mut bytes = match enc {
                0 => text.into_bytes(),
                1 => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
                2 => {
                    let mut b = vec![0xFF, 0xFE];
                    text.encode_utf16().for_each(|u| b.extend(u.to_le_bytes()));
                    b
                }
                3 => {
                    let mut b = vec![0xFE, 0xFF];
                    text.encode_utf16().for_each(|u| b.extend(u.to_be_bytes()));
                    b
                }
                // Windows-1252 where it can be, '?' where not.
                _ => {
                    let (b, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
                    b.into_owned()
                }
            };
            if !bytes.is_empty() {
                for (i, v) in damage {
                    let k = i.index(bytes.len());
                    bytes[k] = v;
                }
            }
            bytes
        })
}

// ---------------------------------------------------------------------------
// The properties.

proptest! {
    #![proptest_config(config(256))]

    /// Any string at all: no panic, and every offset is sound.
    #[test]
    fn extract_arbitrary_unicode(text in any::<String>()) {
        check_text(&text)?;
    }

    /// Arbitrary printable-ish text with plenty of line breaks and marks.
    #[test]
    fn extract_arbitrary_lines(text in "([\\PC\"“”'‘’«»\u{a0} ]{0,40}[\n\r]{0,3}){0,20}") {
        check_text(&text)?;
    }

    /// Any bytes at all: decode never panics, its text has no CR or NUL, and
    /// extraction from it is sound.
    #[test]
    fn decode_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check_bytes(&bytes)?;
    }

    /// Article-like text in every encoding decode reads, sometimes damaged.
    #[test]
    fn decode_encoded_articles(bytes in encoded_bytes()) {
        check_bytes(&bytes)?;
    }
}

proptest! {
    #![proptest_config(config(512))]

    /// Token soup of words, names, cues, marks, apostrophes and odd spaces.
    #[test]
    fn extract_token_soup(text in article_text()) {
        check_text(&text)?;
    }
}

proptest! {
    #![proptest_config(config(1024))]

    /// Paragraphs of attributed quotations, continued and broken.
    #[test]
    fn extract_structured_articles(text in structured_article()) {
        check_text(&text)?;
    }
}

// ---------------------------------------------------------------------------
// Sanity checks that the generators reach the quotation code at all.

#[test]
fn structured_generator_finds_quotations() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = structured_article();
    let mut with_quotes = 0;
    let mut with_people = 0;
    for _ in 0..200 {
        let text = strategy.new_tree(&mut runner).unwrap().current();
        let x = extract(&text);
        with_quotes += usize::from(!x.quotes.is_empty());
        with_people += usize::from(!x.mentions.is_empty());
    }
    assert!(
        with_quotes > 50,
        "only {with_quotes}/200 articles had quotations"
    );
    assert!(
        with_people > 50,
        "only {with_people}/200 articles had people"
    );
}

/// The checker itself must object to a span that misnames its text.
#[test]
fn checker_rejects_bad_spans() {
    let mut x = extract("Mayor Ana Ruiz spoke.\n\n\u{201c}We are leaving,\u{201d} said Ana Ruiz.");
    assert!(!x.quotes.is_empty(), "{x:#?}");
    assert!(check_extraction(&x).is_ok());
    let good = (x.quotes[0].start, x.quotes[0].end);
    for bad in [
        (good.0 + 1, good.1),
        (good.0, good.1 - 1),
        (good.1, good.0),
        (0, x.body.chars().count() + 1),
    ] {
        (x.quotes[0].start, x.quotes[0].end) = bad;
        assert!(check_extraction(&x).is_err(), "accepted {bad:?}");
    }
    (x.quotes[0].start, x.quotes[0].end) = good;
    x.quotes[0].paragraph = x.paragraphs.len();
    assert!(
        check_extraction(&x).is_err(),
        "accepted a paragraph past the end"
    );
}

/// Inputs the fuzzer found crashing (tests/fixtures/fuzz), kept so that
/// they stay fixed.
#[test]
fn fuzzer_findings_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        check_bytes(&bytes).unwrap();
        checked += 1;
    }
    assert!(checked >= 1);
}

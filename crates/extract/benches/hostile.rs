//! Hostile input, timed: `cargo bench -p clippings-extract --bench hostile
//! [-- --dict FILE] [--small BYTES] [--large BYTES] [--only TEXT]`.
//!
//! Every stage of the extractor must take time linear in the article's
//! length, whatever the article holds. This bench builds articles out of
//! repeated patterns — every token of the fuzz dictionary
//! (`fuzz/extract.dict`) on its own, every pair of its quotation marks
//! alternating, each mark with a speech verb, and the constructions that
//! were once quadratic (`“‘`, `He said "this and that. `, a hundred
//! thousand people with names of their own) — at a small and
//! a large size (32 KB and 4 MB by default), extracts each, and prints the
//! time per byte at both sizes and their ratio. A linear stage keeps the
//! ratio near 1; a quadratic one multiplies it by the size ratio (128).
//! It exits non-zero when any pattern's ratio reaches `MAX_RATIO`, and
//! finally times one 16 MiB hostile article (the import's limit), which
//! must extract in under 30 s.
//!
//! A pattern over the bar is timed again in a fresh process of this bench
//! (`--index N`), and that figure decides: after a few hundred patterns the
//! one long-lived process's heap makes the first touch of a 4 MB article's
//! memory cost more per byte than a 32 KB one's, whatever the algorithm.
//! Both figures are printed.
//!
//! Time lives here, not in the tests: a timed unit test on a shared
//! machine fails for the wrong reasons.

use std::time::{Duration, Instant};

use clippings_extract::doc::is_mark;
use clippings_extract::extract;

/// Time per byte at the large size over that at the small size.
const MAX_RATIO: f64 = 2.0;
/// Runs at each size when a pattern is timed again alone: a single run
/// of a 4 MB article also times the kernel handing the process fresh
/// pages, which the 32 KB article's many runs reuse.
const RECHECK_RUNS: usize = 5;
/// The longest a 16 MiB hostile article may take.
const MAX_LIMIT_FILE: Duration = Duration::from_secs(30);
const KIB: usize = 1024;

/// Constructions of news prose, each a sentence or part of one.
const CONSTRUCTIONS: &[&str] = &[
    "\u{201c}\u{2018}",
    "He said \"this and that. ",
    "Jane Doe said that the plan, ",
    "\"We will go,\" said Mary Smith. ",
    "According to John Smith, the plan ",
    "Mr Smith told reporters that ",
    ", he said, \"",
    "Mary Smith, the mayor, said ",
    "Officials said the ",
    "\"Yes.\" ",
    "said: \u{201c}",
    "\u{2014} Jane Doe, on Twitter\n\n",
    "MS ANNA KOWALSKI, ",
    "O'Brien's ",
    "John Smith Mary Smith ",
    "Smith: We will go there now.\n\n\"We go,\" said Mary Smith.\n\n",
    "The Washington Post said the plan works. The Post said it fails. ",
    "Von Max Muster, am 25.08.2015 22:30 Uhr 27.01.2022 2017/01/30 1.2.3.4.5 ",
    "Zum Inhalt springen\n\n27.01.2022\n\nPhoto: AP\n\n",
    // A name no one else has, each time: people by the hundred thousand.
    "Anna {name} said the plan works. Mr {name}, the {name} president, said no. ",
    // Pronouns after many names in one unending sentence; a relative
    // clause, an unlisted subject, a vow, a nested closing mark, a
    // dateline and a surname with its article.
    "Jane Doe met John Roe, and he said the plan works, ",
    "Ann Lee (D-Calif.), who led it, the union's chief, said the deal is off, ",
    "Another delegate vowed to stay, ",
    "\"Not 'this,' \" ",
    "WASHINGTON (AP) \u{2014} The senator met them, saying they ",
    "Marine Le Pen and Le Pen said ",
    // An opening conjunction, a body's voice, a possessive document and
    // an addressee before the verb.
    "But Doe said a spokesman for the Harbour Trust said her statement said, speaking to Roe, ",
    // A body named by its noun after a long capitalised run, then "the
    // department" many times; initials after "the".
    "Harbour Lake Port Board Of The North Department Of Works Of Trade ",
    "The department said the ACU said ",
];

/// Stands for a capitalised word that is new at every use.
const FRESH_NAME: &str = "{name}";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let option = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
    };
    let dict = option("--dict")
        .cloned()
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../fuzz/extract.dict").into());
    let small = option("--small").map_or(32 * KIB, |s| s.parse().expect("--small BYTES"));
    let large = option("--large").map_or(4096 * KIB, |s| s.parse().expect("--large BYTES"));

    if let Some(index) = option("--index") {
        // A child of the run below: one pattern's ratio, alone.
        let pattern = &patterns(&dict)[index.parse::<usize>().expect("--index N")];
        let per_byte_small = per_byte(pattern, small, RECHECK_RUNS);
        println!(
            "{}",
            per_byte(pattern, large, RECHECK_RUNS) / per_byte_small
        );
        return;
    }
    let only = option("--only").cloned().unwrap_or_default();
    let patterns: Vec<(usize, String)> = patterns(&dict)
        .into_iter()
        .enumerate()
        .filter(|(_, p)| p.contains(&only))
        .collect();
    println!(
        "{} patterns, {} KB and {} KB; time per byte, large over small (a quadratic stage gives {:.0})",
        patterns.len(),
        small / KIB,
        large / KIB,
        large as f64 / small as f64
    );
    println!("| pattern | ns/byte small | ns/byte large | ratio |\n|---|---:|---:|---:|");
    let mut worst = (0.0, String::new());
    let mut failed = 0;
    for (index, pattern) in &patterns {
        let per_byte_small = per_byte(pattern, small, 1);
        let per_byte_large = per_byte(pattern, large, 1);
        let mut ratio = per_byte_large / per_byte_small;
        let mut shown_ratio = format!("{ratio:.2}");
        if ratio >= MAX_RATIO {
            ratio = ratio_alone(*index, &dict, small, large);
            shown_ratio = format!("{shown_ratio}, alone {ratio:.2}");
        }
        if ratio >= MAX_RATIO {
            failed += 1;
        }
        if ratio > worst.0 {
            worst = (ratio, pattern.clone());
        }
        if ratio >= MAX_RATIO || per_byte_large > 200.0 || shown_ratio.contains("alone") {
            println!(
                "| {:?} | {per_byte_small:.1} | {per_byte_large:.1} | {shown_ratio} |",
                shown(pattern)
            );
        }
    }
    println!(
        "worst ratio {:.2} ({:?}); {failed} of {} at or over {MAX_RATIO}",
        worst.0,
        shown(&worst.1),
        patterns.len()
    );
    let patterns: Vec<String> = patterns.into_iter().map(|(_, p)| p).collect();
    let limit_file = limit_file(&patterns);
    println!(
        "16 MiB hostile article: {:.1} s (limit {} s)",
        limit_file.as_secs_f64(),
        MAX_LIMIT_FILE.as_secs()
    );
    if failed > 0 || limit_file > MAX_LIMIT_FILE {
        std::process::exit(1);
    }
}

/// The ratio of pattern `index` timed by a fresh process of this bench.
fn ratio_alone(index: usize, dict: &str, small: usize, large: usize) -> f64 {
    let exe = std::env::current_exe().expect("the bench's own path");
    let out = std::process::Command::new(exe)
        .args(["--dict", dict, "--index", &index.to_string()])
        .args(["--small", &small.to_string(), "--large", &large.to_string()])
        .output()
        .expect("running the bench again");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("a ratio")
}

/// Every pattern to time, without repeats.
fn patterns(dict: &str) -> Vec<String> {
    let tokens = dictionary(dict);
    // The dictionary's quotation marks, as the extractor knows them.
    let marks: Vec<&String> = tokens
        .iter()
        .filter(|t| t.chars().count() == 1 && t.chars().all(is_mark))
        .collect();
    let mut patterns: Vec<String> = tokens.iter().map(|t| format!("{t} word ")).collect();
    for a in &marks {
        for b in &marks {
            patterns.push(format!("{a}{b}"));
        }
        patterns.push(format!("{a}We go. {a} said John Smith. "));
    }
    patterns.extend(CONSTRUCTIONS.iter().map(|c| c.to_string()));
    patterns.push(CONSTRUCTIONS.concat());
    patterns.sort();
    patterns.dedup();
    patterns
}

/// The tokens of a libFuzzer dictionary: `name="value"` lines, with `\xNN`
/// and `\"` escapes.
fn dictionary(path: &str) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter_map(|line| {
            let value = line.split_once('=')?.1.trim();
            let value = value.strip_prefix('"')?.strip_suffix('"')?;
            let mut bytes = Vec::new();
            let mut rest = value.as_bytes();
            while let Some((&b, tail)) = rest.split_first() {
                match (b, tail) {
                    (b'\\', [b'x', h, l, tail @ ..]) => {
                        let hex = std::str::from_utf8(&[*h, *l]).ok().map(str::to_owned);
                        bytes.push(u8::from_str_radix(&hex?, 16).ok()?);
                        rest = tail;
                    }
                    (b'\\', [c, tail @ ..]) => {
                        bytes.push(*c);
                        rest = tail;
                    }
                    _ => {
                        bytes.push(b);
                        rest = tail;
                    }
                }
            }
            String::from_utf8(bytes).ok()
        })
        .collect()
}

/// An article of `size` bytes: a headline, then the pattern repeated.
fn article(pattern: &str, size: usize) -> String {
    let mut text = String::with_capacity(size + pattern.len());
    text.push_str("Council approves new budget\n\n");
    let mut names = 0;
    while text.len() < size {
        push_pattern(&mut text, pattern, &mut names);
    }
    text
}

/// Appends `pattern`, each [`FRESH_NAME`] in it a word not used before.
fn push_pattern(text: &mut String, pattern: &str, names: &mut usize) {
    let mut parts = pattern.split(FRESH_NAME);
    text.push_str(parts.next().unwrap_or_default());
    for part in parts {
        text.push_str(&fresh_name(*names));
        *names += 1;
        text.push_str(part);
    }
}

/// The `n`th of an endless list of capitalised words ("Bab", "Bac", …).
fn fresh_name(mut n: usize) -> String {
    const CONSONANTS: &[u8] = b"bcdfghjklmnprstvz";
    const VOWELS: &[u8] = b"aeiou";
    let mut name = String::from("B");
    loop {
        name.push(VOWELS[n % VOWELS.len()] as char);
        n /= VOWELS.len();
        name.push(CONSONANTS[n % CONSONANTS.len()] as char);
        n /= CONSONANTS.len();
        if n == 0 {
            return name;
        }
    }
}

/// Nanoseconds per byte extracting `pattern` repeated to `size` bytes: the
/// fastest of the runs that together take a quarter of a second, and of
/// at least `min_runs` runs.
fn per_byte(pattern: &str, size: usize, min_runs: usize) -> f64 {
    let text = article(pattern, size);
    let mut best = Duration::MAX;
    let mut spent = Duration::ZERO;
    let mut runs = 0;
    while runs < min_runs.max(1) || spent < Duration::from_millis(250) {
        let started = Instant::now();
        std::hint::black_box(extract(std::hint::black_box(&text)));
        let took = started.elapsed();
        best = best.min(took);
        spent += took;
        runs += 1;
    }
    best.as_nanos() as f64 / text.len() as f64
}

/// One 16 MiB article (the import's limit) of every pattern in turn, each
/// repeated over 64 KB, in one paragraph.
fn limit_file(patterns: &[String]) -> Duration {
    if patterns.is_empty() {
        return Duration::ZERO;
    }
    let mut text = String::from("Council approves new budget\n\n");
    let mut names = 0;
    'fill: loop {
        for pattern in patterns {
            let mut block = String::new();
            while block.len() < 64 * KIB {
                push_pattern(&mut block, pattern, &mut names);
            }
            if text.len() + block.len() > 16 * KIB * KIB {
                break 'fill;
            }
            text.push_str(&block);
        }
    }
    let started = Instant::now();
    std::hint::black_box(extract(&text));
    started.elapsed()
}

/// A pattern as printed: at most 40 characters.
fn shown(pattern: &str) -> String {
    pattern.chars().take(40).collect()
}

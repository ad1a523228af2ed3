//! Scoring a database against a hand annotation (the format of
//! `tests/fixtures/seeds.json`): quotation precision and recall, speaker
//! and kind accuracy, people precision and recall, and metadata fields.
//!
//! A found quotation matches a gold one when, with quotation marks,
//! dashes, spaces and case folded away, they share at least 80% of the
//! longer one's words; matches are one to one, best overlaps first.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::text::fold_words;

#[derive(Debug, Error)]
pub enum EvalError {
    #[error("cannot read the gold file: {0}")]
    Read(#[from] std::io::Error),
    #[error("the gold file is not in the expected format: {0}")]
    Format(#[from] serde_json::Error),
}

#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    pub articles: Vec<GoldArticle>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    pub file: String,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub standfirst: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub dateline: Option<String>,
    #[serde(default)]
    pub people: Vec<String>,
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    pub text: String,
    pub speaker: Option<String>,
    pub kind: String,
}

/// An article as found (extracted or stored), for scoring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundArticle {
    pub file: String,
    pub outlet: Option<String>,
    pub headline: Option<String>,
    pub standfirst: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub dateline: Option<String>,
}

/// A quotation as found, with its speaker's canonical name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundQuote {
    pub file: String,
    pub speaker: Option<String>,
    pub text: String,
    pub kind: String,
}

pub const MATCH_THRESHOLD: f64 = 0.8;

/// The share of the longer quotation's words the two have in common.
pub fn overlap(a: &str, b: &str) -> f64 {
    let wa = fold_words(a);
    let wb = fold_words(b);
    let longer = wa.len().max(wb.len());
    if longer == 0 {
        return 0.0;
    }
    let mut counts: HashMap<&str, i32> = HashMap::new();
    for w in &wa {
        *counts.entry(w).or_default() += 1;
    }
    let mut shared = 0;
    for w in &wb {
        if let Some(c) = counts.get_mut(w.as_str()) {
            if *c > 0 {
                *c -= 1;
                shared += 1;
            }
        }
    }
    shared as f64 / longer as f64
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub gold_quotes: usize,
    pub found_quotes: usize,
    pub matched: usize,
    pub speaker_right: usize,
    pub kind_right: usize,
    pub gold_people: usize,
    pub found_people: usize,
    pub people_matched: usize,
    /// Field → (right, annotated).
    pub metadata: BTreeMap<String, (usize, usize)>,
    pub missed_quotes: Vec<String>,
    pub false_quotes: Vec<String>,
    pub wrong_speakers: Vec<String>,
    pub missed_people: Vec<String>,
    pub false_people: Vec<String>,
    pub wrong_metadata: Vec<String>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Report {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.found_quotes)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold_quotes)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_right, self.matched)
    }
    pub fn kind_accuracy(&self) -> f64 {
        ratio(self.kind_right, self.matched)
    }
    pub fn people_precision(&self) -> f64 {
        ratio(self.people_matched, self.found_people)
    }
    pub fn people_recall(&self) -> f64 {
        ratio(self.people_matched, self.gold_people)
    }
}

fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.replace('\u{2019}', "'").to_lowercase();
    norm(a) == norm(b)
}

fn normalise(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('\u{2019}', "'")
}

/// Scores found articles, quotations and (file, person) pairs against the
/// gold annotation.
pub fn evaluate(
    gold: &Gold,
    articles: &[FoundArticle],
    quotes: &[FoundQuote],
    people: &[(String, String)],
) -> Report {
    let mut report = Report::default();
    let by_file: HashMap<&str, &FoundArticle> =
        articles.iter().map(|a| (a.file.as_str(), a)).collect();
    for g in &gold.articles {
        let found: Vec<&FoundQuote> = quotes.iter().filter(|q| q.file == g.file).collect();
        report.gold_quotes += g.quotes.len();
        report.found_quotes += found.len();
        // Best overlaps first, one to one.
        let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
        for (gi, gq) in g.quotes.iter().enumerate() {
            for (fi, fq) in found.iter().enumerate() {
                let o = overlap(&gq.text, &fq.text);
                if o >= MATCH_THRESHOLD {
                    pairs.push((o, gi, fi));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut gold_used = BTreeSet::new();
        let mut found_used = BTreeSet::new();
        for (_, gi, fi) in pairs {
            if gold_used.contains(&gi) || found_used.contains(&fi) {
                continue;
            }
            gold_used.insert(gi);
            found_used.insert(fi);
            report.matched += 1;
            let (gq, fq) = (&g.quotes[gi], found[fi]);
            let speaker_ok = match (&gq.speaker, &fq.speaker) {
                (Some(a), Some(b)) => same_name(a, b),
                (None, None) => true,
                _ => false,
            };
            if speaker_ok {
                report.speaker_right += 1;
            } else {
                report.wrong_speakers.push(format!(
                    "{}: \u{201c}{}\u{201d}: gold {}, found {}",
                    g.file,
                    short(&gq.text),
                    gq.speaker.as_deref().unwrap_or("nobody"),
                    fq.speaker.as_deref().unwrap_or("nobody")
                ));
            }
            if gq.kind == fq.kind {
                report.kind_right += 1;
            }
        }
        for (gi, gq) in g.quotes.iter().enumerate() {
            if !gold_used.contains(&gi) {
                report.missed_quotes.push(format!(
                    "{}: \u{201c}{}\u{201d} ({})",
                    g.file,
                    short(&gq.text),
                    gq.speaker.as_deref().unwrap_or("nobody")
                ));
            }
        }
        for (fi, fq) in found.iter().enumerate() {
            if !found_used.contains(&fi) {
                report.false_quotes.push(format!(
                    "{}: \u{201c}{}\u{201d} ({})",
                    g.file,
                    short(&fq.text),
                    fq.speaker.as_deref().unwrap_or("nobody")
                ));
            }
        }
        // People.
        let found_people: BTreeSet<String> = people
            .iter()
            .filter(|(f, _)| *f == g.file)
            .map(|(_, p)| p.to_lowercase())
            .collect();
        let gold_people: BTreeSet<String> = g
            .people
            .iter()
            .map(|p| p.to_lowercase().replace('\u{2019}', "'"))
            .collect();
        let found_people: BTreeSet<String> = found_people
            .into_iter()
            .map(|p| p.replace('\u{2019}', "'"))
            .collect();
        report.gold_people += gold_people.len();
        report.found_people += found_people.len();
        report.people_matched += gold_people.intersection(&found_people).count();
        for p in gold_people.difference(&found_people) {
            report.missed_people.push(format!("{}: {p}", g.file));
        }
        for p in found_people.difference(&gold_people) {
            report.false_people.push(format!("{}: {p}", g.file));
        }
        // Metadata.
        let stored = by_file.get(g.file.as_str());
        type Field<'a> = (&'a str, &'a Option<String>, Option<&'a Option<String>>);
        let fields: [Field; 6] = [
            ("outlet", &g.outlet, stored.map(|a| &a.outlet)),
            ("title", &g.title, stored.map(|a| &a.headline)),
            ("standfirst", &g.standfirst, stored.map(|a| &a.standfirst)),
            ("author", &g.author, stored.map(|a| &a.byline)),
            ("published", &g.published, stored.map(|a| &a.published)),
            ("dateline", &g.dateline, stored.map(|a| &a.dateline)),
        ];
        for (name, want, got) in fields {
            let entry = report.metadata.entry(name.to_string()).or_default();
            entry.1 += 1;
            let got = got.cloned().flatten();
            if want.as_deref().map(normalise) == got.as_deref().map(normalise) {
                entry.0 += 1;
            } else {
                report.wrong_metadata.push(format!(
                    "{}: {name}: gold {:?}, found {:?}",
                    g.file, want, got
                ));
            }
        }
    }
    report
}

fn short(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 70 {
        format!("{}…", flat.chars().take(70).collect::<String>())
    } else {
        flat
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "quotes    precision {:.3}  recall {:.3}  F1 {:.3}  (gold {}, found {}, matched {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.gold_quotes,
            self.found_quotes,
            self.matched
        )?;
        writeln!(
            f,
            "speakers  accuracy {:.3}  ({} of {} matched quotes)",
            self.speaker_accuracy(),
            self.speaker_right,
            self.matched
        )?;
        writeln!(
            f,
            "kinds     accuracy {:.3}  ({} of {} matched quotes)",
            self.kind_accuracy(),
            self.kind_right,
            self.matched
        )?;
        writeln!(
            f,
            "people    precision {:.3}  recall {:.3}  F1 {:.3}  (gold {}, found {}, matched {})",
            self.people_precision(),
            self.people_recall(),
            f1(self.people_precision(), self.people_recall()),
            self.gold_people,
            self.found_people,
            self.people_matched
        )?;
        let fields: Vec<String> = self
            .metadata
            .iter()
            .map(|(k, (r, n))| format!("{k} {r}/{n}"))
            .collect();
        writeln!(f, "metadata  {}", fields.join(", "))?;
        let lists = [
            ("missed quotes", &self.missed_quotes),
            ("false quotes", &self.false_quotes),
            ("wrong speakers", &self.wrong_speakers),
            ("missed people", &self.missed_people),
            ("false people", &self.false_people),
            ("wrong metadata", &self.wrong_metadata),
        ];
        for (title, items) in lists {
            if !items.is_empty() {
                writeln!(f, "\n{title} ({}):", items.len())?;
                for item in items {
                    writeln!(f, "  {item}")?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_folds_marks_dashes_and_case() {
        assert_eq!(
            overlap(
                "\u{201c}It\u{2019}s fine \u{2013} really,\u{201d}",
                "its FINE - really"
            ),
            1.0
        );
        assert!((overlap("one two three four five", "one two three four") - 0.8).abs() < 1e-9);
        assert!(overlap("one two three", "four five six") < 0.01);
    }
}

//! Scoring against a hand annotation (the format of
//! `tests/fixtures/seeds.json`), with no database: what was found, as
//! [`FoundArticle`]s (from a store or straight from extractions), against
//! the gold. Everything the gold annotates is scored, and nothing it does
//! not: quotations per kind (precision, recall, F1), speakers (overall and
//! by the gold speaker's type), kinds, people, organisations, roles,
//! metadata fields, boilerplate lines kept out of the body, and quoted
//! words the gold says are not quotations.
//!
//! A found quotation matches a gold one when, with quotation marks, dashes,
//! spaces and case folded away, they share at least 80% of the longer one's
//! words (60% for reported speech, whose bounds are looser); matches are
//! one to one, best overlaps first.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};
use thiserror::Error;

use crate::extraction::Extraction;
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
    /// The kinds of quotation the gold annotates; by default, those its
    /// quotations have. Found quotations of other kinds are not scored (a
    /// gold of direct quotations says nothing of reported speech).
    #[serde(default)]
    pub kinds: Option<Vec<String>>,
}

impl Gold {
    /// The kinds of quotation this gold annotates.
    pub fn annotated_kinds(&self) -> BTreeSet<String> {
        match &self.kinds {
            Some(kinds) => kinds.iter().cloned().collect(),
            None => self
                .articles
                .iter()
                .flat_map(|a| a.quotes.iter().map(|q| q.kind.clone()))
                .collect(),
        }
    }
}

/// A field the gold may leave out (not annotated: `None`) or give as null
/// (annotated as absent: `Some(None)`).
type Annotated = Option<Option<String>>;

fn annotated<'de, D: Deserializer<'de>>(d: D) -> Result<Annotated, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    pub file: String,
    #[serde(default, deserialize_with = "annotated")]
    pub outlet: Annotated,
    #[serde(default, deserialize_with = "annotated")]
    pub title: Annotated,
    #[serde(default, deserialize_with = "annotated")]
    pub standfirst: Annotated,
    #[serde(default, deserialize_with = "annotated")]
    pub author: Annotated,
    #[serde(default, deserialize_with = "annotated")]
    pub published: Annotated,
    #[serde(default, deserialize_with = "annotated")]
    pub dateline: Annotated,
    pub people: Option<Vec<String>>,
    pub organisations: Option<Vec<String>>,
    /// Person → the roles the article gives them.
    pub roles: Option<BTreeMap<String, Vec<String>>>,
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    /// Lines of page furniture that must stay out of the body.
    #[serde(default)]
    pub boilerplate: Vec<String>,
    /// Quoted words that are not quotations (scare quotes, titles).
    #[serde(default)]
    pub not_quotes: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    pub text: String,
    pub speaker: Option<String>,
    pub kind: String,
    /// person, organisation, unnamed; absent where the gold does not say.
    #[serde(default)]
    pub speaker_type: Option<String>,
}

/// An article as found (extracted or stored), for scoring.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FoundArticle {
    pub file: String,
    pub outlet: Option<String>,
    pub headline: Option<String>,
    pub standfirst: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub dateline: Option<String>,
    pub body: String,
    /// Canonical names of the people named.
    pub people: Vec<String>,
    pub organisations: Vec<String>,
    /// (person, role) pairs.
    pub roles: Vec<(String, String)>,
    pub quotes: Vec<FoundQuote>,
}

/// A quotation as found, with its speaker's canonical name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FoundQuote {
    pub text: String,
    pub kind: String,
    pub speaker: Option<String>,
    /// person, organisation, unnamed, or none.
    pub speaker_type: Option<String>,
    /// The rule that chose the speaker.
    pub rule: String,
    /// The cue as written ("said", "according to"), when known.
    pub cue: Option<String>,
    /// The speaker as written ("he", "a spokesman"), when known.
    pub speaker_text: Option<String>,
}

impl FoundArticle {
    /// What an extraction found in one file, names as the article gives
    /// them (no corpus-wide resolution).
    pub fn from_extraction(file: &str, x: &Extraction) -> FoundArticle {
        let m = &x.metadata;
        let name = |i: usize| x.people[i].name.clone();
        FoundArticle {
            file: file.to_string(),
            outlet: m.outlet.clone(),
            headline: m.headline.clone(),
            standfirst: m.standfirst.clone(),
            byline: (!m.authors.is_empty()).then(|| m.authors.join(", ")),
            published: m.published.as_ref().map(|d| d.iso.clone()),
            dateline: m.dateline.clone(),
            body: x.body.clone(),
            people: x
                .people
                .iter()
                .filter(|p| !p.weak)
                .map(|p| p.name.clone())
                .collect(),
            // The organisations the extraction names are its speakers'.
            organisations: x
                .quotes
                .iter()
                .filter_map(|q| q.organisation.clone())
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect(),
            roles: x
                .people
                .iter()
                .filter(|p| !p.weak)
                .flat_map(|p| p.roles.iter().map(|r| (p.name.clone(), r.clone())))
                .collect(),
            quotes: x
                .quotes
                .iter()
                .map(|q| FoundQuote {
                    text: q.text.clone(),
                    kind: q.kind.as_str().to_string(),
                    speaker: q.speaker.map(name).or_else(|| q.organisation.clone()),
                    speaker_type: q.speaker_type.map(|t| t.as_str().to_string()),
                    rule: q.rule.as_str().to_string(),
                    cue: q.cue.clone(),
                    speaker_text: q.speaker_text.clone(),
                })
                .collect(),
        }
    }
}

/// The share of found quotations' words a gold one must share to match.
pub const MATCH_THRESHOLD: f64 = 0.8;
/// The same for reported speech, whose bounds annotators draw loosely.
pub const INDIRECT_MATCH_THRESHOLD: f64 = 0.6;

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

/// Found, gold and matched counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub gold: usize,
    pub found: usize,
    pub matched: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.found)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

/// Right out of annotated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Score {
    pub right: usize,
    pub of: usize,
}

impl Score {
    fn add(&mut self, right: bool) {
        self.of += 1;
        self.right += usize::from(right);
    }

    pub fn accuracy(&self) -> f64 {
        ratio(self.right, self.of)
    }
}

/// Counts of one kind of quotation: gold and found by their own kinds,
/// matches counted on each side (a found partial quotation can match a gold
/// direct one: it counts for the recall of direct quotations and the
/// precision of partial ones).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct KindCounts {
    pub gold: usize,
    pub found: usize,
    pub gold_matched: usize,
    pub found_matched: usize,
}

impl KindCounts {
    pub fn precision(&self) -> f64 {
        ratio(self.found_matched, self.found)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.gold_matched, self.gold)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Every quotation, whatever its kind.
    pub quotes: Counts,
    /// Per kind.
    pub kinds: BTreeMap<String, KindCounts>,
    /// Of the matched quotations, those whose speaker is the gold's.
    pub speakers: Score,
    /// The same by the gold speaker's type (person, organisation, unnamed,
    /// none), where the gold says.
    pub speakers_by_type: BTreeMap<String, Score>,
    /// The same, counting a speaker right whose name differs from the
    /// gold's in form only (see [`same_name`]): where the gold's names
    /// come from a parser's reading of the text, not a hand's, it writes
    /// the same person several ways.
    pub speakers_any_form: Score,
    /// Of the matched quotations, those whose kind is the gold's.
    pub kind_right: Score,
    pub people: Option<Counts>,
    pub organisations: Option<Counts>,
    pub roles: Option<Counts>,
    /// Field → right out of annotated.
    pub metadata: BTreeMap<String, Score>,
    /// Annotated boilerplate lines kept out of the body.
    pub boilerplate: Option<Score>,
    /// Quoted words the gold says are not quotations, and were not taken for one.
    pub not_quotes: Option<Score>,
    /// Found quotations of kinds the gold does not annotate, by kind: not scored.
    pub unscored: BTreeMap<String, usize>,
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

/// Names compared as a reader would: case, curly apostrophes and spacing aside.
fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('\u{2019}', "'")
        .to_lowercase()
}

/// Whether two names are one person's written two ways: the words of the
/// shorter all in the longer, and the same last word, letters compared
/// without accents and initials, suffixes ("Jr.") and punctuation left
/// out: "Maddow" and "Rachel Maddow", "Hillary Clinton" and "Hillary
/// Rodham Clinton", "Francois Hollande" and "François Hollande"; not "Bill
/// Clinton" and "Hillary Clinton".
pub fn same_name(a: &str, b: &str) -> bool {
    fn words(name: &str) -> Vec<String> {
        let lexicon = crate::lexicon::Lexicon::get();
        name.split_whitespace()
            .filter(|w| !lexicon.lexeme(w).is(crate::lexicon::Flags::GENERATIONAL))
            .map(|w| {
                let mut folded = String::new();
                for c in w.chars().filter(|c| c.is_alphanumeric()) {
                    crate::text::push_folded(c, &mut folded);
                }
                folded
            })
            .filter(|w| w.chars().count() > 1)
            .collect()
    }
    let (a, b) = (words(a), words(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    !short.is_empty() && short.last() == long.last() && short.iter().all(|w| long.contains(w))
}

fn normalise(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('\u{2019}', "'")
}

/// Scores what was found against the gold; articles the gold does not
/// list are not scored.
pub fn evaluate(gold: &Gold, found: &[FoundArticle]) -> Report {
    let mut report = Report::default();
    let empty = FoundArticle::default();
    let by_file: HashMap<&str, &FoundArticle> =
        found.iter().map(|a| (a.file.as_str(), a)).collect();
    let kinds = gold.annotated_kinds();
    for g in &gold.articles {
        let f = by_file.get(g.file.as_str()).copied().unwrap_or(&empty);
        let mut scored = f.clone();
        scored.quotes.retain(|q| {
            let annotated = kinds.contains(&q.kind);
            if !annotated {
                *report.unscored.entry(q.kind.clone()).or_default() += 1;
            }
            annotated
        });
        let f = &scored;
        score_quotes(&mut report, g, f);
        score_entities(&mut report, g, f);
        score_metadata(&mut report, g, f);
        score_layout(&mut report, g, f);
    }
    report
}

fn score_quotes(report: &mut Report, g: &GoldArticle, f: &FoundArticle) {
    report.quotes.gold += g.quotes.len();
    report.quotes.found += f.quotes.len();
    for q in &g.quotes {
        report.kinds.entry(q.kind.clone()).or_default().gold += 1;
    }
    for q in &f.quotes {
        report.kinds.entry(q.kind.clone()).or_default().found += 1;
    }
    // Best overlaps first, one to one.
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, gq) in g.quotes.iter().enumerate() {
        let threshold = if gq.kind == "indirect" {
            INDIRECT_MATCH_THRESHOLD
        } else {
            MATCH_THRESHOLD
        };
        for (fi, fq) in f.quotes.iter().enumerate() {
            let o = overlap(&gq.text, &fq.text);
            if o >= threshold {
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
        let (gq, fq) = (&g.quotes[gi], &f.quotes[fi]);
        report.quotes.matched += 1;
        report
            .kinds
            .entry(gq.kind.clone())
            .or_default()
            .gold_matched += 1;
        report
            .kinds
            .entry(fq.kind.clone())
            .or_default()
            .found_matched += 1;
        report.kind_right.add(gq.kind == fq.kind);
        let speaker_ok = match (&gq.speaker, &fq.speaker) {
            (Some(a), Some(b)) => name_key(a) == name_key(b),
            (None, None) => true,
            _ => false,
        };
        report.speakers.add(speaker_ok);
        let same_person = match (&gq.speaker, &fq.speaker) {
            (Some(a), Some(b)) => same_name(a, b),
            _ => speaker_ok,
        };
        report.speakers_any_form.add(same_person);
        if let Some(t) = gq
            .speaker_type
            .as_deref()
            .or(gq.speaker.as_ref().map(|_| "person"))
        {
            report
                .speakers_by_type
                .entry(t.to_string())
                .or_default()
                .add(speaker_ok);
        } else {
            report
                .speakers_by_type
                .entry("none".into())
                .or_default()
                .add(speaker_ok);
        }
        if !speaker_ok {
            report.wrong_speakers.push(format!(
                "{}: \u{201c}{}\u{201d}: gold {}, found {} ({})",
                g.file,
                short(&gq.text),
                gq.speaker.as_deref().unwrap_or("nobody"),
                fq.speaker.as_deref().unwrap_or("nobody"),
                fq.rule
            ));
        }
    }
    for (gi, gq) in g.quotes.iter().enumerate() {
        if !gold_used.contains(&gi) {
            report.missed_quotes.push(format!(
                "{}: \u{201c}{}\u{201d} ({}, {})",
                g.file,
                short(&gq.text),
                gq.kind,
                gq.speaker.as_deref().unwrap_or("nobody")
            ));
        }
    }
    for (fi, fq) in f.quotes.iter().enumerate() {
        if !found_used.contains(&fi) {
            report.false_quotes.push(format!(
                "{}: \u{201c}{}\u{201d} ({}, {}, {})",
                g.file,
                short(&fq.text),
                fq.kind,
                fq.speaker.as_deref().unwrap_or("nobody"),
                fq.rule
            ));
        }
    }
    if !g.not_quotes.is_empty() {
        let score = report.not_quotes.get_or_insert_default();
        for not in &g.not_quotes {
            let taken = f
                .quotes
                .iter()
                .any(|q| overlap(not, &q.text) >= MATCH_THRESHOLD);
            score.add(!taken);
        }
    }
}

/// People, organisations and roles, as sets of names per article.
fn score_entities(report: &mut Report, g: &GoldArticle, f: &FoundArticle) {
    let set = |names: &mut dyn Iterator<Item = &String>| -> BTreeSet<String> {
        names.map(|n| name_key(n)).collect()
    };
    if let Some(people) = &g.people {
        let gold = set(&mut people.iter());
        let found = set(&mut f.people.iter());
        add_sets(report.people.get_or_insert_default(), &gold, &found);
        for p in gold.difference(&found) {
            report.missed_people.push(format!("{}: {p}", g.file));
        }
        for p in found.difference(&gold) {
            report.false_people.push(format!("{}: {p}", g.file));
        }
    }
    if let Some(organisations) = &g.organisations {
        let gold = set(&mut organisations.iter());
        let found = set(&mut f.organisations.iter());
        add_sets(report.organisations.get_or_insert_default(), &gold, &found);
    }
    if let Some(roles) = &g.roles {
        let key = |person: &str, role: &str| (name_key(person), fold_words(role).join(" "));
        let gold: BTreeSet<_> = roles
            .iter()
            .flat_map(|(p, rs)| rs.iter().map(move |r| key(p, r)))
            .collect();
        let found: BTreeSet<_> = f.roles.iter().map(|(p, r)| key(p, r)).collect();
        add_sets(report.roles.get_or_insert_default(), &gold, &found);
    }
}

fn add_sets<T: Ord>(counts: &mut Counts, gold: &BTreeSet<T>, found: &BTreeSet<T>) {
    counts.gold += gold.len();
    counts.found += found.len();
    counts.matched += gold.intersection(found).count();
}

/// Each metadata field the gold annotates (null counts: the article does
/// not say, and nothing should be found).
fn score_metadata(report: &mut Report, g: &GoldArticle, f: &FoundArticle) {
    let fields: [(&str, &Annotated, &Option<String>); 6] = [
        ("outlet", &g.outlet, &f.outlet),
        ("title", &g.title, &f.headline),
        ("standfirst", &g.standfirst, &f.standfirst),
        ("author", &g.author, &f.byline),
        ("published", &g.published, &f.published),
        ("dateline", &g.dateline, &f.dateline),
    ];
    for (name, want, got) in fields {
        let Some(want) = want else { continue };
        let right = want.as_deref().map(normalise) == got.as_deref().map(normalise);
        report
            .metadata
            .entry(name.to_string())
            .or_default()
            .add(right);
        if !right {
            report.wrong_metadata.push(format!(
                "{}: {name}: gold {:?}, found {:?}",
                g.file, want, got
            ));
        }
    }
}

/// Boilerplate lines the gold lists must not be in the body.
fn score_layout(report: &mut Report, g: &GoldArticle, f: &FoundArticle) {
    if g.boilerplate.is_empty() {
        return;
    }
    let score = report.boilerplate.get_or_insert_default();
    let body = normalise(&f.body);
    for line in &g.boilerplate {
        score.add(!body.contains(&normalise(line)));
    }
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
        let counts = |f: &mut fmt::Formatter<'_>, label: &str, c: &Counts| {
            writeln!(
                f,
                "{label:<16}precision {:.3}  recall {:.3}  F1 {:.3}  (gold {}, found {}, matched {})",
                c.precision(),
                c.recall(),
                c.f1(),
                c.gold,
                c.found,
                c.matched
            )
        };
        counts(f, "quotes", &self.quotes)?;
        for (kind, c) in &self.kinds {
            writeln!(
                f,
                "  {kind:<14}precision {:.3}  recall {:.3}  F1 {:.3}  (gold {}, found {}, matched {} of gold, {} of found)",
                c.precision(),
                c.recall(),
                c.f1(),
                c.gold,
                c.found,
                c.gold_matched,
                c.found_matched
            )?;
        }
        let score = |f: &mut fmt::Formatter<'_>, label: &str, s: &Score, what: &str| {
            writeln!(
                f,
                "{label:<16}accuracy {:.3}  ({} of {} {what})",
                s.accuracy(),
                s.right,
                s.of
            )
        };
        score(f, "speakers", &self.speakers, "matched quotes")?;
        for (t, s) in &self.speakers_by_type {
            score(f, &format!("  {t}"), s, "matched quotes")?;
        }
        score(f, "  any form", &self.speakers_any_form, "matched quotes")?;
        score(f, "kinds", &self.kind_right, "matched quotes")?;
        for (label, c) in [
            ("people", &self.people),
            ("orgs", &self.organisations),
            ("roles", &self.roles),
        ] {
            if let Some(c) = c {
                counts(f, label, c)?;
            }
        }
        if !self.metadata.is_empty() {
            let fields: Vec<String> = self
                .metadata
                .iter()
                .map(|(k, s)| format!("{k} {}/{}", s.right, s.of))
                .collect();
            writeln!(f, "metadata        {}", fields.join(", "))?;
        }
        if let Some(s) = &self.boilerplate {
            score(f, "furniture", s, "boilerplate lines kept out of the body")?;
        }
        if let Some(s) = &self.not_quotes {
            score(f, "not-quotes", s, "quoted words not taken for quotations")?;
        }
        for (kind, n) in &self.unscored {
            writeln!(
                f,
                "not scored      {n} found quotations of kind {kind}, which the gold does not annotate"
            )?;
        }
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

    #[test]
    fn an_extractions_organisations_are_its_speaking_ones() {
        let x = crate::extract(
            "Port plan\n\nThe Harbour Authority said in a statement that the plan would fail. \
             It said the costs were too high. Jane Doe said the plan would work.\n",
        );
        let found = FoundArticle::from_extraction("a.txt", &x);
        assert_eq!(found.organisations, ["Harbour Authority"]);
    }

    fn gold(json: &str) -> Gold {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn only_what_the_gold_annotates_is_scored() {
        let g = gold(
            r#"{"articles": [{"file": "a.txt", "title": "T", "outlet": null,
            "quotes": [{"text": "the plan will cost far more than anyone admits", "speaker": "Ana Ruiz", "kind": "indirect"}]}]}"#,
        );
        let found = FoundArticle {
            file: "a.txt".into(),
            headline: Some("T".into()),
            quotes: vec![FoundQuote {
                text: "the plan will cost more than anyone admits today".into(),
                kind: "indirect".into(),
                speaker: Some("Ana Ruiz".into()),
                speaker_type: Some("person".into()),
                rule: "reported".into(),
                cue: Some("said".into()),
                speaker_text: Some("Ana Ruiz".into()),
            }],
            ..FoundArticle::default()
        };
        let r = evaluate(&g, &[found]);
        assert_eq!(
            r.quotes,
            Counts {
                gold: 1,
                found: 1,
                matched: 1
            }
        );
        assert_eq!(r.kinds["indirect"].gold_matched, 1);
        assert_eq!(r.speakers, Score { right: 1, of: 1 });
        assert_eq!(r.speakers_any_form, Score { right: 1, of: 1 });
        // The title and a null outlet are annotated; nothing else is.
        assert_eq!(r.metadata.keys().collect::<Vec<_>>(), ["outlet", "title"]);
        assert_eq!(r.metadata["title"], Score { right: 1, of: 1 });
        assert!(r.people.is_none() && r.roles.is_none() && r.boilerplate.is_none());
    }

    #[test]
    fn names_written_two_ways_are_one_person() {
        for (a, b) in [
            ("Maddow", "Rachel Maddow"),
            ("Hillary Clinton", "Hillary Rodham Clinton"),
            ("Francois Hollande", "François Hollande"),
            ("Joseph R. Biden", "Joseph R. Biden Jr."),
            ("melba acosta", "Melba Acosta"),
        ] {
            assert!(same_name(a, b), "{a} / {b}");
        }
        for (a, b) in [
            ("Bill Clinton", "Hillary Clinton"),
            ("Melba Acosta", "Melba Acosta Febo"),
            ("Trump", "Donald Trump Foundation"),
            ("", "Jo Lind"),
        ] {
            assert!(!same_name(a, b), "{a} / {b}");
        }
    }
}

//! What the extractor gives for one article: its metadata, its body and
//! paragraphs, the text set apart from the body, the people it names and
//! the quotations it carries. This is the interchange format: `clippings
//! extract` writes it as JSON, the store reads it, and `clippings import`
//! reads it back from JSON. Every offset counts characters (Unicode scalar
//! values) into `body`, as SQLite's `substr` and Python's `str` do.

use serde::{Deserialize, Serialize};

use crate::article::{self, ExtraKind};
use crate::dates;
use crate::doc::Doc;
use crate::input::{Content, Input, Known, Origin};
use crate::lexicon::Gender;
use crate::people::{self, People, PersonId};
use crate::quotes::{self, QuoteKind, Rule};
use crate::speakers::Resolver;
use crate::text::floor_char_boundary;

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub metadata: Metadata,
    /// Body paragraphs joined by a blank line.
    pub body: String,
    pub paragraphs: Vec<Span>,
    /// Text set apart from the body: captions, subheadings, page furniture.
    pub extras: Vec<Extra>,
    pub people: Vec<Person>,
    /// Every place in the body where a person is named, in order.
    pub mentions: Vec<Mention>,
    pub quotes: Vec<Quote>,
}

/// What the article and its container say of it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    pub headline: Option<String>,
    pub standfirst: Option<String>,
    pub authors: Vec<String>,
    /// Each author's surname by the people stage's rule ("Inés de la
    /// Fuente" → "de la Fuente"), in the order of `authors`: what a reader
    /// of this output without the extractor (the Spark job) keys people by.
    #[serde(default)]
    pub author_surnames: Vec<String>,
    pub published: Option<Date>,
    /// Where the publication date came from.
    pub published_from: Option<Origin>,
    pub modified: Option<Date>,
    /// "MOSCOW", "LITTLE ROCK, Ark."
    pub dateline: Option<String>,
    /// The outlet, when the text or the container names it.
    pub outlet: Option<String>,
    /// Where the outlet's name came from.
    pub outlet_from: Option<Origin>,
    pub url: Option<String>,
    pub section: Option<String>,
    pub language: Option<String>,
}

/// A date as ISO 8601 (a date, or a date-time with its UTC offset when the
/// text gives a zone), and the zone as written ("BST", "EDT").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Date {
    pub iso: String,
    pub zone: Option<String>,
}

/// A stretch of the body, `[start, end)` in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// A line set apart from the body, with its line number in the text (from 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extra {
    pub kind: ExtraKind,
    pub line: usize,
    pub text: String,
}

/// One person named in the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Canonical full name ("Amara Okafor"); a surname alone when the
    /// article never gives more.
    pub name: String,
    pub given: Option<String>,
    pub surname: String,
    pub gender: Gender,
    /// Forms the article uses ("Ms Okafor", "Okafor"), sorted.
    pub aliases: Vec<String>,
    /// Roles and titles the article gives ("Kenyan President"), sorted.
    pub roles: Vec<String>,
    /// Mentions in the headline, standfirst, subheadings and body.
    pub mentions: usize,
    /// Where the body first names them.
    pub first_offset: Option<usize>,
    /// Only a lone capitalised word: a person only if the corpus knows the name.
    pub weak: bool,
}

/// A person named at a place in the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The name itself.
    pub start: usize,
    pub end: usize,
    /// Where the name's phrase starts, with any title before it
    /// ("Kenyan President Amara Okafor").
    pub phrase_start: usize,
    /// Index into [`Extraction::people`].
    pub person: usize,
}

/// A quotation and who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words without their marks.
    pub text: String,
    /// Where the quoted words are in the body.
    pub start: usize,
    pub end: usize,
    /// Body paragraph, from 0.
    pub paragraph: usize,
    pub kind: QuoteKind,
    /// Index into [`Extraction::people`].
    pub speaker: Option<usize>,
    /// The organisation that spoke, by its canonical name.
    pub organisation: Option<String>,
    /// What kind of speaker: a person, an organisation, or someone the
    /// text describes but does not name; none when unknown.
    pub speaker_type: Option<SpeakerType>,
    /// The speaker as written ("he", "Mr Mattis", "a spokesman").
    pub speaker_text: Option<String>,
    /// The speech verb ("said", "told", "according to").
    pub cue: Option<String>,
    /// The rule that chose the speaker.
    pub rule: Rule,
    /// For a quoted fragment of reported speech: the index into
    /// [`Extraction::quotes`] of the reported speech that holds it.
    pub within: Option<usize>,
}

/// What kind of speaker a quotation has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerType {
    Person,
    Organisation,
    /// Described but not named: "officials", "a spokeswoman".
    Unnamed,
}

impl SpeakerType {
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerType::Person => "person",
            SpeakerType::Organisation => "organisation",
            SpeakerType::Unnamed => "unnamed",
        }
    }
}

/// Reads a page of plain text and extracts its people and quotations.
pub fn extract(text: &str) -> Extraction {
    extract_input(&Input::page(text))
}

/// Reads an article as an input format gives it: its layout from the text
/// (or the blocks), what the container knows put over it, then its people
/// and quotations.
pub fn extract_input(input: &Input<'_>) -> Extraction {
    let article = match input.content {
        Content::Page(text) => article::parse(text),
        Content::Blocks(blocks) => article::from_blocks(blocks),
    };
    let article = with_known(article, input.known);
    let (people, quotes) = {
        let doc = Doc::new(
            &article.body,
            &article.paragraphs,
            article.headline.as_deref(),
            article.standfirst.as_deref(),
            article
                .extras
                .iter()
                .filter(|e| e.kind == ExtraKind::Subheading)
                .map(|e| e.text.as_str()),
        );
        let people = crate::people::find(&doc);
        let mut quotes = quotes::extract(&doc, &people);
        quotes::add_transcript_turns(&doc, &people, &mut quotes);
        let reports = crate::reported::find(&doc, &mut Resolver::new(&doc, &people));
        quotes::add_reports(&doc, &mut quotes, reports);
        (people, quotes)
    };
    let mut extraction = assemble(article, &people, &quotes);
    fill_known(&mut extraction.metadata, input.known);
    extraction
}

/// The values the container gives, over those the layout read, before the
/// people are found (a known headline is read for names).
fn with_known(mut article: article::Article, known: &Known) -> article::Article {
    if let Some(headline) = &known.headline {
        article.headline = Some(headline.clone());
    }
    if let Some(standfirst) = &known.standfirst {
        article.standfirst = Some(standfirst.clone());
    }
    if let Some(authors) = &known.authors {
        article.authors = authors.clone();
    }
    article
}

/// The metadata the container gives and the layout has no say in, and
/// where each date and outlet came from.
fn fill_known(metadata: &mut Metadata, known: &Known) {
    let origin = known.origin.unwrap_or(Origin::Record);
    let date = |value: &Option<String>| {
        value.as_deref().and_then(dates::find_date).map(|d| Date {
            iso: d.iso,
            zone: d.zone,
        })
    };
    metadata.published_from = metadata.published.as_ref().map(|_| Origin::Text);
    if let Some(published) = date(&known.published) {
        metadata.published = Some(published);
        metadata.published_from = Some(if known.published_is_capture {
            Origin::Capture
        } else {
            known.published_origin.unwrap_or(origin)
        });
    }
    metadata.modified = date(&known.modified);
    metadata.outlet_from = metadata.outlet.as_ref().map(|_| Origin::Text);
    if let Some(outlet) = &known.outlet {
        metadata.outlet = Some(outlet.clone());
        metadata.outlet_from = Some(known.outlet_origin.unwrap_or(origin));
    }
    // The URL names the outlet where nothing else does: a known outlet's
    // name, else the site's domain ("volksstimme.ch"), which identifies it.
    if metadata.outlet.is_none() {
        if let Some(url) = known.url.as_deref() {
            metadata.outlet = crate::outlets::outlet_of_url(url);
            metadata.outlet_from = metadata.outlet.as_ref().map(|_| Origin::Url);
        }
    }
    metadata.url = known.url.clone();
    metadata.section = known.section.clone();
    metadata.language = known.language.clone();
}

/// The stages' findings in the public form, byte offsets turned into
/// characters.
fn assemble(article: article::Article, people: &People, quotes: &[quotes::Quote]) -> Extraction {
    let chars = CharOffsets::new(&article.body);
    let span = |r: &std::ops::Range<usize>| Span {
        start: chars.of(r.start),
        end: chars.of(r.end),
    };
    let paragraphs = article.paragraphs.iter().map(span).collect();
    let mentions = people
        .mentions
        .iter()
        .map(|m| Mention {
            start: chars.of(m.span.start),
            end: chars.of(m.span.end),
            phrase_start: chars.of(m.phrase.start),
            person: m.person.index(),
        })
        .collect();
    // Where each piece of reported speech is, for the fragments inside it.
    let reported_at: std::collections::HashMap<&std::ops::Range<usize>, usize> = quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kind == QuoteKind::Indirect)
        .map(|(i, q)| (&q.span, i))
        .collect();
    let quotes = quotes
        .iter()
        .map(|q| Quote {
            text: q.text.clone(),
            start: chars.of(q.span.start),
            end: chars.of(q.span.end),
            paragraph: q.paragraph,
            kind: q.kind,
            speaker: q.speaker.map(PersonId::index),
            organisation: q.organisation.clone(),
            speaker_type: if q.speaker.is_some() {
                Some(SpeakerType::Person)
            } else if q.organisation.is_some() {
                Some(SpeakerType::Organisation)
            } else if q.unnamed {
                Some(SpeakerType::Unnamed)
            } else {
                None
            },
            speaker_text: q.speaker_text.clone(),
            cue: q.cue.clone(),
            rule: q.rule,
            within: q
                .within
                .as_ref()
                .and_then(|content| reported_at.get(content).copied()),
        })
        .collect();
    let people = people
        .people
        .iter()
        .map(|p| Person {
            name: p.name.clone(),
            given: p.given.clone(),
            surname: p.surname.clone(),
            gender: p.gender,
            aliases: p.aliases.iter().cloned().collect(),
            roles: p.roles.iter().cloned().collect(),
            mentions: p.mentions,
            first_offset: p.first_offset.map(|o| chars.of(o)),
            weak: p.weak,
        })
        .collect();
    let metadata = Metadata {
        headline: article.headline,
        standfirst: article.standfirst,
        author_surnames: article.authors.iter().map(|a| people::surname(a)).collect(),
        authors: article.authors,
        published: article.published.map(|d| Date {
            iso: d.iso,
            zone: d.zone,
        }),
        dateline: article.dateline,
        outlet: article.outlet,
        ..Metadata::default()
    };
    let extras = article
        .extras
        .into_iter()
        .map(|e| Extra {
            kind: e.kind,
            line: e.line,
            text: e.text,
        })
        .collect();
    Extraction {
        metadata,
        body: article.body,
        paragraphs,
        extras,
        people,
        mentions,
        quotes,
    }
}

/// Quotation marks the extractor reads, any of which a quotation's text may
/// leave out where its span holds it (continuation marks of a quotation
/// over several paragraphs).
const QUOTE_MARKS: &[char] = &[
    '"', '\u{201c}', '\u{201d}', '\'', '\u{2018}', '\u{2019}', '\u{ab}', '\u{bb}', '\u{201e}',
    '\u{201a}', '\u{2039}', '\u{203a}',
];

impl Extraction {
    /// Checks every offset the extraction holds against its body: spans lie
    /// in it, forwards; a quotation's span names its text (quotation marks
    /// aside) and starts in its paragraph; mentions and people point at
    /// what exists. The property tests and the fuzz target both run it.
    pub fn check_invariants(&self) -> Result<(), String> {
        let length = self.body.chars().count();
        let within = |what: &str, start: usize, end: usize| {
            if start <= end && end <= length {
                Ok(())
            } else {
                Err(format!(
                    "{what}: [{start}, {end}) outside a body of {length} characters"
                ))
            }
        };
        for (i, p) in self.paragraphs.iter().enumerate() {
            within(&format!("paragraph {i}"), p.start, p.end)?;
        }
        let without_marks = |s: &str| {
            s.chars()
                .filter(|c| !QUOTE_MARKS.contains(c))
                .collect::<String>()
        };
        for (i, q) in self.quotes.iter().enumerate() {
            within(&format!("quote {i}"), q.start, q.end)?;
            let slice: String = self
                .body
                .chars()
                .skip(q.start)
                .take(q.end - q.start)
                .collect();
            if without_marks(&slice) != without_marks(&q.text) {
                return Err(format!(
                    "quote {i}: the body holds {slice:?} where the text is {:?}",
                    q.text
                ));
            }
            let para = self.paragraphs.get(q.paragraph).ok_or_else(|| {
                format!(
                    "quote {i}: paragraph {} of {}",
                    q.paragraph,
                    self.paragraphs.len()
                )
            })?;
            // A quotation opened by a paragraph's last character starts at its end.
            if !(para.start <= q.start && q.start <= para.end) {
                return Err(format!(
                    "quote {i}: starts at {} outside its paragraph {para:?}",
                    q.start
                ));
            }
            if q.speaker.is_some_and(|p| p >= self.people.len()) {
                return Err(format!(
                    "quote {i}: speaker {:?} of {} people",
                    q.speaker,
                    self.people.len()
                ));
            }
        }
        for (i, m) in self.mentions.iter().enumerate() {
            within(&format!("mention {i}"), m.start, m.end)?;
            if m.phrase_start > m.start || m.person >= self.people.len() {
                return Err(format!(
                    "mention {i}: {m:?} with {} people",
                    self.people.len()
                ));
            }
        }
        for (i, p) in self.people.iter().enumerate() {
            if p.first_offset.is_some_and(|o| o > length) {
                return Err(format!(
                    "person {i}: first offset {:?} past the body",
                    p.first_offset
                ));
            }
        }
        Ok(())
    }
}

/// Byte-to-character offset conversion for one text: the chars before
/// every block are counted once, and a lookup counts within its block, so
/// converting offsets in any order costs the text's length once plus a
/// block a lookup (a cursor that restarted on every backward lookup was
/// quadratic on a hostile body).
struct CharOffsets<'a> {
    text: &'a str,
    ascii: bool,
    /// The number of chars before each block of [`BLOCK`] bytes (counted
    /// from the char boundary at or before the block's start), so that a
    /// lookup in any order reads at most one block.
    blocks: Vec<usize>,
}

/// Bytes per block of [`CharOffsets`].
const BLOCK: usize = 1024;

impl<'a> CharOffsets<'a> {
    fn new(text: &'a str) -> Self {
        let ascii = text.is_ascii();
        let mut blocks = Vec::new();
        if !ascii {
            let mut chars = 0;
            let mut from = 0;
            for start in (0..=text.len()).step_by(BLOCK) {
                let start = floor_char_boundary(text, start);
                chars += text[from..start].chars().count();
                blocks.push(chars);
                from = start;
            }
        }
        CharOffsets {
            text,
            ascii,
            blocks,
        }
    }

    fn of(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let block = byte / BLOCK;
        let start = floor_char_boundary(self.text, block * BLOCK);
        self.blocks[block] + self.text[start..byte].chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{Block, BlockRole};

    #[test]
    fn char_offsets_in_any_order() {
        let text = "\u{e9}t\u{e9} \u{2014} l\u{e0}";
        let offsets = CharOffsets::new(text);
        let expect = |byte: usize| text[..byte].chars().count();
        for byte in [9, 0, 2, 9, 5, 3] {
            assert_eq!(offsets.of(byte), expect(byte), "byte {byte}");
        }
        // Over many blocks, whose bounds fall inside characters.
        let text = "a\u{e9}\u{2014}\u{1f600}".repeat(500);
        let offsets = CharOffsets::new(&text);
        let expect = |byte: usize| text[..byte].chars().count();
        let boundaries: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for &byte in boundaries.iter().rev().step_by(7).chain(&boundaries) {
            assert_eq!(offsets.of(byte), expect(byte), "byte {byte}");
        }
    }

    /// A quotation no rule attributes, inside reported speech, is the
    /// report's speaker's, and says so.
    #[test]
    fn a_quotation_inside_reported_speech_takes_its_speaker() {
        let x = crate::extract(
            "Leisure centre shut\n\nWest Northamptonshire Council said it had asked the operator for \"a full account\" of what happened.",
        );
        let fragment = x
            .quotes
            .iter()
            .find(|q| q.text == "a full account")
            .unwrap();
        assert_eq!(fragment.rule, Rule::WithinReport);
        assert_eq!(
            fragment.speaker_text.as_deref(),
            Some("West Northamptonshire Council")
        );
        assert_eq!(fragment.cue.as_deref(), Some("said"));
        let report = &x.quotes[fragment.within.unwrap()];
        assert_eq!(report.kind, QuoteKind::Indirect);
        assert_eq!(report.rule, Rule::ReportedSpeakerFirst);
        assert_eq!(
            (
                fragment.speaker,
                &fragment.organisation,
                fragment.speaker_type
            ),
            (report.speaker, &report.organisation, report.speaker_type)
        );
    }

    /// A quoted fragment of reported speech is the report's speaker's,
    /// not the person named nearest before it.
    #[test]
    fn a_fragment_of_reported_speech_is_the_reporter_s_not_the_nearest_name() {
        let x = crate::extract(
            "Merger talks\n\nCarla Berg led Acme. In an interview, Steve Huhn, a former Acme vice \
             president of global sales, said Berg \"was personally, very heavily involved in all \
             that discussion and research\" and shared in the blame.",
        );
        let fragment = x
            .quotes
            .iter()
            .find(|q| q.text.starts_with("was personally"))
            .unwrap();
        let name = |q: &Quote| q.speaker.map(|p| x.people[p].name.as_str());
        assert_eq!(name(fragment), Some("Steve Huhn"));
        assert_eq!(fragment.rule, Rule::WithinReport);
        assert_eq!(
            name(&x.quotes[fragment.within.unwrap()]),
            Some("Steve Huhn")
        );
    }

    #[test]
    fn a_page_that_names_no_outlet_is_named_by_its_url() {
        let outlet = |url: &str| {
            let known = Known {
                url: Some(url.into()),
                ..Known::default()
            };
            let x = extract_input(&Input {
                content: Content::Page("Mayor quits\n\nThe mayor resigned on Friday."),
                known: &known,
            });
            (x.metadata.outlet, x.metadata.outlet_from)
        };
        assert_eq!(
            outlet("https://www.theguardian.com/world/x"),
            (Some("The Guardian".into()), Some(Origin::Url))
        );
        assert_eq!(
            outlet("https://www.volksstimme.ch/gute-loehne"),
            (Some("volksstimme.ch".into()), Some(Origin::Url))
        );
        assert_eq!(outlet("https://127.0.0.1/x"), (None, None));
    }

    #[test]
    fn what_the_container_knows_wins_and_says_where_it_came_from() {
        let known = Known {
            headline: Some("Mayor Quits".into()),
            authors: Some(vec!["Jane Holloway".into()]),
            published: Some("2024-01-07T01:20:00Z".into()),
            outlet: Some("The Leeds Courier".into()),
            url: Some("https://example.com/mayor".into()),
            origin: Some(Origin::Page),
            ..Known::default()
        };
        let blocks = [
            Block {
                text: "The mayor resigned on Friday.".into(),
                role: BlockRole::Body,
            },
            Block {
                text: "The mayor at city hall. Photo: Reuters".into(),
                role: BlockRole::Caption,
            },
            Block {
                text: "\u{201c}I am proud of what we did,\u{201d} said Mayor Ana Ruiz.".into(),
                role: BlockRole::Body,
            },
            Block {
                text: "Advertisement".into(),
                role: BlockRole::Body,
            },
        ];
        let x = extract_input(&Input {
            content: Content::Blocks(&blocks),
            known: &known,
        });
        assert_eq!(x.metadata.headline.as_deref(), Some("Mayor Quits"));
        assert_eq!(x.metadata.authors, ["Jane Holloway"]);
        assert_eq!(x.metadata.outlet.as_deref(), Some("The Leeds Courier"));
        assert_eq!(x.metadata.outlet_from, Some(Origin::Page));
        assert_eq!(x.metadata.published_from, Some(Origin::Page));
        assert_eq!(x.metadata.url.as_deref(), Some("https://example.com/mayor"));
        assert_eq!(
            x.body,
            "The mayor resigned on Friday.\n\n\u{201c}I am proud of what we did,\u{201d} said Mayor Ana Ruiz."
        );
        let kinds: Vec<(ExtraKind, usize)> = x.extras.iter().map(|e| (e.kind, e.line)).collect();
        assert_eq!(
            kinds,
            [(ExtraKind::Caption, 2), (ExtraKind::Boilerplate, 4)]
        );
        assert_eq!(x.quotes.len(), 1);
        assert_eq!(x.people[x.quotes[0].speaker.unwrap()].name, "Ana Ruiz");
    }

    #[test]
    fn offsets_are_characters_into_the_body() {
        let x = extract(
            "Caf\u{e9} Owners Object\n\n\u{201c}We will fight,\u{201d} said Ana Ruiz, who runs the caf\u{e9}.",
        );
        let q = &x.quotes[0];
        let quoted: String = x.body.chars().skip(q.start).take(q.end - q.start).collect();
        assert_eq!(quoted, "We will fight");
        assert_eq!(q.text, quoted);
        let m = &x.mentions[0];
        let named: String = x.body.chars().skip(m.start).take(m.end - m.start).collect();
        assert_eq!(named, "Ana Ruiz");
        assert_eq!(x.people[m.person].name, "Ana Ruiz");
    }
}

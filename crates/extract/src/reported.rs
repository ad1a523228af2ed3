//! Reported speech: who said what when it is not in quotation marks.
//!
//! Each sentence is read for a verb that reports speech (`said`, `told`,
//! `warned`, `argued`… from the lexicon) or `according to`, and the three
//! shapes news writes them in:
//!
//! - the speaker first: `X said (that) C`, `X told reporters (on Monday) C`;
//! - the speaker after: `C, X said.`, `C, said X.`;
//! - `according to X, C` and `C, according to X`.
//!
//! The reported content C is the clause, not the whole sentence: it stops
//! at the sentence's end, a semicolon or a dash, or another attribution
//! (`…, he said, adding that …`). A verb that is negated or hypothetical
//! (`did not say`, `may say`, `will he say?`) reports nothing, and neither
//! does `said` as an adjective (`the said property`). Content that is one
//! quotation and nothing else is a direct quotation, found elsewhere; a
//! paraphrase holding quoted fragments is reported speech, and its
//! fragments stay partial quotations, linked to it.

use std::borrow::Cow;
use std::ops::Range;

use crate::doc::Doc;
use crate::lexicon::{Flags, Lexicon};
use crate::speakers::{Resolver, Speaker};
use crate::text::Word;

/// How a report is built, which names the rule that found it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `X said (that) C`
    SpeakerFirst,
    /// `C, X said` / `C, said X`
    SpeakerAfter,
    /// `according to X, C` / `C, according to X`
    AccordingTo,
    /// `X accused Y of C`, `X called for C`, `X praised C`: the verb's
    /// object.
    Object,
}

/// One piece of reported speech.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The reported content, bytes of the body.
    pub content: Range<usize>,
    pub speaker: Speaker,
    /// The speaker as written ("he", "a spokesman", "Mr Smith").
    pub speaker_text: Option<String>,
    /// The cue as written ("said", "told", "according to").
    pub cue: String,
    pub shape: Shape,
    pub paragraph: usize,
}

impl Report {
    /// A report of `content` by the speaker the resolver gave (and its
    /// words as written); its paragraph is set once the sentence is read.
    fn new(
        content: Range<usize>,
        (speaker, speaker_text): (Speaker, Option<String>),
        cue: String,
        shape: Shape,
    ) -> Report {
        Report {
            content,
            speaker,
            speaker_text,
            cue,
            shape,
            paragraph: 0,
        }
    }
}

/// Shortest content worth reporting, in words.
const MIN_CONTENT_WORDS: usize = 3;
/// Most words between a determiner and the noun it opens ("a longtime
/// Republican donor") read as a subject no list knows.
const MAX_MODIFIERS: usize = 3;
/// How many bytes of a sentence's start are read for a dateline
/// ("WASHINGTON (AP) —"; a dateline is at most 60 bytes before its dash).
const DATELINE_BYTES: usize = 80;
/// Most words of a description between a name and the relative clause
/// about it ("Jane Doe, the president of the union, who …").
const MAX_DESCRIPTION_WORDS: usize = 8;
/// Shortest object of a verb like "accused" worth reporting, in words.
const MIN_OBJECT_WORDS: usize = 2;
/// How far from its verb a speaker or a content is looked for, in words:
/// a bound, so that the work per verb stays constant however long the
/// sentence (a hostile file can hold one sentence of megabytes).
const REACH: usize = 60;

/// The most words an adjunct opening a sentence runs to before its comma
/// ("After sweeping victories in five primaries Tuesday night, X …"): 8
/// found 17 fewer reports (14 right) on the development data, 24 six more
/// (two right).
const OPENING_ADJUNCT_WORDS: usize = 16;

/// The most words after the verb of an attribution opened by "as" at the
/// end of a sentence ("…, as X noted in The Intercept").
const AS_ATTRIBUTION_TAIL: usize = 5;

/// The most words of an aside between dashes inside what was said ("C1 —
/// a pro-Clinton super PAC — C2"); on the development data 10, 16 and 24
/// match about as many contents (4253, 4249, 4250).
const ASIDE_WORDS: usize = 10;
/// The longest opening phrase that a name set off by commas after it
/// names ("One of the residents, Jane Doe, said").
const NAMED_OPENING_WORDS: usize = 5;
/// The longest phrase with no verb before "according to X," that is read
/// as an adjunct of the clause after X, in words.
const ADJUNCT_BEFORE_SOURCE_WORDS: usize = 6;
/// How far before a content a relative pronoun marks its cue as one of a
/// clause about a noun ("who say (that) C"), in words.
const RELATIVE_CUE_REACH: usize = 3;
/// How far into a sentence a subordinator opens its first clause ("A few
/// weeks after X said C, …"), in words.
const SUBORDINATOR_REACH: usize = 4;
/// How far back from its verb a subject's restricting clause or phrase
/// may open, in words ("a woman who attended the rally said").
const RESTRICTION_REACH: usize = 12;
/// How far past an addressee an aside before "that" may run, in words
/// ("told friends since the spring, at fundraisers, that").
const TOLD_ASIDE_WORDS: usize = 16;
/// How far past "asked" (and its asker) a question put to the subject
/// may open, in words ("Asked at a briefing Monday in Washington about").
const QUESTION_REACH: usize = 10;
/// How far into a clause its verb is looked for, in words: a subject can
/// run long ("about half of the higher adjustment in its deficit
/// projections reflected …").
const CLAUSE_VERB_REACH: usize = 16;

/// How far after the first words of whom a question was put its question
/// word or request may come ("asked the campaign of Bernie Sanders to …").
const ADDRESSEE_TAIL_WORDS: usize = 8;

/// How many words before a verb of saying an "as" that opens its clause
/// may stand ("…, and as columnist Jonathan Chait noted, C").
const AS_OPENING_WORDS: usize = 6;

/// Finds the reported speech of an article.
pub fn find(doc: &Doc<'_>, resolver: &mut Resolver<'_, '_>) -> Vec<Report> {
    let mut out = Vec::new();
    for sentence in &doc.sentences {
        let words = words_in(doc, sentence.clone());
        let Some(paragraph) = paragraph_of(doc, sentence.start) else {
            continue;
        };
        let reader = SentenceReader::new(doc, sentence.clone(), words);
        for report in reader.reports(resolver) {
            if mostly_quoted(doc, &report.content)
                && !after_that(doc, &report.content)
                && !names_its_object(doc, &report)
                || interrupts_a_quotation(doc, &report.content)
            {
                continue; // one quotation and nothing else: direct speech
            }
            out.push(Report {
                paragraph,
                content: with_opening_mark(doc, report.content.clone()),
                ..report
            });
        }
    }
    out
}

/// `content` from the opening mark of a quotation it opens with, as it
/// ends with the closing one (`“The plan is dead” in its present form`).
fn with_opening_mark(doc: &Doc<'_>, content: Range<usize>) -> Range<usize> {
    let i = doc.quoted.partition_point(|q| q.after <= content.start);
    match doc.quoted.get(i) {
        Some(q) if q.inner.start == content.start && q.after <= content.end => q.open..content.end,
        _ => content,
    }
}

/// Whether `content` opens inside a quotation that closes on a comma
/// before the content ends: `“The benefit of being from here,” Traynor
/// said, “is …”` runs over an attribution that interrupts direct speech
/// (`“We are horrified” by the shooting` goes on as the writer's).
fn interrupts_a_quotation(doc: &Doc<'_>, content: &Range<usize>) -> bool {
    let i = doc.quoted.partition_point(|q| q.after <= content.start);
    doc.quoted.get(i).is_some_and(|q| {
        q.inner.start <= content.start
            && q.after < content.end
            && doc.body[q.inner.clone()].trim_end().ends_with(',')
    })
}

/// Whether nine tenths of the letters and digits of `content` are inside
/// quotation marks, with no subject of the writer's before them: "Bush
/// \"has to bring his mother out …\"" is a report with a quoted
/// fragment, not direct speech.
fn mostly_quoted(doc: &Doc<'_>, content: &Range<usize>) -> bool {
    let first = doc.quoted.partition_point(|q| q.after <= content.start);
    let inside: Vec<&Range<usize>> = doc.quoted[first..]
        .iter()
        .take_while(|q| q.open < content.end)
        .map(|q| &q.inner)
        .collect();
    let Some(first_quoted) = inside.first() else {
        return false;
    };
    // A quotation after a comma or a colon is introduced, not predicated
    // ("a retired teacher, \"This was …\"").
    let before = doc.words[words_in(doc, content.start..first_quoted.start)].as_ref();
    let introduced = before
        .last()
        .is_some_and(|w| doc.body[w.end..first_quoted.start].contains([',', ':']));
    let subject_before = !introduced && before.iter().any(|w| !w.lex.is(Flags::FUNCTION_WORD));
    if subject_before {
        return false;
    }
    let (mut total, mut quoted) = (0, 0);
    for (i, c) in doc.body[content.clone()].char_indices() {
        if c.is_alphanumeric() {
            total += 1;
            let at = content.start + i;
            quoted += usize::from(inside.iter().any(|s| s.contains(&at)));
        }
    }
    quoted * 10 >= total * 9
}

/// Whether a verb's object opens `report` before what it quotes: "called
/// it \"the least bad option\"" reports what was said of "it", with a
/// partial quotation inside; "called \"a disgrace\"" is the quotation
/// alone.
fn names_its_object(doc: &Doc<'_>, report: &Report) -> bool {
    report.shape == Shape::Object && !crate::doc::inside_any(&doc.quoted, report.content.start)
}

/// Whether `content` follows "that": `said that "…"` reports what was
/// said, however much of it is quoted (the quotation stays a partial one,
/// within the report).
fn after_that(doc: &Doc<'_>, content: &Range<usize>) -> bool {
    let before = doc.words.partition_point(|w| w.start < content.start);
    before
        .checked_sub(1)
        .map(|i| &doc.words[i])
        .is_some_and(|w| {
            w.text.eq_ignore_ascii_case("that")
                && doc.body[w.end..content.start].trim().is_empty()
                && !crate::doc::inside_any(&doc.quoted, w.start)
        })
}

/// The index range of the document's words inside `range`.
fn words_in(doc: &Doc<'_>, range: Range<usize>) -> Range<usize> {
    let first = doc.words.partition_point(|w| w.start < range.start);
    let last = doc.words.partition_point(|w| w.end <= range.end);
    first..last.max(first)
}

fn paragraph_of(doc: &Doc<'_>, at: usize) -> Option<usize> {
    let i = doc.paragraphs.partition_point(|p| p.end < at);
    doc.paragraphs.get(i).filter(|p| p.start <= at).map(|_| i)
}

/// Reads one sentence.
struct SentenceReader<'d, 'a> {
    doc: &'d Doc<'a>,
    sentence: Range<usize>,
    /// Indices of the sentence's words in `doc.words`.
    words: Range<usize>,
    /// The first word past a dateline and a leading conjunction, read once:
    /// the word tests ask for it on every call.
    first: usize,
    /// The last word with a comma before it, found when first asked for
    /// (so that a sentence of a thousand ", who" is read once, not once
    /// for each).
    last_comma: std::cell::OnceCell<Option<usize>>,
}

impl<'d, 'a> SentenceReader<'d, 'a> {
    fn new(doc: &'d Doc<'a>, sentence: Range<usize>, words: Range<usize>) -> Self {
        let mut reader = SentenceReader {
            doc,
            sentence,
            words,
            first: 0,
            last_comma: std::cell::OnceCell::new(),
        };
        reader.first = reader.find_first_content_word();
        reader
    }

    fn word(&self, i: usize) -> &Word<'a> {
        &self.doc.words[i]
    }

    /// Word `i` in lower case, its apostrophes straight ("aren’t" as
    /// "aren't").
    fn lower(&self, i: usize) -> Cow<'a, str> {
        let text = self.word(i).text;
        // Most words are plain ASCII already in lower case: borrowed as they are.
        if text
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
        {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(text.to_lowercase().replace('\u{2019}', "'"))
        }
    }

    /// Whether word `i` reads as a finite verb: an auxiliary, a past form
    /// from the lexicon, or a word in -ed.
    fn is_verb(&self, i: usize) -> bool {
        let w = self.word(i);
        (w.lex.is(Flags::AUXILIARY | Flags::PAST_FORM) || self.lower(i).ends_with("ed"))
            && !self.is_name_word(i)
    }

    /// A capitalised word inside the sentence is a name's, whatever its
    /// ending: "Ted", "Theresa May", "Stephen King", "Jane Ebeling".
    fn is_name_word(&self, i: usize) -> bool {
        i > self.first && self.word(i).is_capitalised()
    }

    /// The text between word `i - 1` and word `i` (or the sentence's start).
    fn gap_before(&self, i: usize) -> &str {
        let from = if i > self.words.start {
            self.word(i - 1).end
        } else {
            self.sentence.start
        };
        &self.doc.body[from..self.word(i).start]
    }

    fn inside_quotation(&self, at: usize) -> bool {
        crate::doc::inside_any(&self.doc.quoted, at)
    }

    fn reports(&self, resolver: &mut Resolver<'_, '_>) -> Vec<Report> {
        let mut out = Vec::new();
        let mut taken_to = self.sentence.start;
        for c in self.words.clone() {
            let w = self.word(c);
            if self.word(c).start < taken_to || self.inside_quotation(w.start) {
                continue;
            }
            let found = if w.text.eq_ignore_ascii_case("according")
                && c + 1 < self.words.end
                && self.lower(c + 1) == "to"
            {
                self.according_to(c, resolver)
            } else if w.lex.is(Flags::REPORT_ASK) && !self.is_not_a_report(c)
                || c == self.words.start && w.text == "Asked"
            {
                // "questioned why C", or what was questioned: "questioned
                // Trump's logic".
                self.question(c, resolver).or_else(|| {
                    w.lex
                        .is(Flags::REPORT_OBJECT)
                        .then(|| self.object_of(c, resolver, &out))
                        .flatten()
                })
            } else if w.lex.is(Flags::REPORT_OBJECT) && !self.is_not_a_report(c) {
                self.object_of(c, resolver, &out)
            } else if w
                .lex
                .is(Flags::REPORT_SAY | Flags::REPORT_TELL | Flags::COMMITMENT)
                && !self.is_not_a_report(c)
            {
                // "complained that C" or "complained about C".
                self.speech_verb(c, c, resolver, &out).or_else(|| {
                    w.lex
                        .is(Flags::REPORT_ABOUT)
                        .then(|| self.object_of(c, resolver, &out))
                        .flatten()
                })
            } else if let Some(len) = self.report_phrase_at(c) {
                self.speech_verb(c, c + len - 1, resolver, &out)
            } else if w.lex.is(Flags::REPORT_ABOUT) && !self.is_not_a_report(c) {
                self.object_of(c, resolver, &out)
            } else {
                None
            };
            if let Some(report) = found {
                taken_to = taken_to.max(report.content.end);
                out.push(report);
            }
        }
        out
    }

    /// The number of words of a verb of several words that reports speech
    /// at word `c` ("pointed out", "made it clear"), when it reports.
    fn report_phrase_at(&self, c: usize) -> Option<usize> {
        if !self.word(c).lex.is(Flags::REPORT_PHRASE_START) {
            return None;
        }
        let next: Vec<String> = (c..self.words.end.min(c + 4))
            .take_while(|&i| i == c || self.gap_before(i).trim().is_empty())
            .map(|i| self.lower(i).into_owned())
            .collect();
        let len = crate::lexicon::Lexicon::get().report_phrase_len(&next)?;
        (len > 1 && !self.is_not_a_report(c)).then_some(len)
    }

    /// A verb that reports nothing: negated, hypothetical, a question, an
    /// adjective, a noun ("a report", "the post").
    fn is_not_a_report(&self, c: usize) -> bool {
        let from = self.words.start.max(c.saturating_sub(3));
        // Not across an aside: "Jane Doe — who does not practise — said".
        let negated = (from..c)
            .rev()
            .take_while(|&i| self.gap_before(i + 1).trim().is_empty())
            .any(|i| self.word(i).lex.is(Flags::NEGATOR))
            || self.word(c).text.ends_with("n't");
        let last = (c > self.words.start).then(|| self.word(c - 1));
        let hypothetical =
            last.is_some_and(|w| w.lex.is(Flags::HYPOTHETICAL)) && !self.is_name_word(c - 1);
        // "the said property", "Trump's remarks on immigration": a noun
        // after a determiner or a possessive.
        let determiner = last.is_some_and(|w| {
            w.lex.is(Flags::DETERMINER) || w.is_possessive() && !self.has_contracted(c - 1)
        });
        let question = self.doc.body[self.sentence.clone()]
            .trim_end()
            .ends_with('?');
        negated || hypothetical || determiner || question || self.is_attributive_participle(c)
    }

    /// A participle that qualifies the noun after it: "$768,000 in
    /// reported attacks", "all reported contributions". A preposition or
    /// a quantifier before a past form leaves it no subject; "as reported",
    /// "and reported" and "to say" are verbs still.
    fn is_attributive_participle(&self, c: usize) -> bool {
        if c == self.words.start || !self.is_verb(c) {
            return false;
        }
        let last = self.lower(c - 1);
        let quantifier = matches!(last.as_ref(), "all" | "any" | "every");
        let preposition = self.word(c - 1).lex.is(Flags::PREPOSITION)
            && !matches!(
                last.as_ref(),
                "as" | "and" | "to" | "since" | "before" | "after" | "until" | "than"
            );
        quantifier || preposition
    }

    /// Whether the "'s" of word `i` is "has" before the participle after
    /// it: "he's said", "Trump's told" (never a possessive before "said";
    /// after a pronoun, never a possessive at all).
    fn has_contracted(&self, i: usize) -> bool {
        let w = self.word(i);
        let pronoun = crate::lexicon::Lexicon::get()
            .lexeme(w.base())
            .is(Flags::PRONOUN);
        w.is_possessive()
            && i + 1 < self.words.end
            && (pronoun || matches!(self.lower(i + 1).as_ref(), "said" | "told"))
    }

    /// `X said (that) C`, `C, X said`, `C, said X`, `C1, X said, C2`, and
    /// `X did Y, saying C`. The verb runs from word `c` to word `last`
    /// ("said", "pointed out", "made it clear").
    fn speech_verb(
        &self,
        c: usize,
        last: usize,
        resolver: &mut Resolver<'_, '_>,
        earlier: &[Report],
    ) -> Option<Report> {
        let cue = self.doc.body[self.word(c).start..self.word(last).end].to_string();
        let tell = self.word(c).lex.is(Flags::REPORT_TELL);
        // "As X noted, C", "…, and as X noted, C": before "and" reads as
        // a second verb of the sentence's subject.
        if let Some(report) = self.as_reported(c, last, resolver) {
            return Some(report);
        }
        let after = self.content_after(last, tell);
        // "…, saying C" / "…, adding that C" / "X said A and claimed C":
        // the clause's subject speaks.
        let coordinated = c > self.words.start && self.lower(c - 1) == "and" && !earlier.is_empty()
            || self.second_verb_of_the_subject(c);
        // "…, saying C"; "…by saying C", "…after saying C": what the
        // subject did by saying it ("while saying" is as often "while
        // saying goodbye").
        let participle = cue.ends_with("ing")
            && c > self.words.start
            && (self.gap_before(c).contains([',', '\u{2014}', '\u{2013}'])
                || matches!(self.lower(c - 1).as_ref(), "by" | "after" | "before"));
        if coordinated || participle {
            let After::Content(content) = after else {
                return None;
            };
            // Not the speaker of a clause about a noun: "Obama rebuked
            // critics who say C1, saying C2" is Obama's C2.
            let main_clause = earlier.last().filter(|r| !self.cue_in_relative_clause(r));
            let speaker = match main_clause {
                Some(r) => (r.speaker.clone(), r.speaker_text.clone()),
                None => {
                    let np = self.subject_at_start()?;
                    resolver.resolve(np, self.word(c).start)
                }
            };
            // "After saying C, X left": C ends with the opening clause.
            let content = self.within_opening_clause(c, content);
            return Some(Report::new(content, speaker, cue, Shape::SpeakerFirst));
        }
        // The speaker after the verb: "…, said X." ("…, told X" names whom
        // it was said to).
        let inverted = (!tell
            && c > self.words.start
            && self.gap_before(c).contains(',')
            && after == After::Nothing)
            .then(|| self.noun_phrase_after(last + 1))
            .flatten();
        if let Some(np) = inverted {
            if self.is_data(&np) {
                return None;
            }
            let content = self.content_around(c, np.end.max(last + 1))?;
            let speaker = resolver.resolve(np, self.word(c).start);
            return Some(Report::new(content, speaker, cue, Shape::SpeakerAfter));
        }
        if let Some(report) = self
            .passive(c, resolver)
            .or_else(|| self.as_reported_by(c, resolver))
        {
            return Some(report);
        }
        let subject = self.subject_before(c)?;
        if self.is_data(&subject.words) {
            return None;
        }
        // Where the attribution ends: past whom it was told ("C, X told a
        // Senate panel.").
        let attribution_end = self.past_addressee(last + 1, tell);
        // "C, as X noted in The Intercept.": "as" opens the attribution.
        let as_at = subject.words.start.checked_sub(1).filter(|&a| {
            a > self.words.start
                && self.lower(a) == "as"
                && self.gap_before(a).trim() == ","
                && self.gap_before(subject.words.start).trim().is_empty()
        });
        let (content, shape) = match after {
            // Only at the sentence's end, past a short phrase of where or
            // when: "…, as voters responded to efforts to …" is no report.
            After::Nothing
                if as_at.is_some()
                    && self.words.end - attribution_end <= AS_ATTRIBUTION_TAIL
                    && (attribution_end..self.words.end)
                        .all(|i| !self.gap_before(i).contains(',')) =>
            {
                let content = self.content_before(as_at?)?;
                (content, Shape::SpeakerAfter)
            }
            After::Content(content) if subject.relative => {
                (self.up_to_comma(content)?, Shape::SpeakerFirst)
            }
            After::Content(content) => (
                self.within_opening_clause(subject.words.start, content),
                Shape::SpeakerFirst,
            ),
            // "C, X said." — the speaker after a comma, nothing after the
            // verb (but whom it was told).
            After::Nothing if subject.after_comma && self.attribution_ends(attribution_end) => {
                let content = self.content_around(subject.words.start, attribution_end)?;
                if self.quotation_then_narration(&content) {
                    return None;
                }
                (content, Shape::SpeakerAfter)
            }
            // "C1, X said, ''C2'' and more": what runs on opens with a mark.
            After::Quotation
                if subject.after_comma
                    && self.gap_before(last + 1).contains(',')
                    && self.word(last + 1).text.starts_with(char::is_lowercase) =>
            {
                (
                    self.content_around(subject.words.start, last + 1)?,
                    Shape::SpeakerAfter,
                )
            }
            _ => return None,
        };
        let speaker = self.resolve_subject(&subject, resolver);
        Some(Report::new(content, speaker, cue, shape))
    }

    /// `X accused Y of C`, `X called for C`, `…, calling Y C`: the verb's
    /// object, to the end of its clause, is what was said. Not in the
    /// passive ("was criticized by X" is X's, and not read here).
    fn object_of(
        &self,
        c: usize,
        resolver: &mut Resolver<'_, '_>,
        earlier: &[Report],
    ) -> Option<Report> {
        // "was called a hero" is a name given; "is calling for" is active
        // ("was talking about", "is referring to" are seldom speech).
        let progressive =
            self.lower(c).ends_with("ing") && !self.word(c).lex.is(Flags::REPORT_ABOUT);
        if c > self.words.start && self.word(c - 1).lex.is(Flags::FORM_OF_BE) && !progressive {
            return None;
        }
        let mut k = c + 1;
        if k >= self.words.end || !self.gap_before(k).trim().is_empty() {
            return None;
        }
        if self.word(c).lex.is(Flags::REPORT_ABOUT) {
            k = self.matter_after(c, k)?;
        }
        let call = self.lower(c).starts_with("call");
        // "called off the deal", "called up a reserve": no speech.
        if call
            && matches!(
                self.lower(k).as_ref(),
                "off" | "up" | "back" | "out" | "in" | "into"
            )
        {
            return None;
        }
        // "called for a recount", "calls on him to quit": what was called
        // for, and whom on.
        if call && matches!(self.lower(k).as_ref(), "for" | "on") {
            k += 1;
        }
        // "called to reject the plan": the call's infinitive.
        let infinitive = call
            && self.lower(k) == "to"
            && k + 1 < self.words.end
            && !self.word(k + 1).is_capitalised()
            && !self
                .word(k + 1)
                .lex
                .is(Flags::DETERMINER | Flags::FUNCTION_WORD);
        if k >= self.words.end || self.word(k).lex.is(Flags::PREPOSITION) && !infinitive {
            return None;
        }
        let min = if self.word(c).lex.is(Flags::REPORT_ABOUT) {
            1
        } else {
            MIN_OBJECT_WORDS
        };
        let mut content = self.up_to_relative_clause(self.clause_of_at_least(k, min)?);
        if self.is_present_participle(c) {
            content = self.before_second_participle(content);
        }
        let cue = self.word(c).text.to_string();
        // "…, calling Y C", and "in a tweet accusing Y of C": the
        // sentence's subject speaks.
        let participle = cue.ends_with("ing")
            && c > self.words.start
            && (self.gap_before(c).contains([',', '\u{2014}', '\u{2013}'])
                || self.word(c - 1).lex.is(Flags::DOCUMENT));
        let speaker = if participle || self.second_verb_of_the_subject(c) {
            match earlier.last() {
                Some(r) => (r.speaker.clone(), r.speaker_text.clone()),
                None => resolver.resolve(self.subject_at_start()?, self.word(c).start),
            }
        } else {
            let subject = self.subject_before(c)?;
            // "a group called Citizens for Trump": a name given, not speech.
            let naming = call
                && self.word(subject.words.start).lex.is(Flags::DETERMINER)
                && matches!(self.lower(subject.words.start).as_ref(), "a" | "an");
            if self.is_data(&subject.words)
                || subject.after_comma && !self.after_opening_adjunct(subject.words.start)
                || naming
            {
                return None;
            }
            self.resolve_subject(&subject, resolver)
        };
        Some(Report::new(content, speaker, cue, Shape::Object))
    }

    /// An object's content without the clause about its last noun that
    /// follows a comma ("the testimony of James Comey, who accused …"), a
    /// clause with a subject of its own ("…, and the council agreed"), a
    /// subordinate or participle clause after a comma ("a voice vote, …,
    /// declaring that …", "the overthrow of Assad, even though …") or a
    /// second verb of the speaker's ("called the merger a bad deal and
    /// ranked …"): that clause is the writer's, and may hold a report of
    /// its own.
    fn up_to_relative_clause(&self, content: Range<usize>) -> Range<usize> {
        let words = words_in(self.doc, content.clone());
        (words.start + 1..words.end)
            .find(|&i| {
                let comma = self.gap_before(i).contains(',');
                let l = self.lower(i);
                let ends = if comma {
                    matches!(l.as_ref(), "who" | "which")
                        // ", a move critics said …", "Johnson, an heir to
                        // the fortune": an apposition, after a noun phrase.
                        || self.opens_apposition_after_noun_phrase(words.start, i)
                        || l == "and" && self.subject_and_verb_at(i + 1)
                        || self.opens_subordinate_clause(i)
                        || self.opens_participle_clause(i)
                } else {
                    l == "and" && self.second_verb_follows(i)
                        // "called her son her hero before explaining why":
                        // what the speaker did next.
                        || matches!(l.as_ref(), "before" | "after")
                            && i + 1 < words.end
                            && self.is_present_participle(i + 1)
                };
                ends && !self.inside_quotation(self.word(i).start)
            })
            .map_or(content.clone(), |i| {
                content.start..self.extend_over_closing_marks(self.word(i - 1).end)
            })
    }

    /// Whether "that" at word `i`, after "and", opens a second clause of
    /// what was said ("said that A, and that B"), not a pronoun's clause
    /// ("…, and that was why"), so that a noun of B which could report
    /// ("that talk of dissent masked …") starts no attribution.
    fn second_that_clause(&self, i: usize) -> bool {
        i + 1 < self.words.end
            && self.lower(i) == "that"
            && !self.is_verb(i + 1)
            && !self.word(i + 1).lex.is(Flags::AUXILIARY)
    }

    /// Whether "a" or "an" at word `i`, after a comma, opens an apposition
    /// to an object with no verb from `from` ("the plan, a move critics
    /// said …"); not the next item of a list ("through a speech, a push or
    /// a resolution") nor a noun phrase inside a clause ("hoped that 2016
    /// is the year that, in history, a Latino is named").
    fn opens_apposition_after_noun_phrase(&self, from: usize, i: usize) -> bool {
        let stop = self.words.end.min(i + 10);
        matches!(self.lower(i).as_ref(), "a" | "an")
            && !(from..i).any(|j| self.is_verb(j))
            && !(i + 1..stop)
                .take_while(|&j| !self.gap_before(j).contains(','))
                .any(|j| matches!(self.lower(j).as_ref(), "and" | "or"))
    }

    /// The object of a participle up to a second participle joined by
    /// "and": "calling Mexicans \"rapists\" and criminals and threatening
    /// to cut …", "calling it \"disqualifying\" and asserting that …";
    /// not inside a list of participles ("of lying and cheating").
    fn before_second_participle(&self, content: Range<usize>) -> Range<usize> {
        let words = words_in(self.doc, content.clone());
        (words.start + 1..words.end.saturating_sub(1))
            .find(|&i| {
                self.lower(i) == "and"
                    && self.is_present_participle(i + 1)
                    && self.opens_its_own_phrase(i + 2)
                    && !self.is_present_participle(i - 1)
                    && !self.inside_quotation(self.word(i).start)
            })
            .map_or(content.clone(), |i| {
                content.start..self.extend_over_closing_marks(self.word(i - 1).end)
            })
    }

    /// Whether word `i`, after a participle, opens the participle's own
    /// object or clause ("threatening to", "asserting that", "ensuring
    /// the"), as an adjective's noun does not ("growing economic
    /// inequality").
    fn opens_its_own_phrase(&self, i: usize) -> bool {
        i < self.words.end
            && self.gap_before(i).trim().is_empty()
            && (matches!(self.lower(i).as_ref(), "to" | "that")
                || self.word(i).lex.is(Flags::DETERMINER | Flags::PRONOUN))
    }

    /// Whether word `i` opens a subordinate clause: "after", "because",
    /// "even though", "even if".
    fn opens_subordinate_clause(&self, i: usize) -> bool {
        let subordinator = |j: usize| self.word(j).lex.is(Flags::SUBORDINATOR);
        subordinator(i) || self.lower(i) == "even" && i + 1 < self.words.end && subordinator(i + 1)
    }

    /// Whether word `i` is a participle in "-ing" that opens a clause of
    /// its own: "declaring that …", "calling them …"; not a preposition
    /// ("including") nor an item of a list ("covering up, delaying, and
    /// withholding facts"; "non-proliferation, fighting poverty and
    /// tackling climate change").
    fn opens_participle_clause(&self, i: usize) -> bool {
        let stop = self.words.end.min(i + 6);
        let in_a_list = i + 1 >= stop
            || self.gap_before(i + 1).contains(',')
            || (i + 1..stop - 1)
                .take_while(|&j| !self.gap_before(j).contains(','))
                .any(|j| {
                    matches!(self.lower(j).as_ref(), "and" | "or")
                        && self.is_present_participle(j + 1)
                });
        self.is_present_participle(i) && !in_a_list
    }

    /// Whether word `i` reads as a present participle: a lower-case word
    /// in "-ing" of more than five letters that no list knows as a
    /// preposition ("including", "according").
    fn is_present_participle(&self, i: usize) -> bool {
        let w = self.word(i);
        w.text.len() > 5
            && w.text.ends_with("ing")
            && w.text.chars().all(|c| c.is_ascii_lowercase())
            && !w.lex.is(Flags::PREPOSITION)
    }

    /// Whether "and" at word `i` joins a second verb in the past to the
    /// speaker's ("… and ranked Fiorina among the worst").
    fn second_verb_follows(&self, i: usize) -> bool {
        let next = i + 1;
        next < self.words.end
            && self.gap_before(next).trim().is_empty()
            && !self.word(next).is_capitalised()
            && !self.word(next).lex.is(Flags::AUXILIARY)
            && self.is_verb(next)
    }

    /// The first word of what a verb like "spoke" was about, after its
    /// preposition at word `k`: "about" or "of" ("spoke to reporters about
    /// the war" too, past whom it was said to); "to" after "referred" and
    /// "pointed"; "on" after "commented".
    fn matter_after(&self, c: usize, k: usize) -> Option<usize> {
        let verb = self.lower(c);
        let preposition = self.lower(k);
        let fits = match preposition.as_ref() {
            "about" | "of" => !verb.starts_with("refer") && !verb.starts_with("point"),
            "to" => verb.starts_with("refer") || verb.starts_with("point"),
            "on" => verb.starts_with("comment"),
            _ => false,
        };
        if fits {
            return Some(k + 1);
        }
        // "spoke to reporters about the war".
        if preposition != "to" || verb.starts_with("refer") || verb.starts_with("point") {
            return None;
        }
        (k + 1..self.words.end.min(k + 8))
            .take_while(|&i| self.gap_before(i).trim().is_empty())
            .find(|&i| self.lower(i) == "about")
            .map(|i| i + 1)
    }

    /// `As X reported, C` and `As reported by X, C`: a clause of "as"
    /// opening the sentence names the speaker; the main clause after its
    /// comma is what was said.
    /// Whether word `j` is an "as" after a comma, or after "and" or "but"
    /// after a comma, opening a clause of attribution: "…, and as Comey
    /// noted, C".
    fn opens_an_as_clause(&self, j: usize) -> bool {
        let after_comma = |i: usize| self.gap_before(i).contains(',');
        self.lower(j) == "as"
            && (after_comma(j)
                || matches!(self.lower(j - 1).as_ref(), "and" | "but")
                    && self.gap_before(j).trim().is_empty()
                    && after_comma(j - 1))
    }

    fn as_reported(
        &self,
        c: usize,
        last: usize,
        resolver: &mut Resolver<'_, '_>,
    ) -> Option<Report> {
        let first = self.first;
        // (The first word may be past the sentence's last, when a dateline
        // is all it holds: read only before the verb.)
        if c <= first {
            return None;
        }
        // "As X noted, C", or after a first clause: "…, and as X noted, C".
        let first = if self.lower(first) == "as" {
            first
        } else {
            (first + 2..c)
                .rev()
                .take(AS_OPENING_WORDS)
                .find(|&j| self.opens_an_as_clause(j))?
        };
        let by = last + 1 < self.words.end && self.lower(last + 1) == "by";
        let speaker = if c == first + 1 && by {
            self.noun_phrase_after(last + 2)?
        } else if c > first + 1 {
            let subject = self.subject_before(c)?;
            if subject.words.start != first + 1 || self.is_data(&subject.words) {
                return None;
            }
            subject.words
        } else {
            return None;
        };
        // The main clause starts at the first comma after the speaker and
        // the words of time or place after the verb.
        let from = speaker.end.max(last + 1);
        let k = (from..self.words.end.min(from + 8)).find(|&i| self.gap_before(i).contains(','))?;
        // "C, as X noted, and …": the "as" clause closes C, which is the
        // other reading's (`as_at` in speech_verb).
        let and_after = matches!(self.lower(k).as_ref(), "and" | "but" | "or");
        if self.starts_attribution(k) || self.starts_second_clause(k) || and_after {
            return None;
        }
        // After a first clause, what follows must open with its subject
        // ("…, and as Comey noted, people involved could …"), not go on
        // with a verb or a noun's apposition.
        let mid_sentence = first != self.first;
        let noun_then_verb = !self.word(k).lex.is(Flags::AUXILIARY)
            && (k + 1..self.words.end.min(k + 8))
                .take_while(|&j| !self.gap_before(j).contains(','))
                .any(|j| self.word(j).lex.is(Flags::AUXILIARY));
        if mid_sentence && !(self.opens_subject(k) || self.is_plural_noun(k) || noun_then_verb) {
            return None;
        }
        let content = self.clause_of_at_least(k, MIN_CONTENT_WORDS)?;
        let cue = self.doc.body[self.word(c).start..self.word(last).end].to_string();
        let speaker = resolver.resolve(speaker, self.word(c).start);
        Some(Report::new(content, speaker, cue, Shape::SpeakerFirst))
    }

    /// The first word after the addressee of a verb like "told" that
    /// starts at word `k` ("a Senate panel", "reporters"), or `k`.
    fn past_addressee(&self, k: usize, tell: bool) -> usize {
        if !tell || k >= self.words.end || !self.gap_before(k).trim().is_empty() {
            return k;
        }
        self.addressee(k).map_or(k, |a| a.end)
    }

    /// A reported question or request: "X asked (reporters) whether C",
    /// "X questioned if C" (the content keeps its "whether"); "X asked
    /// the council to C" (whom it was asked of, and what); "X asked for C".
    fn question(&self, c: usize, resolver: &mut Resolver<'_, '_>) -> Option<Report> {
        if self.is_put_to_the_subject(c) {
            return self.question_put(c, resolver);
        }
        let (content, shape) = self.what_was_asked(c)?;
        let subject = self.subject_before(c)?;
        if subject.after_comma && !self.after_opening_adjunct(subject.words.start) {
            return None;
        }
        // "When I asked X if C, he looked …": C ends with the clause.
        let content = self.within_opening_clause(subject.words.start, content);
        let speaker = self.resolve_subject(&subject, resolver);
        let cue = self.word(c).text.to_string();
        Some(Report::new(content, speaker, cue, shape))
    }

    /// Whether the question at word `c` was put to the sentence's subject
    /// rather than asked by it: "Asked whether C, X said", "when asked
    /// about C", "after being asked", "X was asked whether C".
    fn is_put_to_the_subject(&self, c: usize) -> bool {
        let opening = c == self.words.start && self.word(c).text == "Asked";
        let after_subordinator =
            c > self.words.start && self.word(c - 1).lex.is(Flags::SUBORDINATOR);
        opening || after_subordinator || self.is_passive(c)
    }

    /// A question or request put to the subject: what it asked, by whom
    /// ("X was asked by Y whether C" is Y's question) or by no one the
    /// sentence names (X answered it). Past the asker and words of time
    /// and place ("Asked at a briefing Monday about C"), the question
    /// opens with a question word, "about" or a request's "to".
    fn question_put(&self, c: usize, resolver: &mut Resolver<'_, '_>) -> Option<Report> {
        let end = self.words.end;
        let mut k = c + 1;
        let mut asker = None;
        if k + 1 < end && self.lower(k) == "by" && self.gap_before(k).trim().is_empty() {
            asker = self.asker_after(k + 1);
            k = asker.as_ref().map_or(k + 1, |agent| agent.end);
        }
        let stop = end.min(k + QUESTION_REACH);
        let opening = (k..stop)
            .take_while(|&i| i == k || !self.gap_before(i).contains([',', ':', ';']))
            .find(|&i| {
                self.opens_question(i) || self.lower(i) == "about" || self.opens_request(i)
            })?;
        let (content, shape) = if self.opens_question(opening) {
            (self.clause_from(opening)?, Shape::SpeakerFirst)
        } else if self.lower(opening) == "about" {
            (self.clause_of_at_least(opening + 1, 1)?, Shape::Object)
        } else {
            (
                self.clause_of_at_least(opening, MIN_CONTENT_WORDS)?,
                Shape::Object,
            )
        };
        // The main clause follows the question's comma or colon ("When
        // asked to leave, he refused").
        let words = words_in(self.doc, content.clone());
        let mut last = (words.start + 1..words.end)
            .find(|&i| self.gap_before(i).contains([',', ':']))
            .unwrap_or(words.end)
            - 1;
        // "had been asked to preserve them by the committee": the asker
        // after the request.
        if asker.is_none()
            && let Some(by) = (words.start + 2..last)
                .find(|&i| self.lower(i) == "by" && self.asker_after(i + 1).is_some())
        {
            asker = self.asker_after(by + 1);
            last = by - 1;
        }
        let content = content.start..self.extend_over_closing_marks(self.word(last).end);
        let speaker = match asker {
            Some(agent) => resolver.resolve(agent, self.word(c).start),
            None => (Speaker::Unknown, None),
        };
        let cue = self.word(c).text.to_string();
        Some(Report::new(content, speaker, cue, shape))
    }

    /// Who asked, after "asked by" at word `k`: the words up to a
    /// preposition, a question word or a comma ("by Ingraham on Thursday
    /// about", "by moderator Gerard Baker whether"), one of them a name,
    /// a pronoun, a noun of a group or a role ("by one analyst").
    fn asker_after(&self, k: usize) -> Option<Range<usize>> {
        let stop = self.words.end.min(k + 8);
        let end = (k..stop)
            .find(|&i| {
                i > k && !self.gap_before(i).trim().is_empty()
                    || self.word(i).lex.is(Flags::PREPOSITION) && !self.word(i).is_capitalised()
                    || self.opens_question(i)
                    || self.lower(i) == "to"
            })
            .unwrap_or(stop);
        // Not a deadline: "asked to respond by Monday".
        let named = (k..end).any(|i| {
            let w = self.word(i);
            (w.is_capitalised()
                || w.lex
                    .is(Flags::PRONOUN | Flags::GROUP_NOUN | Flags::ROLE_HEAD))
                && !w.lex.is(Flags::TIME_WORD)
        });
        (end > k && named).then_some(k..end)
    }

    /// The question word or the request's "to" within a few words after
    /// word `k`, before any comma or verb.
    fn question_or_request_after(&self, k: usize) -> Option<usize> {
        (k..self.words.end.min(k + ADDRESSEE_TAIL_WORDS))
            .take_while(|&i| i == k || self.gap_before(i).trim().is_empty() && !self.is_verb(i - 1))
            .find(|&i| self.opens_question(i) || self.opens_request(i))
    }

    /// Whether word `i` is the "to" of a request, a bare verb after it:
    /// "asked the judge to block the rules".
    fn opens_request(&self, i: usize) -> bool {
        self.lower(i) == "to" && i + 1 < self.words.end && self.bare_verb(i + 1)
    }

    /// What the verb of asking at word `c` asked, and its shape.
    fn what_was_asked(&self, c: usize) -> Option<(Range<usize>, Shape)> {
        let end = self.words.end.min(c + 8 + ADDRESSEE_TAIL_WORDS);
        let object = c + 1;
        if object >= end || !self.gap_before(object).trim().is_empty() {
            return None;
        }
        if self.lower(object) == "for" {
            let content = self.clause_of_at_least(object + 1, MIN_OBJECT_WORDS)?;
            return Some((self.up_to_relative_clause(content), Shape::Object));
        }
        let mut k = object;
        if let Some(question) = self.question_after_phrase(object, end) {
            k = question;
        } else if !self.opens_question(k) {
            k = self.addressee(k)?.end;
            // "asked a federal judge to block …", "asked former Attorney
            // General Eric Holder whether …": on past the rest of whom it
            // was asked, to the question or the request; not past a
            // possessive ("questions Clinton's ties to super PACs").
            if !self.word(k - 1).is_possessive() {
                k = self.question_or_request_after(k).unwrap_or(k);
            }
        }
        if k < end && self.opens_question(k) {
            return Some((self.clause_from(k)?, Shape::SpeakerFirst));
        }
        let request = k + 1 < end && self.lower(k) == "to" && !self.word(k + 1).is_capitalised();
        if !request {
            return None;
        }
        let content = self.clause_of_at_least(object, MIN_CONTENT_WORDS)?;
        Some((self.up_to_relative_clause(content), Shape::Object))
    }

    /// Whether the verb at word `c` is passive: "was asked", "has been
    /// repeatedly asked".
    fn is_passive(&self, c: usize) -> bool {
        let be = |k: usize| self.word(k).lex.is(Flags::FORM_OF_BE);
        (self.words.start.max(c.saturating_sub(3))..c)
            .rev()
            .take_while(|&k| be(k) || self.is_filler(k))
            .any(be)
    }

    /// Whether `content` is a quotation and the name of its speaker:
    /// `"C," Jane Doe, a resident said` is a quotation and its
    /// attribution, not a report.
    fn quotation_then_narration(&self, content: &Range<usize>) -> bool {
        let text = &self.doc.body[content.clone()];
        let before = self.doc.body[..content.start].trim_end();
        if !(text.starts_with(crate::doc::is_mark) || before.ends_with(crate::doc::is_mark)) {
            return false;
        }
        let mut previous = ' ';
        for (at, c) in text.char_indices() {
            if at > 0 && crate::doc::is_mark(c) && matches!(previous, ',' | '.' | '?' | '!') {
                let rest = &text[at + c.len_utf8()..];
                let words: Vec<&str> = rest.split_whitespace().collect();
                return !words.is_empty()
                    && words.len() <= 4
                    && words.iter().all(|w| w.starts_with(char::is_uppercase));
            }
            previous = c;
        }
        false
    }

    /// Whether word `k` opens a reported question: "whether", "if", "how",
    /// "who" (the lexicon's question words).
    fn opens_question(&self, k: usize) -> bool {
        self.word(k).lex.is(Flags::QUESTION_WORD)
    }

    /// The question word after a phrase of place or manner that opens at
    /// word `k` ("asked on Fox News who leads"), within `end`, with no
    /// comma between.
    fn question_after_phrase(&self, k: usize, end: usize) -> Option<usize> {
        let opens = self.word(k).lex.is(Flags::PREPOSITION)
            && !matches!(self.lower(k).as_ref(), "for" | "to" | "about");
        if !opens {
            return None;
        }
        (k + 2..end)
            .take_while(|&i| self.gap_before(i).trim().is_empty())
            .find(|&i| self.opens_question(i))
    }

    /// The passive with its agent: "it was announced by the ministry that
    /// C" is the ministry's.
    fn passive(&self, c: usize, resolver: &mut Resolver<'_, '_>) -> Option<Report> {
        let be = c > self.words.start && self.word(c - 1).lex.is(Flags::FORM_OF_BE);
        if !be || c + 2 >= self.words.end || self.lower(c + 1) != "by" {
            return None;
        }
        let stop = self.words.end.min(c + 14);
        let that = (c + 3..stop).find(|&i| self.lower(i) == "that")?;
        let agent = c + 2..that;
        let content = self.clause_from(that + 1)?;
        let speaker = resolver.resolve(agent, self.word(c + 2).start);
        let cue = self.word(c).text.to_string();
        Some(Report::new(content, speaker, cue, Shape::SpeakerFirst))
    }

    /// "C, as first reported by the New York Times": the passive of "C, as
    /// X reported"; what comes before the comma is X's.
    fn as_reported_by(&self, c: usize, resolver: &mut Resolver<'_, '_>) -> Option<Report> {
        let mut a = c.checked_sub(1).filter(|&a| a > self.words.start)?;
        if self.is_filler(a)
            || matches!(
                self.lower(a).as_ref(),
                "first" | "originally" | "previously" | "initially"
            )
        {
            a -= 1;
        }
        let by = c + 1;
        if a <= self.words.start
            || self.lower(a) != "as"
            || self.gap_before(a).trim() != ","
            || by + 1 >= self.words.end
            || self.lower(by) != "by"
        {
            return None;
        }
        let agent = self.noun_phrase_after(by + 1)?;
        if self.is_data(&agent) {
            return None;
        }
        let content = self.content_before(a)?;
        let speaker = resolver.resolve(agent, self.word(c).start);
        let cue = self.word(c).text.to_string();
        Some(Report::new(content, speaker, cue, Shape::SpeakerAfter))
    }

    /// `content` up to the comma that closes a relative clause, before the
    /// main verb ("Jane Doe, who said C, recounted …"), when words enough
    /// remain.
    fn up_to_comma(&self, content: Range<usize>) -> Option<Range<usize>> {
        let words = words_in(self.doc, content.clone());
        let first = words.start;
        let verb =
            |i: usize| !self.word(i).is_capitalised() && (self.is_verb(i) || self.reports_at(i));
        // "…, ultimately did not show up": an adverb before the verb.
        let verb = |i: usize| {
            verb(i)
                || i + 1 < words.end
                    && self.lower(i).ends_with("ly")
                    && self.gap_before(i + 1).trim().is_empty()
                    && verb(i + 1)
        };
        // The main verb has words after it ("…, disenfranchised." ends
        // the clause it describes).
        let cut = (first + 1..words.end.saturating_sub(1)).find(|&i| {
            self.gap_before(i).contains(',')
                && !self.inside_quotation(self.word(i).start)
                && verb(i)
        });
        match cut {
            Some(i) if i - first < MIN_CONTENT_WORDS => None,
            Some(i) => Some(content.start..self.word(i - 1).end),
            None => Some(content),
        }
    }

    /// "While Ramos said that C, he appears …": a report inside a clause
    /// that opens the sentence with "while", "when", "although"… (its
    /// subject starting at word `subject` with no comma before it) ends at
    /// the comma where the main clause begins.
    fn within_opening_clause(&self, subject: usize, content: Range<usize>) -> Range<usize> {
        let first = self.first;
        // "After X said …", "A few weeks after X said …".
        let subordinator = (first..subject.min(first + SUBORDINATOR_REACH))
            .find(|&i| self.word(i).lex.is(Flags::SUBORDINATOR));
        let opens = subordinator.is_some_and(|s| {
            s < subject && (s + 1..=subject).all(|i| !self.gap_before(i).contains(','))
        });
        if !opens {
            return content;
        }
        let words = words_in(self.doc, content.clone());
        let main_clause = (words.start + MIN_CONTENT_WORDS..words.end).find(|&i| {
            self.gap_before(i).contains(',')
                && !self.inside_quotation(self.word(i).start)
                && self.looks_like_clause(i)
        });
        match main_clause {
            Some(i) => content.start..self.word(i - 1).end,
            None => content,
        }
    }

    /// "X did A but later said C", "…, but in a later interview said C":
    /// a verb after "and" or "but" and words of time or place, whose
    /// subject is the sentence's.
    fn second_verb_of_the_subject(&self, c: usize) -> bool {
        let mut k = c;
        while k > self.words.start
            && k > c.saturating_sub(4)
            && self.gap_before(k).trim().is_empty()
            && (self.is_filler(k - 1) || self.is_time_word(k - 1))
        {
            k -= 1;
        }
        let conjunction = |i: usize| matches!(self.lower(i).as_ref(), "and" | "but");
        if k > self.words.start && self.gap_before(k).trim().is_empty() && conjunction(k - 1) {
            return k - 1 > self.words.start;
        }
        // "X offered him a job, then said C" ("then" may have been passed
        // over as a word of time).
        let then = (k.max(self.words.start + 1) - 1..=k.min(c))
            .find(|&i| i < c && self.lower(i) == "then");
        if let Some(then) = then {
            if then > self.words.start
                && self.gap_before(then).contains(',')
                && (then + 1..=c).all(|j| self.gap_before(j).trim().is_empty())
            {
                return true;
            }
        }
        // "but in a later interview said": a phrase of a preposition.
        let from = k.saturating_sub(7).max(self.words.start + 1);
        (from..k).rev().any(|i| {
            conjunction(i)
                && self.word(i + 1).lex.is(Flags::PREPOSITION)
                && (i + 1..k).all(|j| self.gap_before(j).trim().is_empty())
                && self.gap_before(k).trim().is_empty()
        })
    }

    /// Whether an attribution's verb, whose next word is `k`, takes no
    /// object: the sentence or the clause ends after words of time and
    /// place ("…, X said on Monday.", "…, X said of the plan, …"), where
    /// "…, Germany responded by building a force" goes on.
    fn attribution_ends(&self, k: usize) -> bool {
        let end = self.words.end;
        let from = k;
        let mut k = self.skip_adjuncts(k, end);
        // "said on the call": "on" read as a word of time, "the call" left.
        let phrase = self.word(k.min(end - 1)).lex.is(Flags::PREPOSITION)
            || k > from && self.word(k - 1).lex.is(Flags::PREPOSITION);
        if k < end && !self.gap_before(k).contains(',') && phrase {
            let stop = end.min(k + 10);
            k += 1;
            while k < stop && !self.gap_before(k).contains(',') {
                k += 1;
            }
        }
        // "…, X told his advisers as he labored over …": the scene.
        let scene = k < end
            && self.word(k).lex.is(Flags::SUBORDINATOR)
            && !matches!(self.lower(k).as_ref(), "that" | "if" | "whether");
        k >= end || self.gap_before(k).contains([',', ';']) || scene
    }

    /// The speaker a subject names: its head, or the person named in its
    /// apposition when the head names none ("The Minister for Education,
    /// Fergal Dunne, said" is Fergal Dunne).
    fn resolve_subject(
        &self,
        subject: &Subject,
        resolver: &mut Resolver<'_, '_>,
    ) -> (Speaker, Option<String>) {
        let at = self.word(subject.words.start).start;
        // "The mayor's statement said", "Acme's filing argued": the
        // document speaks for its possessor.
        let last = subject.words.end - 1;
        if self.word(last).lex.is(Flags::DOCUMENT) {
            // "Her statement said": the pronoun stands for its person.
            let first = subject.words.start;
            if let Some(gender) = self.word(first).lex.pronoun {
                if let Some(p) = resolver.pronoun(gender, at) {
                    let written =
                        self.doc.body[self.word(first).start..self.word(last).end].to_string();
                    return (Speaker::Person(p), Some(written));
                }
            }
            if let Some(p) = subject
                .words
                .clone()
                .rev()
                .find(|&i| self.word(i).is_possessive())
            {
                let (speaker, _) = resolver.resolve_possessor(subject.words.start..p + 1, at);
                if !matches!(speaker, Speaker::Unknown) {
                    let written = self.doc.body
                        [self.word(subject.words.start).start..self.word(last).end]
                        .to_string();
                    return (speaker, Some(written));
                }
            }
        }
        if let Some(h) = &subject.head {
            // "Most of them", "Six in 10": people counted, not named.
            // Not the name inside the phrase: "Supporters of Jane Doe" are
            // not Jane Doe.
            let (speaker, _) = if self.is_quantity(h.end - 1) {
                (Speaker::Unnamed, None)
            } else {
                resolver.resolve(h.clone(), at)
            };
            let written = self.doc.body[self.word(subject.words.start).start..self.word(last).end]
                .to_string();
            return (speaker, Some(written));
        }
        let head = resolver.resolve(subject.words.clone(), at);
        if matches!(head.0, Speaker::Person(_)) {
            return head;
        }
        // "Several candidates, including Trump, said": not Trump alone.
        let names = |a: &Range<usize>| {
            !self
                .word(a.start)
                .lex
                .is(Flags::FUNCTION_WORD | Flags::PREPOSITION)
        };
        match &subject.apposition {
            Some(apposition) if names(apposition) => {
                let named = resolver.resolve(apposition.clone(), self.word(apposition.start).start);
                if matches!(named.0, Speaker::Person(_)) {
                    named
                } else {
                    head
                }
            }
            _ => head,
        }
    }

    /// `according to X, C` and `C, according to X`: X runs to the next
    /// comma ("according to law enforcement officials, C", "according to
    /// the officer in charge of the base that night, C").
    fn according_to(&self, c: usize, resolver: &mut Resolver<'_, '_>) -> Option<Report> {
        let first = c + 2;
        let stop = self.words.end.min(first + 20);
        let after = (first + 1..stop)
            .find(|&i| self.gap_before(i).contains([',', ';']))
            .unwrap_or(stop);
        if first >= after || self.word(first).lex.is(Flags::PREPOSITION) {
            return None;
        }
        // The speaker is the phrase's head, not a clause about it:
        // "members who spoke with reporters afterward".
        let head_end = (first + 1..after)
            .find(|&i| matches!(self.lower(i).as_ref(), "who" | "which" | "that"))
            .unwrap_or(after);
        let np = first..head_end;
        if self.is_data(&np) {
            return None;
        }
        // "C, according to X." and "C, according to X, who …": C before;
        // "According to X, C" and "…that, according to X, C": C after X's
        // comma and what describes X ("according to Jane Doe, director of
        // the centre, C").
        let mid_sentence = self.gap_before(c).contains(',');
        let before = self
            .content_before(c)
            .filter(|_| mid_sentence && self.lower(c - 1) != "that")
            .filter(|before| !self.only_an_opening_adjunct(before, after));
        let content = match before {
            Some(before) => before,
            _ => {
                let from = self.past_descriptions(after)?;
                if !self.gap_before(from).contains(',') {
                    return None;
                }
                self.clause_from(from)?
            }
        };
        let speaker = resolver.resolve(np, self.word(c).start);
        Some(Report::new(
            content,
            speaker,
            "according to".to_string(),
            Shape::AccordingTo,
        ))
    }

    /// The first word past the phrases that describe a speaker, from word
    /// `k` after a comma: "who prosecuted …,", "director of the centre,",
    /// "writing for the Post,". None when the sentence ends first.
    fn past_descriptions(&self, mut k: usize) -> Option<usize> {
        for _ in 0..3 {
            if k >= self.words.end {
                return None;
            }
            let l = self.lower(k);
            let stop = self.words.end.min(k + 20);
            let comma = (k + 1..stop).find(|&i| self.gap_before(i).contains(','));
            // "director of the centre," has no verb before its comma.
            let verbless = || {
                let phrase_end = comma.unwrap_or(stop);
                !self.word(k).is_capitalised()
                    && !(k..phrase_end)
                        .any(|i| self.is_verb(i) && !self.after_determiner_or_preposition(i))
            };
            let describes =
                matches!(l.as_ref(), "who" | "which" | "whose") || l.ends_with("ing") || verbless();
            if !describes {
                return Some(k);
            }
            k = comma?;
        }
        Some(k)
    }

    /// Whether a speaker's words name data ("a poll by Ipsos", "the survey").
    fn is_data(&self, np: &Range<usize>) -> bool {
        if np
            .clone()
            .any(|i| self.word(i).lex.is(Flags::DATA_SOURCE) && !self.names_a_body(np, i))
        {
            return true;
        }
        // "surveys of primary voters said": the phrase the speaker ends.
        let mut i = np.start;
        let stop = np.start.saturating_sub(6).max(self.words.start);
        while i > stop && self.gap_before(i).trim().is_empty() {
            i -= 1;
            if self.lower(i) == "of" {
                return (stop..i)
                    .rev()
                    .take_while(|&j| self.gap_before(j + 1).trim().is_empty())
                    .any(|j| self.word(j).lex.is(Flags::DATA_SOURCE));
            }
        }
        false
    }

    /// Whether the data word `i` of `np` is part of a body's capitalised
    /// name: "the Census Bureau", "the Bureau of Labor Statistics" speak;
    /// "the census" and "a Gallup poll" do not.
    fn names_a_body(&self, np: &Range<usize>, i: usize) -> bool {
        let joins = |j: usize| matches!(self.lower(j).as_ref(), "of" | "for" | "and" | "on");
        let in_name = |j: usize| self.word(j).is_capitalised() || joins(j);
        if !self.word(i).is_capitalised() {
            return false;
        }
        let start = (np.start..i)
            .rev()
            .take_while(|&j| in_name(j))
            .last()
            .unwrap_or(i);
        let end = (i..np.end).take_while(|&j| in_name(j)).last().unwrap_or(i);
        // The lexicon lists group nouns in lower case ("bureau").
        let body = |j: usize| Lexicon::get().lexeme(&self.lower(j)).is(Flags::GROUP_NOUN);
        (start..=end).any(|j| self.word(j).is_capitalised() && body(j))
    }

    /// The addressee after a verb like "told": a pronoun ("him"), a plural
    /// noun ("reporters"), a name ("CNN", "The Washington Post", "Tomas
    /// Berg"), or "the" and a noun ("the crowd").
    fn addressee(&self, k: usize) -> Option<Range<usize>> {
        if k >= self.words.end {
            return None;
        }
        let first = self.word(k);
        let l = first.text.to_lowercase();
        let capitals = |from: usize| {
            let mut e = from;
            while e < self.words.end
                && self.word(e).is_capitalised()
                && (e == from || self.gap_before(e).trim().is_empty())
            {
                e += 1;
            }
            e
        };
        if first.is_capitalised() {
            return Some(k..capitals(k));
        }
        // "told her that …", but "told her advisers": "her" as a
        // determiner.
        if matches!(l.as_ref(), "him" | "them" | "us" | "me" | "you")
            || l == "her" && !self.common_noun_at(k + 1)
        {
            return Some(k..k + 1);
        }
        if matches!(
            l.as_ref(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its"
        ) {
            let next = k + 1;
            if next < self.words.end && self.word(next).is_capitalised() {
                // "a Senate panel", "the Washington Post".
                let end = capitals(next);
                let noun = self.common_noun_at(end);
                return Some(k..if noun { end + 1 } else { end });
            }
            return (next < self.words.end).then(|| k..next + 1);
        }
        // "host Sean Hannity", "conservative radio host Laura Ingraham".
        if let Some(role) = self.role_before_name(k) {
            return Some(k..capitals(role + 1));
        }
        // "former Attorney General Eric Holder".
        if first.lex.is(Flags::ROLE_MODIFIER)
            && k + 1 < self.words.end
            && self.word(k + 1).is_capitalised()
            && self.gap_before(k + 1).trim().is_empty()
        {
            return Some(k..capitals(k + 1));
        }
        // "reporters", "cheering supporters", "foundation employees": a
        // plural, after a word or two that qualify it.
        let plural = |i: usize| {
            let w = self.word(i);
            w.text.ends_with('s')
                && !w.is_capitalised()
                && !w
                    .lex
                    .is(Flags::AUXILIARY | Flags::FUNCTION_WORD | Flags::REPORTS)
                || w.lex.is(Flags::GROUP_NOUN)
        };
        if l.ends_with('s') && !first.lex.is(Flags::AUXILIARY) {
            return Some(k..k + 1);
        }
        (k + 1..self.words.end.min(k + 3))
            .take_while(|&i| self.gap_before(i).trim().is_empty() && self.qualifies_a_noun(i - 1))
            .find(|&i| plural(i))
            .map(|i| k..i + 1)
    }

    /// Whether word `i` is a common noun right after the word before it,
    /// as a determiner's or a name's ("her advisers", "the Washington Post
    /// reporter"): a lower-case word that no list knows as a function
    /// word, preposition, verb of saying, word of time or subordinator,
    /// nor a subject ("he’s").
    fn common_noun_at(&self, i: usize) -> bool {
        i < self.words.end
            && self.gap_before(i).trim().is_empty()
            && self.word(i).text.starts_with(char::is_lowercase)
            && !self.is_subject_word(i)
            && !self.word(i).lex.is(Flags::FUNCTION_WORD
                | Flags::PREPOSITION
                | Flags::REPORTS
                | Flags::TIME_WORD
                | Flags::SUBORDINATOR)
    }

    /// "C1, he said, C2": what was said before the attribution and what
    /// runs on after it, as one stretch (the attribution's few words inside
    /// it). `from` is the first word after the attribution's verb.
    fn run_on(&self, content: Range<usize>, from: usize) -> Range<usize> {
        match self.run_on_rest(from) {
            Some(rest) => content.start..rest.end,
            None => content,
        }
    }

    /// The clause that runs on after an attribution: from the comma after
    /// word `from` (past the speaker of "said X"), when a lower-case clause
    /// follows that is no further attribution or apposition.
    fn run_on_rest(&self, from: usize) -> Option<Range<usize>> {
        let mut k = self.skip_adjuncts(from, self.words.end);
        // Past the speaker of "said X" when it follows the verb.
        while k < self.words.end && !self.gap_before(k).contains(',') && k < from + 12 {
            k += 1;
        }
        if k >= self.words.end || !self.gap_before(k).contains(',') {
            return None;
        }
        let starts_lower = self.word(k).text.starts_with(char::is_lowercase);
        // ", the finance minister." is the speaker's apposition, not more speech.
        let apposition = matches!(
            self.lower(k).as_ref(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "who" | "which" | "whose"
        );
        // "…, he said, laughing": what the speaker did, not said.
        let participle = self.lower(k).ends_with("ing");
        // After "X said," a clause may open with "the": "…, opponents say,
        // the wage will rise".
        let after_verb = k == from && from > self.words.start && self.reports_at(from - 1);
        let apposition = apposition && !(after_verb && self.looks_like_clause(k));
        // "In Miami, Mr. Regalado said, Mr. Trump is seen as …": a clause
        // may open with a name, right after the verb.
        let starts_lower = starts_lower || after_verb && self.looks_like_clause(k);
        // "…, said RoseAnn DeMoro, executive director of National Nurses
        // United": after a name that follows its verb, only a verb runs on
        // ("…, says Jane Doe, is different"); a noun phrase is the name's.
        let after_named_speaker = k == from
            && (from.saturating_sub(6).max(self.words.start)..from).any(|v| {
                self.reports_at(v)
                    && v + 1 < from
                    && (v + 1..from).all(|i| self.word(i).is_capitalised())
            });
        let apposition = apposition || after_named_speaker && !self.is_verb(k);
        // "…, she said in her office, as interns worked": the scene; "…,
        // said X, chief economist at the bank": X's apposition.
        // ("…, he said, because C2": the reason is said too.)
        let subordinate = self.word(k).lex.is(Flags::SUBORDINATOR)
            && !matches!(self.lower(k).as_ref(), "if" | "because");
        let scene = subordinate
            || (k > from || !after_verb)
                && (self.word(k).lex.is(Flags::SUBORDINATOR) || !self.looks_like_clause(k));
        if self.starts_attribution(k)
            || self.starts_second_clause(k)
            || !starts_lower
            || apposition
            || participle
            || scene
        {
            return None;
        }
        self.clause_of_at_least(k, 1)
    }

    /// Whether the cue of `report`, said first, opens a clause about a
    /// person ("critics who say C"): its speaker is not the sentence's
    /// subject.
    fn cue_in_relative_clause(&self, report: &Report) -> bool {
        let first = self
            .doc
            .words
            .partition_point(|w| w.start < report.content.start);
        (first
            .saturating_sub(RELATIVE_CUE_REACH)
            .max(self.words.start)..first)
            .rev()
            .take_while(|&j| self.word(j).end <= report.content.start)
            .any(|j| self.lower(j) == "who")
    }

    /// The subject opening the sentence, when it is a name or a pronoun:
    /// "Greta Lindqvist defended the budget, saying …".
    fn subject_at_start(&self) -> Option<Range<usize>> {
        let mut first = self.first;
        // "In May, a judge sided with them, saying …": past the adjunct.
        if first < self.words.end && self.opens_with_adjunct(first) {
            let stop = self.words.end.min(first + OPENING_ADJUNCT_WORDS);
            match (first + 1..stop).find(|&i| self.gap_before(i).contains(',')) {
                Some(i) => first = i,
                None => return None,
            }
        }
        if first >= self.words.end || self.inside_quotation(self.word(first).start) {
            return None; // a quotation opens the sentence: no subject there
        }
        let w = self.word(first);
        // "His" and "Her" opening a sentence are determiners.
        let personal = w.lex.is(Flags::PRONOUN)
            && !w.text.eq_ignore_ascii_case("his")
            && !w.text.eq_ignore_ascii_case("her")
            || matches!(self.lower(first).as_ref(), "they" | "we" | "i" | "you");
        if personal {
            return Some(first..first + 1);
        }
        let mut end = first;
        while end < self.words.end
            && self.word(end).is_capitalised()
            && (end == first || self.gap_before(end).trim().is_empty())
        {
            end += 1;
        }
        // "Environmental groups welcomed …, but said": the group speaks,
        // not the capitalised adjective that qualifies it ("Google plans"
        // is no group: a name is not an adjective).
        while end == first + 1
            && self.is_capitalised_adjective(first)
            && end < self.words.end
            && self.gap_before(end).trim().is_empty()
            && (self.is_plural_noun(end) || self.word(end).lex.is(Flags::GROUP_NOUN))
        {
            end += 1;
        }
        if end > first && !w.lex.is(Flags::FUNCTION_WORD) {
            return Some(first..end);
        }
        // "The Wisconsin Republican", "a U.S. District Court judge",
        // "Several Democrats".
        let l = self.lower(first);
        // "His campaign sued …, claiming": a possessive and its noun.
        if matches!(l.as_ref(), "his" | "her" | "their" | "its" | "our") {
            let end = (first + 1..self.words.end.min(first + 4))
                .take_while(|&i| {
                    self.gap_before(i).trim().is_empty()
                        && self.qualifies_a_noun(i)
                        && !self.is_verb(i)
                })
                .last()?;
            return Some(first..end + 1);
        }
        let quantifier = w.lex.is(Flags::INDEFINITE_PRONOUN);
        if !(matches!(l.as_ref(), "the" | "a" | "an") || quantifier) {
            return None;
        }
        let mut end = first + 1;
        while end < self.words.end
            && end - first < 8
            && self.gap_before(end).trim().is_empty()
            && (self.word(end).is_capitalised()
                || self.word(end).is_possessive()
                || self.is_plural_noun(end)
                || self
                    .word(end)
                    .lex
                    .is(Flags::ROLE_HEAD | Flags::GROUP_NOUN | Flags::TITLE | Flags::NATIONALITY))
        {
            end += 1;
        }
        (end > first + 1 || quantifier).then_some(first..end)
    }

    /// The first word of the sentence past a dateline ("WASHINGTON (AP) —")
    /// and a leading conjunction ("But, …").
    fn find_first_content_word(&self) -> usize {
        let mut i = self.words.start;
        // A dateline is short: its first bytes are all that is read, so
        // that a sentence of any length costs the same here.
        let sentence = &self.doc.body[self.sentence.clone()];
        let head = &sentence
            [..crate::text::floor_char_boundary(sentence, sentence.len().min(DATELINE_BYTES))];
        if let Some(dash) = crate::article::dateline_end(head) {
            let dash = self.sentence.start + dash;
            while i < self.words.end && self.word(i).start < dash {
                i += 1;
            }
        }
        // Bounded: "and and and …" must not make every call long.
        while i < self.words.end
            && i < self.words.start + 4
            && matches!(
                self.lower(i).as_ref(),
                "but" | "and" | "so" | "yet" | "still"
            )
        {
            i += 1;
        }
        i
    }

    /// The speaker before the verb at `c`, over words like "also" and
    /// "has", words of time ("on Thursday evening"), a parenthesis ("Bernie
    /// Sanders (I-Vt.) said"), and over appositions or a relative clause
    /// between commas ("Jane Doe, the bank's chief economist, said", "Lance
    /// Beebe, 49, a Navy veteran, said").
    fn subject_before(&self, c: usize) -> Option<Subject> {
        let mut k = c;
        let mut parenthesis = false;
        // "They are saying C", "some have been saying C".
        let progressive = self.lower(c).ends_with("ing");
        while k > self.words.start && k > c.saturating_sub(8) {
            let gap = self.gap_before(k);
            let prev = self.word(k - 1);
            let auxiliary = progressive
                && (prev.lex.is(Flags::FORM_OF_BE) || matches!(self.lower(k - 1).as_ref(), "been"));
            if gap.trim().is_empty()
                && (self.is_filler(k - 1) || self.is_time_word(k - 1) || auxiliary)
            {
                k -= 1;
                continue;
            }
            // "Sanders (I-Vt.) said": back to the parenthesis' opening.
            if gap.trim().trim_start_matches('.') == ")" && !parenthesis {
                let stop = k.saturating_sub(6).max(self.words.start);
                let mut j = k - 1;
                while j > stop && !self.gap_before(j).contains('(') {
                    j -= 1;
                }
                if self.gap_before(j).trim() == "(" && j > self.words.start {
                    parenthesis = true;
                    k = j;
                    continue;
                }
            }
            break;
        }
        if k == self.words.start {
            return None;
        }
        // "Proponents, however, say": an adverb set off by commas stands
        // between the subject and its verb.
        let set_off = k - 1 > self.words.start
            && self.gap_before(k).trim() == ","
            && self.gap_before(k - 1).trim() == ","
            && self.is_filler(k - 1)
            && !self.word(k - 1).is_capitalised();
        if set_off {
            k -= 1;
        }
        let gap = if set_off { "" } else { self.gap_before(k) };
        if is_aside_dash(gap) {
            return self.subject_before_dashes(k);
        }
        if gap.contains(',') {
            // "…, Jane Doe, the bank's economist, said": back over the
            // phrases set off by commas to the first that ends in a noun.
            let stop = c.saturating_sub(REACH).max(self.words.start);
            if gap.chars().any(crate::doc::is_mark) {
                // "…,'' said X": the speaker follows; unless the quotation
                // closes an aside ("Mr. Manafort, citing ''the magic of
                // Trump,'' said").
                return self.subject_before_quoting_aside(k, stop);
            }
            if let Some(subject) = self.antecedent_of_relative_clause(k, stop) {
                return Some(subject);
            }
            if let Some(name) = self.opening_name(k, stop) {
                return Some(Subject {
                    words: name.clone(),
                    after_comma: false,
                    apposition: Some(name.end..k),
                    relative: false,
                    head: None,
                });
            }
            if let Some(name) = self.name_set_off_after_opening(k) {
                return Some(Subject {
                    words: name,
                    after_comma: false,
                    apposition: None,
                    relative: false,
                    head: None,
                });
            }
            let mut j = k - 1;
            // Inside a relative clause set off by commas ("Marco Rubio,
            // whose hometown, Miami, is projected …, argues"): its nouns
            // do not speak; the noun before its "who"/"whose" does.
            let mut in_clause = false;
            for _ in 0..5 {
                while j > stop && !self.gap_before(j).contains(',') {
                    j -= 1;
                }
                if j > stop && self.word(j).lex.is(Flags::AUXILIARY) {
                    in_clause = true;
                    j -= 1;
                    continue;
                }
                if in_clause {
                    if j == stop {
                        return None;
                    }
                    if !matches!(self.lower(j).as_ref(), "who" | "whose" | "which") {
                        j -= 1;
                        continue;
                    }
                    let np = self.noun_phrase_ending(j)?;
                    return Some(self.subject(np, Some(j..k)));
                }
                // One word between commas is an age, a share or a party and
                // state ("Lance Beebe, 49, said", "a third of voters, 33%,
                // say", "Jason Chaffetz, R-Utah, said").
                let one_tag = j == k - 1
                    && (self.word(j).text.starts_with(|c: char| c.is_ascii_digit())
                        || crate::text::is_party_tag(self.word(j).text));
                // "Clinton, during a town hall in Columbus, Ohio, said": the
                // state after a city belongs to the phrase before it.
                if j > stop
                    && j == k - 1
                    && self.word(j).is_capitalised()
                    && Lexicon::get().is_only_a_place(self.word(j).text)
                {
                    j -= 1;
                    continue;
                }
                if j == stop || j == k - 1 && !one_tag {
                    return None;
                }
                if self.gap_before(j).chars().any(crate::doc::is_mark) {
                    return None;
                }
                // "Lindsey Graham, R-S.C., a candidate, said": a party and
                // state before the apposition is passed over too.
                if let Some(before_tag) = self.party_tag_ending(j, stop) {
                    j = before_tag;
                    continue;
                }
                // ", refugees, and migration,": the end of a list.
                let list = matches!(self.lower(j).as_ref(), "and" | "or");
                let np = self
                    .noun_phrase_ending(j)
                    .or_else(|| self.determined_noun_ending(j, c));
                if let Some(np) = np.filter(|_| !list) {
                    return Some(self.subject(np, Some(j..k)));
                }
                j -= 1;
            }
            return None;
        }
        let trimmed = gap.trim();
        if !(trimmed.is_empty() || parenthesis && trimmed == "(") {
            return None;
        }
        // "Republicans who say C", "Jane Doe, who said C, left": the
        // relative pronoun's antecedent speaks.
        if self.lower(k - 1) == "who" && k - 1 > self.words.start {
            let w = k - 1;
            let between = self.gap_before(w).trim();
            if !(between.is_empty() || between == ",") {
                return None;
            }
            let np = self.noun_phrase_ending(w)?;
            return Some(Subject {
                words: np,
                after_comma: false,
                apposition: None,
                relative: !between.is_empty(),
                head: None,
            });
        }
        if let Some(subject) = self.subject_before_restriction(k) {
            return Some(subject);
        }
        // "Most of them said", "officials in Kyiv said", "Proponents of
        // the new bill say": the words before "of" or "in" speak.
        let of = (k.saturating_sub(6).max(self.words.start + 1)..k)
            .rev()
            .take_while(|&j| self.gap_before(j + 1).trim().is_empty() && !self.is_verb(j))
            .find(|&j| matches!(self.lower(j).as_ref(), "of" | "in"));
        // Not before a bare participle ("one of the awards for new writing").
        let finite = !(k == c && self.lower(c).ends_with("ing"));
        if let Some(head) = of
            .filter(|_| finite)
            .and_then(|j| self.head_before_of(j + 1))
        {
            return Some(self.headed_subject(head, k));
        }
        let np = self
            .noun_phrase_ending(k)
            .or_else(|| self.determined_noun_ending(k, c))?;
        let np = self.with_voice_before(np);
        let after_comma = self.follows_comma(np.start);
        // "the rule, which he said will take effect soon, will not apply":
        // a report inside a clause about the noun before the comma.
        let relative = np.start > self.words.start + 1
            && matches!(self.lower(np.start - 1).as_ref(), "which" | "whom")
            && self.gap_before(np.start - 1).contains(',');
        Some(Subject {
            words: np,
            after_comma,
            apposition: None,
            relative,
            head: None,
        })
    }

    /// The subject of a verb at word `k` after an aside set off by commas
    /// that opens with a participle and ends in a quotation: "Mr.
    /// Manafort, citing ''the unique magic of Trump,'' said".
    fn subject_before_quoting_aside(&self, k: usize, stop: usize) -> Option<Subject> {
        let opening = (stop + 1..k).rev().find(|&j| {
            self.gap_before(j).contains(',') && !self.inside_quotation(self.word(j).start)
        })?;
        let participle = self.word(opening);
        if participle.is_capitalised() || !self.lower(opening).ends_with("ing") {
            return None;
        }
        let np = self.noun_phrase_ending(opening)?;
        Some(self.subject(np, None))
    }

    /// The subject of a verb at word `k` after an aside between dashes:
    /// "Joyce — who is listed as an attorney — told", "Deborah Reynolds -
    /// Santilli's girlfriend - told". The aside may name the speaker the
    /// subject describes ("the minister — Fergal Dunne — said").
    fn subject_before_dashes(&self, k: usize) -> Option<Subject> {
        let stop = k.saturating_sub(REACH).max(self.words.start + 1);
        let opening = (stop..k - 1)
            .rev()
            .find(|&j| is_aside_dash(self.gap_before(j)))?;
        let np = self.noun_phrase_ending(opening)?;
        Some(self.subject(np, Some(opening..k)))
    }

    /// The subject of a verb at word `k` whose noun a clause or phrase
    /// restricts, with no comma: "A woman who attended the rally said",
    /// "officials whose laws were struck down say", "people familiar with
    /// the talks said", "a person close to the campaign said", "activists
    /// hoping to block him say". The noun
    /// before the restriction speaks (not "the rally", "the talks"); the
    /// restriction is as written.
    fn subject_before_restriction(&self, k: usize) -> Option<Subject> {
        let stop = k
            .saturating_sub(RESTRICTION_REACH)
            .max(self.words.start + 1);
        let finite = !self.lower(k).ends_with("ing");
        for j in (stop..k).rev() {
            // "a boy who stared at a painting and asked": the verb is the
            // clause's own.
            if !self.gap_before(j + 1).trim().is_empty()
                || self.is_verb_of_saying(j)
                || matches!(self.lower(j).as_ref(), "and" | "or" | "but")
            {
                return None;
            }
            // "activists hoping to block him say", "people attending the
            // rally said": a participle's phrase, before a finite verb and
            // with none of its own ("the meeting unfolded as Republicans
            // have begun urging": the participle is the cue).
            let participle =
                finite && self.opens_participle_phrase(j) && !(j + 1..k).any(|i| self.is_verb(i));
            if !(self.opens_restriction(j) || participle) || !self.gap_before(j).trim().is_empty() {
                continue;
            }
            // "Officials who were briefed on": the noun before "who". A
            // relative clause has a verb of its own before the cue: in
            // "people whose asylum claims are rejected", "claims" is none.
            let relative = matches!(self.lower(j).as_ref(), "who" | "whose");
            if relative && !(j + 1..k).any(|i| self.is_verb(i)) {
                continue;
            }
            let Some(np) = self.noun_phrase_ending(j) else {
                continue;
            };
            return Some(self.headed_subject(np, k));
        }
        None
    }

    /// Whether word `j` opens what restricts the noun before it: "who",
    /// "whose", or "close to", "familiar with", "briefed on".
    fn opens_restriction(&self, j: usize) -> bool {
        let next = || (j + 1 < self.words.end).then(|| self.lower(j + 1));
        match self.lower(j).as_ref() {
            "who" | "whose" => true,
            "close" => next().is_some_and(|n| n == "to"),
            "familiar" => next().is_some_and(|n| n == "with"),
            "briefed" => next().is_some_and(|n| n == "on"),
            _ => false,
        }
    }

    /// Whether word `j` is a present participle that opens a phrase: "to",
    /// a determiner or a preposition follows ("clamoring to", "attending
    /// the", "speaking on"), which a noun in "-ing" ("the briefing said")
    /// does not have.
    fn opens_participle_phrase(&self, j: usize) -> bool {
        let next = j + 1;
        next < self.words.end
            && self.is_present_participle(j)
            && self.gap_before(next).trim().is_empty()
            && (self.lower(next) == "to"
                || self
                    .word(next)
                    .lex
                    .is(Flags::DETERMINER | Flags::PREPOSITION))
            && !self.word(next).lex.is(Flags::SUBORDINATOR)
    }

    /// The subject `words`, with what is set off between it and its verb.
    fn subject(&self, words: Range<usize>, apposition: Option<Range<usize>>) -> Subject {
        Subject {
            after_comma: self.follows_comma(words.start),
            words,
            apposition,
            relative: false,
            head: None,
        }
    }

    /// The subject from the phrase `head` that speaks to the verb at word
    /// `k`, the words between it and the verb restricting it ("Most of
    /// them", "A woman who attended the rally").
    fn headed_subject(&self, head: Range<usize>, k: usize) -> Subject {
        Subject {
            head: Some(head.clone()),
            ..self.subject(head.start..k, None)
        }
    }

    /// Whether a comma comes right before word `i`, inside the sentence
    /// ("C, X said": the subject follows the content).
    fn follows_comma(&self, i: usize) -> bool {
        i > self.words.start && self.gap_before(i).contains(',')
    }

    /// Whether word `i` is a verb of saying (its lexicon flag).
    fn is_verb_of_saying(&self, i: usize) -> bool {
        self.word(i).lex.is(Flags::CUE_VERB)
    }

    /// The subject of a verb at word `k` after a relative clause set off by
    /// commas, whatever the clause holds: "Elizabeth Arnold, who helped
    /// found EDGE, a group based in Philadelphia, said" (not EDGE), "Rep.
    /// Zoe Lofgren (D-Calif.), who introduced a bill, said" (not the party
    /// tag). The clause is the first after a comma within `stop..k` that
    /// opens with "who" or "whose"; a description before it stands beside
    /// the name before that ("Jane Doe, the union's president, who …").
    fn antecedent_of_relative_clause(&self, k: usize, stop: usize) -> Option<Subject> {
        let who = (stop + 1..k).find(|&j| {
            matches!(self.lower(j).as_ref(), "who" | "whose")
                && self.gap_before(j).trim_end().ends_with(',')
        })?;
        let mut end = who;
        // "Zoe Lofgren (D-Calif.), who": back over the parenthesis.
        if self.gap_before(end).contains(')') {
            let from = end.saturating_sub(6).max(stop);
            end = (from..end)
                .rev()
                .find(|&i| self.gap_before(i).contains('('))
                .filter(|&i| i > self.words.start)?;
        }
        let np = self
            .noun_phrase_ending(end)
            .or_else(|| self.determined_noun_ending(end, k))?;
        // "Critics of the plan, who …, said": the phrase before "of" speaks
        // (not a description set off by commas, which stands beside a name:
        // "Hogan Gidley, a former director of the party, whose …").
        let head = self
            .head_before_of(np.start)
            .filter(|h| h.start == self.words.start || !self.gap_before(h.start).contains(','));
        let np = head.as_ref().map_or(np.clone(), |h| h.start..np.end);
        let after_comma = self.follows_comma(np.start);
        // "Christopher Shelton, the president of the union, who …": the
        // name before the description, which opens with a determiner.
        let description = (stop + 1..=np.start)
            .rev()
            .take(MAX_DESCRIPTION_WORDS)
            .find(|&i| self.gap_before(i).contains(','))
            .filter(|&i| self.word(i).lex.is(Flags::DETERMINER));
        let named = description
            .and_then(|i| self.noun_phrase_ending(i))
            .filter(|n| self.word(n.end - 1).is_capitalised());
        Some(Subject {
            words: np.clone(),
            after_comma: after_comma && description.is_none(),
            apposition: Some(named.unwrap_or(who..k)),
            relative: false,
            head,
        })
    }

    /// The name that opens the sentence and the commas set off from the
    /// verb at word `k`: "Michael Green, associate professor of history at
    /// the University of Nevada-Las Vegas, said", "Rep. Sander Levin
    /// (Mich.), a superdelegate, said". Two capitalised words or more (a
    /// title among them), then a comma or a parenthesis; not a list of
    /// names ("Ted Cruz, Marco Rubio and John Kasich said").
    fn opening_name(&self, k: usize, stop: usize) -> Option<Range<usize>> {
        let first = self.first;
        if first < stop.max(self.words.start) || first >= k {
            return None;
        }
        if self
            .word(first)
            .lex
            .is(Flags::PREPOSITION | Flags::SUBORDINATOR | Flags::FUNCTION_WORD)
        {
            return None;
        }
        let mut end = first;
        while end < k
            && self.word(end).is_capitalised()
            && (end == first || self.gap_before(end).trim().is_empty())
        {
            end += 1;
        }
        let set_off = end < k && self.gap_before(end).trim_start().starts_with([',', '(']);
        // "Gráinne O'Dwyer-Keane BL": the letters after a name are no part of it.
        while end > first + 2 && self.word(end - 1).lex.is(Flags::POST_NOMINAL) {
            end -= 1;
        }
        let list = (end..k).any(|i| {
            matches!(self.lower(i).as_ref(), "and" | "or") && self.word(i + 1).is_capitalised()
        });
        (end - first >= 2 && set_off && !list).then_some(first..end)
    }

    /// A name set off by commas before the verb at word `k`, after a short
    /// opening phrase that it names: "A third, Daniel Traynor, said", "One
    /// of them, Jane Doe, said". Two to four capitalised words; the opening
    /// at most [`NAMED_OPENING_WORDS`] words, with no verb, and no noun
    /// phrase that could speak itself.
    fn name_set_off_after_opening(&self, k: usize) -> Option<Range<usize>> {
        if self.first >= k || !self.gap_before(self.first).trim().is_empty() {
            return None;
        }
        let from = k.checked_sub(4)?.max(self.first + 1);
        let start = (from..k)
            .rev()
            .find(|&i| self.gap_before(i).contains(','))?;
        let name = start..k;
        let capitalised = name.clone().all(|i| {
            self.word(i).is_capitalised() && (i == start || self.gap_before(i).trim().is_empty())
        });
        let function_word = self
            .word(start)
            .lex
            .is(Flags::DETERMINER | Flags::FUNCTION_WORD | Flags::PREPOSITION);
        let opening = self.first..start;
        let short_opening = opening.len() <= NAMED_OPENING_WORDS
            && opening.clone().all(|i| {
                !self.is_verb(i) && (i == self.first || !self.gap_before(i).contains(','))
            });
        if name.len() < 2 || !capitalised || function_word || !short_opening {
            return None;
        }
        // An opening that is a noun phrase of its own ("The port operator,
        // Felbridge Harbour Holdings, said") is read as the subject with
        // its apposition, as before.
        let noun_phrase = self
            .noun_phrase_ending(start)
            .or_else(|| self.determined_noun_ending(start, k))
            .is_some_and(|np| np.start == self.first);
        (!noun_phrase).then_some(name)
    }

    /// When the phrase between the comma before word `j` and the comma
    /// before it is a party and state ("…, R-S.C., …"), the first word of
    /// that phrase.
    fn party_tag_ending(&self, j: usize, stop: usize) -> Option<usize> {
        if j == 0 || j <= stop + 1 {
            return None;
        }
        let mut p = j - 1;
        while p > stop && !self.gap_before(p).contains(',') && j - p < 4 {
            p -= 1;
        }
        if !self.gap_before(p).contains(',') {
            return None;
        }
        let tag = &self.doc.body[self.word(p).start..self.word(j - 1).end];
        crate::text::is_party_tag(tag).then_some(p)
    }

    /// A word of time between a speaker and the verb: "on Thursday evening",
    /// "last week" (not "may", which is a verb there).
    /// Whether word `i` stands between a subject and its verb as a word
    /// like "also" or "repeatedly"; not a noun in "-ly" after its
    /// determiner ("the rally", "his family", "a close ally").
    fn is_filler(&self, i: usize) -> bool {
        is_verb_filler(self.word(i))
            && !(i > self.words.start
                && (self.word(i - 1).lex.is(Flags::DETERMINER) || self.word(i - 1).is_possessive()))
    }

    fn is_time_word(&self, i: usize) -> bool {
        let w = self.word(i);
        w.lex.is(Flags::TIME_WORD) && !matches!(self.lower(i).as_ref(), "may" | "march")
    }

    /// A capitalised word shaped like an adjective of nation, party or
    /// cause: "Environmental", "Republican", "Democratic", "Conservative".
    fn is_capitalised_adjective(&self, i: usize) -> bool {
        let w = self.word(i);
        let l = self.lower(i);
        w.is_capitalised()
            && (w.lex.is(Flags::NATIONALITY)
                || ["al", "an", "ic", "ive", "ist", "ish"]
                    .iter()
                    .any(|suffix| l.len() > suffix.len() + 3 && l.ends_with(suffix)))
    }

    /// A plural noun for people, not in the lexicon's lists: "respondents",
    /// "opponents", "voters" (not "always", "sometimes").
    fn is_plural_noun(&self, i: usize) -> bool {
        let w = self.word(i);
        let l = self.lower(i);
        l.len() >= 4
            && !w.is_capitalised()
            && l.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && l.ends_with('s')
            && !(l.ends_with("ss") || l.ends_with("us") || l.ends_with("is"))
            && (!w.lex.is(Flags::FUNCTION_WORD)
                || w.lex.is(Flags::GROUP_NOUN)
                || l.ends_with("ers"))
            && !w.lex.is(Flags::PREPOSITION
                | Flags::TIME_WORD
                | Flags::REPORT_SAY
                | Flags::REPORT_TELL
                | Flags::CUE_VERB
                | Flags::DATA_SOURCE)
            && !w.lex.is(Flags::AUXILIARY)
    }

    /// A count of people: "21 percent", "33%", "almost half", "most",
    /// "those surveyed".
    /// The phrase before "of" or "in" at word `np_start - 1` that speaks
    /// for a subject: a quantity ("Most of them", "six in 10", "a third
    /// of voters"), a group or a role ("officials in Kyiv", "the
    /// president of France"), or a plural noun ("Proponents of the bill").
    fn head_before_of(&self, np_start: usize) -> Option<Range<usize>> {
        let of = np_start.checked_sub(1)?;
        if of <= self.words.start
            || !matches!(self.lower(of).as_ref(), "of" | "in")
            || !self.gap_before(of).trim().is_empty()
            || !self.gap_before(np_start).trim().is_empty()
        {
            return None;
        }
        let h = of - 1;
        let w = self.word(h);
        let lower_or_opening = !w.is_capitalised() || w.sentence_start;
        let noun = lower_or_opening
            && (w.lex.is(Flags::GROUP_NOUN | Flags::ROLE_HEAD)
                || self.lexicon_plural(h)
                || self.is_plural_noun(h));
        if !(self.is_quantity(h) || noun) {
            return None;
        }
        Some(
            self.noun_phrase_ending(h + 1)
                .filter(|r| r.end == h + 1)
                .unwrap_or(h..h + 1),
        )
    }

    /// Whether word `i` is a quantity that can speak for the people it
    /// counts: "most", "six", "a third", "majorities".
    fn is_quantity(&self, i: usize) -> bool {
        let l = self.lower(i);
        matches!(
            l.as_ref(),
            "some"
                | "many"
                | "most"
                | "all"
                | "none"
                | "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "each"
                | "several"
                | "few"
                | "both"
                | "third"
                | "thirds"
                | "quarter"
                | "dozens"
                | "hundreds"
                | "thousands"
                | "majorities"
        ) || l.chars().all(|c| c.is_ascii_digit())
            || self.is_count(i)
    }

    /// A capitalised plural opening the sentence whose lower-case form is
    /// a group noun or a role's plural ("Proponents", "Officials").
    fn lexicon_plural(&self, i: usize) -> bool {
        let l = self.lower(i);
        let Some(singular) = l.strip_suffix('s') else {
            return false;
        };
        let lexicon = crate::lexicon::Lexicon::get();
        lexicon.lexeme(&l).is(Flags::GROUP_NOUN)
            || lexicon
                .lexeme(singular)
                .is(Flags::GROUP_NOUN | Flags::ROLE_HEAD)
            || crate::lexicon::is_plural_of_people(&l)
    }

    fn is_count(&self, i: usize) -> bool {
        let l = self.lower(i);
        l.ends_with('%')
            || matches!(
                l.as_ref(),
                "percent"
                    | "people"
                    | "half"
                    | "majority"
                    | "most"
                    | "many"
                    | "surveyed"
                    | "polled"
            )
    }

    /// A noun phrase whose last word is word `end - 1`.
    fn noun_phrase_ending(&self, end: usize) -> Option<Range<usize>> {
        let last = self.word(end - 1);
        let lower = last.text.to_lowercase();
        let counted = self.is_plural_noun(end - 1) || self.is_count(end - 1);
        let nominal = last.is_capitalised()
            || last.lex.is(Flags::PRONOUN
                | Flags::INDEFINITE_PRONOUN
                | Flags::GROUP_NOUN
                | Flags::ROLE_HEAD
                | Flags::DOCUMENT)
            || counted
            || matches!(lower.as_ref(), "they" | "it" | "we" | "i" | "who" | "which");
        if !nominal || last.lex.is(Flags::PREPOSITION) && !last.is_capitalised() {
            return None;
        }
        let group = crate::lexicon::Lexicon::get()
            .lexeme(&lower)
            .is(Flags::GROUP_NOUN | Flags::ROLE_HEAD);
        if matches!(lower.as_ref(), "who" | "which" | "that")
            || (last.lex.is(Flags::FUNCTION_WORD)
                && !self.is_name_word(end - 1)
                && !last.lex.is(Flags::PRONOUN | Flags::INDEFINITE_PRONOUN)
                && !group
                && !counted
                && !matches!(lower.as_ref(), "they" | "it" | "we" | "i"))
            || (lower.ends_with("ing")
                && last.lex.given.is_none()
                && !self.is_name_word(end - 1)
                && !self.is_name_before_its_verb(end - 1))
        {
            return None;
        }
        // A personal pronoun takes no modifiers: "But he also said"; nor
        // does "someone".
        if (last.lex.pronoun.is_some() && !matches!(lower.as_ref(), "his" | "her"))
            || last.lex.is(Flags::INDEFINITE_PRONOUN)
        {
            return Some(end - 1..end);
        }
        let mut start = end - 1;
        while start > self.words.start
            && end - start < 8
            && self.gap_before(start).trim().is_empty()
        {
            let prev = self.word(start - 1);
            let p = prev.text.to_lowercase();
            // "While Jorge Ramos said": not the conjunction that opens
            // the sentence.
            // Nor "But" or "Yet" opening it: a function word first in the
            // sentence is capitalised only by its place.
            let opener = start - 1 == self.words.start && prev.lex.is(Flags::FUNCTION_WORD);
            let capitalised_name_word = prev.is_capitalised()
                && !opener
                && !prev
                    .lex
                    .is(Flags::SUBORDINATOR | Flags::PREPOSITION | Flags::REPORT_OPENER);
            // "the Department of Education", "the Organization for
            // Economic Cooperation and Development": joining words between
            // capitals.
            // "Mr. de Vos", "Ursula von der Leyen": a particle inside a name.
            let joins_a_name = (matches!(p.as_ref(), "of" | "for" | "and")
                || prev.lex.is(Flags::NAME_PARTICLE))
                && (self.word(start).is_capitalised()
                    || self.word(start).lex.is(Flags::NAME_PARTICLE))
                && start >= self.words.start + 2
                && (self.word(start - 2).is_capitalised()
                    || self.word(start - 2).lex.is(Flags::NAME_PARTICLE));
            let modifier = capitalised_name_word
                || joins_a_name
                || prev.is_possessive()
                || prev
                    .lex
                    .is(Flags::NATIONALITY | Flags::TITLE | Flags::ROLE_HEAD)
                || matches!(
                    p.as_ref(),
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "our"
                        | "these"
                        | "those"
                        | "one"
                        | "two"
                        | "three"
                        | "some"
                        | "many"
                        | "several"
                        | "other"
                        | "senior"
                        | "former"
                        | "top"
                        | "chief"
                        | "deputy"
                        | "campaign"
                        | "white"
                        | "house"
                );
            // One or two plain words before a head that names people:
            // "union leaders", "law enforcement officials" (not "echoing
            // security experts").
            let plain_modifier = start == end - 1 || start == end - 2 && !p.ends_with("ing");
            let modifier =
                modifier || plain_modifier && group && self.noun_modifier(start - 1, end - 1);
            if !modifier || prev.lex.is(Flags::CUE_VERB) {
                break;
            }
            start -= 1;
            if matches!(p.as_ref(), "the" | "a" | "an" | "these" | "those") {
                break;
            }
        }
        // "teachers and union officials said": two groups joined.
        if group
            && start >= self.words.start + 2
            && matches!(self.lower(start - 1).as_ref(), "and" | "or")
            && self.gap_before(start).trim().is_empty()
            && self.gap_before(start - 1).trim().is_empty()
        {
            let other = start - 2;
            let w = self.word(other);
            if !w.is_capitalised() && (w.lex.is(Flags::GROUP_NOUN) || self.is_plural_noun(other)) {
                start = other;
                // "Her advisers and allies", "some experts and officials".
                let before = start.checked_sub(1).filter(|&b| {
                    b >= self.words.start
                        && self.gap_before(start).trim().is_empty()
                        && (self.word(b).lex.is(Flags::DETERMINER)
                            || matches!(self.lower(b).as_ref(), "some" | "many" | "several"))
                });
                if let Some(b) = before {
                    start = b;
                }
            }
        }
        Some(start..end)
    }

    /// A noun phrase ending at word `end - 1` whose head no list knows but
    /// whose determiner makes it one: "the justice", "another delegate",
    /// "a longtime Republican donor". Only a subject right before its
    /// verb `c` is read this way, and only before a verb of saying that
    /// cannot be a noun ("said", "told", "says"; not "the roll call", "the
    /// town boasts").
    fn determined_noun_ending(&self, end: usize, c: usize) -> Option<Range<usize>> {
        let head = end - 1;
        let verb = self.word(c);
        let unmistakable = verb
            .lex
            .is(Flags::REPORT_SAY | Flags::REPORT_TELL | Flags::REPORT_ASK)
            && (self.is_verb(c) || matches!(self.lower(c).as_ref(), "said" | "says" | "told"));
        if !unmistakable || !self.plain_noun(head) || self.lower(head).ends_with("ing") {
            return None;
        }
        let stop = head.saturating_sub(MAX_MODIFIERS + 1).max(self.words.start);
        let mut start = head;
        while start > stop && self.gap_before(start).trim().is_empty() {
            let prev = self.word(start - 1);
            if prev.lex.is(Flags::DETERMINER) {
                return Some(start - 1..end);
            }
            let modifier = prev.is_possessive()
                || prev.is_capitalised() && !prev.sentence_start
                || self.plain_noun(start - 1);
            if !modifier {
                return None;
            }
            start -= 1;
        }
        None
    }

    /// "A spokesman for Acme Corp said": the name with the voice that
    /// speaks for it ("a spokesman for"), so that the speaker's words are
    /// the whole phrase and the resolver decides whose they are.
    fn with_voice_before(&self, np: Range<usize>) -> Range<usize> {
        if np.start < self.words.start + 2
            || !matches!(self.lower(np.start - 1).as_ref(), "for" | "of")
            || !self.word(np.start - 2).lex.is(Flags::VOICE_OF_BODY)
            || !self.gap_before(np.start - 1).trim().is_empty()
            || !self.gap_before(np.start).trim().is_empty()
        {
            return np;
        }
        let voice = np.start - 2;
        let stop = voice
            .saturating_sub(MAX_MODIFIERS + 1)
            .max(self.words.start);
        let start = (stop..voice)
            .rev()
            .take_while(|&i| self.gap_before(i + 1).trim().is_empty())
            .find(|&i| self.word(i).lex.is(Flags::DETERMINER))
            .unwrap_or(voice);
        start..np.end
    }

    /// A lower-case word of three letters or more that may be a noun or an
    /// adjective (see [`SentenceReader::plain_word`]).
    fn plain_noun(&self, i: usize) -> bool {
        self.word(i).text.len() >= 3 && self.plain_word(i)
    }

    /// A lower-case word that may be a noun or an adjective: letters and
    /// hyphens, no function word, adverb, verb form or word of saying.
    fn plain_word(&self, i: usize) -> bool {
        let w = self.word(i);
        !w.is_capitalised()
            && w.text.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && !w.text.ends_with("ly")
            && !w.lex.is(Flags::FUNCTION_WORD
                | Flags::PREPOSITION
                | Flags::TIME_WORD
                | Flags::FORM_OF_BE
                | Flags::AUXILIARY
                | Flags::REPORTS
                | Flags::CUE_VERB)
            && !self.is_verb(i)
    }

    /// Whether word `i` is a plain noun before a role or a body ("a school
    /// spokesman", "the airport official", "union leaders"): lower case, no function word,
    /// verb or adverb, and itself after a determiner, a possessive or a
    /// capitalised word ("a Cairo airport official"); "a" never comes
    /// before a plural head ("a move critics said" is two phrases).
    fn noun_modifier(&self, i: usize, head: usize) -> bool {
        if !self.plain_word(i) {
            return false;
        }
        // "…, union leaders said", "Party officials say": a plural needs
        // no determiner.
        if i == self.words.start || self.gap_before(i).trim() == "," {
            return self.is_plural_noun(head);
        }
        if !self.gap_before(i).trim().is_empty() {
            return false;
        }
        // "…, law enforcement officials say": two plain words before the
        // plural head.
        let opens = |j: usize| j == self.words.start || self.gap_before(j).trim() == ",";
        if self.plain_word(i - 1) && !self.lower(i - 1).ends_with("ing") && opens(i - 1) {
            return self.is_plural_noun(head);
        }
        // "teachers and union officials": after a plural and "and".
        if matches!(self.lower(i - 1).as_ref(), "and" | "or")
            && i >= self.words.start + 2
            && self.is_plural_noun(i - 2)
        {
            return self.is_plural_noun(head);
        }
        let before = self.word(i - 1);
        let singular = matches!(self.lower(i - 1).as_ref(), "a" | "an" | "one");
        if singular && self.is_plural_noun(head) {
            return false;
        }
        before.is_capitalised()
            || before.is_possessive()
            || singular
            || matches!(
                self.lower(i - 1).as_ref(),
                "the" | "his" | "her" | "their" | "its" | "our"
            )
    }

    /// A noun phrase starting at word `start`: up to a comma, a stop or a
    /// verb-like word.
    fn noun_phrase_after(&self, start: usize) -> Option<Range<usize>> {
        if start >= self.words.end {
            return None;
        }
        let first = self.word(start);
        let lower = first.text.to_lowercase();
        if first.lex.is(Flags::PREPOSITION) && !first.is_capitalised() {
            return None;
        }
        let nominal_start = first.is_capitalised()
            || first
                .lex
                .is(Flags::PRONOUN | Flags::GROUP_NOUN | Flags::ROLE_HEAD)
            || matches!(
                lower.as_ref(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its"
            )
            // "…, said several observers", "…, say many economists".
            || matches!(lower.as_ref(), "several" | "many" | "some" | "most" | "two" | "three")
                && start + 1 < self.words.end
                && self.is_plural_noun(start + 1)
            || self.role_before_name(start).is_some();
        if !nominal_start {
            return None;
        }
        let mut end = start + 1;
        while end < self.words.end && end - start < 12 {
            if !self.gap_before(end).trim().is_empty() {
                break;
            }
            let w = self.word(end);
            let l = w.text.to_lowercase();
            // "wrote Osman Abu Laban on Facebook", "said the Department of
            // Health in a statement": the name ends before a phrase of
            // place or medium ("of", "for", "from" and "with" may still
            // belong to it: "a spokesman for the ministry").
            let after_name = self.word(end - 1).is_capitalised()
                && w.lex.is(Flags::PREPOSITION)
                && !w.is_capitalised()
                && !matches!(l.as_ref(), "of" | "for" | "from" | "with");
            if w.lex
                .is(Flags::CUE_VERB | Flags::REPORT_SAY | Flags::REPORT_TELL)
                || matches!(l.as_ref(), "who" | "which" | "that" | "and")
                || after_name
            {
                break;
            }
            end += 1;
        }
        Some(start..end)
    }

    /// The role in lower case, after a word or two that qualify it, that
    /// opens a name at word `k`: "host Sean Hannity", "conservative radio
    /// host Laura Ingraham", "film director Osman Abu Laban" (the role's
    /// index).
    fn role_before_name(&self, k: usize) -> Option<usize> {
        (k..self.words.end.min(k + 3))
            .take_while(|&i| {
                (i == k || self.gap_before(i).trim().is_empty()) && self.qualifies_a_noun(i)
            })
            .find(|&i| self.word(i).lex.is(Flags::ROLE_HEAD))
            .filter(|&role| role + 1 < self.words.end && self.word(role + 1).is_capitalised())
    }

    /// Whether word `i` may qualify a noun after it: "cheering",
    /// "radio", "film" (a lower-case word no list knows as a function
    /// word, preposition, auxiliary, determiner, verb of saying or word
    /// of time).
    fn qualifies_a_noun(&self, i: usize) -> bool {
        let w = self.word(i);
        !w.is_capitalised()
            && !w.lex.is(Flags::FUNCTION_WORD
                | Flags::PREPOSITION
                | Flags::AUXILIARY
                | Flags::DETERMINER
                | Flags::REPORTS
                | Flags::TIME_WORD)
            && w.text.chars().all(|c| c.is_alphabetic() || c == '-')
    }

    /// What follows the verb at `c`: what was said, nothing but words of
    /// time and place ("…, she said on Tuesday."), or a quotation (direct
    /// speech, found elsewhere).
    fn content_after(&self, c: usize, tell: bool) -> After {
        let mut k = c + 1;
        let end = self.words.end.min(c + 1 + REACH);
        if k >= end {
            return After::Nothing;
        }
        // "said:" and a quotation is direct speech.
        let gap = self.gap_before(k);
        if gap.contains(':') || gap.chars().any(crate::doc::is_mark) {
            return After::Quotation;
        }
        // "says, win or lose in Tuesday's primary, he's staying": an aside
        // and the clause after it.
        if gap.trim() == "," && !tell {
            if let Some(content) = self.clause_after_aside(k, end) {
                return After::Content(content);
            }
        }
        // "…, they complain - and …": a dash closes the attribution.
        if gap.contains(',') || gap.contains(" - ") || gap.contains('\u{2014}') {
            return After::Nothing;
        }
        // "told reporters that C": the "that" after the addressee.
        let mut told_that = false;
        if tell {
            // The addressee: "reporters", "CNN", "the Times", "him".
            let Some(object) = self.addressee(k) else {
                return After::Nothing;
            };
            k = object.end;
            // "told the Federal Security Service (FSB) that …"
            if k < end && self.gap_before(k).contains('(') {
                while k < end && !self.gap_before(k).contains(')') {
                    k += 1;
                }
            }
            // "told NPR's correspondent Steve Inskeep that …", "told a
            // gathering in Washington she …": on to "that" or the subject.
            // "told ABC's “Good Morning America” that …": past the marks of
            // a title too; "told friends since the spring, at fundraisers,
            // that …": past an aside to its "that".
            // Not past a subordinator: "told his advisers as he labored"
            // is the scene.
            if k < end && self.lower(k) != "that" {
                if let Some(that) = (k..end.min(k + 6))
                    .take_while(|&i| {
                        !self.gap_before(i).contains([',', ';', ':', '.'])
                            && !self.word(i).lex.is(Flags::SUBORDINATOR)
                    })
                    .find(|&i| {
                        self.lower(i) == "that"
                            || self.is_personal_pronoun(i)
                            || self.is_subject_word(i) && self.lower(i).contains(['\'', '\u{2019}'])
                    })
                    .or_else(|| self.that_after_aside(k, end))
                {
                    k = that;
                }
            }
            if k < end && self.lower(k) == "that" {
                k += 1;
                told_that = true;
            } else {
                k = self.skip_adjuncts(k, end);
                if k < end && self.lower(k) != "that" && !self.opens_subject(k) {
                    // "told a voter passing by": no clause follows.
                    return After::Nothing;
                }
            }
        }
        // "on Tuesday", "in a statement", "in an interview with CNN"; not
        // after "that", where they are what was said ("told CNN that during
        // his talks with Fox he received an apology").
        if !told_that {
            k = self.skip_adjuncts(k, end);
        }
        // "said in Madison, Wisconsin, that C": the comma closes the place.
        let that_here = k < end
            && self.lower(k) == "that"
            && (self.gap_before(k).trim().is_empty()
                || k > c + 1 && self.gap_before(k).trim() == ",");
        if that_here {
            k += 1;
        }
        let that = told_that || that_here;
        if k >= end {
            return After::Nothing;
        }
        let gap = self.gap_before(k);
        // "said that “we tell the truth” and that support held": after
        // "that", a quotation opens what was said, which may run on past
        // it (a quotation and nothing else is left to direct speech).
        if that && gap.trim_start().starts_with(crate::doc::is_mark) && !gap.contains(':') {
            // The content opens with the quotation's mark, as it closes
            // with its closing one.
            let mark = gap.find(crate::doc::is_mark).unwrap_or(gap.len());
            let open = self.word(k).start - gap.len() + mark;
            return self
                .clause_from(k)
                .map_or(After::Quotation, |c| After::Content(open..c.end));
        }
        if gap.contains(':') || gap.trim_start().starts_with(crate::doc::is_mark) {
            return After::Quotation;
        }
        // "vowed to repeal the law", "pledged Tuesday to stay in the race":
        // what the speaker committed to.
        if !that && self.commits_to(c, k) {
            return self.clause_from(k).map_or(After::Nothing, After::Content);
        }
        // "threatened the peace": no speech.
        let verb = self.word(c).lex;
        if verb.is(Flags::COMMITMENT) && !verb.is(Flags::REPORT_SAY) {
            return After::Nothing;
        }
        // "said on Tuesday, in an interview, that C": past words of time,
        // an adjunct between commas.
        if !that && gap.trim() == "," && !tell {
            if let Some(content) = self.clause_after_aside(k, end) {
                return After::Content(content);
            }
        }
        // "said that, if the claims are true, the rules were broken" and
        // "said on Monday" are no content; but "noted that, according to
        // X, C" is X's, and "reported at least six planes filled …" opens
        // with a quantity, not a place.
        let quantity = self.lower(k) == "at"
            && k + 1 < self.words.end
            && matches!(self.lower(k + 1).as_ref(), "least" | "most");
        if !that && (gap.contains(',') || self.word(k).lex.is(Flags::PREPOSITION) && !quantity)
            || that && gap.contains(',') && self.lower(k) == "according"
        {
            return After::Nothing;
        }
        // "said matter-of-factly as confetti fell", "said when asked": the
        // manner or the moment of saying, not what was said ("said if …"
        // may be).
        if !that {
            let mut m = k;
            while m + 1 < end
                && self.word(m).lex.is(Flags::FILLER)
                && self.gap_before(m + 1).trim().is_empty()
            {
                m += 1;
            }
            if self.word(m).lex.is(Flags::SUBORDINATOR)
                && !matches!(self.lower(m).as_ref(), "if" | "because")
            {
                return After::Nothing;
            }
        }
        if !that && !self.looks_like_clause(k) {
            return After::Nothing;
        }
        match self.clause_from(k) {
            Some(content) => After::Content(content),
            None => After::Nothing,
        }
    }

    /// The "that" after a comma that closes an aside between an addressee
    /// at word `k` and what was said: "told friends since the spring, at
    /// fundraisers and in private huddles, that …".
    fn that_after_aside(&self, k: usize, end: usize) -> Option<usize> {
        (k + 1..end.min(k + TOLD_ASIDE_WORDS))
            .take_while(|&i| !self.gap_before(i).contains([';', ':', '.']) && !self.reports_at(i))
            .find(|&i| self.lower(i) == "that" && self.gap_before(i).contains(','))
    }

    /// What was said after a verb and its comma when an aside without a
    /// verb follows: a pronoun's clause after the aside's comma ("Rubio
    /// says, win or lose in Tuesday's primary, he's staying in the race":
    /// the aside is part of what was said), or a "that" clause ("said,
    /// however, that C": the aside is the writer's).
    fn clause_after_aside(&self, k: usize, end: usize) -> Option<Range<usize>> {
        let close = (k + 1..end.min(k + ASIDE_WORDS + 2))
            .find(|&i| !self.gap_before(i).trim().is_empty())?;
        let verbless = (k..close).all(|i| !self.is_verb(i) && !self.reports_at(i));
        if self.gap_before(close).trim() != "," || !verbless {
            return None;
        }
        // "said, however, that C", "said, in an interview with NBC, that
        // C": an adjunct, and what was said after its "that".
        if self.lower(close) == "that" {
            return self.clause_from(close + 1);
        }
        if !self.is_subject_word(close) {
            return None;
        }
        let clause = self.clause_from(close)?;
        Some(self.word(k).start..clause.end)
    }

    /// Whether verb `c` commits its speaker to the infinitive at word `k`:
    /// "vowed to repeal", not "promised to the voters".
    fn commits_to(&self, c: usize, k: usize) -> bool {
        k + 1 < self.words.end
            && self.word(c).lex.is(Flags::COMMITMENT)
            && self.lower(k) == "to"
            && self.gap_before(k + 1).trim().is_empty()
            && self.bare_verb(k + 1)
    }

    /// Whether word `i` may be a verb's bare form after "to": a lower-case
    /// word that no list knows as a determiner, pronoun or preposition,
    /// and no plural noun ("to the voters", "to voters").
    fn bare_verb(&self, i: usize) -> bool {
        let w = self.word(i);
        !w.is_capitalised()
            && w.text.chars().all(|c| c.is_ascii_lowercase())
            && !w
                .lex
                .is(Flags::DETERMINER | Flags::PRONOUN | Flags::PREPOSITION | Flags::TIME_WORD)
            && !self.is_plural_noun(i)
    }

    /// Whether word `k` is a subject that only opens a clause: a personal
    /// pronoun, alone or contracted with its verb ("he's", "they’re",
    /// "we'll"), or "there", "this", "these", "those".
    fn is_subject_word(&self, k: usize) -> bool {
        let lowered = self.lower(k);
        let first = match lowered.split_once(['\'', '\u{2019}']) {
            Some((pronoun, "s" | "re" | "ll" | "d" | "ve" | "m")) => pronoun,
            _ => lowered.as_ref(),
        };
        matches!(
            first,
            "he" | "she"
                | "it"
                | "they"
                | "we"
                | "i"
                | "you"
                | "there"
                | "this"
                | "these"
                | "those"
        )
    }

    /// Whether the words from `k` read as a clause rather than a noun
    /// phrase ("said the plan would fail", not "posted a comment"): a
    /// pronoun subject, or a verb-like word within the first few words.
    fn looks_like_clause(&self, k: usize) -> bool {
        if self.is_subject_word(k) {
            return true;
        }
        // After "…, said" the verb must come before the first comma: "…,
        // said Jane Doe, who ran" names a speaker.
        let inverted =
            k > self.words.start && self.reports_at(k - 1) && self.gap_before(k - 1).contains(',');
        let stop = (k + 1..self.words.end.min(k + CLAUSE_VERB_REACH))
            .find(|&i| inverted && self.gap_before(i).contains(','))
            .unwrap_or(self.words.end.min(k + CLAUSE_VERB_REACH));
        // "said having Trump at the top of the ticket puts even senior
        // Republicans at risk": a gerund's phrase as the subject, and a
        // verb in -s after its object.
        if self.is_present_participle(k)
            && (k + 2..stop)
                .take_while(|&j| !self.gap_before(j).contains(','))
                .any(|j| self.is_verb(j) || self.is_present_verb_form(j))
        {
            return true;
        }
        (k..stop).any(|i| {
            let w = self.lower(i);
            self.word(i).lex.is(Flags::AUXILIARY)
                || (i > k
                    && (w.ends_with("ed") || w.ends_with("es"))
                    && w.len() > 4
                    && !self.after_determiner_or_preposition(i))
                || (i > k && self.word(i).lex.is(Flags::PAST_FORM))
                || (i > k && self.word(i).lex.is(Flags::REPORT_SAY))
                || (i > k
                    && (k + 1..=i).all(|j| !self.gap_before(j).contains(','))
                    && self.is_present_verb_before_object(i))
        })
    }

    /// Whether word `i` may be a verb in the present's third person: a
    /// lower-case word in -s, not in -ss or -us ("puts", "makes").
    fn is_present_verb_form(&self, i: usize) -> bool {
        let w = self.word(i).text;
        w.chars().all(|c| c.is_ascii_lowercase()) && has_present_verb_ending(w)
    }

    /// Whether word `i` follows a determiner, a possessive or a
    /// preposition, where a word in -ed or -es is an adjective or a noun
    /// ("the advanced", "into advanced age", "her fences"), not a verb.
    fn after_determiner_or_preposition(&self, i: usize) -> bool {
        i > self.words.start
            && self.gap_before(i).trim().is_empty()
            && (self.word(i - 1).is_possessive()
                || self
                    .word(i - 1)
                    .lex
                    .is(Flags::DETERMINER | Flags::PREPOSITION))
    }

    /// A present-tense verb in -s before its object ("success depends on
    /// trust", "the party needs a win"): a word in -s after a lower-case
    /// word and before a determiner, "to", or "on" or "in" not followed by
    /// a word of time ("meals on Thursday" are meals).
    fn is_present_verb_before_object(&self, i: usize) -> bool {
        if !has_present_verb_ending(&self.lower(i)) {
            return false;
        }
        if i + 1 >= self.words.end || !self.gap_before(i + 1).trim().is_empty() {
            return false;
        }
        let next = self.lower(i + 1);
        // "depends on trust", not "meals on Thursday".
        let then_time = i + 2 < self.words.end && self.word(i + 2).lex.is(Flags::TIME_WORD);
        let determiner = matches!(
            next.as_ref(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
        );
        let object =
            determiner || next == "to" || matches!(next.as_ref(), "on" | "in") && !then_time;
        // After a name only a determiner tells a verb ("Obama enjoys the
        // event"; "Acme Holdings to …" is a headline's name).
        let subject_ok = !self.word(i - 1).is_capitalised() || determiner;
        object && subject_ok && !self.word(i).lex.is(Flags::FUNCTION_WORD)
    }

    /// Words of time and place right after a verb, when a clause follows.
    fn skip_adjuncts(&self, mut k: usize, end: usize) -> usize {
        let start = k;
        loop {
            if k >= end || !self.gap_before(k).trim().is_empty() && k > start {
                return k;
            }
            let l = self.lower(k);
            // "this week", "last month", "on Tuesday": "this", "last" and
            // "on" only before a word of time ("told reporters this was
            // the only chance", "said on Twitter that").
            let time_before_time = !matches!(l.as_ref(), "this" | "last" | "next" | "on")
                || k + 1 < end && self.word(k + 1).lex.is(Flags::TIME_WORD);
            if self.word(k).lex.is(Flags::TIME_WORD)
                && l != "may"
                && l != "march"
                && time_before_time
            {
                k += 1;
                continue;
            }
            let determiner = k + 2 < end
                && matches!(
                    self.lower(k + 1).as_ref(),
                    "a" | "an" | "the" | "his" | "her" | "their"
                );
            if matches!(l.as_ref(), "in" | "at" | "during") && determiner {
                // "in a statement", "at a rally in Iowa", "in an interview with CNN"
                // "said in an interview he would run": the clause's subject
                // closes the phrase.
                let mut j = k + 2;
                while j < end && j - k < 8 && self.gap_before(j).trim().is_empty() {
                    let w = self.lower(j);
                    if w == "that" {
                        break;
                    }
                    if self.is_personal_pronoun(j) {
                        return j;
                    }
                    j += 1;
                }
                if j < end && (self.lower(j) == "that" || self.gap_before(j).contains(',')) {
                    k = j;
                    continue;
                }
                return k;
            }
            // Any other phrase of a preposition when "that" closes it:
            // "argued during Saturday's debate that", "said of Mr. Smith that".
            // The phrase may name a show in quotation marks ("said on ABC's
            // ''This Week'' that") or a place with its state ("said in
            // Madison, Wisconsin, that").
            if self.word(k).lex.is(Flags::PREPOSITION) && !self.word(k).is_capitalised() {
                let mut j = k + 1;
                let inside_phrase = |j: usize| {
                    let gap = self.gap_before(j);
                    let place = gap.trim() == ","
                        && (self.word(j).is_capitalised() && self.word(j - 1).is_capitalised()
                            || self.lower(j) == "that");
                    place || gap.chars().all(|c| c == ' ' || crate::doc::is_mark(c))
                };
                while j < end && j - k < 10 && inside_phrase(j) {
                    if self.lower(j) == "that" {
                        break;
                    }
                    j += 1;
                }
                if j + 1 < end && j > k + 1 && self.lower(j) == "that" && self.opens_subject(j + 1)
                {
                    k = j;
                    continue;
                }
            }
            return k;
        }
    }

    /// Whether word `i` can open a clause's subject ("he", "the", "Smith"),
    /// not a verb ("that works with …" is a relative clause).
    fn opens_subject(&self, i: usize) -> bool {
        let w = self.word(i);
        w.is_capitalised()
            || w.lex.is(Flags::PRONOUN)
            || matches!(
                self.lower(i).as_ref(),
                "the"
                    | "a"
                    | "an"
                    | "it"
                    | "they"
                    | "we"
                    | "i"
                    | "you"
                    | "there"
                    | "this"
                    | "its"
                    | "their"
                    | "our"
                    | "some"
                    | "many"
                    | "most"
                    | "no"
                    | "every"
                    | "all"
            )
    }

    /// The clause starting at word `k`, to the end of the sentence or the
    /// first semicolon, dash or further attribution.
    fn clause_from(&self, k: usize) -> Option<Range<usize>> {
        self.clause_of_at_least(k, MIN_CONTENT_WORDS)
    }

    /// [`Self::clause_from`], for a clause of at least `min` words.
    fn clause_of_at_least(&self, k: usize, min: usize) -> Option<Range<usize>> {
        let end = self.words.end.min(k + REACH);
        let mut last = k;
        let mut i = k;
        // The dash that closes an aside opened by a dash inside the content.
        let mut aside_closes = None;
        while i < end {
            // "X said A and claimed B": the second verb reports B; "she
            // will vote for him but has withheld her endorsement": a second
            // verb of the speaker's.
            if i > k && !self.inside_quotation(self.word(i).start) && self.second_predicate_at(i) {
                break;
            }
            if i > k {
                let gap = self.gap_before(i);
                let dash = is_dash(gap);
                if dash && aside_closes == Some(i) {
                    aside_closes = None;
                } else if dash && aside_closes.is_none() {
                    // "C1 — an aside — C2" is one content; "C — a remark"
                    // is the writer's.
                    aside_closes = self.closing_dash(i, end);
                    if aside_closes.is_none() {
                        break;
                    }
                }
                if gap.contains(';') {
                    break;
                }
                // "…, he said", "…, according to", "…, adding that": another
                // attribution; "…, but he urged …": a second clause; "…,
                // whose son …": a clause about the last noun. Not inside a
                // quotation, which runs on as written.
                if gap.contains(',')
                    && !self.inside_quotation(self.word(i).start)
                    && (self.starts_attribution(i)
                        || self.starts_second_clause(i)
                        || self.lower(i) == "whose"
                        || self.closing_relative_clause(i)
                        || self.is_apposition(i)
                        || self.is_trailing_remark(i))
                {
                    break;
                }
            }
            last = i;
            i += 1;
        }
        if last + 1 - k < min {
            return None;
        }
        let start = self.word(k).start;
        let end = self.word(last).end;
        // Take in the closing mark of a quotation the content ends inside.
        let end = self.extend_over_closing_marks(end);
        Some(start..end)
    }

    /// Whether ", who" at word `i` opens a clause about the last noun that
    /// runs to the sentence's end ("…on supporting Ryan, who will face a
    /// challenger"): the writer's, not what was said. One closed by a
    /// comma ("Sanders, who is Jewish, was …") sits inside the content.
    fn closing_relative_clause(&self, i: usize) -> bool {
        if self.lower(i) != "who" {
            return false; // and the sentence's last comma is not looked for
        }
        let last_comma = *self.last_comma.get_or_init(|| {
            self.words
                .clone()
                .rev()
                .find(|&j| self.gap_before(j).contains(','))
        });
        last_comma.is_none_or(|c| c <= i)
    }

    /// Whether a conjunction at word `i` joins a second verb to the
    /// speaker's ("and claimed", "but has withheld") or opens another
    /// attribution ("…, and other party leaders said").
    fn second_predicate_at(&self, i: usize) -> bool {
        let next = i + 1;
        if next >= self.words.end || !self.gap_before(next).trim().is_empty() {
            return false;
        }
        match self.lower(i).as_ref() {
            "and" => {
                self.reports_at(next)
                    || self.gap_before(i).contains(',')
                        && !self.second_that_clause(next)
                        && (next + 1..self.words.end.min(next + 6))
                            .take_while(|&j| self.gap_before(j).trim().is_empty())
                            .any(|j| self.reports_at(j))
            }
            "but" => {
                !self.gap_before(i).contains(',')
                    && !self.word(next).is_capitalised()
                    && self.is_verb(next)
            }
            _ => false,
        }
    }

    /// Whether the words from `i`, after a comma, describe the noun before
    /// it and end the sentence or meet another comma soon: "…, a
    /// five-minute drive from the town, …".
    fn is_apposition(&self, i: usize) -> bool {
        if !matches!(self.lower(i).as_ref(), "a" | "an") {
            return false;
        }
        let stop = self.words.end.min(i + 10);
        let mut j = i + 1;
        while j < stop && !self.gap_before(j).contains(',') {
            // "Trump is a loser, a liar and a whiner": the last item of a
            // list, not a description of the noun before it.
            if matches!(self.lower(j).as_ref(), "and" | "or")
                && j + 1 < stop
                && matches!(self.lower(j + 1).as_ref(), "a" | "an")
            {
                return false;
            }
            j += 1;
        }
        (j < stop || stop == self.words.end) && !self.looks_like_clause(i)
    }

    /// Whether the words from `i`, after a comma, are the writer's remark
    /// on what was said rather than more of it: "…, compared with 33
    /// percent last month", "…, up 31 percent from a year earlier", "…, as
    /// the crowd left", "…, a practice that Kansas adopted".
    fn is_trailing_remark(&self, i: usize) -> bool {
        let l = self.lower(i);
        if matches!(l.as_ref(), "compared" | "up" | "down" | "as") {
            return true;
        }
        let end = self.words.end.min(i + REACH);
        // "a practice that …", "an effort which …": a noun and a clause
        // about it.
        matches!(l.as_ref(), "a" | "an")
            && (i + 2..end.min(i + 6))
                .take_while(|&j| !self.gap_before(j).contains(','))
                .any(|j| matches!(self.lower(j).as_ref(), "that" | "which" | "who"))
    }

    /// Whether word `i` is a personal pronoun that opens a clause as its
    /// subject: "he", "she", "they", "we", "I".
    fn is_personal_pronoun(&self, i: usize) -> bool {
        matches!(self.lower(i).as_ref(), "he" | "she" | "they" | "we" | "i")
    }

    /// Whether word `i` is a verb that reports speech.
    fn reports_at(&self, i: usize) -> bool {
        i < self.words.end && self.word(i).lex.is(Flags::REPORTS)
    }

    /// Whether word `i` opens a second clause after a comma: "but", "while",
    /// "although", "whereas", "yet", or "and" with a subject of its own.
    fn starts_second_clause(&self, i: usize) -> bool {
        let l = self.lower(i);
        if l == "but" {
            return !self.content_runs_on_past_but(i);
        }
        if matches!(
            l.as_ref(),
            "while" | "although" | "though" | "whereas" | "yet"
        ) {
            return !self.is_verbless_aside(i);
        }
        // "…, and urged calm": a second verb of the speaker's own.
        l == "and"
            && i + 1 < self.words.end
            && (matches!(
                self.lower(i + 1).as_ref(),
                "he" | "she" | "they" | "it" | "we" | "i"
            ) || self.lower(i + 1).ends_with("ed")
                || self.word(i + 1).lex.is(Flags::SUBORDINATOR))
    }

    /// Whether the words from `i` to the next comma are a short aside
    /// without a verb that the content's own verb follows: "the scandal,
    /// while troublesome, was dealt with" is one content; "…, while others
    /// disagreed" is not.
    fn is_verbless_aside(&self, i: usize) -> bool {
        let stop = self.words.end.min(i + 6);
        let Some(close) = (i + 2..stop).find(|&j| self.gap_before(j).contains(',')) else {
            return false;
        };
        let after = self.word(close);
        (i + 1..close)
            .all(|j| !self.is_verb(j) && !self.word(j).lex.is(Flags::AUXILIARY | Flags::PRONOUN))
            && !after.is_capitalised()
            && (after.lex.is(Flags::AUXILIARY) || self.is_verb(close))
    }

    /// The word after the dash that closes an aside opened by the dash
    /// before word `i`, within a few words and before `end`.
    fn closing_dash(&self, i: usize, end: usize) -> Option<usize> {
        (i + 1..end.min(i + ASIDE_WORDS)).find(|&j| is_dash(self.gap_before(j)))
    }

    /// Whether what was said goes on past ", but" at word `i`: a second
    /// content ("…, but that C2"), a verb of the content's subject ("…,
    /// but couldn't provide …"), or a contrast within it ("…, but not
    /// women", "…, but rather …"). Not when that clause reports of its own
    /// ("…, but urged calm"), nor past a new subject, mostly the writer's
    /// ("…, but the turnout was higher", "…, but she left early"): on the
    /// development data a pronoun there ends the content as often as not.
    fn content_runs_on_past_but(&self, i: usize) -> bool {
        let next = i + 1;
        if next >= self.words.end || !self.gap_before(next).trim().is_empty() {
            return false;
        }
        let w = self.word(next);
        let l = self.lower(next);
        if matches!(l.as_ref(), "that" | "not" | "also" | "rather" | "instead") {
            return true;
        }
        let same_subject =
            !w.is_capitalised() && (self.is_verb(next) || w.lex.is(Flags::AUXILIARY));
        // "…, but agreed that C2": the speaker's second verb, with its own
        // content.
        let own_content = next + 1 < self.words.end && self.lower(next + 1) == "that";
        same_subject
            && !own_content
            && !(next..self.words.end.min(next + 6))
                .take_while(|&j| j == next || !self.gap_before(j).contains(','))
                .any(|j| self.reports_at(j))
    }

    fn subject_and_verb_at(&self, i: usize) -> bool {
        i < self.words.end
            && self.word(i).lex.is(Flags::DETERMINER)
            && (i + 1..self.words.end.min(i + 5))
                .take_while(|&j| self.gap_before(j).trim().is_empty())
                .any(|j| !self.word(j).is_capitalised() && self.is_verb(j))
    }

    /// Whether word `i` opens an attribution: "he said", "said Smith",
    /// "according to", "adding", "saying".
    fn starts_attribution(&self, i: usize) -> bool {
        let w = self.word(i);
        let l = w.text.to_lowercase();
        if l == "according" || w.lex.is(Flags::REPORTS) {
            return true;
        }
        let next_is_cue = |j: usize| {
            j < self.words.end
                && self.word(j).lex.is(Flags::REPORTS)
                && self.gap_before(j).trim().is_empty()
        };
        // "…, he said", "…, she later added", "…, Jane Doe said"; not
        // "…, he would advise" (a pronoun's cue comes next, or after one
        // word like "also").
        let after_filler = i + 1 < self.words.end && self.is_filler(i + 1);
        if w.lex.is(Flags::PRONOUN) && !w.is_capitalised() {
            return next_is_cue(i + 1) || after_filler && next_is_cue(i + 2);
        }
        (w.lex.is(Flags::PRONOUN) || w.is_capitalised())
            && (next_is_cue(i + 1) || next_is_cue(i + 2))
    }

    /// The end of a content that stops inside a quotation, moved past the
    /// quotation's closing mark (and the stop the mark closes over:
    /// `…aware of that.”`), so that the quoted fragment lies within it: a
    /// quotation runs on as written.
    fn extend_over_closing_marks(&self, end: usize) -> usize {
        let quoted = &self.doc.quoted;
        let last = end.saturating_sub(1);
        let next = quoted.partition_point(|s| s.open <= last);
        match next.checked_sub(1).map(|i| &quoted[i]) {
            Some(span) if last < span.after && span.after <= self.sentence.end => span.after,
            _ => end,
        }
    }

    /// What was said before the speaker or verb starting at word `at`:
    /// from the sentence's start (past "But", "And") to the comma before.
    fn content_before(&self, at: usize) -> Option<Range<usize>> {
        // "… (the number is closer to 15, according to X)": the content
        // opens inside the parenthesis that the attribution closes.
        let opening = self.first;
        if !self.gap_before(at).contains(',') || at <= opening || at - opening > REACH {
            return None;
        }
        let first = (opening + 1..=at)
            .rev()
            .take_while(|&i| !self.gap_before(i).contains(')'))
            .find(|&i| i < at && self.gap_before(i).contains('('))
            .unwrap_or(opening);
        if at - first < MIN_CONTENT_WORDS {
            return None;
        }
        // "In a statement, X said", "Asked about it, X said", "8 (UPI) — …":
        // an adjunct or a dateline, not what was said; but "In all, though,
        // the justices agree, X said" holds a clause after the adjunct.
        if self.opens_with_adjunct(first)
            && !self.opens_with_gerund_subject(first, at)
            && !self.clause_after_inner_comma(first, at)
            && !self.clause_after_preposition(first, at)
        {
            return None;
        }
        let start = self.word(first).start;
        let end = self.extend_over_closing_marks(self.word(at - 1).end);
        Some(start..end)
    }

    /// Whether the comma before word `i` closes a phrase of time or place
    /// that opens the sentence ("Within minutes, he called …", "On
    /// Tuesday, the mayor praised …").
    fn after_opening_adjunct(&self, i: usize) -> bool {
        let first = self.first;
        // A bounded phrase: this also bounds the look-back in a long
        // sentence.
        first < i
            && i - first <= OPENING_ADJUNCT_WORDS
            && self.opens_with_adjunct(first)
            && (first + 1..i).all(|j| !self.gap_before(j).contains(','))
            && !(first..i).any(|j| self.reports_at(j))
    }

    fn opens_with_adjunct(&self, first: usize) -> bool {
        let opener = self.word(first);
        let o = self.lower(first);
        !self.opens_with_quantity(first)
            && opener
            .lex
            .is(Flags::PREPOSITION | Flags::REPORT_OPENER | Flags::SUBORDINATOR)
            || self.opens_with_gerund(first)
            || o.starts_with(|c: char| c.is_ascii_digit())
            // "Separately, …", "Still, …", "Instead, …": an adverb alone,
            // not a name ("Kelly, the mayor, said").
            || (o.ends_with("ly") || opener.lex.is(Flags::VERB_ADVERB))
                && opener.lex.given.is_none()
                && first + 1 < self.words.end
                && (self.gap_before(first + 1).contains(',')
                    // "Hastily politicizing the tragedy, Trump cast …":
                    // the adverb of a participle, no name.
                    || self.gap_before(first + 1).trim().is_empty()
                        && self.is_present_participle(first + 1))
    }

    /// Whether the words from `first` to `at` are a gerund's phrase and the
    /// verb it is the subject of: "Seeing his brother suffer led him to
    /// avoid alcohol" (not "Speaking to reporters" before its subject).
    fn opens_with_gerund_subject(&self, first: usize, at: usize) -> bool {
        self.opens_with_gerund(first)
            && (first + 1..at)
                .take_while(|&i| !self.gap_before(i).contains(','))
                .any(|i| self.is_verb(i))
    }

    /// Whether word `first` is in -ing and no preposition ("Seeing",
    /// "Riding"; not "According"), nor a name before its verb of saying
    /// ("Boreing said", "Manning told").
    fn opens_with_gerund(&self, first: usize) -> bool {
        self.lower(first).ends_with("ing")
            && !self.word(first).lex.is(Flags::PREPOSITION)
            && !self.is_name_before_its_verb(first)
    }

    /// Whether word `i` is capitalised and a verb of saying follows it
    /// directly: a name in -ing ("Boreing said"), never a participle.
    fn is_name_before_its_verb(&self, i: usize) -> bool {
        i + 1 < self.words.end
            && self.word(i).is_capitalised()
            && self.gap_before(i + 1).trim().is_empty()
            && self.is_verb_of_saying(i + 1)
    }

    /// Whether word `first` opens a quantity, the subject's: "About 14,326
    /// pupils receive …", "Over 300 people attended …" (not "In 2016, …").
    fn opens_with_quantity(&self, first: usize) -> bool {
        first + 1 < self.words.end
            && matches!(
                self.lower(first).as_ref(),
                "about" | "around" | "over" | "under" | "nearly" | "almost" | "roughly"
            )
            && self.gap_before(first + 1).trim().is_empty()
            && self
                .word(first + 1)
                .text
                .starts_with(|c: char| c.is_ascii_digit())
    }

    /// Whether the words from `first` to `at` hold, after one of their
    /// inner commas, a clause of their own ("In all, though, the justices
    /// agree"; "In 2014, 82 percent were white, while 14 percent …").
    fn clause_after_inner_comma(&self, first: usize, at: usize) -> bool {
        (first + 1..at).any(|i| {
            self.gap_before(i).contains(',')
                && at - i >= MIN_CONTENT_WORDS
                && !self.word(i).lex.is(Flags::SUBORDINATOR)
                && !matches!(
                    self.lower(i).as_ref(),
                    "who" | "which" | "where" | "whose" | "whom"
                )
                && self.looks_like_clause(i)
        })
    }

    /// Whether the words from `first` to the comma before `at` open with a
    /// clause that opens with a preposition ("Around 30 people would show
    /// up, he said"; "About 82 percent were white, while …, according to
    /// X"; not "In a statement, he said"): a finite verb after the first
    /// word, before any inner comma.
    fn clause_after_preposition(&self, first: usize, at: usize) -> bool {
        let phrase_end = (first + 1..at)
            .find(|&i| self.gap_before(i).contains(','))
            .unwrap_or(at);
        self.word(first).lex.is(Flags::PREPOSITION)
            && !self.word(first).lex.is(Flags::SUBORDINATOR)
            && (first + 1..phrase_end).any(|i| self.is_verb(i) && !self.word(i).is_capitalised())
    }

    /// "One Sunday in late 2001, according to a book, Fiorina sat …": what
    /// stands before the attribution is a short phrase with no verb, and a
    /// clause follows the source's comma (at word `after`).
    fn only_an_opening_adjunct(&self, before: &Range<usize>, after: usize) -> bool {
        let words = words_in(self.doc, before.clone());
        after < self.words.end
            && words.len() <= ADJUNCT_BEFORE_SOURCE_WORDS
            && !words
                .clone()
                .any(|i| self.is_verb(i) || self.word(i).lex.is(Flags::FORM_OF_BE))
    }

    /// What was said around an attribution: before the speaker or verb at
    /// word `at` and, running on, after the attribution's last word `from -
    /// 1` ("This campaign, he says, is different"). A stretch too short to
    /// stand alone or opening with a subordinate clause counts when the
    /// content runs on; after an adjunct ("In a statement, X said, the
    /// plan…") only what runs on was said.
    fn content_around(&self, at: usize, from: usize) -> Option<Range<usize>> {
        if let Some(before) = self.content_before(at) {
            return Some(self.run_on(before, from));
        }
        let first = self.first;
        if !self.gap_before(at).contains(',') || at < first || at - first > REACH {
            return None;
        }
        // "Still, he said, C": only a conjunction before the attribution.
        if at == first {
            return self.run_on_rest(from);
        }
        if self
            .word(first)
            .text
            .starts_with(|c: char| c.is_ascii_digit())
        {
            return None; // a dateline
        }
        let rest = self.run_on_rest(from)?;
        let subordinate = self.word(first).lex.is(Flags::SUBORDINATOR);
        // "Pivoting to deficit reduction too soon, economists say, limited
        // the recovery": a gerund's phrase, the subject of the verb that
        // runs on.
        let rest_first = words_in(self.doc, rest.clone()).start;
        let gerund_subject = self.opens_with_gerund(first)
            && rest_first < self.words.end
            && self.is_verb(rest_first);
        let content = if self.opens_with_adjunct(first) && !subordinate && !gerund_subject {
            rest
        } else {
            self.word(first).start..rest.end
        };
        let words = words_in(self.doc, content.clone());
        (words.len() >= MIN_CONTENT_WORDS).then_some(content)
    }
}

/// Whether a word in lower case ends as a verb in the present's third
/// person may: in -s, not in -ss or -us, of four letters or more.
fn has_present_verb_ending(lower: &str) -> bool {
    lower.len() >= 4 && lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us")
}

/// What follows a speech verb.
#[derive(Debug, Clone, PartialEq, Eq)]
enum After {
    Content(Range<usize>),
    Nothing,
    Quotation,
}

/// A speaker found before its verb.
struct Subject {
    words: Range<usize>,
    /// The speaker follows a comma: "C, X said".
    after_comma: bool,
    /// The phrase set off by commas between the subject and its verb: "the
    /// minister, Fergal Dunne, said", "Jane Doe, the bank's economist, said".
    apposition: Option<Range<usize>>,
    /// The verb is in a relative clause set off by commas ("Jane Doe, who
    /// said C, left"): what was said ends at the clause's comma.
    relative: bool,
    /// The phrase that speaks when it is not the subject's last words:
    /// "Most" in "Most of them said", "Proponents" in "Proponents of the
    /// bill say".
    head: Option<Range<usize>>,
}

/// Whether the text between two words holds a dash that sets off a phrase
/// ("C — an aside", "C - a remark"; not "then-Sen.").
fn is_dash(gap: &str) -> bool {
    gap.contains('\u{2014}') || gap.contains(" - ")
}

/// A dash that may close an aside before a verb, typed double too ("The
/// justice -- who has been … -- said"); inside a content a lone "--" runs
/// on, as PolNeAR's contents do.
fn is_aside_dash(gap: &str) -> bool {
    is_dash(gap) || gap.contains(" -- ")
}

fn is_verb_filler(w: &Word<'_>) -> bool {
    w.lex.is(Flags::VERB_ADVERB) || w.text.ends_with("ly") && !w.is_capitalised()
}

/// The text of a report's content, for a quotation row.
pub fn content_text(doc: &Doc<'_>, report: &Report) -> String {
    doc.body[report.content.clone()].to_string()
}

#[cfg(test)]
mod tests {
    use crate::doc::Doc;
    use crate::speakers::{Resolver, Speaker};

    /// (content, speaker as written, speaker's name or kind, rule shape) of
    /// every report in `body`.
    fn reports(body: &str) -> Vec<(String, String, String)> {
        let paragraphs: Vec<_> = std::iter::once(0..body.len()).collect();
        let doc = Doc::new(body, &paragraphs, None, None, []);
        let people = crate::people::find(&doc);
        let mut resolver = Resolver::new(&doc, &people);
        super::find(&doc, &mut resolver)
            .into_iter()
            .map(|r| {
                let who = match &r.speaker {
                    Speaker::Person(p) => people.people[*p].name.clone(),
                    Speaker::Organisation(o) => format!("org:{o}"),
                    Speaker::Unnamed => "unnamed".to_string(),
                    Speaker::Unknown => "unknown".to_string(),
                };
                (
                    body[r.content].to_string(),
                    r.speaker_text.unwrap_or_default(),
                    who,
                )
            })
            .collect()
    }

    /// Each report of `body`: what was said and who said it, in order.
    fn said(body: &str) -> Vec<(String, String)> {
        reports(body)
            .into_iter()
            .map(|(content, _, who)| (content, who))
            .collect()
    }

    /// `said`, for comparing with a literal list.
    fn pairs(said: &[(String, String)]) -> Vec<(&str, &str)> {
        said.iter().map(|(c, w)| (c.as_str(), w.as_str())).collect()
    }

    fn one(body: &str, content: &str, who: &str) {
        let got = reports(body);
        assert_eq!(got.len(), 1, "{body}\n{got:?}");
        assert_eq!(got[0].0, content, "{body}");
        assert_eq!(got[0].2, who, "{body}");
    }

    fn none(body: &str) {
        let got = reports(body);
        assert!(got.is_empty(), "{body}\n{got:?}");
    }

    /// One report of `content`, its speaker written `written` and resolved
    /// to `who`.
    fn one_as_written(body: &str, content: &str, written: &str, who: &str) {
        assert_eq!(reports(body), [report(content, written, who)], "{body}");
    }

    /// The last report of the sentence, as [`one_as_written`] reads it.
    fn last_as_written(body: &str, content: &str, written: &str, who: &str) {
        let got = reports(body);
        assert_eq!(got.last(), Some(&report(content, written, who)), "{got:?}");
    }

    fn report(content: &str, written: &str, who: &str) -> (String, String, String) {
        (content.to_string(), written.to_string(), who.to_string())
    }

    /// A report inside an opening subordinate clause ends at the clause's
    /// comma, however many words come before the subordinator.
    #[test]
    fn a_report_in_an_opening_clause_ends_with_it() {
        for body in [
            "After Ann Lee announced that the war would not end soon, troops bombed a hospital.",
            "A few weeks after Ann Lee announced that the war would not end soon, troops bombed a hospital.",
        ] {
            one(body, "the war would not end soon", "Ann Lee");
        }
    }

    /// "State media said", "Turkish media reported": the media speak,
    /// unnamed.
    #[test]
    fn the_media_speak_unnamed() {
        one(
            "State media said the plan would fail.",
            "the plan would fail",
            "unnamed",
        );
        one(
            "Turkish media reported that the president repeated his request.",
            "the president repeated his request",
            "unnamed",
        );
    }

    /// "Some say", "Others argued": a quantifier standing alone speaks,
    /// unnamed (it was the person "Others", or nobody).
    #[test]
    fn a_quantifier_standing_alone_speaks_unnamed() {
        for (body, who) in [
            ("Some say the plan would fail next year.", "Some"),
            ("Others argued the plan would fail next year.", "Others"),
            (
                "Most of them said the plan would fail next year.",
                "Most of them",
            ),
        ] {
            one_as_written(body, "the plan would fail next year", who, "unnamed");
        }
    }

    /// A clause or phrase restricting the subject's noun, with no comma:
    /// the noun speaks, not the clause's last noun ("the talks", "the
    /// rally", which ends in "-ly" and is no adverb after "the").
    #[test]
    fn a_restricted_subject_speaks_by_its_noun() {
        for (body, content, written) in [
            (
                "A woman who attended the rally said the plan would fail.",
                "the plan would fail",
                "A woman who attended the rally",
            ),
            (
                "Officials who were briefed on the talks said the plan would fail.",
                "the plan would fail",
                "Officials who were briefed on the talks",
            ),
            (
                "The plan would fail, people familiar with the matter said.",
                "The plan would fail",
                "people familiar with the matter",
            ),
            (
                "Activists hoping to block the plan say it would fail.",
                "it would fail",
                "Activists hoping to block the plan",
            ),
            (
                "Residents attending the meeting said the plan would fail.",
                "the plan would fail",
                "Residents attending the meeting",
            ),
        ] {
            one_as_written(body, content, written, "unnamed");
        }
        // The verb of a coordinated clause is the clause's own.
        none("A boy who stared at a painting and asked who he was left.");
        // A participle that is itself the cue has no phrase restricting a noun.
        none("The meeting began on Monday morning as officials have begun urging calm.");
    }

    /// "by saying C", "after saying C": the sentence's subject said C.
    #[test]
    fn saying_after_by_or_after_is_the_subjects() {
        one(
            "Ann Lee won the vote by saying the tax would fall.",
            "the tax would fall",
            "Ann Lee",
        );
        one(
            "Ann Lee surprised her aides after saying she would skip the debate.",
            "she would skip the debate",
            "Ann Lee",
        );
        // Opening the sentence, the report ends with its clause.
        one(
            "After saying she was nervous about the vote, Ann Lee left the room.",
            "she was nervous about the vote",
            "Ann Lee",
        );
    }

    /// A sentence opened by a quantifier, alone or before its noun, has
    /// a subject that a participle's report belongs to.
    #[test]
    fn saying_after_a_quantified_subject() {
        for (body, who) in [
            (
                "Several Democrats welcomed the vote, saying the result was close.",
                "Several Democrats",
            ),
            (
                "Many welcomed the vote, saying the result was close.",
                "Many",
            ),
        ] {
            one_as_written(body, "the result was close", who, "unnamed");
        }
    }

    /// ", saying C2" after a report inside a clause about a noun is the
    /// sentence subject's, not the clause's.
    #[test]
    fn saying_after_a_relative_clause_report_is_the_subjects() {
        last_as_written(
            "Ann Lee rebuked critics who say she should resign, saying the change would do nothing.",
            "the change would do nothing",
            "Ann Lee",
            "Ann Lee",
        );
    }

    /// ", but agreed that C2": a second verb of the speaker's with its own
    /// content ends the first.
    #[test]
    fn but_and_a_verb_with_its_own_that_ends_the_content() {
        let got = said(
            "Ann Lee said she did not own the aircraft to burnish her brand, but agreed that the fleet had value.",
        );
        assert_eq!(
            pairs(&got).first(),
            Some(&(
                "she did not own the aircraft to burnish her brand",
                "Ann Lee"
            ))
        );
    }

    /// A clause about the content's last noun that runs to the sentence's
    /// end is the writer's; one closed by a comma is inside the content.
    #[test]
    fn a_closing_relative_clause_ends_the_content() {
        one(
            "Ann Lee told the Post she was not ready to back Tom Reed, who faces a primary on Tuesday.",
            "she was not ready to back Tom Reed",
            "Ann Lee",
        );
        one(
            "Ann Lee said Tom Reed, who is 70, was ready to retire.",
            "Tom Reed, who is 70, was ready to retire",
            "Ann Lee",
        );
    }

    /// An aside opened by a participle may end in a quotation before the
    /// verb: the speaker is still the subject before it.
    #[test]
    fn a_quoting_aside_before_the_verb() {
        last_as_written(
            "Jane Doe, citing \u{201c}the unique magic of the place,\u{201d} said the plan could work.",
            "the plan could work",
            "Jane Doe",
            "Jane Doe",
        );
    }

    /// An aside between dashes stands between the subject and its verb as
    /// one between commas does.
    #[test]
    fn an_aside_between_dashes_before_the_verb() {
        one(
            "Ann Joyce \u{2014} who is listed as an attorney but does not practise \u{2014} told the Post he is not planning an appeal.",
            "he is not planning an appeal",
            "Ann Joyce",
        );
        one(
            "Deborah Reynolds - his girlfriend and co-host - told the Post that his views turned around 2002.",
            "his views turned around 2002",
            "Deborah Reynolds",
        );
        one(
            "The minister \u{2014} Fergal Dunne \u{2014} said the plan would fail.",
            "the plan would fail",
            "Fergal Dunne",
        );
        one(
            "The senator -- who has been in a scuffle with the nominee -- said she regretted her remarks.",
            "she regretted her remarks",
            "unnamed",
        );
    }

    /// A phrase after a plain noun does not name the speaker ("Ohio" is
    /// no one); after a document, the body it comes from speaks.
    #[test]
    fn the_noun_before_a_phrase_speaks_and_a_document_for_its_source() {
        one(
            "The plan would fail, said a woman from Ohio.",
            "The plan would fail",
            "unnamed",
        );
        one(
            "The plan would fail, according to a press release from Judicial Watch.",
            "The plan would fail",
            "org:Judicial Watch",
        );
    }

    #[test]
    fn a_relative_clause_with_commas_between_speaker_and_verb() {
        one(
            "Tomas Berg, whose hometown, Lakeview, is projected to flood within decades, argues that the levy will fail.",
            "the levy will fail",
            "Tomas Berg",
        );
        // An aside that opens with a participle is no relative clause.
        one(
            "Greta Lindqvist, speaking to reporters, said the budget would balance.",
            "the budget would balance",
            "Greta Lindqvist",
        );
    }

    #[test]
    fn the_speaker_first_with_or_without_that() {
        one(
            "Finance Minister Greta Lindqvist said the budget would balance by 2026.",
            "the budget would balance by 2026",
            "Greta Lindqvist",
        );
        one(
            "Greta Lindqvist said on Tuesday that the budget would balance by 2026.",
            "the budget would balance by 2026",
            "Greta Lindqvist",
        );
        one(
            "Tomas Berg, the opposition leader, argued that the numbers did not add up.",
            "the numbers did not add up",
            "Tomas Berg",
        );
        one(
            "Ana Ruiz also warned that the river could flood again this winter.",
            "the river could flood again this winter",
            "Ana Ruiz",
        );
    }

    /// What opens with "as", "when" (after any adverb) is how or when it
    /// was said; "if" may open what was said.
    #[test]
    fn the_manner_or_moment_of_saying_is_not_what_was_said() {
        none("Bill Eastland said matter-of-factly as the confetti fluttered down around him.");
        // "when asked about …" is the question put to her, not what she said.
        let got = reports("Jane Doe said when asked about the plan at the meeting.");
        assert_eq!(
            got,
            [(
                "the plan at the meeting".to_string(),
                String::new(),
                "unknown".to_string()
            )]
        );
        one(
            "Jane Doe said if the plan failed the town would sue the operator.",
            "if the plan failed the town would sue the operator",
            "Jane Doe",
        );
    }

    /// After "said X," a noun phrase is X's apposition, a verb runs on.
    #[test]
    fn after_a_name_that_follows_its_verb_only_a_verb_runs_on() {
        one(
            "The union is extremely happy about the decision, said RoseAnn DeMoro, executive director of National Nurses United, a union.",
            "The union is extremely happy about the decision",
            "RoseAnn DeMoro",
        );
        one(
            "This campaign, says Jane Doe, is different from the others.",
            "This campaign, says Jane Doe, is different from the others",
            "Jane Doe",
        );
    }

    /// A pronoun speaks for the person before it, after a conjunction and
    /// contracted with its verb alike.
    #[test]
    fn pronouns_after_but_and_in_contractions() {
        one(
            "Geoff Garin visited the campaign office. But he also said that the attacks had hurt it badly.",
            "the attacks had hurt it badly",
            "Geoff Garin",
        );
        one(
            "Jeb Bush wrote about the measures in an op-ed. He\u{2019}s comparing them to the order on immigration and says Obama is flouting the process.",
            "Obama is flouting the process",
            "Jeb Bush",
        );
    }

    #[test]
    fn the_speaker_after() {
        one(
            "The budget will balance by 2026, Greta Lindqvist said.",
            "The budget will balance by 2026",
            "Greta Lindqvist",
        );
        one(
            "The budget will balance by 2026, said Greta Lindqvist, the finance minister.",
            "The budget will balance by 2026",
            "Greta Lindqvist",
        );
        one(
            "But the plan is dead, Tomas Berg, the opposition leader, said on Monday.",
            "the plan is dead",
            "Tomas Berg",
        );
        // A quotation the attribution interrupts is direct speech, found
        // elsewhere; one that opens a clause of the writer's is not.
        none(
            "\u{201c}The plan is dead,\u{201d} Tomas Berg said, \u{201c}and the town knows it.\u{201d}",
        );
        one(
            "\u{201c}The plan is dead\u{201d} in its present form, Tomas Berg said.",
            "\u{201c}The plan is dead\u{201d} in its present form",
            "Tomas Berg",
        );
        // The name ends before where it was written; a role in lower case
        // may open it.
        one_as_written(
            "The budget will balance by 2026, wrote Greta Lindqvist on Facebook.",
            "The budget will balance by 2026",
            "Greta Lindqvist",
            "Greta Lindqvist",
        );
        one_as_written(
            "The budget will balance by 2026, wrote film director Tomas Berg, her nephew, on Facebook.",
            "The budget will balance by 2026",
            "film director Tomas Berg",
            "Tomas Berg",
        );
    }

    #[test]
    fn according_to_on_either_side() {
        one(
            "According to Greta Lindqvist, the budget will balance by 2026.",
            "the budget will balance by 2026",
            "Greta Lindqvist",
        );
        one(
            "The budget will balance by 2026, according to Greta Lindqvist.",
            "The budget will balance by 2026",
            "Greta Lindqvist",
        );
        none("The budget will balance by 2026, according to a poll by Ipsos.");
        // A short phrase with no verb before the source is the adjunct of
        // the clause after it.
        one(
            "One Sunday in 2001, according to Greta Lindqvist, the board voted to close the plant.",
            "the board voted to close the plant",
            "Greta Lindqvist",
        );
    }

    /// An outlet named short after its full name is that outlet; named
    /// short only, it is the outlet of that name ("the Times" is The
    /// Times).
    #[test]
    fn an_outlet_named_short_is_the_one_named_in_full() {
        let got = reports(
            "The Washington Post first reported the plan. The Post said the budget would not balance. According to the Times, the budget would balance.",
        );
        let who: Vec<&str> = got.iter().map(|r| r.2.as_ref()).collect();
        assert_eq!(who, ["org:The Washington Post", "org:The Times"], "{got:?}");
    }

    /// Data do not speak; a body named after its data does.
    #[test]
    fn a_data_word_in_a_body_s_name_speaks() {
        one(
            "The Census Bureau says the population grew in 2015.",
            "the population grew in 2015",
            "org:Census Bureau",
        );
        one(
            "The Bureau of Labor Statistics said the economy added jobs.",
            "the economy added jobs",
            "org:Bureau of Labor Statistics",
        );
        none("The census says the population grew in 2015.");
        none("The latest Gallup poll says the population grew in 2015.");
        none("The findings point to growing support for the plan among voters.");
    }

    /// The speaker of "according to" runs to its comma, past what
    /// describes it; in mid-sentence what was said comes before.
    #[test]
    fn according_to_a_long_speaker_and_its_descriptions() {
        one(
            "According to law enforcement officials, the account was linked to an older address.",
            "the account was linked to an older address",
            "unnamed",
        );
        one(
            "According to Andrew McCarthy, who prosecuted the bombers, the case was never closed.",
            "the case was never closed",
            "Andrew McCarthy",
        );
        one(
            "According to Andy Smith, director of the survey center, the race is tightening.",
            "the race is tightening",
            "Andy Smith",
        );
        one(
            "Trump is lagging behind Clinton by nine points, according to Jane Doe, who runs the center.",
            "Trump is lagging behind Clinton by nine points",
            "Jane Doe",
        );
    }

    /// What ends a content: the main clause after an opening "while" or
    /// "when" clause, another attribution joined by "and", a second verb
    /// of the speaker's joined by "but".
    #[test]
    fn where_the_content_ends() {
        one(
            "While Jorge Ramos said that journalists cannot have any political affiliation, he appears uneasy about it.",
            "journalists cannot have any political affiliation",
            "Jorge Ramos",
        );
        let got = reports(
            "Tom Berger said he intends to pursue a slot as a delegate, and other party leaders said he is an example of a backer.",
        );
        assert_eq!(
            got[0].0, "he intends to pursue a slot as a delegate",
            "{got:?}"
        );
        one(
            "Kelly Ayotte says she is going to vote for Trump but has withheld her endorsement.",
            "she is going to vote for Trump",
            "Kelly Ayotte",
        );
        // A report inside a clause about a noun ends where the main verb
        // takes over, an adverb before it or not.
        one(
            "The new rules, which officials said will take effect in May, will not apply to farmers.",
            "will take effect in May",
            "unnamed",
        );
        one(
            "Jane Doe, who said she would probably run again, ultimately did not file her papers.",
            "she would probably run again",
            "Jane Doe",
        );
        one(
            "The bill, which Jane Doe said leaves thousands of renters, mostly students, stranded.",
            "leaves thousands of renters, mostly students, stranded",
            "Jane Doe",
        );
    }

    /// Speakers in shapes news writes often: a campaign, a party and state
    /// after the name, a participle after a dash, a long subject before
    /// the content's verb, "because" opening what was said.
    #[test]
    fn more_shapes_of_the_speaker_first() {
        one(
            "He gave paid speeches, but his campaign said he halted all paid speeches since announcing.",
            "he halted all paid speeches since announcing",
            "unnamed",
        );
        one(
            "Committee Chairman Rep. Jason Chaffetz, R-Utah, said the questioning will start with Comey.",
            "the questioning will start with Comey",
            "Jason Chaffetz",
        );
        // Two reports: what was dismissed, and what was said after the dash.
        let got = said(
            "Debbie Wasserman Schultz dismissed the accusations \u{2014} saying the Sanders campaign chose not to accept the help.",
        );
        assert_eq!(
            pairs(&got),
            [
                ("the accusations", "Debbie Wasserman Schultz"),
                (
                    "the Sanders campaign chose not to accept the help",
                    "Debbie Wasserman Schultz"
                )
            ]
        );
        one(
            "The budget office said the higher adjustment in its deficit projections over the coming decade reflected revenue losses.",
            "the higher adjustment in its deficit projections over the coming decade reflected revenue losses",
            "unnamed",
        );
        one(
            "Matthew Swers said because Obama is popular with voters, he is a good surrogate for her.",
            "because Obama is popular with voters, he is a good surrogate for her",
            "Matthew Swers",
        );
        one(
            "The weather bureau says rainfall will ease by Thursday.",
            "rainfall will ease by Thursday",
            "unnamed",
        );
        // A capitalised name whose head is a noun for a body names it.
        one(
            "The Justice Department said the inquiry would close.",
            "the inquiry would close",
            "org:Justice Department",
        );
        one(
            "Senior Pentagon officials said the inquiry would close.",
            "the inquiry would close",
            "unnamed",
        );
        // The words before "of" or "in" speak; an adverb before the verb.
        one(
            "Most of the workers said they had loved their jobs.",
            "they had loved their jobs",
            "unnamed",
        );
        one(
            "Proponents of the new bill say it would keep the safeguards in place.",
            "it would keep the safeguards in place",
            "unnamed",
        );
        one(
            "Six in 10 said they want the next president to continue those policies.",
            "they want the next president to continue those policies",
            "unnamed",
        );
        one(
            "Supporters of Jane Doe say she will run again.",
            "she will run again",
            "unnamed",
        );
        one(
            "Jane Doe has long said that she will support the nominee.",
            "she will support the nominee",
            "Jane Doe",
        );
        // The progressive, and a second verb after "then".
        one(
            "Jane Doe is now saying the vote was rigged.",
            "the vote was rigged",
            "Jane Doe",
        );
        one(
            "Jane Doe offered the man a job, then said he would welcome advice from anyone.",
            "he would welcome advice from anyone",
            "Jane Doe",
        );
    }

    /// Addressees of several words ("cheering supporters", "host Sean
    /// Hannity"), and the clause after them.
    #[test]
    fn addressees_of_several_words_and_what_follows_them() {
        one(
            "Jane Doe told ABC\u{2019}s \u{201c}Morning Show\u{201d} that the plan would fail.",
            "the plan would fail",
            "Jane Doe",
        );
        one(
            "Jane Doe has told friends since the spring, at dinners and in private, that she will run.",
            "she will run",
            "Jane Doe",
        );
        one(
            "Jane Doe told cheering supporters that the arc could happen anywhere.",
            "the arc could happen anywhere",
            "Jane Doe",
        );
        one(
            "Jane Doe told host Sean Hannity a loss is increasingly likely.",
            "a loss is increasingly likely",
            "Jane Doe",
        );
        one(
            "Jane Doe blasted Roe, telling conservative radio host Laura Ingraham that Roe had opposed the bill.",
            "Roe had opposed the bill",
            "Jane Doe",
        );
        // "this" opens the clause; it is a word of time only before one.
        one(
            "Jane Doe told reporters this was the only chance to pass the bill.",
            "this was the only chance to pass the bill",
            "Jane Doe",
        );
        one(
            "Jane Doe said this week that the plan failed.",
            "the plan failed",
            "Jane Doe",
        );
        // A clause of condition and its main clause, a pronoun's verb
        // that is no attribution.
        one(
            "Jane Doe said that if the plan were a stock, she would advise buying it.",
            "if the plan were a stock, she would advise buying it",
            "Jane Doe",
        );
        // A contracted pronoun opens what was told; a subordinate clause
        // after the addressee is the scene.
        one(
            "Jane Doe told the National Post he\u{2019}s already received hundreds of emails.",
            "he\u{2019}s already received hundreds of emails",
            "Jane Doe",
        );
        one(
            "This is not about me, Jane Doe told her advisers as she worked on the speech.",
            "This is not about me",
            "Jane Doe",
        );
    }

    /// What follows a content is not always more of it: the writer's
    /// remark ("compared with", "a practice that"), the scene after the
    /// attribution ("…, she said, as …"); after "…, told X" X heard it.
    #[test]
    fn remarks_scenes_and_addressees_after_a_content() {
        one(
            "Jane Doe said voters had a positive view of the plan, compared with 33 percent last month.",
            "voters had a positive view of the plan",
            "Jane Doe",
        );
        one(
            "She said Arizona was the first state to require proof of citizenship, a practice that Kansas adopted.",
            "Arizona was the first state to require proof of citizenship",
            "unknown",
        );
        one(
            "The legend of the gym will live on, Ana Ruiz said, as a few young fighters worked out inside.",
            "The legend of the gym will live on",
            "Ana Ruiz",
        );
        one(
            "We were wrong to not confront him from the beginning, Ramos, 58, told AFP in an interview.",
            "We were wrong to not confront him from the beginning",
            "Ramos",
        );
    }

    /// Subjects that run long or count people, a present-tense verb in
    /// the content, a content opening with a preposition.
    #[test]
    fn counted_speakers_present_verbs_and_prepositions() {
        one(
            "By big margins, those surveyed say the economy should be the first priority.",
            "the economy should be the first priority",
            "unnamed",
        );
        one(
            "Almost half said they wanted a nominee from outside the establishment.",
            "they wanted a nominee from outside the establishment",
            "unnamed",
        );
        one(
            "Digital experts said social media success depends on authenticity.",
            "social media success depends on authenticity",
            "unnamed",
        );
        // A gerund's phrase as the subject of what was said.
        one(
            "Jon Tester said having Trump at the top of the ticket puts even senior Republicans at risk.",
            "having Trump at the top of the ticket puts even senior Republicans at risk",
            "Jon Tester",
        );
        one(
            "The government says Berg runs a network of shell companies.",
            "Berg runs a network of shell companies",
            "unnamed",
        );
        one(
            "Tomas Berg said on Tuesday, however, that the plan was dead.",
            "the plan was dead",
            "Tomas Berg",
        );
        one(
            "Tomas Berg said, in an interview with the Ledger, that the plan was dead.",
            "the plan was dead",
            "Tomas Berg",
        );
        one(
            "Tomas Berg says, win or lose in the primary, he is staying in the race.",
            "win or lose in the primary, he is staying in the race",
            "Tomas Berg",
        );
        one(
            "The count was wrong this week, as first reported by the Ledger on Tuesday.",
            "The count was wrong this week",
            "org:Ledger",
        );
        one(
            "The count was wrong, law enforcement officials say.",
            "The count was wrong",
            "unnamed",
        );
        one(
            "The police reported at least six people were hurt.",
            "at least six people were hurt",
            "unnamed",
        );
        one(
            "Around 30 to 70 people would show up to each event, Tom Stovall said.",
            "Around 30 to 70 people would show up to each event",
            "Tom Stovall",
        );
        none("In a statement on Monday, Tom Stovall said nothing.");
    }

    /// A document speaks for its possessor; a passive for its agent; a
    /// name may hold "of".
    #[test]
    fn documents_passives_and_names_with_of() {
        one(
            "Jane Doe spoke on Monday. Jane Doe's lawsuit argued that the council had broken its own rules.",
            "the council had broken its own rules",
            "Jane Doe",
        );
        one(
            "The Department of Education's letter said the funds would be withheld.",
            "the funds would be withheld",
            "org:Department of Education",
        );
        one(
            "The Hollywood Chamber of Commerce said that it will not remove the star.",
            "it will not remove the star",
            "org:Hollywood Chamber of Commerce",
        );
        one(
            "The Organization for Economic Cooperation and Development said wages had risen.",
            "wages had risen",
            "org:Organization for Economic Cooperation and Development",
        );
        one(
            "It was announced by the ministry that the border would reopen next week.",
            "the border would reopen next week",
            "unnamed",
        );
    }

    /// Questions ("asked whether", "asked how") and verbs of several words
    /// ("pointed out", "made it clear") report speech; "X was asked
    /// whether" and "Asked whether C, X said" are questions by no one
    /// named.
    #[test]
    fn questions_and_verbs_of_several_words() {
        one(
            "Jane Doe also asked how the council would pay for the bridge.",
            "how the council would pay for the bridge",
            "Jane Doe",
        );
        one(
            "Tomas Berg asked on Monday why the plan had cost so much.",
            "why the plan had cost so much",
            "Tomas Berg",
        );
        let got = reports(
            "Asked whether the plan would survive the vote, Tomas Berg said he did not know.",
        );
        assert_eq!(
            got.first(),
            Some(&(
                "whether the plan would survive the vote".to_string(),
                String::new(),
                "unknown".to_string()
            )),
            "{got:?}"
        );
        one(
            "Tomas Berg has been repeatedly asked whether the plan would survive the vote.",
            "whether the plan would survive the vote",
            "unknown",
        );
        one(
            "Jane Doe asked whether the council had considered the cost.",
            "whether the council had considered the cost",
            "Jane Doe",
        );
        one(
            "Tomas Berg asked reporters if the plan would survive the vote.",
            "if the plan would survive the vote",
            "Tomas Berg",
        );
        // Whom it was asked of, over several words; the request with it.
        one(
            "Jane Doe asked former Attorney General Eric Holder whether he had thoughts on the case.",
            "whether he had thoughts on the case",
            "Jane Doe",
        );
        one(
            "The council asked a federal judge to block the rules.",
            "a federal judge to block the rules",
            "unnamed",
        );
        // A possessive's noun is no one asked: "questions X's ties to" is
        // no request.
        none("Jane Doe questions Tomas Berg\u{2019}s ties to super PACs.");
        // The question ends with the clause it opens.
        one(
            "Last month, when I asked Tomas Berg if he would run, he looked away.",
            "if he would run",
            "unknown",
        );
        one(
            "Tomas Berg was asked whether the plan would survive the vote.",
            "whether the plan would survive the vote",
            "unknown",
        );
        // A question put to the subject: about what, or what was asked
        // of it, past words of time and place; by the asker the sentence
        // names, or by no one.
        let got =
            said("Asked at a briefing on Monday about the bridge, Tomas Berg said it was safe.");
        assert_eq!(
            pairs(&got),
            [("the bridge", "unknown"), ("it was safe", "Tomas Berg")]
        );
        let got =
            said("When asked by Jane Doe about the cost of the bridge, Tomas Berg said nothing.");
        assert_eq!(pairs(&got), [("the cost of the bridge", "Jane Doe")]);
        one(
            "Tomas Berg had been asked to keep the records by Jane Doe.",
            "to keep the records",
            "Jane Doe",
        );
        one(
            "Tomas Berg was asked to reply by Monday.",
            "to reply by Monday",
            "unknown",
        );
        one(
            "Tomas Berg asked for a recount of the ballots in three counties.",
            "a recount of the ballots in three counties",
            "Tomas Berg",
        );
        one(
            "Jane Doe asked the council to delay the vote.",
            "the council to delay the vote",
            "Jane Doe",
        );
        none("Jane Doe asked the council to Paris for the summit.");
        one(
            "Jane Doe pointed out that the council had never considered the cost.",
            "the council had never considered the cost",
            "Jane Doe",
        );
        one(
            "The budget will not balance this year, Tomas Berg made it clear.",
            "The budget will not balance this year",
            "Tomas Berg",
        );
    }

    /// "C, X told a Senate panel": the addressee is passed over; "telling
    /// Y that “…” and that …": a quotation after "that" opens a content
    /// that runs on past it.
    #[test]
    fn told_after_the_content_and_a_quotation_opening_a_content() {
        one(
            "This includes a special force to assist the Peshmerga, Tomas Berg told a Senate panel.",
            "This includes a special force to assist the Peshmerga",
            "Tomas Berg",
        );
        let got = said(
            "Ben Carson defended his campaign on Sunday, telling George Stephanopoulos that \u{201c}we tell the truth\u{201d} and that he had seen support from voters.",
        );
        assert_eq!(
            pairs(&got),
            [
                ("his campaign on Sunday", "Ben Carson"),
                (
                    "\u{201c}we tell the truth\u{201d} and that he had seen support from voters",
                    "Ben Carson"
                )
            ]
        );
        // After "that", a whole quotation is reported too (with the
        // quotation, a partial one, inside it), and runs on as written.
        one(
            "Ben Carson said that \u{201c}we tell the truth and we deal with the issues.\u{201d}",
            "\u{201c}we tell the truth and we deal with the issues.\u{201d}",
            "Ben Carson",
        );
    }

    /// "(D-Mo.)" after a senator's name is a party and a state.
    #[test]
    fn a_party_and_state_is_not_a_speaker() {
        one(
            "Sen. Claire McCaskill (D-Mo.) said the law would survive the court.",
            "the law would survive the court",
            "Claire McCaskill",
        );
        one(
            "Lindsey Graham, R-S.C., a long-shot candidate, said Obama is overselling the gains.",
            "Obama is overselling the gains",
            "Lindsey Graham",
        );
    }

    #[test]
    fn telling_someone_and_the_addressee_is_not_the_speaker() {
        one(
            "Greta Lindqvist told reporters the budget would balance by 2026.",
            "the budget would balance by 2026",
            "Greta Lindqvist",
        );
        one(
            "Greta Lindqvist told Tomas Berg that the budget would balance by 2026.",
            "the budget would balance by 2026",
            "Greta Lindqvist",
        );
    }

    #[test]
    fn contracted_negatives_present_verbs_after_names_and_groups() {
        one(
            "He said members of the court shouldn't weigh in on elections.",
            "members of the court shouldn't weigh in on elections",
            "unknown",
        );
        one(
            "Josh Earnest said Obama enjoys the chance to speak at the dinner.",
            "Obama enjoys the chance to speak at the dinner",
            "Josh Earnest",
        );
        one(
            "Democrats say the move will reduce poverty.",
            "the move will reduce poverty",
            "unnamed",
        );
    }

    #[test]
    fn the_object_of_a_verb_of_accusing_praising_or_calling() {
        one(
            "Jane Doe accused the council of hiding the figures.",
            "the council of hiding the figures",
            "Jane Doe",
        );
        // After a phrase of time that opens the sentence; "call on", "called to".
        one(
            "On Tuesday, Jane Doe praised the firefighters for their work.",
            "the firefighters for their work",
            "Jane Doe",
        );
        one(
            "Jane Doe called on the minister to resign at once.",
            "the minister to resign at once",
            "Jane Doe",
        );
        one(
            "Jane Doe has called to reject the plan outright.",
            "to reject the plan outright",
            "Jane Doe",
        );
        none("Jane Doe called to the crowd.");
        // In the progressive too; the passive gives a name.
        one(
            "Jane Doe is calling for the council to take a stronger role.",
            "the council to take a stronger role",
            "Jane Doe",
        );
        one(
            "Voters are calling on the mayor to remake the police department.",
            "the mayor to remake the police department",
            "unnamed",
        );
        none("The plan was called a disgrace.");
        // A quotation after the object is a partial one inside the report.
        one(
            "Jane Doe called it \u{201c}the least bad option.\u{201d}",
            "it \u{201c}the least bad option.\u{201d}",
            "Jane Doe",
        );
        one(
            "The mayor criticized Greta Lindqvist for the delay, and the council agreed.",
            "Greta Lindqvist for the delay",
            "unnamed",
        );
        one(
            "Greta Lindqvist called for a recount of the ballots.",
            "a recount of the ballots",
            "Greta Lindqvist",
        );
        // The object ends before a clause of the writer's: a subordinate
        // or participle clause after a comma, a second verb of the
        // speaker's; not inside a list.
        one(
            "Greta Lindqvist called for a recount of the ballots, even though the count was over.",
            "a recount of the ballots",
            "Greta Lindqvist",
        );
        one(
            "Greta Lindqvist called for a recount, declaring the count flawed.",
            "a recount",
            "Greta Lindqvist",
        );
        one(
            "Greta Lindqvist called her son her hero before explaining why she forgave him.",
            "her son her hero",
            "Greta Lindqvist",
        );
        one(
            "Ana Ruiz called the deal \u{201c}a disgrace\u{201d} and ranked it among the worst.",
            "the deal \u{201c}a disgrace\u{201d}",
            "Ana Ruiz",
        );
        one(
            "Ana Ruiz also questioned the mayor's judgment.",
            "the mayor's judgment",
            "Ana Ruiz",
        );
        one(
            "Ana Ruiz rejected suggestions that the plan had been rushed.",
            "suggestions that the plan had been rushed",
            "Ana Ruiz",
        );
        one(
            "Ana Ruiz praised Tom Berg, an heir to a shipping fortune.",
            "Tom Berg",
            "Ana Ruiz",
        );
        one(
            "Ana Ruiz praised the council for building roads, fixing bridges and keeping schools open.",
            "the council for building roads, fixing bridges and keeping schools open",
            "Ana Ruiz",
        );
        let got = said(
            "Ana Ruiz spoke on Monday, calling the plan a disgrace and threatening to sue the council.",
        );
        assert_eq!(
            pairs(&got),
            [
                ("the plan a disgrace", "Ana Ruiz"),
                ("to sue the council", "Ana Ruiz")
            ]
        );
        one(
            "Ana Ruiz spoke on Monday, calling the plan a disgrace.",
            "the plan a disgrace",
            "Ana Ruiz",
        );
        one(
            "Greta Lindqvist spoke to reporters about the cost of the bridge.",
            "the cost of the bridge",
            "Greta Lindqvist",
        );
        one(
            "Ana Ruiz referred to the plan as a disgrace.",
            "the plan as a disgrace",
            "Ana Ruiz",
        );
        // A name given, a phrasal verb, a passive, whom one spoke to: no speech.
        none("Ana Ruiz spoke to reporters outside the court.");
        none("She joined a group called Citizens for Reform last year.");
        none("Ana Ruiz called off the strike on Monday.");
        none("Ana Ruiz was criticized for the delay.");
    }

    #[test]
    fn an_opening_as_clause_names_the_speaker() {
        one(
            "As the Daily Ledger reported, the council spent twice its budget.",
            "the council spent twice its budget",
            "org:Daily Ledger",
        );
        one(
            "As reported by Greta Lindqvist, the council spent twice its budget.",
            "the council spent twice its budget",
            "Greta Lindqvist",
        );
        none("As in other states, the council spent twice its budget.");
        // After a first clause and "and"; not when "and" follows it.
        one(
            "The rules are strict, and as Greta Lindqvist noted, officials could still be punished.",
            "officials could still be punished",
            "Greta Lindqvist",
        );
        let got = said("The rules are strict, as Greta Lindqvist noted, and the officials left.");
        assert!(got.iter().all(|(c, _)| !c.starts_with("and")), "{got:?}");
    }

    #[test]
    fn pronouns_and_unnamed_speakers() {
        let got = reports(
            "Greta Lindqvist spoke on Monday. She said the budget would balance by 2026. Officials said the figures were being checked.",
        );
        let who: Vec<&str> = got.iter().map(|r| r.2.as_ref()).collect();
        assert_eq!(who, ["Greta Lindqvist", "unnamed"], "{got:?}");
    }

    /// A pronoun continues the latest sentence's subject, not whoever was
    /// named last.
    #[test]
    fn a_pronoun_stands_for_the_latest_subject() {
        one(
            "Tomas Berg met Jonas Lind on Monday. He said the plan would work.",
            "the plan would work",
            "Tomas Berg",
        );
        one(
            "Tomas Berg spoke first. The next day, Jonas Lind met with Tomas Berg. He said the plan would fail.",
            "the plan would fail",
            "Jonas Lind",
        );
    }

    /// A plain noun before the role is part of the speaker's words: "the
    /// school spokesman", "a Cairo airport official".
    #[test]
    fn an_unnamed_speaker_with_a_noun_before_the_role() {
        let got = reports(
            "He had been completing his second year, the school spokesman said. The pilot was kind, a Cairo airport official told reporters. The plan failed, union leaders said. The plan passed, a move critics said would hurt engineers.",
        );
        let speakers: Vec<(&str, &str)> =
            got.iter().map(|r| (r.1.as_ref(), r.2.as_ref())).collect();
        assert_eq!(
            speakers,
            [
                ("the school spokesman", "unnamed"),
                ("a Cairo airport official", "unnamed"),
                ("union leaders", "unnamed"),
                ("critics", "unnamed")
            ],
            "{got:?}"
        );
    }

    #[test]
    fn not_reported_speech() {
        none("The said property was sold in 2019 for a large sum of money.");
        // A participle after a preposition or a quantifier qualifies a noun.
        none("The group spent $768,000 in reported attacks on the council last year.");
        none("Forty percent of all reported contributions came from three donors.");
        none("Greta Lindqvist did not say whether the budget would balance.");
        none("Will Greta Lindqvist say that the budget balances?");
        none("Greta Lindqvist may say that the budget will balance next year.");
        none("In a statement, Greta Lindqvist said: \"The budget will balance.\"");
        none("\"The budget will balance by 2026,\" Greta Lindqvist said.");
        none("Greta Lindqvist posted a photo of the harbour on Monday.");
        // A word in -ed after a preposition or a determiner is no verb.
        none("Greta Lindqvist maintained an energetic pace into advanced age.");
        none("Greta Lindqvist announced her run with the expected fanfare.");
        // A quotation, its speaker's name and a description missing its
        // second comma: the quotation is the speaker's, not a report.
        none(
            "\"We asked for a wider span, and they listened,\" Patrick Brennan, a local resident said.",
        );
    }

    #[test]
    fn content_running_on_past_its_attribution_or_stopped_by_a_second_clause() {
        one(
            "Those who now have the right to vote, Ana Ruiz said, must still register to do so.",
            "Those who now have the right to vote, Ana Ruiz said, must still register to do so",
            "Ana Ruiz",
        );
        one(
            "Greta Lindqvist said the audit was complete, but she left the council meeting early.",
            "the audit was complete",
            "Greta Lindqvist",
        );
        one(
            "Greta Lindqvist said the audit was complete, while others disagreed.",
            "the audit was complete",
            "Greta Lindqvist",
        );
        one(
            "Greta Lindqvist said the audit, while late, was complete.",
            "the audit, while late, was complete",
            "Greta Lindqvist",
        );
        one(
            "Greta Lindqvist said the audit was led by Tom Berg, a lawyer from Oslo.",
            "the audit was led by Tom Berg",
            "Greta Lindqvist",
        );
        one(
            "Greta Lindqvist said the audit was a failure, a waste and a scandal.",
            "the audit was a failure, a waste and a scandal",
            "Greta Lindqvist",
        );
        let got = reports(
            "Greta Lindqvist presented the budget on Monday, saying the figures had been checked twice.",
        );
        assert_eq!(
            got,
            [(
                "the figures had been checked twice".to_string(),
                "Greta Lindqvist".to_string(),
                "Greta Lindqvist".to_string()
            )]
        );
    }

    #[test]
    fn coordinated_verbs_report_one_content_each_by_one_speaker() {
        let got = said(
            "Greta Lindqvist said the audit was complete and claimed the council had approved it.",
        );
        assert_eq!(
            pairs(&got),
            [
                ("the audit was complete", "Greta Lindqvist"),
                ("the council had approved it", "Greta Lindqvist")
            ]
        );
        // Without a report before it, "and warned" has no speaker to share.
        none("The storm and warned residents stayed home.");
    }

    #[test]
    fn a_quoted_fragment_that_ends_the_sentence_lies_within_the_content() {
        one(
            "Ana Ruiz said the harbour plan \u{201c}should be dropped.\u{201d}",
            "the harbour plan \u{201c}should be dropped.\u{201d}",
            "Ana Ruiz",
        );
    }

    #[test]
    fn a_paraphrase_with_a_quoted_fragment_is_reported_speech() {
        one(
            "Tomas Berg said the plan was \"deeply flawed\" and would cost jobs.",
            "the plan was \"deeply flawed\" and would cost jobs",
            "Tomas Berg",
        );
    }

    #[test]
    fn curly_apostrophes_and_contracted_pronouns_open_a_clause() {
        one(
            "Tomas Berg said stocks aren\u{2019}t a good investment right now.",
            "stocks aren\u{2019}t a good investment right now",
            "Tomas Berg",
        );
        one(
            "Tomas Berg says he\u{2019}s open to running again in the future.",
            "he\u{2019}s open to running again in the future",
            "Tomas Berg",
        );
        one(
            "Ana Ruiz said they're ready to vote on the plan.",
            "they're ready to vote on the plan",
            "Ana Ruiz",
        );
        // Irregular past forms mark a clause as "-ed" does.
        one(
            "Ana Ruiz said contractors eventually built a cushion into their bids.",
            "contractors eventually built a cushion into their bids",
            "Ana Ruiz",
        );
        none("Ana Ruiz said grace before the long dinner at home.");
    }

    #[test]
    fn plural_nouns_and_shares_of_people_speak() {
        // Capitalised only because it opens the sentence.
        one(
            "Firefighters said the blaze was under control by noon.",
            "the blaze was under control by noon",
            "unnamed",
        );
        one(
            "Fact-checkers said the claim about the budget was false.",
            "the claim about the budget was false",
            "unnamed",
        );
        one(
            "Almost half of respondents said the party has become more hostile.",
            "the party has become more hostile",
            "unnamed",
        );
        one(
            "A third of independents, 33%, say they feel that way.",
            "they feel that way",
            "unnamed",
        );
        one(
            "Several candidates, including Tomas Berg, said the country should close its border.",
            "the country should close its border",
            "unnamed",
        );
        // A capitalised adjective qualifies the group that speaks.
        one(
            "Environmental groups welcomed the closure but said the timetable was too slow.",
            "the timetable was too slow",
            "unnamed",
        );
        one(
            "Republican lawmakers passed the bill, saying it would cut costs.",
            "it would cut costs",
            "unnamed",
        );
        // An adverb is no speaker.
        none("He always says the plan will work out fine.");
    }

    #[test]
    fn a_subject_no_list_knows_speaks_after_its_determiner() {
        one(
            "Another delegate said he was only leaning toward Cruz.",
            "he was only leaning toward Cruz",
            "unnamed",
        );
        one(
            "The Supreme Court justice said she regretted her remarks.",
            "she regretted her remarks",
            "unnamed",
        );
        one(
            "The delegate, Jim Poolman, told reporters he was undecided.",
            "he was undecided",
            "Jim Poolman",
        );
        one(
            "Ford itself said the deal was on.",
            "the deal was on",
            "org:Ford",
        );
        // A verb of saying that may be a noun does not take such a subject.
        none("The roll call vote will begin the night.");
        none("The town boasts just the one small supermarket.");
        none("The phone remarks are turning people into misogynists.");
    }

    #[test]
    fn the_name_opening_the_sentence_speaks_over_its_descriptions() {
        one(
            "Michael Brandt, associate professor of history at the University of Nevada-Las Vegas, said the state would vote early.",
            "the state would vote early",
            "Michael Brandt",
        );
        one(
            "Rep. Sander Levin (Mich.), a superdelegate supporting Clinton, said the party would unite.",
            "the party would unite",
            "Sander Levin",
        );
        one(
            "Geoff Garin, a pollster who works with Priorities USA, a pro-Clinton group, said the race was close.",
            "the race was close",
            "Geoff Garin",
        );
        // A list of names is no one name.
        let got = reports("Ted Cruz, Marco Rubio and John Kasich said the plan would fail.");
        assert!(got.iter().all(|r| r.2 != "Ted Cruz"), "{got:?}");
    }

    #[test]
    fn the_opening_conjunction_is_no_part_of_the_speaker_s_words() {
        let got = reports("Greta Lindqvist spoke. But Lindqvist said the budget would balance.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "Lindqvist");
        assert_eq!(got[0].2, "Greta Lindqvist");
    }

    #[test]
    fn her_statement_is_hers() {
        one(
            "Greta Lindqvist spoke first. Her statement said the company would appeal.",
            "the company would appeal",
            "Greta Lindqvist",
        );
    }

    #[test]
    fn a_spokesperson_for_a_named_body_is_the_body_s_voice() {
        one(
            "A spokesman for Acme Corp said the plant would close.",
            "the plant would close",
            "org:Acme Corp",
        );
        let got = reports("A spokesman for Acme Corp said the plant would close.");
        assert_eq!(got[0].1, "A spokesman for Acme Corp");
        // Not a person's, nor an unnamed body's.
        one(
            "Tomas Berg left. A spokesman for Tomas Berg said the plant would close.",
            "the plant would close",
            "unnamed",
        );
        one(
            "A spokesman for the council said the plant would close.",
            "the plant would close",
            "unnamed",
        );
    }

    #[test]
    fn a_body_named_after_a_nation_or_its_colour_is_a_body() {
        one(
            "The White House said the president would veto the bill.",
            "the president would veto the bill",
            "org:White House",
        );
        one(
            "The French Foreign Ministry said the embassy would stay open.",
            "the embassy would stay open",
            "org:French Foreign Ministry",
        );
        // Initials after "the", though "Acu" is a given name.
        one(
            "The ACU said the vote was a disgrace.",
            "the vote was a disgrace",
            "org:ACU",
        );
        one(
            "The U.S. said the vote was a disgrace.",
            "the vote was a disgrace",
            "unknown",
        );
        // A place speaks on its own, not at the end of a longer phrase.
        one(
            "Iran said it did not know his whereabouts.",
            "it did not know his whereabouts",
            "org:Iran",
        );
        let got =
            reports("Staff for the House Select Committee on Benghazi said the report was late.");
        assert!(got.iter().all(|r| r.2 != "org:Benghazi"), "{got:?}");
        // One of a party's members is no body.
        for member in ["South Carolina Republican", "Wisconsin Republican"] {
            one(
                &format!("The {member} said the probe could not go on."),
                "the probe could not go on",
                "unknown",
            );
        }
    }

    #[test]
    fn the_department_is_the_department_the_article_named() {
        let got = reports(
            "The Labor Department released the figures on Monday. The department said the rule would help nine million workers.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2, "org:Labor Department");
        assert_eq!(got[0].1, "The department");
        let got = reports(
            "The Illinois Board of Elections met on Monday. The board said the candidate was eligible.",
        );
        assert_eq!(got[0].2, "org:Illinois Board of Elections");
        // None named: a body left unnamed.
        one(
            "The department said the rule would help workers.",
            "the rule would help workers",
            "unnamed",
        );
    }

    #[test]
    fn an_adverbial_after_told_that_is_what_was_said() {
        one(
            "Tomas Berg told CNN that during his talks with Fox he received an apology.",
            "during his talks with Fox he received an apology",
            "Tomas Berg",
        );
    }

    #[test]
    fn a_known_outlet_is_no_person() {
        // Not a person "Toronto Star" holding the role of mayor.
        let got = reports("According to the Toronto Star, the mayor resigned.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_ne!(got[0].2, "Toronto Star");
    }

    #[test]
    fn several_people_named_together_are_no_one_of_them() {
        for subject in [
            "Bill Weld and Gary Johnson",
            "Ben Carson, Carly Fiorina and Mike Huckabee",
        ] {
            let got = reports(&format!("{subject} said the race was open."));
            assert_eq!(got.len(), 1, "{got:?}");
            assert_eq!(got[0].2, "unknown", "{subject}");
        }
        // One person and a description of another: still hers.
        one(
            "Jane Doe, a friend of John Roe, said the race was open.",
            "the race was open",
            "Jane Doe",
        );
    }

    #[test]
    fn someone_speaks_unnamed_and_nobody_does_not_speak() {
        one(
            "Everyone said the plan would fail.",
            "the plan would fail",
            "unnamed",
        );
        one(
            "Someone told reporters that the plan would fail.",
            "the plan would fail",
            "unnamed",
        );
        none("Nobody said the plan would fail.");
    }

    #[test]
    fn a_commitment_reports_its_infinitive() {
        one(
            "Clinton has vowed to work to repeal the Hyde Amendment, a longstanding federal provision.",
            "to work to repeal the Hyde Amendment",
            "Clinton",
        );
        one(
            "The mayor's campaign pledged Tuesday to remain in the race until June.",
            "to remain in the race until June",
            "unnamed",
        );
        one(
            "Tomas Berg threatened to sue the council.",
            "to sue the council",
            "Tomas Berg",
        );
        one(
            "Tomas Berg promised that the road would reopen.",
            "the road would reopen",
            "Tomas Berg",
        );
        // Not an infinitive, or a threat that says nothing.
        none("Tomas Berg promised to the voters a new deal.");
        none("The flood threatened the harvest across the valley.");
    }

    #[test]
    fn words_between_the_speaker_and_the_verb() {
        one(
            "Party spokesman Tomas Berg on Thursday evening said the party was not in a crisis, and urged calm.",
            "the party was not in a crisis",
            "Tomas Berg",
        );
        one(
            "Senator Greta Lindqvist (D-Minn.) said she will publish her health records.",
            "she will publish her health records",
            "Greta Lindqvist",
        );
        one(
            "Lance Beebe, 49, a Navy veteran who now works for the Air Force, said the base should stay open.",
            "the base should stay open",
            "Lance Beebe",
        );
        one(
            "Ana Ruiz, at a town hall in Columbus, Ohio, said the base should stay open.",
            "the base should stay open",
            "Ana Ruiz",
        );
        one(
            "The new plans will not solve this, Ana Ruiz, secretary for population, refugees, and migration, said on the call.",
            "The new plans will not solve this",
            "Ana Ruiz",
        );
        // A quotation before "said X" is direct speech; the speaker is not
        // looked for inside it.
        none(
            "\"The plans will fail, as they always do,\" said Ana Ruiz, a broker in Tampa, who sells farms.",
        );
    }

    #[test]
    fn phrases_of_place_and_time_before_what_was_said() {
        one(
            "Greta Lindqvist argued during Saturday\u{2019}s debate that she could balance the budget.",
            "she could balance the budget",
            "Greta Lindqvist",
        );
        one(
            "The union said in a statement Thursday night they pulled the listing from the site.",
            "they pulled the listing from the site",
            "unnamed",
        );
        // "that" opening a relative clause is no complement.
        none(
            "Officials reported at least 20 victims at a nonprofit center that works with the disabled.",
        );
    }

    #[test]
    fn content_around_a_short_or_adjunct_opening() {
        one(
            "This campaign, he says, is different.",
            "This campaign, he says, is different",
            "unknown",
        );
        one(
            "In all, though, the justices are doing what they can, Professor Ana Ruiz said.",
            "In all, though, the justices are doing what they can",
            "Ana Ruiz",
        );
        one(
            "On top of that, opponents say, the wage increase will raise prices for consumers.",
            "the wage increase will raise prices for consumers",
            "unnamed",
        );
        one(
            "If the law has never been tested, Ana Ruiz said, there is a simple explanation.",
            "If the law has never been tested, Ana Ruiz said, there is a simple explanation",
            "Ana Ruiz",
        );
        // A sentence adverb, or a conjunction, is no content of its own.
        one(
            "Instead, she said, her boss told her he had booked a room.",
            "her boss told her he had booked a room",
            "unknown",
        );
        one(
            "Still, he said, officials have to decide who gets extra scrutiny.",
            "officials have to decide who gets extra scrutiny",
            "unknown",
        );
        one(
            "But, Ana Ruiz said, the council will vote again.",
            "the council will vote again",
            "Ana Ruiz",
        );
        // A clause after the attribution may open with a name.
        one(
            "In Miami, Mr. Regalado said, Mr. Trump is seen as a bully.",
            "Mr. Trump is seen as a bully",
            "Regalado",
        );
        // "Now there is …" opens the content; no comma sets "now" off.
        one(
            "Now there is some discomfort with the plan, he said.",
            "Now there is some discomfort with the plan",
            "unknown",
        );
        // A gerund's phrase is a subject, not an adjunct, when its verb
        // follows; an adjunct is not what was said.
        one(
            "Seeing his brother suffer led him to avoid alcohol, he said.",
            "Seeing his brother suffer led him to avoid alcohol",
            "unknown",
        );
        one(
            "Riding alone in the park, they said, can be hazardous.",
            "Riding alone in the park, they said, can be hazardous",
            "unknown",
        );
        one(
            "Speaking to reporters on Monday, Jane Doe said the plan would fail.",
            "the plan would fail",
            "Jane Doe",
        );
        // "these" and "those" open the speaker's phrase.
        let got = reports("Mrs. Clinton, these people said, would be open to other measures.");
        assert_eq!(
            got,
            [(
                "Mrs. Clinton, these people said, would be open to other measures".to_string(),
                "these people".to_string(),
                "unnamed".to_string()
            )]
        );
        // Two groups joined speak as one.
        let got = reports("Her advisers and allies say she will run again.");
        assert_eq!(
            got,
            [(
                "she will run again".to_string(),
                "Her advisers and allies".to_string(),
                "unnamed".to_string()
            )]
        );
        let got = reports("The plan is dead, teachers and union officials said.");
        assert_eq!(
            got,
            [(
                "The plan is dead".to_string(),
                "teachers and union officials".to_string(),
                "unnamed".to_string()
            )]
        );
        // A quantity opens the content; "In 2016," would be an adjunct.
        one(
            "About 14 pupils in the county receive free school meals, officials said.",
            "About 14 pupils in the county receive free school meals",
            "unnamed",
        );
        let got =
            said("While one firm says there are 2,400 billionaires, another says there are 1,800.");
        assert_eq!(pairs(&got)[0], ("there are 2,400 billionaires", "unnamed"));
        // "In a statement, X said" holds no content before X.
        none("In a statement, Ana Ruiz said nothing.");
        // A participle after the attribution is what the speaker did.
        none("Fine, Ana Ruiz said, laughing.");
        // The reason runs on; the scene does not.
        one(
            "The effects are hard to predict, economists say, because there is little precedent.",
            "The effects are hard to predict, economists say, because there is little precedent",
            "unnamed",
        );
        one(
            "The effects are hard to predict, economists say, as the debate goes on.",
            "The effects are hard to predict",
            "unnamed",
        );
        // A verb with an object is no attribution: "…, X responded by …".
        none(
            "Since then, Germany has responded by helping to build a rapid response force in Europe.",
        );
    }

    #[test]
    fn relative_and_coordinated_speakers() {
        one(
            "Juanita Berg, who said the mayor lied to her in 1978, recounted the incident.",
            "the mayor lied to her in 1978",
            "Juanita Berg",
        );
        one(
            "The party offered ammunition to voters who say the law is a money pit.",
            "the law is a money pit",
            "unnamed",
        );
        one(
            "Greta Lindqvist opened the debate with a joke, but later said she questioned the plan.",
            "she questioned the plan",
            "Greta Lindqvist",
        );
        one(
            "Greta Lindqvist opened the debate, but in a later interview said she questioned the plan.",
            "she questioned the plan",
            "Greta Lindqvist",
        );
        one(
            "In May, a U.S. District Court judge sided with the union, saying the law violated the constitution.",
            "the law violated the constitution",
            "unnamed",
        );
        // An adverb of a participle opens the sentence; it is no name.
        one(
            "Hastily reading the room, Greta Lindqvist cast the blame on her rivals, and stressed that it would fail.",
            "it would fail",
            "Greta Lindqvist",
        );
        let dashed = "Hastily reading the room ― as she had before ― Greta Lindqvist cast the blame on her rivals, and stressed that it would fail.";
        assert!(
            reports(dashed)
                .iter()
                .all(|(_, written, _)| written != "Hastily"),
            "{:?}",
            reports(dashed)
        );
    }

    /// A name in -ing before its verb is no participle.
    #[test]
    fn a_surname_in_ing_speaks() {
        one(
            "Jeremy Boreing founded the club. Boreing said the members will still meet for drinks.",
            "the members will still meet for drinks",
            "Jeremy Boreing",
        );
        // A participle opening the sentence is still one.
        one(
            "Jeremy Boreing founded the club. Speaking on Monday, Boreing said the members will meet.",
            "the members will meet",
            "Jeremy Boreing",
        );
    }

    #[test]
    fn a_name_before_a_phrase_of_its_own_speaks() {
        one_as_written(
            "Senator Greta Lindqvist of Texas said the plan would fail.",
            "the plan would fail",
            "Senator Greta Lindqvist of Texas",
            "Greta Lindqvist",
        );
        one(
            "Holger Schmieding of Berenberg Bank argued that the attack strengthens the case.",
            "the attack strengthens the case",
            "Holger Schmieding",
        );
        // A name inside the phrase is not its head.
        one(
            "The wife of Greta Lindqvist said the plan would fail.",
            "the plan would fail",
            "unnamed",
        );
    }

    #[test]
    fn a_dateline_is_not_the_subject_of_a_participle() {
        one(
            "Washington (AFP) – Senator Greta Lindqvist took a swipe at the plan, saying it would fail.",
            "it would fail",
            "Greta Lindqvist",
        );
        one(
            "OSLO — The senator met the mayor on Monday, saying the plan would fail.",
            "the plan would fail",
            "unnamed",
        );
    }

    #[test]
    fn the_name_before_a_relative_clause_speaks_whatever_the_clause_holds() {
        one(
            "Elena Arnold, who helped found Edge, an environmental group based in Ohio, said she did not condone violence.",
            "she did not condone violence",
            "Elena Arnold",
        );
        one(
            "Rep. Zoe Lofgren (D-Calif.), who introduced a bill this month, said the steps were important.",
            "the steps were important",
            "Zoe Lofgren",
        );
        one(
            "Chris Shelton, the president of the union, who endorsed Mr. Berg in December, said that support was strong.",
            "support was strong",
            "Chris Shelton",
        );
        // A name set off after a short opening that it names speaks.
        for body in [
            "A third, Daniel Traynor, said the council had ignored the residents.",
            "One of them, Jane Doe, said the council had ignored the residents.",
        ] {
            let name = if body.starts_with('A') {
                "Daniel Traynor"
            } else {
                "Jane Doe"
            };
            one(body, "the council had ignored the residents", name);
        }
        // The phrase before "of" speaks, not the noun after it.
        let body = "Critics of the plan, who gathered outside city hall on Monday, said the vote was rushed.";
        let got = reports(body);
        assert_eq!(
            got,
            [(
                "the vote was rushed".to_string(),
                "Critics of the plan".to_string(),
                "unnamed".to_string()
            )],
            "{body}"
        );
    }

    #[test]
    fn content_stops_before_a_clause_about_its_last_noun_but_not_inside_a_quotation() {
        one(
            "Ana Ruiz said she met the mayor at the new golf club, a short drive from her home.",
            "she met the mayor at the new golf club",
            "Ana Ruiz",
        );
        one(
            "Ana Ruiz said she wrote the remarks read by Tomas Berg, whose son died in the flood.",
            "she wrote the remarks read by Tomas Berg",
            "Ana Ruiz",
        );
        // A noun and a clause about it is the writer's remark (on the
        // PolNeAR train split, cutting there matched more contents).
        one(
            "Ana Ruiz said the plan failed, a result that was expected by everyone.",
            "the plan failed",
            "Ana Ruiz",
        );
        one(
            "Ana Ruiz said the plan \"may have left the station, but it will be back\" soon.",
            "the plan \"may have left the station, but it will be back\" soon",
            "Ana Ruiz",
        );
    }

    #[test]
    fn an_adverb_set_off_by_commas_stands_between_subject_and_verb() {
        for adverb in ["however", "meanwhile", "too", "predictably"] {
            one(
                &format!("Ann Lee, {adverb}, said the plan would cost jobs."),
                "the plan would cost jobs",
                "Ann Lee",
            );
        }
        // A description set off by commas is still passed over to the name.
        one(
            "Ann Lee, the bank's economist, said the plan would cost jobs.",
            "the plan would cost jobs",
            "Ann Lee",
        );
    }

    #[test]
    fn a_contracted_has_before_said_is_no_possessive() {
        one(
            "Ann Lee arrived late. She’s said the plan would cost jobs.",
            "the plan would cost jobs",
            "Ann Lee",
        );
        one(
            "Ann Lee has since said the plan would cost jobs.",
            "the plan would cost jobs",
            "Ann Lee",
        );
        // A possessive before a noun still reports nothing.
        none("Ann Lee's remarks were brief.");
    }

    #[test]
    fn a_content_before_according_to_opens_inside_its_parenthesis() {
        one(
            "The figure is wrong (the actual number is closer to 15 percent, according to Ann Lee).",
            "the actual number is closer to 15 percent",
            "Ann Lee",
        );
        // A parenthesis closed before the attribution is part of the content.
        one(
            "Women (61 percent) backed her, according to Ann Lee.",
            "Women (61 percent) backed her",
            "Ann Lee",
        );
    }

    #[test]
    fn a_content_opening_with_a_preposition_may_hold_a_second_clause() {
        one(
            "About 82 percent were white, while 14 percent were black, according to Ann Lee.",
            "About 82 percent were white, while 14 percent were black",
            "Ann Lee",
        );
        one(
            "In 2014, 82 percent were white, while 14 percent were black, according to Ann Lee.",
            "In 2014, 82 percent were white, while 14 percent were black",
            "Ann Lee",
        );
        // An adjunct alone is no content.
        none("In a statement on Tuesday, according to Ann Lee.");
    }

    #[test]
    fn what_was_said_runs_on_past_but_with_the_same_subject() {
        one(
            "Ann Lee said she wanted change, but found the plan too costly.",
            "she wanted change, but found the plan too costly",
            "Ann Lee",
        );
        one(
            "Ann Lee said wages would fall, but that overtime would make up for it.",
            "wages would fall, but that overtime would make up for it",
            "Ann Lee",
        );
        // A new subject is the writer's; a clause that reports is its own.
        one(
            "Ann Lee said wages would fall, but the figures were higher.",
            "wages would fall",
            "Ann Lee",
        );
        let got = reports("Ann Lee said wages would fall, but urged calm.");
        assert_eq!(got[0].0, "wages would fall", "{got:?}");
    }

    /// "said that A, and that B" is one content, even when a word of B
    /// could report ("talk", "comment").
    #[test]
    fn a_second_that_clause_runs_on() {
        one(
            "Ann Lee said that she had seen the emails, and that talk of dissent masked the divisions.",
            "she had seen the emails, and that talk of dissent masked the divisions",
            "Ann Lee",
        );
        one(
            "Ann Lee said the city would follow the state, and that comment should go to the state.",
            "the city would follow the state, and that comment should go to the state",
            "Ann Lee",
        );
    }

    #[test]
    fn a_name_is_a_name_whatever_it_ends_with() {
        for name in ["Jane Ebeling", "Stephen King", "Theresa May", "Ted Reed"] {
            one(
                &format!("{name} said the plan would cost jobs."),
                "the plan would cost jobs",
                name,
            );
        }
        // Not a name: a modal, a participle.
        none("She may say the plan would cost jobs.");
    }

    #[test]
    fn a_participle_speaks_for_the_subject_past_a_long_opening_or_a_plural_pronoun() {
        one(
            "After sweeping victories in five primaries on Tuesday night, Ann Lee greeted her rival, saying she would lose.",
            "she would lose",
            "Ann Lee",
        );
        let got = reports("They left early, saying the show was running long.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            ("the show was running long", "They")
        );
        // A possessive and its noun open the sentence: the noun speaks.
        let got = reports("Her campaign sued the party, claiming the move would cost money.");
        assert_eq!(
            got,
            [(
                "the move would cost money".to_string(),
                "Her campaign".to_string(),
                "unnamed".to_string()
            )]
        );
    }

    #[test]
    fn an_aside_between_dashes_is_inside_what_was_said() {
        one(
            "Ann Lee said the tax cut — a pet project of hers — would pass.",
            "the tax cut — a pet project of hers — would pass",
            "Ann Lee",
        );
        // One dash opens the writer's remark.
        one(
            "Ann Lee said the tax cut would pass — a pet project of hers.",
            "the tax cut would pass",
            "Ann Lee",
        );
    }

    #[test]
    fn said_on_a_show_that_c_is_c() {
        for said in [
            "said on Twitter that",
            "said on ABC's ''This Week'' on Sunday that",
            "said on Tuesday that",
            "said Sunday in Madison, Wisconsin, that",
            "said in Buffalo, New York, that",
        ] {
            one(
                &format!("Ann Lee {said} the plan would cost jobs."),
                "the plan would cost jobs",
                "Ann Lee",
            );
        }
        one(
            "Critics soon noted that the plan would cost jobs.",
            "the plan would cost jobs",
            "unnamed",
        );
    }

    #[test]
    fn a_quoted_predicate_after_the_writers_subject_is_a_report() {
        one(
            "Ann Lee said on CNN that Bush \"has to bring his mother out and lug her around.\"",
            "Bush \"has to bring his mother out and lug her around.\"",
            "Ann Lee",
        );
        // A quotation and nothing else of the writer's is direct speech, as
        // is one introduced after a description and a comma; after "that"
        // it is reported.
        none("Ann Lee said \"the plan has to go and we will make it go.\"");
        one(
            "Ann Lee said that \"the plan has to go and we will make it go.\"",
            "\"the plan has to go and we will make it go.\"",
            "Ann Lee",
        );
        none("According to Ann Lee, a retired teacher, \"This was not a mistake at all.\"");
    }

    #[test]
    fn a_name_with_a_particle_speaks_whole() {
        one(
            "On top of that, Mr. de Vos said, the wage increase will raise prices.",
            "the wage increase will raise prices",
            "de Vos",
        );
        one(
            "Ursula von der Leyen said the wage increase will raise prices.",
            "the wage increase will raise prices",
            "Ursula von der Leyen",
        );
    }

    #[test]
    fn an_attribution_opened_by_as_ends_the_sentence() {
        one(
            "The plan is a classic scare tactic, as Ann Lee noted in The Intercept.",
            "The plan is a classic scare tactic",
            "Ann Lee",
        );
        // "as" opening a clause of the writer's is no attribution.
        none(
            "California flipped to the Democrats, as voters responded to efforts to crack down on migrants.",
        );
    }
}

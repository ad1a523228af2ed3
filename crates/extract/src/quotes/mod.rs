//! Finding quotations in an article body and who said them.
//!
//! Marks are read by what surrounds them rather than by their glyph, so a
//! straight opening mark closed by a curly one pairs up, and an apostrophe
//! inside a word never opens a quotation. A quotation left open at the end
//! of a paragraph continues into the next when that paragraph opens with a
//! mark (the usual convention) or closes one before opening another (a
//! missing mark); otherwise it ends with its paragraph, so one stray mark
//! never swallows the rest of the article.
//!
//! Speakers come from the attribution after the quotation (`"…," X said`),
//! before it (`X said: "…"`, `According to X, "…"`), from an earlier
//! quotation in the same paragraph (`"…," X said. "…"`), from the speaker
//! of the paragraph before (continued quotations), or from the person the
//! text is about at that point. Every quotation records the rule used.

use std::ops::Range;

mod attribution;
mod classify;
mod pull;
mod transcript;

use crate::doc::Doc;
use crate::people::{People, PersonId};
use crate::speakers::{Resolver, Speaker};

use crate::doc::{sentence_end, sentence_start};
use attribution::Attributor;
use classify::classify;
use pull::pull_quotes;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Partial,
    PullQuote,
    /// Reported speech: what was said, not in quotation marks.
    Indirect,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::PullQuote => "pullquote",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// Which rule chose a quotation's speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Rule {
    /// `"…," X said.` / `"…," said X.`
    #[serde(rename = "after-quote")]
    After,
    /// `X said: "…"` / `According to X, "…"`
    #[serde(rename = "before-quote")]
    Before,
    /// A second quotation in a paragraph whose first one is attributed.
    #[serde(rename = "same-paragraph")]
    SameParagraph,
    /// A paragraph of quotation continuing the last speaker.
    #[serde(rename = "continuation")]
    Continuation,
    /// The subject of the sentence that holds a partial quotation.
    #[serde(rename = "sentence-subject")]
    SentenceSubject,
    /// The person the text is about at that point.
    #[serde(rename = "salient-person")]
    Salient,
    /// A paragraph of quotation after a sentence reporting speech: that
    /// sentence's subject ("He also said …" / "“…”").
    #[serde(rename = "lead-in")]
    LeadIn,
    /// Set apart, attributed on the next line (`— Jane Doe`): a pull quote
    /// without marks, or a quotation that fills its paragraph.
    #[serde(rename = "pull-quote")]
    PullQuote,
    /// No speaker could be found.
    #[serde(rename = "unattributed")]
    Unattributed,
    /// Reported speech, the speaker first: `X said (that) …`.
    #[serde(rename = "reported-speaker-first")]
    ReportedSpeakerFirst,
    /// Reported speech, the speaker after: `…, X said.`
    #[serde(rename = "reported-speaker-after")]
    ReportedSpeakerAfter,
    /// `According to X, …` / `…, according to X.`
    #[serde(rename = "according-to")]
    AccordingTo,
    /// Reported speech as a verb's object: `X accused Y of …`, `X called
    /// for …`, `X praised …`.
    #[serde(rename = "reported-object")]
    ReportedObject,
    /// A quotation no rule attributes, inside reported speech: the
    /// report's speaker (`"Extremely happy" about it, said X`).
    #[serde(rename = "within-report")]
    WithinReport,
    /// A turn of a transcript: `NAME: …`, the name someone the article
    /// names.
    #[serde(rename = "transcript")]
    Transcript,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::After => "after-quote",
            Rule::Before => "before-quote",
            Rule::SameParagraph => "same-paragraph",
            Rule::Continuation => "continuation",
            Rule::SentenceSubject => "sentence-subject",
            Rule::Salient => "salient-person",
            Rule::LeadIn => "lead-in",
            Rule::PullQuote => "pull-quote",
            Rule::Unattributed => "unattributed",
            Rule::ReportedSpeakerFirst => "reported-speaker-first",
            Rule::ReportedSpeakerAfter => "reported-speaker-after",
            Rule::AccordingTo => "according-to",
            Rule::ReportedObject => "reported-object",
            Rule::WithinReport => "within-report",
            Rule::Transcript => "transcript",
        }
    }
}

/// A quotation found in the body.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The quoted words without their marks (continuation marks removed).
    pub text: String,
    /// Byte range in the body of the quoted words.
    pub span: Range<usize>,
    /// Paragraph index, from 0.
    pub paragraph: usize,
    pub kind: QuoteKind,
    /// Index into the article's people.
    pub speaker: Option<PersonId>,
    /// An organisation that spoke, by its canonical name.
    pub organisation: Option<String>,
    /// The speaker is described but not named ("officials").
    pub unnamed: bool,
    /// The speaker as written ("he", "Mr Mattis", "a spokesman").
    pub speaker_text: Option<String>,
    pub cue: Option<String>,
    pub rule: Rule,
    /// For a quoted fragment of reported speech: the byte range of the
    /// reported content that holds it.
    pub within: Option<Range<usize>>,
}

impl Quote {
    /// Takes `other`'s speaker, as written there, under `rule`.
    fn speaker_from(&mut self, other: &Quote, rule: Rule) {
        self.speaker = other.speaker;
        self.organisation = other.organisation.clone();
        self.unnamed = other.unnamed;
        self.speaker_text = other.speaker_text.clone();
        self.rule = rule;
    }

    /// Gives the quotation to a sentence's subject (the person, as
    /// written), under `rule`.
    fn spoken_by(&mut self, (person, written): (PersonId, String), rule: Rule) {
        self.speaker = Some(person);
        self.speaker_text = Some(written);
        self.rule = rule;
    }
}

/// Adds reported speech to the quotations found in marks, as quotations of
/// kind `indirect`; the partial quotations inside them point to them.
pub fn add_reports(doc: &Doc<'_>, quotes: &mut Vec<Quote>, reports: Vec<crate::reported::Report>) {
    let found = quotes.len();
    for report in reports {
        let content = report.content.clone();
        let rule = match report.shape {
            crate::reported::Shape::SpeakerFirst => Rule::ReportedSpeakerFirst,
            crate::reported::Shape::SpeakerAfter => Rule::ReportedSpeakerAfter,
            crate::reported::Shape::AccordingTo => Rule::AccordingTo,
            crate::reported::Shape::Object => Rule::ReportedObject,
        };
        let reported = Quote {
            text: doc.body[content.clone()].to_string(),
            span: content.clone(),
            paragraph: report.paragraph,
            kind: QuoteKind::Indirect,
            speaker: report.speaker.person(),
            organisation: match &report.speaker {
                Speaker::Organisation(name) => Some(name.clone()),
                _ => None,
            },
            unnamed: report.speaker == Speaker::Unnamed,
            speaker_text: report.speaker_text,
            cue: Some(report.cue),
            rule,
            within: None,
        };
        // Quotations found in marks are in order: the ones inside the
        // content are a run found by binary search.
        let first = quotes[..found].partition_point(|q| q.span.start < content.start);
        for q in quotes[first..found]
            .iter_mut()
            .take_while(|q| q.span.start < content.end)
            .filter(|q| q.span.end <= content.end)
        {
            let fragment = q.kind == QuoteKind::Partial;
            if fragment {
                q.within = Some(content.clone());
            }
            // A quoted fragment of the report is its named speaker's words,
            // whoever is named nearer it ("Steve Huhn said Fiorina \"was
            // heavily involved\"" is Huhn's); any unattributed quotation in
            // it is the report's speaker's too.
            let other_speaker = (q.speaker, &q.organisation, q.unnamed)
                != (reported.speaker, &reported.organisation, reported.unnamed);
            // Named, that is: "the Russian President said it was \"very
            // strange\"" keeps the person the role resolved to nearer it.
            let named = matches!(
                report.speaker,
                Speaker::Person(_) | Speaker::Organisation(_)
            );
            if report.speaker != Speaker::Unknown
                && (q.rule == Rule::Unattributed || fragment && other_speaker && named)
            {
                q.speaker_from(&reported, Rule::WithinReport);
                q.cue = reported.cue.clone();
            }
        }
        quotes.push(reported);
    }
    quotes.sort_by_key(|q| (q.span.start, q.kind == QuoteKind::Indirect));
}

/// Adds the turns of a transcript (`NAME: …` paragraphs without marks),
/// keeping the quotations in order.
pub fn add_transcript_turns(doc: &Doc<'_>, people: &People, quotes: &mut Vec<Quote>) {
    let turns = transcript::turns(doc, people, quotes);
    if !turns.is_empty() {
        quotes.extend(turns);
        quotes.sort_by_key(|q| q.span.start);
    }
}

/// The quoted words without the comma that closes them before the
/// attribution ("…asylum too," he said): it belongs to the sentence around
/// the quotation, not to the remark. The span shrinks with the text, so that
/// it still names the text in the body.
fn without_closing_comma(body: &str, text: String, span: Range<usize>) -> (String, Range<usize>) {
    match text.strip_suffix(',') {
        Some(kept) if body[..span.end].ends_with(',') => {
            (kept.to_string(), span.start..span.end - 1)
        }
        _ => (text, span),
    }
}

/// Whether a quotation is a paragraph of its own, nothing around it but
/// punctuation (`Some(false)`) or an interview's label ("A:", `Some(true)`).
fn stands_alone(pre: &str, post: &str) -> Option<bool> {
    let bare = |s: &str| {
        s.chars()
            .all(|c| c.is_whitespace() || c.is_ascii_punctuation() || c == '\u{2014}')
    };
    let pre = pre.trim();
    let label = pre.strip_suffix(':').is_some_and(|l| {
        let l = l.trim();
        !l.is_empty() && l.len() <= 3 && l.chars().all(char::is_alphabetic)
    });
    bare(post).then_some(label).filter(|&l| l || bare(pre))
}

/// Finds the quotations in a body and attributes them.
pub fn extract(doc: &Doc<'_>, people: &People) -> Vec<Quote> {
    let (body, paragraphs) = (doc.body, doc.paragraphs);
    let spans = &doc.quoted;

    let mut attributor = Attributor {
        doc,
        body,
        paragraphs,
        people,
        spans,
        salient: None,
        read_to: 0,
    };
    let mut quotes: Vec<Quote> = Vec::new();
    // The last quotation given a speaker: a later one in its paragraph
    // without one of its own takes it. Kept, not searched for, so that a
    // paragraph of a thousand unattributed quotations is not read a
    // thousand times.
    let mut last_attributed: Option<usize> = None;
    for (i, span) in spans.iter().enumerate() {
        let text = span.text(body);
        // Marks around no word ("«", "…", "?") quote no one.
        if !text.chars().any(char::is_alphanumeric) {
            continue;
        }
        let para = &paragraphs[span.paragraph];
        let sent_start = sentence_start(body, para, span.open, &doc.stops, spans);
        let pre_start = spans[..i]
            .iter()
            .rev()
            .take_while(|s| s.last_paragraph >= span.paragraph)
            .find(|s| s.last_paragraph == span.paragraph)
            .map_or(sent_start, |s| s.after.max(sent_start));
        let pre = &body[pre_start..span.open];
        let last_para = &paragraphs[span.last_paragraph];
        let post_end = spans
            .get(i + 1)
            .filter(|s| s.paragraph == span.last_paragraph)
            .map_or(last_para.end, |s| s.open);
        let sent_end = sentence_end(last_para, span.after.min(last_para.end), &doc.stops);
        let post_end = sent_end.min(post_end).max(span.after.min(post_end));
        let post = &body[span.after.min(post_end)..post_end];
        let sentence = &body[sent_start..sent_end];
        // The words before the quotation, read once for classify and `before`.
        let pre_words = doc.window(pre_start..span.open);
        let after = &body[span.after.min(body.len())..];
        let Some(kind) = classify(&text, pre, &pre_words, sentence, after) else {
            continue;
        };
        attributor.read_narrative(pre_start.min(span.open));
        let (text, inner) = without_closing_comma(body, text, span.inner.clone());
        let mut quote = Quote {
            text,
            span: inner,
            paragraph: span.paragraph,
            kind,
            speaker: None,
            organisation: None,
            unnamed: false,
            speaker_text: None,
            cue: None,
            rule: Rule::Unattributed,
            within: None,
        };
        // The last quotation of this paragraph that has a speaker.
        let attributed_in_paragraph = last_attributed
            .map(|i| &quotes[i])
            .filter(|q| q.paragraph == span.paragraph);
        let found = attributor
            .after(span.after.min(post_end), post)
            .map(|a| (a, Rule::After))
            .or_else(|| {
                attributor
                    .before(pre_start, &pre_words, kind)
                    .map(|a| (a, Rule::Before))
            });
        if let Some((a, rule)) = found {
            if a.person.is_none() {
                // Words naming no person: an organisation, a speaker left
                // unnamed ("a spokesman"), or no one known. They are in the
                // stretch read for the attribution.
                let (base, stretch) = match rule {
                    Rule::After => (span.after.min(post_end), post),
                    _ => (pre_start, pre),
                };
                let at = a.text.as_deref().and_then(|t| {
                    let i = if rule == Rule::After {
                        stretch.find(t)
                    } else {
                        stretch.rfind(t)
                    }?;
                    Some(base + i..base + i + t.len())
                });
                if let Some(r) = at {
                    let first = doc.words.partition_point(|w| w.end <= r.start);
                    let last = doc.words.partition_point(|w| w.start < r.end);
                    match Resolver::new(doc, people).resolve(first..last, r.start).0 {
                        Speaker::Person(p) => quote.speaker = Some(p),
                        Speaker::Organisation(name) => quote.organisation = Some(name),
                        Speaker::Unnamed => quote.unnamed = true,
                        Speaker::Unknown => {}
                    }
                }
            } else {
                quote.speaker = a.person;
            }
            quote.speaker_text = a.text;
            quote.cue = a.cue;
            quote.rule = rule;
        } else if let Some(subject) = (kind == QuoteKind::Direct
            && pre.trim().is_empty()
            && sent_start > para.start
            && attributed_in_paragraph.is_none())
        .then(|| attributor.sentence_reporting_before(para, sent_start))
        .flatten()
        {
            // "Dianne Bystrom agreed. \"…\"": the sentence before, in a
            // paragraph with no quotation attributed yet, reports its
            // speaker's speech.
            quote.spoken_by(subject, Rule::LeadIn);
        } else if let Some(prev) = attributed_in_paragraph {
            quote.speaker_from(prev, Rule::SameParagraph);
        } else if let Some(prev) = quotes.last().filter(|q| {
            kind == QuoteKind::Direct
                && span.paragraph.saturating_sub(q.paragraph) <= 1
                && q.rule != Rule::Unattributed
                && attributor.no_new_subject_since(q.span.end, span.open, q.speaker)
        }) {
            quote.speaker_from(prev, Rule::Continuation);
        } else if let Some(subject) = (kind == QuoteKind::Direct)
            // A fragment in a sentence with no verb of saying is the
            // subject's only by a guess ("Trump called it a \"hoax\"" is;
            // "Clinton toured the \"Jungle\" camp" is not): left unattributed.
            .then(|| attributor.subject_of(sent_start, span.open))
            .flatten()
        {
            quote.spoken_by(subject, Rule::SentenceSubject);
        } else if let Some(subject) = (kind == QuoteKind::Direct
            && stands_alone(pre, post) == Some(false))
        .then(|| attributor.lead_in(span.paragraph))
        .flatten()
        {
            // "He also reiterated his view that …" / "“…”": a paragraph of
            // quotation after one whose last sentence reports speech.
            quote.spoken_by(subject, Rule::LeadIn);
        } else if let Some(p) = attributor
            .salient
            .filter(|_| kind == QuoteKind::Direct && stands_alone(pre, post) == Some(true))
        {
            // An answer of an interview ("A: \"…\"") is the interviewee's,
            // the person the text is about. Anywhere else that guess is not
            // worth making: on news it is right about one time in five, the
            // quotation being an organisation's, a document's or an unnamed
            // speaker's.
            quote.speaker = Some(p);
            quote.rule = Rule::Salient;
        }
        if let Some(p) = quote.speaker.filter(|&p| !people.is_weak(p)) {
            attributor.salient = Some(p);
        }
        attributor.read_to = attributor.read_to.max(span.after);
        if quote.rule != Rule::Unattributed {
            last_attributed = Some(quotes.len());
        }
        quotes.push(quote);
    }
    pull_quotes(doc, people, &mut quotes);
    quotes.sort_by_key(|q| q.span.start);
    quotes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people;

    fn run(body_paras: &[&str]) -> (Vec<Quote>, People) {
        run_stages(body_paras, false)
    }

    /// The quotations of the body, with the transcript turns added when
    /// `turns`, as the pipeline runs them.
    fn run_stages(body_paras: &[&str], turns: bool) -> (Vec<Quote>, People) {
        let body = body_paras.join("\n\n");
        let mut paragraphs = Vec::new();
        let mut pos = 0;
        for p in body_paras {
            paragraphs.push(pos..pos + p.len());
            pos += p.len() + 2;
        }
        let doc = Doc::new(&body, &paragraphs, None, None, []);
        let people = people::find(&doc);
        let mut quotes = extract(&doc, &people);
        if turns {
            add_transcript_turns(&doc, &people, &mut quotes);
        }
        (quotes, people)
    }

    fn speaker(q: &Quote, p: &People) -> Option<String> {
        q.speaker.map(|i| p.people[i].name.clone())
    }

    /// (text, speaker, rule) of the quotations with the transcript turns.
    fn run_with_turns(body_paras: &[&str]) -> Vec<(String, Option<String>, Rule)> {
        let (quotes, people) = run_stages(body_paras, true);
        quotes
            .iter()
            .map(|q| (q.text.clone(), speaker(q, &people), q.rule))
            .collect()
    }

    /// Found by the property test: two names before a cue whose mentions
    /// overlap ("Chris' and Kim Tomas said") sliced the text between them
    /// backwards and panicked.
    #[test]
    fn overlapping_names_before_a_cue_are_no_list_of_speakers() {
        let (q, p) = run(&[".\"", "a 'n' Chris' and Kim Tomas said she."]);
        let got: Vec<(&str, Option<String>)> = q
            .iter()
            .map(|q| (q.text.as_str(), speaker(q, &p)))
            .collect();
        assert_eq!(got, [("n", None)]);
    }

    #[test]
    fn a_quotation_ending_in_a_preposition_then_a_name_and_a_tag() {
        for attribution in [
            "Sen. Chuck Schumer (D-N.Y.) said Tuesday.",
            "Chuck Schumer (Democrat) said.",
        ] {
            let (q, p) = run(&[&format!(
                "\u{201c}They have nothing to worry about,\u{201d} {attribution}"
            )]);
            assert_eq!(q.len(), 1, "{q:?}");
            assert_eq!(
                speaker(&q[0], &p).as_deref(),
                Some("Chuck Schumer"),
                "{attribution}"
            );
            assert_eq!(q[0].rule, Rule::After);
        }
    }

    /// `"…," said the candidate could win`: "the candidate" is the subject
    /// of what was said, not the speaker of the quotation.
    #[test]
    fn said_before_a_clause_names_no_speaker() {
        let (q, _) =
            run(&["Jane Doe, citing \"the unique magic of the place,\" said the mayor could win."]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].speaker_text, None, "{q:?}");
        let (q, _) = run(&["\"We will win,\" said the mayor."]);
        assert_eq!(q[0].speaker_text.as_deref(), Some("the mayor"), "{q:?}");
    }

    #[test]
    fn the_verb_after_a_long_description_of_the_speaker() {
        let (q, p) = run(&[
            "''Wages rose the most since July 2009,'' Douglas Holtz-Eakin, an economic adviser to Republicans and former director of the nonpartisan Congressional Budget Office, said.",
        ]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker(&q[0], &p).as_deref(), Some("Douglas Holtz-Eakin"));
        assert_eq!(q[0].cue.as_deref(), Some("said"));
    }

    #[test]
    fn a_participle_after_a_preposition_is_not_the_possessor_s() {
        let (q, p) = run(&[
            "Michelle Fields left the newspaper in March.",
            "On Twitter, she responded on Tuesday to one of Donald Trump's messages by saying, \"Seriously, just stop lying.\"",
        ]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker(&q[0], &p).as_deref(), Some("Michelle Fields"));
    }

    /// The second of two quotations is attributed to no one, its speaker
    /// as written `written`; the first is `named`'s.
    fn second_is_no_ones(first: &str, named: &str, second: &str, written: &str) {
        let (q, p) = run(&[first, second]);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(speaker(&q[0], &p).as_deref(), Some(named));
        assert_eq!(q[1].speaker, None, "{q:?}");
        assert_eq!(q[1].speaker_text.as_deref(), Some(written));
    }

    /// A pronoun with no antecedent of its sex names no one: not the
    /// article's most quoted person of the other.
    #[test]
    fn a_pronoun_never_goes_to_someone_of_the_other_sex() {
        second_is_no_ones(
            "\"The vote is a farce,\" said Giorgio Santangelo, the opposition leader.",
            "Giorgio Santangelo",
            "\"When they had the majority, they did exactly the same,\" she said.",
            "she",
        );
    }

    /// "the spokesman" speaks for the person the text is about, never as
    /// them.
    #[test]
    fn a_spokesman_is_never_the_person_they_speak_for() {
        second_is_no_ones(
            "\"We will not take lessons,\" said Jane Doe.",
            "Jane Doe",
            "\"She has made her views very clear,\" the spokesman said.",
            "the spokesman",
        );
    }

    #[test]
    fn a_quotation_after_a_sentence_reporting_someone_new_is_theirs() {
        let (q, p) = run(&[
            "\"It has become a two-person race,\" said Craig Robinson, editor of the site.",
            "Dianne Bystrom agreed. \"Mainstream Republicans are running out of time.\"",
        ]);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(speaker(&q[1], &p).as_deref(), Some("Dianne Bystrom"));
        assert_eq!(q[1].rule, Rule::LeadIn);
        // A new subject that reports nothing ends the continuation too.
        let (q, _) = run(&[
            "\"It has become a two-person race,\" said Craig Robinson, editor of the site.",
            "Dianne Bystrom studied the polls. \"Mainstream Republicans are running out of time.\"",
        ]);
        assert_eq!(q[1].speaker, None, "{q:?}");
    }

    #[test]
    fn one_resident_is_a_speaker_left_unnamed() {
        for speaker_text in ["one resident", "another resident", "a resident"] {
            let (q, _) = run(&[
                "Isabel Chowdhury runs a small business in Amsterdam.",
                &format!(
                    "\"Every turbine we build is one less reason to burn coal,\" {speaker_text} said."
                ),
            ]);
            assert_eq!(q.len(), 1, "{q:?}");
            assert_eq!(q[0].speaker, None, "{speaker_text}");
            assert!(q[0].unnamed, "{speaker_text}");
            assert_eq!(q[0].speaker_text.as_deref(), Some(speaker_text));
        }
    }

    #[test]
    fn a_quotation_of_several_people_named_together_is_no_one_s_alone() {
        let (q, _) = run(&["\"The race is open,\" Bill Weld and Gary Johnson said."]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].speaker, None);
        assert_eq!(
            q[0].speaker_text.as_deref(),
            Some("Bill Weld and Gary Johnson")
        );
    }

    #[test]
    fn a_day_after_the_verb_is_no_speaker() {
        let (q, _) = run(&[
            "An official who spoke anonymously said Wednesday, \"There are talks between the two campaigns.\"",
        ]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].organisation, None);
        assert_eq!(q[0].speaker, None);
    }

    #[test]
    fn transcript_turns_go_to_the_person_the_label_names() {
        let got = run_with_turns(&[
            "CNN's Jake Tapper interviewed Rep. Mary Fallin on Sunday.",
            "TAPPER: Do you think the governor will sign the bill?",
            "FALLIN: I believe he will, and soon.",
            "Note: This transcript has been edited for length.",
            "Q: What happens next for the state budget?",
            "Smith: Nobody named Smith appears in this article.",
        ]);
        assert_eq!(
            got,
            vec![
                (
                    "Do you think the governor will sign the bill?".to_string(),
                    Some("Jake Tapper".to_string()),
                    Rule::Transcript
                ),
                (
                    "I believe he will, and soon.".to_string(),
                    Some("Mary Fallin".to_string()),
                    Rule::Transcript
                ),
            ]
        );
    }

    #[test]
    fn a_label_two_people_share_opens_no_turn() {
        let got = run_with_turns(&[
            "Anna Berg and her brother Tomas Berg run the farm together.",
            "BERG: We have never had a summer this dry before.",
            "Anna Berg: The wells are lower than I have ever seen them.",
        ]);
        assert_eq!(
            got,
            vec![(
                "The wells are lower than I have ever seen them.".to_string(),
                Some("Anna Berg".to_string()),
                Rule::Transcript
            )]
        );
    }

    #[test]
    fn a_turn_in_marks_is_the_quotation_the_marks_found() {
        let got = run_with_turns(&[
            "Mayor Ana Ruiz spoke to reporters.",
            "Ruiz: \"We will rebuild the bridge by spring.\"",
            "Ruiz: Too short.",
        ]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "We will rebuild the bridge by spring.");
        assert_ne!(got[0].2, Rule::Transcript);
    }

    #[test]
    fn marks_around_no_word_quote_no_one() {
        let (q, _) = run(&[
            "He paused: \"…\" Then \"?\" came. \"We go,\" said Anna Berg.",
            "\u{ab}\u{2014}\u{bb} was all the sign said.",
        ]);
        let texts: Vec<&str> = q.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts, ["We go"]);
    }

    #[test]
    fn attribution_after_before_and_interrupted() {
        let (q, p) = run(&[
            "Finance Minister Greta Lindqvist spoke on Monday.",
            "\u{201c}We will not raise taxes,\u{201d} Ms Lindqvist said. \u{201c}Not this year.\u{201d}",
            "Opposition leader Tomas Berg said: \"The numbers do not add up.\"",
        ]);
        let got: Vec<_> = q
            .iter()
            .map(|q| (q.text.as_str(), speaker(q, &p), q.rule))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "We will not raise taxes",
                    Some("Greta Lindqvist".into()),
                    Rule::After
                ),
                (
                    "Not this year.",
                    Some("Greta Lindqvist".into()),
                    Rule::SameParagraph
                ),
                (
                    "The numbers do not add up.",
                    Some("Tomas Berg".into()),
                    Rule::Before
                ),
            ]
        );
    }

    #[test]
    fn multi_paragraph_quotes_both_conventions() {
        let (q, _) = run(&[
            "\u{201c}First paragraph of the speech.",
            "\u{201c}Second paragraph,\u{201d} said Mayor Ana Ruiz.",
            "\u{201c}Missing mark here.",
            "And the end.\u{201d}",
        ]);
        assert_eq!(q.len(), 2);
        assert_eq!(
            q[0].text,
            "First paragraph of the speech.\n\nSecond paragraph"
        );
        assert_eq!(q[1].text, "Missing mark here.\n\nAnd the end.");
    }

    #[test]
    fn partial_quotes_and_scare_quotes() {
        let (q, p) = run(&[
            "Dr Amara Okafor said the plan was \u{201c}deeply flawed\u{201d} and the so-called 'reform' a sham.",
            "Critics call the scheme a \u{201c}tax\u{201d} on the poor.",
        ]);
        assert_eq!(
            q.len(),
            1,
            "only the quotation, not the scare quotes: {q:?}"
        );
        assert_eq!(q[0].text, "deeply flawed");
        assert_eq!(q[0].kind, QuoteKind::Partial);
        assert_eq!(speaker(&q[0], &p).as_deref(), Some("Amara Okafor"));
    }

    #[test]
    fn an_unbalanced_mark_loses_nothing_after_it() {
        let (q, _) = run(&[
            "The mayor called it \"a disgrace.",
            "\u{201c}We are leaving,\u{201d} said Ana Ruiz.",
        ]);
        assert!(q.iter().any(|q| q.text == "We are leaving"), "{q:?}");
    }

    #[test]
    fn no_guess_from_the_person_the_text_is_about() {
        let (q, _) = run(&[
            "Mayor Ana Ruiz opened the bridge on Monday.",
            "The council's report called the works \u{201c}a failure of nerve\u{201d} in its summary.",
            "\u{201c}Traffic will double by spring.\u{201d}",
        ]);
        assert_eq!(q.len(), 2, "{q:?}");
        for q in &q {
            assert_eq!(q.speaker, None, "{q:?}");
            assert_ne!(q.rule, Rule::Salient);
        }
    }

    #[test]
    fn a_paragraph_of_quotation_after_reported_speech() {
        for lead in [
            "Mayor Ana Ruiz also reiterated her view that the bridge must close.",
            "Ana Ruiz, the mayor, added that the bridge must close.",
            "Speaking on Monday, Mayor Ana Ruiz warned that the bridge must close.",
        ] {
            let (q, p) = run(&[lead, "\u{201c}We cannot wait for a collapse.\u{201d}"]);
            assert_eq!(q.len(), 1, "{lead}: {q:?}");
            assert_eq!(speaker(&q[0], &p).as_deref(), Some("Ana Ruiz"), "{lead}");
            assert_eq!(q[0].rule, Rule::LeadIn, "{lead}");
        }
        // No speech reported before it, or the quotation is not alone.
        for paras in [
            &[
                "Mayor Ana Ruiz visited the bridge.",
                "\u{201c}We cannot wait.\u{201d}",
            ][..],
            &[
                "Mayor Ana Ruiz said the bridge must close.",
                "Engineers were less sure: \u{201c}We cannot tell.\u{201d}",
            ][..],
        ] {
            let (q, _) = run(paras);
            assert!(q.iter().all(|q| q.rule != Rule::LeadIn), "{q:?}");
        }
    }

    #[test]
    fn interview_answers_go_to_the_interviewee() {
        let (q, p) = run(&[
            "Professor Ana Ruiz has studied the river for thirty years.",
            "Q: Why is there a ban?",
            "A: \"One wet week does not refill an aquifer.\"",
        ]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker(&q[0], &p).as_deref(), Some("Ana Ruiz"));
        assert_eq!(q[0].rule, Rule::Salient);
        assert_eq!(stands_alone("A: ", ""), Some(true));
        assert_eq!(stands_alone("", "."), Some(false));
        assert_eq!(stands_alone("Answer given: ", ""), None);
        assert_eq!(stands_alone("", " he said."), None);
    }

    #[test]
    fn the_name_that_heads_the_attribution_speaks() {
        let intro = "Governor Ted Okafor and Ana Ruiz met in Leeds on Monday.";
        for (attribution, want) in [
            ("said a senior Okafor adviser.", None),
            ("said an adviser to Ted Okafor.", None),
            ("said the former top aide to Governor Ted Okafor.", None),
            (
                "said Okafor campaign manager Robby Mook.",
                Some("Robby Mook"),
            ),
            ("said Okafor's spokeswoman Jane Hicks.", Some("Jane Hicks")),
            ("said Ana Ruiz, a rival of Ted Okafor.", Some("Ana Ruiz")),
            (
                "Ana Ruiz, a rival of Governor Ted Okafor, told reporters.",
                Some("Ana Ruiz"),
            ),
            ("Ana Ruiz, a top Okafor adviser, said.", Some("Ana Ruiz")),
            ("Okafor's lawyer, Jane Hicks, said.", Some("Jane Hicks")),
        ] {
            let quote = format!("\u{201c}The deal is dead,\u{201d} {attribution}");
            let (q, p) = run(&[intro, &quote]);
            assert_eq!(q.len(), 1, "{attribution}: {q:?}");
            assert_eq!(speaker(&q[0], &p).as_deref(), want, "{attribution}");
        }
    }

    #[test]
    fn the_person_before_of_and_a_body_speaks() {
        let (q, p) =
            run(&["Ana Ruiz of The Harbour Trust wrote, \u{201c}The deal is dead.\u{201d}"]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker(&q[0], &p).as_deref(), Some("Ana Ruiz"));
        assert_eq!(q[0].rule, Rule::Before);
    }

    /// A party and state or a ticker in parentheses stands between the
    /// speaker and the verb.
    #[test]
    fn the_name_before_a_parenthesis_speaks() {
        for (text, want) in [
            (
                "Sen. Ana Ruiz (D-Vt.) said, \u{201c}The deal is dead.\u{201d}",
                Some("Ana Ruiz"),
            ),
            (
                "Rep. Ana Ruiz (R-OH) said: \u{201c}The deal is dead.\u{201d}",
                Some("Ana Ruiz"),
            ),
        ] {
            let (q, p) = run(&[text]);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            assert_eq!(speaker(&q[0], &p).as_deref(), want, "{text}");
            assert_eq!(
                q[0].speaker_text.as_deref(),
                text.split(" (").next(),
                "{text}"
            );
        }
    }

    #[test]
    fn a_sentence_keeps_its_subject_past_its_opening_words() {
        for narrative in [
            "But Berg disagreed.",
            "And Berg, for all his doubts, agreed.",
            "Mr. Berg himself disagreed.",
            "Asked whether the yard would still be open when the new owners of the harbour took over next spring, Berg shrugged.",
        ] {
            let (q, p) = run(&[
                "Tomas Berg spoke first. Jonas Lind said: \u{201c}We are done.\u{201d}",
                &format!("{narrative} \u{201c}We are not,\u{201d} he said."),
            ]);
            assert_eq!(q.len(), 2, "{narrative}: {q:?}");
            assert_eq!(
                speaker(&q[1], &p).as_deref(),
                Some("Tomas Berg"),
                "{narrative}"
            );
        }
    }

    #[test]
    fn whom_it_was_said_to_is_never_the_speaker() {
        for text in [
            "Tomas Berg, speaking to Jane Doe, said: \u{201c}We are done.\u{201d}",
            "Tomas Berg quipped to Jane Doe, \u{201c}We are done.\u{201d}",
            "\u{201c}We are done,\u{201d} Tomas Berg told Jane Doe.",
        ] {
            let (q, p) = run(&[text]);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            assert_eq!(speaker(&q[0], &p).as_deref(), Some("Tomas Berg"), "{text}");
        }
    }

    #[test]
    fn organisations_and_unnamed_speakers_of_quotations() {
        let intro = "Mayor Ana Ruiz opened the bridge on Monday.";
        for (attribution, org, unnamed) in [
            (
                "Felbridge Harbour Holdings said.",
                Some("Felbridge Harbour Holdings"),
                false,
            ),
            ("the company said.", None, true),
            (
                "said Felbridge Harbour Holdings.",
                Some("Felbridge Harbour Holdings"),
                false,
            ),
            ("a spokesman for the council said.", None, true),
            (
                "a spokesperson for the Health and Safety Executive said.",
                Some("Health and Safety Executive"),
                false,
            ),
            ("a spokesman for Ana Ruiz said.", None, true),
            ("said a senior Ruiz adviser.", None, true),
            ("officials said.", None, true),
        ] {
            let quote = format!(
                "\u{201c}The bridge is safe,\u{201d} {attribution} \u{201c}Trust us.\u{201d}"
            );
            let (q, _) = run(&[intro, &quote]);
            assert_eq!(q.len(), 2, "{attribution}: {q:?}");
            for q in &q {
                assert_eq!(q.speaker, None, "{attribution}");
                assert_eq!(q.organisation.as_deref(), org, "{attribution}");
                assert_eq!(q.unnamed, unnamed, "{attribution}");
            }
        }
        // Not an organisation "While Comey": the sentence's opening word is
        // no part of the name, and Comey, who says it, is a person.
        let (q, p) = run(&[
            intro,
            "\u{201c}The bridge is safe,\u{201d} While Comey said. \u{201c}Trust us.\u{201d}",
        ]);
        assert_eq!(q.len(), 2, "{q:?}");
        for q in &q {
            assert_eq!(speaker(q, &p).as_deref(), Some("Comey"));
            assert_eq!(q.organisation, None);
        }
    }

    /// An opening word set off by a comma is no part of the body that
    /// speaks: "However, the Harbour Trust said:".
    #[test]
    fn an_opening_word_is_no_part_of_a_speaking_body() {
        for opening in ["However", "Today"] {
            let text = format!(
                "{opening}, Felbridge Harbour Holdings said: \u{201c}The bridge is safe.\u{201d}"
            );
            let (q, _) = run(&[&text]);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            assert_eq!(
                q[0].organisation.as_deref(),
                Some("Felbridge Harbour Holdings"),
                "{text}"
            );
            assert_eq!(
                q[0].speaker_text.as_deref(),
                Some("Felbridge Harbour Holdings"),
                "{text}"
            );
        }
    }

    #[test]
    fn pull_quote_with_shouted_name() {
        let (q, p) = run(&[
            "The council met on Tuesday.",
            "We will rebuild every home that the river took.",
            "MS ANNA KOWALSKI, speaking at the launch.",
        ]);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].kind, QuoteKind::PullQuote);
        assert_eq!(speaker(&q[0], &p).as_deref(), Some("Anna Kowalski"));
    }

    /// A quotation that fills its paragraph, signed on the line below
    /// (`- Jane Doe.`), is that person's, over the last speaker's
    /// continuation; a quotation with a speaker of its own keeps it.
    #[test]
    fn a_quotation_signed_on_the_line_below() {
        let (q, p) = run(&[
            "\u{201c}We will rebuild,\u{201d} Tomas Berg said.",
            "\u{201c}Every home that the river took will stand again.\u{201d}",
            "- Anna Kowalski, Riverton.",
            "\u{201c}It will take years,\u{201d} Berg said.",
            "\u{2014} Anna Kowalski",
        ]);
        let got: Vec<_> = q.iter().map(|q| (speaker(q, &p), q.rule)).collect();
        assert_eq!(
            got,
            [
                (Some("Tomas Berg".to_string()), Rule::After),
                (Some("Anna Kowalski".to_string()), Rule::PullQuote),
                (Some("Tomas Berg".to_string()), Rule::After),
            ]
        );
    }
}

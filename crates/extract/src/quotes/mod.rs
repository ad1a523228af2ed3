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

use crate::doc::Doc;
use crate::people::{People, PersonId};

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
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::PullQuote => "pullquote",
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
    /// Set apart without marks, attributed on the next line.
    #[serde(rename = "pull-quote")]
    PullQuote,
    /// No speaker could be found.
    #[serde(rename = "unattributed")]
    Unattributed,
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
            Rule::PullQuote => "pull-quote",
            Rule::Unattributed => "unattributed",
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
    /// The speaker as written ("he", "Mr Mattis", "a spokesman").
    pub speaker_text: Option<String>,
    pub cue: Option<String>,
    pub rule: Rule,
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
    for (i, span) in spans.iter().enumerate() {
        let text = span.text(body);
        if text.trim().is_empty() {
            continue;
        }
        let para = &paragraphs[span.paragraph];
        let sent_start = sentence_start(body, para, span.open, spans);
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
        let sent_end = sentence_end(body, last_para, span.after.min(last_para.end), spans);
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
            speaker_text: None,
            cue: None,
            rule: Rule::Unattributed,
        };
        let found = attributor
            .after(span.after.min(post_end), post)
            .map(|a| (a, Rule::After))
            .or_else(|| {
                attributor
                    .before(pre_start, pre, &pre_words, kind)
                    .map(|a| (a, Rule::Before))
            });
        if let Some((a, rule)) = found {
            quote.speaker = a.person;
            quote.speaker_text = a.text;
            quote.cue = a.cue;
            quote.rule = rule;
        } else if let Some(prev) = quotes
            .iter()
            .rev()
            .take_while(|q| q.paragraph == span.paragraph)
            .find(|q| q.rule != Rule::Unattributed)
        {
            quote.speaker = prev.speaker;
            quote.speaker_text = prev.speaker_text.clone();
            quote.rule = Rule::SameParagraph;
        } else if let Some(prev) = quotes.last().filter(|q| {
            kind == QuoteKind::Direct
                && span.paragraph.saturating_sub(q.paragraph) <= 1
                && q.rule != Rule::Unattributed
                && attributor.no_new_subject_since(q.span.end, span.open)
        }) {
            quote.speaker = prev.speaker;
            quote.speaker_text = prev.speaker_text.clone();
            quote.rule = Rule::Continuation;
        } else if let Some(subject) = attributor.subject_of(sent_start, span.open) {
            quote.speaker = Some(subject.0);
            quote.speaker_text = Some(subject.1);
            quote.rule = Rule::SentenceSubject;
        } else if let Some(p) = attributor.salient {
            quote.speaker = Some(p);
            quote.rule = Rule::Salient;
        }
        if let Some(p) = quote.speaker.filter(|&p| !people.is_weak(p)) {
            attributor.salient = Some(p);
        }
        attributor.read_to = attributor.read_to.max(span.after);
        quotes.push(quote);
    }
    let pulled = pull_quotes(doc, people, &quotes);
    quotes.extend(pulled);
    quotes.sort_by_key(|q| q.span.start);
    quotes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people;

    fn run(body_paras: &[&str]) -> (Vec<Quote>, People) {
        let body = body_paras.join("\n\n");
        let mut paragraphs = Vec::new();
        let mut pos = 0;
        for p in body_paras {
            paragraphs.push(pos..pos + p.len());
            pos += p.len() + 2;
        }
        let doc = Doc::new(&body, &paragraphs, None, None, []);
        let people = people::find(&doc);
        (extract(&doc, &people), people)
    }

    fn speaker(q: &Quote, p: &People) -> Option<String> {
        q.speaker.map(|i| p.people[i].name.clone())
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
}

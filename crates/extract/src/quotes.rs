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

use crate::doc::Doc;
use crate::lexicon::{self, Flags, Gender, Lexicon};
use crate::people::People;
use crate::text::{self, Word};

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
    pub speaker: Option<usize>,
    /// The speaker as written ("he", "Mr Mattis", "a spokesman").
    pub speaker_text: Option<String>,
    pub cue: Option<String>,
    pub rule: Rule,
}

/// A pair of marks (or a mark left open) in the body.
#[derive(Debug, Clone)]
struct Span {
    /// Byte position of the opening mark.
    open: usize,
    /// Inner text range (between the marks).
    inner: Range<usize>,
    /// Byte position just after the closing mark (or the inner end).
    after: usize,
    /// Opening marks of continued paragraphs, to leave out of the text.
    continuation_marks: Vec<Range<usize>>,
    paragraph: usize,
    last_paragraph: usize,
}

fn is_double(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}'
    )
}

fn is_single(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2039}' | '\u{203a}'
    )
}

fn is_mark(c: char) -> bool {
    is_double(c) || is_single(c)
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    len: usize,
    can_open: bool,
    can_close: bool,
}

/// Marks of one family (double or single) in a paragraph, read by context.
fn marks_in(body: &str, para: &Range<usize>, double: bool) -> Vec<Mark> {
    let text = &body[para.clone()];
    let mut out = Vec::new();
    for (pos, c) in text.char_indices() {
        if !(if double { is_double(c) } else { is_single(c) }) {
            continue;
        }
        // The characters around the mark, read only at marks.
        let prev = text[..pos].chars().next_back();
        let mut following = text[pos + c.len_utf8()..].chars();
        let next = following.next();
        let word_after = following.next();
        if !double
            && prev.is_some_and(char::is_alphanumeric)
            && next.is_some_and(char::is_alphanumeric)
        {
            continue; // an apostrophe inside a word
        }
        if !double && next.is_some_and(|n| n.is_ascii_digit()) {
            continue; // '90s
        }
        let opener_before =
            |p: char| p.is_whitespace() || "([{\u{2014}\u{2013}-/:;,".contains(p) || is_mark(p);
        let closer_after = |n: char| {
            n.is_whitespace() || ".,;:!?)]}\u{2014}\u{2013}-\u{2026}".contains(n) || is_mark(n)
        };
        let left = next.is_some_and(|n| !n.is_whitespace()) && prev.is_none_or(opener_before);
        let right = prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(closer_after);
        let (can_open, can_close) = match (left, right) {
            (true, false) => (true, false),
            (false, true) => (false, true),
            _ => match c {
                '\u{201c}' | '\u{2018}' | '\u{201e}' | '\u{ab}' | '\u{2039}' | '\u{201a}' => {
                    (true, false)
                }
                '\u{201d}' | '\u{2019}' | '\u{bb}' | '\u{203a}' => (false, true),
                _ => (false, false),
            },
        };
        if !double
            && prev == Some('s')
            && next == Some(' ')
            && word_after.is_some_and(char::is_lowercase)
        {
            continue; // "our teams' goodwill": a plural possessive
        }
        if can_open || can_close {
            out.push(Mark {
                pos: para.start + pos,
                len: c.len_utf8(),
                can_open,
                can_close,
            });
        }
    }
    out
}

/// Pairs marks into spans across paragraphs.
fn pair_marks(body: &str, paragraphs: &[Range<usize>], double: bool) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut open: Option<Span> = None;
    for (pi, para) in paragraphs.iter().enumerate() {
        let marks = marks_in(body, para, double);
        let mut skip_first = false;
        if let Some(mut o) = open.take() {
            let first_open = marks.iter().position(|m| m.can_open);
            let first_close = marks.iter().position(|m| m.can_close && !m.can_open);
            // The convention continues quoted speech, which opens its
            // paragraph or follows a colon or comma; a quotation opened in
            // the middle of the writer's sentence ("called it \"a disgrace.")
            // that never closed ends with its paragraph.
            let speech_like = {
                let before = body[paragraphs[o.paragraph].start..o.open].trim_end();
                before.is_empty() || before.ends_with([':', ','])
            };
            let opens_paragraph = speech_like
                && marks
                    .first()
                    .is_some_and(|m| m.can_open && m.pos == para.start);
            if opens_paragraph {
                // Standard convention: each paragraph of the quotation opens with a mark.
                o.continuation_marks
                    .push(marks[0].pos..marks[0].pos + marks[0].len);
                o.last_paragraph = pi;
                open = Some(o);
                skip_first = true;
            } else if first_close.is_some_and(|c| first_open.is_none_or(|op| c < op)) {
                // A closing mark was missing at the end of the last paragraph.
                o.last_paragraph = pi;
                open = Some(o);
            } else {
                let end = paragraphs[o.last_paragraph].end;
                o.inner.end = end;
                o.after = end;
                spans.push(o);
            }
        }
        for (k, m) in marks.iter().enumerate() {
            if skip_first && k == 0 {
                continue;
            }
            match open.take() {
                Some(mut o) if m.can_close => {
                    o.inner.end = m.pos;
                    o.after = m.pos + m.len;
                    o.last_paragraph = pi;
                    spans.push(o);
                }
                Some(mut o) if m.can_open => {
                    // An opening mark inside an open quotation: the last one was never closed.
                    let end = trim_end_at(body, o.inner.start, m.pos);
                    o.inner.end = end;
                    o.after = end;
                    if !double {
                        // An unclosed single mark is more often an apostrophe.
                    } else {
                        spans.push(o);
                    }
                    open = Some(new_span(m, pi));
                }
                Some(o) => open = Some(o),
                None if m.can_open => open = Some(new_span(m, pi)),
                None => {}
            }
        }
        if !double {
            // Single marks rarely run over paragraphs except by the convention.
            if let Some(o) = open.take() {
                let next_opens = paragraphs
                    .get(pi + 1)
                    .is_some_and(|next| body[next.clone()].starts_with(['\u{2018}', '\'']));
                if next_opens {
                    open = Some(o);
                }
            }
        }
    }
    if let Some(mut o) = open {
        let end = paragraphs[o.last_paragraph].end;
        o.inner.end = end;
        o.after = end;
        spans.push(o);
    }
    spans
}

fn new_span(m: &Mark, paragraph: usize) -> Span {
    let start = m.pos + m.len;
    Span {
        open: m.pos,
        inner: start..start,
        after: start,
        continuation_marks: Vec::new(),
        paragraph,
        last_paragraph: paragraph,
    }
}

fn trim_end_at(body: &str, start: usize, end: usize) -> usize {
    start + body[start..end].trim_end().len()
}

/// The quoted words of a span, without continuation marks.
fn span_text(body: &str, span: &Span) -> String {
    let mut out = String::new();
    let mut pos = span.inner.start;
    for mark in &span.continuation_marks {
        out.push_str(&body[pos..mark.start]);
        pos = mark.end;
    }
    out.push_str(&body[pos..span.inner.end]);
    out
}

/// Where the sentence holding `pos` begins, within its paragraph: after
/// the last stop before `pos` that ends a sentence. The stops are read
/// backwards from `pos`, so the cost is the sentence's length, not the
/// paragraph's.
fn sentence_start(body: &str, para: &Range<usize>, pos: usize, spans: &[Span]) -> usize {
    let text = &body[para.start..pos];
    text.rmatch_indices(['.', '!', '?'])
        .map(|(i, _)| i)
        .find(|&i| {
            let rest = &text[i + 1..];
            let followed_by_space = rest.is_empty() || rest.starts_with(char::is_whitespace);
            let word_before = text[..i]
                .rsplit(|ch: char| !ch.is_alphanumeric() && ch != '.')
                .next()
                .unwrap_or("");
            followed_by_space
                && !is_abbreviation_word(word_before)
                && !inside_any(spans, para.start + i)
        })
        .map_or(para.start, |i| para.start + i + 1)
}

/// Where the sentence holding `pos` ends, within its paragraph.
fn sentence_end(body: &str, para: &Range<usize>, pos: usize, spans: &[Span]) -> usize {
    let text = &body[pos..para.end];
    for (i, c) in text.char_indices() {
        let abs = pos + i;
        if matches!(c, '.' | '!' | '?') && !inside_any(spans, abs) {
            let rest = &text[i + c.len_utf8()..];
            let word_before = body[..abs]
                .rsplit(|ch: char| !ch.is_alphanumeric() && ch != '.')
                .next()
                .unwrap_or("");
            if (rest.is_empty() || rest.starts_with(char::is_whitespace))
                && !is_abbreviation_word(word_before)
            {
                return abs + c.len_utf8();
            }
        }
    }
    para.end
}

fn is_abbreviation_word(word: &str) -> bool {
    Lexicon::get().lexeme(word).is(Flags::SENTENCE_ABBREVIATION)
}

/// Whether `pos` lies within a quotation; the spans are in order and do
/// not overlap, so this is a binary search.
fn inside_any(spans: &[Span], pos: usize) -> bool {
    let next = spans.partition_point(|s| s.open <= pos);
    next > 0 && pos < spans[next - 1].after
}

/// Finds the quotations in a body and attributes them.
pub fn extract(doc: &Doc<'_>, people: &People) -> Vec<Quote> {
    let (body, paragraphs) = (doc.body, doc.paragraphs);
    let mut spans = pair_marks(body, paragraphs, true);
    let singles = pair_marks(body, paragraphs, false);
    spans.extend(singles);
    spans.sort_by_key(|s| (s.open, std::cmp::Reverse(s.after)));
    // Quotations inside quotations belong to the outer one.
    let mut outer: Vec<Span> = Vec::new();
    for s in spans {
        if outer.last().is_some_and(|o| s.open < o.after) {
            continue;
        }
        outer.push(s);
    }
    let spans = outer;

    let mut attributor = Attributor {
        doc,
        body,
        paragraphs,
        people,
        spans: &spans,
        salient: None,
        read_to: 0,
    };
    let mut quotes: Vec<Quote> = Vec::new();
    for (i, span) in spans.iter().enumerate() {
        let text = span_text(body, span);
        if text.trim().is_empty() {
            continue;
        }
        let para = &paragraphs[span.paragraph];
        let sent_start = sentence_start(body, para, span.open, &spans);
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
        let sent_end = sentence_end(body, last_para, span.after.min(last_para.end), &spans);
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
        let mut quote = Quote {
            text: text.clone(),
            span: span.inner.clone(),
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
        if let Some(p) = quote.speaker.filter(|&p| !people.people[p].weak) {
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

/// Decides whether quoted words are a quotation, and of which kind; scare
/// quotes, titles and nicknames are not. `pre_words` are the words of
/// `pre`, which its trailing spaces do not change.
fn classify(
    text: &str,
    pre: &str,
    pre_words: &[Word],
    sentence: &str,
    after: &str,
) -> Option<QuoteKind> {
    let pre_trim = pre.trim_end();
    let starts_upper = text
        .trim_start()
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_uppercase);
    let last_pre = pre_words.last().map(|w| text::to_lower(w.text));
    let lower_pre = pre_trim.to_lowercase();
    // "He said, “…" and "…, according to the report: “…" open a quotation;
    // "…, “Small Hours” and …" in a list does not.
    let cue_near_end = pre_words
        .iter()
        .rev()
        .take(4)
        .any(|w| w.lex.is(Flags::CUE_VERB))
        || lower_pre.contains("according to");
    let direct = pre_trim.is_empty()
        || pre_trim.ends_with([':', '\u{2014}', '\u{2013}'])
        || (starts_upper
            && cue_near_end
            && (pre_trim.ends_with(',') || last_pre.as_deref().is_some_and(lexicon::is_cue_verb)));
    // A title with its author: "Small Hours" by Jane Doe.
    let after_trim = after.trim_start_matches([',', ' ']);
    if after_trim.starts_with("by ") && after_trim[3..].starts_with(char::is_uppercase) {
        return None;
    }
    if direct {
        return Some(QuoteKind::Direct);
    }
    // Titles, nicknames, and words held at arm's length.
    let last_words: Vec<&str> = pre_words.iter().rev().take(6).map(|w| w.text).collect();
    // "known to the cast as", "calls the pattern the": a name being given.
    let naming = (last_pre.as_deref() == Some("as")
        && last_words
            .iter()
            .any(|w| matches!(*w, "known" | "referred")))
        || (last_pre.as_deref() == Some("the")
            && last_words
                .iter()
                .skip(1)
                .take(4)
                .any(|w| Lexicon::get().lexeme(w).is(Flags::NAMING_VERB)));
    // "the Admiral", "the Boss": a nickname.
    let inner: Vec<&str> = text.split_whitespace().collect();
    let nickname = inner.len() <= 3
        && inner.first().is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && inner[1..].iter().all(|w| w.starts_with(char::is_uppercase));
    // ", \u{201c}Health and safety in swimming pools\u{201d}, says": a title set off by commas.
    let appositive_title =
        pre_trim.ends_with(',') && after.trim_start().starts_with(',') && !cue_near_end;
    if last_pre
        .as_deref()
        .is_some_and(|w| Lexicon::get().lexeme(w).is(Flags::TITLE_CUE))
        || lower_pre.ends_with("so-called")
        || naming
        || nickname
        || appositive_title
    {
        return None;
    }
    let next_word_capitalised = after
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    if pre_words
        .last()
        .is_some_and(|w| w.lex.given.is_some() && w.is_capitalised())
        && next_word_capitalised
    {
        return None; // Robert "Bobby" Tan
    }
    let has_cue = text::Words::new(&sentence.replace(text, " ")).any(|w| w.lex.is(Flags::CUE_VERB));
    if !has_cue {
        return None;
    }
    Some(QuoteKind::Partial)
}

/// An attribution found near a quotation.
struct Attribution {
    person: Option<usize>,
    text: Option<String>,
    cue: Option<String>,
}

struct Attributor<'a> {
    doc: &'a Doc<'a>,
    body: &'a str,
    paragraphs: &'a [Range<usize>],
    people: &'a People,
    spans: &'a [Span],
    salient: Option<usize>,
    read_to: usize,
}

impl Attributor<'_> {
    /// `"…," X said` / `"…," said X` / `"…," according to X`.
    fn after(&mut self, start: usize, post: &str) -> Option<Attribution> {
        let ws = self.doc.window(start..start + post.len());
        let lead = post.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '\u{2014}' | '\u{2013}' | '-')
        });
        if ws.is_empty() || post.len() - lead.len() > 4 {
            return None;
        }
        if ws[0].text.eq_ignore_ascii_case("according") && ws.get(1).is_some_and(|w| w.text == "to")
        {
            return self
                .noun_phrase_at(start, post, &ws, 2)
                .map(|(person, text)| Attribution {
                    person,
                    text: Some(text),
                    cue: Some("according to".into()),
                });
        }
        let cue_at = ws.iter().take(14).position(|w| w.lex.is(Flags::CUE_VERB))?;
        let cue = Some(ws[cue_at].text.to_string());
        if cue_at == 0 {
            // "said X", "said Dunmore manager Richie Sandoval".
            // A person by name before a lone capitalised word ("said Dunmore
            // manager Richie Sandoval").
            let mention_at = |w: &Word, weak: bool| {
                self.people.near(start + w.start).iter().find(|m| {
                    m.span.start == start + w.start && self.people.people[m.person].weak == weak
                })
            };
            let window = || ws.iter().take(9).skip(1);
            let named = window()
                .find_map(|w| mention_at(w, false))
                .or_else(|| window().find_map(|w| mention_at(w, true)));
            if let Some(m) = named {
                return Some(Attribution {
                    person: Some(m.person),
                    text: Some(self.written(m)),
                    cue,
                });
            }
            return self
                .noun_phrase_at(start, post, &ws, 1)
                .map(|(person, text)| Attribution {
                    person,
                    text: Some(text),
                    cue,
                });
        }
        // "X said", "the program's founder, Dolores Whitaker, told": the
        // person named nearest the verb, else a pronoun or role at the start.
        let cue_start = start + ws[cue_at].start;
        let named = self
            .people
            .starting_in(start..cue_start)
            .iter()
            .rfind(|m| m.phrase.start >= start && m.span.end <= cue_start);
        if let Some(m) = named {
            return Some(Attribution {
                person: Some(m.person),
                text: Some(self.written(m)),
                cue,
            });
        }
        let (person, text, np_end) = self.noun_phrase_with_end(start, post, &ws, 0)?;
        // "a spokesman for the Health and Safety Executive said"
        let complement = ws
            .get(np_end)
            .is_some_and(|w| matches!(w.text, "for" | "of" | "at" | "from" | "with"));
        (np_end <= cue_at
            && (complement
                || ws[np_end..cue_at]
                    .iter()
                    .all(|w| w.lex.is(Flags::FILLER) || !w.is_capitalised()))
            && cue_at - np_end <= if complement { 10 } else { 4 })
        .then_some(Attribution {
            person,
            text: Some(text),
            cue,
        })
    }

    /// A mention as written, with its title ("Mr Mattis").
    fn written(&self, m: &crate::people::Mention) -> String {
        self.body[m.phrase.start..m.span.end].to_string()
    }

    /// `X said: "…"` / `X told reporters, "…"` / `According to X, "…"` /
    /// `…, saying "…"`; for partial quotations, any speech verb earlier in
    /// the sentence. `ws` are the words of `pre`.
    fn before(
        &mut self,
        start: usize,
        pre: &str,
        ws: &[Word],
        kind: QuoteKind,
    ) -> Option<Attribution> {
        let last_cue = ws.iter().rposition(|w| w.lex.is(Flags::CUE_VERB));
        if let Some(a) = ws
            .iter()
            .rposition(|w| w.text.eq_ignore_ascii_case("according"))
            .filter(|a| last_cue.is_none_or(|c| c < *a))
        {
            if ws.get(a + 1).is_some_and(|w| w.text == "to") {
                if let Some((person, text)) = self.noun_phrase_at(start, pre, ws, a + 2) {
                    return Some(Attribution {
                        person,
                        text: Some(text),
                        cue: Some("according to".into()),
                    });
                }
            }
        }
        let cue_at = last_cue?;
        if kind == QuoteKind::Direct && ws.len() - cue_at > 4 {
            return None;
        }
        let cue = ws[cue_at].text.to_string();
        if lexicon::is_participle_cue(&cue) {
            // "… until Jerome Castillo started calling it …": the person just
            // before the verb, else the subject of the clause ("…, saying").
            let cue_start = start + ws[cue_at].start;
            let near = ws[..cue_at].iter().rev().take(3).find_map(|w| {
                self.people.near(start + w.start).iter().find(|m| {
                    m.span.end == start + w.end
                        || (w.is_possessive()
                            && m.span.end + 2 <= start + w.end
                            && m.span.start >= start + w.start)
                })
            });
            if let Some(m) = near {
                return Some(Attribution {
                    person: Some(m.person),
                    text: Some(self.written(m)),
                    cue: Some(cue),
                });
            }
            return self.subject_of(start, cue_start).map(|(p, t)| Attribution {
                person: Some(p),
                text: Some(t),
                cue: Some(cue),
            });
        }
        // The noun phrase ending just before the verb, over adverbs.
        let mut k = cue_at;
        while k > 0 && ws[k - 1].lex.is(Flags::FILLER) && cue_at - k < 3 {
            k -= 1;
        }
        if k > 0 {
            if let Some(found) = self.noun_phrase_ending(start, pre, ws, k) {
                return Some(Attribution {
                    person: found.0,
                    text: Some(found.1),
                    cue: Some(cue),
                });
            }
        }
        // "said Mr Smith:" — the speaker after the verb, right before the quotation.
        if let Some((person, text, end_word)) =
            self.noun_phrase_with_end(start, pre, ws, cue_at + 1)
        {
            if end_word >= ws.len() {
                return Some(Attribution {
                    person,
                    text: Some(text),
                    cue: Some(cue),
                });
            }
        }
        // A verb with no subject of its own ("…and said that …"): the sentence's subject.
        self.subject_of(start, start + ws[cue_at].start)
            .map(|(p, t)| Attribution {
                person: Some(p),
                text: Some(t),
                cue: Some(cue),
            })
    }

    fn noun_phrase_at(
        &mut self,
        base: usize,
        text: &str,
        ws: &[Word],
        k: usize,
    ) -> Option<(Option<usize>, String)> {
        self.noun_phrase_with_end(base, text, ws, k)
            .map(|(p, t, _)| (p, t))
    }

    /// A speaker starting at word `k`: a named person, a pronoun, or a role.
    fn noun_phrase_with_end(
        &mut self,
        base: usize,
        text: &str,
        ws: &[Word],
        k: usize,
    ) -> Option<(Option<usize>, String, usize)> {
        let w = ws.get(k)?;
        let abs = base + w.start;
        if let Some(m) = self.people.mention_at(abs) {
            let end_word = ws
                .iter()
                .position(|x| base + x.end >= m.span.end)
                .map_or(ws.len(), |e| e + 1);
            return Some((
                Some(m.person),
                self.body[m.phrase.start..m.span.end].to_string(),
                end_word,
            ));
        }
        if let Some(gender) = w
            .lex
            .pronoun
            .filter(|_| matches!(&*text::to_lower(w.text), "he" | "she"))
        {
            return Some((self.resolve_pronoun(gender, abs), w.text.to_string(), k + 1));
        }
        if let Some(rm) = self
            .people
            .roles_near(abs)
            .iter()
            .find(|r| r.span.start == abs)
        {
            let end_word = ws
                .iter()
                .position(|x| base + x.end >= rm.span.end)
                .map_or(ws.len(), |e| e + 1);
            let written = self.body[rm.span.clone()].to_string();
            let definite = w.text.eq_ignore_ascii_case("the");
            let person = rm.person.or(if definite {
                self.salient_holding(&rm.role)
            } else {
                None
            });
            return Some((person, written, end_word));
        }
        // A named organisation or an unknown speaker: keep it as written.
        if w.is_capitalised() && !w.lex.is(Flags::FUNCTION_WORD) {
            let mut e = k + 1;
            while e < ws.len() && ws[e].joined_to_previous && ws[e].is_capitalised() {
                e += 1;
            }
            let _ = text;
            return Some((
                None,
                self.body[base + ws[k].start..base + ws[e - 1].end].to_string(),
                e,
            ));
        }
        None
    }

    /// A speaker whose last word is word `k - 1`.
    fn noun_phrase_ending(
        &mut self,
        base: usize,
        text: &str,
        ws: &[Word],
        k: usize,
    ) -> Option<(Option<usize>, String)> {
        let last = &ws[k - 1];
        let end = base + last.end;
        // A person opening the sentence with an apposition ("Sister Joanne
        // Ashworth, the union's representative at the trust, told …",
        // "Brenda Jones, from Crawley, asked") outranks the last word.
        let opened_by_person = self.people.near(base + ws[0].start).iter().any(|m| {
            m.phrase.start == base + ws[0].start
                && !self.people.people[m.person].weak
                && self.body[m.span.end..]
                    .trim_start_matches(['\'', '\u{2019}', 's'])
                    .starts_with(',')
        });
        if let Some(m) = self.people.near(end).iter().find(|m| {
            (m.span.end == end
                || (m.span.end < end
                    && end - m.span.end <= 3
                    && last.is_possessive()
                    && m.span.start >= base + last.start))
                && !(opened_by_person && self.people.people[m.person].weak)
        }) {
            return Some((
                Some(m.person),
                self.body[m.phrase.start..m.span.end].to_string(),
            ));
        }
        if let Some(gender) = last
            .lex
            .pronoun
            .filter(|_| matches!(&*text::to_lower(last.text), "he" | "she"))
        {
            return Some((self.resolve_pronoun(gender, end), last.text.to_string()));
        }
        // An organisation or a group speaks: "Felbridge Harbour Holdings said",
        // "police said", "the company said".
        let group = (last.is_capitalised() && !last.lex.is(Flags::FUNCTION_WORD))
            || last.lex.is(Flags::GROUP_NOUN);
        if group && !opened_by_person {
            let first = ws[..k]
                .iter()
                .rposition(|w| {
                    !(w.is_capitalised() || w.lex.is(Flags::GROUP_NOUN) || w.text == "the")
                })
                .map_or(0, |i| i + 1);
            if self
                .people
                .roles_near(end)
                .iter()
                .all(|r| r.span.end != end)
            {
                return Some((None, self.body[base + ws[first].start..end].to_string()));
            }
        }
        if let Some(rm) = self
            .people
            .roles_near(end)
            .iter()
            .find(|r| r.span.end == end)
        {
            let definite = self.body[rm.span.clone()].to_lowercase().starts_with("the");
            return Some((
                rm.person.or(if definite {
                    self.salient_holding(&rm.role)
                } else {
                    None
                }),
                self.body[rm.span.clone()].to_string(),
            ));
        }
        let _ = text;
        None
    }

    /// The person the text is about, if nothing says they hold another
    /// role than `role` ("the Italian Prime Minister" is not the Greek one).
    fn salient_holding(&self, role: &str) -> Option<usize> {
        let p = self.salient?;
        let roles = &self.people.people[p].roles;
        // "the 34-year-old", "the Irishman" describe; they hold no office.
        let descriptive = role
            .split_whitespace()
            .last()
            .is_some_and(lexicon::is_descriptor);
        (descriptive || roles.is_empty() || self.people.resolve_role_among(role, &[p])).then_some(p)
    }

    fn resolve_pronoun(&self, gender: Gender, at: usize) -> Option<usize> {
        let fits = |p: usize| {
            let g = self.people.people[p].gender;
            g == gender || g == Gender::Unknown
        };
        // A person named earlier in the same sentence, other than as an object.
        if let Some(para) = self.paragraph_at(at) {
            let start = sentence_start(self.body, para, at, self.spans);
            let mut previous = None;
            for w in self.doc.window(start..at) {
                let abs = start + w.start;
                let after_preposition = previous
                    .replace(w.text)
                    .is_some_and(lexicon::is_preposition);
                if inside_any(self.spans, abs) {
                    continue;
                }
                if let Some(m) = self
                    .people
                    .near(abs)
                    .iter()
                    .find(|m| m.phrase.start == abs && !self.people.people[m.person].weak)
                {
                    if !after_preposition && !self.people.people[m.person].weak && fits(m.person) {
                        return Some(m.person);
                    }
                }
            }
        }
        if let Some(p) = self.salient.filter(|&p| fits(p)) {
            return Some(p);
        }
        self.people
            .starting_in(0..at)
            .iter()
            .rev()
            .find(|m| {
                m.span.end <= at
                    && fits(m.person)
                    && !self.people.people[m.person].weak
                    && !inside_any(self.spans, m.span.start)
            })
            .map(|m| m.person)
            .or(self.salient)
    }

    /// The paragraph that holds byte `at` (or ends right at it).
    fn paragraph_at(&self, at: usize) -> Option<&Range<usize>> {
        let next = self.paragraphs.partition_point(|p| p.end < at);
        self.paragraphs.get(next).filter(|p| p.start <= at)
    }

    /// The grammatical subject of the sentence from `from` to `to`: its
    /// first person named other than as an object.
    fn subject_of(&mut self, from: usize, to: usize) -> Option<(usize, String)> {
        let para = self.paragraph_at(from)?;
        let start = sentence_start(self.body, para, from.max(para.start), self.spans);
        // Only the first words can hold the subject: no need to read on.
        let mut previous = None;
        for (i, w) in self
            .doc
            .window_prefix(start..to.max(start), 14)
            .into_iter()
            .enumerate()
        {
            let abs = start + w.start;
            let before = previous.replace(w.text);
            if inside_any(self.spans, abs) {
                continue;
            }
            if let Some(m) = self
                .people
                .near(abs)
                .iter()
                .find(|m| m.phrase.start == abs && !self.people.people[m.person].weak)
            {
                if before.is_some_and(lexicon::is_preposition) {
                    continue;
                }
                return Some((m.person, self.body[m.phrase.start..m.span.end].to_string()));
            }
            if i == 0 || before.is_some_and(|b| b == ",") {
                if let Some(g) = w
                    .lex
                    .pronoun
                    .filter(|_| matches!(&*text::to_lower(w.text), "he" | "she"))
                {
                    return self
                        .resolve_pronoun(g, abs)
                        .map(|p| (p, w.text.to_string()));
                }
            }
            if let Some(rm) = self
                .people
                .roles_near(abs)
                .iter()
                .find(|r| r.span.start == abs)
            {
                // "The Finance Minister, Daniel Frew, said": the name in apposition.
                let named =
                    self.people.near(rm.span.end).iter().find(|m| {
                        m.phrase.start > rm.span.end && m.phrase.start <= rm.span.end + 3
                    });
                if let Some(m) = named {
                    return Some((m.person, self.written(m)));
                }
                if let Some(p) = rm.person.or(self.salient_holding(&rm.role)) {
                    return Some((p, self.body[rm.span.clone()].to_string()));
                }
            }
        }
        None
    }

    /// Moves the salient person along the narrative up to `to`: each
    /// sentence's subject becomes the person the text is about.
    fn read_narrative(&mut self, to: usize) {
        if to <= self.read_to {
            return;
        }
        let mut pos = self.read_to;
        while pos < to {
            let next = self.paragraphs.partition_point(|p| p.end <= pos);
            let Some(para) = self.paragraphs.get(next) else {
                break;
            };
            let s = pos.max(para.start);
            if s >= to {
                break;
            }
            let e = sentence_end(self.body, para, s, self.spans)
                .min(to)
                .max(s + 1)
                .min(para.end);
            if let Some((p, _)) = self.subject_of(s, e) {
                self.salient = Some(p);
            }
            pos = if e >= para.end { para.end + 1 } else { e };
        }
        self.read_to = to;
    }

    /// Whether no sentence between two points is about someone new.
    fn no_new_subject_since(&mut self, from: usize, to: usize) -> bool {
        let before = self.salient;
        let saved = self.read_to;
        self.read_to = from;
        self.read_narrative(to);
        let same = self.salient == before;
        self.read_to = saved.max(to);
        same
    }
}

/// A paragraph set apart without marks, followed by a line naming its
/// speaker: `MS JANE DOE, at the launch.` or `— Jane Doe, on Twitter`.
fn pull_quotes(doc: &Doc<'_>, people: &People, quotes: &[Quote]) -> Vec<Quote> {
    let (body, paragraphs) = (doc.body, doc.paragraphs);
    let mut out = Vec::new();
    let quoted: std::collections::HashSet<usize> = quotes.iter().map(|q| q.paragraph).collect();
    for (pi, para) in paragraphs.iter().enumerate().skip(1) {
        let text = &body[para.clone()];
        let dashed = text.starts_with(['\u{2014}', '\u{2013}', '-', '~']);
        let ws = doc.window(para.clone());
        let Some(first) = ws.first() else { continue };
        let shouting_name = first.is_shouting() && ws.get(1).is_some_and(|w| w.is_shouting());
        if !(dashed || shouting_name) {
            continue;
        }
        let name_start = para.start + first.start;
        let Some(m) = people.near(name_start).iter().find(|m| {
            m.phrase.start <= name_start + 4
                && m.phrase.start >= name_start
                && m.span.end <= para.end
        }) else {
            continue;
        };
        let after_name = body[m.span.end..para.end].trim_start();
        if !(after_name.is_empty() || after_name.starts_with([',', '(', '.'])) {
            continue;
        }
        let prev = &paragraphs[pi - 1];
        let quoted = quoted.contains(&(pi - 1)) || quoted.contains(&pi);
        if quoted || body[prev.clone()].split_whitespace().count() > 80 {
            continue;
        }
        let inner = trim_marks(body, prev.clone());
        out.push(Quote {
            text: body[inner.clone()].to_string(),
            span: inner,
            paragraph: pi - 1,
            kind: QuoteKind::PullQuote,
            speaker: Some(m.person),
            speaker_text: Some(body[m.phrase.start..m.span.end].to_string()),
            cue: None,
            rule: Rule::PullQuote,
        });
    }
    out
}

fn trim_marks(body: &str, range: Range<usize>) -> Range<usize> {
    let text = &body[range.clone()];
    let start_trim = text.len() - text.trim_start_matches(is_mark).len();
    let end_trim = text.len() - text.trim_end_matches(is_mark).len();
    if start_trim > 0 && end_trim > 0 && start_trim + end_trim < text.len() {
        range.start + start_trim..range.end - end_trim
    } else {
        range
    }
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
                    "We will not raise taxes,",
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
            "First paragraph of the speech.\n\nSecond paragraph,"
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
        assert!(q.iter().any(|q| q.text == "We are leaving,"), "{q:?}");
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

//! Who said a quotation: from the attribution after it (`"…," X said`),
//! before it (`X said: "…"`, `According to X, "…"`), from an earlier
//! quotation in the same paragraph, from the speaker of the paragraph
//! before (continued quotations), from the sentence's subject, or from
//! the person the text is about at that point.

use std::ops::Range;

use crate::doc::Doc;
use crate::lexicon::{self, Flags, Gender, Lexicon};
use crate::people::{People, PersonId};
use crate::text::{self, Word};

use super::QuoteKind;
use crate::doc::{Span, inside_any, sentence_end, sentence_start};

/// How many words after a quotation its verb of saying is looked for: a
/// name and a description of some twenty words (`"…," Douglas
/// Holtz-Eakin, an economic adviser to Republicans and former director of
/// the nonpartisan Congressional Budget Office, said`). PolNeAR train,
/// speakers right by this reach: 14 → 9124, 20 → 9131, 24 → 9131,
/// 28 → 9132, 36 → 9131.
const AFTER_CUE_REACH: usize = 24;

/// How many words a parenthesis between a speaker and the verb may hold:
/// a party and state ("(I-Vt.)", two words) or a ticker ("(NYSE: ACME)").
const PARENTHESIS_WORDS: usize = 4;

/// An attribution found near a quotation.
pub(super) struct Attribution {
    pub(super) person: Option<PersonId>,
    pub(super) text: Option<String>,
    pub(super) cue: Option<String>,
}

pub(super) struct Attributor<'a> {
    pub(super) doc: &'a Doc<'a>,
    pub(super) body: &'a str,
    pub(super) paragraphs: &'a [Range<usize>],
    pub(super) people: &'a People,
    pub(super) spans: &'a [Span],
    pub(super) salient: Option<PersonId>,
    pub(super) read_to: usize,
}

impl Attributor<'_> {
    /// `"…," X said` / `"…," said X` / `"…," according to X`.
    pub(super) fn after(&mut self, start: usize, post: &str) -> Option<Attribution> {
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
                .noun_phrase_at(start, &ws, 2)
                .map(|(person, text)| Attribution {
                    person,
                    text: Some(text),
                    cue: Some("according to".into()),
                });
        }
        let cue_at = ws
            .iter()
            .take(AFTER_CUE_REACH)
            .position(|w| w.lex.is(Flags::CUE_VERB))?;
        let cue = Some(ws[cue_at].text.to_string());
        if cue_at == 0 {
            // "said X", "said Dunmore manager Richie Sandoval": the first
            // person named in the next eight words who heads the phrase, neither
            // a modifier ("said a senior Cruz adviser", "said Clinton's aide
            // Jake Sullivan") nor after a preposition ("said an adviser to
            // Trump", "said Raúl Grijalva of Arizona").
            let mut previous: Option<&Word> = None;
            let mut named = None;
            for w in ws.iter().take(9).skip(1) {
                let after_preposition = previous.is_some_and(|p| p.lex.is(Flags::PREPOSITION));
                previous = Some(w);
                let Some(m) = self
                    .people
                    .near(start + w.start)
                    .iter()
                    .find(|m| m.span.start == start + w.start)
                else {
                    continue;
                };
                // "said an aide to President George W. Bush": the title
                // opens the phrase that follows the preposition.
                if after_preposition || self.after_preposition(m.phrase.start) {
                    break;
                }
                if !self.modifies(m) {
                    named = Some(m);
                    break;
                }
            }
            if let Some(m) = named {
                return Some(Attribution {
                    person: Some(m.person),
                    text: Some(self.written(m)),
                    cue,
                });
            }
            // "…,'' said the candidate could win": a clause was said, and
            // its subject is not the speaker.
            let (person, text, np_end) = self.noun_phrase_with_end(start, &ws, 1)?;
            if ws.get(np_end).is_some_and(|w| w.lex.is(Flags::AUXILIARY)) {
                return None;
            }
            return Some(Attribution {
                person,
                text: Some(text),
                cue,
            });
        }
        // "X said", "the program's founder, Dolores Whitaker, told": the
        // person named nearest the verb, else a pronoun or role at the start.
        let cue_start = start + ws[cue_at].start;
        // The last person named who heads a phrase, unless the first one
        // opens the attribution in apposition ("Morton Blackwell, the
        // committeeman from Virginia, told AFP"; "Gene Sperling, a top
        // Clinton adviser, said").
        let candidates: Vec<&crate::people::Mention> = self
            .people
            .starting_in(start..cue_start)
            .iter()
            .filter(|m| {
                m.phrase.start >= start
                    && m.span.end <= cue_start
                    && !self.modifies(m)
                    && !self.after_preposition(m.phrase.start)
                    // Not a tag in parentheses ("Chuck Schumer (Democrat) said").
                    && !inside_parentheses(&self.body[start..m.phrase.start])
            })
            .collect();
        // "Weld and Johnson said", "Carson, Fiorina and Huckabee said":
        // several people speak, and no one of them alone. (A name after
        // "and" is no candidate of its own: it reads as an object.)
        let named_here: Vec<&crate::people::Mention> = self
            .people
            .starting_in(start..cue_start)
            .iter()
            .filter(|m| m.span.end <= cue_start && !self.people.is_weak(m.person))
            .collect();
        // Names j and j + 1 joined: "Weld and Johnson", "Carson, Fiorina".
        // (Two mentions may overlap, "Ms Lindqvist Robert": then nothing
        // lies between them.)
        let joined = |j: usize| {
            self.body
                .get(named_here[j].span.end..named_here[j + 1].phrase.start)
                .is_some_and(|between| matches!(between.trim(), "and" | "," | ", and"))
        };
        let last_joined = (0..named_here.len().saturating_sub(1)).rev().find(|&j| {
            joined(j)
                && self.body[named_here[j + 1].span.end..cue_start]
                    .trim()
                    .is_empty()
        });
        if let Some(i) = last_joined {
            let mut first = i;
            while first > 0 && joined(first - 1) {
                first -= 1;
            }
            return Some(Attribution {
                person: None,
                text: Some(
                    self.body[named_here[first].phrase.start..named_here[i + 1].span.end]
                        .to_string(),
                ),
                cue,
            });
        }
        let named = match candidates.first() {
            Some(m)
                if m.phrase.start <= start + ws[0].start
                    && self.body[m.span.end..].trim_start().starts_with(',') =>
            {
                Some(*m)
            }
            _ => candidates.last().copied(),
        };
        if let Some(m) = named {
            return Some(Attribution {
                person: Some(m.person),
                text: Some(self.written(m)),
                cue,
            });
        }
        let (person, text, np_end) = self.noun_phrase_with_end(start, &ws, 0)?;
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

    /// Whether a person's name only modifies the phrase it is in: a
    /// possessive ("Trump's attorney"), or a name before a noun ("a senior
    /// Cruz adviser", "Clinton campaign manager Robby Mook").
    pub(super) fn modifies(&self, m: &crate::people::Mention) -> bool {
        let rest = &self.body[m.span.end..];
        if rest.starts_with(['\'', '\u{2019}']) {
            return true;
        }
        let words = &self.doc.words;
        let i = words.partition_point(|w| w.start < m.span.end);
        let Some(next) = words.get(i) else {
            return false;
        };
        if !self.body[m.span.end..next.start].trim().is_empty() {
            return false;
        }
        next.lex.is(Flags::ROLE_HEAD | Flags::GROUP_NOUN)
            || (next.text.chars().next().is_some_and(char::is_lowercase)
                && !next.lex.is(Flags::FUNCTION_WORD
                    | Flags::PREPOSITION
                    | Flags::FILLER
                    | Flags::TIME_WORD
                    | Flags::CUE_VERB
                    // "Mr. Obama himself tried", "Ms. Lee also said".
                    | Flags::VERB_ADVERB)
                && !next.text.ends_with("ed")
                && !next.text.ends_with("ly"))
    }

    /// Whether the word before byte `at` is a preposition ("an adviser
    /// to Trump"), with nothing but spaces between: not the last word of a
    /// quotation (`"…nothing to worry about," Chuck Schumer said`).
    pub(super) fn after_preposition(&self, at: usize) -> bool {
        self.doc
            .word_before(at)
            .is_some_and(|w| w.lex.is(Flags::PREPOSITION) && self.body[w.end..at].trim().is_empty())
    }

    /// A mention as written, with its title ("Mr Mattis").
    pub(super) fn written(&self, m: &crate::people::Mention) -> String {
        self.body[m.phrase.start..m.span.end].to_string()
    }

    /// `X said: "…"` / `X told reporters, "…"` / `According to X, "…"` /
    /// `…, saying "…"`; for partial quotations, any speech verb earlier in
    /// the sentence. `ws` are the words before the quotation in its
    /// sentence, read from byte `start`.
    pub(super) fn before(
        &mut self,
        start: usize,
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
                if let Some((person, text)) = self.noun_phrase_at(start, ws, a + 2) {
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
            // (Not across a preposition: "responded to Trump's messages by
            // saying" is not Trump's.)
            let near = ws[..cue_at]
                .iter()
                .rev()
                .take(3)
                .take_while(|w| !w.lex.is(Flags::PREPOSITION))
                .find_map(|w| {
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
        let k = self.before_parenthesis(start, ws, k);
        if k > 0 {
            if let Some(found) = self.noun_phrase_ending(start, ws, k) {
                return Some(Attribution {
                    person: found.0,
                    text: Some(found.1),
                    cue: Some(cue),
                });
            }
        }
        // "said Mr Smith:" — the speaker after the verb, right before the quotation.
        if let Some((person, text, end_word)) = self.noun_phrase_with_end(start, ws, cue_at + 1) {
            // Not the object of "called the findings" nor the addressee
            // of "told the BBC": a person named, or a capitalised name after
            // a verb of saying.
            let inverted = person.is_some()
                || (ws[cue_at + 1].is_capitalised() && !ws[cue_at].lex.is(Flags::REPORT_TELL));
            if end_word >= ws.len() && inverted {
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

    /// Word `k`, or the word that opens a short parenthesis ending just
    /// before it, so that the noun phrase before the parenthesis speaks:
    /// "Sen. Bernie Sanders (I-Vt.) said", "Acme Corp (ACME.N) said".
    fn before_parenthesis(&self, base: usize, ws: &[Word], k: usize) -> usize {
        let gap = |i: usize| &self.body[base + ws[i - 1].end..base + ws[i].start];
        if k == 0 || !gap(k).contains(')') {
            return k;
        }
        (k.saturating_sub(PARENTHESIS_WORDS).max(1)..k)
            .rev()
            .find(|&i| gap(i).contains('('))
            .unwrap_or(k)
    }

    pub(super) fn noun_phrase_at(
        &mut self,
        base: usize,
        ws: &[Word],
        k: usize,
    ) -> Option<(Option<PersonId>, String)> {
        self.noun_phrase_with_end(base, ws, k)
            .map(|(p, t, _)| (p, t))
    }

    /// A speaker starting at word `k`: a named person, a pronoun, or a role.
    pub(super) fn noun_phrase_with_end(
        &mut self,
        base: usize,
        ws: &[Word],
        k: usize,
    ) -> Option<(Option<PersonId>, String, usize)> {
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
            let role_end = ws
                .iter()
                .position(|x| base + x.end >= rm.span.end)
                .map_or(ws.len(), |e| e + 1);
            let end_word = body_spoken_for_end(ws, role_end);
            if end_word > role_end {
                // "a spokesperson for the Health and Safety Executive".
                let written = self.body[rm.span.start..base + ws[end_word - 1].end].to_string();
                return Some((None, written, end_word));
            }
            let written = self.body[rm.span.clone()].to_string();
            let definite = w.text.eq_ignore_ascii_case("the");
            let person = rm.person.or(if definite {
                self.salient_holding(&rm.role)
            } else {
                None
            });
            return Some((person, written, end_word));
        }
        // "officials", "police": a group left unnamed; "someone".
        if (w.lex.is(Flags::GROUP_NOUN) && !w.is_capitalised())
            || w.lex.is(Flags::INDEFINITE_PRONOUN)
        {
            return Some((None, w.text.to_string(), k + 1));
        }
        // "the Health Department", "a spokesman", "the company", "one
        // resident": an organisation or a speaker left unnamed, up to the
        // verb or a break.
        if matches!(
            &*text::to_lower(w.text),
            "the" | "a" | "an" | "one" | "another"
        ) {
            let e = ws[k + 1..]
                .iter()
                .take(6)
                .take_while(|x| {
                    x.text.chars().next().is_some_and(char::is_alphanumeric)
                        && !x.lex.is(Flags::CUE_VERB | Flags::PREPOSITION)
                        && (x.is_capitalised() || !x.lex.is(Flags::FUNCTION_WORD | Flags::FILLER))
                })
                .count();
            if e > 0 {
                let e = body_spoken_for_end(ws, k + 1 + e);
                return Some((
                    None,
                    self.body[base + ws[k].start..base + ws[e - 1].end].to_string(),
                    e,
                ));
            }
        }
        // A named organisation or an unknown speaker: keep it as written.
        if w.is_capitalised() && !w.lex.is(Flags::FUNCTION_WORD) {
            let mut e = k + 1;
            while e < ws.len() && ws[e].joined_to_previous && ws[e].is_capitalised() {
                e += 1;
            }
            return Some((
                None,
                self.body[base + ws[k].start..base + ws[e - 1].end].to_string(),
                e,
            ));
        }
        None
    }

    /// A speaker whose last word is word `k - 1`.
    pub(super) fn noun_phrase_ending(
        &mut self,
        base: usize,
        ws: &[Word],
        k: usize,
    ) -> Option<(Option<PersonId>, String)> {
        let last = &ws[k - 1];
        let end = base + last.end;
        // A person opening the sentence with an apposition ("Sister Joanne
        // Ashworth, the union's representative at the trust, told …",
        // "Brenda Jones, from Crawley, asked") outranks the last word.
        let opened_by_person = self.people.near(base + ws[0].start).iter().any(|m| {
            m.phrase.start == base + ws[0].start
                && !self.people.is_weak(m.person)
                && self.body[m.span.end..]
                    .trim_start_matches(['\'', '\u{2019}', 's'])
                    .starts_with(',')
        });
        // Not whom it was said to: "Tomas Berg, speaking to Jane Doe, said".
        if let Some(m) = self.people.near(end).iter().find(|m| {
            (m.span.end == end
                || (m.span.end < end
                    && end - m.span.end <= 3
                    && last.is_possessive()
                    && m.span.start >= base + last.start))
                && !(opened_by_person && self.people.is_weak(m.person))
                && !self.after_preposition(m.phrase.start)
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
        // "Someone said:", left unnamed.
        if last.lex.is(Flags::INDEFINITE_PRONOUN) {
            return Some((None, last.text.to_string()));
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
            // Not an opening word set off by a comma: "Today, the People's
            // Daily newspaper calls it …".
            let first = (first..k - 1)
                .rev()
                .find(|&i| self.body[base + ws[i].end..base + ws[i + 1].start].contains(','))
                .map_or(first, |i| i + 1);
            // "George Zornick of The Nation wrote": the person before "of"
            // speaks, not the body after it.
            let of_body = (first >= 2 && matches!(ws[first - 1].text, "of" | "at" | "from"))
                .then(|| {
                    let name_end = base + ws[first - 2].end;
                    self.people
                        .near(name_end)
                        .iter()
                        .find(|m| m.span.end == name_end && !self.people.is_weak(m.person))
                })
                .flatten();
            if let Some(m) = of_body {
                return Some((
                    Some(m.person),
                    self.body[m.phrase.start..m.span.end].to_string(),
                ));
            }
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
        None
    }

    /// The person the text is about, if nothing says they hold another
    /// role than `role` ("the Italian Prime Minister" is not the Greek one).
    pub(super) fn salient_holding(&self, role: &str) -> Option<PersonId> {
        let p = self.salient?;
        let head = role.split_whitespace().last().unwrap_or_default();
        // "the spokesman" speaks for someone, never as them.
        if Lexicon::get()
            .lexeme(&text::to_lower(head))
            .is(Flags::VOICE_OF_BODY)
        {
            return None;
        }
        // "the 34-year-old", "the Irishman" describe; they hold no office.
        let descriptive = lexicon::is_descriptor(head);
        (descriptive || !self.people.has_roles(p) || self.people.resolve_role_among(role, &[p]))
            .then_some(p)
    }

    pub(super) fn resolve_pronoun(&self, gender: Gender, at: usize) -> Option<PersonId> {
        let fits = |p: PersonId| {
            let g = self.people.gender(p);
            g == gender || g == Gender::Unknown
        };
        // A person named earlier in the same sentence, other than as an object.
        if let Some(para) = self.paragraph_at(at) {
            let start = sentence_start(self.body, para, at, &self.doc.stops, self.spans);
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
                    .find(|m| m.phrase.start == abs && !self.people.is_weak(m.person))
                {
                    if !after_preposition && !self.people.is_weak(m.person) && fits(m.person) {
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
                    && !self.people.is_weak(m.person)
                    && !inside_any(self.spans, m.span.start)
            })
            .map(|m| m.person)
    }

    /// The paragraph that holds byte `at` (or ends right at it).
    pub(super) fn paragraph_at(&self, at: usize) -> Option<&Range<usize>> {
        let next = self.paragraphs.partition_point(|p| p.end < at);
        self.paragraphs.get(next).filter(|p| p.start <= at)
    }

    /// The grammatical subject of the sentence from `from` to `to`: its
    /// first person named other than as an object.
    pub(super) fn subject_of(&mut self, from: usize, to: usize) -> Option<(PersonId, String)> {
        let para = self.paragraph_at(from)?;
        let start = sentence_start(
            self.body,
            para,
            from.max(para.start),
            &self.doc.stops,
            self.spans,
        );
        // Only the first words can hold the subject: no need to read on.
        // Past an opening clause, though ("Asked whether she worries about
        // what happens to the workshop when she stops, de la Vega shrugs").
        let mut previous = None;
        let mut previous_end = start;
        for (i, w) in self
            .doc
            .window_prefix(start..to.max(start), SUBJECT_WORDS)
            .into_iter()
            .enumerate()
        {
            let abs = start + w.start;
            let before = previous.replace(w.text);
            // "On Twitter, she responded": a comma before the word.
            let after_comma = self.body[previous_end..abs].contains(',');
            previous_end = start + w.end;
            if inside_any(self.spans, abs) {
                continue;
            }
            if let Some(m) = self
                .people
                .near(abs)
                .iter()
                .find(|m| m.phrase.start == abs && !self.people.is_weak(m.person))
            {
                // "But Obama seems to agree": a capitalised first word is
                // the sentence's opener, not a preposition.
                let opener = i == 1 && before.is_some_and(|b| b.starts_with(char::is_uppercase));
                if before.is_some_and(lexicon::is_preposition) && !opener || self.modifies(m) {
                    continue;
                }
                return Some((m.person, self.body[m.phrase.start..m.span.end].to_string()));
            }
            if i == 0 || after_comma {
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

    /// The subject of the last sentence of the paragraph before
    /// `paragraph`, when that sentence reports speech outside quotation
    /// marks ("He also reiterated his view that …").
    pub(super) fn lead_in(&mut self, paragraph: usize) -> Option<(PersonId, String)> {
        let para = self.paragraphs.get(paragraph.checked_sub(1)?)?;
        let text = self.body[para.clone()].trim_end();
        self.sentence_reporting_before(para, para.start + text.len())
    }

    /// The subject of the sentence of `para` that ends just before `end`
    /// (spaces aside), when it reports speech outside quotation marks:
    /// "Dianne Bystrom agreed. \"…\"".
    pub(super) fn sentence_reporting_before(
        &mut self,
        para: &Range<usize>,
        end: usize,
    ) -> Option<(PersonId, String)> {
        let text = self.body[para.start..end].trim_end();
        let (last_char, _) = text.char_indices().next_back()?;
        let start = sentence_start(
            self.body,
            para,
            para.start + last_char,
            &self.doc.stops,
            self.spans,
        );
        let end = para.start + text.len();
        let cue = self
            .doc
            .window(start..end)
            .into_iter()
            .find(|w| w.lex.is(Flags::CUE_VERB) && !inside_any(self.spans, start + w.start))?;
        self.subject_of(start, start + cue.start)
    }

    /// Moves the salient person along the narrative up to `to`: each
    /// sentence's subject becomes the person the text is about.
    pub(super) fn read_narrative(&mut self, to: usize) {
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
            let e = sentence_end(para, s, &self.doc.stops)
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

    /// Whether no sentence between two points is about someone other than
    /// `speaker` (the speaker of the quotation at `from`). The person the
    /// text is about is compared with that speaker, not with the person it
    /// was about before the check: the narrative has been read up to the
    /// sentence at `to` already, so that one would have "no new subject"
    /// in "Dianne Bystrom agreed. \"…\"".
    pub(super) fn no_new_subject_since(
        &mut self,
        from: usize,
        to: usize,
        speaker: Option<PersonId>,
    ) -> bool {
        let (salient, read_to) = (self.salient, self.read_to);
        self.salient = speaker;
        self.read_to = from;
        self.read_narrative(to);
        let same = self.salient == speaker;
        self.salient = salient;
        self.read_to = read_to.max(to);
        same
    }
}

/// Whether `text` leaves a parenthesis open.
fn inside_parentheses(text: &str) -> bool {
    text.matches('(').count() > text.matches(')').count()
}

/// The end of "a spokesperson for the Health and Safety Executive" when
/// the phrase ending at word `e - 1` is a voice of a body followed by
/// "for" or "of" and a capitalised name: the name is part of the speaker's
/// words, so that the body is the speaker. Else `e`.
fn body_spoken_for_end(ws: &[Word], e: usize) -> usize {
    let voice = ws[e - 1].lex.is(Flags::VOICE_OF_BODY);
    if !voice || !ws.get(e).is_some_and(|w| matches!(w.text, "for" | "of")) {
        return e;
    }
    let mut end = e + 1;
    if ws.get(end).is_some_and(|w| w.text == "the") {
        end += 1;
    }
    let name_start = end;
    while end < ws.len()
        && end - name_start < MAX_BODY_NAME_WORDS
        && (ws[end].is_capitalised()
            || matches!(ws[end].text, "of" | "and" | "for")
                && ws.get(end + 1).is_some_and(Word::is_capitalised))
    {
        end += 1;
    }
    if end > name_start { end } else { e }
}

/// Most words of a body's name after "a spokesperson for".
const MAX_BODY_NAME_WORDS: usize = 8;

/// How many of a sentence's first words are read for its subject: enough
/// for an opening clause before it. Measured on PolNeAR train (speakers
/// right): 14 words 9074, 22 9086, 30 9091, 40 9095, 60 9097.
const SUBJECT_WORDS: usize = 40;

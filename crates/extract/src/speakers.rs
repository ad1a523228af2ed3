//! From the words that name a speaker to who the speaker is: a person of
//! the article (named, or a pronoun or a role standing for one), an
//! organisation, a speaker the text leaves unnamed ("officials", "a
//! spokesman"), or no one known. Never a guess: a pronoun goes to a person
//! of its gender named before it, a role to the one person holding it.

use std::ops::Range;

use crate::doc::Doc;
use crate::lexicon::{Flags, Gender, Lexicon};
use crate::people::{Mention, People, PersonId};
use crate::text::Word;

/// Who spoke.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    Person(PersonId),
    /// An organisation, by its canonical name.
    Organisation(String),
    /// Someone the text describes but does not name ("officials", "a
    /// spokeswoman", "critics").
    Unnamed,
    /// Someone the text names in a way that could not be resolved (a
    /// pronoun with no one to stand for).
    Unknown,
}

impl Speaker {
    pub fn person(&self) -> Option<PersonId> {
        match self {
            Speaker::Person(p) => Some(*p),
            _ => None,
        }
    }
}

/// How far back a pronoun's antecedent is looked for, in bytes.
const PRONOUN_REACH: usize = 4000;

/// How far back, in words, "the department" looks for the department the
/// article named.
const BODY_REACH_WORDS: usize = 800;

/// The most words read on either side of that noun for the body's name.
const BODY_NAME_WORDS: usize = 8;

/// Resolves speakers against the people of one article.
pub struct Resolver<'p, 'a> {
    people: &'p People,
    doc: &'p Doc<'a>,
}

impl<'p, 'a> Resolver<'p, 'a> {
    pub fn new(doc: &'p Doc<'a>, people: &'p People) -> Self {
        Resolver { people, doc }
    }

    /// The speaker the words `np` (indices into the document's words) name,
    /// and the words as written; `at` is where the speech is, for pronouns.
    pub fn resolve(&mut self, np: Range<usize>, at: usize) -> (Speaker, Option<String>) {
        self.resolve_words(np, at, false)
    }

    /// The speaker named by a possessor ("the mayor's" in "the mayor's
    /// statement", "Acme Corp's" in "Acme Corp's filing"), its last word
    /// ending in "'s".
    pub fn resolve_possessor(&mut self, np: Range<usize>, at: usize) -> (Speaker, Option<String>) {
        self.resolve_words(np, at, true)
    }

    fn resolve_words(
        &mut self,
        np: Range<usize>,
        at: usize,
        possessor: bool,
    ) -> (Speaker, Option<String>) {
        let doc = self.doc;
        if np.is_empty() {
            return (Speaker::Unknown, None);
        }
        let words = &doc.words[np.clone()];
        let start = words[0].start;
        let end = words[words.len() - 1].end;
        let written = doc.body[start..end].to_string();
        // A person named in the phrase, the last one not a possessive:
        // "Trump's spokeswoman Hope Hicks" is Hope Hicks.
        let named = self
            .people
            .starting_in(start..end)
            .iter()
            .rev()
            .find(|m| {
                m.span.end <= end
                    && (possessor || !doc.body[m.span.end..end].starts_with(['\'', '\u{2019}']))
                    // "Commerce", a lone capitalised word taken for a
                    // surname, is no one inside "the Hollywood Chamber of
                    // Commerce".
                    && !(self.people.is_weak(m.person) && self.inside_a_name(words, m.span.start))
            })
            .filter(|m| {
                // The name must be the phrase's head, not inside an "of" phrase.
                let tail = &doc.body[m.span.end..end];
                let tail = if possessor {
                    let apostrophe = tail.trim_start_matches(['\'', '\u{2019}']);
                    apostrophe.strip_prefix(['s', 'S']).unwrap_or(apostrophe)
                } else {
                    tail
                };
                tail.trim().is_empty() || tail.trim_start().starts_with(',')
            })
            .or_else(|| self.name_before_its_phrase(words, possessor));
        // "a spokesperson for the Health and Safety Executive": the body
        // speaks; for a person ("a spokesman for Jane Doe"), the
        // spokesperson does, unnamed.
        if let Some(body) = self.body_spoken_for(words) {
            return match body {
                Some(name) => (Speaker::Organisation(name), Some(written)),
                None => (Speaker::Unnamed, Some(written)),
            };
        }
        if let Some(m) = named {
            // "Weld and Johnson said", "Carson, Fiorina and Huckabee said":
            // several people speak, and no one of them alone.
            if self.several_named(start..m.span.start) {
                return (Speaker::Unknown, Some(written));
            }
            return (Speaker::Person(m.person), Some(written));
        }
        // "a woman from Ohio", "the mayor of the town": a phrase after a
        // plain noun does not name the speaker; the noun before it does.
        // "a report in the Des Moines Register", "a press release from
        // Judicial Watch": the document speaks for the body it comes from.
        if let Some(head) = self.head_before_phrase(words) {
            if !words[head - 1].lex.is(Flags::DOCUMENT) {
                let (speaker, _) = self.resolve_words(np.start..np.start + head, at, possessor);
                return (speaker, Some(written));
            }
            let source = np.start + head + 1..np.end;
            let named = matches!(words[head].text, "from" | "in" | "by")
                && words[head + 1..]
                    .iter()
                    .all(|w| w.is_capitalised() || w.text == "the" || joins_a_name(w.text));
            if named {
                let (speaker, _) = self.resolve_words(source, at, possessor);
                if !matches!(speaker, Speaker::Unknown) {
                    return (speaker, Some(written));
                }
            }
        }
        let last = &words[words.len() - 1];
        let lower = if possessor {
            crate::text::strip_possessive(last.text).to_lowercase()
        } else {
            last.text.to_lowercase()
        };
        if words.len() == 1 {
            // "he", and "he's" (the pronoun contracted with its verb).
            let pronoun = if last.lex.pronoun.is_some() {
                lower.split(['\'', '\u{2019}']).next().unwrap_or(&lower)
            } else {
                &lower
            };
            if let Some(gender) = pronoun_gender(pronoun) {
                return match self.pronoun(gender, at) {
                    Some(p) => (Speaker::Person(p), Some(written)),
                    None => (Speaker::Unknown, Some(written)),
                };
            }
            if matches!(lower.as_str(), "they" | "it" | "we" | "i" | "you") {
                return (Speaker::Unknown, Some(written));
            }
            // "Someone said": a speaker the text does not name.
            if last.lex.is(Flags::INDEFINITE_PRONOUN) {
                return (Speaker::Unnamed, Some(written));
            }
        }
        let lexeme = Lexicon::get().lexeme(&lower);
        // "Democrats", "Americans": a group, however capitalised.
        let people_group = lexeme.is(Flags::PEOPLE_GROUP) && lower.ends_with('s');
        // "The Harbour Authority", "the Justice Department": a capitalised
        // name whose head is a noun for a body is that body.
        let name: Vec<&Word<'_>> = words
            .iter()
            .skip_while(|w| w.text.eq_ignore_ascii_case("the"))
            .collect();
        let named_body = !people_group
            && name.len() >= 2
            && name[0].is_capitalised()
            && !name[0].is_possessive()
            && last.is_capitalised()
            && name
                .iter()
                .all(|w| w.is_capitalised() || joins_a_name(w.text));
        if named_body && lexeme.is(Flags::GROUP_NOUN) {
            return (
                Speaker::Organisation(self.organisation(&written)),
                Some(written),
            );
        }
        if lexeme.is(Flags::GROUP_NOUN | Flags::ROLE_HEAD) || people_group || !last.is_capitalised()
        {
            // "the president", "the Republican nominee": the one person
            // holding the role; else a speaker left unnamed.
            let role: Vec<&str> = words
                .iter()
                .map(|w| w.text)
                .filter(|w| !matches!(w.to_lowercase().as_str(), "the" | "a" | "an"))
                .collect();
            let definite = words[0].text.eq_ignore_ascii_case("the");
            if definite && lexeme.is(Flags::ROLE_HEAD) {
                if let Some(p) = self.people.resolve_role(&role.join(" ")) {
                    return (Speaker::Person(p), Some(written));
                }
            }
            if definite && words.len() == 2 && lexeme.is(Flags::GROUP_NOUN) {
                if let Some(body) = self.body_named_with(last.text, start) {
                    return (Speaker::Organisation(body), Some(written));
                }
            }
            return (Speaker::Unnamed, Some(written));
        }
        if self.names_an_organisation(words) {
            return (
                Speaker::Organisation(self.organisation(&written)),
                Some(written),
            );
        }
        // "Firefighters said", "Paramedics said": a plural noun that is
        // capitalised only because it opens the sentence (after the
        // organisations: "Reuters said").
        if words.len() == 1 && last.sentence_start && crate::lexicon::is_plural_of_people(&lower) {
            return (Speaker::Unnamed, Some(written));
        }
        (Speaker::Unknown, Some(written))
    }

    /// The person named first in a phrase, before a phrase of its own:
    /// "Senator Ted Cruz of Texas", "Melissa Cronin of Gawker", "Amy
    /// Glasmeier of the Massachusetts Institute of Technology" (the name
    /// is the head; a name inside the "of" phrase is not, so no name may
    /// follow a preposition before it: "the wife of Jane Doe").
    fn name_before_its_phrase(&self, words: &[Word<'_>], possessor: bool) -> Option<&Mention> {
        if possessor {
            return None;
        }
        let (start, end) = (words[0].start, words[words.len() - 1].end);
        let m = self.people.starting_in(start..end).first()?;
        let head = words
            .iter()
            .take_while(|w| w.start < m.span.start)
            .all(|w| !w.lex.is(Flags::PREPOSITION) && !w.is_possessive());
        let next = words.iter().find(|w| w.start >= m.span.end)?;
        let phrase = next.lex.is(Flags::PREPOSITION)
            && !next.is_capitalised()
            && self.doc.body[m.span.end..next.start].trim().is_empty();
        (head && phrase && !self.people.is_weak(m.person) && m.span.end <= end).then_some(m)
    }

    /// The number of words before a prepositional phrase that follows the
    /// plain (lower-case) noun of a phrase opened by an article: 2 in "a
    /// woman from Ohio", none in "the Department of Justice" or "Jane Doe
    /// of Acme".
    fn head_before_phrase(&self, words: &[Word<'_>]) -> Option<usize> {
        // (Every speaker is resolved here: no lower-cased copy.)
        let article = ["a", "an", "the"];
        if !article
            .iter()
            .any(|a| words[0].text.eq_ignore_ascii_case(a))
        {
            return None;
        }
        (2..words.len()).find(|&i| {
            words[i].lex.is(Flags::PREPOSITION)
                && !words[i].is_capitalised()
                && !words[i - 1].is_capitalised()
                && !words[i - 1].lex.is(Flags::FUNCTION_WORD)
        })
    }

    /// "the department" after "the Labor Department", "the board" after
    /// "the Illinois Board of Elections": the body named last (within
    /// [`BODY_REACH_WORDS`] words before `before`, outside quotations) with
    /// `noun`, capitalised, in its name of two words or more.
    fn body_named_with(&self, noun: &str, before: usize) -> Option<String> {
        let words = &self.doc.words;
        let end = words.partition_point(|w| w.start < before);
        let at = (end.saturating_sub(BODY_REACH_WORDS)..end)
            .rev()
            .find(|&i| {
                let w = &words[i];
                w.is_capitalised()
                    && w.text.eq_ignore_ascii_case(noun)
                    && !crate::doc::inside_any(&self.doc.quoted, w.start)
            })?;
        let in_name = |w: &Word<'_>| {
            w.is_capitalised() && !w.lex.is(Flags::FUNCTION_WORD | Flags::PERSON_TITLE)
        };
        // A name is a few words: the run is read no further (a hostile text
        // of endless capitalised words costs the same at each mention).
        let mut first = at;
        while first > 0
            && at - first < BODY_NAME_WORDS
            && words[first].joined_to_previous
            && in_name(&words[first - 1])
        {
            first -= 1;
        }
        let mut last = at;
        while last - at < BODY_NAME_WORDS {
            let next = last + 1;
            let joins = words
                .get(next)
                .is_some_and(|w| w.joined_to_previous && joins_a_name(w.text));
            if next < words.len() && words[next].joined_to_previous && in_name(&words[next]) {
                last = next;
            } else if joins
                && words
                    .get(next + 1)
                    .is_some_and(|w| w.joined_to_previous && in_name(w))
            {
                last = next + 1;
            } else {
                break;
            }
        }
        if first == last {
            return None;
        }
        let name = &self.doc.body[words[first].start..words[last].end];
        let is_person = self
            .people
            .starting_in(words[first].start..words[last].end)
            .iter()
            .any(|m| !self.people.is_weak(m.person));
        (!is_person).then(|| self.organisation(name))
    }

    /// Whether `before`, the words of a speaker's phrase before the person
    /// who heads it, end in another person and "and" (or a comma): the
    /// phrase names several people.
    fn several_named(&self, before: Range<usize>) -> bool {
        let text = self.doc.body[before.clone()].trim_end();
        let Some(rest) = text
            .strip_suffix(" and")
            .or_else(|| text.strip_suffix(','))
            .map(str::trim_end)
        else {
            return false;
        };
        let other_end = before.start + rest.len();
        self.people
            .starting_in(before)
            .iter()
            .any(|m| m.span.end == other_end && !self.people.is_weak(m.person))
    }

    /// An organisation's name from its words as written; an outlet named
    /// short ("the Post", "The Times") after the article named it in full
    /// is that outlet ("The Washington Post").
    fn organisation(&self, written: &str) -> String {
        let name = organisation_name(written);
        let bare = name.strip_prefix("The ").unwrap_or(&name);
        if !bare.contains(' ') {
            if let Some(outlet) = crate::outlets::by_last_word(self.doc.outlets_named(), bare) {
                return outlet.name.clone();
            }
        }
        name
    }

    /// For "a spokesperson for X", "representatives of X": `Some(Some(X))`
    /// when X names a body (an organisation's name), `Some(None)` when it
    /// names a person or nothing known; `None` for other phrases.
    fn body_spoken_for(&self, words: &[Word<'_>]) -> Option<Option<String>> {
        let voice = words
            .iter()
            .position(|w| w.lex.is(Flags::VOICE_OF_BODY) && !w.is_capitalised())?;
        let rest = words
            .get(voice + 2..)
            .filter(|_| matches!(words.get(voice + 1).map(|w| w.text), Some("for" | "of")))?;
        if rest.is_empty() {
            return None;
        }
        let (start, end) = (rest[0].start, rest[rest.len() - 1].end);
        let is_person = self
            .people
            .starting_in(start..end)
            .iter()
            .any(|m| !self.people.is_weak(m.person));
        // A capitalised name, "the" before it or not, joining words inside:
        // "the Health and Safety Executive", "Acme Corp".
        let name: Vec<&Word<'_>> = rest
            .iter()
            .skip_while(|w| w.text.eq_ignore_ascii_case("the"))
            .collect();
        let capitalised_name = name.first().is_some_and(|w| w.is_capitalised())
            && name.last().is_some_and(|w| w.is_capitalised())
            && name
                .iter()
                .all(|w| w.is_capitalised() || matches!(w.text, "of" | "and" | "for"));
        if is_person || !capitalised_name {
            return Some(None);
        }
        Some(Some(self.organisation(&self.doc.body[start..end])))
    }

    /// Whether the word of `words` starting at byte `at` follows a joining
    /// word or a capitalised word that is no title: a part of a longer
    /// name ("Chamber of Commerce", "Cooperation and Development"), not a
    /// surname after "Sen.".
    fn inside_a_name(&self, words: &[Word<'_>], at: usize) -> bool {
        let Some(i) = words.iter().position(|w| w.start == at) else {
            return false;
        };
        let Some(before) = i.checked_sub(1).map(|b| &words[b]) else {
            return false;
        };
        let titled = Flags::TITLE
            | Flags::PERSON_TITLE
            | Flags::HONORIFIC
            | Flags::TITLE_ABBREVIATION
            | Flags::GIVEN_NAME
            | Flags::FUNCTION_WORD;
        matches!(before.text, "of" | "for" | "and")
            || before.is_capitalised() && !before.lex.is(titled)
    }

    /// Whether a capitalised phrase the people stage did not take for a
    /// person names an organisation: every word past "the" capitalised (or
    /// a joining word: "Department of Education"), and, when it is one
    /// word, neither a given name (a person it did not recognise: "Rhys
    /// said") nor a capitalised dateline ("SEOUL, …").
    fn names_an_organisation(&self, words: &[Word<'_>]) -> bool {
        let name: Vec<&Word<'_>> = words
            .iter()
            .skip_while(|w| matches!(w.text, "the" | "The"))
            .collect();
        let joining = |w: &Word<'_>| w.lex.is(Flags::FUNCTION_WORD | Flags::PREPOSITION);
        let Some(first) = name.first() else {
            return false;
        };
        if !first.is_capitalised() || !name.iter().all(|w| w.is_capitalised() || joining(w)) {
            return false;
        }
        // A person the people stage left unlinked ("Mrs. Clinton",
        // "Representative Brooks", "Kristen Day"), a sentence's first word
        // ("While Comey"), a nationality ("Cuban"), or a name cut before its
        // party ("Sen. Ann Lee (D-MA").
        let personal = Flags::TITLE
            | Flags::PERSON_TITLE
            | Flags::HONORIFIC
            | Flags::TITLE_ABBREVIATION
            | Flags::GIVEN_NAME;
        let written = &self.doc.body[first.start..words[words.len() - 1].end];
        if crate::outlets::lookup(written).is_some() {
            return true;
        }
        // "the ACU", "the KGB": no one is called "the" and initials, whatever
        // given name the letters spell ("the U.S." is a country).
        let definite = name.len() < words.len();
        if definite && name.len() == 1 && first.is_shouting() && !first.text.contains('.') {
            return true;
        }
        // "The Wisconsin Republican", "the South Carolina Democrat": a head
        // whose plural names a group of people names one of them.
        let head = name[name.len() - 1];
        let member = Lexicon::get()
            .lexeme(&format!("{}s", head.text))
            .is(Flags::PEOPLE_GROUP);
        // A nationality opens the name of a body as well as a description
        // of people: "the White House", "the French Foreign Ministry".
        let body = name.len() > 1 && head.lex.is(Flags::NOT_PERSON);
        if first.lex.is(personal | Flags::FUNCTION_WORD)
            || first.lex.is(Flags::NATIONALITY) && !body
            || member
            || written.contains('(')
        {
            return false;
        }
        // "said Wednesday, \"…\"": a day or a month names no one; nor does a
        // place at the end of a longer phrase ("staff for the committee on
        // Benghazi said", "a professor at Berkeley said"), though a country
        // may speak ("Iran said").
        let after_preposition = || {
            self.doc
                .word_before(first.start)
                .is_some_and(|w| w.lex.is(Flags::PREPOSITION))
        };
        if name.len() == 1
            && (first.lex.is(Flags::TIME_WORD)
                || Lexicon::get().is_only_a_place(written) && after_preposition())
        {
            return false;
        }
        if name.len() > 1 || first.lex.is(Flags::NOT_PERSON) {
            return true;
        }
        let shouted = first.text.chars().all(|c| !c.is_lowercase());
        let opens_paragraph = self
            .doc
            .paragraphs
            .binary_search_by_key(&first.start, |p| p.start)
            .is_ok();
        // "Opponents said …": a plural capitalised only by the sentence.
        let before = self.doc.body[..first.start].trim_end_matches([' ', '\t']);
        let opens_sentence =
            before.is_empty() || before.ends_with(['.', '!', '?', '\n', '"', '\u{201d}']);
        let plural = first.text.len() > 3 && first.text.ends_with('s') && !shouted;
        let dateline = shouted && opens_paragraph;
        let common_plural = plural && opens_sentence;
        !(first.lex.is(Flags::GIVEN_NAME) || dateline || common_plural)
    }

    /// The person a pronoun of `gender` at byte `at` stands for: the
    /// subject of the latest sentence whose subject is a person of that
    /// gender (its first name not after a preposition), else the last one
    /// named before it; outside quotations either way. A pronoun continues
    /// the person the story is following ("Clinton praised Sanders. She
    /// said …"), not whoever was named last.
    pub fn pronoun(&self, gender: Gender, at: usize) -> Option<PersonId> {
        let fits = |m: &&crate::people::Mention| {
            let g = self.people.gender(m.person);
            !crate::doc::inside_any(&self.doc.quoted, m.span.start)
                && !self.people.is_weak(m.person)
                && (g == gender || g == Gender::Unknown)
        };
        let named = self
            .people
            .starting_in(at.saturating_sub(PRONOUN_REACH)..at);
        let mut subject = None;
        let mut sentence_read = None;
        for m in named.iter().filter(fits) {
            let sentence = self.doc.sentence_at(m.span.start);
            if sentence != sentence_read && !self.after_preposition(m.phrase.start) {
                sentence_read = sentence;
                subject = Some(m.person);
            }
        }
        subject.or_else(|| named.iter().rev().find(fits).map(|m| m.person))
    }

    /// Whether the word before byte `at`, in its sentence, is a
    /// preposition ("met with Clinton"). One binary search, whatever the
    /// sentence's length.
    fn after_preposition(&self, at: usize) -> bool {
        self.doc.word_before(at).is_some_and(|w| {
            w.lex.is(Flags::PREPOSITION)
                && self.doc.sentence_at(w.start) == self.doc.sentence_at(at)
        })
    }
}

fn pronoun_gender(lower: &str) -> Option<Gender> {
    match lower {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

/// An organisation's name as the article writes it, without a leading
/// article ("the State Department" is "State Department"), unless the
/// name is an outlet's that keeps it ("The New York Times").
pub fn organisation_name(written: &str) -> String {
    let trimmed = written.trim_end_matches(['\'', '\u{2019}', 's']).trim();
    let trimmed = if written.ends_with("'s") || written.ends_with("\u{2019}s") {
        trimmed
    } else {
        written.trim()
    };
    if let Some(outlet) = crate::outlets::lookup(trimmed) {
        return outlet.name.clone();
    }
    trimmed
        .strip_prefix("the ")
        .or_else(|| trimmed.strip_prefix("The "))
        .unwrap_or(trimmed)
        .to_string()
}

/// A lower-case word that joins the words of a body's name: "the
/// Department of Justice", "the Organization for Economic Cooperation and
/// Development", "the Committee on Benghazi".
fn joins_a_name(word: &str) -> bool {
    matches!(word, "of" | "for" | "and" | "on")
}

//! One person per name: full names gather their surnames, honorifics and
//! headline mentions; a surname alone goes to the person named with it
//! (the one whose sex fits the honorific, else the one named last).

use std::collections::BTreeSet;

use crate::lexicon::{self, Gender};
use crate::text::Word;

use super::names::{Candidate, is_generational_suffix};
use super::{Mention, People, Person, PersonId, Region};

impl People {
    pub(super) fn person_for_full_name(&mut self, words: &[String]) -> PersonId {
        let given = words[0].to_lowercase();
        let surname = surname_of(words).to_lowercase();
        let surname = surname.as_str();
        let name = words.join(" ");
        if let Some(idx) = self.index.full(&given, surname) {
            // Keep the fullest form: "George W. Bush" over "George Bush".
            if words.len() > self.people[idx].name.split(' ').count() {
                self.index.renamed(idx, &name);
                self.people[idx].name = name;
            }
            return idx;
        }
        self.add(Person {
            name,
            given: Some(words[0].clone()),
            surname: surname_of(words),
            gender: lexicon::given_name(&words[0]).unwrap_or(Gender::Unknown),
            aliases: BTreeSet::new(),
            roles: BTreeSet::new(),
            mentions: 0,
            first_offset: None,
            weak: false,
        })
    }

    /// The person a surname (or, for names written family-first, a given
    /// name) refers to: the one whose sex fits the honorific (the one
    /// named last before it if no one's known sex fits), else the one
    /// named most so far, else the first found. News names the person a
    /// story is about in full and by surname; a namesake (a brother, a
    /// spouse) is named in full each time, so the surname alone is the
    /// more-named one's, even right after the namesake is mentioned.
    pub(super) fn resolve_surname(
        &self,
        word: &str,
        gender: Option<Gender>,
        at: usize,
    ) -> Option<PersonId> {
        // By surname first, then by given name: "Osian said", "Mr Kim" (a
        // given name alone, or family-first names).
        for by_given in [false, true] {
            let named = self.index.named(word, by_given);
            if named.len() > super::index::MAX_NAMESAKES {
                return None;
            }
            let mut options: Vec<PersonId> = named
                .iter()
                .copied()
                .filter(|&i| !self.people[i].weak)
                .collect();
            // An honorific whose sex none of them is known to have.
            let mut unmatched_honorific = false;
            if options.len() > 1 {
                if let Some(g) = gender.filter(|g| *g != Gender::Unknown) {
                    let fitting: Vec<PersonId> = options
                        .iter()
                        .copied()
                        .filter(|&i| self.people[i].gender == g)
                        .collect();
                    unmatched_honorific = fitting.is_empty();
                    if !fitting.is_empty() {
                        options = fitting;
                    }
                }
            }
            // "Ms Kim added" right after "Kim Min-seo, a researcher, said"
            // (and Kim Jong-un before): the namesake named last.
            if options.len() > 1 && unmatched_honorific {
                let last_before = options
                    .iter()
                    .filter_map(|&i| Some((self.index.last_mention_before(i, at)?, i)))
                    .max()
                    .map(|(_, i)| i);
                if last_before.is_some() {
                    return last_before;
                }
            }
            // The most named; of equals, the first found.
            let most_named = options
                .iter()
                .enumerate()
                .max_by_key(|&(order, &i)| (self.people[i].mentions, std::cmp::Reverse(order)))
                .map(|(_, &i)| i);
            if most_named.is_some() {
                return most_named;
            }
            if gender.is_none() && by_given && options.len() != 1 {
                break;
            }
        }
        // "Melba Acosta Febo … Acosta said": the first of two surnames.
        // (A renamed person may sit twice in the index: a set.)
        let double: BTreeSet<PersonId> = self
            .index
            .second_last(word)
            .iter()
            .copied()
            .filter(|&i| !self.people[i].weak && first_of_two_surnames(&self.people[i].name, word))
            .collect();
        if double.len() == 1 {
            return double.first().copied();
        }
        // A weak candidate seen before.
        self.index
            .surname_only(word)
            .filter(|&i| self.people[i].weak)
    }

    pub(super) fn add_surname_only(
        &mut self,
        word: &str,
        gender: Option<Gender>,
        weak: bool,
    ) -> PersonId {
        if let Some(idx) = self.index.surname_only(word) {
            self.people[idx].weak &= weak;
            return idx;
        }
        self.add(Person {
            name: word.to_string(),
            given: None,
            surname: word.to_string(),
            gender: gender.unwrap_or(Gender::Unknown),
            aliases: BTreeSet::new(),
            roles: BTreeSet::new(),
            mentions: 0,
            first_offset: None,
            weak,
        })
    }

    pub(super) fn record(&mut self, idx: PersonId, c: &Candidate) {
        let person = &mut self.people[idx];
        person.mentions += 1;
        if person.gender == Gender::Unknown {
            person.gender = c.title_gender.unwrap_or(Gender::Unknown);
        }
        person.aliases.insert(c.surface.clone());
        if let Some(role) = c.role.as_ref().filter(|_| !person.weak) {
            person.roles.insert(role.clone());
        }
        if c.region == Region::Body {
            person.first_offset = Some(
                person
                    .first_offset
                    .map_or(c.span.start, |o| o.min(c.span.start)),
            );
            self.index.mentioned(idx, c.span.start);
            self.mentions.push(Mention {
                span: c.span.clone(),
                phrase: c.phrase.clone(),
                person: idx,
            });
        }
    }

    /// Counts names of people already found, in text written in title case.
    pub(super) fn count_known_names(&mut self, ws: &[Word]) {
        let mut i = 0;
        while i < ws.len() {
            let w = ws[i].base();
            let next = ws.get(i + 1).map(|n| n.base());
            let full = next
                .and_then(|n| self.index.full(w, n))
                .filter(|&i| !self.people[i].weak);
            if let Some(idx) = full {
                self.people[idx].mentions += 1;
                self.people[idx]
                    .aliases
                    .insert(format!("{} {}", ws[i].base(), ws[i + 1].base()));
                i += 2;
                continue;
            }
            if ws[i].is_capitalised() {
                if let Some(idx) = self.resolve_surname(w, None, 0) {
                    if !self.people[idx].weak {
                        self.people[idx].mentions += 1;
                        self.people[idx].aliases.insert(w.to_string());
                    }
                }
            }
            i += 1;
        }
    }
}

/// The surname of a full name: its last word, generational suffix aside.
pub(super) fn surname_of(words: &[String]) -> String {
    let end = match words {
        [.., _, suffix] if is_generational_suffix(suffix) => words.len() - 1,
        _ => words.len(),
    };
    if end == 0 {
        return String::new();
    }
    // "von der Leyen", "dela Cruz", "Ó Briain"
    let start = (1..end)
        .find(|&i| lexicon::is_name_particle(&words[i]))
        .unwrap_or(end - 1);
    words[start..end].join(" ")
}

/// Whether `word` is the next-to-last of three or more names, and no given
/// name: the first of two surnames ("Acosta" in "Melba Acosta Febo"), not
/// a middle name ("Paul" in "John Paul Smith") or an initial.
fn first_of_two_surnames(name: &str, word: &str) -> bool {
    let parts: Vec<&str> = name.split(' ').collect();
    parts.len() >= 3
        && parts[parts.len() - 2].eq_ignore_ascii_case(word)
        && !word.ends_with('.')
        && word.chars().count() > 1
        && crate::lexicon::given_name(word).is_none()
}

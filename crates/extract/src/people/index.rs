//! The article's people by the words that name them, and each person's
//! body mentions by place, so that resolving a name costs the same in an
//! article of ten people as in a 16 MiB list of a hundred thousand: every
//! lookup is a hash probe or a binary search, never a walk over everyone.
//!
//! Keys are lower-cased, so that "ÉMILE ZOLA" and "Émile Zola" are one
//! person as "JOHN SMITH" and "John Smith" are.

use std::collections::BTreeSet;

use foldhash::HashMap;

use super::PersonId;

/// More people sharing one name than this, and a lone name is ambiguous
/// beyond any rule: it resolves to no one (only hostile text gets there).
pub(super) const MAX_NAMESAKES: usize = 64;

#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct NameIndex {
    /// (given name, surname) of people found by their full name.
    full: HashMap<(String, String), PersonId>,
    /// Everyone by surname, in the order they were found.
    by_surname: HashMap<String, Vec<PersonId>>,
    /// People with a given name, by it, in the order they were found.
    by_given: HashMap<String, Vec<PersonId>>,
    /// People known only by one word, by that word as written.
    surname_only: HashMap<String, PersonId>,
    /// People of three or more names by the one before the last ("Melba
    /// Acosta Febo" under "acosta"); a renamed person may sit twice.
    second_last: HashMap<String, Vec<PersonId>>,
    /// Each person's body mentions, by start offset.
    starts: Vec<BTreeSet<usize>>,
}

fn key(word: &str) -> String {
    word.to_lowercase()
}

impl NameIndex {
    /// Records a new person under their names.
    pub(super) fn add(&mut self, id: PersonId, name: &str, given: Option<&str>, surname: &str) {
        debug_assert_eq!(id.index(), self.starts.len());
        self.starts.push(BTreeSet::new());
        self.by_surname.entry(key(surname)).or_default().push(id);
        match given {
            Some(given) => {
                self.full.insert((key(given), key(surname)), id);
                self.by_given.entry(key(given)).or_default().push(id);
            }
            None => {
                self.surname_only.insert(surname.to_string(), id);
            }
        }
        self.renamed(id, name);
    }

    /// Records the fuller name a person now goes by.
    pub(super) fn renamed(&mut self, id: PersonId, name: &str) {
        let parts: Vec<&str> = name.split(' ').collect();
        if parts.len() >= 3 {
            let second_last = key(parts[parts.len() - 2]);
            self.second_last.entry(second_last).or_default().push(id);
        }
    }

    /// Records a body mention starting at `start`.
    pub(super) fn mentioned(&mut self, id: PersonId, start: usize) {
        self.starts[id.index()].insert(start);
    }

    /// The person found by this given name and surname.
    pub(super) fn full(&self, given: &str, surname: &str) -> Option<PersonId> {
        self.full.get(&(key(given), key(surname))).copied()
    }

    /// People with this surname (or given name, with `by_given`), in the
    /// order they were found.
    pub(super) fn named(&self, word: &str, by_given: bool) -> &[PersonId] {
        let map = if by_given {
            &self.by_given
        } else {
            &self.by_surname
        };
        map.get(&key(word)).map_or(&[], Vec::as_slice)
    }

    /// The person known only by `word`, exactly as written.
    pub(super) fn surname_only(&self, word: &str) -> Option<PersonId> {
        self.surname_only.get(word).copied()
    }

    /// People whose name has `word` before its last part.
    pub(super) fn second_last(&self, word: &str) -> &[PersonId] {
        self.second_last.get(&key(word)).map_or(&[], Vec::as_slice)
    }

    /// Where the person was last mentioned in the body before byte `at`.
    pub(super) fn last_mention_before(&self, id: PersonId, at: usize) -> Option<usize> {
        self.starts[id.index()].range(..at).next_back().copied()
    }
}

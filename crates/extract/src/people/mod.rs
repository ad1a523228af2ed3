//! Finding the people an article names, and knowing when two names are the
//! same person: "Kenyan President Amara Okafor", "Ms Okafor", "Okafor's"
//! and "MS AMARA OKAFOR" are one person with one canonical name, while
//! "Hillary Clinton" and "Bill Clinton" stay two.
//!
//! A capitalised phrase is a person when it starts with a given name, or
//! follows a title or honorific, or is introduced by a role ("whistleblower
//! Joan Mabry"), or speaks ("… Okafor said"); words that mark
//! organisations and places ("Committee", "Lake") rule it out. Surnames
//! alone resolve to the full names found in the same article; a lone
//! capitalised word that matches no one here is kept as a weak candidate
//! for the corpus to resolve.

mod index;
mod names;
mod resolve;
mod roles;

use std::collections::BTreeSet;
use std::ops::Range;

use foldhash::{HashMap, HashSet};

use crate::doc::Doc;
use crate::lexicon::Gender;

use names::candidates_in;
pub use names::is_generational_suffix;
use resolve::surname_of;
use roles::{role_key, role_mentions_in};

/// Which person of an article: an index into [`People::people`], as a
/// type of its own so that it is never mistaken for an offset or a count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PersonId(u32);

impl PersonId {
    pub fn new(index: usize) -> PersonId {
        PersonId(u32::try_from(index).expect("fewer than 2^32 people in an article"))
    }

    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl std::ops::Index<PersonId> for Vec<Person> {
    type Output = Person;
    fn index(&self, id: PersonId) -> &Person {
        &self[id.index()]
    }
}

impl std::ops::IndexMut<PersonId> for Vec<Person> {
    fn index_mut(&mut self, id: PersonId) -> &mut Person {
        &mut self[id.index()]
    }
}

/// One person named in an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// Canonical full name ("Amara Okafor"); a surname alone when the
    /// article never gives more.
    pub name: String,
    pub given: Option<String>,
    pub surname: String,
    pub gender: Gender,
    /// Surface forms as written ("Ms Okafor", "Okafor").
    pub aliases: BTreeSet<String>,
    pub roles: BTreeSet<String>,
    /// Mentions in headline, standfirst, subheadings and body.
    pub mentions: usize,
    /// Byte offset of the first mention in the body.
    pub first_offset: Option<usize>,
    /// Only a lone capitalised word: a person only if the corpus knows the name.
    pub weak: bool,
}

/// A person named at a place in the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The name itself.
    pub span: Range<usize>,
    /// The name with any title before it ("Kenyan President Amara Okafor").
    pub phrase: Range<usize>,
    pub person: PersonId,
}

/// A title standing for a person ("the Russian President").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleMention {
    pub span: Range<usize>,
    pub role: String,
    pub person: Option<PersonId>,
}

/// The people of one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct People {
    pub people: Vec<Person>,
    /// Body mentions in order.
    pub mentions: Vec<Mention>,
    pub role_mentions: Vec<RoleMention>,
    /// The people by their names, kept as they are found.
    index: index::NameIndex,
    /// People with roles by each role's head word ("president"), built once
    /// every role is known.
    role_heads: HashMap<String, Vec<PersonId>>,
}

/// Where a piece of text sits: only the body gives offsets, and only text
/// written in sentence case can introduce new people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    Headline,
    Standfirst,
    Subheading,
    Body,
}

/// The surname of a full name as written, by the rules the people stage
/// uses: "Raymond Ellis Jr." is Ellis, "Ursula von der Leyen" von der Leyen.
pub fn surname(name: &str) -> String {
    let words: Vec<String> = name.split_whitespace().map(str::to_string).collect();
    surname_of(&words)
}

/// Finds the people named in an article.
pub fn find(doc: &Doc<'_>) -> People {
    let mut found = People::default();
    let mut candidates = Vec::new();
    if let Some(standfirst) = doc.standfirst_names() {
        candidates.extend(candidates_in(
            &standfirst.text,
            &standfirst.words,
            Region::Standfirst,
        ));
    }
    let body = doc.body_names();
    candidates.extend(candidates_in(&body.text, &body.words, Region::Body));
    let body_roles = role_mentions_in(&body.text, &body.words);
    // A pair of capitalised words with no evidence of its own is a person
    // if its surname is, elsewhere, titled or speaking ("Mr Devlin said").
    // Sets, not lists: an article of thousands of names checks each pair
    // against them once.
    let lone_surnames = |keep: fn(&names::Candidate) -> bool| -> HashSet<String> {
        candidates
            .iter()
            .filter(|c| c.name_words.len() == 1 && keep(c))
            .map(|c| c.name_words[0].to_lowercase())
            .collect()
    };
    let confirmed = lone_surnames(|c| c.evidence);
    // "Angel Mendoza came from Texas … Mendoza regularly saw": a given
    // name that is also a word, and its surname alone elsewhere.
    let alone = lone_surnames(|c| !c.opens_sentence);
    // "Latin America", "New Hampshire": places, whatever their capitals;
    // "Reagan Democrats", "Senate Republicans": groups.
    candidates.retain(|c| {
        c.name_words.len() < 2 || !(c.is_place_or_outlet() || c.ends_in_a_people_group())
    });
    candidates.retain(|c| {
        if c.name_words.len() < 2 || c.evidence {
            return true;
        }
        let surname = surname_of(&c.name_words).to_lowercase();
        confirmed.contains(&surname) || c.weak_given && alone.contains(&surname)
    });
    // Full names first, so that surnames can resolve to them wherever they are.
    for c in candidates.iter().filter(|c| c.name_words.len() >= 2) {
        let idx = found.person_for_full_name(&c.name_words);
        found.record(idx, c);
    }
    for c in candidates.iter().filter(|c| c.name_words.len() == 1) {
        let known = found.resolve_surname(&c.name_words[0], c.title_gender, c.span.start);
        let idx = match known {
            Some(idx) => idx,
            None if c.needs_known || c.is_group_plural() || c.is_place_or_outlet() => continue,
            None => found.add_surname_only(&c.name_words[0], c.title_gender, !c.titled),
        };
        found.record(idx, c);
    }
    for words in doc
        .headline
        .iter()
        .map(|h| &h.words)
        .chain(doc.subheadings.iter().map(|s| &s.words))
    {
        found.count_known_names(words);
    }
    found.index_roles();
    found.role_mentions = body_roles
        .into_iter()
        .map(|(span, role)| {
            let person = found.resolve_role(&role);
            RoleMention { span, role, person }
        })
        .collect();
    found.mentions.sort_by_key(|m| m.span.start);
    found
}

impl People {
    /// Every person's id, in the order they were found.
    pub fn ids(&self) -> impl Iterator<Item = PersonId> + use<> {
        (0..self.people.len()).map(PersonId::new)
    }

    fn add(&mut self, person: Person) -> PersonId {
        let id = PersonId::new(self.people.len());
        let given = person.given.as_deref();
        self.index.add(id, &person.name, given, &person.surname);
        self.people.push(person);
        id
    }

    /// Indexes the people with roles by each role's head word.
    fn index_roles(&mut self) {
        self.role_heads.clear();
        for id in self.ids().filter(|&i| !self.people[i].weak) {
            let heads: BTreeSet<String> = self.people[id]
                .roles
                .iter()
                .filter_map(|r| role_key(r).pop())
                .collect();
            for head in heads {
                self.role_heads.entry(head).or_default().push(id);
            }
        }
    }

    /// The one person a label names ("TAPPER", "Jake Tapper", "Sen.
    /// Warren"): by given name and surname, else by its last word as a
    /// surname; never a weak candidate, and no one when two people share
    /// the name.
    pub fn the_one_named(&self, label: &str) -> Option<PersonId> {
        let words: Vec<&str> = label.split_whitespace().collect();
        let (first, last) = (*words.first()?, *words.last()?);
        let strong = |&i: &PersonId| !self.people[i].weak;
        if words.len() >= 2 {
            if let Some(id) = self.index.full(first, last).filter(strong) {
                return Some(id);
            }
        }
        let mut named = self.index.named(last, false).iter().copied().filter(strong);
        match (named.next(), named.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        }
    }

    /// Whether the person is only a lone capitalised word, a person only if
    /// the corpus knows the name.
    pub fn is_weak(&self, id: PersonId) -> bool {
        self.people[id].weak
    }

    pub fn gender(&self, id: PersonId) -> Gender {
        self.people[id].gender
    }

    /// Whether the article gives the person any role.
    pub fn has_roles(&self, id: PersonId) -> bool {
        !self.people[id].roles.is_empty()
    }

    /// The person who holds a role in this article ("the Russian President").
    pub fn resolve_role(&self, role: &str) -> Option<PersonId> {
        let wanted = role_key(role);
        if wanted.is_empty() {
            return None;
        }
        let head = wanted.last().unwrap();
        let with_head = self.role_heads.get(head).map_or(&[][..], Vec::as_slice);
        if with_head.len() > index::MAX_NAMESAKES {
            return None;
        }
        let holders: Vec<PersonId> = with_head
            .iter()
            .copied()
            .filter(|&i| {
                self.people[i].roles.iter().any(|r| {
                    let have = role_key(r);
                    have.last() == Some(head) && wanted.iter().all(|w| have.contains(w))
                })
            })
            .collect();
        if holders.len() == 1 {
            return Some(holders[0]);
        }
        // The head alone ("the president") when one person has such a role.
        if wanted.len() > 1 {
            return None;
        }
        (with_head.len() == 1).then(|| with_head[0])
    }

    /// Whether one of `people` holds a role that fits `role`.
    pub fn resolve_role_among(&self, role: &str, people: &[PersonId]) -> bool {
        let wanted = role_key(role);
        let Some(head) = wanted.last() else {
            return false;
        };
        people.iter().any(|&i| {
            self.people[i].roles.iter().any(|r| {
                let have = role_key(r);
                have.last() == Some(head)
                    && (wanted.iter().all(|w| have.contains(w))
                        || have.iter().all(|w| wanted.contains(w)))
            })
        })
    }

    /// Mentions whose name starts within `range` of the body, in order.
    pub fn starting_in(&self, range: Range<usize>) -> &[Mention] {
        let lo = self
            .mentions
            .partition_point(|m| m.span.start < range.start);
        let hi = self.mentions.partition_point(|m| m.span.start < range.end);
        &self.mentions[lo..hi.max(lo)]
    }

    /// Mentions close to byte `at`: any whose name or title could start or
    /// end there. Lookups go through here so that they stay logarithmic on
    /// very long articles.
    pub fn near(&self, at: usize) -> &[Mention] {
        const REACH: usize = 256;
        self.starting_in(at.saturating_sub(REACH)..at + REACH)
    }

    /// Role mentions close to byte `at`.
    pub fn roles_near(&self, at: usize) -> &[RoleMention] {
        const REACH: usize = 256;
        let lo = self
            .role_mentions
            .partition_point(|r| r.span.start + REACH < at);
        let hi = self
            .role_mentions
            .partition_point(|r| r.span.start <= at + REACH);
        &self.role_mentions[lo..hi.max(lo)]
    }

    /// The mention whose title or name begins at byte `at` of the body.
    pub fn mention_at(&self, at: usize) -> Option<&Mention> {
        self.near(at)
            .iter()
            .find(|m| m.phrase.start == at || m.span.start == at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The people of a body (with a headline, if given).
    fn find(headline: Option<&str>, body: &str) -> People {
        let paragraphs: Vec<Range<usize>> = std::iter::once(0..body.len()).collect();
        super::find(&Doc::new(body, &paragraphs, headline, None, []))
    }

    #[test]
    fn a_name_with_an_accented_capital_is_one_person() {
        let p = find(
            None,
            "Émile Zola wrote the letter on Monday. Critics attacked Émile Zola \
             for weeks. \"We go,\" Zola said.",
        );
        let names: Vec<(&str, usize)> = p
            .people
            .iter()
            .map(|x| (x.name.as_str(), x.mentions))
            .collect();
        assert_eq!(names, [("Émile Zola", 3)]);
    }

    #[test]
    fn surnames_that_are_also_function_words() {
        let p = find(
            None,
            "Theresa May spoke on Monday. \"The deal is done,\" Ms. May said. \
             Dan Rather agreed. Marco Rubio Responds To Question About Wages.",
        );
        let names: Vec<(&str, usize)> = p
            .people
            .iter()
            .map(|x| (x.name.as_str(), x.mentions))
            .collect();
        assert_eq!(names, [("Theresa May", 2), ("Dan Rather", 1)]);
    }

    #[test]
    fn a_speaker_whose_surname_is_also_an_organisations_word() {
        let p = find(
            None,
            "\"We will sell,\" Philip Green said. \"It is over,\" Nathan Lane said. \
             \"Come in,\" Clarence House said. We walked to Victoria Park.",
        );
        let names: Vec<&str> = p.people.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Philip Green", "Nathan Lane"]);
    }

    /// A role without an article after the name ("Jennifer Green,
    /// director of the program") is its bearer's, and says the name is a
    /// person's.
    #[test]
    fn a_role_without_an_article_after_a_name() {
        let p = find(
            None,
            "Jennifer Green, director of the literacy program, spoke first. \
             Jane Doe, former deputy director, agreed. \
             Progress Valley, founded by billionaire Tom Steyer, will air an ad.",
        );
        let roles: Vec<(&str, Vec<&str>)> = p
            .people
            .iter()
            .filter(|x| !x.weak)
            .map(|x| {
                (
                    x.name.as_str(),
                    x.roles.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        assert_eq!(
            roles,
            [
                ("Jennifer Green", vec!["director"]),
                ("Jane Doe", vec!["former deputy director"]),
                ("Tom Steyer", vec!["billionaire"]),
            ]
        );
    }

    #[test]
    fn a_lone_surname_speaks_past_an_auxiliary_or_adverb() {
        let p = find(
            None,
            "McConnell has said the Senate would wait. Okafor also told reporters it was over. \
             Ford itself said the plant would close. Residents in Leeds have complained for years.",
        );
        // Named once, by one word: candidates the article may confirm.
        let all: Vec<&str> = p.people.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(all, ["McConnell", "Okafor"]);
    }

    #[test]
    fn a_surname_opening_with_an_article_is_a_known_person_s_only() {
        let p = find(
            None,
            "Marine Le Pen spoke in Paris. Later, Le Pen said the vote was lost. \
             The interview ran in Le Monde on Sunday.",
        );
        assert_eq!(names(&p), ["Marine Le Pen"]);
        assert_eq!(p.people[0].mentions, 2);
        let p = find(
            None,
            "The interview ran in Le Monde. Le Monde said it was over.",
        );
        assert!(names(&p).is_empty(), "{:?}", names(&p));
    }

    #[test]
    fn a_surname_goes_to_the_namesake_named_most() {
        let lone = |text: &str| -> Vec<String> {
            let p = find(None, text);
            p.mentions
                .iter()
                .filter(|m| !text[m.span.clone()].contains(' '))
                .map(|m| p.people[m.person].name.clone())
                .collect()
        };
        // The brother named once, right before, does not take "Berg".
        assert_eq!(
            lone(
                "Anna Berg met Tomas Berg on Monday. Anna Berg left early. \
                 Berg said the farm would close. Tomas Berg stayed. Berg said no."
            ),
            ["Anna Berg", "Anna Berg"]
        );
        // An honorific neither namesake's known sex fits: the one named last.
        assert_eq!(
            lone(
                "Kim Jong-un toured the farm. Kim Jong-un was pleased. \
                 Kim Min-seo, a researcher, said little. Ms Kim said it was hard to judge."
            ),
            ["Kim Min-seo"]
        );
    }

    fn names(p: &People) -> Vec<String> {
        let mut v: Vec<String> = p
            .people
            .iter()
            .filter(|p| !p.weak)
            .map(|p| p.name.clone())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn titles_and_roles_are_split_from_names() {
        let p = find(
            None,
            "Russian Defence Minister Sergei Shoigu met US Defence Secretary James Mattis. Mr Mattis said little.",
        );
        assert_eq!(names(&p), ["James Mattis", "Sergei Shoigu"]);
        let mattis = p.people.iter().find(|x| x.name == "James Mattis").unwrap();
        assert_eq!(mattis.mentions, 2);
        assert!(mattis.roles.contains("US Defence Secretary"));
        assert!(mattis.aliases.contains("Mr Mattis"));
    }

    /// A pronoun contracted with its verb is no name, however capitalised;
    /// an apostrophe before a capital is part of one.
    #[test]
    fn a_contraction_is_no_name() {
        let p = find(
            None,
            "Aoife O'Brien spoke first. \"I never thought I'd end up here, and I’m glad I did,\" O'Brien said.",
        );
        // Not even a name left unresolved.
        let all: Vec<&str> = p.people.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(all, ["Aoife O'Brien"]);
    }

    /// A title word after an honorific is a surname, of someone the
    /// article names in full ("Mr. President" is no one).
    #[test]
    fn a_surname_that_is_a_title_after_an_honorific() {
        let p = find(
            None,
            "Charlie King ran the group. Mr. King said little. Ms. Bishop left. \"Thank you, Mr. President,\" she said.",
        );
        assert_eq!(names(&p), ["Charlie King"]);
        let king = &p.people[0];
        assert_eq!(king.mentions, 2);
        assert!(king.aliases.contains("Mr. King"), "{:?}", king.aliases);
    }

    #[test]
    fn capitalised_words_before_a_full_name_are_not_part_of_it() {
        let p = find(
            None,
            "Democrat Hillary Clinton took a swipe at him. Using Ted Cruz as a foil, the Supervisor of Elections Susan Bucher said little.",
        );
        assert_eq!(names(&p), ["Hillary Clinton", "Susan Bucher", "Ted Cruz"]);
    }

    /// A given name that is also a word ("Angel", "Amber") makes a person
    /// when its surname stands alone, mid-sentence, elsewhere ("the Alert"
    /// is no lone name).
    #[test]
    fn given_names_that_are_words_need_their_surname_alone() {
        let p = find(
            None,
            "Angel Mendoza came from Texas to a rally. Growing up in El Paso, Mendoza saw families arrive.",
        );
        assert_eq!(names(&p), ["Angel Mendoza"]);
        let p = find(
            None,
            "Angel Mendoza came from Texas to a rally. Families arrived from Mexico.",
        );
        assert!(names(&p).is_empty(), "{:?}", names(&p));
        let p = find(
            None,
            "An Amber Alert went out on Monday. By Tuesday the Alert had ended.",
        );
        assert!(names(&p).is_empty(), "{:?}", names(&p));
    }

    #[test]
    fn hard_names() {
        let p = find(
            None,
            "Jean-Claude Juncker spoke to Ursula von der Leyen. Later Kim Jong-un wrote to George W. Bush, and host Conan O'Brien joked about Andrew McCabe's book.",
        );
        assert_eq!(
            names(&p),
            [
                "Andrew McCabe",
                "Conan O'Brien",
                "George W. Bush",
                "Jean-Claude Juncker",
                "Kim Jong-un",
                "Ursula von der Leyen"
            ]
        );
    }

    /// Given names of public figures that the public name lists lack:
    /// "Huma", "Rahm"; "Mitt", a common word, when "Romney" also stands
    /// alone.
    #[test]
    fn given_names_of_public_figures() {
        let p = find(
            None,
            "Huma Abedin met Rahm Emanuel. Mitt Romney spoke later, and Romney left.",
        );
        assert_eq!(names(&p), ["Huma Abedin", "Mitt Romney", "Rahm Emanuel"]);
    }

    /// "Al" and "Van" before one word are given names ("Al Gore"); other
    /// particles open a surname used alone ("Le Pen", "Dela Cruz"), and "Al
    /// Qaeda" is an organisation.
    #[test]
    fn a_particle_that_is_also_a_given_name() {
        let p = find(
            None,
            "Al Gore and Van Morrison spoke. Marine Le Pen agreed, and Le Pen left. Al Qaeda said nothing.",
        );
        assert_eq!(names(&p), ["Al Gore", "Marine Le Pen", "Van Morrison"]);
        let le_pen = p.people.iter().find(|x| x.name == "Marine Le Pen").unwrap();
        assert_eq!(le_pen.mentions, 2);
        let gore = p.people.iter().find(|x| x.name == "Al Gore").unwrap();
        assert_eq!(
            (gore.given.as_deref(), gore.surname.as_str()),
            (Some("Al"), "Gore")
        );
    }

    #[test]
    fn organisations_and_places_are_not_people() {
        let p = find(
            None,
            "The Senate Intelligence Committee met in New York. The Federal Security Service and Morgan Stanley said World War II ended.",
        );
        assert!(names(&p).is_empty(), "{:?}", names(&p));
    }

    #[test]
    fn groups_of_people_are_not_one_person() {
        let p = find(
            None,
            "Democrats said the bill would fail. Aides said it was late. Americans want lower prices, Campaigners say.",
        );
        assert!(names(&p).is_empty(), "{:?}", names(&p));
        // A surname that looks like a plural is still the surname.
        let p = find(None, "Peter Sellers spoke first. Sellers said it was late.");
        assert_eq!(names(&p), ["Peter Sellers"]);
    }

    #[test]
    fn the_first_of_two_surnames_names_the_person() {
        let p = find(
            None,
            "Melba Acosta Febo runs the bank. Acosta said it would pay. John Paul Smith agreed. Paul said so.",
        );
        assert_eq!(names(&p), ["John Paul Smith", "Melba Acosta Febo"]);
        // A middle name that is a given name is no surname: "Paul" is not
        // John Paul Smith.
        let smith = p
            .people
            .iter()
            .find(|x| x.name == "John Paul Smith")
            .unwrap();
        assert_eq!(smith.aliases.len(), 1, "{:?}", smith.aliases);
        let melba = p
            .people
            .iter()
            .find(|x| x.name == "Melba Acosta Febo")
            .unwrap();
        assert!(melba.aliases.contains("Acosta"), "{:?}", melba.aliases);
    }

    #[test]
    fn places_outlets_and_groups_are_no_one() {
        let p = find(
            None,
            "Pyongyang said the talks failed. Politico reported the vote. Officials in Latin America agreed. Steve Forbes spoke. Forbes said no. Reagan Democrats said yes.",
        );
        assert_eq!(names(&p), ["Steve Forbes"]);
        assert_eq!(p.people[0].aliases.len(), 2, "{:?}", p.people[0].aliases);
    }

    #[test]
    fn sentence_openers_are_not_given_names() {
        let p = find(
            None,
            "Christoph Blocher spoke. Interestingly Blocher said nothing. Neither Blocher nor his party replied. Following Blocher, others left.",
        );
        assert_eq!(names(&p), ["Christoph Blocher"]);
    }

    #[test]
    fn two_people_with_one_surname_stay_two() {
        let p = find(
            None,
            "Hillary Clinton and Bill Clinton arrived. Mrs Clinton spoke first; Mr Clinton waited.",
        );
        assert_eq!(names(&p), ["Bill Clinton", "Hillary Clinton"]);
        let hillary = p
            .people
            .iter()
            .find(|x| x.name == "Hillary Clinton")
            .unwrap();
        assert!(hillary.aliases.contains("Mrs Clinton"));
        assert_eq!(hillary.mentions, 2);
    }

    #[test]
    fn capitals_possessives_and_headline_mentions() {
        let p = find(
            Some("Okafor Wins Vote"),
            "MR DONALD TRUMP, in a tweet, praised Amara Okafor. Okafor's plan passed.",
        );
        assert_eq!(names(&p), ["Amara Okafor", "Donald Trump"]);
        let okafor = p.people.iter().find(|x| x.name == "Amara Okafor").unwrap();
        assert_eq!(okafor.mentions, 3);
    }

    #[test]
    fn roles_resolve_to_their_holder() {
        let p = find(
            None,
            "Kenyan President Amara Okafor spoke. The Kenyan President said more.",
        );
        assert_eq!(p.role_mentions.len(), 1);
        assert_eq!(
            p.role_mentions[0].person.map(|i| p.people[i].name.as_str()),
            Some("Amara Okafor")
        );
    }
}

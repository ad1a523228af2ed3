//! The one lexicon: every word list the extractor leans on — speech verbs,
//! titles, honorifics, role words, given names, words that mark an
//! organisation or a place, abbreviations, page furniture — kept as data
//! files in `data/lexicon/` (one entry a line, `#` comments) and merged
//! here into one table keyed by a word's lower-case form. A word is looked
//! up once ([`Lexicon::lexeme`]) and answers every question as a set of
//! [`Flags`]. The lists describe English news in general; nothing in them
//! is tuned to one article.

use std::sync::OnceLock;

// The table is read for nearly every word of every article; its keys are
// fixed word lists, not input an attacker chooses, so a fast
// non-cryptographic hasher (foldhash) replaces the standard SipHash.
use foldhash::{HashMap, HashMapExt, HashSet};

use crate::text::to_lower;

/// Grammatical gender a given name, honorific or pronoun suggests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

impl Gender {
    fn from_tag(tag: &str) -> Gender {
        match tag.trim() {
            "m" => Gender::Male,
            "f" => Gender::Female,
            _ => Gender::Unknown,
        }
    }
}

/// What the lexicon knows of a word, as a bitset.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags(u64);

impl Flags {
    /// A verb that introduces speech, written in lower case ("said").
    pub const CUE_VERB: Flags = Flags(1 << 0);
    /// A speech verb in -ing form, in any case ("saying").
    pub const PARTICIPLE_CUE: Flags = Flags(1 << 1);
    /// A word that can stand in a title before a name ("Secretary").
    pub const TITLE: Flags = Flags(1 << 2);
    /// A title that makes the name after it a person's ("Senator").
    pub const PERSON_TITLE: Flags = Flags(1 << 3);
    /// A nationality or institution word that opens a title ("Russian").
    pub const NATIONALITY: Flags = Flags(1 << 4);
    /// A noun that heads a role ("director", "the 34-year-old").
    pub const ROLE_HEAD: Flags = Flags(1 << 5);
    /// A role head that describes rather than names an office ("widow").
    pub const DESCRIPTOR: Flags = Flags(1 << 6);
    /// A word that makes a capitalised phrase something other than a person.
    pub const NOT_PERSON: Flags = Flags(1 << 7);
    /// A particle inside surnames, in a case the list gives ("von", "De").
    pub const NAME_PARTICLE: Flags = Flags(1 << 8);
    /// A capitalised word that is never part of a name ("Earlier").
    pub const FUNCTION_WORD: Flags = Flags(1 << 9);
    /// A preposition after which a name is an object.
    pub const PREPOSITION: Flags = Flags(1 << 10);
    /// A noun for a speaker that is not one person ("police").
    pub const GROUP_NOUN: Flags = Flags(1 << 11);
    /// A word that can sit between a speaker and the verb ("also").
    pub const FILLER: Flags = Flags(1 << 12);
    /// A word after which quoted words are a title ("headline").
    pub const TITLE_CUE: Flags = Flags(1 << 13);
    /// A verb that gives a name ("dubbed").
    pub const NAMING_VERB: Flags = Flags(1 << 14);
    /// Letters after a name that are not part of it ("QC").
    pub const POST_NOMINAL: Flags = Flags(1 << 15);
    /// A generational suffix ("Jr.", "III").
    pub const GENERATIONAL: Flags = Flags(1 << 16);
    /// A title whose stop belongs to it ("Mr" before "."), as written.
    pub const TITLE_ABBREVIATION: Flags = Flags(1 << 17);
    /// A word whose stop does not end a sentence, for the tokenizer.
    pub const ABBREVIATION: Flags = Flags(1 << 18);
    /// A word whose stop does not end a sentence, for quotation bounds.
    pub const SENTENCE_ABBREVIATION: Flags = Flags(1 << 19);
    /// A word that extends a role back from its head ("former").
    pub const ROLE_MODIFIER: Flags = Flags(1 << 20);
    /// A word left out when roles are compared ("the", "former").
    pub const ROLE_KEY_STOPWORD: Flags = Flags(1 << 21);
    /// An honorific ("Mr", "Dame"); its gender is in the lexeme.
    pub const HONORIFIC: Flags = Flags(1 << 22);
    /// A known given name; its gender is in the lexeme.
    pub const GIVEN_NAME: Flags = Flags(1 << 23);
    /// A third-person pronoun; its gender is in the lexeme.
    pub const PRONOUN: Flags = Flags(1 << 24);
    /// A verb reporting speech with what was said as its complement
    /// ("said the plan would fail"), in lower case.
    pub const REPORT_SAY: Flags = Flags(1 << 25);
    /// A verb reporting speech to an addressee first ("told reporters the
    /// plan would fail"), in lower case.
    pub const REPORT_TELL: Flags = Flags(1 << 26);
    /// A word of time between a speech verb and what was said ("Tuesday").
    pub const TIME_WORD: Flags = Flags(1 << 27);
    /// A source that is data, not a speaker ("poll", "survey").
    pub const DATA_SOURCE: Flags = Flags(1 << 28);
    /// A word opening an adjunct before an attribution, not what was said
    /// ("In a statement, X said", "Asked about it, X said").
    pub const REPORT_OPENER: Flags = Flags(1 << 29);
    /// A conjunction opening a subordinate clause ("if", "because").
    pub const SUBORDINATOR: Flags = Flags(1 << 30);
    /// An irregular past form of a verb ("built", "kept"), which marks a
    /// clause as "-ed" does.
    pub const PAST_FORM: Flags = Flags(1 << 31);
    /// A document that speaks for its author ("statement", "filing"):
    /// "the mayor's statement said" is the mayor's.
    pub const DOCUMENT: Flags = Flags(1 << 32);
    /// A verb that reports a question, whose content opens with "whether"
    /// or "if" ("asked whether", "questioned whether"), written in lower
    /// case.
    pub const REPORT_ASK: Flags = Flags(1 << 33);
    /// The first word of a verb of several words that reports speech
    /// ("pointed" of "pointed out"), written in lower case.
    pub const REPORT_PHRASE_START: Flags = Flags(1 << 34);
    /// An auxiliary or modal verb, or a verb that takes another
    /// ("wants"), which marks a clause ("is", "would", "didn't").
    pub const AUXILIARY: Flags = Flags(1 << 35);
    /// A word between a subject and its speech verb in reported speech
    /// ("has", "also", "later": "has also said").
    pub const VERB_ADVERB: Flags = Flags(1 << 36);
    /// A word that negates a verb after it ("not", "never", "declined").
    pub const NEGATOR: Flags = Flags(1 << 37);
    /// A word that makes a verb after it hypothetical ("may", "would",
    /// "to").
    pub const HYPOTHETICAL: Flags = Flags(1 << 38);
    /// A determiner or possessive before a noun ("the", "his", "this").
    pub const DETERMINER: Flags = Flags(1 << 39);
    /// A given name that is also a common word or a place ("Angel",
    /// "Amber", "Jordan"): weak evidence of a person on its own.
    pub const WEAK_GIVEN_NAME: Flags = Flags(1 << 40);
    /// A form of "be": before a participle, the passive ("was asked").
    pub const FORM_OF_BE: Flags = Flags(1 << 41);
    /// A word for the people of a nation, a party or a generation
    /// ("Americans", "Democrats", "Millennials"): a group, never one
    /// person's name.
    pub const PEOPLE_GROUP: Flags = Flags(1 << 42);
    /// A verb whose object is what was said, or whom it was said of
    /// ("accused him of lying", "called for a recount", "praised the
    /// plan").
    pub const REPORT_OBJECT: Flags = Flags(1 << 43);
    /// A verb whose matter follows a preposition: "spoke about the war",
    /// "talked of reform", "commented on the plan", "referred to him as a
    /// reformer", "pointed to the figures".
    pub const REPORT_ABOUT: Flags = Flags(1 << 44);
    /// A word that opens a reported question: "whether", "if", "how",
    /// "who".
    pub const QUESTION_WORD: Flags = Flags(1 << 45);
    /// A word a byline holds around names but never a name alone
    /// ("posted", "am", "required").
    pub const BYLINE_NOISE: Flags = Flags(1 << 46);
    /// A newspaper job in a byline ("editor", "correspondent").
    pub const BYLINE_STAFF: Flags = Flags(1 << 47);
    /// A function word that is also a surname ("May", "Rather").
    pub const FUNCTION_WORD_SURNAME: Flags = Flags(1 << 48);
    /// An organisation or place word that is also a surname ("Green").
    pub const ORGANISATION_WORD_SURNAME: Flags = Flags(1 << 49);
    /// A verb of saying whose content may be an infinitive ("vowed to
    /// repeal the law").
    pub const COMMITMENT: Flags = Flags(1 << 50);
    /// Someone who speaks in a body's name ("spokesperson", "representative").
    pub const VOICE_OF_BODY: Flags = Flags(1 << 51);
    /// A pronoun for someone unnamed ("someone", "everyone").
    pub const INDEFINITE_PRONOUN: Flags = Flags(1 << 52);
    /// A name particle that is also a given name ("Al" Gore, "Van"
    /// Morrison), as the list writes it.
    pub const PARTICLE_GIVEN_NAME: Flags = Flags(1 << 53);
    /// Any verb that reports speech, of whichever shape.
    pub const REPORTS: Flags = Flags(
        Flags::REPORT_SAY.0
            | Flags::REPORT_TELL.0
            | Flags::REPORT_ASK.0
            | Flags::REPORT_OBJECT.0
            | Flags::REPORT_ABOUT.0,
    );

    pub const fn empty() -> Flags {
        Flags(0)
    }

    pub const fn contains(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }

    pub const fn intersects(self, other: Flags) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOr for Flags {
    type Output = Flags;
    fn bitor(self, other: Flags) -> Flags {
        Flags(self.0 | other.0)
    }
}

impl std::ops::BitOrAssign for Flags {
    fn bitor_assign(&mut self, other: Flags) {
        self.0 |= other.0;
    }
}

/// A word as the lexicon reads it: its flags, and the genders its lists give.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lexeme {
    pub flags: Flags,
    pub given: Option<Gender>,
    pub honorific: Option<Gender>,
    pub pronoun: Option<Gender>,
}

impl Lexeme {
    pub fn is(&self, flags: Flags) -> bool {
        self.flags.intersects(flags)
    }
}

/// How a list's entries match a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// In any case: the list is in lower case and so is the key.
    Any,
    /// Only a word with no capital letter.
    Lower,
    /// Only as the list writes it.
    Exact,
}

/// One table entry: the flags of the lists that hold the key.
#[derive(Debug, Clone, Default)]
struct Entry {
    /// Lists matched in any case.
    any: Flags,
    /// Lists matched only by a word in lower case.
    lower: Flags,
    /// Lists matched only as written: (the form listed, its list).
    exact: Vec<(&'static str, Flags)>,
    given: Option<Gender>,
    honorific: Option<Gender>,
    pronoun: Option<Gender>,
}

/// How many distinct words each thread remembers the lexemes of: enough
/// for the words news repeats, small enough to stay in a processor's cache.
/// With 65,536 a text of endless new names (the hostile bench) cost 2.1
/// times more per byte at 4 MB than at 32 KB, the table outgrowing the
/// cache; with 8,192, 1.78, and extraction over a generated corpus as fast
/// within this machine's noise.
const REMEMBERED_LEXEMES: usize = 8_192;

/// Longer words are read afresh each time: no word of a language is this
/// long, and remembering them would only let a hostile text fill memory.
const REMEMBERED_WORD_BYTES: usize = 32;

/// Every word list, merged.
pub struct Lexicon {
    words: HashMap<Box<[u8]>, Entry>,
    /// Stems before -man/-woman that make a role head ("Irish", "chair").
    role_noun_stems: Vec<&'static str>,
    /// -man/-woman words that name an office ("chairman").
    man_offices: HashSet<&'static str>,
    /// Organisations and brands built from personal names ("Morgan Stanley").
    organisations_from_names: HashSet<String>,
    /// Places, in lower case: countries, capitals, regions, large cities
    /// ("pyongyang", "latin america").
    places: HashSet<String>,
    /// Places that are also people's names ("london", "lincoln").
    places_also_surnames: HashSet<String>,
    /// Page furniture: whole lines, line starts, phrases at the page's
    /// ends, and marks of captions (lower case).
    pub chrome_lines: Vec<&'static str>,
    pub chrome_prefixes: Vec<&'static str>,
    pub edge_boilerplate: Vec<&'static str>,
    pub credit_marks: Vec<&'static str>,
    /// Marks of a consent or browser notice ("cookie").
    pub consent_marks: Vec<&'static str>,
    /// Phrases of a legal notice ("all rights reserved").
    pub legal_marks: Vec<&'static str>,
    /// Lines that close the article in a whole page's text ("comments",
    /// "related stories").
    pub page_end_markers: Vec<&'static str>,
    /// Words that open a byline line in several languages ("by", "von").
    pub byline_openers: Vec<&'static str>,
    /// Words that join names in a byline ("and", "und").
    pub byline_joiners: Vec<&'static str>,
    /// Verbs of several words that report speech ("pointed out", "made it
    /// clear"), each as its words in lower case.
    report_phrases: Vec<Vec<&'static str>>,
    /// Month names and abbreviations in several languages, with the
    /// month's number ("january", "jan", "märz", "août").
    months: HashMap<&'static str, u32>,
    /// Words that may stand in a line of dates alone ("updated", "um",
    /// "freitag"), and words a date is read across ("de").
    date_words: HashSet<&'static str>,
    date_connectors: HashSet<&'static str>,
}

/// The entries of one data file: lines without comments and blanks.
fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The word lists and how each one matches.
const WORD_LISTS: &[(&str, Flags, Case)] = &[
    (
        include_str!("../data/lexicon/cue_verbs.txt"),
        Flags::CUE_VERB,
        Case::Lower,
    ),
    (
        include_str!("../data/lexicon/titles.txt"),
        Flags::TITLE,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/person_titles.txt"),
        Flags::PERSON_TITLE,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/nationalities.txt"),
        Flags::NATIONALITY,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/role_heads.txt"),
        Flags::ROLE_HEAD,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/descriptors.txt"),
        Flags::DESCRIPTOR,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/not_person_words.txt"),
        Flags::NOT_PERSON,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/name_particles.txt"),
        Flags::NAME_PARTICLE,
        Case::Exact,
    ),
    (
        include_str!("../data/lexicon/function_words.txt"),
        Flags::FUNCTION_WORD,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/prepositions.txt"),
        Flags::PREPOSITION,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/auxiliaries.txt"),
        Flags::AUXILIARY,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/forms_of_be.txt"),
        Flags::FORM_OF_BE,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/voices_of_bodies.txt"),
        Flags::VOICE_OF_BODY,
        Case::Lower,
    ),
    (
        include_str!("../data/lexicon/indefinite_pronouns.txt"),
        Flags::INDEFINITE_PRONOUN,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/indefinite_pronouns.txt"),
        Flags::FUNCTION_WORD,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/commitment_verbs.txt"),
        Flags::COMMITMENT,
        Case::Lower,
    ),
    (
        include_str!("../data/lexicon/verb_adverbs.txt"),
        Flags::VERB_ADVERB,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/negators.txt"),
        Flags::NEGATOR,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/hypothetical_markers.txt"),
        Flags::HYPOTHETICAL,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/determiners.txt"),
        Flags::DETERMINER,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/document_nouns.txt"),
        Flags::DOCUMENT,
        Case::Lower,
    ),
    (
        include_str!("../data/lexicon/demonyms.txt"),
        Flags::PEOPLE_GROUP,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/people_groups.txt"),
        Flags::PEOPLE_GROUP,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/group_nouns.txt"),
        Flags::GROUP_NOUN,
        Case::Lower,
    ),
    (
        include_str!("../data/lexicon/fillers.txt"),
        Flags::FILLER,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/title_cues.txt"),
        Flags::TITLE_CUE,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/naming_verbs.txt"),
        Flags::NAMING_VERB,
        Case::Exact,
    ),
    (
        include_str!("../data/lexicon/post_nominals.txt"),
        Flags::POST_NOMINAL,
        Case::Exact,
    ),
    (
        include_str!("../data/lexicon/generational_suffixes.txt"),
        Flags::GENERATIONAL,
        Case::Exact,
    ),
    (
        include_str!("../data/lexicon/title_abbreviations.txt"),
        Flags::TITLE_ABBREVIATION,
        Case::Exact,
    ),
    (
        include_str!("../data/lexicon/abbreviations.txt"),
        Flags::ABBREVIATION,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/sentence_abbreviations.txt"),
        Flags::SENTENCE_ABBREVIATION,
        Case::Exact,
    ),
    (
        include_str!("../data/lexicon/role_modifiers.txt"),
        Flags::ROLE_MODIFIER,
        Case::Exact,
    ),
    (
        include_str!("../data/lexicon/role_key_stopwords.txt"),
        Flags::ROLE_KEY_STOPWORD,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/time_words.txt"),
        Flags::TIME_WORD,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/question_words.txt"),
        Flags::QUESTION_WORD,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/data_sources.txt"),
        Flags::DATA_SOURCE,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/report_openers.txt"),
        Flags::REPORT_OPENER,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/subordinators.txt"),
        Flags::SUBORDINATOR,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/past_forms.txt"),
        Flags::PAST_FORM,
        Case::Lower,
    ),
    (
        include_str!("../data/lexicon/byline_noise.txt"),
        Flags::BYLINE_NOISE,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/byline_staff.txt"),
        Flags::BYLINE_STAFF,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/surnames_also_function_words.txt"),
        Flags::FUNCTION_WORD_SURNAME,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/surnames_also_organisation_words.txt"),
        Flags::ORGANISATION_WORD_SURNAME,
        Case::Any,
    ),
    (
        include_str!("../data/lexicon/particles_also_given_names.txt"),
        Flags::PARTICLE_GIVEN_NAME,
        Case::Exact,
    ),
];

/// The lists that give a gender with each word (word, tab, m/f/u).
const GENDERED_LISTS: &[(&str, Flags)] = &[
    (
        include_str!("../data/lexicon/given_names.tsv"),
        Flags::GIVEN_NAME,
    ),
    (
        include_str!("../data/lexicon/honorifics.tsv"),
        Flags::HONORIFIC,
    ),
    (include_str!("../data/lexicon/pronouns.tsv"), Flags::PRONOUN),
];

impl Lexicon {
    /// The lexicon, read from the data files on first use.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::load)
    }

    fn load() -> Lexicon {
        let mut words: HashMap<Box<[u8]>, Entry> = HashMap::with_capacity(8192);
        fn entry<'a>(words: &'a mut HashMap<Box<[u8]>, Entry>, key: &str) -> &'a mut Entry {
            words
                .entry(key.to_lowercase().into_bytes().into_boxed_slice())
                .or_default()
        }
        for &(file, flag, case) in WORD_LISTS {
            for word in entries(file) {
                let e = entry(&mut words, word);
                match case {
                    Case::Any => e.any |= flag,
                    Case::Lower => e.lower |= flag,
                    Case::Exact => e.exact.push((word, flag)),
                }
            }
        }
        for &(file, flag) in GENDERED_LISTS {
            for line in entries(file) {
                let (word, tag) = line.split_once('\t').unwrap_or((line, "u"));
                let gender = Gender::from_tag(tag);
                let e = entry(&mut words, word);
                match flag {
                    Flags::GIVEN_NAME => e.given = Some(gender),
                    Flags::HONORIFIC => e.honorific = Some(gender),
                    _ => e.pronoun = Some(gender),
                }
            }
        }
        for line in entries(include_str!("../data/lexicon/given_names_common_words.txt")) {
            let name = line.split('\t').next().unwrap_or(line);
            entry(&mut words, name).any |= Flags::WEAK_GIVEN_NAME;
        }
        for line in entries(include_str!("../data/lexicon/report_verbs.tsv")) {
            let (word, shape) = line.split_once('\t').unwrap_or((line, "say"));
            entry(&mut words, word).lower |= match shape.trim() {
                "tell" => Flags::REPORT_TELL,
                "ask" => Flags::REPORT_ASK,
                "object" => Flags::REPORT_OBJECT,
                "about" => Flags::REPORT_ABOUT,
                _ => Flags::REPORT_SAY,
            };
        }
        let report_phrases: Vec<Vec<&'static str>> =
            entries(include_str!("../data/lexicon/report_phrases.txt"))
                .map(|l| l.split_whitespace().collect())
                .collect();
        for phrase in &report_phrases {
            entry(&mut words, phrase[0]).lower |= Flags::REPORT_PHRASE_START;
        }
        Lexicon {
            words,
            role_noun_stems: entries(include_str!("../data/lexicon/role_noun_stems.txt")).collect(),
            man_offices: entries(include_str!("../data/lexicon/man_offices.txt")).collect(),
            organisations_from_names: entries(include_str!(
                "../data/lexicon/organisations_from_names.txt"
            ))
            .map(|l| l.trim().to_lowercase())
            .collect(),
            places: entries(include_str!("../data/lexicon/places.txt"))
                .map(|l| l.trim().to_lowercase())
                .collect(),
            places_also_surnames: entries(include_str!("../data/lexicon/places_also_surnames.txt"))
                .map(|l| l.trim().to_lowercase())
                .collect(),
            chrome_lines: entries(include_str!("../data/lexicon/chrome_lines.txt")).collect(),
            chrome_prefixes: entries(include_str!("../data/lexicon/chrome_prefixes.txt")).collect(),
            edge_boilerplate: entries(include_str!("../data/lexicon/edge_boilerplate.txt"))
                .collect(),
            credit_marks: entries(include_str!("../data/lexicon/credit_marks.txt")).collect(),
            consent_marks: entries(include_str!("../data/lexicon/consent_marks.txt")).collect(),
            legal_marks: entries(include_str!("../data/lexicon/legal_marks.txt")).collect(),
            page_end_markers: entries(include_str!("../data/lexicon/page_end_markers.txt"))
                .collect(),
            byline_openers: entries(include_str!("../data/lexicon/byline_openers.txt")).collect(),
            byline_joiners: entries(include_str!("../data/lexicon/byline_joiners.txt")).collect(),
            report_phrases,
            months: entries(include_str!("../data/lexicon/months.tsv"))
                .map(|line| {
                    let (name, number) = line.split_once('\t').expect("month<TAB>number");
                    (name, number.trim().parse().expect("a month's number"))
                })
                .collect(),
            date_words: entries(include_str!("../data/lexicon/date_words.txt")).collect(),
            date_connectors: entries(include_str!("../data/lexicon/date_connectors.txt")).collect(),
        }
    }

    /// The number of the month `lowered` names, in any language listed.
    pub fn month(&self, lowered: &str) -> Option<u32> {
        self.months.get(lowered).copied()
    }

    /// Whether `lowered` may stand in a line of dates alone.
    pub fn is_date_word(&self, lowered: &str) -> bool {
        self.date_words.contains(lowered)
    }

    /// Whether a date is read across `lowered` ("11 de mayo de 2022").
    pub fn is_date_connector(&self, lowered: &str) -> bool {
        self.date_connectors.contains(lowered)
    }

    /// How many words a verb of several words that reports speech takes
    /// at the start of `lowered` (the next words, in lower case), if one
    /// starts there.
    pub fn report_phrase_len(&self, lowered: &[String]) -> Option<usize> {
        self.report_phrases
            .iter()
            .find(|phrase| {
                phrase.len() <= lowered.len() && phrase.iter().zip(lowered).all(|(p, w)| p == w)
            })
            .map(Vec::len)
    }

    fn entry(&self, lowered: &[u8]) -> Option<&Entry> {
        self.words.get(lowered)
    }

    /// Everything the lexicon knows of `word` as written: one lookup of its
    /// lower-case form, and a second only for the rare word that ends in a
    /// stop ("Mr.") or opens with "ex-".
    ///
    /// News repeats its words ("the", "said", the names of the day), so
    /// each thread remembers the lexemes it has read: one hash of the word
    /// as written instead of lower-casing it and reading the lists again.
    /// The memory is bounded ([`REMEMBERED_LEXEMES`]): past the bound it
    /// starts afresh, so a text of endless distinct words costs the same
    /// per word as one without the memory.
    pub fn lexeme(&self, word: &str) -> Lexeme {
        thread_local! {
            static REMEMBERED: std::cell::RefCell<HashMap<Box<str>, Lexeme>> =
                std::cell::RefCell::new(HashMap::new());
        }
        if word.len() > REMEMBERED_WORD_BYTES {
            return self.read_lexeme(word);
        }
        REMEMBERED.with_borrow_mut(|remembered| {
            if let Some(&lexeme) = remembered.get(word) {
                return lexeme;
            }
            if remembered.len() >= REMEMBERED_LEXEMES {
                remembered.clear();
            }
            let lexeme = self.read_lexeme(word);
            remembered.insert(word.into(), lexeme);
            lexeme
        })
    }

    /// [`Lexicon::lexeme`] read from the lists.
    fn read_lexeme(&self, word: &str) -> Lexeme {
        let lowered = to_lower(word);
        let key: &[u8] = lowered.as_ref();
        let whole = self.entry(key);
        // Titles and honorifics are read without their stop ("Mr." as "mr").
        let bare_key = trim_stops(key);
        let bare = if bare_key.len() == key.len() {
            whole
        } else {
            self.entry(bare_key)
        };
        let bare_word = word.trim_end_matches('.');
        let mut flags = Flags::empty();
        let mut lexeme = Lexeme::default();
        if let Some(e) = whole {
            flags |= e.any;
            if !word.chars().any(char::is_uppercase) {
                flags |= e.lower;
            }
            for &(form, flag) in &e.exact {
                let exact_flags = Flags::NAME_PARTICLE
                    | Flags::NAMING_VERB
                    | Flags::ROLE_MODIFIER
                    | Flags::PARTICLE_GIVEN_NAME;
                if exact_flags.contains(flag) && form == word {
                    flags |= flag;
                }
            }
            lexeme.pronoun = e.pronoun;
            if e.lower.contains(Flags::CUE_VERB) && key.ends_with(b"ing") {
                flags |= Flags::PARTICIPLE_CUE;
            }
        }
        // Lists read without a final stop.
        let stopless = Flags::TITLE | Flags::PERSON_TITLE;
        flags = Flags(flags.0 & !stopless.0);
        if let Some(e) = bare {
            flags |= Flags(e.any.0 & stopless.0);
            lexeme.honorific = e.honorific;
            for &(form, flag) in &e.exact {
                let stopless_exact =
                    Flags::POST_NOMINAL | Flags::GENERATIONAL | Flags::SENTENCE_ABBREVIATION;
                if stopless_exact.contains(flag) && form == bare_word {
                    flags |= flag;
                }
                if flag == Flags::TITLE_ABBREVIATION && form == word {
                    flags |= flag;
                }
            }
            if e.honorific.is_some() {
                flags |= Flags::HONORIFIC | Flags::TITLE | Flags::PERSON_TITLE;
            }
        }
        // The tokenizer's abbreviations: the word without its stops.
        flags = Flags(flags.0 & !Flags::ABBREVIATION.0);
        if bare.is_some_and(|e| e.any.contains(Flags::ABBREVIATION))
            || (word.len() <= 4 && word.ends_with('.'))
        {
            flags |= Flags::ABBREVIATION;
        }
        // A single capital (an initial) or a word with an inner stop ("U.S").
        if (bare_word.len() == 1 && bare_word.chars().all(char::is_uppercase))
            || bare_word.contains('.')
        {
            flags |= Flags::SENTENCE_ABBREVIATION;
        }
        // "ex-president" is a title as "president" is.
        if let Some(rest) = bare_key.strip_prefix(b"ex-") {
            if self
                .entry(rest)
                .is_some_and(|e| e.any.contains(Flags::TITLE))
            {
                flags |= Flags::TITLE;
            }
        }
        self.derived_role_flags(key, &mut flags);
        // "US" and "IT" in capitals are names, not "us" and "it".
        let shouted =
            word.chars().count() > 1 && word.chars().all(|c| c.is_uppercase() || c == '.');
        if shouted {
            flags = Flags(flags.0 & !Flags::FUNCTION_WORD.0);
        }
        if key.ends_with(b"ly") {
            flags |= Flags::FILLER;
        }
        lexeme.given = whole.and_then(|e| e.given).or_else(|| {
            // "Marc-André", "Anne-Marie": the first part tells.
            let (first, _) = word.split_once('-')?;
            self.entry(to_lower(first).as_ref())?.given
        });
        if lexeme.given.is_some() {
            flags |= Flags::GIVEN_NAME;
        }
        // "He's", "she’ll", "they're": the pronoun and a verb in one word.
        if lexeme.pronoun.is_none() {
            lexeme.pronoun = self.contracted_pronoun(word);
        }
        if lexeme.pronoun.is_some() {
            flags |= Flags::PRONOUN;
        }
        lexeme.flags = flags;
        lexeme
    }

    /// The pronoun of a pronoun contracted with a verb ("he's" → he).
    fn contracted_pronoun(&self, word: &str) -> Option<Gender> {
        let (base, verb) = word.rsplit_once(['\'', '\u{2019}'])?;
        if !matches!(verb, "s" | "S" | "re" | "ll" | "d" | "ve" | "m") {
            return None;
        }
        self.entry(to_lower(base).as_ref())?.pronoun
    }

    /// Role heads and descriptors that no list names one by one: "the
    /// 34-year-old", "the Irishman", "the Frenchwoman".
    fn derived_role_flags(&self, key: &[u8], flags: &mut Flags) {
        let aged = key.ends_with(b"-year-old");
        let man = key.ends_with(b"man") || key.ends_with(b"woman");
        if aged
            || (man
                && self
                    .role_noun_stems
                    .iter()
                    .any(|s| key.starts_with(s.as_bytes())))
        {
            *flags |= Flags::ROLE_HEAD;
        }
        let office = std::str::from_utf8(key).is_ok_and(|k| self.man_offices.contains(k));
        if aged || (man && !office) {
            *flags |= Flags::DESCRIPTOR;
        }
    }

    /// Whether a phrase names an organisation built from personal names.
    pub fn is_organisation_from_names(&self, phrase: &str) -> bool {
        self.organisations_from_names.contains(&*to_lower(phrase))
    }

    /// Whether a phrase names a place and nothing else: a place that is
    /// not also a person's name ("Pyongyang", "Latin America"; not
    /// "London", "Lincoln").
    pub fn is_only_a_place(&self, phrase: &str) -> bool {
        let key = to_lower(phrase);
        self.places.contains(&*key) && !self.places_also_surnames.contains(&*key)
    }
}

fn trim_stops(key: &[u8]) -> &[u8] {
    let mut end = key.len();
    while end > 0 && key[end - 1] == b'.' {
        end -= 1;
    }
    &key[..end]
}

fn has(word: &str, flags: Flags) -> bool {
    Lexicon::get().lexeme(word).is(flags)
}

/// The gender a given name suggests, if the word is a known given name.
pub fn given_name(word: &str) -> Option<Gender> {
    Lexicon::get().lexeme(word).given
}

/// Courtesy titles that precede a name and say nothing of office.
pub fn honorific(word: &str) -> Option<Gender> {
    Lexicon::get().lexeme(word).honorific
}

/// A word that can stand in a title before a name ("Defence Secretary").
pub fn is_title_word(word: &str) -> bool {
    has(word, Flags::TITLE)
}

/// Titles that, before a name, make it a person's name ("Senator Smith").
pub fn is_person_title(word: &str) -> bool {
    has(word, Flags::PERSON_TITLE)
}

/// Nationality and institution adjectives that open a title ("Russian President").
/// A given name that is also a common word or a place ("Angel").
pub fn is_weak_given_name(word: &str) -> bool {
    has(word, Flags::WEAK_GIVEN_NAME)
}

pub fn is_nationality(word: &str) -> bool {
    has(word, Flags::NATIONALITY)
}

/// A noun that heads a role ("former FBI director", "chief strategist").
pub fn is_role_head(word: &str) -> bool {
    has(word, Flags::ROLE_HEAD)
}

/// Role heads that describe a person without naming an office.
pub fn is_descriptor(word: &str) -> bool {
    has(word, Flags::DESCRIPTOR)
}

/// A verb that introduces speech ("said", "told", "warned"), written in
/// lower case as verbs are in running text.
pub fn is_cue_verb(word: &str) -> bool {
    has(word, Flags::CUE_VERB)
}

/// Cues in the progressive form, whose speaker is the clause's subject
/// ("…, saying: …").
pub fn is_participle_cue(word: &str) -> bool {
    has(word, Flags::PARTICIPLE_CUE)
}

/// A word that makes a capitalised phrase something other than a person.
pub fn is_not_person_word(word: &str) -> bool {
    has(word, Flags::NOT_PERSON)
}

/// Organisations whose names are built from personal names.
pub fn is_known_organisation(phrase: &str) -> bool {
    Lexicon::get().is_organisation_from_names(phrase)
}

/// A plural noun for people by its ending ("firefighters", "paramedics",
/// "researchers", "economists", "residents"), in lower case: for a word
/// no list knows.
pub fn is_plural_of_people(lower: &str) -> bool {
    lower.len() >= 7
        && lower.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && ["ers", "ors", "ists", "ians", "ics", "ents", "ants"]
            .iter()
            .any(|ending| lower.ends_with(ending))
}

/// Particles that sit inside surnames ("von der Leyen", "bin Salman",
/// "Ó Briain"); capitalised forms open a surname used alone ("De Gaulle").
pub fn is_name_particle(word: &str) -> bool {
    has(word, Flags::NAME_PARTICLE)
}

/// Words written with a capital that begin sentences or headings but are
/// never part of a name.
pub fn is_capitalised_function_word(word: &str) -> bool {
    has(word, Flags::FUNCTION_WORD)
}

/// Third-person pronouns that can stand for a speaker.
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    Lexicon::get().lexeme(word).pronoun
}

/// Prepositions after which a name is an object, not a subject.
pub fn is_preposition(word: &str) -> bool {
    has(word, Flags::PREPOSITION)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_reads_and_holds_no_word_twice() {
        for &(file, flag, case) in WORD_LISTS {
            let mut seen = std::collections::HashSet::new();
            let mut count = 0;
            for word in entries(file) {
                let key = if case == Case::Exact {
                    word.to_string()
                } else {
                    word.to_lowercase()
                };
                assert!(seen.insert(key), "{word:?} twice in the list of {flag:?}");
                count += 1;
            }
            assert!(count > 0, "the list of {flag:?} is empty");
        }
    }

    #[test]
    fn lexemes_answer_as_the_lists_say() {
        let lx = Lexicon::get();
        assert!(lx.lexeme("said").is(Flags::CUE_VERB));
        assert!(!lx.lexeme("Said").is(Flags::CUE_VERB));
        assert!(lx.lexeme("Saying").is(Flags::PARTICIPLE_CUE));
        assert_eq!(lx.lexeme("Mr.").honorific, Some(Gender::Male));
        assert!(lx.lexeme("Mr.").is(Flags::PERSON_TITLE));
        assert!(lx.lexeme("ex-President").is(Flags::TITLE));
        assert!(lx.lexeme("De").is(Flags::NAME_PARTICLE));
        assert!(!lx.lexeme("DE").is(Flags::NAME_PARTICLE));
        assert!(lx.lexeme("The").is(Flags::FUNCTION_WORD));
        assert!(!lx.lexeme("US").is(Flags::FUNCTION_WORD));
        assert!(lx.lexeme("Irishman").is(Flags::ROLE_HEAD));
        assert!(lx.lexeme("34-year-old").is(Flags::DESCRIPTOR));
        assert!(!lx.lexeme("chairman").is(Flags::DESCRIPTOR));
        assert_eq!(lx.lexeme("Anne-Marie").given, Some(Gender::Female));
        assert_eq!(lx.lexeme("She").pronoun, Some(Gender::Female));
        assert!(lx.lexeme("PhD").is(Flags::POST_NOMINAL));
        assert!(!lx.lexeme("PHD").is(Flags::POST_NOMINAL));
        assert!(lx.lexeme("Inc.").is(Flags::ABBREVIATION));
        assert!(lx.is_organisation_from_names("Morgan Stanley"));
    }
}

//! Capitalised phrases that name people: a run of capitalised words (with
//! name particles inside it), less the sentence openers, titles and roles
//! before it and the letters after it, kept when something says it is a
//! person (a given name, a title, a role, a speech verb, "who", an age) and
//! nothing says it is an organisation or a place.

use std::ops::Range;

use crate::lexicon::{self, Flags, Gender, Lexicon};
use crate::text::{self, Word};

use super::Region;
use super::roles::{apposition_after, apposition_before, role_before};

#[derive(Debug, Clone)]
pub(super) struct Candidate {
    pub(super) region: Region,
    pub(super) span: Range<usize>,
    pub(super) phrase: Range<usize>,
    pub(super) name_words: Vec<String>,
    pub(super) surface: String,
    pub(super) role: Option<String>,
    pub(super) title_gender: Option<Gender>,
    pub(super) titled: bool,
    /// A lone capitalised word opening a sentence: a person only if the
    /// article names someone with that surname ("Okafor's plan passed.").
    pub(super) needs_known: bool,
    /// Something besides capitals says this is a person: a given name, a
    /// title, a role, a speech verb, "who", an age.
    pub(super) evidence: bool,
    /// A pair whose first word is a given name that is also a common word
    /// ("Angel Mendoza"): a person if its surname stands alone elsewhere.
    pub(super) weak_given: bool,
    /// Its first word opens a sentence (capitalised for that alone, maybe).
    pub(super) opens_sentence: bool,
}

impl Candidate {
    /// A name of several words whose last is a group of people in the
    /// plural ("Reagan Democrats", "Senate Republicans").
    pub(super) fn ends_in_a_people_group(&self) -> bool {
        self.name_words.len() >= 2
            && self.name_words.last().is_some_and(|w| {
                w.ends_with('s') && Lexicon::get().lexeme(w).is(Flags::PEOPLE_GROUP)
            })
    }

    /// A name that is a place or an outlet ("Pyongyang", "Latin America",
    /// "Politico"), not titled: a person only as someone the article
    /// names in full ("Steve Forbes … Forbes said").
    pub(super) fn is_place_or_outlet(&self) -> bool {
        let name = self.name_words.join(" ");
        !self.titled
            && (Lexicon::get().is_only_a_place(&name) || crate::outlets::lookup(&name).is_some())
    }

    /// A lone word that names a group of people: "Democrats", "Americans"
    /// in any place; "Aides", "Prosecutors", "Candidates" (a group noun, or
    /// a role's plural) or a compound plural ("Fact-checkers") when only the
    /// sentence capitalises it. Such a word is a person only as the surname
    /// of someone the article names.
    pub(super) fn is_group_plural(&self) -> bool {
        let [word] = self.name_words.as_slice() else {
            return false;
        };
        if !word.ends_with('s') {
            return false;
        }
        let lexicon = Lexicon::get();
        if lexicon.lexeme(word).is(Flags::PEOPLE_GROUP) {
            return true;
        }
        let lower = text::to_lower(word);
        // "Fact-checkers", "Co-workers": a compound whose last part is a
        // plural in lower case is no name, whatever list knows it.
        let compound_plural = lower
            .rsplit_once('-')
            .is_some_and(|(_, last)| last.len() >= 5 && word.ends_with(last));
        if self.opens_sentence && compound_plural {
            return true;
        }
        let singular = match lower.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None => lower[..lower.len() - 1].to_string(),
        };
        self.opens_sentence
            && (lexicon.lexeme(&lower).is(Flags::GROUP_NOUN)
                || lexicon
                    .lexeme(&singular)
                    .is(Flags::GROUP_NOUN | Flags::ROLE_HEAD))
    }
}

/// A capitalised adverb in -ly or participle in -ing that is no given
/// name ("Interestingly", "Following"; not "Emily", "Sterling").
fn is_opening_adverb_or_participle(w: &Word) -> bool {
    let lower = text::to_lower(w.text);
    (lower.ends_with("ly") || lower.ends_with("ing")) && lower.len() > 5 && w.lex.given.is_none()
}

fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// Surname shapes that only people have ("O'Brien", "McCabe", "Jong-un").
fn has_surname_shape(word: &str) -> bool {
    let after = |prefix: &str| {
        word.strip_prefix(prefix)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase)
    };
    after("O'")
        || after("O\u{2019}")
        || after("Mc")
        || after("Mac")
        || after("Fitz")
        || word.split_once('-').is_some_and(|(a, b)| {
            a.chars().next().is_some_and(char::is_uppercase)
                && b.chars().next().is_some_and(char::is_lowercase)
                && b.len() <= 4
        })
}

fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut capital_next = true;
    for c in word.chars() {
        if capital_next {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        capital_next = matches!(c, '-' | '\'' | '\u{2019}' | '.');
    }
    // "Mcdonald" → "McDonald"
    if let Some(rest) = out.strip_prefix("Mc") {
        let mut chars = rest.chars();
        if let Some(first) = chars.next() {
            return format!("Mc{}{}", first.to_uppercase(), chars.as_str());
        }
    }
    out
}

/// Capitalised phrases in sentence-case text that name people.
pub(super) fn candidates_in(text: &str, ws: &[Word], region: Region) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if !ws[i].is_capitalised() {
            i += 1;
            continue;
        }
        // A run of capitalised words, with name particles inside it.
        let mut j = i + 1;
        while j < ws.len() && ws[j].joined_to_previous && !ws[j - 1].is_possessive() {
            let w = &ws[j];
            let continues = |k: usize| {
                ws.get(k)
                    .is_some_and(|n| n.is_capitalised() && n.joined_to_previous)
            };
            let particle = w.lex.is(Flags::NAME_PARTICLE)
                && (continues(j + 1)
                    || (ws
                        .get(j + 1)
                        .is_some_and(|n| n.lex.is(Flags::NAME_PARTICLE))
                        && continues(j + 2)));
            if w.is_capitalised() || particle {
                j += 1;
            } else {
                break;
            }
        }
        // "the Irishman", "the Pentagon", "An Garda Síochána": an article
        // before the capitals means an institution, a place or a description.
        let after_article =
            i > 0 && ws[i].joined_to_previous && matches!(ws[i - 1].text, "the" | "a" | "an");
        let titled_article = !ws[i].sentence_start
            && matches!(ws[i].text, "The" | "An" | "La" | "Le" | "El" | "Al")
            && j > i + 1;
        let lone_after_article = after_article && j == i + 1;
        if !lone_after_article && !titled_article {
            if let Some(c) = read_run(text, ws, i, j, region) {
                out.push(c);
            }
        } else if titled_article && j == i + 2 {
            // "Le Pen said", after "Marine Le Pen": the surname of someone
            // the article names in full, never a new person ("Le Monde").
            if let Some(mut c) = read_run(text, ws, i, j, region) {
                c.needs_known = true;
                out.push(c);
            }
        }
        if let Some(c) = coordinated_given_name(ws, i, j, region) {
            out.push(c);
        }
        i = j;
    }
    out
}

/// "Lars and Ingrid Lindqvist": the first given name shares the surname.
fn coordinated_given_name(
    ws: &[Word],
    start: usize,
    end: usize,
    region: Region,
) -> Option<Candidate> {
    let first = &ws[start];
    // "Lars and Ingrid Lindqvist": any capitalised word that could be a
    // given name, unless it opens the sentence and is not a known one.
    let plausible = first.is_capitalised()
        && !first.is_shouting()
        && !first.lex.is(Flags::FUNCTION_WORD)
        && !first.lex.is(Flags::NOT_PERSON)
        && !first.lex.is(Flags::TITLE)
        && !first.lex.is(Flags::NATIONALITY)
        && first.lex.given.is_some();
    if end != start + 1 || !plausible || ws.get(end)?.text != "and" {
        return None;
    }
    let mut k = end + 1;
    while k < ws.len()
        && ws[k].is_capitalised()
        && ws[k].joined_to_previous
        && !ws[k - 1].is_possessive()
    {
        k += 1;
    }
    let second = &ws[end + 1..k];
    if second.len() < 2
        || second[0].lex.given.is_none()
        || second.iter().any(|w| w.lex.is(Flags::NOT_PERSON))
    {
        return None;
    }
    let mut name_words = vec![first.text.to_string()];
    name_words.extend(second[1..].iter().map(|w| w.base().to_string()));
    Some(Candidate {
        region,
        span: first.start..first.end,
        phrase: first.start..first.end,
        surface: first.text.to_string(),
        name_words,
        role: None,
        title_gender: None,
        titled: false,
        needs_known: false,
        evidence: true,
        weak_given: false,
        opens_sentence: first.sentence_start,
    })
}

fn read_run(
    text: &str,
    ws: &[Word],
    start: usize,
    end: usize,
    region: Region,
) -> Option<Candidate> {
    let run = &ws[start..end];
    let shouting = run.len() >= 2 && run.iter().all(|w| w.is_shouting() || is_initial(w.text));
    let norm = |w: &Word| {
        if shouting {
            title_case(w.base())
        } else {
            w.base().to_string()
        }
    };
    // "Sen. Claire McCaskill (D-Mo.)": a party and state, no one's name.
    if run.len() == 1 && text::is_party_tag(run[0].text) {
        return None;
    }
    let mut k = 0;
    // Sentence openers that are not names ("Earlier", "The").
    while k < run.len() && run[k].lex.is(Flags::FUNCTION_WORD) {
        k += 1;
    }
    // "Interestingly Blocher", "Following Trump": an adverb or a participle
    // capitalised only because it opens the sentence, before a lone
    // surname (before a given name and surname, the name is found as it
    // is; before a title, it may be the title's: "Mining Minister").
    if k == 0 && run.len() == 2 && run[0].sentence_start && is_opening_adverb_or_participle(&run[0])
    {
        k = 1;
    }
    let mut title_gender = None;
    let mut titled = false;
    // "Neighbour Harbans Kaur, 58, said": a role noun opening the sentence.
    if k == 0
        && run.len() >= 3
        && run[0].sentence_start
        && run[0].lex.is(Flags::ROLE_HEAD)
        && !run[0].lex.is(Flags::TITLE)
        && run[0].lex.given.is_none()
    {
        k = 1;
    }
    let prefix_start = k;
    // "Mr. King", "Ms. Bishop": a title word after an honorific, last in
    // the run, is a surname (kept only if the article names its bearer in
    // full: "Mr. President" names no one).
    let mut surname_after_honorific = false;
    while k < run.len() {
        let w = &run[k];
        let acronym = w.is_shouting() && !shouting && w.text.chars().count() <= 5;
        if k + 1 == run.len() && k > prefix_start && run[k - 1].lex.honorific.is_some() {
            surname_after_honorific = true;
            break;
        }
        if w.lex.is(Flags::TITLE)
            || w.lex.is(Flags::NATIONALITY)
            || acronym
            || text::to_lower(w.text).starts_with("ex-")
        {
            if let Some(g) = w.lex.honorific {
                title_gender = Some(g);
            }
            titled |= w.lex.is(Flags::PERSON_TITLE);
            k += 1;
        } else {
            break;
        }
    }
    // "City Councilman Derek Haskins", "Dunmore manager": the title may
    // follow words that are neither titles nor names.
    if let Some(t) = run[k..]
        .iter()
        .rposition(|w| w.lex.is(Flags::PERSON_TITLE) || w.lex.is(Flags::TITLE))
        .map(|t| t + k)
    {
        if t + 1 < run.len()
            && !run[t + 1].lex.is(Flags::TITLE)
            && !run[t + 1].lex.is(Flags::NATIONALITY)
        {
            for w in &run[k..=t] {
                if let Some(g) = w.lex.honorific {
                    title_gender = Some(g);
                }
            }
            titled = true;
            k = t + 1;
        }
    }
    let name = &run[k..];
    // Post-nominal letters are not part of the name ("Siobhan Darcy SC").
    let mut name = name;
    while name.len() > 2
        && (is_post_nominal(name.last().unwrap().text)
            || (name.last().unwrap().is_shouting()
                && !shouting
                && name.last().unwrap().text.chars().count() <= 4))
    {
        name = &name[..name.len() - 1];
    }
    // "Democrat Hillary Clinton", "Using Ted Cruz": capitalised words that
    // are no part of a name before a given name and a surname.
    if let Some(j) = (1..name.len().saturating_sub(1)).find(|&j| {
        lexicon::given_name(&norm(&name[j])).is_some()
            && name[..j].iter().all(|w| {
                let word = norm(w);
                lexicon::given_name(&word).is_none()
                    && !lexicon::is_name_particle(&word)
                    && !is_initial(&word)
            })
    }) {
        name = &name[j..];
        k += j;
    }
    let mut names: Vec<String> = name.iter().map(norm).collect();
    // A surname used alone that opens with a particle ("Dela Cruz", "Ó
    // Briain"); a particle that is also a given name before one more word
    // is that name ("Al Gore", "Al Sharpton").
    let given_particle = names.len() == 2 && name[0].lex.is(Flags::PARTICLE_GIVEN_NAME);
    if names.len() >= 2 && lexicon::is_name_particle(&names[0]) && !titled && !given_particle
        || names.len() >= 2 && titled && lexicon::is_name_particle(&text::to_lower(&names[0]))
    {
        names = vec![names.join(" ")];
    }
    let strong_context = titled
        || role_before(text, ws, start).is_some()
        || apposition_after(text, ws, end).is_some()
        || followed_by_who_or_age(&text[ws[end - 1].end..]);
    // "Sharon Lake" is a person when the text says so; "Lake Victoria" is not.
    // "Philip Green said", "Glenn Close said": a surname that is also an
    // organisation's word, after a given name that is no common word.
    let speaks = cue_follows(ws, end);
    let surname_of_a_speaker = |i: usize| {
        names.len() == 2
            && i == 1
            && speaks
            && name[1].lex.is(Flags::ORGANISATION_WORD_SURNAME)
            && !name[0].lex.is(Flags::WEAK_GIVEN_NAME)
    };
    let org_word_allowed = |i: usize, w: &String| {
        i > 0
            && (strong_context || surname_of_a_speaker(i))
            && lexicon::given_name(&names[0]).is_some()
            && !lexicon::is_not_person_word(&names[0])
            && w.len() > 2
    };
    // "Theresa May", "Dan Rather", "Ms. May": a few words that never open
    // a name are surnames last in a short name after a given name or a
    // title (not in a title-case line: "Rubio Responds To Question …").
    let surname_allowed = |i: usize| {
        i + 1 == names.len()
            && names.len() <= 3
            && name[i].lex.is(Flags::FUNCTION_WORD_SURNAME)
            && ((i > 0 && lexicon::given_name(&names[0]).is_some()) || titled)
    };
    if name.is_empty()
        || names.iter().enumerate().any(|(i, w)| {
            (lexicon::is_not_person_word(w) && !org_word_allowed(i, w))
                || (lexicon::is_capitalised_function_word(w) && !surname_allowed(i))
        })
        || lexicon::is_known_organisation(&names.join(" "))
        || names.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()))
        || names.iter().any(|w| is_contraction(w))
    {
        return None;
    }
    let prefix_role = (k > prefix_start).then(|| {
        let words: Vec<String> = run[prefix_start..k].iter().map(norm).collect();
        words.join(" ")
    });
    // Lower-case words just before the run: "whistleblower Joan Mabry".
    let role_before = role_before(text, ws, start);
    let role_after = apposition_after(text, ws, end).or_else(|| apposition_before(text, ws, start));
    let followed_by_cue = cue_follows(ws, end) && !ws[end - 1].is_possessive();
    let span = name.first().unwrap().start..name.last().unwrap().end;
    let span_end = if name.last().unwrap().is_possessive() {
        name.last().unwrap().start + name.last().unwrap().base().len()
    } else {
        span.end
    };
    let span = span.start..span_end;
    let surface = if prefix_role.is_some() && titled && run[k - 1].lex.honorific.is_some() {
        // Keep the honorific in the alias ("Ms Okafor").
        format!("{} {}", norm(&run[k - 1]), names.join(" "))
    } else {
        names.join(" ")
    };
    // A speech verb alone does not make a pair of capitalised words a person:
    // "Downland Water said" is an organisation.
    let context = titled
        || role_before.is_some()
        || role_after.is_some()
        || followed_by_who_or_age(&text[ws[end - 1].end..]);
    // A lone word counts as evidence for a surname only when titled or speaking.
    let mut evidence = titled || followed_by_cue;
    let person_like = if names.len() >= 2 {
        let first = &names[0];
        evidence = lexicon::given_name(first).is_some()
            || first
                .split('-')
                .any(|part| lexicon::given_name(part).is_some())
            || is_initial(first)
            || context
            || names[1..].iter().any(|w| has_surname_shape(w));
        // Without evidence, a pair of capitalised words is kept for the
        // article to confirm ("Mr Devlin" later on) or to drop.
        !lexicon::is_nationality(first)
    } else {
        // One word: after a title, or alone in its run (a weak candidate).
        let w = &names[0];
        let joined_particle_surname = names[0].contains(' ');
        // Alone past the sentence's opening word ("But Obama", "And
        // Obama"): the opener is no part of the run.
        let alone = run.len() - prefix_start == 1 || joined_particle_surname;
        !is_initial(w)
            && w.chars().count() >= 2
            && !run[k].is_shouting()
            && (titled || alone)
            && (!lexicon::is_title_word(w) || surname_after_honorific)
            && !lexicon::is_nationality(w)
    };
    if !person_like {
        return None;
    }
    let role = prefix_role
        .filter(|r| r.split(' ').any(|w| lexicon::honorific(w).is_none()))
        .map(|r| {
            r.split(' ')
                .filter(|w| lexicon::honorific(w).is_none())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|r| {
            !r.is_empty()
                && r.split(' ')
                    .any(|w| lexicon::is_role_head(w) || lexicon::is_title_word(w))
                && !r.split(' ').all(lexicon::is_nationality)
        })
        .or(role_before)
        .or(role_after);
    let needs_known = names.len() == 1
        && (run.len() == 1 && run[0].sentence_start && !titled && !followed_by_cue
            || surname_after_honorific && lexicon::is_title_word(&names[0]));
    let weak_given = names.len() >= 2 && lexicon::is_weak_given_name(&names[0]);
    Some(Candidate {
        region,
        span,
        phrase: run[prefix_start.min(k)].start..span_end,
        name_words: names,
        surface,
        role,
        title_gender,
        titled,
        needs_known,
        evidence,
        weak_given,
        opens_sentence: run[0].sentence_start,
    })
}

/// A word contracted with a verb or "not": "I’m", "We're", "They’ll",
/// "Don't" (never "O'Brien" or "D’Angelo", whose apostrophe a capital
/// follows).
fn is_contraction(word: &str) -> bool {
    word.rsplit_once(['\'', '\u{2019}'])
        .is_some_and(|(_, tail)| {
            matches!(
                tail,
                "m" | "re" | "ve" | "ll" | "d" | "t" | "M" | "RE" | "VE" | "LL" | "D" | "T"
            )
        })
}

/// ", who runs the café", ", 58," and " (58)" follow people.
/// Whether a verb of saying is word `end`, or follows it past a word or
/// two that may stand between a subject and its verb ("McConnell has
/// said", "Wasserman also told"); not past "itself" ("Ford itself said"
/// is a company) nor a plural's "have" ("residents in Bristol have
/// complained").
fn cue_follows(ws: &[Word], end: usize) -> bool {
    ws[end.min(ws.len())..]
        .iter()
        .take(3)
        .take_while(|w| {
            !w.text.starts_with(char::is_uppercase) && !matches!(w.text, "itself" | "have")
        })
        .find(|w| !w.lex.is(Flags::VERB_ADVERB))
        .is_some_and(|w| w.lex.is(Flags::CUE_VERB))
}

fn followed_by_who_or_age(after: &str) -> bool {
    let after = after.trim_start_matches(['\'', '\u{2019}', 's']);
    if let Some(rest) = after.strip_prefix(", ") {
        let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
        return word == "who"
            || word == "whose"
            || (!word.is_empty()
                && word.len() <= 3
                && word.chars().all(|c| c.is_ascii_digit())
                && rest[word.len()..].starts_with(','));
    }
    after.strip_prefix(" (").is_some_and(|r| {
        r.chars().take_while(char::is_ascii_digit).count() == 2 && r[2..].starts_with(')')
    })
}

/// Letters after a name: honours, degrees, silk ("QC", "MBE", "PhD").
fn is_post_nominal(word: &str) -> bool {
    Lexicon::get().lexeme(word).is(Flags::POST_NOMINAL)
}

/// Generational suffixes, which follow the surname ("Jr.", "III").
pub fn is_generational_suffix(word: &str) -> bool {
    Lexicon::get().lexeme(word).is(Flags::GENERATIONAL)
}

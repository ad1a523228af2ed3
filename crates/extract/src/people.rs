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

use std::collections::BTreeSet;
use std::ops::Range;

use crate::doc::Doc;
use crate::lexicon::{self, Flags, Gender, Lexicon};
use crate::text::{self, Word};

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
    pub person: usize,
}

/// A title standing for a person ("the Russian President").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleMention {
    pub span: Range<usize>,
    pub role: String,
    pub person: Option<usize>,
}

/// The people of one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct People {
    pub people: Vec<Person>,
    /// Body mentions in order.
    pub mentions: Vec<Mention>,
    pub role_mentions: Vec<RoleMention>,
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

#[derive(Debug, Clone)]
struct Candidate {
    region: Region,
    span: Range<usize>,
    phrase: Range<usize>,
    name_words: Vec<String>,
    surface: String,
    role: Option<String>,
    title_gender: Option<Gender>,
    titled: bool,
    /// A lone capitalised word opening a sentence: a person only if the
    /// article names someone with that surname ("Okafor's plan passed.").
    needs_known: bool,
    /// Something besides capitals says this is a person: a given name, a
    /// title, a role, a speech verb, "who", an age.
    evidence: bool,
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
    let confirmed: Vec<String> = candidates
        .iter()
        .filter(|c| c.name_words.len() == 1 && c.evidence)
        .map(|c| c.name_words[0].to_lowercase())
        .collect();
    candidates.retain(|c| {
        c.name_words.len() < 2
            || c.evidence
            || confirmed.contains(&surname_of(&c.name_words).to_lowercase())
    });
    // Full names first, so that surnames can resolve to them wherever they are.
    for c in candidates.iter().filter(|c| c.name_words.len() >= 2) {
        let idx = found.person_for_full_name(&c.name_words);
        found.record(idx, c);
    }
    for c in candidates.iter().filter(|c| c.name_words.len() == 1) {
        let known = found.resolve_surname(&c.name_words[0], c.title_gender, c.span.start, c.region);
        let idx = match known {
            Some(idx) => idx,
            None if c.needs_known => continue,
            None => found.add_surname_only(&c.name_words[0], c.title_gender, !c.titled),
        };
        found.record(idx, c);
    }
    for (region, words) in doc
        .headline
        .iter()
        .map(|h| (Region::Headline, &h.words))
        .chain(
            doc.subheadings
                .iter()
                .map(|s| (Region::Subheading, &s.words)),
        )
    {
        found.count_known_names(words, region);
    }
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
    fn person_for_full_name(&mut self, words: &[String]) -> usize {
        let given = words[0].to_lowercase();
        let surname = surname_of(words).to_lowercase();
        let surname = surname.as_str();
        let name = words.join(" ");
        if let Some(idx) = self.people.iter().position(|p| {
            p.surname.eq_ignore_ascii_case(surname)
                && p.given
                    .as_deref()
                    .is_some_and(|g| g.eq_ignore_ascii_case(&given))
        }) {
            // Keep the fullest form: "George W. Bush" over "George Bush".
            if words.len() > self.people[idx].name.split(' ').count() {
                self.people[idx].name = name;
            }
            return idx;
        }
        self.people.push(Person {
            name,
            given: Some(words[0].clone()),
            surname: surname_of(words),
            gender: lexicon::given_name(&words[0]).unwrap_or(Gender::Unknown),
            aliases: BTreeSet::new(),
            roles: BTreeSet::new(),
            mentions: 0,
            first_offset: None,
            weak: false,
        });
        self.people.len() - 1
    }

    /// The person a surname (or, for names written family-first, a given
    /// name) refers to: the one whose sex fits the honorific, else the one
    /// last named before this point.
    fn resolve_surname(
        &self,
        word: &str,
        gender: Option<Gender>,
        at: usize,
        region: Region,
    ) -> Option<usize> {
        let matches = |p: &Person, by_given: bool| {
            if by_given {
                // "Osian said", "Mr Kim": a given name alone, or family-first names.
                p.given
                    .as_deref()
                    .is_some_and(|g| g.eq_ignore_ascii_case(word))
            } else {
                p.surname.eq_ignore_ascii_case(word)
            }
        };
        for by_given in [false, true] {
            let mut options: Vec<usize> = (0..self.people.len())
                .filter(|&i| matches(&self.people[i], by_given) && !self.people[i].weak)
                .collect();
            if options.len() > 1 {
                if let Some(g) = gender.filter(|g| *g != Gender::Unknown) {
                    let fitting: Vec<usize> = options
                        .iter()
                        .copied()
                        .filter(|&i| self.people[i].gender == g)
                        .collect();
                    if !fitting.is_empty() {
                        options = fitting;
                    }
                }
            }
            if options.len() > 1 && region == Region::Body {
                let last_before = self
                    .mentions
                    .iter()
                    .filter(|m| m.span.start < at && options.contains(&m.person))
                    .max_by_key(|m| m.span.start)
                    .map(|m| m.person);
                if last_before.is_some() {
                    return last_before;
                }
            }
            if let Some(first) = options.first() {
                return Some(*first);
            }
            if gender.is_none() && by_given && options.len() != 1 {
                break;
            }
        }
        // A weak candidate seen before.
        self.people
            .iter()
            .position(|p| p.weak && p.surname == word && p.given.is_none())
    }

    fn add_surname_only(&mut self, word: &str, gender: Option<Gender>, weak: bool) -> usize {
        if let Some(idx) = self
            .people
            .iter()
            .position(|p| p.given.is_none() && p.surname == word)
        {
            self.people[idx].weak &= weak;
            return idx;
        }
        self.people.push(Person {
            name: word.to_string(),
            given: None,
            surname: word.to_string(),
            gender: gender.unwrap_or(Gender::Unknown),
            aliases: BTreeSet::new(),
            roles: BTreeSet::new(),
            mentions: 0,
            first_offset: None,
            weak,
        });
        self.people.len() - 1
    }

    fn record(&mut self, idx: usize, c: &Candidate) {
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
            self.mentions.push(Mention {
                span: c.span.clone(),
                phrase: c.phrase.clone(),
                person: idx,
            });
        }
    }

    /// Counts names of people already found, in text written in title case.
    fn count_known_names(&mut self, ws: &[Word], region: Region) {
        let mut i = 0;
        while i < ws.len() {
            let w = ws[i].base();
            let next = ws.get(i + 1).map(|n| n.base());
            let full = next.and_then(|n| {
                self.people.iter().position(|p| {
                    !p.weak
                        && p.given
                            .as_deref()
                            .is_some_and(|g| g.eq_ignore_ascii_case(w))
                        && p.surname.eq_ignore_ascii_case(n)
                })
            });
            if let Some(idx) = full {
                self.people[idx].mentions += 1;
                self.people[idx]
                    .aliases
                    .insert(format!("{} {}", ws[i].base(), ws[i + 1].base()));
                i += 2;
                continue;
            }
            if ws[i].is_capitalised() {
                if let Some(idx) = self.resolve_surname(w, None, 0, region) {
                    if !self.people[idx].weak {
                        self.people[idx].mentions += 1;
                        self.people[idx].aliases.insert(w.to_string());
                    }
                }
            }
            i += 1;
        }
    }

    /// The person who holds a role in this article ("the Russian President").
    pub fn resolve_role(&self, role: &str) -> Option<usize> {
        let wanted = role_key(role);
        if wanted.is_empty() {
            return None;
        }
        let head = wanted.last().unwrap();
        let holders: Vec<usize> = (0..self.people.len())
            .filter(|&i| !self.people[i].weak)
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
        let by_head: Vec<usize> = (0..self.people.len())
            .filter(|&i| !self.people[i].weak)
            .filter(|&i| {
                self.people[i]
                    .roles
                    .iter()
                    .any(|r| role_key(r).last() == Some(head))
            })
            .collect();
        (by_head.len() == 1).then(|| by_head[0])
    }

    /// Whether one of `people` holds a role that fits `role`.
    pub fn resolve_role_among(&self, role: &str, people: &[usize]) -> bool {
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

/// The surname of a full name: its last word, generational suffix aside.
fn surname_of(words: &[String]) -> String {
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

/// Role words that matter for matching: lower case, without "the",
/// "former" and the like, "U.S." and "US" alike.
fn role_key(role: &str) -> Vec<String> {
    role.split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| w.to_lowercase().replace('.', ""))
        .filter(|w| !Lexicon::get().lexeme(w).is(Flags::ROLE_KEY_STOPWORD))
        .map(|w| if w == "usa" { "us".to_string() } else { w })
        .collect()
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
fn candidates_in(text: &str, ws: &[Word], region: Region) -> Vec<Candidate> {
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
    let mut k = 0;
    // Sentence openers that are not names ("Earlier", "The").
    while k < run.len() && run[k].lex.is(Flags::FUNCTION_WORD) {
        k += 1;
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
    while k < run.len() {
        let w = &run[k];
        let acronym = w.is_shouting() && !shouting && w.text.chars().count() <= 5;
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
    let mut names: Vec<String> = name.iter().map(norm).collect();
    // A surname used alone that opens with a particle ("Dela Cruz", "Ó Briain").
    if names.len() >= 2 && lexicon::is_name_particle(&names[0]) && !titled
        || names.len() >= 2 && titled && lexicon::is_name_particle(&text::to_lower(&names[0]))
    {
        names = vec![names.join(" ")];
    }
    let strong_context = titled
        || role_before(text, ws, start).is_some()
        || apposition_after(text, ws, end).is_some()
        || followed_by_who_or_age(&text[ws[end - 1].end..]);
    // "Sharon Lake" is a person when the text says so; "Lake Victoria" is not.
    let org_word_allowed = |i: usize, w: &String| {
        i > 0
            && strong_context
            && lexicon::given_name(&names[0]).is_some()
            && !lexicon::is_not_person_word(&names[0])
            && w.len() > 2
    };
    if name.is_empty()
        || names.iter().enumerate().any(|(i, w)| {
            (lexicon::is_not_person_word(w) && !org_word_allowed(i, w))
                || lexicon::is_capitalised_function_word(w)
        })
        || lexicon::is_known_organisation(&names.join(" "))
        || names.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()))
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
    let followed_by_cue =
        ws.get(end).is_some_and(|w| w.lex.is(Flags::CUE_VERB)) && !ws[end - 1].is_possessive();
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
        let alone = run.len() == 1 || joined_particle_surname;
        !is_initial(w)
            && w.chars().count() >= 2
            && !run[k].is_shouting()
            && (titled || alone)
            && !lexicon::is_title_word(w)
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
    let needs_known =
        names.len() == 1 && run.len() == 1 && run[0].sentence_start && !titled && !followed_by_cue;
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
    })
}

/// ", who runs the café", ", 58," and " (58)" follow people.
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

/// "his national security adviser Michael Flynn" → "national security adviser".
fn role_before(text: &str, ws: &[Word], run_start: usize) -> Option<String> {
    let head = ws.get(run_start.checked_sub(1)?)?;
    if !head.joined_to_previous
        && run_start > 1
        && text[ws[run_start - 1].end..ws[run_start].start].trim() != ""
    {
        return None;
    }
    if !ws[run_start].joined_to_previous || !head.lex.is(Flags::ROLE_HEAD) || head.is_capitalised()
    {
        return None;
    }
    let mut first = run_start - 1;
    while first > 0 && run_start - first < 5 {
        let prev = &ws[first - 1];
        let role_word = prev.lex.is(Flags::ROLE_HEAD)
            || prev.lex.is(Flags::TITLE)
            || (prev.is_shouting() && prev.text.len() <= 5)
            || prev.lex.is(Flags::ROLE_MODIFIER);
        if !ws[first].joined_to_previous || prev.is_possessive() || !role_word {
            break;
        }
        first -= 1;
    }
    Some(text[ws[first].start..head.end].to_string())
}

/// "the mayor, Councillor Brian Oakes," → "mayor"; "The Finance Minister,
/// Daniel Frew," → "Finance Minister".
fn apposition_before(text: &str, ws: &[Word], run_start: usize) -> Option<String> {
    let head = ws.get(run_start.checked_sub(1)?)?;
    if text[head.end..ws[run_start].start].trim() != "," || !head.lex.is(Flags::ROLE_HEAD) {
        return None;
    }
    let mut first = run_start - 1;
    while first > 0 && run_start - first < 6 && ws[first].joined_to_previous {
        let prev = &ws[first - 1];
        if matches!(
            &*text::to_lower(prev.text),
            "the" | "a" | "an" | "its" | "his" | "her" | "their"
        ) {
            return Some(text[ws[first].start..head.end].to_string());
        }
        let role_word = prev.lex.is(Flags::TITLE)
            || prev.lex.is(Flags::NATIONALITY)
            || prev.lex.is(Flags::ROLE_HEAD)
            || prev.is_shouting()
            || prev.text.chars().all(char::is_lowercase);
        if prev.is_possessive() || !role_word {
            return None;
        }
        first -= 1;
    }
    None
}

/// "Jane Doe, the bank's chief economist, said" → "chief economist".
fn apposition_after(text: &str, ws: &[Word], run_end: usize) -> Option<String> {
    let last = ws.get(run_end.checked_sub(1)?)?;
    let det = ws.get(run_end)?;
    if !text[last.end..det.start].trim().starts_with(',') || !matches!(det.text, "the" | "a" | "an")
    {
        return None;
    }
    let mut words = Vec::new();
    for w in &ws[run_end + 1..] {
        if !w.joined_to_previous && !words.is_empty()
            || matches!(w.text, "who" | "which" | "that" | "and")
            || words.len() >= 6
        {
            break;
        }
        if w.is_possessive() {
            words.clear();
            continue;
        }
        words.push(w.text);
    }
    words
        .iter()
        .rposition(|w| lexicon::is_role_head(w))
        .map(|h| words[..=h].join(" "))
}

/// Titles used without a name: "the Russian President", "the former FBI director".
fn role_mentions_in(text: &str, ws: &[Word]) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        if !matches!(text::to_lower(w.text).as_ref(), b"the" | b"a") {
            continue;
        }
        let mut j = i + 1;
        let mut last_head = None;
        while j < ws.len() && j - i <= 5 && ws[j].joined_to_previous && !ws[j - 1].is_possessive() {
            let t = ws[j].text;
            if ws[j].lex.is(Flags::ROLE_HEAD) {
                last_head = Some(j);
            } else if !(t.chars().all(char::is_lowercase)
                || ws[j].is_shouting()
                || ws[j].lex.is(Flags::TITLE | Flags::NATIONALITY))
            {
                break;
            }
            j += 1;
        }
        let Some(h) = last_head else { continue };
        // A name right after the title is a named mention, not a role one.
        if ws
            .get(h + 1)
            .is_some_and(|n| n.joined_to_previous && n.is_capitalised())
        {
            continue;
        }
        out.push((
            w.start..ws[h].end,
            text[ws[i + 1].start..ws[h].end].to_string(),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The people of a body (with a headline, if given).
    fn find(headline: Option<&str>, body: &str) -> People {
        let paragraphs: Vec<Range<usize>> = std::iter::once(0..body.len()).collect();
        super::find(&Doc::new(body, &paragraphs, headline, None, []))
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

    #[test]
    fn organisations_and_places_are_not_people() {
        let p = find(
            None,
            "The Senate Intelligence Committee met in New York. The Federal Security Service and Morgan Stanley said World War II ended.",
        );
        assert!(names(&p).is_empty(), "{:?}", names(&p));
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

//! Word lists the extractors lean on: given names, honorifics, role words,
//! speech verbs, and words that mark a capitalised phrase as an
//! organisation or a place. They describe English news in general; nothing
//! here is tuned to one article.

use std::sync::OnceLock;

// The sets are looked up for nearly every word of every article; their keys
// are fixed word lists, not input an attacker chooses, so a fast
// non-cryptographic hasher (foldhash) replaces the standard SipHash.
use foldhash::{HashMap, HashSet};

use crate::text::{lower_if_capitalised as lower, to_lower};

/// A word list as a set, built on first use.
struct WordSet {
    /// The words as bytes, so that a lowered word is looked up as it is.
    cell: OnceLock<HashSet<&'static [u8]>>,
    words: &'static [&'static str],
}

impl WordSet {
    const fn new(words: &'static [&'static str]) -> Self {
        WordSet {
            cell: OnceLock::new(),
            words,
        }
    }

    /// Whether the set holds `word` as written.
    fn has(&self, word: impl AsRef<[u8]>) -> bool {
        self.cell
            .get_or_init(|| self.words.iter().map(|w| w.as_bytes()).collect())
            .contains(word.as_ref())
    }

    /// Whether the set holds `word` in lower case; most words already are.
    fn has_lower(&self, word: &str) -> bool {
        self.has(lower(word))
    }
}

/// Grammatical gender a given name or honorific suggests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

/// Given names in lower case, as bytes like the word sets.
fn first_names() -> &'static HashMap<Vec<u8>, Gender> {
    static NAMES: OnceLock<HashMap<Vec<u8>, Gender>> = OnceLock::new();
    NAMES.get_or_init(|| {
        include_str!("../data/first_names.tsv")
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let (name, sex) = line.split_once('\t')?;
                let gender = match sex.trim() {
                    "m" => Gender::Male,
                    "f" => Gender::Female,
                    _ => Gender::Unknown,
                };
                Some((name.to_lowercase().into_bytes(), gender))
            })
            .collect()
    })
}

/// The gender a given name suggests, if the word is a known given name.
pub fn given_name(word: &str) -> Option<Gender> {
    let names = first_names();
    names.get(lower(word).as_ref()).copied().or_else(|| {
        // "Marc-André", "Anne-Marie": the first part tells.
        let (first, _) = word.split_once('-')?;
        names.get(lower(first).as_ref()).copied()
    })
}

/// Courtesy titles that precede a name and say nothing of office.
pub fn honorific(word: &str) -> Option<Gender> {
    honorific_lowered(&lower(word.trim_end_matches('.')))
}

/// [`honorific`] of a word already without its stop and in lower case.
fn honorific_lowered(word: &str) -> Option<Gender> {
    match word {
        "mr" | "mister" | "sir" | "lord" | "herr" | "monsieur" | "signor" | "senor" | "señor" => {
            Some(Gender::Male)
        }
        "mrs" | "ms" | "miss" | "dame" | "lady" | "baroness" | "madame" | "mme" | "frau"
        | "signora" | "senora" | "señora" => Some(Gender::Female),
        "dr" | "prof" | "professor" | "mx" | "rev" | "reverend" => Some(Gender::Unknown),
        _ => None,
    }
}

#[rustfmt::skip]
const TITLES_LIST: &[&str] = &[
    "president", "vice", "prime", "minister", "secretary", "chancellor", "senator", "sen", "rep",
    "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "judge",
    "justice", "chief", "director", "general", "gen", "admiral", "adm", "colonel", "col", "captain",
    "capt", "lieutenant", "lt", "sergeant", "sgt", "commissioner", "ambassador", "speaker",
    "leader", "deputy", "acting", "former", "attorney", "treasury", "finance", "foreign", "defence",
    "defense", "home", "interior", "health", "education", "trade", "energy", "transport",
    "environment", "labour", "labor", "economy", "culture", "agriculture", "first", "queen", "king",
    "prince", "princess", "pope", "archbishop", "bishop", "cardinal", "rabbi", "imam", "sheikh",
    "crown", "emperor", "premier", "chairman", "chairwoman", "chair", "ceo", "officer", "detective",
    "inspector", "constable", "superintendent", "commander", "marshal", "field", "major",
    "corporal", "supreme", "state", "national", "security", "adviser", "advisor", "spokesman",
    "spokeswoman", "spokesperson", "coach", "manager", "executive", "founder", "head", "mp", "mep",
    "senior", "counsel", "special", "envoy", "lady", "ayatollah", "sultan", "emir", "dr", "prof",
    "professor", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "baroness", "rev", "reverend",
    "father", "sister", "brother", "auditor", "comptroller", "solicitor", "prosecutor", "sheriff",
    "whip", "shadow", "opposition", "party", "assistant", "associate", "undersecretary",
    "under-secretary", "lawmaker", "chief-of-staff", "councillor", "councilor", "cllr", "alderman",
    "alderwoman", "assemblyman", "assemblywoman", "assemblymember", "delegate", "trustee",
    "magistrate", "coroner", "provost", "dean", "warden", "taoiseach", "tanaiste", "headteacher",
    "headmaster", "headmistress", "principal", "vicar", "canon", "pastor", "councilman",
    "councilwoman", "councilmember", "selectman", "freeholder", "supervisor", "garda", "registrar",
];
static TITLES: WordSet = WordSet::new(TITLES_LIST);

/// A word that can stand in a title before a name ("Defence Secretary").
pub fn is_title_word(word: &str) -> bool {
    let w = lower(word.trim_end_matches('.'));
    let bytes = w.as_ref();
    TITLES.has(bytes.strip_prefix(b"ex-").unwrap_or(bytes)) || honorific_lowered(&w).is_some()
}

#[rustfmt::skip]
const PERSON_TITLES_LIST: &[&str] = &[
    "president", "senator", "sen", "rep", "governor", "gov", "mayor", "judge", "justice", "general",
    "gen", "admiral", "colonel", "col", "captain", "capt", "lieutenant", "sergeant", "sgt",
    "commissioner", "ambassador", "chancellor", "minister", "secretary", "premier", "queen", "king",
    "prince", "princess", "pope", "archbishop", "bishop", "cardinal", "rabbi", "imam", "sheikh",
    "emperor", "inspector", "detective", "constable", "superintendent", "commander", "marshal",
    "chairman", "director", "ayatollah", "sultan", "emir", "congressman", "congresswoman",
    "speaker", "leader", "coach", "spokesman", "spokeswoman", "spokesperson", "councillor",
    "councilor", "cllr", "alderman", "alderwoman", "assemblyman", "assemblywoman", "assemblymember",
    "magistrate", "coroner", "provost", "dean", "warden", "taoiseach", "headteacher", "vicar",
    "canon", "pastor", "councilman", "councilwoman", "councilmember", "selectman", "sheriff",
    "garda", "undersheriff",
];
static PERSON_TITLES: WordSet = WordSet::new(PERSON_TITLES_LIST);

/// Titles that, before a name, make it a person's name ("Senator Smith").
pub fn is_person_title(word: &str) -> bool {
    let w = lower(word.trim_end_matches('.'));
    honorific_lowered(&w).is_some() || PERSON_TITLES.has(&w)
}

#[rustfmt::skip]
const NATIONALITIES_LIST: &[&str] = &[
    "us", "u.s.", "usa", "uk", "u.k.", "american", "british", "english", "scottish", "welsh",
    "irish", "russian", "soviet", "ukrainian", "chinese", "japanese", "korean", "north", "south",
    "indian", "pakistani", "afghan", "iranian", "iraqi", "syrian", "israeli", "palestinian",
    "saudi", "egyptian", "turkish", "greek", "french", "german", "italian", "spanish", "portuguese",
    "dutch", "belgian", "swiss", "austrian", "polish", "czech", "hungarian", "romanian",
    "bulgarian", "serbian", "croatian", "swedish", "norwegian", "danish", "finnish", "estonian",
    "latvian", "lithuanian", "belarusian", "georgian", "armenian", "canadian", "mexican",
    "brazilian", "argentine", "argentinian", "chilean", "colombian", "venezuelan", "cuban",
    "peruvian", "australian", "zealand", "new", "nigerian", "kenyan", "ethiopian", "ghanaian",
    "african", "european", "asian", "arab", "singaporean", "malaysian", "indonesian", "thai",
    "vietnamese", "filipino", "philippine", "taiwanese", "eu", "un", "nato", "democratic",
    "republican", "conservative", "liberal", "labour", "tory", "federal", "white", "house",
    "kremlin", "downing", "street",
];
static NATIONALITIES: WordSet = WordSet::new(NATIONALITIES_LIST);

/// Nationality and institution adjectives that open a title ("Russian President").
pub fn is_nationality(word: &str) -> bool {
    NATIONALITIES.has_lower(word)
}

#[rustfmt::skip]
const ROLE_HEADS_LIST: &[&str] = &[
    "president", "minister", "secretary", "director", "adviser", "advisor", "spokesman",
    "spokeswoman", "spokesperson", "chief", "head", "leader", "chairman", "chairwoman", "chair",
    "ceo", "founder", "whistleblower", "contractor", "strategist", "billionaire", "senator",
    "governor", "mayor", "ambassador", "general", "commander", "official", "analyst", "professor",
    "economist", "lawyer", "attorney", "judge", "editor", "reporter", "correspondent", "candidate",
    "nominee", "son-in-law", "daughter-in-law", "wife", "husband", "son", "daughter", "mother",
    "father", "brother", "sister", "chancellor", "premier", "prosecutor", "sheriff", "officer",
    "detective", "inspector", "superintendent", "commissioner", "envoy", "diplomat", "lawmaker",
    "legislator", "congressman", "congresswoman", "representative", "mp", "mep", "executive",
    "manager", "coach", "player", "captain", "researcher", "scientist", "doctor", "surgeon",
    "nurse", "activist", "campaigner", "author", "writer", "novelist", "journalist", "columnist",
    "historian", "expert", "investor", "entrepreneur", "banker", "businessman", "businesswoman",
    "tycoon", "magnate", "mogul", "actor", "actress", "singer", "star", "comedian", "host",
    "presenter", "king", "queen", "prince", "princess", "pope", "monarch", "dictator", "strongman",
    "counsel", "aide", "deputy", "speaker", "secretary-general", "director-general",
    "chief-of-staff", "governor-general", "vice-president", "boss", "founder", "owner", "principal",
    "teacher", "pastor", "priest", "bishop", "archbishop", "rabbi", "imam", "cleric", "farmer",
    "resident", "witness", "victim", "survivor", "mayor-elect", "president-elect", "leader-elect",
    "chancellor-elect", "incumbent", "predecessor", "successor", "rival", "challenger", "opponent",
    "ally", "partner", "colleague", "friend", "prime", "ceo", "cfo", "coo", "cto", "economist",
    "statistician", "pollster", "councillor", "councilor", "headteacher", "midfielder", "striker",
    "defender", "goalkeeper", "forward", "winger", "batsman", "bowler", "driver", "rider",
    "athlete", "runner", "swimmer", "champion", "veteran", "student", "graduate", "pupil", "parent",
    "mum", "dad", "grandmother", "grandfather", "widow", "baker", "shopkeeper", "fisherman",
    "miner", "worker", "paramedic", "firefighter", "volunteer", "organiser", "organizer", "curator",
    "archivist", "treasurer", "clerk", "auditor", "accountant", "consultant", "engineer",
    "architect", "designer", "chef", "landlord", "tenant", "driver", "pilot", "astronomer",
    "physicist", "biologist", "chemist", "epidemiologist", "virologist", "psychologist",
    "sociologist", "planner", "trader", "councilman", "councilwoman", "councilmember", "passenger",
    "neighbour", "neighbor", "pensioner", "gran", "grandad", "teenager", "youngster", "boy", "girl",
    "woman", "man", "irishman", "scot", "briton", "american", "skipper", "keeper", "substitute",
    "trooper", "garda", "constable", "sergeant", "barrister", "solicitor", "defendant", "accused",
    "juror", "hydrologist", "ecologist", "zoologist", "geologist", "lecturer", "fellow", "dean",
    "luthier", "maker", "builder", "craftsman", "apprentice", "carpenter", "binman", "cleaner",
    "critic",
];
static ROLE_HEADS: WordSet = WordSet::new(ROLE_HEADS_LIST);

/// A noun that heads a role ("former FBI director", "chief strategist").
pub fn is_role_head(word: &str) -> bool {
    let lowered = lower(word);
    let w: &[u8] = lowered.as_ref();
    ROLE_HEADS.has(w)
        // "the 34-year-old", "the Irishman", "the Frenchwoman"
        || w.ends_with(b"-year-old")
        || ((w.ends_with(b"man") || w.ends_with(b"woman"))
            && NATIONALITY_NOUN_STEMS
                .iter()
                .any(|stem| w.starts_with(stem.as_bytes())))
}

#[rustfmt::skip]
/// Role heads that describe a person without naming an office.
pub fn is_descriptor(word: &str) -> bool {
    let w = lower(word);
    w.ends_with("-year-old")
        || (w.ends_with("man") || w.ends_with("woman")) && !matches!(&*w, "chairman" | "chairwoman" | "spokesman" | "spokeswoman" | "congressman" | "congresswoman" | "councilman" | "councilwoman")
        || matches!(
            &*w,
            "man" | "woman" | "boy" | "girl" | "teenager" | "youngster" | "veteran" | "father"
                | "mother" | "son" | "daughter" | "wife" | "husband" | "widow" | "grandmother"
                | "grandfather" | "pensioner" | "resident" | "neighbour" | "neighbor" | "scot"
                | "briton" | "american" | "player" | "star"
        )
}

#[rustfmt::skip]
const NATIONALITY_NOUN_STEMS: &[&str] = &[
    "irish", "english", "french", "dutch", "scots", "welsh", "fresh", "country", "chair", "spokes",
    "business", "police", "fire", "congress", "sports", "news",
];

#[rustfmt::skip]
const CUE_VERBS_LIST: &[&str] = &[
    "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds", "adding",
    "asked", "asks", "explained", "explains", "explaining", "noted", "notes", "noting", "stated",
    "states", "declared", "declares", "insisted", "insists", "insisting", "argued", "argues",
    "arguing", "claimed", "claims", "claiming", "warned", "warns", "warning", "wrote", "writes",
    "writing", "tweeted", "tweets", "recalled", "recalls", "continued", "continues", "replied",
    "replies", "responded", "responds", "remarked", "suggested", "suggests", "acknowledged",
    "acknowledges", "admitted", "admits", "announced", "announces", "observed", "urged", "urges",
    "joked", "jokes", "conceded", "concedes", "cautioned", "emphasised", "emphasized", "stressed",
    "stresses", "complained", "complains", "predicted", "predicts", "promised", "promises", "vowed",
    "vows", "confirmed", "confirms", "denied", "denies", "described", "describes", "called",
    "calls", "posted", "commented", "comments", "quipped", "shouted", "demanded", "demands",
    "reiterated", "maintained", "maintains", "contended", "concluded", "countered", "agreed",
    "agrees", "disputed", "lamented", "boasted", "pledged", "pledges", "added", "explained",
    "revealed", "reveals", "alleged", "alleges", "accused", "accuses", "blamed", "blames",
    "dismissed", "dismisses", "praised", "praises", "criticised", "criticized", "branded", "brands",
    "labelled", "labeled", "dubbed", "hailed", "welcomed", "condemned", "thundered", "sighed",
    "laughed", "smiled", "whispered", "wondered", "mused", "recounted", "testified", "testifies",
    "assured", "assures", "reassured", "answered", "answers", "asserted", "asserts", "announced",
    "wrote", "texted", "emailed", "shared", "pointed", "went", "reported", "reports", "indicated",
    "indicates", "signalled", "signaled", "opined", "retorted", "snapped", "yelled", "pleaded",
    "begged", "threatened", "threatens", "hinted", "hints", "questioned", "estimated", "estimates",
    "forecast", "projected", "acknowledged", "cited",
];
static CUE_VERBS: WordSet = WordSet::new(CUE_VERBS_LIST);

/// A verb that introduces speech ("said", "told", "warned"), written in
/// lower case as verbs are in running text.
pub fn is_cue_verb(word: &str) -> bool {
    !word.chars().any(char::is_uppercase) && CUE_VERBS.has(word)
}

/// Cues in the progressive form, whose speaker is the clause's subject
/// ("…, saying: …").
pub fn is_participle_cue(word: &str) -> bool {
    let w = to_lower(word);
    w.ends_with("ing") && is_cue_verb(&w)
}

/// Words that, inside a capitalised phrase, make it an organisation, a
/// place, an event or a work rather than a person.
#[rustfmt::skip]
const NOT_PERSON_WORDS_LIST: &[&str] = &[
    "service", "services", "committee", "council", "agency", "ministry", "department", "party",
    "union", "bank", "court", "senate", "house", "congress", "parliament", "assembly", "university",
    "college", "school", "hospital", "clinic", "company", "corporation", "corp", "inc", "ltd",
    "llc", "plc", "group", "times", "news", "post", "journal", "herald", "tribune", "gazette",
    "telegraph", "guardian", "express", "mail", "daily", "weekly", "magazine", "press", "media",
    "radio", "television", "tv", "street", "road", "avenue", "square", "lake", "river", "mountain",
    "mount", "island", "islands", "city", "county", "state", "states", "republic", "kingdom",
    "organization", "organisation", "association", "foundation", "institute", "institution",
    "commission", "board", "office", "force", "forces", "army", "navy", "police", "church",
    "cathedral", "mosque", "temple", "airport", "station", "centre", "center", "museum", "stadium",
    "club", "league", "cup", "war", "championship", "games", "olympics", "festival", "awards",
    "prize", "day", "week", "act", "treaty", "accord", "agreement", "summit", "conference", "forum",
    "fund", "reserve", "exchange", "capital", "partners", "holdings", "federation", "alliance",
    "coalition", "movement", "front", "network", "project", "programme", "program", "initiative",
    "campaign", "report", "index", "market", "markets", "airlines", "airways", "motors", "energy",
    "oil", "gas", "pharmaceuticals", "technologies", "labs", "laboratories", "studios", "records",
    "entertainment", "industries", "international", "global", "national", "federal", "royal",
    "central", "united", "nations", "european", "islamic", "democratic", "republican", "socialist",
    "communist", "labour", "green", "valley", "bay", "beach", "park", "bridge", "tower", "palace",
    "hall", "gate", "port", "north", "south", "east", "west", "northern", "southern", "eastern",
    "western", "gulf", "sea", "ocean", "coast", "province", "region", "district", "prefecture",
    "territory", "desert", "forest", "canal", "strait", "peninsula", "hills", "heights", "county",
    "borough", "village", "town", "township", "airport", "harbour", "harbor", "prison", "jail",
    "embassy", "consulate", "kremlin", "pentagon", "whitehall", "capitol", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "god", "facebook",
    "twitter", "google", "instagram", "youtube", "tiktok", "whatsapp", "iphone", "android",
    "windows", "series", "season", "episode", "album", "film", "movie", "show", "book", "novel",
    "prize", "medal", "trophy", "open", "grand", "prix", "marathon", "derby", "brexit", "covid",
    "ii", "iii", "iv", "world", "revolution", "crisis", "affair", "scandal", "gate", "doctrine",
    "plan", "law", "code", "constitution", "amendment", "charter", "declaration", "budget",
    "telescope", "observatory", "satellite", "mission", "rover", "lab", "laboratory", "athletic",
    "athletics", "rovers", "rangers", "wanderers", "fc", "afc", "albion", "hotspur", "villa",
    "academy", "building", "gallery", "theatre", "theater", "arena", "hotel", "restaurant", "cafe",
    "café", "bakery", "shop", "store", "mall", "systems", "logistics", "solutions", "software",
    "ventures", "associates", "trust", "charity", "society", "pier", "quay", "wharf", "dock",
    "docks", "terminal", "line", "lines", "route", "highway", "motorway", "parkway", "boulevard",
    "lane", "drive", "close", "crescent", "place", "water", "executive", "schools", "power",
    "electric", "rail", "railway", "telecom", "homes", "housing", "health", "care", "authority",
    "partnership", "digital", "technology", "tech", "pharma", "foods", "farms", "insurance",
    "mutual", "investments", "properties", "estates", "construction", "engineering", "consulting",
    "transport", "hospitals", "surgery", "practice", "automotive", "metals", "mining", "minerals",
    "steel", "chemicals", "plastics", "textiles", "brewery", "distillery", "vineyard", "winery",
    "studio", "publishing", "books", "pictures", "films", "productions", "sports", "ground",
    "grounds", "leisure", "pool", "lido", "cinema", "library", "libraries", "archive", "archives",
    "chapel", "players", "orchestra", "choir", "band", "ensemble", "opera", "ballet",
];
static NOT_PERSON_WORDS: WordSet = WordSet::new(NOT_PERSON_WORDS_LIST);

/// A word that makes a capitalised phrase something other than a person.
pub fn is_not_person_word(word: &str) -> bool {
    NOT_PERSON_WORDS.has_lower(word)
}

/// Organisations whose names are built from personal names.
pub fn is_known_organisation(phrase: &str) -> bool {
    static ORGS: OnceLock<HashSet<String>> = OnceLock::new();
    ORGS.get_or_init(|| {
        include_str!("../data/not_people.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.trim().to_lowercase())
            .collect()
    })
    .contains(&*lower(phrase))
}

#[rustfmt::skip]
const NAME_PARTICLES_LIST: &[&str] = &[
    "von", "van", "der", "den", "de", "la", "le", "du", "da", "di", "dos", "das", "del", "della",
    "bin", "ibn", "al", "el", "ter", "ten", "af", "zu", "y", "St", "St.", "dela", "delos", "di",
    "lo", "Ó", "Ní", "Nic", "Ua", "Mac", "Bin", "Al", "El", "De", "Van", "Von", "Da", "Du", "Le",
    "La", "Dela", "ap", "ab", "verch", "ferch", "bint", "de los", "Ap",
];
static NAME_PARTICLES: WordSet = WordSet::new(NAME_PARTICLES_LIST);

/// Particles that sit inside surnames ("von der Leyen", "bin Salman",
/// "Ó Briain"); capitalised forms open a surname used alone ("De Gaulle").
pub fn is_name_particle(word: &str) -> bool {
    NAME_PARTICLES.has(word)
}

#[rustfmt::skip]
const CAPITALISED_FUNCTION_WORDS_LIST: &[&str] = &[
    "the", "a", "an", "and", "but", "or", "if", "when", "while", "after", "before", "as", "at",
    "in", "on", "of", "for", "to", "from", "with", "by", "he", "she", "it", "they", "we", "i",
    "you", "his", "her", "their", "our", "its", "this", "that", "these", "those", "there", "here",
    "what", "who", "why", "how", "where", "which", "asked", "speaking", "during", "earlier",
    "later", "yesterday", "today", "tomorrow", "last", "next", "meanwhile", "however", "although",
    "despite", "since", "until", "under", "over", "according", "officials", "not", "no", "yes",
    "so", "then", "now", "also", "even", "only", "many", "some", "all", "both", "each", "every",
    "most", "more", "several", "other", "another", "such", "mrs.", "dear", "thanks", "thank",
    "please", "read", "watch", "listen", "join", "sign", "follow", "comparing", "citing", "like",
    "unlike", "about", "against", "between", "into", "through", "without", "within", "among",
    "amid", "across", "around", "behind", "beyond", "near", "toward", "towards", "upon", "via",
    "per", "including", "because", "though", "whether", "once", "instead", "indeed", "still", "yet",
    "just", "well", "oh", "my", "your", "me", "him", "us", "them", "one", "two", "three", "four",
    "five", "whenever", "wherever", "whatever", "whoever", "nevertheless", "perhaps", "maybe",
    "unless", "thus", "hence", "therefore", "moreover", "furthermore", "besides", "otherwise",
    "nonetheless", "overall", "finally", "first", "second", "third", "soon", "rather", "already",
    "again", "almost", "above", "below", "inside", "outside", "onto", "off", "out", "up", "down",
    "never", "always", "often", "sometimes", "any", "few", "much", "less", "least", "little", "own",
    "same", "should", "would", "could", "might", "must", "shall", "will", "can", "may", "did",
    "does", "do", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
    "organisers", "organizers", "residents", "critics", "supporters", "analysts", "experts",
    "police", "voters", "visitors", "handwritten", "told", "says", "said",
];
static CAPITALISED_FUNCTION_WORDS: WordSet = WordSet::new(CAPITALISED_FUNCTION_WORDS_LIST);

/// Words written with a capital that begin sentences or headings but are
/// never part of a name.
pub fn is_capitalised_function_word(word: &str) -> bool {
    // "US" and "IT" in capitals are names, not "us" and "it".
    let shouted = word.chars().count() > 1 && word.chars().all(|c| c.is_uppercase() || c == '.');
    !shouted && CAPITALISED_FUNCTION_WORDS.has_lower(word)
}

/// Third-person pronouns that can stand for a speaker.
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    match &*to_lower(word) {
        "he" | "him" | "his" => Some(Gender::Male),
        "she" | "her" | "hers" => Some(Gender::Female),
        _ => None,
    }
}

#[rustfmt::skip]
const PREPOSITIONS_LIST: &[&str] = &[
    "of", "to", "by", "with", "from", "for", "about", "against", "between", "at", "on", "in",
    "into", "than", "like", "including", "as", "over", "under", "toward", "towards", "among",
    "amid", "upon", "via", "without", "behind", "before", "after", "and",
];
static PREPOSITIONS: WordSet = WordSet::new(PREPOSITIONS_LIST);

/// Prepositions after which a name is an object, not a subject.
pub fn is_preposition(word: &str) -> bool {
    PREPOSITIONS.has_lower(word)
}

//! Statements: one remark by one speaker, and the quotations that carry it
//! in the same or other words, from one outlet or many.
//!
//! After each import, [`Store::link_statements`] links the quotations that
//! have no statement yet (all of them after the first import; then only
//! the new ones, and those whose statement changed under them). It is a
//! pass the writes owe, like the corpus-wide one: every transaction that
//! writes articles records it as owed ('statements' in `pending_passes`),
//! and [`Store::finish_pending`] runs it, after the corpus-wide pass, in
//! a transaction of its own that clears the record; a process stopped
//! before it leaves it owed to the next command that writes. Only
//! quotations in the speaker's own words are linked ([`LINKED_KINDS`]).
//! Quotations
//! are compared only with quotations of the same speaker (a person; or,
//! more strictly, both unknown), and a pair is the same remark when
//!
//! - **identical**: the same words after folding case, accents and
//!   punctuation;
//! - **contained**: one wording lies inside the other, pieces in order — a
//!   partial quotation, or one with an ellipsis or a bracketed insertion
//!   (the reporter's words in brackets are a gap);
//! - **similar**: they share enough of their rarer content words, stemmed
//!   and weighted by inverse document frequency over all the corpus's
//!   quotations (a translation, a paraphrase), and were published within
//!   [`WINDOW_DAYS`] of each other.
//!
//! Each of these is tried on the whole quotations and on their sentences,
//! so that a quotation carrying two remarks joins two statements, each by
//! the sentences that carry it. Candidates come from an inverted index of
//! each speaker's quotations by their rarest stems, so a quotation is
//! compared with the few that share a rare word, never with all. A new
//! quotation joins the statement of its best match (identical before
//! contained before similar, then by score), or starts its own.

mod text;

use std::collections::HashMap as StdHashMap;
use std::hash::BuildHasher;
use std::time::{Duration, Instant};

use rusqlite::{Connection, OptionalExtension, params};

use crate::{Result, Store, classify};
use text::{GAP, Tok};

/// Hash maps with a fixed, fast hasher (the pass looks words up millions
/// of times; nothing depends on their order).
type HashMap<K, V> = StdHashMap<K, V, foldhash::fast::FixedState>;

/// Two wordings in other words must be published within this many days of
/// each other (when both dates are known): a remark is reported, and
/// translated, in the days after it is made; a similar one a month later
/// is more often a new remark on the same subject.
pub const WINDOW_DAYS: i32 = 7;

/// The least weighted Dice overlap of stemmed content words for two
/// wordings to be the same remark in other words.
pub const SIMILAR_MIN: f32 = 0.3;

/// A similarity this strong links in the first round, and links a wording
/// to a statement its own article already carries (see `Partition::link`).
pub const SIMILAR_STRONG: f32 = 0.4;

/// The same, when neither speaker is known.
pub const SIMILAR_MIN_UNKNOWN: f32 = 0.6;

/// Content stems two wordings must share to be similar (both unknown: more).
const SIMILAR_COMMON: usize = 2;
const SIMILAR_COMMON_UNKNOWN: usize = 4;

/// Words a wording needs to be the same as another (both unknown: more).
const IDENTICAL_WORDS: usize = 1;
const IDENTICAL_WORDS_UNKNOWN: usize = 5;

/// A contained wording of fewer words than this is linked only within
/// [`WINDOW_DAYS`]; a longer one at any distance.
const LONG_FRAGMENT_WORDS: usize = 6;

/// Words and content stems of a contained wording when neither speaker is known.
const CONTAINED_WORDS_UNKNOWN: usize = 8;
const CONTAINED_STEMS_UNKNOWN: usize = 3;

/// Most words a gap (an ellipsis, an insertion) may stand for.
const MAX_GAP_WORDS: usize = 60;

/// The rarest stems of each wording looked up in the index.
const LOOKUP_STEMS: usize = 8;

/// Most wordings read from the index for one stem of a wording (the
/// nearest in date; those of unknown date first).
const POSTINGS_SCAN: usize = 400;

/// Most wordings compared with a new one, those sharing the most weight first.
const MAX_CANDIDATES: usize = 40;

/// Above this many quotations to link, document frequencies are read from
/// the whole full-text vocabulary at once rather than word by word.
const FULL_VOCABULARY_AT: usize = 5_000;

/// The quotations that carry statements, as an SQL condition on `q.kind`
/// (`q` being `quotes`): those in quotation marks, direct, partial or pull
/// quotes. Reported speech (`indirect`) is the reporter's paraphrase, not
/// the speaker's words: linked, it would join remarks the speaker made in
/// other words, or that the reporter only summed up, and two indirect
/// reports of one subject would read as one remark (the seeds' statements
/// gold lists quoted wordings only). Every query that chooses quotations
/// to link, and the check that none is left unlinked, uses this.
pub const LINKED_KINDS: &str = "q.kind <> 'indirect'";

/// Who a statement is by. Quotations are only ever linked to quotations of
/// the same speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Speaker {
    Unknown,
    Person(i64),
}

impl Speaker {
    fn of(person: Option<i64>) -> Speaker {
        person.map_or(Speaker::Unknown, Speaker::Person)
    }

    fn person(self) -> Option<i64> {
        match self {
            Speaker::Person(id) => Some(id),
            Speaker::Unknown => None,
        }
    }

    /// Quotations nobody is known to have said are linked more strictly.
    fn strict(self) -> bool {
        self == Speaker::Unknown
    }
}

/// How a quotation was linked to its statement; ordered weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Method {
    Single,
    Similar,
    Contained,
    Identical,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Single => "single",
            Method::Similar => "similar",
            Method::Contained => "contained",
            Method::Identical => "identical",
        }
    }

    fn parse(s: &str) -> Method {
        match s {
            "identical" => Method::Identical,
            "contained" => Method::Contained,
            "similar" => Method::Similar,
            _ => Method::Single,
        }
    }
}

/// What a linking pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct LinkReport {
    /// Quotations linked in this pass.
    pub linked: usize,
    /// Statements created.
    pub created: usize,
    /// Existing statements that took new wordings.
    pub grown: usize,
    /// Statements taken apart because a wording left them (its article was
    /// replaced, or its speaker changed); their other wordings were relinked.
    pub dissolved: usize,
    pub elapsed: Duration,
}

impl Store {
    /// Links every quotation that has no statement yet: see the module
    /// documentation. Runs in one transaction, which clears the record
    /// that the pass was owed (see migrations/V12__statements.sql).
    pub fn link_statements(&mut self) -> Result<LinkReport> {
        let started = Instant::now();
        let path = self.path.clone();
        // The pass reads each speaker's quotations across the file and
        // writes to four indexes: a larger page cache (128 MB) while it runs. (Not
        // the file memory-mapped: its pages would count as the import's
        // resident memory.)
        let cache: i64 = self.conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
        self.conn.pragma_update(None, "cache_size", -131_072)?;
        let result = (|| -> Result<LinkReport> {
            let tx = self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                .map_err(|e| classify(&path, e))?;
            let report = link(&tx)?;
            tx.execute(
                "DELETE FROM pending_passes WHERE pass = ?1",
                [crate::PASS_STATEMENTS],
            )?;
            tx.commit()?;
            Ok(report)
        })();
        self.conn.pragma_update(None, "cache_size", cache)?;
        let mut report: LinkReport = result?;
        report.elapsed = started.elapsed();
        Ok(report)
    }
}

fn link(conn: &Connection) -> Result<LinkReport> {
    let mut report = LinkReport {
        dissolved: repair(conn)?,
        ..LinkReport::default()
    };
    let speakers: Vec<Option<i64>> = conn
        .prepare(&format!(
            "SELECT DISTINCT q.person_id FROM quotes q
             WHERE {LINKED_KINDS}
               AND NOT EXISTS (SELECT 1 FROM statement_quotes sq WHERE sq.quote_id = q.id)
             ORDER BY q.person_id"
        ))?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if speakers.is_empty() {
        return Ok(report);
    }
    let total: i64 = conn.query_row("SELECT count(*) FROM quotes", [], |r| r.get(0))?;
    let pending: i64 = conn.query_row(
        &format!(
            "SELECT count(*) FROM quotes q
             WHERE {LINKED_KINDS}
               AND NOT EXISTS (SELECT 1 FROM statement_quotes sq WHERE sq.quote_id = q.id)"
        ),
        [],
        |r| r.get(0),
    )?;
    let mut vocab = Vocab::new(conn, total as f32, pending as usize >= FULL_VOCABULARY_AT)?;
    // One statement for every speaker, prepared once and held: SQLite marks
    // its parameter as one whose value may change the plan, and a cached
    // statement has its bindings cleared each time it goes back to the
    // cache, which makes SQLite prepare it again before the next speaker's
    // rows (a fifth of the pass at 20,000 articles).
    let mut load = conn.prepare(&format!(
        "SELECT q.id, q.article_id, a.source_id, a.published, q.kind, q.text,
                sq.statement_id, sq.method, sq.score, sq.part_start, sq.part_end
         FROM quotes q
         JOIN articles a INDEXED BY articles_outlet_date ON a.id = q.article_id
         LEFT JOIN statement_quotes sq ON sq.quote_id = q.id
         WHERE q.person_id IS ?1 AND {LINKED_KINDS}"
    ))?;
    for person in speakers {
        let mut part = Partition::load(conn, &mut load, Speaker::of(person), &mut vocab)?;
        part.link(&vocab);
        part.write(conn, &mut report)?;
    }
    Ok(report)
}

/// Takes apart statements that lost a wording (its article was replaced
/// or removed), whose wordings no longer share its speaker (people were
/// merged or resolved after an import) or that hold a quotation of a kind
/// that carries none (see [`LINKED_KINDS`]): their remaining wordings
/// become unlinked, to be linked again. Returns how many statements went.
fn repair(conn: &Connection) -> Result<usize> {
    conn.execute(
        &format!(
            "DELETE FROM statement_quotes WHERE (statement_id, quote_id) IN (
                 SELECT sq.statement_id, sq.quote_id
                 FROM statement_quotes sq
                 JOIN statements s ON s.id = sq.statement_id
                 JOIN quotes q ON q.id = sq.quote_id
                 WHERE q.person_id IS NOT s.person_id OR NOT ({LINKED_KINDS}))"
        ),
        [],
    )?;
    conn.execute_batch(
        "DROP TABLE IF EXISTS temp.stale_statements;
         CREATE TEMP TABLE stale_statements AS
         SELECT s.id FROM statements s
         LEFT JOIN (SELECT statement_id, count(*) AS n FROM statement_quotes GROUP BY statement_id) c
                ON c.statement_id = s.id
         WHERE coalesce(c.n, 0) <> s.quotes;",
    )?;
    let stale: i64 = conn.query_row("SELECT count(*) FROM temp.stale_statements", [], |r| {
        r.get(0)
    })?;
    if stale > 0 {
        conn.execute_batch(
            "DELETE FROM statement_quotes WHERE statement_id IN (SELECT id FROM temp.stale_statements);
             DELETE FROM statements WHERE id IN (SELECT id FROM temp.stale_statements);",
        )?;
    }
    conn.execute_batch("DROP TABLE temp.stale_statements")?;
    Ok(stale as usize)
}

// ---------------------------------------------------------------------------
// Words.

#[derive(Debug, Clone, Copy)]
struct WordInfo {
    stem: u32,
    content: bool,
    idf: f32,
}

/// The words of the pass: folded forms, their stems, whether they say
/// anything, and their inverse document frequency over all quotations
/// (read from the quotations' full-text index, which counts them exactly).
struct Vocab {
    ids: HashMap<String, u32>,
    words: Vec<WordInfo>,
    stems: HashMap<String, u32>,
    /// Every term's document frequency, when read at once.
    all_df: Option<HashMap<String, u32>>,
    total: f32,
}

impl Vocab {
    fn new(conn: &Connection, total: f32, read_all: bool) -> Result<Vocab> {
        conn.execute_batch(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.statement_vocab USING fts5vocab(main, quotes_fts, row)",
        )?;
        let all_df = if read_all {
            let mut map = HashMap::default();
            let mut stmt = conn.prepare("SELECT term, doc FROM temp.statement_vocab")?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                let term: String = row.get(0)?;
                if !text::is_stop_word(&term) {
                    map.insert(term, row.get::<_, i64>(1)? as u32);
                }
            }
            Some(map)
        } else {
            None
        };
        Ok(Vocab {
            ids: HashMap::default(),
            words: Vec::new(),
            stems: HashMap::default(),
            all_df,
            total: total.max(1.0),
        })
    }

    /// The id of a folded word, reading its frequency when new.
    fn word(&mut self, conn: &Connection, word: &str) -> Result<u32> {
        if let Some(&id) = self.ids.get(word) {
            return Ok(id);
        }
        let content = !text::is_stop_word(word);
        let df = if !content {
            0
        } else if let Some(all) = &self.all_df {
            all.get(word).copied().unwrap_or(0)
        } else {
            conn.prepare_cached("SELECT doc FROM temp.statement_vocab WHERE term = ?1")?
                .query_row([word], |r| r.get::<_, i64>(0))
                .optional()?
                .unwrap_or(0) as u32
        };
        let stem = text::stem(word);
        let next = self.stems.len() as u32;
        let stem = *self.stems.entry(stem).or_insert(next);
        let id = self.words.len() as u32;
        self.words.push(WordInfo {
            stem,
            content,
            idf: (1.0 + self.total / df.max(1) as f32).ln(),
        });
        self.ids.insert(word.to_string(), id);
        Ok(id)
    }
}

// ---------------------------------------------------------------------------
// Wordings.

/// A wording cut up for comparison: the whole, and each sentence when
/// there are several.
#[derive(Debug, Clone, Default)]
struct Doc {
    /// Word ids in order, [`GAP`] for a gap; bracketed words left out.
    words: Vec<u32>,
    /// Sentences: their word ranges and character ranges (into the quotation).
    sentences: Vec<Sentence>,
    /// Bracketed words of each sentence.
    inserted: Vec<Vec<u32>>,
    /// units[0] is the whole; then one per sentence, if more than one.
    units: Vec<Unit>,
}

#[derive(Debug, Clone)]
struct Sentence {
    words: std::ops::Range<usize>,
    chars: std::ops::Range<usize>,
}

#[derive(Debug, Clone, Default)]
struct Unit {
    words: std::ops::Range<usize>,
    /// Sentences it spans.
    sentences: std::ops::Range<usize>,
    /// Content stems with their weights, sorted by stem.
    stems: Vec<(u32, f32)>,
    weight: f32,
    /// Words, gaps not counted.
    len: usize,
    hash: u64,
}

impl Doc {
    /// Reads characters `chars` of a quotation's text.
    fn read(
        conn: &Connection,
        vocab: &mut Vocab,
        text: &str,
        chars: std::ops::Range<usize>,
    ) -> Result<Doc> {
        // The characters asked for, borrowed (the whole text, mostly).
        let byte = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
        let part = if chars.start == 0 && chars.end >= text.chars().count() {
            text
        } else {
            &text[byte(chars.start)..byte(chars.end)]
        };
        // A sentence starts after the spaces that follow the one before.
        let skip_spaces = |at: usize| {
            at + part
                .chars()
                .skip(at)
                .take_while(|c| c.is_whitespace())
                .count()
        };
        let mut doc = Doc::default();
        let mut inserted: Vec<u32> = Vec::new();
        let mut start_word = 0;
        let mut start_char = chars.start;
        text::tokenise_with(part, |token| -> Result<()> {
            match token {
                Tok::Word(w, _) => doc.words.push(vocab.word(conn, w)?),
                Tok::Inserted(w) => inserted.push(vocab.word(conn, w)?),
                Tok::Gap => {
                    if doc.words.last() != Some(&GAP) {
                        doc.words.push(GAP);
                    }
                }
                Tok::SentenceEnd(at) => {
                    if doc.words[start_word..].iter().any(|&w| w != GAP) {
                        doc.sentences.push(Sentence {
                            words: start_word..doc.words.len(),
                            chars: start_char..chars.start + at,
                        });
                        doc.inserted.push(std::mem::take(&mut inserted));
                        start_word = doc.words.len();
                        start_char = chars.start + skip_spaces(at);
                    }
                }
            }
            Ok(())
        })?;
        match doc.sentences.last_mut() {
            // Trailing marks or a trailing gap belong to the last sentence.
            Some(last) if !doc.words[start_word..].iter().any(|&w| w != GAP) => {
                last.words.end = doc.words.len();
                last.chars.end = chars.end;
                if let Some(e) = doc.inserted.last_mut() {
                    e.extend(inserted);
                }
            }
            _ => {
                doc.sentences.push(Sentence {
                    words: start_word..doc.words.len(),
                    chars: start_char..chars.end,
                });
                doc.inserted.push(inserted);
            }
        }
        doc.make_units(vocab);
        Ok(doc)
    }

    fn make_units(&mut self, vocab: &Vocab) {
        let n = self.sentences.len();
        let all: Vec<u32> = self.inserted.iter().flatten().copied().collect();
        self.units = vec![self.unit(vocab, 0..self.words.len(), 0..n, &all)];
        if n > 1 {
            for i in 0..n {
                let unit = self.unit(
                    vocab,
                    self.sentences[i].words.clone(),
                    i..i + 1,
                    &self.inserted[i],
                );
                self.units.push(unit);
            }
        }
    }

    /// Sentences `range` of this wording, as a wording of their own.
    fn sub(&self, vocab: &Vocab, range: std::ops::Range<usize>) -> Doc {
        let first = self.sentences[range.start].words.start;
        let last = self.sentences[range.end - 1].words.end;
        let mut doc = Doc {
            words: self.words[first..last].to_vec(),
            sentences: self.sentences[range.clone()]
                .iter()
                .map(|s| Sentence {
                    words: s.words.start - first..s.words.end - first,
                    chars: s.chars.clone(),
                })
                .collect(),
            inserted: self.inserted[range].to_vec(),
            units: Vec::new(),
        };
        doc.make_units(vocab);
        doc
    }

    /// The sentences (first, end) that words `start..end` of a unit's
    /// trimmed words fall in.
    fn sentences_covering(&self, unit: &Unit, start: usize, end: usize) -> (usize, usize) {
        let lead = self.words[unit.words.clone()]
            .iter()
            .take_while(|&&w| w == GAP)
            .count();
        let (start, end) = (
            unit.words.start + lead + start,
            unit.words.start + lead + end,
        );
        let touched: Vec<usize> = (unit.sentences.clone())
            .filter(|&i| {
                let s = &self.sentences[i].words;
                s.start < end && start < s.end
            })
            .collect();
        match (touched.first(), touched.last()) {
            (Some(&a), Some(&b)) => (a, b + 1),
            _ => (unit.sentences.start, unit.sentences.end),
        }
    }

    fn unit(
        &self,
        vocab: &Vocab,
        words: std::ops::Range<usize>,
        sentences: std::ops::Range<usize>,
        inserted: &[u32],
    ) -> Unit {
        let mut stems: Vec<(u32, f32)> = self.words[words.clone()]
            .iter()
            .chain(inserted)
            .filter(|&&w| w != GAP)
            .map(|&w| vocab.words[w as usize])
            .filter(|info| info.content)
            .map(|info| (info.stem, info.idf))
            .collect();
        // One entry per stem, with the highest weight of its forms.
        stems.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        stems.dedup_by_key(|s| s.0);
        // Leading and trailing gaps do not make two wordings differ. (The
        // hash only finds wordings to compare word by word: the pass's own
        // fast hasher will do.)
        let trimmed = trim_gaps(&self.words[words.clone()]);
        let hash = foldhash::fast::FixedState::default().hash_one(trimmed);
        Unit {
            len: trimmed.iter().filter(|&&w| w != GAP).count(),
            weight: stems.iter().map(|s| s.1).sum(),
            stems,
            words,
            sentences,
            hash,
        }
    }

    fn unit_words(&self, unit: &Unit) -> &[u32] {
        trim_gaps(&self.words[unit.words.clone()])
    }

    /// The unit's rarest content stem.
    fn rarest(unit: &Unit) -> Option<u32> {
        unit.stems
            .iter()
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|s| s.0)
    }
}

fn trim_gaps(words: &[u32]) -> &[u32] {
    let start = words.iter().position(|&w| w != GAP).unwrap_or(words.len());
    let end = words
        .iter()
        .rposition(|&w| w != GAP)
        .map_or(start, |e| e + 1);
    &words[start..end]
}

/// Where `fragment` lies in `container`, its pieces (split at gaps) in
/// order with at most [`MAX_GAP_WORDS`] between them: the word range it
/// covers.
fn contained(fragment: &[u32], container: &[u32]) -> Option<(usize, usize)> {
    // One piece, the usual case: its first place, found without the
    // pieces listed.
    if !fragment.contains(&GAP) {
        if fragment.is_empty() {
            return None;
        }
        return container
            .windows(fragment.len())
            .position(|w| w == fragment)
            .map(|start| (start, start + fragment.len()));
    }
    let pieces: Vec<&[u32]> = fragment
        .split(|&w| w == GAP)
        .filter(|p| !p.is_empty())
        .collect();
    let first = pieces.first()?;
    if fragment.len() > container.len() + pieces.len() {
        return None;
    }
    let find = |piece: &[u32], from: usize, to: usize| -> Option<usize> {
        (from..=to.min(container.len().saturating_sub(piece.len()))).find(|&p| {
            p + piece.len() <= container.len() && &container[p..p + piece.len()] == piece
        })
    };
    let mut from = 0;
    while let Some(start) = find(first, from, container.len()) {
        let mut end = start + first.len();
        let mut ok = true;
        for piece in &pieces[1..] {
            match find(piece, end, end + MAX_GAP_WORDS) {
                Some(p) => end = p + piece.len(),
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            return Some((start, end));
        }
        from = start + 1;
    }
    None
}

/// Weighted Dice overlap of two stem lists, and how many stems they share.
fn dice(a: &Unit, b: &Unit) -> (f32, usize) {
    let (mut i, mut j, mut shared, mut common) = (0, 0, 0.0f32, 0);
    while i < a.stems.len() && j < b.stems.len() {
        match a.stems[i].0.cmp(&b.stems[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += a.stems[i].1.min(b.stems[j].1);
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let total = a.weight + b.weight;
    if total <= 0.0 {
        return (0.0, 0);
    }
    (2.0 * shared / total, common)
}

// ---------------------------------------------------------------------------
// One speaker's quotations.

struct Quote {
    id: i64,
    article: i64,
    source: Option<i64>,
    published: Option<String>,
    day: Option<i32>,
    partial: bool,
    pullquote: bool,
    text: String,
    chars: usize,
}

struct Segment {
    quote: usize,
    cluster: usize,
    part: (usize, usize),
    method: Method,
    score: f32,
    doc: Doc,
    /// Stored already (and so updated, not inserted).
    stored: bool,
    changed: bool,
    /// Taken back (a quotation that moved out of the statement it started).
    dead: bool,
}

struct Cluster {
    id: Option<i64>,
    segments: Vec<usize>,
    touched: bool,
}

#[derive(Debug, Clone, Copy)]
struct Match {
    cluster: usize,
    segment: usize,
    method: Method,
    score: f32,
    /// The sentences of the new quotation that carry it.
    sentences: (usize, usize),
    /// The sentences of the segment it matched.
    member_sentences: (usize, usize),
}

struct Partition {
    speaker: Speaker,
    quotes: Vec<Quote>,
    segments: Vec<Segment>,
    clusters: Vec<Cluster>,
    /// Quotations to link, and each one read.
    pending: Vec<usize>,
    pending_docs: Vec<Doc>,
    by_hash: HashMap<u64, Vec<usize>>,
    /// Segments by each stem of their whole, as (day, segment) sorted,
    /// undated first.
    postings: HashMap<u32, Vec<(i32, usize)>>,
    /// Segments by the rarest stem of each of their units.
    fragments: HashMap<u32, Vec<usize>>,
}

fn day_number(published: Option<&str>) -> Option<i32> {
    let date = chrono::NaiveDate::parse_from_str(published?.get(..10)?, "%Y-%m-%d").ok()?;
    Some(chrono::Datelike::num_days_from_ce(&date))
}

impl Partition {
    /// Reads one speaker's quotations with `stmt` (see `link`).
    fn load(
        conn: &Connection,
        stmt: &mut rusqlite::Statement<'_>,
        speaker: Speaker,
        vocab: &mut Vocab,
    ) -> Result<Partition> {
        let mut part = Partition {
            speaker,
            quotes: Vec::new(),
            segments: Vec::new(),
            clusters: Vec::new(),
            pending: Vec::new(),
            pending_docs: Vec::new(),
            by_hash: HashMap::default(),
            postings: HashMap::default(),
            fragments: HashMap::default(),
        };
        // Read in the index's order and sorted here, by quotation and
        // statement: an ORDER BY would have SQLite build a temporary b-tree
        // for every speaker.
        // (statement, method, score, part start, part end)
        type Link = (i64, String, f64, i64, i64);
        // (quotation, article, outlet, published, kind, text)
        type Row = (i64, i64, Option<i64>, Option<String>, String, String);
        let mut rows: Vec<(Row, Option<Link>)> = Vec::new();
        let mut query = stmt.query([speaker.person()])?;
        while let Some(row) = query.next()? {
            let link = match row.get::<_, Option<i64>>(6)? {
                Some(statement) => Some((
                    statement,
                    row.get(7)?,
                    row.get(8)?,
                    row.get(9)?,
                    row.get(10)?,
                )),
                None => None,
            };
            rows.push((
                (
                    row.get(0)?,
                    row.get(1)?,
                    row.get(2)?,
                    row.get(3)?,
                    row.get(4)?,
                    row.get(5)?,
                ),
                link,
            ));
        }
        drop(query);
        rows.sort_unstable_by_key(|(r, link)| (r.0, link.as_ref().map(|l| l.0)));
        let mut cluster_of: HashMap<i64, usize> = HashMap::default();
        let mut stored: Vec<(usize, i64, Method, f32, usize, usize)> = Vec::new();
        for ((id, article, source, published, kind, text), link) in rows {
            if part.quotes.last().is_none_or(|q| q.id != id) {
                part.quotes.push(Quote {
                    id,
                    article,
                    source,
                    day: day_number(published.as_deref()),
                    published,
                    partial: kind == "partial",
                    pullquote: kind == "pullquote",
                    chars: text.chars().count(),
                    text,
                });
            }
            let q = part.quotes.len() - 1;
            match link {
                Some((statement, method, score, start, end)) => {
                    stored.push((
                        q,
                        statement,
                        Method::parse(&method),
                        score as f32,
                        start as usize,
                        end as usize,
                    ));
                }
                None => part.pending.push(q),
            }
        }
        for (q, statement, method, score, start, end) in stored {
            let cluster = *cluster_of.entry(statement).or_insert_with(|| {
                part.clusters.push(Cluster {
                    id: Some(statement),
                    segments: Vec::new(),
                    touched: false,
                });
                part.clusters.len() - 1
            });
            let quote = &part.quotes[q];
            let end = end.min(quote.chars);
            let doc = Doc::read(conn, vocab, &quote.text, start.min(end)..end)?;
            part.add_segment(Segment {
                quote: q,
                cluster,
                part: (start, end),
                method,
                score,
                doc,
                stored: true,
                changed: false,
                dead: false,
            });
        }
        for &q in &part.pending {
            let quote = &part.quotes[q];
            let doc = Doc::read(conn, vocab, &quote.text, 0..quote.chars)?;
            part.pending_docs.push(doc);
        }
        Ok(part)
    }

    fn add_segment(&mut self, segment: Segment) -> usize {
        let index = self.segments.len();
        let doc = &segment.doc;
        // A wording the statement already has in the same words is found
        // through its twin: the exact-words and containment lists skip it
        // (a remark quoted word for word by hundreds of articles would
        // otherwise make each new copy compare with all the others).
        let words = doc.unit_words(&doc.units[0]);
        let twin = self.by_hash.get(&doc.units[0].hash).is_some_and(|list| {
            list.iter().any(|&s| {
                let other = &self.segments[s];
                other.cluster == segment.cluster
                    && !other.dead
                    && other.doc.unit_words(&other.doc.units[0]) == words
            })
        });
        for unit in doc.units.iter().filter(|_| !twin) {
            self.by_hash.entry(unit.hash).or_default().push(index);
            if let Some(stem) = Doc::rarest(unit) {
                let list = self.fragments.entry(stem).or_default();
                if list.last() != Some(&index) {
                    list.push(index);
                }
            }
        }
        for &(stem, _) in &doc.units[0].stems {
            let key = (self.quotes[segment.quote].day.unwrap_or(i32::MIN), index);
            let list = self.postings.entry(stem).or_default();
            let at = list.partition_point(|e| *e < key);
            list.insert(at, key);
        }
        self.clusters[segment.cluster].segments.push(index);
        self.segments.push(segment);
        index
    }

    /// Links the pending quotations in two rounds. The first takes only
    /// strong evidence (the same words, one wording inside another, or a
    /// similarity of at least [`SIMILAR_STRONG`]); a quotation with none
    /// starts a statement of its own. The second lets each of those that no
    /// other wording joined take a weaker similarity (at least
    /// [`SIMILAR_MIN`]), unless its own article already carries that
    /// statement: a reporter seldom gives one remark twice in other words,
    /// and another remark on the same subject often shares its words. The
    /// order within a round is fixed (shorter quotations first, then by
    /// date, words and id), so the result does not depend on the order in
    /// which files were read.
    fn link(&mut self, vocab: &Vocab) {
        let strict = self.speaker.strict();
        let mut order: Vec<usize> = (0..self.pending.len()).collect();
        order.sort_by_key(|&i| {
            let q = &self.quotes[self.pending[i]];
            // Ties broken by the words, not by the id alone: ids follow the
            // order in which the import's threads finished the files.
            (
                self.pending_docs[i].sentences.len(),
                q.day.is_none(),
                q.day,
                &q.text,
                q.id,
            )
        });
        let strong = if strict {
            SIMILAR_MIN_UNKNOWN
        } else {
            SIMILAR_STRONG
        };
        let mut alone: Vec<usize> = Vec::new();
        for i in order {
            let q = self.pending[i];
            let doc = std::mem::take(&mut self.pending_docs[i]);
            let matches: Vec<Match> = self
                .matches(q, &doc, strict)
                .into_iter()
                .filter(|m| m.method != Method::Similar || m.score >= strong)
                .collect();
            if let Some(segment) = self.assign(q, doc, &matches, vocab) {
                alone.push(segment);
            }
        }
        if strict {
            return;
        }
        for segment in alone {
            let cluster = self.segments[segment].cluster;
            if self.clusters[cluster].segments.len() != 1 {
                continue;
            }
            let q = self.segments[segment].quote;
            let article = self.quotes[q].article;
            let doc = self.segments[segment].doc.clone();
            let matches: Vec<Match> = self
                .matches(q, &doc, strict)
                .into_iter()
                .filter(|m| {
                    m.cluster != cluster
                        && (m.score >= strong
                            || !self.clusters[m.cluster].segments.iter().any(|&s| {
                                !self.segments[s].dead
                                    && self.quotes[self.segments[s].quote].article == article
                            }))
                })
                .collect();
            if matches.is_empty() {
                continue;
            }
            // Out of the statement it started, into the ones it matches.
            self.segments[segment].dead = true;
            self.clusters[cluster].segments.clear();
            self.clusters[cluster].touched = false;
            self.assign(q, doc, &matches, vocab);
        }
    }

    /// Every segment that quotation `q` (read as `doc`) may be the same
    /// remark as, best first.
    fn matches(&self, q: usize, doc: &Doc, strict: bool) -> Vec<Match> {
        if let Some(m) = self.identical(q, doc, strict) {
            return vec![m];
        }
        let mut matches: Vec<Match> = self
            .candidates(q, doc)
            .into_iter()
            .filter(|&segment| !self.segments[segment].dead)
            .filter_map(|segment| self.evaluate(q, doc, segment, strict))
            .collect();
        matches.sort_by(|a, b| {
            b.method
                .cmp(&a.method)
                .then(b.score.total_cmp(&a.score))
                .then(a.cluster.cmp(&b.cluster))
                .then(a.segment.cmp(&b.segment))
        });
        matches
    }

    /// Segments that may be the same remark as `doc` (quotation `q`): the
    /// same words (one segment per statement), wordings whose rarest stem
    /// it has (they may lie inside it), and the [`MAX_CANDIDATES`] that
    /// share the most weight of its rarest stems within [`WINDOW_DAYS`]
    /// (or at any date for its very rarest stem when it is a partial
    /// quotation or has a gap, for it may lie inside a longer wording
    /// reported at another time).
    fn candidates(&self, q: usize, doc: &Doc) -> Vec<usize> {
        let day = self.quotes[q].day;
        // A partial quotation, or one with a gap, may lie inside a longer
        // wording reported at any date; others are looked for nearby.
        let piece = self.quotes[q].partial || doc.words.contains(&GAP);
        let mut found = Vec::new();
        let mut weights: HashMap<usize, f32> = HashMap::default();
        for unit in &doc.units {
            if let Some(list) = self.by_hash.get(&unit.hash) {
                let mut clusters: Vec<usize> = Vec::new();
                for &s in list {
                    let c = self.segments[s].cluster;
                    if !self.segments[s].dead && !clusters.contains(&c) {
                        clusters.push(c);
                        found.push(s);
                        if clusters.len() >= MAX_CANDIDATES {
                            break;
                        }
                    }
                }
            }
            let mut stems = unit.stems.clone();
            stems.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            for (rank, (stem, weight)) in stems.into_iter().take(LOOKUP_STEMS).enumerate() {
                let Some(list) = self.postings.get(&stem) else {
                    continue;
                };
                let undated = list.partition_point(|e| e.0 == i32::MIN);
                let (lo, hi) = match day {
                    Some(d) if rank > 0 || !piece || unit.len < LONG_FRAGMENT_WORDS => (
                        list.partition_point(|e| e.0 < d - WINDOW_DAYS),
                        list.partition_point(|e| e.0 <= d + WINDOW_DAYS),
                    ),
                    _ => (undated, list.len()),
                };
                let near = list[..undated].iter().chain(&list[lo.max(undated)..hi]);
                for &(_, s) in near.take(POSTINGS_SCAN) {
                    *weights.entry(s).or_default() += weight;
                }
            }
        }
        let mut ranked: Vec<(usize, f32)> = weights.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        found.extend(ranked.iter().take(MAX_CANDIDATES).map(|r| r.0));
        // Shorter wordings inside this one: their rarest stem is one of its stems.
        for &(stem, _) in &doc.units[0].stems {
            if let Some(list) = self.fragments.get(&stem) {
                found.extend(list.iter().rev().take(POSTINGS_SCAN));
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// A segment with exactly the words of the whole quotation, if any:
    /// the best match there can be, found without looking further.
    fn identical(&self, q: usize, doc: &Doc, strict: bool) -> Option<Match> {
        let unit = &doc.units[0];
        let min_words = if strict {
            IDENTICAL_WORDS_UNKNOWN
        } else {
            IDENTICAL_WORDS
        };
        if unit.len < min_words {
            return None;
        }
        let words = doc.unit_words(unit);
        self.by_hash
            .get(&unit.hash)?
            .iter()
            .find(|&&s| {
                let seg = &self.segments[s];
                !seg.dead && seg.quote != q && seg.doc.unit_words(&seg.doc.units[0]) == words
            })
            .map(|&s| Match {
                cluster: self.segments[s].cluster,
                segment: s,
                method: Method::Identical,
                score: 1.0,
                sentences: (0, doc.sentences.len()),
                member_sentences: (0, self.segments[s].doc.sentences.len()),
            })
    }

    /// The best way quotation `q` (read as `doc`) and a segment are the
    /// same remark, if they are.
    fn evaluate(&self, q: usize, doc: &Doc, segment: usize, strict: bool) -> Option<Match> {
        let quote = &self.quotes[q];
        let member = &self.segments[segment];
        let other = &self.quotes[member.quote];
        if other.id == quote.id {
            return None;
        }
        let near = match (quote.day, other.day) {
            (Some(a), Some(b)) => (a - b).abs() <= WINDOW_DAYS,
            _ => true,
        };
        let fragment_ok = |unit: &Unit, whole_partial: bool| -> bool {
            if strict {
                return unit.len >= CONTAINED_WORDS_UNKNOWN
                    && unit.stems.len() >= CONTAINED_STEMS_UNKNOWN;
            }
            unit.len >= 2
                && (unit.stems.len() >= 2 || whole_partial && !unit.stems.is_empty())
                && (near || unit.len >= LONG_FRAGMENT_WORDS)
        };
        let (min_words, min_similar, min_common) = if strict {
            (
                IDENTICAL_WORDS_UNKNOWN,
                SIMILAR_MIN_UNKNOWN,
                SIMILAR_COMMON_UNKNOWN,
            )
        } else {
            (IDENTICAL_WORDS, SIMILAR_MIN, SIMILAR_COMMON)
        };
        // (method, score, its sentences, the segment's sentences)
        type Found = (Method, f32, (usize, usize), (usize, usize));
        let mut best: Option<Found> = None;
        for (qi, qu) in doc.units.iter().enumerate() {
            let qw = doc.unit_words(qu);
            for (mi, mu) in member.doc.units.iter().enumerate() {
                let mw = member.doc.unit_words(mu);
                let found = if qu.hash == mu.hash && qw == mw {
                    (qu.len >= min_words).then_some((
                        Method::Identical,
                        1.0,
                        (qu.sentences.start, qu.sentences.end),
                    ))
                } else if qu.len <= mu.len
                    && fragment_ok(qu, qi == 0 && quote.partial)
                    && contained(qw, mw).is_some()
                {
                    Some((
                        Method::Contained,
                        qu.len as f32 / mu.len.max(1) as f32,
                        (qu.sentences.start, qu.sentences.end),
                    ))
                } else if let Some((s, e)) = (mu.len < qu.len
                    && fragment_ok(mu, mi == 0 && other.partial))
                .then(|| contained(mw, qw))
                .flatten()
                {
                    Some((
                        Method::Contained,
                        mu.len as f32 / qu.len.max(1) as f32,
                        doc.sentences_covering(qu, s, e),
                    ))
                } else if near {
                    let (score, common) = dice(qu, mu);
                    (common >= min_common && score >= min_similar).then_some((
                        Method::Similar,
                        score,
                        (qu.sentences.start, qu.sentences.end),
                    ))
                } else {
                    None
                };
                if let Some((method, score, sentences)) = found {
                    if best.is_none_or(|b| (method, score) > (b.0, b.1)) {
                        let theirs = (mu.sentences.start, mu.sentences.end);
                        best = Some((method, score, sentences, theirs));
                    }
                }
            }
        }
        best.map(|(method, score, sentences, member_sentences)| Match {
            cluster: member.cluster,
            segment,
            method,
            score,
            sentences,
            member_sentences,
        })
    }

    /// Links quotation `q` by its matches, best first: each sentence goes
    /// to the statement of the best match that covers it; a quotation with
    /// no match starts a statement of its own, and the sentences no match
    /// covers in one that has matches make one more (a second remark).
    fn assign(&mut self, q: usize, doc: Doc, matches: &[Match], vocab: &Vocab) -> Option<usize> {
        let n = doc.sentences.len();
        let mut owner: Vec<Option<usize>> = vec![None; n];
        let mut chosen: Vec<Match> = Vec::new();
        for m in matches {
            let (a, b) = m.sentences;
            let free: Vec<usize> = (a..b).filter(|&i| owner[i].is_none()).collect();
            if free.is_empty() || (n > 1 && (a, b) == (0, n) && free.len() < n) {
                continue;
            }
            let slot = match chosen.iter().position(|c| c.cluster == m.cluster) {
                Some(slot) => slot,
                None => {
                    chosen.push(*m);
                    chosen.len() - 1
                }
            };
            for i in free {
                owner[i] = Some(slot);
            }
        }
        let rest: Vec<usize> = (0..n).filter(|&i| owner[i].is_none()).collect();
        let mut alone = None;
        if let (Some(&lo), Some(&hi)) = (rest.first(), rest.last()) {
            let cluster = self.new_cluster();
            let (part, sub) = Self::part(&doc, vocab, lo, hi + 1, self.quotes[q].chars);
            if chosen.is_empty() {
                alone = Some(self.segments.len());
            }
            self.add_segment(Segment {
                quote: q,
                cluster,
                part,
                method: Method::Single,
                score: 1.0,
                doc: sub,
                stored: false,
                changed: true,
                dead: false,
            });
        }
        for (slot, m) in chosen.iter().enumerate() {
            let mine: Vec<usize> = (0..n).filter(|&i| owner[i] == Some(slot)).collect();
            let (Some(&lo), Some(&hi)) = (mine.first(), mine.last()) else {
                continue;
            };
            let (part, sub) = Self::part(&doc, vocab, lo, hi + 1, self.quotes[q].chars);
            self.add_segment(Segment {
                quote: q,
                cluster: m.cluster,
                part,
                method: m.method,
                score: m.score,
                doc: sub,
                stored: false,
                changed: true,
                dead: false,
            });
            self.clusters[m.cluster].touched = true;
            let member = &self.segments[m.segment];
            let (a, b) = m.member_sentences;
            if member.method == Method::Single && (b - a) < member.doc.sentences.len() {
                // The first wording to meet a statement of several sentences
                // meets only some of them: the others are a remark of their own.
                self.split(m.segment, a, b, vocab);
            }
            let member = &mut self.segments[m.segment];
            if (m.method, m.score) > (member.method, member.score) {
                member.method = m.method;
                member.score = m.score;
                member.changed = true;
            }
        }
        alone
    }

    fn new_cluster(&mut self) -> usize {
        self.clusters.push(Cluster {
            id: None,
            segments: Vec::new(),
            touched: true,
        });
        self.clusters.len() - 1
    }

    /// Characters and wording of sentences `lo..hi` of a quotation.
    fn part(doc: &Doc, vocab: &Vocab, lo: usize, hi: usize, chars: usize) -> ((usize, usize), Doc) {
        if (lo, hi) == (0, doc.sentences.len()) {
            ((0, chars), doc.clone())
        } else {
            (
                (
                    doc.sentences[lo].chars.start,
                    doc.sentences[hi - 1].chars.end,
                ),
                doc.sub(vocab, lo..hi),
            )
        }
    }

    /// Narrows a segment to its sentences `a..b`; the rest of it goes to a
    /// statement of its own.
    fn split(&mut self, segment: usize, a: usize, b: usize, vocab: &Vocab) {
        let seg = &self.segments[segment];
        let n = seg.doc.sentences.len();
        let (quote, base) = (seg.quote, seg.part);
        let keep = seg.doc.sub(vocab, a..b);
        let ranges = [(0, a), (b, n)];
        let rest: Vec<(usize, usize)> = ranges.into_iter().filter(|r| r.0 < r.1).collect();
        let (lo, hi) = (rest[0].0, rest[rest.len() - 1].1);
        let rest_doc = seg.doc.sub(vocab, lo..hi);
        let rest_part = (
            seg.doc.sentences[lo].chars.start,
            if hi == n {
                base.1
            } else {
                seg.doc.sentences[hi - 1].chars.end
            },
        );
        let keep_part = (
            if a == 0 {
                base.0
            } else {
                seg.doc.sentences[a].chars.start
            },
            if b == n {
                base.1
            } else {
                seg.doc.sentences[b - 1].chars.end
            },
        );
        // The index keeps pointing at the segment; its words are now fewer.
        let seg = &mut self.segments[segment];
        seg.doc = keep;
        seg.part = keep_part;
        seg.changed = true;
        let cluster = self.new_cluster();
        self.add_segment(Segment {
            quote,
            cluster,
            part: rest_part,
            method: Method::Single,
            score: 1.0,
            doc: rest_doc,
            stored: false,
            changed: true,
            dead: false,
        });
    }

    /// Writes the partition's new and changed statements and links.
    fn write(&mut self, conn: &Connection, report: &mut LinkReport) -> Result<()> {
        report.linked += self.pending.len();
        let mut insert = conn.prepare_cached(
            "INSERT INTO statements (person_id, quote_id, quotes, articles, outlets, first_seen, last_seen)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        let mut update = conn.prepare_cached(
            "UPDATE statements SET quote_id = ?2, quotes = ?3, articles = ?4, outlets = ?5,
                    first_seen = ?6, last_seen = ?7
             WHERE id = ?1",
        )?;
        for c in 0..self.clusters.len() {
            if !self.clusters[c].touched {
                continue;
            }
            let t = self.totals(c);
            match self.clusters[c].id {
                Some(id) => {
                    update.execute(params![
                        id,
                        t.representative,
                        t.quotes,
                        t.articles,
                        t.outlets,
                        t.first,
                        t.last
                    ])?;
                    report.grown += 1;
                }
                None => {
                    insert.execute(params![
                        self.speaker.person(),
                        t.representative,
                        t.quotes,
                        t.articles,
                        t.outlets,
                        t.first,
                        t.last
                    ])?;
                    self.clusters[c].id = Some(conn.last_insert_rowid());
                    report.created += 1;
                }
            }
        }
        let mut insert_link = conn.prepare_cached(
            "INSERT INTO statement_quotes (statement_id, quote_id, method, score, part_start, part_end)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (statement_id, quote_id) DO UPDATE
             SET part_start = min(part_start, excluded.part_start),
                 part_end = max(part_end, excluded.part_end)",
        )?;
        let mut update_link = conn.prepare_cached(
            "UPDATE statement_quotes SET method = ?3, score = ?4, part_start = ?5, part_end = ?6
             WHERE statement_id = ?1 AND quote_id = ?2",
        )?;
        for s in &self.segments {
            if !s.changed || s.dead {
                continue;
            }
            let statement = self.clusters[s.cluster].id;
            let quote = self.quotes[s.quote].id;
            let score = (f64::from(s.score) * 10_000.0).round() / 10_000.0;
            if s.stored {
                update_link.execute(params![
                    statement,
                    quote,
                    s.method.as_str(),
                    score,
                    s.part.0 as i64,
                    s.part.1 as i64
                ])?;
            } else {
                insert_link.execute(params![
                    statement,
                    quote,
                    s.method.as_str(),
                    score,
                    s.part.0 as i64,
                    s.part.1 as i64
                ])?;
            }
        }
        Ok(())
    }

    fn totals(&self, cluster: usize) -> Totals {
        let segments = &self.clusters[cluster].segments;
        let quotes: Vec<&Quote> = segments
            .iter()
            .map(|&s| &self.quotes[self.segments[s].quote])
            .collect();
        let distinct = |mut v: Vec<i64>| {
            v.sort_unstable();
            v.dedup();
            v.len() as i64
        };
        let representative = segments
            .iter()
            .min_by_key(|&&s| {
                let seg = &self.segments[s];
                let q = &self.quotes[seg.quote];
                (
                    q.pullquote,
                    std::cmp::Reverse(seg.doc.units[0].len),
                    q.day.is_none(),
                    q.day,
                    q.id,
                )
            })
            .map(|&s| self.quotes[self.segments[s].quote].id);
        let known: Vec<i64> = quotes.iter().filter_map(|q| q.source).collect();
        let unknown = quotes.iter().any(|q| q.source.is_none());
        Totals {
            representative,
            quotes: distinct(quotes.iter().map(|q| q.id).collect()),
            articles: distinct(quotes.iter().map(|q| q.article).collect()),
            outlets: distinct(known) + i64::from(unknown),
            first: quotes.iter().filter_map(|q| q.published.clone()).min(),
            last: quotes.iter().filter_map(|q| q.published.clone()).max(),
        }
    }
}

struct Totals {
    representative: Option<i64>,
    quotes: i64,
    articles: i64,
    outlets: i64,
    first: Option<String>,
    last: Option<String>,
}

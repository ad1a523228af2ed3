#!/usr/bin/env python3
"""Convert the *train* split of PolNeAR into clippings' gold-annotation format.

    python3 tools/polnear/convert.py PATH_TO_POLNEAR [--out dev-data/polnear]

PATH_TO_POLNEAR is a PolNeAR checkout (work tree) or a git directory (bare
clone or mirror); for a git directory the files are read from HEAD with
`git cat-file`.  Only `data/train/` is ever listed or read, and
`data/metadata.tsv` is not used at all: the publisher and the date come
from the file name.

Writes, under OUT/train/:
  articles/<name>.txt   the article text exactly as in PolNeAR
  gold-all.json         every attribution (speech, beliefs, intentions, ...)
  gold.json             only attributions of speech (see SPEECH_LEMMAS)
  stats.txt             the statistics printed at the end
  sample.txt            30 random attributions, source span -> speaker

Python 3.11, standard library only.  See tools/polnear/README.md.
"""

import argparse
import bisect
import collections
import json
import os
import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

SPLIT = "train"  # the development split: the only one this script reads

# ---------------------------------------------------------------------------
# Publishers (the prefix of every PolNeAR file name).  Where clippings'
# outlets.tsv knows the outlet, its canonical name is used.
OUTLETS = {
    "breitbart": "Breitbart News",
    "huff-post": "HuffPost",
    "nyt": "The New York Times",
    "politico": "Politico",
    "usa-today": "USA Today",
    "wash-post": "The Washington Post",
    "west-journal": "Western Journalism",
}

# ---------------------------------------------------------------------------
# Cue classification.  The cue lemma is the lemma of the first content verb
# of the cue span (auxiliaries skipped), else its first noun, else the cue as
# written ("according to", ":", "in", ...).  Written from the annotation
# guidelines (statements, decrees, beliefs, knowledge, perception, intention,
# desire, attitude, support, evidence) and the train data.
#
# Speech: saying, writing, telling, claiming, denying, announcing, asking,
# arguing, warning, promising, posting, tweeting, stating, criticising,
# praising, a statement / report / interview / filing, "according to" ...
SPEECH_LEMMAS = set("""
say tell add write ask call note report announce suggest tweet describe argue
continue explain accuse acknowledge criticize criticise declare refer urge
cite recall conclude respond reply propose claim insist state warn promise
pledge vow reveal confirm deny admit indicate express assure predict question
dismiss praise attack blast slam blame reject defend complain charge demand
comment mention point remark quip joke boast brag insult mock ridicule tease
shout yell scream cry exclaim whisper mutter murmur sigh chant sing read
post retweet blog email text message phone testify swear allege maintain
contend assert affirm reaffirm reiterate repeat stress emphasize emphasise
underscore highlight concede allow disclose divulge leak inform notify
advise counsel recommend caution alert threaten guarantee offer invite
challenge dare request beg plead appeal implore petition lobby pitch tout
hail applaud congratulate thank apologize apologise condemn denounce decry
deplore lament bemoan lambaste rip knock chide scold rebuke reprimand berate
taunt jab needle lash fire assail savage pan trash disparage dispute
contradict counter rebut refute correct clarify elaborate characterize
characterise label brand dub term nickname portray paint frame cast
summarize summarise answer retort interject interrupt proclaim pronounce
broadcast publish print air release circulate issue file sue rule order
decree instruct direct command brief interview quote paraphrase echo
speak talk discuss debate chat quarrel negotiate lay spell raise welcome
remind list recount relate narrate recite detail outline sketch preach
lecture boast gush rave rant fume scoff snap sneer jest muse opine posit
theorize speculate estimate forecast project
statement comment remark remarks answer speech interview letter swipe
criticism claim argument accusation allegation assertion promise pledge
warning threat question response reply tweet post column editorial
announcement testimony complaint call demand appeal request plea proposal
suggestion explanation description denial admission acknowledgment
acknowledgement apology defense defence praise rebuke condemnation note memo
ad advertisement word words language rhetoric assurance prediction insult
quip boast conversation discussion commentary op-ed essay headline caption
filing lawsuit ruling verdict case critique retort rebuttal reference
citation insistence declaration proclamation confirmation disclosure
revelation account version message slogan plea report press
critical clear explicit vocal outspoken adamant emphatic blunt candid
reportedly allegedly publicly
""".split()) | {"according to", ":"}

# Beliefs, feelings, perceptions, knowledge, intention, desire, attitude,
# support, evidence (polls show / find), seeming, decisions and actions.
# Not speech.
NONSPEECH_LEMMAS = set("""
think believe feel know see hear watch notice observe perceive sense
understand realize realise recognize recognise learn discover find show
demonstrate prove seem appear look sound expect anticipate hope wish want
desire like love hate dislike prefer enjoy fear worry concern dread doubt
suspect assume presume suppose imagine figure reckon consider regard view
deem judge trust distrust plan intend aim seek mean try strive decide choose
determine support back endorse favor favour oppose resist embrace accept
agree disagree approve disapprove value respect admire remember forget
wonder contemplate ponder care mind resent regret celebrate mourn appreciate
be name appoint nominate select pick sign veto adopt pass refuse decline push
focus vote envision foresee prioritize prioritise target
opinion belief thought feeling impression hope fear desire wish intention
plan expectation worry doubt suspicion support opposition endorsement
supporter opponent fan backer proponent advocate preference goal aim
ambition interest focus attention priority vision perspective stance
position attitude approach strategy decision choice vote favorite awareness
knowledge understanding assumption conviction confidence skepticism
scepticism frustration anger disappointment admiration love hatred dislike
distaste enthusiasm excitement appetite eagerness willingness reluctance
determination commitment resolve concern sympathy suspicion mindset
aware sure certain confident convinced optimistic pessimistic skeptical
sceptical wary worried concerned afraid happy glad angry upset uncomfortable
comfortable unhappy eager determined willing unwilling reluctant keen
hopeful proud interested unsure uncertain supportive opposed conscious
mindful frustrated disappointed pleased excited enthusiastic fond
sympathetic hostile favorable favourable unfavorable unfavourable positive
negative likely unlikely ready open intent bent impressed satisfied
dissatisfied comfortable nervous anxious fearful scared furious outraged
""".split())

# Verbs of aspect or light verbs that yield to a later classified word
# ("continued to support" -> support); "he continued" alone is speech.
YIELDING = {"continue", "begin", "start", "keep", "go", "make", "take", "give",
            "have", "get", "come", "put"}

PRONOUNS = set("""
he she him her his hers himself herself they them their theirs themselves
i me my mine myself we us our ours ourselves you your yours yourself
yourselves it its itself
""".split())

# Nouns naming an artifact rather than a speaker: the creator, if the source
# span names one ("a poll by Latino Decisions", "Clinton's statement"), is
# the speaker; otherwise the speaker is unresolved (null, null).
ARTIFACT_NOUNS = set("""
poll polls polling survey surveys study studies report reports statement statements
email emails e-mail letter letters memo memos document documents record
records ad ads advertisement advertisements commercial video videos book
books article articles story stories post posts tweet tweets message messages
release releases filing filings complaint lawsuit suit ruling order decision
analysis analyses data numbers research review investigation audit
paper papers page pages website site blog column editorial op-ed piece
transcript transcripts note notes text texts speech remarks comments platform
plan proposal bill law legislation measure policy rule rules guidelines
guidance agenda manifesto resolution amendment petition sign signs banner
banners poster posters flyer flyers mailer mailers brochure pamphlet
headline headlines caption cover image photo photos picture pictures footage
clip clips film movie documentary show episode program programme broadcast
segment interview interviews tape tapes recording recordings audio account
accounts memoir memoirs biography excerpt excerpts passage chapter draft
model models projection projections forecast forecasts estimate estimates
index count tally results result exit evidence findings finding chart map
graphic table list database survey-data fact-check feed
""".split())

# Events and occasions: not speakers either.
EVENT_NOUNS = set("""
discussion debate debates conversation meeting meetings hearing hearings event
events conference summit rally rallies session sessions forum forums
convention town-hall ceremony primary primaries caucus-night race election
elections vote contest
""".split())
ARTIFACT_NOUNS |= EVENT_NOUNS

# Artifacts that hold data rather than words: what they "show", "find" or
# "suggest" is not speech (unless it is quoted).
DATA_NOUNS = set("""
poll polls polling survey surveys study studies data numbers research analysis
analyses model models projection projections forecast forecasts estimate
estimates index count tally results result evidence findings finding chart
map graphic table database records record audit review investigation exit
""".split())

# Nouns naming a group or an institution without a proper name ("the Clinton
# campaign", "his campaign", "the company").  They are unnamed speakers and
# are never followed through coreference to a person.
GROUP_NOUNS = set("""
campaign campaigns administration government company companies firm firms
committee committees team staff party parties group groups organization
organisation organizations organisations agency agencies department
departments office offices court courts board panel council commission
union unions coalition alliance movement network networks station outlet
outlets newspaper newspapers paper magazine channel website site police
military army navy embassy ministry regime state states country countries
nation city county town school university college institute foundation
center centre association league club church bank banks industry
establishment leadership delegation caucus caucuses conference majority
minority family families household households crowd audience public
community press media
""".split())

TEMPORAL_NER = {"DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "PERCENT", "MONEY"}

ORG_LEADING_JUNK = {"the", "of", "for", "at", "in", "on", "by", "from", "to", "and", "a", "an"}

GENERIC_ORG_WORDS = set("""
pac pacs party committee department house senate congress campaign court
council university college agency administration group foundation institute
association union bureau office center centre network fund bank company
corporation inc llc club team board commission ministry service state
national american united states government caucus coalition
""".split())

TITLES = set("""
mr mr. mrs mrs. ms ms. miss dr dr. sen sen. senator rep rep. representative
gov gov. governor president pres pres. vice secretary sec sec. gen gen.
general lt lt. col col. capt capt. maj maj. sgt sgt. adm adm. rev rev. fr
fr. father sister brother judge justice chief speaker leader mayor prof
prof. professor admiral adm sir lord lady dame former the candidate nominee ambassador
attorney sheriff commissioner chairman chairwoman chair officer
democrat republican democratic gop u.s. us
""".split())

DOUBLE_OPEN = "\u201c"   # “
DOUBLE_CLOSE = "\u201d"  # ”
SINGLE_OPEN = "\u2018"   # ‘
SINGLE_CLOSE = "\u2019"  # ’


# ---------------------------------------------------------------------------
# Reading PolNeAR: a work tree or a git directory.

class PolNeAR:
    """Reads data/train/* from a checkout or, through git, from a git dir."""

    def __init__(self, path):
        self.path = path
        self.fs = os.path.isdir(os.path.join(path, "data", SPLIT, "text"))
        self._shas = {}
        self._cat = None
        self.commit = None
        if not self.fs:
            try:
                self.commit = self._git("rev-parse", "HEAD").strip()
            except (subprocess.CalledProcessError, FileNotFoundError):
                sys.exit(f"{path}: neither a PolNeAR checkout (no data/{SPLIT}/text) "
                         f"nor a git directory")
        else:
            try:
                self.commit = self._git("rev-parse", "HEAD").strip()
            except (subprocess.CalledProcessError, FileNotFoundError):
                self.commit = None

    def _git(self, *args):
        return subprocess.run(["git", "-C", self.path, *args], check=True,
                              capture_output=True, text=True).stdout

    def list(self, sub):
        """File names in data/train/<sub>/ (only that folder is listed)."""
        if self.fs:
            return sorted(os.listdir(os.path.join(self.path, "data", SPLIT, sub)))
        out = subprocess.run(
            ["git", "-C", self.path, "ls-tree", "-z", "HEAD", f"data/{SPLIT}/{sub}/"],
            check=True, capture_output=True).stdout.decode("utf-8")
        names = []
        for entry in out.split("\0"):
            if not entry:
                continue
            meta, name = entry.split("\t", 1)
            sha = meta.split()[2]
            base = name.rsplit("/", 1)[1]
            self._shas[(sub, base)] = sha
            names.append(base)
        return sorted(names)

    def read(self, sub, name):
        """Bytes of data/train/<sub>/<name>, or None when absent."""
        if self.fs:
            p = os.path.join(self.path, "data", SPLIT, sub, name)
            if not os.path.exists(p):
                return None
            with open(p, "rb") as f:
                return f.read()
        sha = self._shas.get((sub, name))
        if sha is None:
            return None
        if self._cat is None:
            self._cat = subprocess.Popen(["git", "-C", self.path, "cat-file", "--batch"],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._cat.stdin.write(sha.encode() + b"\n")
        self._cat.stdin.flush()
        header = self._cat.stdout.readline().decode().split()
        if len(header) < 3 or header[1] == "missing":
            return None
        size = int(header[2])
        data = self._cat.stdout.read(size)
        self._cat.stdout.read(1)
        return data

    def close(self):
        if self._cat is not None:
            self._cat.stdin.close()
            self._cat.wait()


# ---------------------------------------------------------------------------
# brat standoff

def parse_ann(data, text):
    """Attributions of one .ann file: dicts role -> list of span lists.

    Spans are lists of (start, end) character offsets into the text.  Only
    the offsets are trusted: brat's text column breaks across lines when a
    span holds a newline, so lines that are not T/E/# records are skipped.
    E lines may come before the T lines they use, hence two passes.
    """
    spans = {}
    events = []
    for line in data.decode("utf-8").split("\n"):
        m = re.match(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t", line)
        if m:
            spans[m.group(1)] = (m.group(2), [tuple(map(int, p.split()))
                                               for p in m.group(3).split(";")])
            continue
        m = re.match(r"^(E\d+)\t(.*)$", line)
        if m:
            events.append((m.group(1), [x.split(":", 1) for x in m.group(2).split()]))
    atts = []
    for eid, roles in events:
        att = {"id": eid, "source": [], "cue": [], "content": []}
        for role, tid in roles:
            if tid not in spans:
                continue
            _, sp = spans[tid]
            if role == "Source":
                att["source"].extend(sp)
            elif role == "Cue":
                att["cue"].extend(sp)
            elif role.startswith("Content"):
                att["content"].extend(sp)
        for k in ("source", "cue", "content"):
            att[k] = sorted(set((a, b) for a, b in att[k] if b > a and b <= len(text)))
        atts.append(att)
    atts.sort(key=lambda a: (min([s[0] for s in a["source"] + a["cue"] + a["content"]]
                                 or [len(text)]), a["id"]))
    return atts


def span_text(text, spans):
    return " ".join(text[a:b].strip() for a, b in spans if text[a:b].strip())


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------
# CoreNLP

class Doc:
    """Tokens, basic dependencies, entity runs and coreference of an article."""

    def __init__(self, xml_bytes, text):
        self.text = text
        # Only basic dependencies are used: drop the rest before parsing.
        xml_bytes = re.sub(rb'<dependencies type="(?!basic-dependencies")[^"]*">.*?</dependencies>',
                           b"", xml_bytes, flags=re.S)
        xml_bytes = re.sub(rb"<parse>.*?</parse>", b"", xml_bytes, flags=re.S)
        root = ET.fromstring(xml_bytes)
        doc = root.find("document")
        self.tok = []      # (word, lemma, begin, end, pos, ner)
        self.sent_of = []  # token -> sentence index
        sent_start = []
        self.gov = {}      # token -> (governor token or -1, relation)
        self.kids = collections.defaultdict(list)
        for si, s in enumerate(doc.find("sentences").findall("sentence")):
            base = len(self.tok)
            sent_start.append(base)
            for t in s.find("tokens").findall("token"):
                self.tok.append((t.findtext("word"), t.findtext("lemma"),
                                 int(t.findtext("CharacterOffsetBegin")),
                                 int(t.findtext("CharacterOffsetEnd")),
                                 t.findtext("POS"), t.findtext("NER")))
                self.sent_of.append(si)
            for deps in s.findall("dependencies"):
                if deps.get("type") != "basic-dependencies":
                    continue
                for d in deps.findall("dep"):
                    g = int(d.find("governor").get("idx"))
                    k = int(d.find("dependent").get("idx"))
                    gi = base + g - 1 if g > 0 else -1
                    self.gov[base + k - 1] = (gi, d.get("type"))
                    if gi >= 0:
                        self.kids[gi].append((base + k - 1, d.get("type")))
        self.begins = [t[2] for t in self.tok]
        # Entity runs: maximal same-NER token sequences within a sentence.
        self.run_of = {}
        self.runs = []  # (ner, first, last)
        i = 0
        n = len(self.tok)
        while i < n:
            ner = self.tok[i][5]
            if ner in ("PERSON", "ORGANIZATION", "LOCATION", "MISC"):
                j = i
                while (j + 1 < n and self.tok[j + 1][5] == ner
                       and self.sent_of[j + 1] == self.sent_of[i]):
                    j += 1
                r = len(self.runs)
                self.runs.append((ner, i, j))
                for k in range(i, j + 1):
                    self.run_of[k] = r
                i = j + 1
            else:
                i += 1
        # Coreference chains: lists of (start, end, head) token ranges.
        self.chains = []
        self.chain_of = collections.defaultdict(list)  # token -> [(chain, mention)]
        coref = doc.find("coreference")
        if coref is not None:
            for ch in coref.findall("coreference"):
                ms = []
                for m in ch.findall("mention"):
                    si = int(m.findtext("sentence")) - 1
                    b = sent_start[si]
                    ms.append((b + int(m.findtext("start")) - 1,
                               b + int(m.findtext("end")) - 1,
                               b + int(m.findtext("head")) - 1,
                               m.get("representative") == "true"))
                ci = len(self.chains)
                self.chains.append(ms)
                for mi, (s, e, h, _) in enumerate(ms):
                    for k in range(s, e):
                        self.chain_of[k].append((ci, mi))

    def tokens_in(self, spans):
        out = []
        for a, b in spans:
            i = bisect.bisect_left(self.begins, a)
            if i > 0 and self.tok[i - 1][3] > a:
                i -= 1
            while i < len(self.tok) and self.tok[i][2] < b:
                if self.tok[i][3] > a:
                    out.append(i)
                i += 1
        return sorted(set(out))

    def word(self, i):
        return self.text[self.tok[i][2]:self.tok[i][3]]

    def chain_for(self, i):
        """The chain of the mention headed by token i (or covering it)."""
        best = None
        for ci, mi in self.chain_of.get(i, []):
            s, e, h, _ = self.chains[ci][mi]
            score = (h == i, -(e - s))
            if best is None or score > best[0]:
                best = (score, ci)
        return None if best is None else best[1]


# ---------------------------------------------------------------------------
# Names

def clean_run(doc, first, last):
    """Token indices of an entity run without titles and a trailing 's."""
    idx = list(range(first, last + 1))
    while idx and (doc.word(idx[-1]).lower() in ("'s", "\u2019s", "'", "\u2019")
                   or doc.tok[idx[-1]][4] == "POS"):
        idx.pop()
    while idx and doc.word(idx[0]).lower().rstrip(",") in TITLES:
        idx.pop(0)
    return idx


def name_of(doc, idx):
    if not idx:
        return ""
    return squash(doc.text[doc.tok[idx[0]][2]:doc.tok[idx[-1]][3]])


def name_tokens(name):
    return tuple(re.sub(r"[\u2019]", "'", name).split())


def is_subsequence(short, long):
    it = iter(long)
    return all(any(x == y for y in it) for x in short)


NOT_NAME_WORDS = set("""
with and of the for to in on at by from vs vs. says said after over about as
is are was will would not no new news
""".split())


def plausible_person(name):
    t = name_tokens(name)
    if not 1 <= len(t) <= 5:
        return False
    if any(w.lower() in NOT_NAME_WORDS or re.search(r"-[a-z]", w) for w in t):
        return False
    return all(w[:1].isupper() or w.lower() in ("de", "van", "von", "bin", "al", "la", "le",
                                                  "du", "da", "di", "del", "der", "dos", "mc")
               for w in t)


FIRST_NAMES = {}
# Given names the census list gives one sex but that men and women in the
# news both carry (Lindsey Graham, Haley Morris, Kelly Ayotte, Lou Jiwei).
UNISEX = {"Lindsey", "Haley", "Kelly", "Robin", "Shannon", "Tracy", "Lou", "Marty",
          "Terry", "Chris", "Courtney", "Stacey", "Ashley", "Jan"}


def load_first_names(path=None):
    """Given name -> m / f / u, from clippings' own first_names.tsv if found."""
    if path is None:
        # clippings keeps a list of given names with their usual sex; its
        # place in the repo has moved, so look for it by name.
        root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
        for d, subdirs, files in os.walk(root):
            subdirs[:] = sorted(x for x in subdirs
                                if x not in (".git", "target", "dev-data", "node_modules", "tools"))
            for fname in ("given_names.tsv", "first_names.tsv"):
                if fname in files:
                    path = os.path.join(d, fname)
                    break
            if path:
                break
    if path is None or not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            name, sex = line.rstrip("\n").split("\t")[:2]
            FIRST_NAMES[name] = "u" if name in UNISEX else sex
    return path


PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}


def chain_pronoun_gender(doc, chain):
    c = collections.Counter()
    for s, e, h, _ in chain:
        if e - s == 1:
            g = PRONOUN_GENDER.get(doc.word(h).lower())
            if g:
                c[g] += 1
    if not c:
        return None
    (g1, n1), *rest = c.most_common()
    if rest and n1 < 2 * rest[0][1]:
        return None
    return g1


class Names:
    """Canonical names for the PERSON (or ORGANIZATION) runs of an article."""

    def __init__(self, doc, ner):
        self.doc = doc
        self.ner = ner
        self.forms = collections.Counter()  # written name -> count
        self.mentions = []  # (run index, written name)
        for r, (kind, first, last) in enumerate(doc.runs):
            if kind != ner:
                continue
            idx = clean_run(doc, first, last)
            if ner == "ORGANIZATION":
                while idx and doc.word(idx[0]).lower() in ORG_LEADING_JUNK:
                    idx.pop(0)
            name = name_of(doc, idx)
            if not name or not re.search(r"[A-Za-z]", name):
                continue
            self.forms[name] += 1
            self.mentions.append((r, name))
        self.canon = {}
        self._build()

    def _build(self):
        forms = self.forms
        multi = [f for f in forms if len(name_tokens(f)) >= 2
                 and (self.ner != "PERSON" or plausible_person(f))]
        # Multi-word forms sharing first and last word ("Donald J. Trump",
        # "Donald Trump") merge; the most frequent spelling wins.
        groups = collections.defaultdict(list)
        for f in multi:
            t = name_tokens(f)
            groups[(t[0], t[-1])].append(f)
        group_count = {}
        for key, fs in groups.items():
            fs.sort(key=lambda f: (-forms[f], -len(f), f))
            total = sum(forms[f] for f in fs)
            for f in fs:
                self.canon[f] = fs[0]
            group_count[fs[0]] = total
        heads = list(group_count)
        for f in forms:
            if f in self.canon:
                continue
            t = name_tokens(f)
            if self.ner == "PERSON":
                cands = [h for h in heads if len(t) == 1 and
                         (name_tokens(h)[0] == t[0] or name_tokens(h)[-1] == t[0])]
            elif len(t) == 1 and t[0].lower() in GENERIC_ORG_WORDS:
                cands = []  # "PAC" is not "America Rising PAC"
            else:
                cands = [h for h in heads if is_subsequence(t, name_tokens(h))]
            if cands:
                cands.sort(key=lambda h: (-group_count[h], -len(h), h))
                self.canon[f] = cands[0]
        # Single words with no fuller form: try the coreference chains.
        for r, f in self.mentions:
            if f in self.canon:
                continue
            _, first, last = self.doc.runs[r]
            ci = self.doc.chain_for(last)
            if ci is None:
                continue
            for s, e, h, _ in self.doc.chains[ci]:
                r2 = self.doc.run_of.get(h)
                if r2 is None or self.doc.runs[r2][0] != self.ner:
                    continue
                g = self.full(r2)
                if g and len(name_tokens(g)) >= 2 and is_subsequence(name_tokens(f), name_tokens(g)):
                    self.canon[f] = g
                    break

        # Still single: the text may write the full name where CoreNLP missed
        # it ("George Will" untagged, "Will" tagged): a known given name
        # (optionally with an initial) right before the word.
        if self.ner == "PERSON":
            for f in list(self.forms):
                if f in self.canon or len(name_tokens(f)) != 1:
                    continue
                g = self.text_full_name(f)
                if g:
                    self.canon[f] = g

    def text_full_name(self, word):
        pat = re.compile(r"\b([A-Z][a-z]+)((?: [A-Z]\.)*) " + re.escape(word) + r"\b")
        found = collections.Counter()
        for m in pat.finditer(self.doc.text):
            if FIRST_NAMES.get(m.group(1)) in ("m", "f", "u"):
                found[m.group(0)] += 1
        if not found:
            return None
        return max(found.items(), key=lambda kv: (kv[1], len(kv[0])))[0]

    def written(self, r):
        _, first, last = self.doc.runs[r]
        idx = clean_run(self.doc, first, last)
        if self.ner == "ORGANIZATION":
            while idx and self.doc.word(idx[0]).lower() in ORG_LEADING_JUNK:
                idx.pop(0)
        return name_of(self.doc, idx)

    def full(self, r):
        """Canonical name of entity run r (the written form if unknown)."""
        w = self.written(r)
        if not w:
            return None
        return self.canon.get(w, w)

    def listing(self):
        """Every canonical name; single words with no fuller form left out
        for people (they cannot be told apart from a surname)."""
        out = []
        seen = set()
        for _, f in self.mentions:
            c = self.canon.get(f)
            if c is None:
                if self.ner == "PERSON" and len(name_tokens(f)) < 2:
                    continue
                c = f
            if self.ner == "PERSON" and not plausible_person(c):
                continue
            key = c.lower()
            if key not in seen:
                seen.add(key)
                out.append(c)
        return out


def org_display(name):
    if name in ("New York Times", "Washington Post", "Wall Street Journal"):
        return "The " + name
    return name


# ---------------------------------------------------------------------------
# Speaker resolution

class Resolver:
    def __init__(self, doc, people, orgs):
        self.doc = doc
        self.people = people
        self.orgs = orgs
        self.history = []  # (source offset, person) of attributions so far
        self.last_alternative = None
        # Words of known people's full names, for names CoreNLP did not tag.
        self.by_word = collections.defaultdict(collections.Counter)
        for _, f in people.mentions:
            c = people.canon.get(f, f)
            t = name_tokens(c)
            if len(t) >= 2 and plausible_person(c):
                for w in (t[0], t[-1]):
                    self.by_word[w][c] += people.forms[f]
        # Gender of each person: from the given name when the list knows it,
        # else from strong pronoun evidence in the chains naming them.
        votes = collections.defaultdict(collections.Counter)
        for ch in doc.chains:
            pron = collections.Counter()
            named = set()
            for s, e, hd, _ in ch:
                ent = self.entity(hd)
                if ent and ent[0] == "person":
                    named.add(ent[1])
                if e - s == 1 and PRONOUN_GENDER.get(doc.word(hd).lower()):
                    pron[PRONOUN_GENDER[doc.word(hd).lower()]] += 1
            if len(named) != 1:
                continue
            for p in named:
                votes[p].update(pron)
        self.gender = {}
        for _, f in people.mentions:
            p = people.canon.get(f, f)
            if p in self.gender:
                continue
            t = name_tokens(p)
            by_name = FIRST_NAMES.get(t[0]) if len(t) >= 2 else None
            by_name = by_name if by_name in ("m", "f") else None
            by_chain = None
            if p in votes and votes[p]:
                (g1, n1), *rest = votes[p].most_common()
                second = rest[0][1] if rest else 0
                if n1 >= 2 and n1 >= 3 * second:
                    by_chain = g1
            # The given name wins: dcoref often merges the Clintons' chains.
            g = by_name or by_chain
            if g:
                self.gender[p] = g

    def entity(self, i):
        """(type, name) for a token inside a PERSON / ORGANIZATION run."""
        r = self.doc.run_of.get(i)
        if r is None:
            return None
        kind = self.doc.runs[r][0]
        if kind == "PERSON":
            n = self.people.full(r)
            if n:
                return ("person", n)
        if kind == "ORGANIZATION":
            n = self.orgs.full(r)
            # "Trump blasted Disney": a surname of a person in the article
            # that CoreNLP took for an organisation.
            t = name_tokens(self.orgs.written(r) or "")
            if len(t) == 1 and getattr(self, "by_word", None) and self.by_word.get(t[0]):
                c = self.by_word[t[0]]
                full = c.most_common(1)[0][0]
                if name_tokens(full)[-1] == t[0]:
                    return ("person", full)
            if n:
                return ("organisation", org_display(n))
        return None

    def from_chain(self, i, allow_person=True):
        """A named mention in token i's coreference chain."""
        ci = self.doc.chain_for(i)
        if ci is None:
            return None
        votes = collections.Counter()
        rep = None
        for s, e, h, is_rep in self.doc.chains[ci]:
            ent = self.entity(h)
            if ent is None:
                # "Mr. Trump" may leave the head untagged; look at the mention.
                for k in range(s, e):
                    ent = self.entity(k)
                    if ent:
                        break
            if ent is None:
                continue
            if ent[0] == "person" and not allow_person:
                continue
            votes[ent] += 1
            if is_rep:
                rep = ent
        if not votes:
            return None
        if rep is not None and votes[rep] == max(votes.values()):
            return rep
        return max(votes.items(), key=lambda kv: (kv[1], kv[0][0] == "person", len(kv[0][1])))[0]

    def untagged_name(self, run):
        """Capitalised words CoreNLP did not tag, matched to a known person."""
        words = [w for k in run for w in name_tokens(self.doc.word(k))]
        if not words:
            return None
        c = self.by_word.get(words[-1])
        if c:
            return ("person", c.most_common(1)[0][0])
        return None

    def resolve(self, spans):
        """(speaker, speaker_type, via) for a source span."""
        doc = self.doc
        toks = doc.tokens_in(spans)
        if not toks:
            return None, None, "no-tokens"
        inside = set(toks)
        heads = [t for t in toks if doc.gov.get(t, (-1, ""))[0] not in inside]

        def rank(t):
            # The first nominal head; "Presumptive GOP nominee Donald Trump's"
            # may leave the adjective a head of its own.
            pos = doc.tok[t][4]
            if doc.tok[t][5] in TEMPORAL_NER:
                return 3
            if pos[:2] in ("NN", "PR", "WP", "WD") or t in doc.run_of:
                return 1
            if pos[:2] in ("CD", "DT", "JJ"):
                return 2
            return 3
        h = min(heads or toks, key=lambda t: (rank(t), t))
        if rank(h) > 1:
            # A misparse left a verb as the head ("A poll from Marquette Law
            # School released Wednesday"): take its subject instead.
            for v in heads:
                if doc.tok[v][4].startswith("VB"):
                    subj = [k for k, rel in doc.kids.get(v, [])
                            if rel.startswith("nsubj") and k in inside and rank(k) == 1]
                    if subj:
                        h = subj[0]
                        break
        # Compound sources ("Trump and Clinton") have no single speaker.
        named_head = (h in doc.run_of and doc.runs[doc.run_of[h]][0] in ("PERSON", "ORGANIZATION")) \
            or doc.tok[h][4] == "PRP"
        has_cc = any(rel == "cc" and k in inside for k, rel in doc.kids.get(h, []))
        def second_party(k):
            # "Trump and his supporters", "Clinton and Sanders"; but not "Jim
            # Clyburn, a congressman and civil rights leader" (an apposition
            # parsed as a conjunct: a comma, then no name).
            if doc.tok[k][4][:2] not in ("NN", "PR") or doc.run_of.get(k, -1) == doc.run_of.get(h, -2):
                return False
            named = k in doc.run_of or doc.tok[k][4] in ("PRP", "NNP", "NNPS")
            comma = any(doc.word(j) == "," for j in range(h + 1, k))
            return named or not comma
        if named_head and has_cc and any(rel.startswith("conj") and k in inside and second_party(k)
                                         for k, rel in doc.kids.get(h, [])):
            return None, None, "compound"
        speaker, stype, via = self.resolve_head(h, inside)
        if stype == "person" and self.two_people(toks):
            return None, None, "compound"
        return speaker, stype, via

    def two_people(self, toks):
        """Two different people joined by and / or / nor in the span
        ("White House hopefuls Hillary Clinton and Donald Trump")."""
        doc = self.doc
        runs = []
        for k in toks:
            r = doc.run_of.get(k)
            if r is not None and doc.runs[r][0] == "PERSON" and (not runs or runs[-1][0] != r):
                last = doc.runs[r][2]
                if doc.gov.get(last, (-1, ""))[1] in ("compound", "nmod:poss", "amod"):
                    continue  # "a Sanders supporter", "Trump's aide"
                e = self.entity(k)
                if e and e[0] == "person":
                    runs.append((r, e[1]))
        for (r1, n1), (r2, n2) in zip(runs, runs[1:]):
            if n1 == n2:
                continue
            between = range(doc.runs[r1][2] + 1, doc.runs[r2][1])
            tags = [doc.tok[k][4] for k in between]
            if "CC" in tags and not any(t in ("IN", "TO", "WP", "WDT") or t.startswith("VB")
                                        for t in tags):
                return True
        return False

    LINKS = ("appos", "compound", "dep", "name", "flat", "amod", "conj", "punct", "det", "nn")

    def linked_person(self, h, inside):
        doc = self.doc
        pool = inside or set(range(h, min(len(doc.tok), h + 12)))
        # A name right after the head: "Presumptive GOP nominee Donald Trump's".
        k = h + 1
        while k in pool and doc.word(k).lower().rstrip(".") in TITLES and k not in doc.run_of:
            k += 1
        if inside and k in pool:
            e = self.entity(k)
            if e and e[0] == "person" and doc.sent_of[k] == doc.sent_of[h]:
                return e
        for k in sorted(pool):
            if k <= h:
                continue  # "the Obama administration", "Sanders allies"
            e = self.entity(k)
            if not e or e[0] != "person":
                continue
            # Walk up from k to h through allowed relations only.
            cur, ok, steps = k, True, 0
            while cur != h and steps < 8:
                g, rel = doc.gov.get(cur, (-1, ""))
                same_run = doc.run_of.get(cur) is not None and doc.run_of.get(cur) == doc.run_of.get(g)
                if g < 0 or not (same_run or rel.split(":")[0] in self.LINKS):
                    ok = False
                    break
                cur, steps = g, steps + 1
            if ok and cur == h:
                return e
        return None

    def final_apposition(self, h, inside):
        """"the most influential leader of Iowa's evangelicals, Bob Vander
        Plaats": a person closing the span after a comma names the head."""
        doc = self.doc
        toks = [k for k in sorted(inside) if re.search(r"\w", doc.word(k))
                and doc.tok[k][4] != "POS"]
        if not toks or toks[-1] <= h:
            return None
        r = doc.run_of.get(toks[-1])
        if r is None or doc.runs[r][0] != "PERSON":
            return None
        first = doc.runs[r][1]
        while first > 0 and first - 1 in inside and doc.word(first - 1).lower().rstrip(".") in TITLES:
            first -= 1
        if first - 1 in inside and doc.word(first - 1) == "," and first > h:
            return self.entity(toks[-1])
        return None

    def proper_run(self, h, inside):
        """The run of capitalised proper-noun tokens around h (within the span)."""
        doc = self.doc
        ok = lambda k: (k in inside or not inside) and doc.tok[k][4].startswith("NNP") \
            and doc.sent_of[k] == doc.sent_of[h]
        a = h
        while a - 1 >= 0 and ok(a - 1):
            a -= 1
        b = h
        while b + 1 < len(doc.tok) and ok(b + 1):
            b += 1
        return list(range(a, b + 1))

    def chain_gender(self, i):
        ci = self.doc.chain_for(i)
        if ci is None:
            return None
        return chain_pronoun_gender(self.doc, self.doc.chains[ci])

    def resolve_head(self, h, inside, depth=0):
        doc = self.doc
        word, lemma, _, _, pos, ner = doc.tok[h]
        low = word.lower()
        lem = lemma.lower()
        if pos == "WRB":  # "where", "when": a place or a time, not a speaker
            return None, None, "relative-unresolved"
        # Relative pronoun: "..., who said" -> the noun the clause hangs on.
        if pos in ("WP", "WDT", "WP$") or (low == "that" and pos in ("IN", "WDT")):
            g, rel = doc.gov.get(h, (-1, ""))
            if g >= 0:
                g2, rel2 = doc.gov.get(g, (-1, ""))
                if rel2.startswith("acl") and g2 >= 0 and depth < 2:
                    sp, st, via = self.resolve_head(g2, set(), depth + 1)
                    if low in ("who", "whom") and st not in ("person", "unnamed"):
                        # "Alan Berger, a gynecologist from Englewood, New
                        # Jersey, who said": the clause went to the place.
                        for k in range(h - 1, max(-1, h - 30), -1):
                            if doc.sent_of[k] != doc.sent_of[h]:
                                break
                            e = self.entity(k)
                            if e and e[0] == "person":
                                return e[1], e[0], "relative>nearest-person"
                    return sp, st, "relative>" + via
            ent = self.from_chain(h)
            if ent:
                return ent[1], ent[0], "relative>coref"
            return None, None, "relative-unresolved"
        ent = self.entity(h)
        if ent:
            return ent[1], ent[0], "ner"
        if pos in ("PRP", "PRP$") or low in PRONOUNS:
            ent = self.from_chain(h)
            gender = PRONOUN_GENDER.get(low)
            if ent and ent[0] == "person" and gender and \
                    self.gender.get(ent[1]) not in (None, gender):
                ent = None  # coreference contradicts the pronoun's gender
            prev = self.previous_speaker(h, gender) if gender else None
            self.last_alternative = prev
            if ent:
                return ent[1], ent[0], "pronoun>coref"
            if prev:
                return prev, "person", "pronoun>previous-speaker"
            return None, None, "pronoun-unresolved"
        if lem in ARTIFACT_NOUNS or low in ARTIFACT_NOUNS:
            # The creator named in the span: "Clinton's statement",
            # "a poll by Latino Decisions".
            data = lem in DATA_NOUNS or low in DATA_NOUNS
            tag = "data" if data else "artifact"
            for k in sorted(inside):
                e2 = self.entity(k)
                if e2:
                    return e2[1], e2[0], tag + "-creator"
            for k, rel in doc.kids.get(h, []):
                if rel == "nmod:poss" and doc.tok[k][4] in ("PRP$",):
                    e2 = self.from_chain(k)
                    if e2:
                        return e2[1], e2[0], tag + "-creator>coref"
            return None, None, tag
        if lem in GROUP_NOUNS or low in GROUP_NOUNS:
            ent = self.from_chain(h, allow_person=False)
            if ent:
                return ent[1], ent[0], "group>coref"
            return None, "unnamed", "group"
        # "Clinton's spokesman, Brian Fallon,", "Former Secretary of State and
        # Democratic presidential frontrunner Hillary Clinton", "Texas Sen. Ted
        # Cruz": a person joined to the head by apposition or compounding, not
        # through a preposition or a possessive ("a spokesman for Hillary
        # Clinton", "Mr. Trump's campaign chairman" stay unnamed).
        if pos not in ("PRP", "PRP$") and low not in PRONOUNS:
            e = self.linked_person(h, inside) or self.final_apposition(h, inside)
            if e:
                return e[1], e[0], "apposition"
        if pos.startswith("NNP") and ner != "MISC":
            run = self.proper_run(h, inside)
            titled = False
            while run and (doc.word(run[0]).lower() in TITLES or
                           doc.word(run[0]).lower().rstrip(".") in TITLES):
                run.pop(0)
                titled = True
            name = name_of(doc, run)
            if ner == "O" and name:
                # A person CoreNLP did not tag: known elsewhere in the article,
                # after a title ("Mr. Hurt"), or "he"/"she" in its chain.
                ent = self.untagged_name(run)
                if ent:
                    return ent[1], ent[0], "name-match"
                if titled or self.chain_gender(h) or FIRST_NAMES.get(name_tokens(name)[0]) \
                        and len(name_tokens(name)) >= 2:
                    if len(name_tokens(name)) == 1:
                        name = self.people.canon.get(name) or self.people.text_full_name(name) or name
                    return name, "person", "untagged-person"
            if ner == "O":
                ent = self.from_chain(h)
                if ent and any(w in name_tokens(ent[1]) for w in name_tokens(name)):
                    return ent[1], ent[0], "proper>coref"
            # A proper noun phrase that names no person ("the White House",
            # "China", "Politico"): an organisation, named as written.
            if name and ner in ("O", "LOCATION", "ORGANIZATION"):
                while run and doc.word(run[0]).lower() == "the":
                    run.pop(0)
                return org_display(name_of(doc, run)), "organisation", "proper-noun"
        if pos in ("NN",) and depth == 0:
            # A singular description: follow coreference only when it is
            # definite ("the candidate", "his wife"), not "a spokesman".
            dets = [doc.word(k).lower() for k, rel in doc.kids.get(h, [])
                    if rel in ("det", "nmod:poss")]
            if dets and dets[0] not in ("a", "an", "one", "another", "some", "any", "every", "each", "no"):
                ent = self.from_chain(h)
                if ent and ent[0] == "person":
                    return ent[1], ent[0], "description>coref"
        return None, "unnamed", "description"

    def previous_speaker(self, h, gender):
        """The person speaking in the attributions just before token h."""
        start = self.doc.tok[h][2]
        for pos, person in reversed(self.history):
            if pos >= start:
                continue
            if start - pos > 1500:
                break
            if self.gender.get(person) in (None, gender):
                return person
        return None


# ---------------------------------------------------------------------------
# Quotation marks

def quote_segments(text, a, b):
    """Quoted stretches in text[a:b]: list of (inner_start, inner_end).

    Double marks (“ ” " and NYT's '') open and close quotations; a paragraph
    that opens with a mark while a quotation is open continues it (the mark
    is dropped).  ‘ ’ count only outside double marks and only as a pair
    at word boundaries (headlines use them for quotations).
    """
    marks = []
    i = a
    while i < b:
        c = text[i]
        if text.startswith("''", i) and i + 1 < b:
            marks.append((i, 2, "d?"))
            i += 2
            continue
        if c == DOUBLE_OPEN:
            marks.append((i, 1, "do"))
        elif c == DOUBLE_CLOSE:
            marks.append((i, 1, "dc"))
        elif c == '"' or c == "``"[0] and text.startswith("``", i):
            marks.append((i, 2 if text.startswith("``", i) else 1, "d?"))
            if text.startswith("``", i):
                i += 2
                continue
        elif c == SINGLE_OPEN:
            marks.append((i, 1, "so"))
        elif c == SINGLE_CLOSE or c == "'":
            marks.append((i, 1, "sc"))
        i += 1
    segs = []
    open_at = None
    single_at = None

    def before(pos):
        return text[pos - 1] if pos > a else " "

    def after(pos):
        return text[pos] if pos < b else " "

    for pos, ln, kind in marks:
        if kind in ("do", "dc", "d?"):
            if kind == "d?":
                if open_at is None:
                    kind = "do"
                    if not after(pos + ln).strip() and before(pos).strip():
                        kind = "dc"
                else:
                    kind = "dc"
                    if before(pos) == "\n" or (text[a:pos].rstrip(" \t").endswith("\n")
                                               and not before(pos).strip()):
                        kind = "do"
            if kind == "do":
                if open_at is None:
                    open_at = pos + ln
                    single_at = None
                # else: a new paragraph continuing the open quotation
            else:
                if open_at is not None:
                    segs.append((open_at, pos))
                    open_at = None
                elif not segs:
                    segs.append((a, pos))  # the opening mark lies outside
        elif open_at is None:
            if kind == "so":
                if not before(pos).strip() or before(pos) in "(\u2014\u2013-[":
                    if after(pos + 1).strip():
                        single_at = pos + 1
            elif kind == "sc" and single_at is not None:
                nxt = after(pos + 1)
                if (not nxt.strip() or nxt in ".,;:!?)\u2014\u2013-") and before(pos).strip():
                    segs.append((single_at, pos))
                    single_at = None
    if open_at is not None and b > open_at:
        segs.append((open_at, b))
    # Multi-paragraph quotations: drop the continuation marks inside.
    return segs


def clean_inner(text, s, e):
    inner = text[s:e]
    inner = re.sub(r"\n\s*(?:\u201c|''|\"|``)", "\n", inner)
    return squash(inner)


def classify_content(text, spans):
    """(kind, entries): entries are (kind, text, spans) to emit."""
    segs = []
    outside = []
    for a, b in spans:
        ss = quote_segments(text, a, b)
        segs.extend(ss)
        pos = a
        for s, e in ss:
            outside.append(text[pos:s])
            pos = e
        outside.append(text[pos:b])
    rest = "".join(outside)
    rest_words = re.sub(r"[^\w]", "", rest)
    whole = squash(span_text(text, spans))
    if not segs or not any(clean_inner(text, s, e) for s, e in segs):
        return "indirect", [("indirect", whole, spans)]
    if not rest_words:
        # Each quoted stretch is a quotation of its own, as clippings (and
        # the seeds' hand annotation) count them: "A," she said. "B." is two.
        return "direct", [("direct", clean_inner(text, s, e), [(s, e)]) for s, e in segs]
    entries = [("indirect", whole, spans)]
    for s, e in segs:
        t = clean_inner(text, s, e)
        if len(t.split()) >= 2:
            entries.append(("partial", t, [(s, e)]))
    return "mixed", entries


# ---------------------------------------------------------------------------
# Cues

AUX = {"be", "have", "do", "will", "would", "shall", "should", "can", "could",
       "may", "might", "must", "get", "go"}


def cue_lemma(doc, text, spans):
    written = squash(span_text(text, spans)).lower()
    if not spans:
        return None
    if re.search(r"\baccording\b", written):
        return "according to"
    if doc is None:
        w = re.findall(r"[a-z]+", written)
        return w[0] if w else written
    toks = doc.tokens_in(spans)
    # The first word whose lemma is classified decides ("made clear" -> clear,
    # "said in a statement" -> say, "declined to comment" -> decline).
    classified = [doc.tok[t][1].lower() for t in toks
                  if doc.tok[t][4][:2] in ("VB", "NN", "JJ", "RB")
                  and doc.tok[t][1].lower() not in AUX
                  and (doc.tok[t][1].lower() in SPEECH_LEMMAS
                       or doc.tok[t][1].lower() in NONSPEECH_LEMMAS)]
    for lem in classified:
        if lem not in YIELDING:
            return lem
    if classified:
        return classified[0]
    verbs = [t for t in toks if doc.tok[t][4].startswith("VB")]
    content_verbs = [t for t in verbs if doc.tok[t][1].lower() not in AUX]
    if content_verbs:
        return doc.tok[content_verbs[0]][1].lower()
    nouns = [t for t in toks if doc.tok[t][4].startswith("NN")]
    if nouns:
        return doc.tok[nouns[0]][1].lower()
    adjs = [t for t in toks if doc.tok[t][4].startswith("JJ")]
    if adjs:
        return doc.tok[adjs[0]][1].lower()
    if verbs:
        return doc.tok[verbs[0]][1].lower()
    if written.strip() in (":", "-", "\u2014", "\u2013"):
        return ":"
    w = [doc.tok[t][1].lower() for t in toks if re.search(r"\w", doc.tok[t][0])]
    if w:
        return " ".join(w)
    return written.strip() or None


def is_speech_lemma(lemma):
    if lemma is None:
        return None
    if lemma in SPEECH_LEMMAS:
        return True
    if lemma in NONSPEECH_LEMMAS:
        return False
    return None  # unknown


# ---------------------------------------------------------------------------

def pick_annotations(names):
    """article -> the .ann file used: the first by file name (lowest annotator id)."""
    chosen = {}
    extra = collections.Counter()
    for n in sorted(names):
        m = re.match(r"^(.*)_([0-9a-f]+)\.ann$", n)
        if not m:
            continue
        art = m.group(1)
        if art in chosen:
            extra[art] += 1
        else:
            chosen[art] = n
    return chosen, extra


def article_date(name):
    m = re.match(r"^[a-z-]+_(\d{4}-\d{2}-\d{2})_", name)
    return m.group(1) if m else None


def article_outlet(name):
    return OUTLETS.get(name.split("_", 1)[0])


ABOUT = (
    "Converted by tools/polnear/convert.py from the train split of PolNeAR "
    "(Newell, Margolin & Ruths, LREC 2018; github.com/networkdynamics/PolNeAR): "
    "hand-annotated attributions in seven US outlets' 2015-16 election coverage. "
    "An attribution is a statement, belief, intention, perception etc. ascribed "
    "to a source (PolNeAR's guidelines); one annotator per article (the first "
    ".ann file by name where several annotated it). quotes[] holds entries per "
    "attribution: kind direct when the content is wholly inside quotation marks "
    "(one entry per quoted stretch, text = inside the marks: a quotation "
    "interrupted by its cue is two, as clippings counts them); indirect when "
    "it has no quotation marks; for mixed content one "
    "indirect entry (the whole content as written, marks kept) plus one partial "
    "entry per quoted fragment of 2+ words, same speaker. Whitespace in texts is collapsed to single "
    "spaces. speech is true when the cue is a word of saying (cue_lemma in the "
    "script's SPEECH list, not about a poll or survey) or the content is quoted; "
    "gold.json keeps only speech, gold-all.json everything. speaker_as_written "
    "and cue are PolNeAR's hand-marked spans; spans / source_spans are character "
    "offsets into articles/<file>. speaker, speaker_type and speaker_via are "
    "SILVER, worked out from the source span with the CoreNLP output shipped with "
    "PolNeAR (NER, basic dependencies, dcoref chains), not by hand: speaker_type "
    "person / organisation / unnamed (a nameless human or group description: "
    "'officials', 'a spokesman for the Clinton campaign', 'the Clinton campaign') "
    "/ null (unresolved, a compound source, or an artifact such as 'the poll'). "
    "people and organisations are SILVER too: CoreNLP's PERSON / ORGANIZATION "
    "entities canonicalised to the article's fullest form; one-word person names "
    "that nothing extends are left out. outlet_of_file and published_of_file come from PolNeAR's "
    "file names (the texts carry no byline, date or publisher line); title is the "
    "text's first line.")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("polnear", help="PolNeAR checkout or git directory")
    ap.add_argument("--out", default=None,
                    help="output folder (default: dev-data/polnear at the repo root)")
    ap.add_argument("--sample", type=int, default=30, help="sample size to print")
    ap.add_argument("--seed", type=int, default=20161108)
    ap.add_argument("--first-names", default=None,
                    help="clippings' first_names.tsv (default: found in the repo)")
    args = ap.parse_args()
    out = args.out or os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                   "..", "..", "dev-data", "polnear")
    out = os.path.normpath(out)
    src = PolNeAR(args.polnear)
    names_file = load_first_names(args.first_names)

    texts = src.list("text")
    anns = src.list("attributions")
    corenlps = set(src.list("corenlp"))
    chosen, extra = pick_annotations(anns)

    art_dir = os.path.join(out, SPLIT, "articles")
    os.makedirs(art_dir, exist_ok=True)

    gold_all = []
    gold_speech = []
    S = collections.Counter()
    by_kind = collections.Counter()
    by_type = collections.Counter()
    by_via = collections.Counter()
    lemma_count = collections.Counter()
    lemma_speech = collections.Counter()
    cue_written = collections.Counter()
    src_words = collections.Counter()
    skipped = []
    samples = []

    for tname in texts:
        if not tname.endswith(".txt"):
            continue
        art = tname[:-4]
        if art not in chosen:
            skipped.append((art, "no attribution file"))
            continue
        raw = src.read("text", tname)
        xml = src.read("corenlp", tname + ".xml") if (tname + ".xml") in corenlps else None
        if xml is None:
            skipped.append((art, "CoreNLP file absent"))
            continue
        text = raw.decode("utf-8")
        with open(os.path.join(art_dir, tname), "wb") as f:
            f.write(raw)
        doc = Doc(xml, text)
        people = Names(doc, "PERSON")
        orgs = Names(doc, "ORGANIZATION")
        res = Resolver(doc, people, orgs)
        atts = parse_ann(src.read("attributions", chosen[art]), text)
        S["articles"] += 1
        if art in extra:
            S["articles with several annotators"] += 1
        title = text.split("\n", 1)[0].strip()
        q_all = []
        q_speech = []
        for att in atts:
            if not att["content"]:
                S["attributions without content (dropped)"] += 1
                continue
            S["attributions"] += 1
            if len(att["content"]) > 1:
                S["discontinuous content"] += 1
            if len(att["source"]) > 1:
                S["discontinuous source"] += 1
            if att["source"]:
                as_written = squash(span_text(text, att["source"]))
                res.last_alternative = None
                speaker, stype, via = res.resolve(att["source"])
                alternative = res.last_alternative
                src_words[as_written.lower()] += 1
            else:
                as_written, speaker, stype, via = None, None, None, "no-source"
                alternative = None
            cue = squash(span_text(text, att["cue"])) if att["cue"] else None
            lemma = cue_lemma(doc, text, att["cue"])
            kind, entries = classify_content(text, att["content"])
            quoted = kind == "direct" or any(k == "partial" for k, _, _ in entries)
            lemma_is_speech = is_speech_lemma(lemma)
            if via.startswith("data") and lemma_is_speech:
                lemma_is_speech = False  # "the poll suggests", "according to a survey"
            speech = bool(lemma_is_speech) or quoted
            if stype == "person" and att["source"]:
                res.history.append((att["source"][0][0], speaker))
            lemma_count[lemma] += 1
            if speech:
                lemma_speech[lemma] += 1
            cue_written[(cue or "").lower()] += 1
            S["speech" if speech else "not speech"] += 1
            if lemma_is_speech is None and not quoted:
                S["not speech because the cue lemma is unlisted"] += 1
            by_kind[kind] += 1
            by_type[stype or "null"] += 1
            by_via[via] += 1
            for k, t, spans in entries:
                if not t:
                    continue
                q = {"text": t, "speaker": speaker, "speaker_type": stype,
                     "speaker_as_written": as_written, "cue": cue, "kind": k,
                     "speech": speech, "speaker_via": via, "cue_lemma": lemma,
                     "spans": [list(s) for s in spans],
                     "source_spans": [list(s) for s in att["source"]],
                     "attribution": att["id"]}
                if alternative and via == "pronoun>coref":
                    q["previous_speaker"] = alternative
                q_all.append(q)
                if speech:
                    q_speech.append(q)
            samples.append((tname, att["id"], as_written, speaker, stype, via, cue, kind,
                            entries[0][1]))
        art_people = people.listing()
        art_orgs = [org_display(o) for o in orgs.listing()]
        # The texts carry no outlet or date: kept under names the scorer
        # does not read, so that only what the text holds is scored.
        base = {"file": tname, "title": title, "outlet_of_file": article_outlet(art),
                "published_of_file": article_date(art),
                "annotation": chosen[art],
                "people": art_people, "organisations": art_orgs}
        gold_all.append(dict(base, quotes=q_all))
        gold_speech.append(dict(base, quotes=q_speech))
        S["entries (gold-all)"] += len(q_all)
        S["entries (gold)"] += len(q_speech)
        S["people"] += len(art_people)
        S["organisations"] += len(art_orgs)
    src.close()

    meta = {"polnear_commit": src.commit, "split": SPLIT,
            "skipped": [f"{a}: {why}" for a, why in skipped]}
    for fname, arts in (("gold-all.json", gold_all), ("gold.json", gold_speech)):
        about = ABOUT + (" This file: every attribution." if fname == "gold-all.json"
                         else " This file: speech attributions only.")
        with open(os.path.join(out, SPLIT, fname), "w", encoding="utf-8") as f:
            json.dump({"about": about, "source": meta, "articles": arts}, f,
                      ensure_ascii=False, indent=1)
            f.write("\n")

    # ---- statistics -------------------------------------------------------
    lines = []
    P = lines.append
    n = S["attributions"] or 1
    P(f"PolNeAR {SPLIT} split -> clippings gold ({out})")
    P(f"PolNeAR commit: {src.commit}")
    P(f"given-name genders: {names_file}")
    P("")
    P(f"articles converted        {S['articles']}")
    P(f"  with several annotators {S['articles with several annotators']} (first .ann by name used)")
    for a, why in skipped:
        P(f"  skipped: {a}: {why}")
    P(f"attributions              {S['attributions']}")
    P(f"  without content, dropped {S['attributions without content (dropped)']}")
    P(f"  discontinuous content   {S['discontinuous content']} ({100*S['discontinuous content']/n:.1f}%)")
    P(f"  discontinuous source    {S['discontinuous source']}")
    P(f"entries in gold-all.json  {S['entries (gold-all)']}")
    P(f"entries in gold.json      {S['entries (gold)']}")
    P(f"people (silver)           {S['people']}  ({S['people']/max(1,S['articles']):.1f} per article)")
    P(f"organisations (silver)    {S['organisations']}")
    P("")
    P("content kind (per attribution):")
    for k, c in by_kind.most_common():
        P(f"  {k:10} {c:6}  {100*c/n:5.1f}%")
    P("speech:")
    P(f"  speech     {S['speech']:6}  {100*S['speech']/n:5.1f}%")
    P(f"  not speech {S['not speech']:6}  {100*S['not speech']/n:5.1f}%"
      f"  (of which cue lemma unlisted: {S['not speech because the cue lemma is unlisted']})")
    P("speaker_type (per attribution):")
    for k, c in by_type.most_common():
        P(f"  {k:13} {c:6}  {100*c/n:5.1f}%")
    P("how the speaker was found (speaker_via):")
    for k, c in by_via.most_common():
        P(f"  {k:28} {c:6}  {100*c/n:5.1f}%")
    unresolved = sum(c for k, c in by_via.items()
                     if k.endswith("unresolved") or k in ("no-tokens", "compound", "artifact"))
    P(f"resolution failures (null speaker with a source span, not 'unnamed'): "
      f"{unresolved} ({100*unresolved/n:.1f}%)")
    pron = sum(c for w, c in src_words.items() if w in PRONOUNS)
    rel = sum(c for w, c in src_words.items() if w in ("who", "which", "that"))
    P(f"pronoun sources {pron} ({100*pron/n:.1f}%), relative-pronoun sources {rel} ({100*rel/n:.1f}%)")
    P("")
    P("top 40 cues as written:")
    P("  " + ", ".join(f"{c} {k!r}" for k, c in cue_written.most_common(40)))
    P("")
    top = lemma_count.most_common(150)
    P("cue lemmas, top 150 by frequency, as classified (count, of which counted as speech):")
    for label, test in (("SPEECH (listed)", lambda l: is_speech_lemma(l) is True),
                        ("NOT SPEECH (listed)", lambda l: is_speech_lemma(l) is False),
                        ("UNLISTED (not speech unless quoted)", lambda l: is_speech_lemma(l) is None)):
        row = [f"{l} {c}/{lemma_speech[l]}" for l, c in top if test(l)]
        P(f"  {label}: {len(row)} lemmas, {sum(c for l, c in top if test(l))} attributions")
        P("    " + ", ".join(row))
    stats = "\n".join(lines) + "\n"
    with open(os.path.join(out, SPLIT, "stats.txt"), "w", encoding="utf-8") as f:
        f.write(stats)
    print(stats)

    rng = random.Random(args.seed)
    pick = rng.sample(samples, min(args.sample, len(samples)))
    sl = [f"{args.sample} random attributions (seed {args.seed}): source as written -> speaker"]
    for tname, aid, aw, sp, st, via, cue, kind, t in pick:
        sl.append(f"- {tname} {aid}: [{aw}] -> {sp!r} ({st}, {via}); cue [{cue}]; {kind}: "
                  f"{t[:90]}")
    sample = "\n".join(sl) + "\n"
    with open(os.path.join(out, SPLIT, "sample.txt"), "w", encoding="utf-8") as f:
        f.write(sample)
    print(sample)


if __name__ == "__main__":
    main()

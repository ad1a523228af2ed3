"""Helpers shared by the lexicon builders: reading fetched git snapshots,
the lexicon's own lists, the SCOWL word lists, and name normalisation."""

import os
import random
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
LEXICON = os.path.join(REPO, "crates", "extract", "data", "lexicon")

# SCOWL word lists as Debian ships them (packages wamerican-small,
# wbritish-small, wamerican, wamerican-large). SCOWL's copyright is
# permissive (MIT-like); the lists are only read here, never copied.
SCOWL_SMALL = ["/usr/share/dict/american-english-small",
               "/usr/share/dict/british-english-small"]
SCOWL_MEDIUM = ["/usr/share/dict/american-english"]
SCOWL_LARGE = ["/usr/share/dict/american-english-large"]

# US Census 1990 surnames with their frequency, in muffinista/namey's history.
CENSUS_SURNAMES = "d42c86c1b35ed852521f99bb9b4f75b2aea2b858^:data/dist.all.last"


def git_show(repo, path):
    """The bytes of `path` at HEAD (or at `rev:path` when path has a colon)
    of the git directory or work tree `repo`."""
    spec = path if ":" in path else "HEAD:" + path
    return subprocess.run(["git", "-C", repo, "show", spec], check=True,
                          capture_output=True).stdout


def git_text(repo, path):
    return git_show(repo, path).decode("utf-8")


def git_ls(repo, prefix):
    out = subprocess.run(["git", "-C", repo, "ls-tree", "-r", "--name-only",
                          "HEAD", prefix], check=True, capture_output=True)
    return out.stdout.decode().split()


def git_head(repo):
    out = subprocess.run(["git", "-C", repo, "rev-parse", "HEAD"], check=True,
                         capture_output=True)
    return out.stdout.decode().strip()


def lexicon_entries(name):
    """Entries of a lexicon data file: non-empty lines that are not comments."""
    path = os.path.join(LEXICON, name)
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            out.append(line.split("\t")[0].strip())
    return out


def lexicon_set(*names):
    """Lower-case entries of the named lexicon files, mapped to the file."""
    out = {}
    for name in names:
        for e in lexicon_entries(name):
            out.setdefault(e.lower(), name)
    return out


def lower_words(paths):
    words = set()
    for p in paths:
        if not os.path.exists(p):
            sys.exit(f"missing word list {p}: apt-get install wamerican-small "
                     "wbritish-small wamerican")
        with open(p, encoding="utf-8", errors="ignore") as f:
            for w in f:
                w = w.strip()
                if w and w[0].islower():
                    words.add(w)
    return words


# Letters NFKD does not take apart.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
                       "Đ": "D", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "Ae",
                       "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d",
                       "’": "'", "ʻ": "'", "ʼ": "'"})


def fold(s):
    """`s` without diacritics ("São Paulo" -> "Sao Paulo", "Łódź" -> "Lodz")."""
    s = s.translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def is_latin(s):
    for ch in s:
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
    return True


def sample(items, n=40, seed=20240601):
    items = sorted(items)
    rng = random.Random(seed)
    return sorted(rng.sample(items, min(n, len(items))))


def read_sanity(path):
    """Lines of a sanity list; "a/b" lines give alternatives."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(line.split("/"))
    return out


def write_list(path, header, lines):
    with open(path, "w", encoding="utf-8") as f:
        for h in header:
            f.write(("# " + h).rstrip() + "\n")
        for line in lines:
            f.write(line + "\n")

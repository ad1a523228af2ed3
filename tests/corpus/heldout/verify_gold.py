#!/usr/bin/env python3
"""Consistency check for the held-out corpus (tests/corpus/heldout).

Usage: python3 tests/corpus/heldout/verify_gold.py   (from anywhere)

Checks gold.json against articles/*.txt:
  * the JSON loads, has the top-level keys of tests/fixtures/seeds.json and every
    article uses the per-article keys of seeds.json (dateline optional);
  * every annotated file exists, every article file is annotated;
  * each article is UTF-8, 250-600 words, paragraphs separated by one blank line;
  * title / standfirst / author / dateline / published / outlet agree with the file;
  * every quote text, not_quote and boilerplate line occurs verbatim in its file;
    quotes and not_quotes sit between quotation marks (a pull quote is a whole
    paragraph followed by a dash attribution line; a quote listed in UNCLOSED opens
    with a mark and runs to the end of its paragraph);
  * every speaker is null or listed in people; roles only name listed people;
    no person is listed twice and every person's surname occurs in the text;
  * every double quotation mark and every left single mark in the body (outside
    the headline and boilerplate lines) belongs to an annotated quote or not_quote;
  * the set is independent of the first corpus: no person is shared with
    tests/corpus/gold.json or tests/corpus/aliases/gold.json.
Prints counts and exits non-zero on any error.
"""
import json
import os
import sys
from collections import Counter
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.json")
ARTICLES = os.path.join(HERE, "articles")
SEEDS = os.path.join(HERE, "..", "..", "fixtures", "seeds.json")
FIRST_CORPUS = [os.path.join(HERE, "..", "gold.json"), os.path.join(HERE, "..", "aliases", "gold.json")]

KINDS = {"direct", "partial", "pullquote"}
OPEN = "\"“‘'"
CLOSE = "\"”’'"
MARKS = "\"“”‘"  # ’ doubles as an apostrophe, so only its opening partner is tracked
MIN_WORDS, MAX_WORDS = 250, 600
# Quotations whose closing mark is deliberately missing: (file, quote text).
UNCLOSED = {("16_players_final_curtain.txt", "from the first line to the last.")}

errors = []


def err(msg):
    errors.append(msg)


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


seeds = json.load(open(SEEDS, encoding="utf-8"))
seed_keys = set()
for a in seeds["articles"]:
    seed_keys |= set(a)
required = seed_keys - {"dateline"}

gold = json.load(open(GOLD, encoding="utf-8"))  # raises if the JSON is invalid
if set(gold) != set(seeds):
    err(f"gold.json top-level keys {sorted(gold)} != seeds keys {sorted(seeds)}")
if not isinstance(gold.get("about"), str) or not gold["about"]:
    err("gold.json: 'about' must be a non-empty string")

on_disk = sorted(f for f in os.listdir(ARTICLES) if f.endswith(".txt"))
in_gold = [a["file"] for a in gold["articles"]]
if len(set(in_gold)) != len(in_gold):
    err("gold.json annotates a file twice")
for f in sorted(set(in_gold) - set(on_disk)):
    err(f"{f}: annotated but the file does not exist")
for f in sorted(set(on_disk) - set(in_gold)):
    err(f"{f}: article file is not annotated")

kinds = Counter()
n_people = 0
all_people = set()
for a in gold["articles"]:
    f = a["file"]
    path = os.path.join(ARTICLES, f)
    if not os.path.isfile(path):
        continue
    missing, extra = required - set(a), set(a) - seed_keys
    if missing or extra:
        err(f"{f}: missing keys {sorted(missing)}, unexpected keys {sorted(extra)}")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{f}: not UTF-8 ({e})")
        continue
    lines = text.split("\n")
    nonempty = [l for l in lines if l.strip()]
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(f"{f}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
    if "\r" in text or "\n\n\n" in text or text.startswith("\ufeff"):
        err(f"{f}: CR characters, BOM or runs of blank lines")

    # metadata
    title = a["title"]
    if title not in nonempty[:4]:
        err(f"{f}: title {title!r} is not among the first four lines")
    if a["standfirst"] is not None and a["standfirst"] not in lines:
        err(f"{f}: standfirst is not a line of the file")
    header = "\n".join(lines[:14])
    if a["author"] is not None:
        for name in a["author"].split(", "):
            if name not in header:
                err(f"{f}: author {name!r} not in the header")
    if a.get("dateline") is not None:
        if not any(l.startswith(a["dateline"]) for l in lines):
            err(f"{f}: no paragraph opens with dateline {a['dateline']!r}")
    p = a["published"]
    if p is not None:
        try:
            if "T" in p:
                if datetime.fromisoformat(p).tzinfo is None:
                    err(f"{f}: published has a time but no UTC offset")
            else:
                date.fromisoformat(p)
        except ValueError:
            err(f"{f}: published {p!r} is not ISO 8601")
    if a["outlet"] is not None and a["outlet"] not in text:
        err(f"{f}: outlet {a['outlet']!r} does not occur in the text")

    # people and roles
    people = a["people"]
    if len(set(people)) != len(people):
        err(f"{f}: duplicate people")
    for person in people:
        surname = person.split()[-1]
        if surname.lower() not in text.lower():
            err(f"{f}: person {person!r} (surname {surname!r}) not found in the text")
    for person in a["roles"]:
        if person not in people:
            err(f"{f}: roles names {person!r}, who is not in people")
    n_people += len(people)
    all_people |= set(people)

    # boilerplate
    for b in a["boilerplate"]:
        if b not in lines:
            err(f"{f}: boilerplate {b!r} is not a whole line of the file")
    bp_lines = set(a["boilerplate"])

    # quotes
    covered = set()
    for q in a["quotes"]:
        t, kind, spk = q.get("text"), q.get("kind"), q.get("speaker")
        if set(q) != {"text", "speaker", "kind"}:
            err(f"{f}: quote keys {sorted(q)}")
        if kind not in KINDS:
            err(f"{f}: bad kind {kind!r}")
        kinds[kind] += 1
        if spk is not None and spk not in people:
            err(f"{f}: speaker {spk!r} is not in people")
        if not isinstance(t, str) or not t or t != t.strip():
            err(f"{f}: empty quote or quote with outer whitespace: {t!r}")
            continue
        hits = occurrences(text, t)
        if not hits:
            err(f"{f}: quote not found verbatim: {t[:70]!r}")
            continue
        if kind == "pullquote":
            ok = [i for i in hits
                  if (i == 0 or text[i - 1] == "\n")
                  and text[i + len(t):i + len(t) + 2] == "\n\n"
                  and text[i + len(t) + 2:i + len(t) + 3] in "—–-"]
            if not ok:
                err(f"{f}: pull quote is not a whole paragraph followed by a dash attribution: {t[:60]!r}")
        elif (f, t) in UNCLOSED:
            ok = [i for i in hits if i > 0 and text[i - 1] in OPEN
                  and text[i + len(t):i + len(t) + 2] in ("\n\n", "\n", "")]
            if not ok:
                err(f"{f}: unclosed quote does not open with a mark and run to its paragraph end: {t[:60]!r}")
        else:
            ok = [i for i in hits if i > 0 and text[i - 1] in OPEN
                  and i + len(t) < len(text) and text[i + len(t)] in CLOSE]
            if not ok:
                err(f"{f}: quote not enclosed by quotation marks: {t[:60]!r}")
        for i in hits:
            covered.update(range(i - 1, i + len(t) + 1))
    quote_texts = {q["text"] for q in a["quotes"]}
    for nq in a["not_quotes"]:
        hits = occurrences(text, nq)
        if not hits:
            err(f"{f}: not_quote not found: {nq!r}")
        elif not any(i > 0 and text[i - 1] in OPEN and text[i + len(nq)] in CLOSE for i in hits):
            err(f"{f}: not_quote not enclosed by quotation marks: {nq!r}")
        if nq in quote_texts:
            err(f"{f}: {nq!r} is both a quote and a not_quote")
        for i in hits:
            covered.update(range(i - 1, i + len(nq) + 1))

    # every quotation mark in the body is accounted for
    pos = 0
    for line in lines:
        if line not in bp_lines and line != title:
            for j, ch in enumerate(line):
                if ch in MARKS and pos + j not in covered:
                    err(f"{f}: unannotated quotation mark at {line[max(0, j - 30):j + 30]!r}")
        pos += len(line) + 1

# independence from the first corpus
for other in FIRST_CORPUS:
    if os.path.exists(other):
        theirs = {p for art in json.load(open(other, encoding="utf-8"))["articles"] for p in art["people"]}
        for p in sorted(all_people & theirs):
            err(f"person {p!r} also appears in {os.path.relpath(other, HERE)}")

n_quotes = sum(kinds.values())
print(f"heldout: {len(gold['articles'])} articles, {len(on_disk)} files, {n_quotes} quotes "
      f"({', '.join(f'{k} {kinds[k]}' for k in sorted(KINDS))}), "
      f"{n_people} person-article pairs, {len(all_people)} distinct people")
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)

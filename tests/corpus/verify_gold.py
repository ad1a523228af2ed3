#!/usr/bin/env python3
"""Consistency check for the hand-annotated corpus gold files.

Usage: python3 tests/corpus/verify_gold.py   (from the repository root or anywhere)

Checks, for tests/corpus/gold.json and tests/corpus/aliases/gold.json:
  * the JSON loads and uses the keys of tests/fixtures/seeds.json;
  * every annotated file exists and every article file is annotated;
  * every quote text, not_quote and boilerplate line occurs verbatim in its file
    (quote and not_quote texts are also checked to sit between quotation marks,
    pull quotes to be a whole paragraph);
  * speakers are null, listed in people, or an organisation marked
    `"speaker_type": "organisation"`; roles only name listed people;
  * title / standfirst / author / dateline / published agree with the file;
  * every double quotation mark in the body belongs to an annotated quote or
    not_quote (apart from the deliberate stray mark listed in EXPECTED_STRAYS).
Exits non-zero on any error.
"""
import json
import os
import re
import sys
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "..", "fixtures", "seeds.json")
SETS = [
    (os.path.join(HERE, "gold.json"), os.path.join(HERE, "articles")),
    (os.path.join(HERE, "aliases", "gold.json"), os.path.join(HERE, "aliases", "articles")),
]
KINDS = {"direct", "partial", "pullquote"}
OPEN = "\"“‘'"
CLOSE = "\"”’'"
MARKS = "\"“”‘"  # plus the left single mark, which is never an apostrophe here
# Deliberately unbalanced marks: (file, text that immediately follows the stray mark).
EXPECTED_STRAYS = {("10_audit_missing_vehicles.txt", "more than 3,000 purchase")}
# People deliberately never named in an article (the gold resolves a title to them).
UNNAMED_OK = {("04_italian_pm_eu_summit.txt", "Elena Marchetti")}

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


seed_keys = set()
for a in json.load(open(SEEDS, encoding="utf-8"))["articles"]:
    seed_keys |= set(a)
required = seed_keys - {"dateline"}

totals = {"articles": 0, "quotes": 0, "people": 0}
for gold_path, art_dir in SETS:
    rel = os.path.relpath(gold_path, os.path.join(HERE, "..", ".."))
    gold = json.load(open(gold_path, encoding="utf-8"))  # raises if invalid
    if set(gold) != {"about", "articles"}:
        err(f"{rel}: top-level keys {sorted(gold)}")
    files_on_disk = sorted(f for f in os.listdir(art_dir) if f.endswith(".txt"))
    files_in_gold = [a["file"] for a in gold["articles"]]
    if sorted(files_in_gold) != files_on_disk:
        err(f"{rel}: gold files {files_in_gold} != files on disk {files_on_disk}")
    n_quotes = 0
    for a in gold["articles"]:
        f = a["file"]
        tag = f"{rel}:{f}"
        missing = required - set(a)
        extra = set(a) - seed_keys
        if missing or extra:
            err(f"{tag}: missing keys {sorted(missing)}, unexpected keys {sorted(extra)}")
        text = open(os.path.join(art_dir, f), encoding="utf-8").read()
        lines = text.split("\n")
        nonempty = [l for l in lines if l.strip()]
        words = len(text.split())
        if not 150 <= words <= 450:
            err(f"{tag}: {words} words, outside 150-450")
        if "\r" in text or "\n\n\n\n" in text:
            err(f"{tag}: CR characters or runs of blank lines")

        # metadata
        if a["title"] not in nonempty[:4]:
            err(f"{tag}: title not among the first lines")
        elif a["title"].endswith("."):
            err(f"{tag}: title ends with a period")
        if a["standfirst"] is not None and a["standfirst"] not in lines:
            err(f"{tag}: standfirst is not a line of the file")
        if a["author"] is not None:
            for name in a["author"].split(", "):
                if name not in "\n".join(lines[:12]):
                    err(f"{tag}: author {name!r} not in the header")
        if a.get("dateline"):
            if not any(l.startswith(a["dateline"]) for l in lines):
                err(f"{tag}: no paragraph opens with dateline {a['dateline']!r}")
        p = a["published"]
        if p is not None:
            try:
                if "T" in p:
                    dt = datetime.fromisoformat(p)
                    if dt.tzinfo is None:
                        err(f"{tag}: published has a time but no offset")
                else:
                    date.fromisoformat(p)
            except ValueError:
                err(f"{tag}: published {p!r} is not ISO 8601")
        if a["outlet"] is not None and a["outlet"] not in text:
            err(f"{tag}: outlet {a['outlet']!r} does not occur in the text")

        # people and roles
        people = a["people"]
        if len(set(people)) != len(people):
            err(f"{tag}: duplicate people")
        for person in people:
            surname = person.replace(" Jr.", "").split()[-1]
            if surname.lower() not in text.lower() and (f, person) not in UNNAMED_OK:
                err(f"{tag}: person {person!r} (surname {surname!r}) not found in the text")
        for person in a["roles"]:
            if person not in people:
                err(f"{tag}: roles names {person!r}, who is not in people")

        # boilerplate
        for b in a["boilerplate"]:
            if b not in lines:
                err(f"{tag}: boilerplate {b!r} is not a whole line of the file")
        bp_lines = set(a["boilerplate"])

        # quotes
        covered = set()
        for q in a["quotes"]:
            n_quotes += 1
            t, kind, spk = q["text"], q["kind"], q["speaker"]
            organisation = q.get("speaker_type") == "organisation"
            keys = {"text", "speaker", "kind"} | ({"speaker_type"} if organisation else set())
            if set(q) != keys:
                err(f"{tag}: quote keys {sorted(q)}")
            if kind not in KINDS:
                err(f"{tag}: bad kind {kind!r}")
            if spk is not None and spk not in people and not organisation:
                err(f"{tag}: speaker {spk!r} not in people")
            assert isinstance(t, str) and t
            hits = occurrences(text, t)
            if not hits:
                err(f"{tag}: quote not found verbatim: {t[:70]!r}")
                continue
            if kind == "pullquote":
                if not any((i == 0 or text[i - 1] == "\n") and text[i + len(t):i + len(t) + 2] == "\n\n" for i in hits):
                    err(f"{tag}: pull quote is not a whole paragraph: {t[:60]!r}")
            else:
                ok = [i for i in hits if i > 0 and text[i - 1] in OPEN and i + len(t) < len(text) and text[i + len(t)] in CLOSE]
                if not ok:
                    err(f"{tag}: quote not enclosed by quotation marks: {t[:60]!r}")
            for i in hits:
                covered.update(range(i - 1, i + len(t) + 1))
        for nq in a["not_quotes"]:
            hits = occurrences(text, nq)
            if not hits:
                err(f"{tag}: not_quote not found: {nq!r}")
            elif not any(text[i - 1] in OPEN and text[i + len(nq)] in CLOSE for i in hits):
                err(f"{tag}: not_quote not enclosed by quotation marks: {nq!r}")
            if nq in {q["text"] for q in a["quotes"]}:
                err(f"{tag}: {nq!r} is both a quote and a not_quote")
            for i in hits:
                covered.update(range(i - 1, i + len(nq) + 1))

        # every double quotation mark in the body must be accounted for
        pos = 0
        for line in lines:
            if line not in bp_lines and line != a["title"]:
                for j, ch in enumerate(line):
                    if ch in MARKS and pos + j not in covered:
                        after = line[j + 1:]
                        if any(f == sf and after.startswith(st) for sf, st in EXPECTED_STRAYS):
                            continue
                        err(f"{tag}: unannotated quotation mark at {line[max(0, j - 30):j + 30]!r}")
            pos += len(line) + 1

        totals["articles"] += 1
        totals["people"] += len(people)
    totals["quotes"] += n_quotes
    print(f"{rel}: {len(gold['articles'])} articles, {n_quotes} quotes, "
          f"{sum(len(a['people']) for a in gold['articles'])} person mentions, "
          f"{len({p for a in gold['articles'] for p in a['people']})} distinct people")

for e in errors:
    print("ERROR:", e)
print(f"TOTAL: {totals['articles']} articles, {totals['quotes']} quotes, {totals['people']} person-article pairs; "
      f"{len(errors)} errors")
sys.exit(1 if errors else 0)

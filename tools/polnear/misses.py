#!/usr/bin/env python3
"""Where reported speech is lost or wrong on the PolNeAR train split.

Reads the gold file that convert.py writes and what the extractor found
(`eval_gold ARTICLES GOLD --found FOUND.jsonl`), matches contents by the
eval's measure (shared words reach 60% of the longer text) but against
any quotation found, of any kind and as often as it fits — a rough view
for finding constructions, whose counts run below `clippings eval`'s
one-to-one, per-kind ones — and prints:

- the gold indirect attributions missed, counted by their cue's lemma;
- the found indirect reports that match no gold content, counted by
  whether they overlap one with other boundaries (25% of the words or
  more), match an attribution the converter marked as not speech
  (gold-all.json), or match nothing;
- with --cue LEMMA, a sample of the missed attributions of that cue, each
  with the text around it, so that a rule can be written for a general
  construction rather than for a sentence.

Standard library only. Example:

    cargo build --release -p clippings-extract --example eval_gold
    ./target/release/examples/eval_gold dev-data/polnear/train/articles \\
        dev-data/polnear/train/gold.json --found /tmp/found.jsonl
    python3 tools/polnear/misses.py dev-data/polnear/train /tmp/found.jsonl --cue say
"""

import argparse
import collections
import json
import os
import random
import re

WORD = re.compile(r"\w+")
MATCH = 0.6
OVERLAP = 0.25


def words(text):
    return collections.Counter(w.lower() for w in WORD.findall(text))


def shared(a, b):
    """Shared words over the longer text's words (the eval's measure)."""
    wa, wb = words(a), words(b)
    longer = max(sum(wa.values()), sum(wb.values()))
    return sum((wa & wb).values()) / longer if longer else 0.0


def best(text, candidates):
    return max((shared(text, c["text"]) for c in candidates), default=0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("split", help="dev-data/polnear/train (gold.json, gold-all.json, articles/)")
    ap.add_argument("found", help="JSON lines written by eval_gold --found")
    ap.add_argument("--cue", help="print missed attributions of this cue lemma")
    ap.add_argument("--sample", type=int, default=15)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    def load(name):
        with open(os.path.join(args.split, name), encoding="utf-8") as f:
            return {a["file"]: a["quotes"] for a in json.load(f)["articles"]}

    gold = load("gold.json")
    gold_all = load("gold-all.json")
    found = {}
    with open(args.found, encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            found[article["file"]] = article["quotes"]

    missed, total, examples = collections.Counter(), collections.Counter(), []
    for name, quotes in gold.items():
        ours = found.get(name, [])
        text = None
        for q in quotes:
            if q["kind"] != "indirect":
                continue
            lemma = q.get("cue_lemma") or "?"
            total[lemma] += 1
            if best(q["text"], ours) >= MATCH:
                continue
            missed[lemma] += 1
            if lemma == args.cue:
                if text is None:
                    path = os.path.join(args.split, "articles", name)
                    with open(path, encoding="utf-8") as f:
                        text = f.read()
                starts = [q["spans"][0][0]] + [s[0] for s in q.get("source_spans") or []]
                ends = [q["spans"][-1][1]] + [s[1] for s in q.get("source_spans") or []]
                around = text[max(0, min(starts) - 80) : max(ends) + 30].replace("\n", " ")
                examples.append((name, around, q["text"], q.get("speaker_as_written")))

    print(f"gold indirect missed: {sum(missed.values())} of {sum(total.values())}")
    for lemma, n in missed.most_common(30):
        print(f"  {lemma:16} {n:5} of {total[lemma]:5}")

    wrong = collections.Counter()
    for name, quotes in found.items():
        for q in quotes:
            if q["kind"] != "indirect" or best(q["text"], gold.get(name, [])) >= MATCH:
                continue
            if best(q["text"], gold_all.get(name, [])) >= MATCH:
                wrong["matches an attribution marked not speech"] += 1
            elif best(q["text"], gold.get(name, [])) >= OVERLAP:
                wrong["overlaps a gold content, other boundaries"] += 1
            else:
                wrong["matches nothing"] += 1
    print(f"found indirect matching no gold content: {sum(wrong.values())}")
    for why, n in wrong.most_common():
        print(f"  {why:44} {n:5}")

    if args.cue:
        random.seed(args.seed)
        print(f"\nmissed, cue {args.cue!r} ({len(examples)}; a sample):")
        for name, around, content, source in random.sample(examples, min(args.sample, len(examples))):
            print(f"- {name}\n  …{around}…\n  content: {content[:160]}\n  source: {source}")


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:  # `| head`
        pass

#!/usr/bin/env python3
"""Pages where every (or nearly every) text extractor does badly.

    python3 tools/html-compare/worst.py dev-data/webpages/results/run1.json [--f1 0.5]

Reads the --json output of html-compare; prints, for the readability pages,
those whose word-F1 is below the threshold for all text candidates, and for
the trafilatura pages those where no candidate found half the `with`
snippets, with each candidate's score.
"""

import argparse
import json
from collections import defaultdict

SKIP = {"own-meta"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("json")
    ap.add_argument("--f1", type=float, default=0.5)
    ap.add_argument("--all-but", type=int, default=0,
                    help="allow this many candidates to do well")
    a = ap.parse_args()
    runs = json.load(open(a.json))
    byset = defaultdict(lambda: defaultdict(dict))
    files = defaultdict(dict)
    for r in runs:
        if r["candidate"] in SKIP:
            continue
        for p in r["pages"]:
            byset[r["set"]][p["i"]][r["candidate"]] = p
            if "file" in p:
                files[r["set"]][p["i"]] = p["file"]

    def f1_read(p):
        ex, gw, ov = p.get("words_ex", 0), p.get("words_gold", 0), p.get("overlap", 0)
        if not gw:
            return None
        pr = ov / ex if ex else 0.0
        rc = ov / gw
        return 2 * pr * rc / (pr + rc) if pr + rc else 0.0

    def rec_traf(p):
        n = p.get("tp", 0) + p.get("fn", 0)
        return p.get("tp", 0) / n if n else None

    for set_, fn, label in (("readability", f1_read, "word F1"),
                            ("trafilatura", rec_traf, "with-recall")):
        pages = byset.get(set_, {})
        bad = []
        for i, cands in sorted(pages.items()):
            scores = {c: fn(p) for c, p in cands.items()}
            vals = [v for v in scores.values() if v is not None]
            if not vals:
                continue
            good = sum(1 for v in vals if v >= a.f1)
            if good <= a.all_but:
                bad.append((i, scores))
        print(f"## {set_}: {len(bad)} of {len(pages)} pages with {label} < {a.f1} "
              f"for all but {a.all_but} candidates\n")
        for i, scores in bad:
            best = max(scores.items(), key=lambda kv: kv[1] or 0)
            print(f"- {files[set_].get(i, i)}: best {best[0]} {best[1]:.2f}; "
                  + ", ".join(f"{c} {v:.2f}" for c, v in sorted(scores.items()) if v is not None))
        print()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Trains the page-headline model (crates/extract/src/article/page_headline.rs)
and writes its weights to crates/extract/data/models/page_headline.tsv.

The model scores each candidate line of a whole page's visible text with a
weighted sum of yes/no features, and takes the best scoring line as the
headline: a softmax over the candidates of a page, fitted by stochastic
gradient descent. The features are computed by the extractor itself, so
training reads exactly what inference reads:

    python3 tools/webpages/convert.py READABILITY TRAFILATURA    # dev pages
    cargo build --release
    python3 tools/webpages/score.py --bin target/release/clippings \\
        --pages dev-data/webpages --work /tmp/score --formats text   # page texts
    cargo build --release -p clippings-extract --example page_headline_features
    python3 tools/webpages/train_headline.py --work /tmp/score

It trains on trafilatura's evaluation pages (their page text under
WORK/trafilatura-text, their annotated titles in dev-data/webpages), reports
five-fold cross-validated accuracy there, and accuracy on Readability's
test pages, which it never trains on. A candidate is right when it equals
the annotated title as score.py compares headlines; pages whose text holds
no such line teach nothing and are left out. Python 3.11, standard library
only; deterministic (fixed seed).
"""

import argparse
import json
import math
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import norm  # noqa: E402  (the scorer's own comparison)

ROOT = Path(__file__).resolve().parents[2]
FEATURES_BIN = ROOT / "target/release/examples/page_headline_features"
WEIGHTS = ROOT / "crates/extract/data/models/page_headline.tsv"
SEED = 1
EPOCHS = 20
RATE = 0.1
L2 = 1e-4
FOLDS = 5


def pages(set_name: str, work: Path, gold_dir: Path) -> tuple[list[str], list[dict]]:
    """Each page with a title: its candidates' feature vectors and labels."""
    titles = {}
    for line in (gold_dir / set_name / "gold.jsonl").read_text().splitlines():
        row = json.loads(line)
        if row.get("title"):
            titles[row["file"] + ".txt"] = norm(row["title"])
    out = subprocess.run(
        [str(FEATURES_BIN), str(work / f"{set_name}-text")],
        capture_output=True, check=True, text=True,
    ).stdout.splitlines()
    names = json.loads(out[0])["features"]
    result = []
    for line in out[1:]:
        page = json.loads(line)
        title = titles.get(page["file"])
        if title is None:
            continue
        xs = [c["features"] for c in page["candidates"]]
        ys = [norm(c["text"]) == title for c in page["candidates"]]
        result.append({"file": page["file"], "x": xs, "y": ys})
    return names, result


def scores(w: list[float], xs: list[list[int]]) -> list[float]:
    return [sum(wi for wi, on in zip(w, x) if on) for x in xs]


def train(data: list[dict], n: int) -> list[float]:
    rng = random.Random(SEED)
    w = [0.0] * n
    learnable = [p for p in data if any(p["y"])]
    for _ in range(EPOCHS):
        rng.shuffle(learnable)
        for p in learnable:
            s = scores(w, p["x"])
            top = max(s)
            e = [math.exp(v - top) for v in s]
            z = sum(e)
            right = sum(p["y"])
            grad = [0.0] * n
            for x, ei, yi in zip(p["x"], e, p["y"]):
                g = ei / z - (yi / right)
                for k, on in enumerate(x):
                    if on:
                        grad[k] += g
            for k in range(n):
                w[k] -= RATE * (grad[k] + L2 * w[k])
    return w


def right(w: list[float], data: list[dict]) -> int:
    count = 0
    for p in data:
        if not p["x"]:
            continue
        s = scores(w, p["x"])
        count += p["y"][max(range(len(s)), key=s.__getitem__)]
    return count


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--work", type=Path, required=True, help="score.py's --work folder")
    ap.add_argument("--pages", type=Path, default=ROOT / "dev-data/webpages")
    ap.add_argument("--dry-run", action="store_true", help="report, do not write the weights")
    args = ap.parse_args()

    names, traf = pages("trafilatura", args.work, args.pages)
    _, read = pages("readability", args.work, args.pages)
    reachable = sum(any(p["y"]) for p in traf)
    order = list(range(len(traf)))
    random.Random(SEED).shuffle(order)
    cv = 0
    for fold in range(FOLDS):
        test = [traf[i] for i in order[fold::FOLDS]]
        fit = [traf[i] for j, i in enumerate(order) if j % FOLDS != fold]
        cv += right(train(fit, len(names)), test)
    w = train(traf, len(names))
    held = right(w, read)
    report = [
        f"trafilatura: {len(traf)} pages with a title, {reachable} whose text holds it as a line;"
        f" {FOLDS}-fold cross-validated: {cv} right ({cv / len(traf):.3f} of titled pages)",
        f"readability (never trained on): {held} right of {len(read)} titled pages"
        f" ({held / len(read):.3f}); {sum(any(p['y']) for p in read)} hold the title as a line",
    ]
    print("\n".join(report))
    if args.dry_run:
        return
    sources = json.loads((args.pages / "SOURCES.json").read_text())
    header = [
        "# The page-headline model's weights: crates/extract/src/article/page_headline.rs.",
        "# Written by tools/webpages/train_headline.py; do not edit by hand.",
        f"# Trained on trafilatura's evaluation pages as page text ({json.dumps(sources.get('trafilatura', {}))}).",
        *(f"# {line}" for line in report),
    ]
    body = [f"{name}\t{weight:.4f}" for name, weight in zip(names, w)]
    WEIGHTS.write_text("\n".join(header + body) + "\n")
    print(f"wrote {WEIGHTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Scores clippings on the dev pages, through `clippings extract` as a user
runs it, in three forms of the same pages:

  html   the saved pages as they are (one .html file each)
  warc   the same pages as HTML responses in one WARC file
  text   each page's visible text as a .txt file (what a user who saved
         "page text" has)

against the gold that tools/webpages/convert.py wrote (dev-data/webpages):
Readability's 130 test pages (expected text and metadata) and trafilatura's
990 evaluation pages (with/without snippets; title, author, date, site name
where annotated). Page contents are never committed; this script only
reads them and writes its work files under --work.

    cargo build --release
    python3 tools/webpages/score.py --bin target/release/clippings \\
        --pages dev-data/webpages --work /tmp/score [--formats html,warc,text] \\
        [--sets readability,trafilatura] [--json out.json] [--misses N]

Figures (each over the pages whose gold has the field):
  headline   normalised equality (case, spaces, typographic dashes/quotes)
  authors F1 per page, names matched after dropping "By", equal or one
             containing the other; macro mean; a gold string naming
             several ("A and B", "A, B") counts as its names
  date       the day equals the gold's; "time kept": of the gold dates
             that carry a time, how many of ours carry one too
  outlet     named: any outlet at all (every page); right: equals or
             contains the gold site name (where the gold has one)
  body       Readability: word precision / recall of the body against the
             expected text (lower-cased alphanumeric runs as multisets;
             macro mean, and micro); trafilatura: its own snippet test —
             a `with` snippet in the body is a true positive, a `without`
             snippet in it a false positive
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from convert import html_paragraphs  # noqa: E402

WORD = re.compile(r"[^\W_]+", re.U)


def norm(s: str | None) -> str:
    if not s:
        return ""
    table = {
        **{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"},
        **{c: "'" for c in "\u2018\u2019\u201a\u2032"},
        **{c: '"' for c in "\u201c\u201d\u201e\u2033"},
        "\u00a0": " ",
    }
    s = "".join(table.get(c, c) for c in s)
    return " ".join(s.split()).lower()


def words(s: str) -> list[str]:
    return [w.lower() for w in WORD.findall(s or "")]


def ymd(s: str | None) -> str | None:
    m = re.search(r"\d{4}-\d{2}-\d{2}", s or "")
    return m.group(0) if m else None


def has_time(s: str | None) -> bool:
    return bool(re.search(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", s or ""))


def name_key(s: str) -> str:
    t = norm(s).strip(" .,;:-")
    for p in ("by ", "von ", "par ", "por "):
        if t.startswith(p):
            t = t[len(p):]
    return t.strip()


def names_match(a: str, b: str) -> bool:
    a, b = name_key(a), name_key(b)
    return bool(a and b) and (a == b or (len(a) >= 4 and a in b) or (len(b) >= 4 and b in a))


GOLD_JOINER = re.compile(r"\s+(?:and|und|et|y|&)\s+|\s*;\s*", re.I)


def gold_names(gold: list[str]) -> list[str]:
    """The gold's names one by one: trafilatura's annotation writes several
    authors as one string ("A and B", "A und B", "A, B"), where a page's
    metadata lists them. A comma splits only when every part
    is two words or more, so "Jane Doe, PhD" stays one name. A part with
    no letter ("2015", from "Jane Doe March 25, 2015") is no name."""
    out = []
    for g in gold:
        for part in GOLD_JOINER.split(g):
            pieces = [x.strip() for x in part.split(",")]
            if len(pieces) > 1 and all(len(x.split()) >= 2 for x in pieces):
                out.extend(pieces)
            elif any(c.isalpha() for c in part):
                out.append(part.strip())
    return out


def authors_f1(ours: list[str], gold: list[str]) -> float:
    gold = gold_names(gold)
    if not ours:
        return 0.0
    used = set()
    hits = 0
    for g in gold:
        for i, o in enumerate(ours):
            if i not in used and names_match(o, g):
                used.add(i)
                hits += 1
                break
    if hits == 0:
        return 0.0
    p, r = hits / len(ours), hits / len(gold)
    return 2 * p * r / (p + r)


def decode(raw: bytes) -> str:
    head = raw[:8192].lower()
    m = re.search(rb"charset\s*=\s*[\"']?([a-z0-9_\-]+)", head)
    for enc in ([m.group(1).decode()] if m else []) + ["utf-8"]:
        try:
            return raw.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("windows-1252", errors="replace")


# --------------------------------------------------------------------------
# The three forms of the pages


def page_url(set_name: str, row: dict) -> str:
    return row.get("url") or f"https://dev.invalid/{set_name}/{row['file']}"


def make_warc(set_name: str, rows: list[dict], pages: Path, out: Path) -> None:
    with out.open("wb") as f:
        for row in rows:
            body = (pages / row["file"]).read_bytes()
            http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + str(
                len(body)
            ).encode() + b"\r\n\r\n" + body
            head = (
                "WARC/1.1\r\nWARC-Type: response\r\n"
                f"WARC-Target-URI: {page_url(set_name, row)}\r\n"
                "WARC-Date: 2001-01-01T00:00:00Z\r\n"
                "Content-Type: application/http; msgtype=response\r\n"
                f"Content-Length: {len(http)}\r\n\r\n"
            ).encode()
            f.write(head + http + b"\r\n\r\n")


def make_text(rows: list[dict], pages: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for row in rows:
        text = "\n\n".join(html_paragraphs(decode((pages / row["file"]).read_bytes())))
        (out / (row["file"] + ".txt")).write_text(text or "(empty)", encoding="utf-8")


def extract(binary: str, target: Path) -> tuple[list[dict], float]:
    started = time.perf_counter()
    proc = subprocess.run(
        [binary, "extract", str(target)], capture_output=True, check=False
    )
    elapsed = time.perf_counter() - started
    records = []
    for line in proc.stdout.decode("utf-8").splitlines():
        value = json.loads(line)
        if "source" in value:
            records.append(value)
    if proc.returncode not in (0, 1):
        sys.exit(f"clippings extract {target} failed: {proc.stderr.decode()[:2000]}")
    return records, elapsed


# --------------------------------------------------------------------------
# Scoring


def score(set_name: str, rows: list[dict], found: dict[str, dict], misses: int) -> dict:
    s: Counter = Counter()
    macro_p, macro_r, author_f1s = [], [], []
    missed: dict[str, list] = {"headline": [], "date": [], "authors": [], "outlet": []}
    for row in rows:
        x = found.get(row["file"])
        s["pages"] += 1
        if x is None:
            s["missing"] += 1
            continue
        m = x["extraction"]["metadata"]
        body = x["extraction"]["body"]
        gold_title = row.get("title")
        if gold_title:
            s["headline_gold"] += 1
            if norm(m.get("headline")) == norm(gold_title):
                s["headline_ok"] += 1
            else:
                missed["headline"].append((row["file"], m.get("headline"), gold_title))
        gold_authors = [a for a in (row.get("authors") or []) if a and a.strip()]
        if gold_authors:
            f1 = authors_f1(m.get("authors") or [], gold_authors)
            author_f1s.append(f1)
            if f1 < 1:
                missed["authors"].append((row["file"], m.get("authors"), gold_authors))
        gold_date = row.get("published") or row.get("date")
        ours = (m.get("published") or {}).get("iso")
        if ymd(gold_date):
            s["date_gold"] += 1
            if ymd(ours) == ymd(gold_date):
                s["date_ok"] += 1
            else:
                missed["date"].append((row["file"], ours, gold_date))
            if has_time(gold_date):
                s["time_gold"] += 1
                if ymd(ours) == ymd(gold_date) and has_time(ours):
                    s["time_kept"] += 1
        if m.get("outlet"):
            s["outlet_named"] += 1
        gold_site = row.get("site_name") or row.get("sitename")
        if gold_site:
            s["outlet_gold"] += 1
            a, b = norm(m.get("outlet")), norm(gold_site)
            if a and (a == b or a in b or b in a):
                s["outlet_ok"] += 1
            else:
                missed["outlet"].append((row["file"], m.get("outlet"), gold_site))
        if "paragraphs" in row:
            gold_words = Counter(words("\n".join(row["paragraphs"])))
            our_words = Counter(words(body))
            hit = sum((gold_words & our_words).values())
            n_ours, n_gold = sum(our_words.values()), sum(gold_words.values())
            s["w_hit"] += hit
            s["w_ours"] += n_ours
            s["w_gold"] += n_gold
            if n_gold:
                macro_r.append(hit / n_gold)
                macro_p.append(hit / n_ours if n_ours else 0.0)
        if "with" in row:
            text = " ".join(body.split())
            for snippet in row.get("with") or []:
                s["tp" if " ".join(snippet.split()) in text else "fn"] += 1
            for snippet in row.get("without") or []:
                s["fp" if " ".join(snippet.split()) in text else "tn"] += 1
    out = {"set": set_name, **s}
    mean = lambda xs: sum(xs) / len(xs) if xs else None  # noqa: E731
    out["authors_f1"] = mean(author_f1s)
    out["authors_pages"] = len(author_f1s)
    if macro_p:
        out["body_p_macro"], out["body_r_macro"] = mean(macro_p), mean(macro_r)
        out["body_p_micro"] = s["w_hit"] / s["w_ours"] if s["w_ours"] else 0
        out["body_r_micro"] = s["w_hit"] / s["w_gold"] if s["w_gold"] else 0
    if s["tp"] + s["fn"]:
        p = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 0
        r = s["tp"] / (s["tp"] + s["fn"])
        out["snip_p"], out["snip_r"] = p, r
        out["snip_f1"] = 2 * p * r / (p + r) if p + r else 0
    out["misses"] = {k: v[:misses] for k, v in missed.items()}
    return out


def frac(a, b) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "–"


def report(results: list[dict]) -> str:
    lines = [
        "| set | form | pages | headline | authors F1 | date (day) | time kept | outlet named | outlet right | body P / R (macro) | body P / R (micro) | snippets P / R / F1 | pages/s (wall) |",
        "|---|---|---:|---|---|---|---|---|---|---|---|---|---:|",
    ]
    for r in results:
        body_macro = (
            f"{r['body_p_macro']:.3f} / {r['body_r_macro']:.3f}" if "body_p_macro" in r else "–"
        )
        body_micro = (
            f"{r['body_p_micro']:.3f} / {r['body_r_micro']:.3f}" if "body_p_micro" in r else "–"
        )
        snips = (
            f"{r['snip_p']:.3f} / {r['snip_r']:.3f} / {r['snip_f1']:.3f}" if "snip_p" in r else "–"
        )
        authors = (
            f"{r['authors_f1']:.3f} ({r['authors_pages']})" if r.get("authors_f1") is not None else "–"
        )
        lines.append(
            f"| {r['set']} | {r['form']} | {r['pages'] - r.get('missing', 0)}/{r['pages']} | "
            f"{frac(r.get('headline_ok', 0), r.get('headline_gold', 0))} | {authors} | "
            f"{frac(r.get('date_ok', 0), r.get('date_gold', 0))} | "
            f"{frac(r.get('time_kept', 0), r.get('time_gold', 0))} | "
            f"{frac(r.get('outlet_named', 0), r['pages'])} | "
            f"{frac(r.get('outlet_ok', 0), r.get('outlet_gold', 0))} | {body_macro} | {body_micro} | "
            f"{snips} | {r['pages'] / r['seconds']:.0f} |"
        )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="target/release/clippings")
    ap.add_argument("--pages", default="dev-data/webpages")
    ap.add_argument("--work", default="/tmp/clippings-score")
    ap.add_argument("--formats", default="html,warc,text")
    ap.add_argument("--sets", default="readability,trafilatura")
    ap.add_argument("--only-news", action="store_true", help="trafilatura: news-hinted pages only")
    ap.add_argument("--json")
    ap.add_argument("--misses", type=int, default=0, help="list this many misses per field")
    args = ap.parse_args()
    pages_root, work = Path(args.pages), Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    results = []
    for set_name in args.sets.split(","):
        pages = pages_root / set_name
        rows = [json.loads(l) for l in (pages / "gold.jsonl").read_text().splitlines() if l.strip()]
        if args.only_news:
            rows = [r for r in rows if r.get("kind_hint") == "news"]
        by_url = {page_url(set_name, r): r["file"] for r in rows}
        for form in args.formats.split(","):
            if form == "html":
                target = work / f"{set_name}-html"
                target.mkdir(exist_ok=True)
                for r in rows:
                    link = target / r["file"]
                    if not link.exists():
                        link.symlink_to((pages / r["file"]).resolve())
            elif form == "warc":
                target = work / f"{set_name}.warc"
                make_warc(set_name, rows, pages, target)
            elif form == "text":
                target = work / f"{set_name}-text"
                make_text(rows, pages, target)
            else:
                sys.exit(f"unknown form {form}")
            records, seconds = extract(args.bin, target)
            found = {}
            for rec in records:
                src = rec["source"]
                if form == "warc":
                    name = by_url.get(src["path"])
                else:
                    name = Path(src["path"]).name
                    name = name[:-4] if form == "text" else name
                if name:
                    found[name] = rec
            result = score(set_name, rows, found, args.misses)
            result["form"] = form
            result["seconds"] = seconds
            results.append(result)
            if args.misses:
                print(f"## {set_name} {form} misses", file=sys.stderr)
                for field, items in result["misses"].items():
                    for item in items:
                        print(f"  {field}: {item}", file=sys.stderr)
    print(report(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()

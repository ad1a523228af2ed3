#!/usr/bin/env python3
"""Article files (*.txt, recursively) as JSON lines, one article a line:
{"path": absolute path, "text": the text, and for a file its folder's
manifest.csv lists, the row's "outlet", "url", "published" and "authors"
(empty cells as null)}.

This is the input the Spark job reads (news-please-like JSON lines), made
from the plain-text folders `clippings import` reads, so that the two can
be compared. Bytes are decoded as clippings decodes them: UTF-8 (with or
without a byte-order mark), else Windows-1252.

    python3 texts_to_jsonl.py seeds/ tests/corpus/articles > articles.jsonl
"""

import csv
import json
import os
import sys


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Windows-1252, with its five undefined bytes kept as the C1
        # controls of the same number (as the WHATWG decoder does).
        return "".join(
            chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
            for b in data
        )


def manifest(folder: str) -> dict:
    path = os.path.join(folder, "manifest.csv")
    if not os.path.isfile(path):
        return {}
    rows = {}
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            row = {k.strip().lower(): (v or "").strip() for k, v in row.items()}
            # Every column, an empty one as null: a listed file is stored
            # with its manifest row, as `clippings import` stores it.
            entry = {k: row.get(k) or None for k in ("outlet", "url", "published", "authors")}
            if entry["authors"]:
                entry["authors"] = [a.strip() for a in entry["authors"].split(";") if a.strip()]
            rows[row["file"]] = entry
    return rows


def articles(root: str):
    if os.path.isfile(root):
        folder, name = os.path.split(root)
        yield root, manifest(folder or ".").get(name, {})
        return
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        rows = manifest(folder)
        for name in sorted(files):
            if name.lower().endswith(".txt"):
                yield os.path.join(folder, name), rows.get(name, {})


def main(roots) -> None:
    out = sys.stdout
    for root in roots:
        for path, row in articles(root):
            with open(path, "rb") as f:
                record = {"path": os.path.realpath(path), "text": decode(f.read())}
            record.update(row)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])

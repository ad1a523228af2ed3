#!/usr/bin/env python3
"""Turn two public test corpora into development data for HTML import.

    python3 tools/webpages/convert.py READABILITY TRAFILATURA [--out dev-data/webpages]

READABILITY and TRAFILATURA are checkouts (work trees) or bare git directories
of mozilla/readability and adbar/trafilatura. Python 3.11 standard library
only; `git` must be on PATH when a git directory is given.

Writes (see tools/webpages/README.md):

    OUT/readability/<name>.html   the page's source.html, bytes as they were
    OUT/readability/gold.jsonl    one object per page (file, title, byline,
                                  authors, published, site_name, lang,
                                  excerpt, readerable, paragraphs, text, ...)
    OUT/trafilatura/<name>.html   the cached page, bytes as they were
    OUT/trafilatura/gold.jsonl    one object per page (file, url, with,
                                  without, and the eval's metadata)

The page contents are third-party material: they stay in the git-ignored
dev-data/ folder and are never committed.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path


# --------------------------------------------------------------------------
# Reading a checkout or a git directory


class Tree:
    """Files of a repository, from a work tree or from HEAD of a git dir."""

    def __init__(self, path: str):
        self.root = Path(path)
        self.git_dir: Path | None = None
        if (self.root / ".git").exists() or not self._is_git_dir(self.root):
            if not self.root.is_dir():
                sys.exit(f"not a directory: {path}")
        else:
            self.git_dir = self.root
        self._files: list[str] | None = None

    @staticmethod
    def _is_git_dir(p: Path) -> bool:
        return (p / "HEAD").is_file() and (p / "objects").is_dir()

    def _git(self, *args: str) -> bytes:
        return subprocess.run(
            ["git", f"--git-dir={self.git_dir}", *args],
            check=True,
            stdout=subprocess.PIPE,
        ).stdout

    def files(self, prefix: str) -> list[str]:
        """Paths (posix, relative to the root) of every file under prefix."""
        if self.git_dir is None:
            base = self.root / prefix
            return sorted(
                p.relative_to(self.root).as_posix()
                for p in base.rglob("*")
                if p.is_file()
            )
        if self._files is None:
            out = self._git("ls-tree", "-r", "-z", "--name-only", "HEAD")
            self._files = [f for f in out.decode("utf-8").split("\0") if f]
        pre = prefix.rstrip("/") + "/"
        return [f for f in self._files if f.startswith(pre)]

    def read(self, path: str) -> bytes:
        if self.git_dir is None:
            return (self.root / path).read_bytes()
        return self._git("show", f"HEAD:{path}")

    def exists(self, path: str) -> bool:
        if self.git_dir is None:
            return (self.root / path).is_file()
        return path in set(self.files(path.split("/", 1)[0]))

    def commit(self) -> str | None:
        try:
            if self.git_dir is None:
                out = subprocess.run(
                    ["git", "-C", str(self.root), "rev-parse", "HEAD"],
                    check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                ).stdout
            else:
                out = self._git("rev-parse", "HEAD")
            return out.decode().strip()
        except (subprocess.CalledProcessError, FileNotFoundError):
            return None


# --------------------------------------------------------------------------
# HTML to plain paragraphs (for readability's expected.html)

BLOCK = {
    "address", "article", "aside", "blockquote", "body", "caption", "dd",
    "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    "br",
}
SKIP = {"script", "style", "noscript", "template", "svg", "math", "head", "title"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "param", "source", "track", "wbr"}


class Paragraphs(HTMLParser):
    """Visible text split at block boundaries; whitespace collapsed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paras: list[str] = []
        self.buf: list[str] = []
        self.skip = 0
        self.pre = 0

    def flush(self) -> None:
        text = "".join(self.buf)
        self.buf = []
        if self.pre:
            parts = [text]
        else:
            parts = [re.sub(r"\s+", " ", text).strip()]
        for t in parts:
            if t.strip():
                self.paras.append(t.strip("\n"))

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            if tag not in VOID:
                self.skip += 1
            return
        if tag in BLOCK:
            self.flush()
        if tag == "pre":
            self.pre += 1

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in BLOCK:
            self.flush()
        if tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)

    def close(self):
        super().close()
        self.flush()


def html_paragraphs(markup: str) -> list[str]:
    p = Paragraphs()
    p.feed(markup)
    p.close()
    return p.paras


# --------------------------------------------------------------------------
# A hint of the page's kind, from its own markup (neither corpus labels it)

ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
    "askpublicnewsarticle", "satiricalarticle", "blogposting",
    "socialmediaposting", "scholarlyarticle", "techarticle", "report",
    "liveblogposting", "posting",
}
NEWS_TYPES = {t for t in ARTICLE_TYPES if "news" in t} | {"liveblogposting"}

RE_LD = re.compile(
    rb"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.S | re.I
)
RE_OGTYPE = re.compile(
    rb"<meta[^>]+(?:property|name)\s*=\s*[\"']og:type[\"'][^>]*>", re.I
)
RE_CONTENT = re.compile(rb"content\s*=\s*[\"']([^\"']*)[\"']", re.I)
RE_ITEMTYPE = re.compile(rb"itemtype\s*=\s*[\"']https?://schema\.org/(\w+)", re.I)


def _ld_types(obj, out: set[str]) -> None:
    if isinstance(obj, list):
        for o in obj:
            _ld_types(o, out)
    elif isinstance(obj, dict):
        t = obj.get("@type")
        for x in t if isinstance(t, list) else [t]:
            if isinstance(x, str):
                out.add(x.rsplit("/", 1)[-1].lower())
        if "@graph" in obj:
            _ld_types(obj["@graph"], out)
        if isinstance(obj.get("mainEntity"), (dict, list)):
            _ld_types(obj["mainEntity"], out)


def kind_hint(raw: bytes) -> dict:
    """schema.org types and og:type found in the page; 'news'/'article'/None."""
    types: set[str] = set()
    for m in RE_LD.finditer(raw):
        body = m.group(1).decode("utf-8", "replace").strip()
        body = re.sub(r"^\s*<!--|-->\s*$", "", body)
        try:
            _ld_types(json.loads(body), types)
        except (ValueError, RecursionError):
            pass
    micro = {m.group(1).decode("ascii", "replace").lower()
             for m in RE_ITEMTYPE.finditer(raw)}
    og = None
    m = RE_OGTYPE.search(raw)
    if m:
        c = RE_CONTENT.search(m.group(0))
        if c:
            og = c.group(1).decode("utf-8", "replace").strip().lower()
    alltypes = types | micro
    if alltypes & NEWS_TYPES:
        kind = "news"
    elif alltypes & ARTICLE_TYPES or (og or "").startswith("article"):
        kind = "article"
    else:
        kind = None
    return {
        "kind_hint": kind,
        "schema_types": sorted(alltypes),
        "og_type": og,
    }


# --------------------------------------------------------------------------

SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(name: str, taken: set[str]) -> str:
    base = SAFE.sub("_", name).strip("_") or "page"
    cand, i = base, 2
    while cand.lower() in taken:
        cand = f"{base}_{i}"
        i += 1
    taken.add(cand.lower())
    return cand


def split_authors(byline: str | None) -> list[str]:
    """A rough split of a byline into names, for convenience only."""
    if not byline:
        return []
    s = html.unescape(byline).strip()
    s = re.sub(r"^\s*(by|von|par|por|di|door)\s+", "", s, flags=re.I)
    parts = re.split(r"\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\|)\s*", s)
    return [p.strip() for p in parts if p and p.strip()]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def convert_readability(tree: Tree, out: Path) -> int:
    base = "test/test-pages"
    files = tree.files(base)
    names = sorted({f[len(base) + 1:].split("/", 1)[0] for f in files})
    have = set(files)
    out.mkdir(parents=True, exist_ok=True)
    rows, taken = [], set()
    for name in names:
        src = f"{base}/{name}/source.html"
        exp = f"{base}/{name}/expected.html"
        meta_p = f"{base}/{name}/expected-metadata.json"
        if src not in have or exp not in have:
            print(f"readability: skipping {name}: no source/expected", file=sys.stderr)
            continue
        raw = tree.read(src)
        meta = json.loads(tree.read(meta_p)) if meta_p in have else {}
        paras = html_paragraphs(tree.read(exp).decode("utf-8", "replace"))
        fname = safe_name(name, taken) + ".html"
        (out / fname).write_bytes(raw)
        row = {
            "file": fname,
            "name": name,
            "title": meta.get("title"),
            "byline": meta.get("byline"),
            "authors": split_authors(meta.get("byline")),
            "published": meta.get("publishedTime"),
            "site_name": meta.get("siteName"),
            "lang": meta.get("lang"),
            "dir": meta.get("dir"),
            "excerpt": meta.get("excerpt"),
            "readerable": meta.get("readerable"),
            "paragraphs": paras,
            "text": "\n\n".join(paras),
            "bytes": len(raw),
        }
        row.update(kind_hint(raw))
        rows.append(row)
    write_jsonl(out / "gold.jsonl", rows)
    return len(rows)


def convert_trafilatura(tree: Tree, out: Path) -> int:
    evaldata = json.loads(tree.read("tests/evaldata.json"))
    have = set(tree.files("tests"))
    out.mkdir(parents=True, exist_ok=True)
    rows, taken = [], set()
    for url in sorted(evaldata):
        item = evaldata[url]
        # same lookup order as trafilatura's tests/eval_common.py: cache, then eval
        path = next(
            (f"tests/{d}/{item['file']}" for d in ("cache", "eval")
             if f"tests/{d}/{item['file']}" in have),
            None,
        )
        if path is None:
            print(f"trafilatura: no HTML for {url} ({item['file']})", file=sys.stderr)
            continue
        raw = tree.read(path)
        fname = safe_name(os.path.splitext(item["file"])[0], taken) + ".html"
        (out / fname).write_bytes(raw)
        author = item.get("author")
        row = {
            "file": fname,
            "source_file": path,
            # the eval keys some pages "hard::<file>" instead of by URL
            "url": url if url.startswith(("http://", "https://")) else None,
            "key": url,
            "with": item["with"],
            "without": item["without"],
            "title": item.get("title"),
            "author": author,
            "authors": (author if isinstance(author, list)
                        else [a.strip() for a in re.split(r";", author) if a.strip()]
                        if author else []),
            "date": item.get("date"),
            "sitename": item.get("sitename"),
            "description": item.get("description"),
            "categories": item.get("categories"),
            "tags": item.get("tags"),
            "comments": item.get("comments"),
            "license": item.get("license"),
            "region": item.get("region"),
            "bytes": len(raw),
        }
        row.update(kind_hint(raw))
        rows.append(row)
    write_jsonl(out / "gold.jsonl", rows)
    return len(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("readability", help="mozilla/readability checkout or git dir")
    ap.add_argument("trafilatura", help="adbar/trafilatura checkout or git dir")
    ap.add_argument("--out", default=None,
                    help="output folder (default: dev-data/webpages at the repo root)")
    a = ap.parse_args()
    out = Path(a.out) if a.out else Path(__file__).resolve().parents[2] / "dev-data" / "webpages"
    rt, tt = Tree(a.readability), Tree(a.trafilatura)
    n1 = convert_readability(rt, out / "readability")
    n2 = convert_trafilatura(tt, out / "trafilatura")
    (out / "SOURCES.json").write_text(json.dumps({
        "readability": {"repo": "mozilla/readability", "commit": rt.commit(), "pages": n1},
        "trafilatura": {"repo": "adbar/trafilatura", "commit": tt.commit(), "pages": n2},
    }, indent=2) + "\n", encoding="utf-8")
    print(f"{out}: readability {n1} pages, trafilatura {n2} pages")


if __name__ == "__main__":
    main()

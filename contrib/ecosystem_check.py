"""The checks of contrib/ecosystem-test.sh, with the real tools: the Spark
job's Parquet against `clippings import` of the same files, DuckDB on the
Parquet and on the SQLite file, Datasette with `clippings datasette`'s
metadata, and sqlite-utils' full-text search.

    python ecosystem_check.py CLIPPINGS WORK

WORK holds corpus.db (`clippings import` of the test corpora), spark/ (the
Spark job's output), roundtrip.db (`clippings import spark/records/part-*`)
and metadata.json. Prints a line per check, then 'N passed, N failed'.
"""

import glob
import hashlib
import json
import os
import sqlite3
import subprocess
import sys

import duckdb

CLIPPINGS, WORK = sys.argv[1], sys.argv[2]
DB = os.path.join(WORK, "corpus.db")
SPARK = os.path.join(WORK, "spark")
RESULTS = {"passed": 0, "failed": 0}


def check(name, ok, detail=""):
    RESULTS["passed" if ok else "failed"] += 1
    print(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail else ''}", flush=True)


def digest(rows):
    return hashlib.sha256("\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()).hexdigest()[:16]


def same(name, want, got):
    """Rows compared as JSON text, byte for byte, in a stable order."""
    want = sorted(want, key=json.dumps)
    got = sorted(got, key=json.dumps)
    if want == got:
        check(name, True, f"{len(want)} rows, identical (sha256 {digest(want)})")
        return
    missing = [r for r in want if r not in got][:3]
    extra = [r for r in got if r not in want][:3]
    check(name, False, f"{len(want)} rows wanted, {len(got)} got; missing {missing}; unexpected {extra}")


def sqlite_rows(db, sql):
    conn = sqlite3.connect(db)
    try:
        return [list(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def parquet(table):
    return f"read_parquet('{SPARK}/{table}/**/*.parquet', hive_partitioning = true)"


def clippings(*args):
    out = subprocess.run([CLIPPINGS, "--db", DB, *args], check=True, capture_output=True, text=True)
    return out.stdout


QUOTES_SQL = """
    SELECT a.path, q.start_offset, q.end_offset, q.text, q.kind, q.cue, q.paragraph, q.rule,
           q.speaker_text, p.name
    FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN people p ON p.id = q.person_id
"""
PEOPLE_SQL = "SELECT name, surname, given = 1 FROM people"
MENTIONS_SQL = """
    SELECT a.path, p.name, m.mentions, m.first_offset
    FROM mentions m JOIN articles a ON a.id = m.article_id JOIN people p ON p.id = m.person_id
"""


def spark_against_import():
    duck = duckdb.connect()
    quotes = [list(r) for r in duck.sql(f"""
        SELECT path, start_offset, end_offset, text, kind, cue, paragraph, rule, speaker_text, speaker
        FROM {parquet('quotes')}""").fetchall()]
    same("Spark quotations (and speakers) = clippings import's", sqlite_rows(DB, QUOTES_SQL), quotes)
    people = [list(r) for r in duck.sql(f"SELECT name, surname, given FROM {parquet('people')}").fetchall()]
    same("Spark people = clippings import's", [[n, s, bool(g)] for n, s, g in sqlite_rows(DB, PEOPLE_SQL)], people)
    mentions = [list(r) for r in duck.sql(
        f"SELECT path, person, mentions, first_offset FROM {parquet('mentions')}").fetchall()]
    same("Spark mentions = clippings import's", sqlite_rows(DB, MENTIONS_SQL), mentions)
    articles = [list(r) for r in duck.sql(
        f"SELECT path, headline, published, sha256 FROM {parquet('articles')}").fetchall()]
    same("Spark articles (path, headline, date, hash) = clippings import's",
         sqlite_rows(DB, "SELECT path, headline, published, sha256 FROM articles"), articles)


def roundtrip():
    rt = os.path.join(WORK, "roundtrip.db")
    for name, sql in [("quotations", QUOTES_SQL), ("people", PEOPLE_SQL), ("mentions", MENTIONS_SQL)]:
        same(f"import of Spark's records/ = direct import: {name}", sqlite_rows(DB, sql), sqlite_rows(rt, sql))


def duckdb_on_parquet():
    duck = duckdb.connect()
    top = duck.sql(f"""
        SELECT q.speaker, count(*) AS quotes FROM {parquet('quotes')} q JOIN {parquet('articles')} a USING (path)
        WHERE q.speaker IS NOT NULL GROUP BY q.speaker
        ORDER BY quotes DESC, count(DISTINCT a.outlet) DESC, q.speaker LIMIT 5""").fetchall()
    cli = json.loads(clippings("query", "top-speakers", "-p", "limit=5", "--format", "json"))
    check("DuckDB on the Parquet: top speakers = clippings query top-speakers",
          [list(r) for r in top] == [[r["speaker"], r["quotes"]] for r in cli],
          ", ".join(f"{s} {n}" for s, n in top))
    years = duck.sql(f"""
        SELECT year, count(*) FROM {parquet('quotes')} GROUP BY year ORDER BY year""").fetchall()
    total = sum(n for _, n in years)
    check("DuckDB reads the year partitions", total == sqlite_rows(DB, "SELECT count(*) FROM quotes")[0][0],
          f"{len(years)} partitions, {total} quotations")
    joined = duck.sql(f"""
        SELECT a.outlet, count(*) FROM {parquet('quotes')} q JOIN {parquet('articles')} a USING (path)
        WHERE q.text ILIKE '%asylum%' GROUP BY a.outlet ORDER BY a.outlet NULLS LAST""").fetchall()
    check("DuckDB joins quotes and articles on path", len(joined) > 0, str(joined))


def duckdb_on_sqlite():
    """DuckDB's sqlite extension, from its PyPI package (DuckDB would
    otherwise download it from its own site, which this machine cannot)."""
    duck = duckdb.connect()
    try:
        import duckdb_extension_sqlite_scanner as ext  # noqa: F401
        path = glob.glob(os.path.join(os.path.dirname(ext.__file__), "**", "*.duckdb_extension*"), recursive=True)
        duck.sql(f"LOAD '{path[0]}'")
    except Exception as e:  # reported, not hidden
        check("DuckDB loads its sqlite extension", False, repr(e))
        return
    duck.sql(f"ATTACH '{DB}' AS corpus (TYPE sqlite, READ_ONLY)")
    n = duck.sql("SELECT count(*) FROM corpus.quote_details WHERE speaker = 'Vladimir Putin'").fetchone()[0]
    want = sqlite_rows(DB, "SELECT count(*) FROM quote_details WHERE speaker = 'Vladimir Putin'")[0][0]
    check("DuckDB reads the SQLite file (view quote_details)", n == want and n > 0, f"{n} quotations of Vladimir Putin")
    outlets = duck.sql("""
        SELECT s.name, count(*) FROM corpus.articles a JOIN corpus.sources s ON s.id = a.source_id
        GROUP BY s.name ORDER BY 2 DESC, 1 LIMIT 3""").fetchall()
    check("DuckDB reads the SQLite file (articles and sources)", len(outlets) == 3, str(outlets))
    # The scanner does not see generated columns: articles.body is rebuilt
    # from its stored parts, as the column's definition does.
    bodies = duck.sql(f"""
        SELECT id, {DUCKDB_BODY} AS body FROM corpus.articles ORDER BY id""").fetchall()
    same("DuckDB rebuilds articles.body from its parts, as SQLite generates it",
         sqlite_rows(DB, "SELECT id, body FROM articles"), [list(r) for r in bodies])


# articles.body, for readers that do not see generated columns (see the README).
DUCKDB_BODY = ("coalesce(substr(raw_text, body_head_start, body_head_length), '') || body_text"
               " || coalesce(substr(raw_text, body_tail_start, body_tail_length), '')")


def datasette(path):
    out = subprocess.run(
        ["datasette", DB, "-m", os.path.join(WORK, "metadata.json"), "--get", path],
        check=True, capture_output=True, text=True)
    return out.stdout


def datasette_checks():
    got = json.loads(datasette("/corpus/top-speakers.json?_shape=array"))
    want = json.loads(clippings("query", "top-speakers", "--format", "json"))
    check("Datasette canned query top-speakers, limit left out = the CLI's default",
          got == want, f"{len(got)} rows")
    got = json.loads(datasette("/corpus/speaker-quotes.json?_shape=array&name=Putin&limit="))
    want = json.loads(clippings("query", "speaker-quotes", "-p", "name=Putin", "--format", "json"))
    check("Datasette canned query speaker-quotes, limit empty = the CLI's", got == want, f"{len(got)} rows")
    got = json.loads(datasette("/corpus/co-mentions.json?_shape=array&person=Putin&min_articles=3"))
    want = json.loads(clippings("query", "co-mentions", "-p", "person=Putin", "-p", "min_articles=3", "--format", "json"))
    check("Datasette canned query co-mentions, min_articles=3 (a number, given as text)", got == want, f"{len(got)} rows")
    for table, index in [("articles", "articles_fts"), ("quotes", "quotes_fts")]:
        page = datasette(f"/corpus/{table}")
        check(f"Datasette shows a search box on {table}", 'name="_search"' in page)
        got = json.loads(datasette(f"/corpus/{table}.json?_search=asylum&_shape=array&_col=id"))
        want = sqlite_rows(DB, f"SELECT rowid FROM {index} WHERE {index} MATCH 'asylum'")
        check(f"Datasette search on {table} ('asylum')", sorted(r["id"] for r in got) == sorted(r[0] for r in want),
              f"{len(got)} rows")
    facets = json.loads(datasette("/corpus/quotes.json?_size=0"))["facet_results"]
    kinds = {v["value"]: v["count"] for v in facets["kind"]["results"]}
    want = dict(sqlite_rows(DB, "SELECT kind, count(*) FROM quotes GROUP BY kind"))
    check("Datasette facets quotes by kind (from the metadata)", kinds == want, str(kinds))
    labels = json.loads(datasette("/corpus/quotes.json?_shape=array&_labels=on&_size=1"))[0]
    check("Datasette labels a quotation's article by headline and person by name",
          labels["article_id"]["label"] and labels["person_id"]["label"],
          f"{labels['article_id']['label'][:40]}… / {labels['person_id']['label']}")


def sqlite_utils_checks():
    for table, index in [("articles", "articles_fts"), ("quotes", "quotes_fts")]:
        out = subprocess.run(["sqlite-utils", "search", DB, table, "asylum", "-c", "id"],
                             capture_output=True, text=True)
        want = sqlite_rows(DB, f"SELECT count(*) FROM {index} WHERE {index} MATCH 'asylum'")[0][0]
        rows = json.loads(out.stdout) if out.returncode == 0 else []
        check(f"sqlite-utils search {table} asylum", out.returncode == 0 and len(rows) == want,
              f"{len(rows)} rows" if out.returncode == 0 else out.stderr.strip())


for step in [spark_against_import, roundtrip, duckdb_on_parquet, duckdb_on_sqlite, datasette_checks,
             sqlite_utils_checks]:
    try:
        step()
    except Exception as e:
        check(step.__name__, False, repr(e))

print(f"ecosystem: {RESULTS['passed']} passed, {RESULTS['failed']} failed")
sys.exit(1 if RESULTS["failed"] else 0)

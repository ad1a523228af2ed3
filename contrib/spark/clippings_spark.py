"""clippings on Apache Spark: articles as JSON lines in, Parquet tables out.

    spark-submit --master local[2] --files target/release/clippings \\
        contrib/spark/clippings_spark.py articles.jsonl out/

Each input line is one article as a JSON object, read as `clippings
import` reads a JSON lines file (news-please's, CC-News's, trafilatura's
and Media Cloud's field names; a line with a "path" is the text of that
file, its "outlet", "url", "published" and "authors" its manifest row;
`clippings extract --help` says how they are read). Each partition's
lines go through `clippings extract -` as a streaming filter (`rdd.pipe`
with checkCode=True: an extractor that fails, fails the task and so the
job, rather than leaving its partition short). The binary is shipped to
the executors with --files (or --binary, which adds it with addFile).

Written under OUT:

- records/   the JSON lines `clippings extract` wrote, one part file per
             partition, each starting with the format's header: `clippings
             import out/records/part-*` makes the one SQLite file of the
             corpus from them without extracting again;
- articles/, quotes/, mentions/  Parquet, partitioned by the year the
             article was published (`year=unknown` when it does not say);
- people/    Parquet, the people of the whole corpus.

People are resolved across the corpus as `clippings import` resolves them
(crates/store/src/consolidate.sql): a surname alone, or a lone capitalised
word, goes to the one person with a full name who bears that surname; a
quotation attributed to a qualified title ("the Italian Prime Minister")
to the one person holding a role it ends with. Rows name their article by
path and their person by name, so the tables join without ids.
"""

import argparse
import os
import sys

from pyspark import SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

HEADER_PREFIX = '{"format":"clippings-extract"'

STR = T.StringType()
LONG = T.LongType()


def arr(t):
    return T.ArrayType(t)


def struct(**fields):
    return T.StructType([T.StructField(k, v) for k, v in fields.items()])


# The part of a record (see src/record.rs, format version 2: what a
# manifest row, a page or a record's fields say is in the metadata) the
# tables need.
RECORD = struct(
    source=struct(path=STR, file=STR, sha256=STR, encoding=STR),
    extraction=struct(
        metadata=struct(
            headline=STR, standfirst=STR, authors=arr(STR), author_surnames=arr(STR),
            published=struct(iso=STR, zone=STR), dateline=STR, outlet=STR, url=STR,
        ),
        body=STR,
        people=arr(struct(
            name=STR, given=STR, surname=STR, aliases=arr(STR), roles=arr(STR),
            mentions=LONG, first_offset=LONG, weak=T.BooleanType(),
        )),
        quotes=arr(struct(
            text=STR, start=LONG, end=LONG, paragraph=LONG, kind=STR,
            speaker=LONG, speaker_text=STR, cue=STR, rule=STR,
        )),
    ),
)


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("input", help="JSON lines, one article a line (a file, folder or glob)")
    p.add_argument("output", help="folder for records/ and the Parquet tables")
    p.add_argument("--partitions", type=int, default=0,
                   help="partitions to extract in (default: Spark's default parallelism)")
    p.add_argument("--jobs", type=int, default=1,
                   help="extractor threads per partition (default 1: Spark runs a partition per core)")
    p.add_argument("--tables-only", action="store_true",
                   help="make the tables again from OUTPUT/records, without extracting")
    p.add_argument("--binary", default=None,
                   help="the clippings binary, if not shipped with --files")
    return p.parse_args(argv)


def extractor_path(spark, binary):
    """Where executors find the binary: --files (or addFile) puts it in
    SparkFiles' folder, which is the driver's temporary folder when the
    executors run in the driver (local mode) and each executor's working
    directory on a cluster."""
    sc = spark.sparkContext
    if binary:
        sc.addFile(os.path.abspath(binary))
    if sc.master.startswith("local"):
        return SparkFiles.get("clippings")
    return "./clippings"


def extract(spark, args):
    sc = spark.sparkContext
    lines = sc.textFile(args.input)
    if args.partitions:
        lines = lines.repartition(args.partitions)
    command = f"{extractor_path(spark, args.binary)} extract - --jobs {args.jobs}"
    records_dir = os.path.join(args.output, "records")
    # Each partition: one `clippings extract -` process, its header first.
    lines.pipe(command, checkCode=True).saveAsTextFile(records_dir)
    return records_dir


def tables(spark, records_dir, out):
    lines = spark.read.text(records_dir).where(~F.col("value").startswith(HEADER_PREFIX))
    records = lines.select(F.from_json("value", RECORD).alias("r")).select("r.*")
    records.cache().createOrReplaceTempView("records")
    sql = spark.sql

    def keep(name):
        """Computed once: every table below reads it."""
        spark.table(name).cache().createOrReplaceTempView(name)

    # Articles, as the store writes them (the outlet as given or read, not
    # canonicalised as clippings' outlet list would).
    sql("""
        SELECT source.path AS path,
               source.file AS file,
               extraction.metadata.outlet AS outlet,
               extraction.metadata.url AS url,
               extraction.metadata.headline AS headline,
               extraction.metadata.standfirst AS standfirst,
               array_join(extraction.metadata.authors, ', ') AS byline,
               extraction.metadata.published.iso AS published,
               extraction.metadata.published.zone AS published_tz,
               extraction.metadata.dateline AS dateline,
               extraction.body AS body,
               source.sha256 AS sha256,
               source.encoding AS encoding,
               coalesce(substr(extraction.metadata.published.iso, 1, 4), 'unknown') AS year
        FROM records
    """).createOrReplaceTempView("articles")
    # The partition of each article, for its quotations and mentions (a
    # small table: joining with the articles themselves would move their
    # bodies about).
    sql("SELECT path, year FROM articles").createOrReplaceTempView("years")
    keep("years")

    # Each person an article names, with its place in the article's list.
    sql("""
        SELECT source.path AS path, pos AS idx, p.name, p.given IS NOT NULL AS has_given,
               p.surname, p.weak, p.mentions, p.first_offset, p.aliases, p.roles
        FROM records LATERAL VIEW posexplode(extraction.people) t AS pos, p
    """).createOrReplaceTempView("named")
    sql("""
        SELECT source.path AS path, pos AS position, trim(author) AS name,
               coalesce(try_element_at(extraction.metadata.author_surnames, pos + 1),
                        element_at(split(trim(author), ' '), -1)) AS surname
        FROM records LATERAL VIEW posexplode(extraction.metadata.authors) t AS pos, author
    """).createOrReplaceTempView("authors")

    # People with a full name (a name is one person whatever its case; the
    # spelling of the first article, by path, is kept) ...
    # The surname is the extractor's ("Raymond Ellis Jr." is Ellis, "Amparo
    # de la Vega" de la Vega), for bylines too (records written before
    # author_surnames give a byline's last word).
    sql("""
        SELECT lower(name) AS pkey, min_by(name, path) AS name,
               max_by(surname, struct(extracted, path)) AS surname,
               lower(max_by(surname, struct(extracted, path))) AS skey
        FROM (SELECT name, path, surname, 1 AS extracted FROM named WHERE NOT weak AND has_given
              UNION ALL SELECT name, path, surname, 0 FROM authors
              WHERE name LIKE '% %')
        GROUP BY lower(name)
    """).createOrReplaceTempView("full_names")
    # ... and the surnames exactly one of them bears.
    sql("""
        SELECT skey, first(pkey) AS pkey FROM full_names GROUP BY skey HAVING count(*) = 1
    """).createOrReplaceTempView("sole_bearers")

    # Every name of an article resolved to a person (pkey), or left
    # unresolved (NULL: a lone word nobody in the corpus bears alone).
    sql("""
        SELECT n.path, n.idx, n.name, n.weak, n.has_given, n.mentions, n.first_offset, n.aliases, n.roles,
               CASE WHEN NOT n.weak AND n.has_given THEN lower(n.name)
                    ELSE coalesce(s.pkey, CASE WHEN n.weak THEN NULL ELSE lower(n.name) END)
               END AS pkey
        FROM named n LEFT JOIN sole_bearers s ON s.skey = lower(n.surname)
    """).createOrReplaceTempView("resolved")
    keep("resolved")
    sql("""
        SELECT a.path, a.position, coalesce(s.pkey, lower(a.name)) AS pkey, a.name
        FROM authors a LEFT JOIN sole_bearers s
          ON a.name NOT LIKE '% %' AND s.skey = lower(a.name)
    """).createOrReplaceTempView("resolved_authors")

    # Quotations with their speaker; then those attributed to a qualified
    # title alone go to the one person holding a role of two words or more
    # it ends with.
    sql("""
        SELECT q.path, q.position, q.q.text, q.q.kind, q.q.cue,
               q.q.start AS start_offset, q.q.`end` AS end_offset, q.q.paragraph + 1 AS paragraph,
               q.q.rule, q.q.speaker_text, p.pkey
        FROM (SELECT source.path AS path, pos AS position, q
              FROM records LATERAL VIEW posexplode(extraction.quotes) t AS pos, q) q
        LEFT JOIN resolved p ON p.path = q.path AND p.idx = q.q.speaker
    """).createOrReplaceTempView("quotes0")
    sql("""
        SELECT DISTINCT path, pkey, lower(role) AS role
        FROM resolved LATERAL VIEW explode(roles) t AS role WHERE pkey IS NOT NULL
    """).createOrReplaceTempView("roles")
    sql("""
        WITH titles AS (
            SELECT path, position, words, i
            FROM (SELECT path, position, split(substr(speaker_text, 5), ' ') AS words
                  FROM quotes0
                  WHERE pkey IS NULL AND lower(speaker_text) LIKE 'the % %')
            LATERAL VIEW explode(sequence(1, size(words) - 1)) t AS i
        )
        SELECT t.path, t.position, first(r.pkey) AS pkey
        FROM titles t
        JOIN roles r ON r.role = lower(array_join(slice(t.words, t.i, size(t.words) - t.i + 1), ' '))
        GROUP BY t.path, t.position
        HAVING count(DISTINCT r.pkey) = 1
    """).createOrReplaceTempView("role_speakers")
    sql("""
        SELECT q.path, q.position, q.text, q.kind, q.cue, q.start_offset, q.end_offset,
               q.paragraph, q.rule, q.speaker_text, coalesce(q.pkey, rs.pkey) AS pkey
        FROM quotes0 q LEFT JOIN role_speakers rs ON rs.path = q.path AND rs.position = q.position
    """).createOrReplaceTempView("quotes1")
    keep("quotes1")

    # Mentions: a person's names in an article summed; a person found only
    # as a title's speaker is named once per quotation.
    sql("""
        SELECT path, pkey, sum(mentions) AS mentions, min(first_offset) AS first_offset
        FROM resolved WHERE pkey IS NOT NULL AND mentions > 0
        GROUP BY path, pkey
    """).createOrReplaceTempView("mentions0")
    sql("""
        SELECT * FROM mentions0
        UNION ALL
        SELECT rs.path, rs.pkey, count(*) AS mentions, CAST(NULL AS BIGINT) AS first_offset
        FROM role_speakers rs LEFT ANTI JOIN mentions0 m ON m.path = rs.path AND m.pkey = rs.pkey
        GROUP BY rs.path, rs.pkey
    """).createOrReplaceTempView("mentions1")
    keep("mentions1")

    # The people rows: every person a mention, quotation or byline refers to.
    sql("""
        WITH used AS (
            SELECT pkey FROM mentions1 UNION SELECT pkey FROM quotes1 WHERE pkey IS NOT NULL
            UNION SELECT pkey FROM resolved_authors
        ),
        spelled AS (
            SELECT pkey, name, surname, 1 AS given FROM full_names
            UNION ALL
            -- Known by a surname alone, which no one full name bears alone.
            SELECT pkey, min_by(name, path), min_by(name, path), 0 FROM resolved
            WHERE NOT weak AND NOT has_given AND pkey = lower(name) GROUP BY pkey
            UNION ALL
            SELECT pkey, min_by(name, path), min_by(name, path), 0 FROM resolved_authors
            WHERE name NOT LIKE '% %' AND pkey = lower(name) GROUP BY pkey
        )
        SELECT u.pkey, max_by(s.name, s.given) AS name, max_by(s.surname, s.given) AS surname,
               max(s.given) AS given
        FROM used u JOIN spelled s ON s.pkey = u.pkey
        GROUP BY u.pkey
    """).createOrReplaceTempView("people0")
    keep("people0")

    people = sql("""
        SELECT name, surname, given = 1 AS given FROM people0
    """)
    quotes = sql("""
        SELECT q.path, q.position, q.text, q.kind, q.cue, q.start_offset, q.end_offset,
               q.paragraph, q.rule, q.speaker_text, p.name AS speaker, a.year
        FROM quotes1 q LEFT JOIN people0 p ON p.pkey = q.pkey JOIN years a ON a.path = q.path
    """)
    mentions = sql("""
        SELECT m.path, p.name AS person, m.mentions, m.first_offset, a.year
        FROM mentions1 m JOIN people0 p ON p.pkey = m.pkey JOIN years a ON a.path = m.path
    """)
    articles = spark.table("articles")

    for name, df, by in [
        ("articles", articles, ["year"]),
        ("quotes", quotes, ["year"]),
        ("mentions", mentions, ["year"]),
        ("people", people.coalesce(1), []),
    ]:
        writer = df.write.mode("overwrite")
        if by:
            writer = writer.partitionBy(*by)
        writer.parquet(os.path.join(out, name))


def main(argv):
    args = parse_args(argv)
    spark = (
        SparkSession.builder.appName("clippings")
        # Partition columns read back as written ("2017", "unknown").
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
        .getOrCreate()
    )
    # Spark's 200 shuffle partitions are for clusters; unless told otherwise,
    # two per core.
    if not spark.sparkContext.getConf().contains("spark.sql.shuffle.partitions"):
        spark.conf.set("spark.sql.shuffle.partitions", str(2 * spark.sparkContext.defaultParallelism))
    try:
        if args.tables_only:
            records_dir = os.path.join(args.output, "records")
        else:
            records_dir = extract(spark, args)
        tables(spark, records_dir, args.output)
    finally:
        spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])

#!/usr/bin/env bash
# clippings with the tools people already use, for real: builds a virtual
# environment with pinned PySpark, DuckDB, Datasette and sqlite-utils
# (contrib/requirements.txt), then
#   - runs the Spark job (contrib/spark) in local[2] on the test corpora and
#     checks its quotations (byte for byte), speakers, people and mentions
#     against `clippings import` of the same files;
#   - imports the job's records/ back into one SQLite file (the round trip a
#     cluster makes) and checks it against the direct import;
#   - queries the Parquet with DuckDB, and the SQLite file with DuckDB's
#     sqlite extension;
#   - serves the database with `clippings datasette`'s metadata and checks a
#     canned query with a parameter left out, a search, a faceted table;
#   - runs `sqlite-utils search` on both full-text indexes.
# Prints a line per check, then 'N passed, N failed'. The environment is
# kept in target/ecosystem-venv (CLIPPINGS_VENV says elsewhere) and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
venv=${CLIPPINGS_VENV:-$root/target/ecosystem-venv}
started=$SECONDS

step() { printf '== %s (%ds)\n' "$*" $((SECONDS - started)); }

step "virtual environment $venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check -r contrib/requirements.txt
export PATH="$venv/bin:$PATH"
export SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$venv/bin/python"

step "clippings (release build)"
cargo build --release --locked --quiet
clippings=$root/target/release/clippings

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpora=(seeds tests/corpus/articles tests/corpus/heldout/articles tests/corpus/aliases/articles)

step "clippings import of the test corpora"
"$clippings" --db "$work/corpus.db" import --quiet "${corpora[@]}"
"$clippings" --db "$work/corpus.db" datasette --out "$work/metadata.json"

step "the Spark job, local[2]"
python3 contrib/spark/texts_to_jsonl.py "${corpora[@]}" > "$work/articles.jsonl"
spark-submit --master 'local[2]' --files "$clippings" \
    --conf spark.ui.enabled=false \
    contrib/spark/clippings_spark.py "$work/articles.jsonl" "$work/spark" \
    > "$work/spark.log" 2>&1 || { tail -50 "$work/spark.log"; exit 1; }

step "clippings import of the job's records"
"$clippings" --db "$work/roundtrip.db" import --quiet "$work"/spark/records/part-*

step "checks"
python contrib/ecosystem_check.py "$clippings" "$work"
step "done"

#!/usr/bin/env bash
# Proves the map/reduce contract on a real engine: Spark (local mode) runs
#   timeline map  →  shuffle by key (sorted within partitions)  →  timeline reduce
# through RDD.pipe on a generated corpus, then `timeline merge` joins the partial events;
# the result must be byte-identical to `timeline reconcile` on the same documents.
#
# Not part of CI: it downloads pyspark (~300 MB) from PyPI into a virtual environment.
# Needs Java 17 and python3. Usage: Scripts/spark-check.sh [DOCS] [PARTITIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
docs="${1:-2000}"
partitions="${2:-4}"
venv="${SPARK_VENV:-.build/spark-venv}"
work="$(mktemp -d)"
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

swift build -c release --product timeline >&2
bin="$PWD/.build/release/timeline"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q pyspark
fi

"$bin" generate --docs "$docs" --seed 7 --out "$work/corpus"
jsonl="$work/corpus/docs.jsonl"

# Reference: the in-process path on the same JSON-lines file.
(cd "$work/corpus" && "$bin" reconcile --quiet docs.jsonl 2>/dev/null) > "$work/reconcile.json"

cat > "$work/job.py" <<PY
import os, sys
from pyspark import SparkConf, SparkContext
conf = SparkConf().setMaster("local[2]").setAppName("timeline-spark-check")
sc = SparkContext(conf=conf)
sc.setLogLevel("ERROR")
env = {"LC_ALL": "C"}
# Each record travels with its line number in docs.jsonl (ids, diagnostics and evidence
# must not depend on how Spark splits the file).
lines = sc.textFile("$jsonl", minPartitions=$partitions).zipWithIndex().map(lambda t: "%d\t%s" % (t[1] + 1, t[0]))
mapped = lines.pipe("$bin map --quiet --numbered --name docs.jsonl", env=env)
# Shuffle by key: every line of one key lands in one partition, keys sorted within it.
keyed = mapped.map(lambda line: (line.split("\t", 1)[0], line))
shuffled = keyed.repartitionAndSortWithinPartitions(numPartitions=$partitions, keyfunc=lambda k: k)
reduced = shuffled.map(lambda kv: kv[1]).pipe("$bin reduce", env=env)
with open("$work/reduced.txt", "w") as out:
    for line in reduced.toLocalIterator():
        out.write(line + "\n")
sc.stop()
PY
"$venv/bin/python" "$work/job.py"
"$bin" merge --quiet < "$work/reduced.txt" > "$work/spark.json" 2>/dev/null

if cmp -s "$work/reconcile.json" "$work/spark.json"; then
  events=$(grep -c '"class"' "$work/spark.json" || true)
  echo "spark-check: OK — Spark map→shuffle→reduce + merge equals reconcile ($docs documents, $partitions partitions, $events events, $(wc -l < "$work/reduced.txt") reduce lines)"
else
  echo "spark-check: FAILED — outputs differ:" >&2
  diff "$work/reconcile.json" "$work/spark.json" | head -40 >&2
  exit 1
fi

#!/usr/bin/env bash
# Times the streamed path, `timeline map | LC_ALL=C sort | timeline reduce | timeline merge`,
# stage by stage on a generated corpus (wall, user and system seconds, peak RSS of each
# process), then checks its timeline equals `timeline reconcile` on the same JSON lines.
# Usage: Scripts/stream-bench.sh [DOCS] [WORKDIR]     (default 10000 documents, a temp folder)
set -euo pipefail
cd "$(dirname "$0")/.."
docs="${1:-10000}"
work="${2:-$(mktemp -d)}"
swift build -c release --product timeline >&2
bin="$PWD/.build/release/timeline"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr)" >&2
[ -f "$work/docs.jsonl" ] || "$bin" generate --docs "$docs" --seed 1 --out "$work" >&2
mb=$(du -bL "$work/docs.jsonl" | cut -f1)
echo "$docs documents ($((mb / 1000000)) MB of JSON lines) in $work" >&2
t() { /usr/bin/env time -f "$1 %e s wall, %U user s, %S system s, peak RSS %M KB" "${@:2}"; }
t map "$bin" map --quiet --name docs.jsonl < "$work/docs.jsonl" > "$work/mapped"
# Half the memory as sort's buffer: the 100k lines (2.6 GB) then sort in memory; with 1 GB,
# GNU sort spilled to temporary files and took 22 s, 19 of them system time (a cluster's
# shuffle does this step).
t sort env LC_ALL=C sort -S 50% -T "$work" "$work/mapped" > "$work/sorted"
rm -f "$work/mapped"
t reduce "$bin" reduce < "$work/sorted" > "$work/reduced"
rm -f "$work/sorted"
echo "reduce output: $(du -b "$work/reduced" | cut -f1) bytes, $(wc -l < "$work/reduced") lines" >&2
t merge "$bin" merge --quiet < "$work/reduced" > "$work/streamed.json"
rm -f "$work/reduced"
(cd "$work" && t reconcile "$bin" reconcile --quiet docs.jsonl) > "$work/reconciled.json"
if cmp -s "$work/streamed.json" "$work/reconciled.json"; then
  echo "OK: map | sort | reduce | merge equals reconcile" >&2
else
  echo "DIFFERENT: $work/streamed.json vs $work/reconciled.json" >&2
  exit 1
fi

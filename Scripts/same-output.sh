#!/usr/bin/env bash
# Checks that two `timeline` binaries give byte-identical output: the gate for a change meant
# only to make the engine faster. Compares `reconcile` on a generated 2,000-document corpus,
# ECB+ (when ../shared is beside the repository), every gold corpus and every fixture, plus
# `audit`, `extract` and `dates`. Prints OK, or each output that differs with its first lines.
#
#   Scripts/same-output.sh OLD_BINARY [NEW_BINARY]     (NEW defaults to this tree's release build)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
old=$(readlink -f "${1:?usage: Scripts/same-output.sh OLD_BINARY [NEW_BINARY]}")
if [ $# -ge 2 ]; then new=$(readlink -f "$2"); else swift build -c release --product timeline >&2; new="$root/.build/release/timeline"; fi
shared="$root/../shared"
[ -d "$shared" ] || shared="$root/../../shared"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$old" generate --docs 2000 --seed 7 --out "$work/g2k" > /dev/null 2>&1
cases=("g2k|reconcile --quiet $work/g2k/docs.jsonl" "g2k-audit|audit $work/g2k/docs.jsonl"
  "extract-seeds|extract $root/fixtures/seeds/docs")
first=$(ls "$root"/fixtures/seeds/docs/*.txt | head -1)
cases+=("dates|dates --dct 2024-05-01 $first")
[ -d "$shared/data/ecbplus/text" ] && cases+=("ecb|reconcile --quiet $shared/data/ecbplus/text")
for c in "$root"/corpora/*/docs "$root"/fixtures/*/docs; do
  name=$(basename "$(dirname "$c")")
  cases+=("$name|reconcile --quiet $c")
done
fail=0
for c in "${cases[@]}"; do
  name=${c%%|*}
  args=${c#*|}
  (cd "$work" && $old $args > "$work/old" 2>&1 || true)
  (cd "$work" && $new $args > "$work/new" 2>&1 || true)
  if ! cmp -s "$work/old" "$work/new"; then
    echo "DIFF $name: timeline $args"
    diff "$work/old" "$work/new" | head -5 || true
    fail=1
  fi
done
[ $fail = 0 ] && echo "OK: ${#cases[@]} outputs byte-identical"
exit $fail

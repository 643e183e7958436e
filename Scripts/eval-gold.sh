#!/usr/bin/env bash
# Scores `timeline reconcile` on every corpus with a gold annotation under corpora/ (each a
# `docs/` folder and a `gold.json` in the shape of ../shared/gold/seeds.json), with the shared
# scorer ../shared/tools/eval_reconcile.py. Prints one line per corpus: merges, distinct pairs,
# conflicts, false flags, publication dates, date expressions.
#
#   Scripts/eval-gold.sh [--verbose]     (release build; --verbose prints every miss)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="../shared"
[ -d "$SHARED" ] || SHARED="../../shared"
SCORER=${EVAL_RECONCILE:-"$SHARED/tools/eval_reconcile.py"}
swift build -c release --product timeline >/dev/null
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for gold in corpora/*/gold.json; do
  dir=$(dirname "$gold")
  name=$(basename "$dir")
  .build/release/timeline reconcile --quiet --format json "$dir/docs" > "$OUT/$name.json" || true
  if [ "${1:-}" = "--verbose" ]; then
    echo "== $name"
    python3 "$SCORER" --gold "$gold" --corpus "$dir/docs" --system "$OUT/$name.json" --verbose
  else
    printf '%-20s ' "$name"
    python3 "$SCORER" --gold "$gold" --corpus "$dir/docs" --system "$OUT/$name.json" | grep '^SCORE' \
      | sed 's/^SCORE //' | cut -d' ' -f1-7
  fi
done

#!/usr/bin/env bash
# Release-build benchmark: per-stage MB/s, docs/s, peak memory, growth and accuracy on
# generated corpora. Usage: Scripts/bench.sh [SIZES] [extra bench options]
#   Scripts/bench.sh                      # 1000,10000,100000
#   Scripts/bench.sh 1000,10000 --json
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${1:-1000,10000,100000}"
shift || true
swift build -c release --product timeline >&2
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr)" >&2
exec /usr/bin/env time -v .build/release/timeline bench --docs "$sizes" "$@" 2> >(grep -E "Maximum resident|Elapsed|documents" >&2)

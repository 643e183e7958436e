#!/usr/bin/env bash
# Scores `timeline dates` on a TimeML corpus (TempEval-3 task A: TIMEX3 spans, types, values).
#
#   Scripts/eval-tempeval.sh [DIR] [-- scorer options, e.g. --errors]
#
# DIR defaults to ../shared/data/tempeval3/train. For each .tml file: take the <TEXT> part,
# remove every tag and decode character references (the plain text the scorer compares),
# run `timeline dates --format timeml --dct <the file's DCT>` (release build) on it, wrap the
# result in <TEXT>…</TEXT> under a scratch folder with the same relative path, then run
# ../shared/tools/timex_eval.py on gold vs system. The last line printed is the score.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
# The shared folder sits beside the repository (../shared), or two levels up for worktrees.
SHARED="$ROOT/../shared"
[ -d "$SHARED" ] || SHARED="$ROOT/../../shared"
GOLD=${1:-"$SHARED/data/tempeval3/train"}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
SCORER=${TIMEX_EVAL:-"$SHARED/tools/timex_eval.py"}
[ -d "$GOLD" ] || { echo "eval-tempeval: no such folder: $GOLD" >&2; exit 2; }

swift build -c release --product timeline >&2
BIN="$ROOT/.build/release/timeline"
OUT=$(mktemp -d "${TMPDIR:-/tmp}/tempeval.XXXXXX")
trap 'rm -rf "$OUT"' EXIT

python3 - "$GOLD" "$OUT" "$BIN" <<'PY'
import html, os, re, subprocess, sys
gold, out, binary = sys.argv[1:4]
tag = re.compile(r"<[^>]*>")
for dirpath, dirnames, files in os.walk(gold):
    dirnames.sort()
    for name in sorted(files):
        if not name.endswith(".tml") or name.startswith("._"):
            continue
        path = os.path.join(dirpath, name)
        raw = open(path, encoding="utf-8-sig").read()
        m = re.search(r'functionInDocument="CREATION_TIME"[^>]*>|<DCT>\s*<TIMEX3[^>]*>', raw)
        dct = None
        if m:
            v = re.search(r'value="(\d{4}-\d{2}-\d{2})', m.group(0))
            dct = v.group(1) if v else None
        a = re.search(r"<TEXT(\s[^>]*)?>", raw)
        b = re.search(r"</TEXT\s*>", raw[a.end():]) if a else None
        if not a or not b:
            print("skip (no TEXT): " + path, file=sys.stderr)
            continue
        body = raw[a.end():a.end() + b.start()].replace("\r\n", "\n").replace("\r", "\n")
        plain = html.unescape(tag.sub("", body))
        args = [binary, "dates", "--format", "timeml"] + (["--dct", dct] if dct else []) + ["-"]
        r = subprocess.run(args, input=plain.encode(), capture_output=True)
        if r.returncode != 0:
            print("%s: timeline exited %d: %s" % (path, r.returncode, r.stderr.decode()[:200]), file=sys.stderr)
            continue
        rel = os.path.relpath(path, gold)
        dest = os.path.join(out, rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8") as fh:
            fh.write("<TimeML>\n<TEXT>" + r.stdout.decode() + "</TEXT>\n</TimeML>\n")
PY
python3 "$SCORER" "$GOLD" "$OUT" "$@"

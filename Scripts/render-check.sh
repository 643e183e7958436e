#!/usr/bin/env bash
# Renders fixtures/seeds/docs to one HTML page, checks that it is self-contained and
# well-formed, and (when chromium is installed) takes a headless screenshot to
# docs/report.png. Needs no network: without chromium the screenshot is skipped.
#
# Usage: Scripts/render-check.sh [CORPUS] [OUT_DIR]
#   CORPUS   default fixtures/seeds/docs
#   OUT_DIR  default .build/render-check (report.html, report.md, report.csv, report.timelinejs.json)
# Env: TIMELINE_BIN (default: the debug build, built if needed), SCREENSHOT (default docs/report.png),
#      WINDOW (default 1280,2400)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-fixtures/seeds/docs}"
out="${2:-.build/render-check}"
shot="${SCREENSHOT:-docs/report.png}"
window="${WINDOW:-1280,2400}"
mkdir -p "$out"

if [[ -n "${TIMELINE_BIN:-}" ]]; then
  bin="$TIMELINE_BIN"
else
  swift build --product timeline >/dev/null
  bin="$(swift build --show-bin-path)/timeline"
fi

"$bin" reconcile --quiet --format html -o "$out/report.html" "$corpus"
for f in markdown csv timelinejs; do
  "$bin" reconcile --quiet --format "$f" -o "$out/report.$f" "$corpus"
done

fail=0
if ! head -c 15 "$out/report.html" | grep -q '<!DOCTYPE html>'; then
  echo "render-check: reconcile --format html did not produce HTML (is the renderer wired into reconcile?)" >&2
  exit 1
fi
# Self-contained: no src attributes, no links or CSS URLs leaving the page, no script.
if grep -Eqi '(src|srcset|action)=|href="[^#]|url\(|@import|<script' "$out/report.html"; then
  echo "render-check: the page references something outside itself:" >&2
  grep -Eoi '(src|srcset|action)=[^ >]*|href="[^#][^"]*"|url\([^)]*\)|@import[^;]*|<script' "$out/report.html" | head >&2
  fail=1
fi
# Well-formed XML (XHTML-compatible), when python3 is around.
if command -v python3 >/dev/null; then
  if ! python3 -c 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])' "$out/report.html"; then
    echo "render-check: report.html is not well-formed XML" >&2
    fail=1
  fi
fi

browser=""
for b in chromium chromium-browser google-chrome; do
  if command -v "$b" >/dev/null; then browser="$b"; break; fi
done
if [[ -n "$browser" ]]; then
  mkdir -p "$(dirname "$shot")"
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --window-size="$window" --screenshot="$PWD/$shot" "file://$PWD/$out/report.html" >/dev/null 2>&1 || {
    echo "render-check: $browser failed to take the screenshot" >&2
    fail=1
  }
  [[ -s "$shot" ]] && echo "render-check: screenshot $shot"
else
  echo "render-check: chromium not installed; skipped the screenshot (apt-get install chromium)"
fi
echo "render-check: $out/report.html ($(wc -c <"$out/report.html") bytes)"
exit "$fail"

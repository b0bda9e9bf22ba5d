#!/usr/bin/env bash
# The report's page in a real browser: headless Chromium renders `redflag report --format html` to a screenshot at
# 1280x800 (a projector's size) and prints it to PDF on A4 and on US Letter, then says how many pages each took.
# Look at the PNG and the PDFs (pdftoppm -png turns pages into pictures): no chart may be cut across two pages.
#
# Usage: scripts/report-page.sh [RESULTS...]
#   With no RESULTS, a demo room from scripts/demo-room.py (not real data).
#   Writes into $OUT (default target/report-page/): report.html, report-page.png, report-A4.pdf, report-Letter.pdf.
#   Needs Debian's chromium (apt-get install chromium); REDFLAG may name the binary (default: builds the debug one).
# docs/report-page.png is the screenshot of the demo room (tests/fixtures/records/demo-room.jsonl, the same records)
# that tests/browser/report.test.mjs takes; this script is for looking at any room.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}
out=${OUT:-target/report-page}
mkdir -p "$out"
out=$(cd "$out" && pwd)
if [ -z "${REDFLAG:-}" ]; then
    cargo build --quiet
    REDFLAG=$target/debug/redflag
fi
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "error: no chromium found; install it with: apt-get install chromium" >&2
    exit 1
fi
if [ $# -eq 0 ]; then
    python3 scripts/demo-room.py "$REDFLAG" 24 >"$out/demo-room.jsonl"
    set -- "$out/demo-room.jsonl"
fi
"$REDFLAG" report --format html -o "$out/report.html" "$@"
# Root in a container needs --no-sandbox; the page loads nothing, so the sandbox guards nothing here.
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions --mute-audio)
"$browser" "${flags[@]}" --window-size=1280,800 --screenshot="$out/report-page.png" "file://$out/report.html" 2>/dev/null
for size in A4 Letter; do
    # The page leaves the paper size to the printer; a copy that names it stands in for a printer set to it.
    sed "s|</head>|<style>@page { size: $size; }</style></head>|" "$out/report.html" >"$out/report-$size.html"
    "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/report-$size.pdf" \
        "file://$out/report-$size.html" 2>/dev/null
    rm "$out/report-$size.html"
    if command -v pdfinfo >/dev/null; then
        echo "$size: $(pdfinfo "$out/report-$size.pdf" | awk '/^Pages:/ {print $2}') page(s), $out/report-$size.pdf"
    else
        echo "$size: $out/report-$size.pdf"
    fi
done
echo "screenshot: $out/report-page.png"

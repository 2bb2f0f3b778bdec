#!/usr/bin/env bash
# Smoke test of a built CaseDesk folder: with an empty environment (no venv, no PYTHONPATH, a new HOME) it
# reports its version, makes the demo workspace, prints a case's archive bag (checked with pdftotext), opens
# the main window signed in and saves a picture of it, then quits.
# Usage: bash packaging/smoke_linux.sh dist/CaseDesk
set -euo pipefail
app="$(cd "$1" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
cd "$work"  # nowhere near the source tree
run() {
  env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" \
      CASEDESK_DATA_DIR="$work/demo" CASEDESK_USER=li CASEDESK_PASSWORD=casedesk-li "$app/casedesk" "$@"
}
echo "1/4 version";      run version --json
echo "2/4 demo";         run demo --data-dir "$work/demo" --json >/dev/null
cases="$(run cases list --json)"
code="$(grep -o '"archive_code": "[^"]*"' <<<"$cases" | grep -v '""' | head -n 1 | cut -d'"' -f4 || true)"
[ -n "$code" ] || { echo "no numbered case in the demo" >&2; exit 1; }
echo "3/4 archive bag $code"
run pdf --bag "$code" --out "$work/bag.pdf" --json >/dev/null
text="$(pdftotext "$work/bag.pdf" -)"  # whole first: grep -q closing the pipe early would fail it
grep -q "个案" <<<"$text" || { echo "the bag's PDF has no Chinese text" >&2; exit 1; }
echo "4/4 window"
run selftest --shot "$work/window.png" --json
[ -s "$work/window.png" ] || { echo "no picture of the window" >&2; exit 1; }
cp "$work/window.png" "${SMOKE_SHOT:-/tmp/casedesk-smoke-window.png}"
echo "smoke test passed: $app"

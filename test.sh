#!/usr/bin/env bash
# Install everything CaseDesk needs, then run the whole test suite (Qt offscreen, no display needed).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
# One worker per core (pytest-xdist), each test file kept whole on one worker so its module fixtures are built
# once; `bash test.sh -n 0` runs everything in this one process.
exec .venv/bin/python -m pytest -n auto --dist loadfile "$@"

#!/usr/bin/env bash
# Build the one-folder Linux app (dist/CaseDesk) with PyInstaller, then smoke-test it as a machine without
# the venv would run it. Usage: bash packaging/build_linux.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pip install --quiet "pyinstaller>=6.10"
rm -rf build/pyinstaller dist/CaseDesk
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/casedesk.spec
bash packaging/smoke_linux.sh dist/CaseDesk

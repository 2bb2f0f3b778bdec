#!/usr/bin/env bash
# Install everything CaseDesk needs, then open it. Extra arguments go to the casedesk command.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
exec .venv/bin/casedesk "$@"

#!/usr/bin/env bash
# Refresh the translation source from the code, then compile it. After running, translate any new
# <message> in casedesk_zh_CN.ts (Qt Linguist: .venv/bin/pyside6-linguist), then run this again.
set -euo pipefail
cd "$(dirname "$0")/../.."
.venv/bin/pyside6-lupdate -no-obsolete $(find desktop/ui -name '*.py' | sort) -ts resources/i18n/casedesk_zh_CN.ts
.venv/bin/pyside6-lrelease resources/i18n/casedesk_zh_CN.ts -qm resources/i18n/casedesk_zh_CN.qm

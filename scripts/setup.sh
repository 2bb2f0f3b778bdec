#!/usr/bin/env bash
# Install what CaseDesk needs on a Debian/Ubuntu machine with Python 3.11+: the system libraries Qt
# and the PDF checks use, then a virtual environment (.venv) with CaseDesk and its test tools.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  # Qt (PySide6) on a machine with or without a display
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0
  # a virtual screen for screenshots, and poppler for checking printed PDFs
  xvfb xauth poppler-utils
  # the agency hub's database server: the hub tests start a throwaway one on loopback (tests/pg_server.py)
  postgresql
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Python 3.12 or newer when the machine has one: PySide6 6.12 on CPython 3.11 drops a reference to None with
# every Qt call that returns nothing, and a long session (or a big list) ends in "deallocating None".
# 3.12's None is immortal. PYTHON=... chooses another interpreter.
newer() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; }
if [ -z "${PYTHON:-}" ]; then
  PYTHON=python3
  for candidate in python3.13 python3.12 "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python3; do
    if newer "$candidate"; then PYTHON="$candidate"; break; fi
  done
fi
if [ -x .venv/bin/python ] && ! newer .venv/bin/python && newer "$PYTHON"; then
  echo "Replacing the Python 3.11 environment with $("$PYTHON" --version) (see above)"
  rm -rf .venv
fi
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv || {
    echo "Could not create a virtual environment: install python3-venv (apt-get install python3-venv)." >&2
    exit 1
  }
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test]"

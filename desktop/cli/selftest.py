"""``casedesk selftest``: does CaseDesk work on this machine? Signs in, opens the main window with its fonts and
translations, waits until the first page has loaded, optionally saves a picture of it, and closes. The packaged
app's smoke test (packaging/smoke_linux.sh) and a supervisor helping a worker over the phone both use it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import EXIT_OK, command, emit, signed_in
from desktop.errors import CaseDeskError


def cmd_selftest(args: argparse.Namespace) -> int:
    try:
        from desktop.ui.selftest import window_check  # Qt only here
    except ImportError as exc:
        raise CaseDeskError("C001", what=f"Qt and the system libraries it needs ({exc})") from None
    with signed_in(args) as desk:
        found = window_check(desk, Path(args.shot).resolve() if args.shot else None)
    emit(args, found)
    return EXIT_OK


def register(sub: Any) -> None:
    p = command(sub, "selftest", cmd_selftest, "open the window once (signed in), check fonts and translations, close")
    p.add_argument("--shot", help="save a picture of the window to this PNG file")

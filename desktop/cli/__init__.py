"""The ``casedesk`` command. No Qt is imported unless the window is asked for.

One module per group of commands (``desktop/cli/<group>.py``, each with a ``register``), and what they share
in ``desktop/cli/common.py``: exit codes, the ``--json`` parent parser, sign-in, secrets, dates, "archive
number or id" resolution, private files and terminal-safe output.

Exit codes: 0 success, 1 refused or failed (the reason on stderr, with its code), 2 usage error, 130 stopped
by Ctrl-C. Scripts pass ``CASEDESK_DATA_DIR``, ``CASEDESK_USER`` and ``CASEDESK_PASSWORD``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop.cli import (
    access,
    admin,
    audit,
    backup,
    forms,
    indicators,
    keys,
    listings,
    paper,
    privacy,
    selftest,
    server,
    settings,
    spot,
    spreadsheets,
    sync,
    work,
    workspace,
)
from desktop.cli.common import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, report_error, run_command
from desktop.errors import CaseDeskError
from desktop.paths import data_dir

# In the order ``casedesk --help`` lists them.
GROUPS = (workspace, forms, paper, spreadsheets, settings, listings, admin, work, sync, audit, backup, keys, spot,
          indicators, access, privacy, server, selftest)  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casedesk",
        description="CaseDesk 社工个案桌面 — offline case, group and archive desk. "
        "Without a command it opens the window.",
    )
    parser.add_argument("--data-dir", help="workspace folder (default: CASEDESK_DATA_DIR or the user data folder)")
    parser.add_argument("--user", help="account to sign in as (default: CASEDESK_USER)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.register(sub)
    return parser


def open_window(args: argparse.Namespace) -> int:
    try:
        from desktop.ui.app import run  # Qt only when the window is wanted
    except ImportError as exc:
        print(
            f"CaseDesk 窗口无法启动（缺少 Qt 所需的系统库：{exc}）。请运行 bash run.sh 安装。\n"
            f"The CaseDesk window cannot start (Qt is missing a system library: {exc}). Run bash run.sh to "
            "install what it needs.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    return run(data_dir(args.data_dir))


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (or open the window) and return its exit code; a usage error returns 2 (argparse's
    message on stderr), Ctrl-C 130."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help (0), a usage error (2), a secret given as an argument (C003, 2)
        return exc.code if isinstance(exc.code, int) else EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    if not getattr(args, "run", None):
        return open_window(args)
    try:
        return run_command(args)  # files private, an unwritable one W003
    except CaseDeskError as exc:
        report_error(exc)
        return EXIT_FAILED
    except KeyboardInterrupt:  # Ctrl-C at a prompt or during a long command: the shell's code for it
        print(file=sys.stderr)
        report_error(CaseDeskError("C002"))
        return EXIT_INTERRUPTED
    except EOFError:  # Ctrl-D (end of input) at a prompt: nothing typed, nothing done
        print(file=sys.stderr)
        report_error(CaseDeskError("C002"))
        return EXIT_FAILED
    except BrokenPipeError:  # the reader (e.g. head) stopped early: not a failure
        sys.stderr.close()
        return EXIT_OK

"""Files the command line writes: readable by the person alone, and a place it cannot write told in their
words. Every command runs under umask 077 (reports, exports, workbooks, a new workspace are created 0600 and
folders 0700, whichever library writes them), and an ``OSError`` on a file (a folder that is not there, one
that is a file, a full or read-only disk) is W003 naming the path, never a traceback."""

from __future__ import annotations

import argparse
import os

from desktop.errors import CaseDeskError

PRIVATE_UMASK = 0o077


def run_command(args: argparse.Namespace) -> int:
    previous = os.umask(PRIVATE_UMASK)
    try:
        return args.run(args)
    except BrokenPipeError:  # the reader stopped early: main() treats it as success
        raise
    except OSError as exc:
        where = exc.filename or getattr(args, "out", None) or "?"
        raise CaseDeskError("W003", path=str(where), reason=exc.strerror or str(exc)) from exc
    finally:
        os.umask(previous)

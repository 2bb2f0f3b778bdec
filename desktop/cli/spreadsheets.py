"""Spreadsheets from ``casedesk``: ``roster import`` (elders, people under correction, 低保 households from
Excel, checked row by row and imported whole) and ``export`` (one form's records to an Excel file)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import EXIT_OK, actions, command, emit, signed_in
from desktop.errors import CaseDeskError


def cmd_roster_import(args: argparse.Namespace) -> int:
    """Preview a roster (every row with its problems); with --yes, import it whole."""
    with signed_in(args) as desk:
        preview = desk.preview_roster(Path(args.file), args.kind)
        rows = [
            {"row": r.line, "name": r.values.get("name"), "problems": "；".join(r.errors) or "OK"} for r in preview.rows
        ]
        if not args.yes or preview.bad_rows:
            emit(args, rows, ("row", "name", "problems"))
            if preview.bad_rows:
                raise CaseDeskError("X002", count=len(preview.bad_rows))
            print("预览完成，加 --yes 导入 / preview only: add --yes to import", file=sys.stderr)
            return EXIT_OK
        emit(args, {"imported": desk.import_roster(preview)})
    return EXIT_OK


def cmd_records_export(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        emit(args, {"xlsx": str(desk.export_xlsx(args.form, Path(args.out)))})
    return EXIT_OK


def register(sub: Any) -> None:
    roster = actions(sub, "roster", "rosters from Excel (elders, people under correction, 低保 households)")
    p = command(roster, "import", cmd_roster_import, "check a roster row by row; --yes imports it whole")
    p.add_argument("file")
    p.add_argument("--kind", required=True, choices=["elders", "corrections", "dibao"])
    p.add_argument("--yes", action="store_true", help="import (only when every row is clean)")
    p = command(sub, "export", cmd_records_export, "one form's records to an Excel file")
    p.add_argument("form")
    p.add_argument("--out", required=True)

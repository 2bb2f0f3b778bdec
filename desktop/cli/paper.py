"""Paper from ``casedesk``: ``pdf`` prints a record, or a case's or group's whole archive bag, and ``verify``
checks a paper copy against the record by the text of its QR code."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from desktop.cli.common import EXIT_FAILED, EXIT_OK, case_or_group, command, emit, record_id, signed_in
from desktop.errors import CaseDeskError


def cmd_pdf(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if args.blank:
        return _blank(args, out)
    if not (args.bag or args.record):
        raise CaseDeskError("C001", what="RECORD_ID, --bag CASE_OR_GROUP or --blank FORM_ID")
    with signed_in(args) as desk:
        if args.bag:
            _, found = case_or_group(desk, args.bag)
            desk.print_bag(found.id, out)
        else:
            desk.print_record(record_id(desk, args.record), out)
        emit(args, {"pdf": str(out)})
    return EXIT_OK


def _blank(args: argparse.Namespace, out: Path) -> int:
    """An empty form to fill by hand. Signed in (``--user`` or ``CASEDESK_USER``): the workspace's definitions
    and the agency's name at its head; otherwise the built-in definitions and a blank head, no workspace read."""
    if args.user or os.environ.get("CASEDESK_USER"):
        with signed_in(args) as desk:
            desk.print_blank(args.blank, out)
    else:
        from desktop.forms.registry import default_registry
        from desktop.pdf.bag import write_pdf
        from desktop.pdf.jobs import blank_job

        write_pdf([blank_job(default_registry().get(args.blank))], out)  # D016 names an unknown form
    emit(args, {"pdf": str(out), "form": args.blank})
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        result = desk.verify(args.text)
        emit(
            args,
            {
                "matches": result.matches,
                "revision": result.revision,
                "current": result.current,
                "number": result.number,
                "record_id": str(result.record_id) if result.record_id else None,
                "message": f"{result.message_zh} / {result.message_en}",
            },
        )
    return EXIT_OK if result.matches else EXIT_FAILED


def register(sub: Any) -> None:
    p = command(sub, "pdf", cmd_pdf, "print a record, or a case's or group's archive bag, as a PDF")
    p.add_argument("record", nargs="?", help="record id")
    p.add_argument("--bag", help="archive number or id of a case or group: the whole archive bag")
    p.add_argument("--blank", metavar="FORM_ID", help="an empty form to fill by hand (no workspace content)")
    p.add_argument("--out", required=True, help="the PDF file to write")
    p = command(sub, "verify", cmd_verify, "check a paper copy against the record (the text of its QR code)")
    p.add_argument("text")

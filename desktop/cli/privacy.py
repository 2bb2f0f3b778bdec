"""The personal-information commands of ``casedesk``: a client's report, what has passed its retention
period, and its destruction by the agency head (docs/security.md, "Retention and destruction")."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    EXIT_OK,
    actions,
    client_id,
    command,
    emit,
    interactive,
    optional_date,
    parse_date,
    printable,
    signed_in,
)
from desktop.errors import CaseDeskError


def cmd_privacy_report(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        out = desk.write_personal_report(client_id(desk, args.client), Path(args.out), args.format)
    emit(args, {"report": str(out), "format": args.format})
    return EXIT_OK


def _due_rows(items: list[Any], lang: str) -> list[dict[str, Any]]:
    from desktop.workflow.retention import PERIODS

    return [
        {
            "key": d.key,
            "kind": PERIODS[d.period][1 if lang == "zh" else 2],
            "label": d.label_in(lang),
            "from": d.starts.isoformat(),
            "kept_until": d.kept_until.isoformat(),
            "records": d.records,
            "files": d.files,
        }
        for d in items
    ]


def cmd_privacy_due(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        items = desk.retention_due(optional_date(args.as_of))
    emit(args, _due_rows(items, args.lang), ["kind", "label", "from", "kept_until", "records", "files"])
    return EXIT_OK


def cmd_privacy_destroy(args: argparse.Namespace) -> int:
    """Lists what will go, asks (unless --yes), then destroys exactly that list."""
    as_of = parse_date(args.as_of)
    with signed_in(args) as desk:
        items = desk.retention_due(as_of)
        if not items:
            raise CaseDeskError("V004", date=as_of.isoformat())
        if not args.yes:
            print(f"截至 {as_of} 保存期限已满 / due on {as_of}: {len(items)}", file=sys.stderr)
            for row in _due_rows(items, "zh"):
                print(
                    printable(f"  {row['kind']}  {row['label']}  {row['from']} → {row['kept_until']}"), file=sys.stderr
                )
            if not interactive():
                raise CaseDeskError("V005")
            answer = input("确认销毁以上全部？输入 yes / Destroy all of the above? Type yes: ")
            if answer.strip().lower() != "yes":
                raise CaseDeskError("C002")
        result = desk.destroy_due(as_of, args.reason, Path(args.out), keys=[d.key for d in items])
    emit(args, result.as_json() if args.json else {
        "list": str(result.path), "items": len(result.lines), "clients": result.clients,
        "households": result.households, "audit_entries": result.audit_entries, "backups": result.backups,
        "files_removed": result.files_removed,
    })  # fmt: skip
    return EXIT_OK


def register(sub: Any) -> None:
    privacy = actions(sub, "privacy", "personal information: a client's report, retention, destruction")
    p = command(privacy, "report", cmd_privacy_report, "everything held about one client (PDF for them, or JSON)")
    p.add_argument("--client", required=True, help="the client's id, or the archive number of one of their cases")
    p.add_argument("--format", default="pdf", choices=["pdf", "json"])
    p.add_argument("--out", required=True, help="the file to write")
    p = command(privacy, "due", cmd_privacy_due, "what has passed its retention period (agency head, business lead)")
    p.add_argument("--as-of", help="the day to count to (YYYY-MM-DD; default today)")
    p.add_argument("--lang", default="zh", choices=["zh", "en"])
    p = command(
        privacy, "destroy", cmd_privacy_destroy, "destroy what is due, with a destruction list (agency head only)"
    )
    p.add_argument("--as-of", required=True, help="the day to count to (YYYY-MM-DD)")
    p.add_argument("--reason", required=True, help="why (printed on the destruction list)")
    p.add_argument("--out", required=True, help="the destruction list (销毁清单) PDF to write")
    p.add_argument("--yes", action="store_true", help="confirmed already: do not ask")

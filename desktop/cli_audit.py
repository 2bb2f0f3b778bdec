"""The audit commands of ``casedesk``: read the log, verify its chains (docs/security.md)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli import _emit, _open

EXIT_OK, EXIT_FAILED = 0, 1


def cmd_audit_list(args: argparse.Namespace) -> int:
    from desktop.workspace.audit_ops import ACTION_LABELS

    with _open(args) as desk:
        names = {a.id: a.username for a in desk.accounts()}
        rows = [
            {
                "at": e.at.isoformat(sep=" ", timespec="seconds"),
                "seq": e.seq,
                "who": names.get(e.account_id, str(e.account_id or "")),
                "action": e.action,
                "what": _what(e, ACTION_LABELS.get(e.action, (e.action, e.action))[0 if args.lang == "zh" else 1]),
                "kind": e.kind or "",
                "target": e.target or "",
                "workspace": e.workspace,
                "detail": e.detail,
            }
            for e in desk.audit_entries(limit=args.limit)
        ]
    _emit(args, rows, ["at", "seq", "who", "what", "kind", "target"])
    return EXIT_OK


def _what(entry: Any, label: str) -> str:
    """The action in words; wrong passwords with the name tried, how often and where (``--json``: all of it)."""
    detail = entry.detail or {}
    if entry.action != "sign_in_failed":
        return label
    if detail.get("unrecorded"):
        return f"{label} ×{detail.get('count')} (?)"
    return f"{label} “{detail.get('username')}” ×{detail.get('count')} ({detail.get('where')})"


def cmd_audit_verify(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        checks = desk.verify_audit()
        mine = desk.info.workspace_id
    rows = [
        {
            "workspace": "this workspace / 本工作区" if c.workspace == mine else c.workspace,
            "entries": c.entries,
            "result": "intact / 完好" if c.ok else f"broken at entry {c.broken_at} / 第 {c.broken_at} 条起不符",
        }
        for c in checks
    ]
    _emit(args, rows, ["workspace", "entries", "result"])
    return EXIT_OK if all(c.ok for c in checks) else EXIT_FAILED


def register(sub: Any) -> None:
    audit = sub.add_parser("audit", help="the audit log: who did what, when (append-only, hash-chained)")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = audit_sub.add_parser("list", help="the newest entries (all of them for the agency head and business lead)")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--lang", default="zh", choices=["zh", "en"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_audit_list)
    p = audit_sub.add_parser("verify", help="check every chain from its first entry (exit 1 when one is broken)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_audit_verify)

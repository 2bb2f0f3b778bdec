"""The audit commands of ``casedesk``: read the log, verify its chains (docs/security.md)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import EXIT_FAILED, EXIT_OK, actions, command, emit, signed_in


def cmd_audit_list(args: argparse.Namespace) -> int:
    from desktop.workspace.audit_ops import ACTION_LABELS

    with signed_in(args) as desk:
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
    emit(args, rows, ["at", "seq", "who", "what", "kind", "target"])
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
    with signed_in(args) as desk:
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
    emit(args, rows, ["workspace", "entries", "result"])
    return EXIT_OK if all(c.ok for c in checks) else EXIT_FAILED


def register(sub: Any) -> None:
    audit = actions(sub, "audit", "the audit log: who did what, when (append-only, hash-chained)")
    p = command(audit, "list", cmd_audit_list, "the newest entries (all of them for the agency head and business lead)")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--lang", default="zh", choices=["zh", "en"])
    command(audit, "verify", cmd_audit_verify, "check every chain from its first entry (exit 1 when one is broken)")

"""The listings of ``casedesk``: ``accounts``, ``clients``, ``cases``, ``groups`` and ``records list``; ``cases
show`` and ``groups show`` (one file by archive number or id, with its state, forms and what the archive still
lacks); ``cases share`` (a case anonymised for teaching); the corrections (``desktop/cli/corrections.py``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any

from desktop.cli import corrections
from desktop.cli.common import EXIT_OK, Run, actions, case_or_group, command, emit, signed_in

Fetch = Callable[[Any, argparse.Namespace], list[dict[str, Any]]]


def plain(row: Any, *keys: str) -> dict[str, Any]:
    """The named attributes of ``row``, each as JSON can hold it (ids and dates as text)."""
    return {
        k: (str(v) if v is not None and not isinstance(v, int | bool | list | dict | str) else v)
        for k in keys
        for v in [getattr(row, k)]
    }


def _listing(fetch: Fetch, columns: Sequence[str]) -> Run:
    def run(args: argparse.Namespace) -> int:
        with signed_in(args) as desk:
            emit(args, fetch(desk, args), columns)
        return EXIT_OK

    return run


def _cases(desk: Any, args: argparse.Namespace) -> list[dict[str, Any]]:
    keys = ("id", "archive_code", "number_pending", "case_type", "domain", "status", "client_id", "owner_id",
            "opened_on")  # fmt: skip
    found = desk.cases(args.status)
    return [plain(x, *keys) for x in found if not args.search or args.search.upper() in (x.archive_code or "")]


def _groups(desk: Any, args: argparse.Namespace) -> list[dict[str, Any]]:
    keys = ("id", "archive_code", "number_pending", "name", "kind", "domain", "status", "planned_start")
    return [
        plain(x, *keys)
        for x in desk.groups(args.status)
        if not args.search or args.search.upper() in (x.archive_code or "") or args.search in x.name
    ]


def _records(desk: Any, args: argparse.Namespace) -> list[dict[str, Any]]:
    found = desk.records(form_id=args.form, status=args.status)
    return [{k: v for k, v in r.as_json().items() if k != "content"} for r in found]


LISTINGS: dict[str, tuple[Fetch, Sequence[str]]] = {
    "accounts": (
        lambda d, a: [plain(x, "id", "username", "display_name", "roles", "active") for x in d.accounts()],
        ("username", "display_name", "roles", "active"),
    ),
    "clients": (
        lambda d, a: [plain(x, "id", "name", "sex", "birth_date", "domain", "owner_id") for x in d.clients(a.search)],
        ("name", "sex", "birth_date", "domain", "id"),
    ),
    "cases": (_cases, ("archive_code", "case_type", "domain", "status", "opened_on", "id")),
    "groups": (_groups, ("archive_code", "name", "kind", "status", "planned_start", "id")),
    "records": (_records, ("form_id", "status", "revision_no", "pending_role", "service_date", "id")),
}

SHOW_FIELDS = {
    "case": (
        "id", "archive_code", "number_pending", "case_type", "domain", "status", "risk_level", "approval_owed",
        "transferred", "opened_on", "closed_on", "follow_up_on", "archived_on", "client_id", "project_id",
        "owner_id", "service_line",
    ),
    "group": (
        "id", "archive_code", "number_pending", "name", "kind", "domain", "agency_role", "status", "numbered_on",
        "planned_start", "planned_end", "venue", "project_id", "owner_id",
    ),
}  # fmt: skip


def _show(kind: str) -> Run:
    def run(args: argparse.Namespace) -> int:
        with signed_in(args) as desk:
            _, found = case_or_group(desk, args.key, (kind,))
            row = plain(found, *SHOW_FIELDS[kind])
            if kind == "case":
                summary: Any = desk.case_summary(found.id)
                row["sessions"] = summary.sessions_held
                row["sessions_short"] = summary.sessions_short
            else:
                summary = desk.group_summary(found.id)
            row["missing_for_archive"] = summary.archive_missing
            row["due"] = [{"task": t.kind, "due": str(t.due), "overdue": t.overdue} for t in summary.due]
            row["actions"] = sorted(summary.actions)
            row["records"] = [
                {k: v for k, v in r.as_json().items() if k in ("id", "form_id", "status", "revision_no")}
                for r in summary.records
            ]
            emit(args, row)
        return EXIT_OK

    return run


def cmd_cases_share(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        _, found = case_or_group(desk, args.key, ("case",))
        emit(args, desk.anonymised_case(found.id))
    return EXIT_OK


GROUPS: dict[str, Any] = {}  # each listing's group, where another module adds its actions (desktop/cli/admin.py)


def register(sub: Any) -> None:
    for name, (fetch, columns) in LISTINGS.items():
        group = GROUPS[name] = actions(sub, name, f"{name} in the workspace (sign-in needed)")
        p = command(group, "list", _listing(fetch, columns), f"list {name}")
        if name == "clients":
            p.add_argument("--search", help="name, ID number or phone contains")
        if name in ("cases", "groups"):
            p.add_argument("--search", help="archive number (or part of it) contains")
            show = command(group, "show", _show(name[:-1]), f"one of the {name} by archive number or id")
            show.add_argument("key", help="archive number (e.g. QSN-GA-007-202611) or id")
        corrections.add(name, group)
        if name in ("cases", "groups", "records"):
            p.add_argument("--status")
        if name == "records":
            p.add_argument("--form", help="form id")
        if name == "cases":
            share = command(group, "share", cmd_cases_share, "one case anonymised for teaching (JSON)", json=False)
            share.add_argument("key", help="archive number or id")
            share.set_defaults(json=True)

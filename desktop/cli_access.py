"""The sharing commands of ``casedesk``: open a case or group to a colleague, stop, and say who has it
(docs/rules.md, "Who sees what"). The domain decides who may; these only ask it."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli import _emit, _open
from desktop.errors import CaseDeskError

EXIT_OK = 0


def _target(desk: Any, key: str) -> tuple[str, Any]:
    found = desk.find_by_number(key)
    if found is None:
        import uuid

        try:
            item_id = uuid.UUID(key)
        except ValueError:
            raise CaseDeskError("R008", kind="个案或小组 / case or group", id=key) from None
        try:
            return "case", desk.case(item_id)
        except CaseDeskError as exc:
            if exc.code != "R008":
                raise
            return "group", desk.group(item_id)
    return ("case" if type(found).__name__ == "Case" else "group"), found


def _account(desk: Any, username: str) -> Any:
    account = next((a for a in desk.accounts() if a.username == username), None)
    if account is None:
        raise CaseDeskError("R008", kind="账号 / account", id=username)
    return account


def cmd_share(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        kind, target = _target(desk, args.key)
        account = _account(desk, args.with_user)
        if args.stop:
            desk.unshare(kind, target.id, account.id)
        else:
            desk.share(kind, target.id, account.id)
        names = {a.id: a.username for a in desk.accounts()}
        rows = [{"shared_with": names.get(s.account_id, str(s.account_id))} for s in desk.shares(kind, target.id)]
    _emit(args, rows, ["shared_with"])
    return EXIT_OK


def cmd_share_list(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        kind, target = _target(desk, args.key)
        names = {a.id: a.username for a in desk.accounts()}
        rows = [
            {
                "shared_with": names.get(s.account_id, str(s.account_id)),
                "granted_by": names.get(s.granted_by, str(s.granted_by)),
                "granted_at": s.granted_at.isoformat(sep=" ", timespec="seconds"),
                "revoked_at": s.revoked_at.isoformat(sep=" ", timespec="seconds") if s.revoked_at else "",
            }
            for s in desk.shares(kind, target.id, include_revoked=args.all)
        ]
    _emit(args, rows, ["shared_with", "granted_by", "granted_at", "revoked_at"])
    return EXIT_OK


def register(sub: Any) -> None:
    share = sub.add_parser("share", help="open a case or group to a colleague, or stop (sign-in needed)")
    share_sub = share.add_subparsers(dest="share_command", metavar="ACTION", required=True)
    for name, stop, text in (("add", False, "share it with USER"), ("stop", True, "stop sharing it with USER")):
        p = share_sub.add_parser(name, help=text)
        p.add_argument("key", help="the case's or group's archive number, or its id")
        p.add_argument("--with", dest="with_user", required=True, metavar="USER", help="the colleague's user name")
        p.add_argument("--json", action="store_true")
        p.set_defaults(run=cmd_share, stop=stop)
    p = share_sub.add_parser("list", help="who a case or group is shared with (--all: and was)")
    p.add_argument("key", help="the case's or group's archive number, or its id")
    p.add_argument("--all", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_share_list)

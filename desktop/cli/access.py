"""The sharing commands of ``casedesk``: open a case or group to a colleague, stop, and say who has it
(docs/rules.md, "Who sees what"). The domain decides who may; these only ask it."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import EXIT_OK, account, actions, case_or_group, command, emit, signed_in


def cmd_share(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        kind, target = case_or_group(desk, args.key)
        colleague = account(desk, args.with_user)
        if args.stop:
            desk.unshare(kind, target.id, colleague.id)
        else:
            desk.share(kind, target.id, colleague.id)
        names = {a.id: a.username for a in desk.accounts()}
        rows = [{"shared_with": names.get(s.account_id, str(s.account_id))} for s in desk.shares(kind, target.id)]
    emit(args, rows, ["shared_with"])
    return EXIT_OK


def cmd_share_list(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        kind, target = case_or_group(desk, args.key)
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
    emit(args, rows, ["shared_with", "granted_by", "granted_at", "revoked_at"])
    return EXIT_OK


def register(sub: Any) -> None:
    share = actions(sub, "share", "open a case or group to a colleague, or stop (sign-in needed)")
    for name, stop, text in (("add", False, "share it with USER"), ("stop", True, "stop sharing it with USER")):
        p = command(share, name, cmd_share, text)
        p.add_argument("key", help="the case's or group's archive number, or its id")
        p.add_argument("--with", dest="with_user", required=True, metavar="USER", help="the colleague's user name")
        p.set_defaults(stop=stop)
    p = command(share, "list", cmd_share_list, "who a case or group is shared with (--all: and was)")
    p.add_argument("key", help="the case's or group's archive number, or its id")
    p.add_argument("--all", action="store_true")

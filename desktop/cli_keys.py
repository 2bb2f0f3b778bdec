"""The password and recovery-key commands of ``casedesk`` (docs/security.md).

Secrets come from the environment for scripts (``CASEDESK_PASSWORD`` the current one,
``CASEDESK_NEW_PASSWORD`` the new one, ``CASEDESK_RECOVERY_KEY``) or from a prompt that does not echo;
never from an argument, which other users of the machine could read in the process list."""

from __future__ import annotations

import argparse
import getpass
import os
import secrets
import sys
from typing import Any

from desktop.cli import _emit, _open
from desktop.errors import CaseDeskError
from desktop.paths import data_dir

EXIT_OK = 0


def _secret(variable: str, prompt: str, *, twice: bool = False) -> str:
    value = os.environ.get(variable)
    if value:
        return value
    if sys.stdin is None or not sys.stdin.isatty():
        raise CaseDeskError("C001", what=variable)
    value = getpass.getpass(prompt)
    if twice and getpass.getpass("再输入一次 / Again: ") != value:
        raise CaseDeskError("C001", what="两次输入不一致 / the two entries differ")
    return value


def cmd_password_change(args: argparse.Namespace) -> int:
    new = _secret("CASEDESK_NEW_PASSWORD", "新密码 / New password: ", twice=True)
    with _open(args) as desk:
        old = os.environ.get("CASEDESK_PASSWORD") or getpass.getpass("当前密码 / Current password: ")
        desk.change_my_password(old, new)
        username = desk.account.username
    _emit(args, {"changed": username})
    return EXIT_OK


def cmd_password_reset(args: argparse.Namespace) -> int:
    """A colleague's new password, set by the agency head or business lead; generated if not given."""
    given = os.environ.get("CASEDESK_NEW_PASSWORD")
    new = given or secrets.token_urlsafe(9)
    with _open(args) as desk:
        desk.reset_password(args.username, new)
    result = {"reset": args.username}
    if not given:
        result["password"] = new  # printed once: hand it over in person
    _emit(args, result)
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    from desktop.workspace import recover_account

    code = _secret("CASEDESK_RECOVERY_KEY", "恢复密钥 / Recovery key: ")
    new = _secret("CASEDESK_NEW_PASSWORD", "新密码 / New password: ", twice=True)
    user = args.user or os.environ.get("CASEDESK_USER")
    if not user:
        raise CaseDeskError("A008")
    with recover_account(data_dir(args.data_dir), code, user, new) as desk:
        username = desk.account.username
    _emit(args, {"recovered": username})
    return EXIT_OK


def cmd_recovery_key_new(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        code = desk.new_recovery_key()
    _emit(args, {"recovery_key": code})  # printed once: the agency writes it down; earlier keys stop working
    return EXIT_OK


def register(sub: Any) -> None:
    password = sub.add_parser("password", help="change your password, or set a colleague's new one")
    password_sub = password.add_subparsers(dest="password_command", metavar="ACTION", required=True)
    p = password_sub.add_parser("change", help="your own (CASEDESK_PASSWORD, then CASEDESK_NEW_PASSWORD or a prompt)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_password_change)
    p = password_sub.add_parser("reset", help="a colleague's, by the agency head or business lead")
    p.add_argument("username")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_password_reset)
    p = sub.add_parser("recover", help="a forgotten password: the agency's recovery key sets a new one")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_recover)
    recovery = sub.add_parser("recovery-key", help="the agency's recovery key for this workspace")
    recovery_sub = recovery.add_subparsers(dest="recovery_command", metavar="ACTION", required=True)
    p = recovery_sub.add_parser("new", help="make a new one (earlier ones stop working); printed once")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_recovery_key_new)

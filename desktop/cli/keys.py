"""The password and recovery-key commands of ``casedesk`` (docs/security.md).

Secrets come from the environment for scripts (``CASEDESK_PASSWORD`` the current one,
``CASEDESK_NEW_PASSWORD`` the new one, ``CASEDESK_RECOVERY_KEY``) or from a prompt that does not echo;
never from an argument, which other users of the machine could read in the process list."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from desktop.cli.common import EXIT_OK, actions, command, emit, secret, signed_in, username
from desktop.paths import data_dir

FIRST_PASSWORD_NOTE = (
    "只显示这一次：请当面交给本人，本人第一次登录时必须改为自己的密码 / Shown only now: hand it over in person; "
    "it must be changed at the first sign-in"
)


def cmd_password_change(args: argparse.Namespace) -> int:
    """One's own password; the one way past a first or reset password someone gave (A019 elsewhere)."""
    new = secret("CASEDESK_NEW_PASSWORD", "新密码 / New password: ", twice=True)
    with signed_in(args, temporary_ok=True) as desk:
        old = secret("CASEDESK_PASSWORD", "当前密码 / Current password: ")
        desk.change_my_password(old, new)
        username = desk.account.username
    emit(args, {"changed": username})
    return EXIT_OK


def cmd_password_reset(args: argparse.Namespace) -> int:
    """A colleague's new password, set by the agency head or business lead; generated if not given. Either is
    temporary: the colleague sets their own at their next sign-in."""
    with signed_in(args) as desk:
        generated = desk.reset_password(args.username, os.environ.get("CASEDESK_NEW_PASSWORD") or None)
    result: dict[str, Any] = {"reset": args.username}
    if generated is not None:
        result["password"] = generated  # printed once: hand it over in person
    emit(args, result)
    if generated is not None:
        print(FIRST_PASSWORD_NOTE, file=sys.stderr)
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    from desktop.workspace import recover_account

    code = secret("CASEDESK_RECOVERY_KEY", "恢复密钥 / Recovery key: ")
    new = secret("CASEDESK_NEW_PASSWORD", "新密码 / New password: ", twice=True)
    with recover_account(data_dir(args.data_dir), code, username(args), new) as desk:
        recovered = desk.account.username
    emit(args, {"recovered": recovered})
    return EXIT_OK


def cmd_recovery_key_new(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        code = desk.new_recovery_key()
    emit(args, {"recovery_key": code})  # printed once: the agency writes it down; earlier keys stop working
    return EXIT_OK


def register(sub: Any) -> None:
    password = actions(sub, "password", "change your password, or set a colleague's new one")
    command(
        password,
        "change",
        cmd_password_change,
        "your own (CASEDESK_PASSWORD, then CASEDESK_NEW_PASSWORD or a prompt); also a first or reset one",
    )
    command(
        password,
        "reset",
        cmd_password_reset,
        "a colleague's, by the agency head or business lead (CASEDESK_NEW_PASSWORD, else one is made and printed "
        "once); the colleague sets their own at their next sign-in",
    ).add_argument("username")
    command(sub, "recover", cmd_recover, "a forgotten password: the agency's recovery key sets a new one")
    recovery = actions(sub, "recovery-key", "the agency's recovery key for this workspace")
    command(recovery, "new", cmd_recovery_key_new, "make a new one (earlier ones stop working); printed once")

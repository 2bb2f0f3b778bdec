"""The workspace commands of ``casedesk``: ``version``, ``init`` (a new workspace without questions), ``info``
(no sign-in) and ``demo`` (a demo agency with an account for every role)."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from typing import Any

from desktop.cli.common import EXIT_OK, SecretArgument, command, emit
from desktop.paths import data_dir


def cmd_version(args: argparse.Namespace) -> int:
    from desktop import __version__
    from desktop.workspace.store import head_revision

    emit(args, {"casedesk": __version__, "schema": head_revision(), "python": sys.version.split()[0]})
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.workspace import create_workspace

    root = data_dir(args.data_dir)
    password = os.environ.get("CASEDESK_PASSWORD")  # never an argument: it would show in the process list
    generated = not password
    password = password or secrets.token_urlsafe(9)
    created = create_workspace(
        root,
        agency_name=args.agency,
        station_name=args.station,
        username=args.username,
        display_name=args.display_name or args.username,
        password=password,
        mode=args.mode,
    )
    info = created.info
    result = {"workspace": str(root), "mode": info.mode, "agency": info.agency_name, "username": args.username}
    if generated:
        result["password"] = password  # printed once: nobody else knows it
    result["recovery_key"] = created.recovery_code  # printed once: the agency writes it down and keeps it
    emit(args, result)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.demo import build_demo
    from desktop.workspace import Layout
    from desktop.workspace.keystore import Keystore

    root = data_dir(args.dir or args.data_dir)
    summary = build_demo(root)
    Keystore(Layout(root).keystore_file).keep_as_own()  # the demo's passwords are printed for everyone to use
    if args.json:
        emit(args, summary)
        return EXIT_OK
    print(f"演示工作区 / Demo workspace: {root}")
    print("账号 / Accounts (用户名 / 密码 / 角色):")
    emit(args, summary["accounts"], ("username", "password", "display_name", "roles"))
    counts = ", ".join(f"{k} {v}" for k, v in summary["counts"].items())
    print(f"内容 / Contents: {counts}")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from desktop.workspace import Layout

    info = Layout(data_dir(args.data_dir)).read_info()
    emit(args, {"workspace": str(data_dir(args.data_dir)), **info.__dict__})
    return EXIT_OK


def register(sub: Any) -> None:
    command(sub, "version", cmd_version, "program and schema versions")
    p = command(
        sub, "init", cmd_init, "create a new workspace without questions (password: CASEDESK_PASSWORD, else one is "
        "generated)",
    )  # fmt: skip
    p.add_argument("--agency", default="我的社工机构", help="agency name")
    p.add_argument("--station", default="本站", help="first station (镇街站点)")
    p.add_argument("--username", default="admin", help="first account (agency head and business lead)")
    p.add_argument("--display-name")
    p.add_argument("--password", action=SecretArgument, variable="CASEDESK_PASSWORD")  # refused: C003
    p.add_argument("--mode", default="standalone", choices=["standalone", "hub", "field"])
    command(sub, "info", cmd_info, "describe the workspace (no sign-in needed)")
    p = command(sub, "demo", cmd_demo, "create a demo workspace with accounts for every role")
    p.add_argument("--data-dir", dest="dir", help="where to create it")

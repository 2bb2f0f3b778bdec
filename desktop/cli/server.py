"""``casedesk server``: the agency hub on a PostgreSQL server (docs/hub.md) — make a new hub there, move a hub
from its SQLite file onto it, or show where the folder's hub is kept. The server account's password comes from
CASEDESK_SERVER_PASSWORD or is asked for; it is never an argument (it would stay in the shell's history)."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from typing import Any

from desktop.cli.common import EXIT_OK, command, emit, password, secret
from desktop.errors import CaseDeskError
from desktop.paths import data_dir


def _settings(args: argparse.Namespace) -> Any:
    from desktop.workspace.server import ServerSettings

    return ServerSettings(args.host, args.database, args.server_user, args.port)


def _server_password() -> str:
    return secret(
        "CASEDESK_SERVER_PASSWORD", "数据库服务器密码 / Database server password: ", empty=True,
        what="CASEDESK_SERVER_PASSWORD (the server account's password)",
    )  # fmt: skip


def cmd_create(args: argparse.Namespace) -> int:
    from desktop.workspace import create_workspace

    root = data_dir(args.data_dir)
    given = os.environ.get("CASEDESK_PASSWORD")
    generated = given is None
    first_password = given or secrets.token_urlsafe(9)
    created = create_workspace(
        root, agency_name=args.agency, station_name=args.station, username=args.username,
        display_name=args.display_name or args.username, password=first_password, mode="hub", server=_settings(args),
        server_password=_server_password(),
    )  # fmt: skip
    result = {"workspace": str(root), "server": _settings(args).describe(), "username": args.username}
    if generated:
        result["password"] = first_password  # printed once: nobody else knows it
    result["recovery_key"] = created.recovery_code
    emit(args, result)
    return EXIT_OK


def cmd_move(args: argparse.Namespace) -> int:
    from desktop.workspace.move import move_to_server

    root = data_dir(args.data_dir)
    user = os.environ.get("CASEDESK_USER") or args.username
    if not user:
        raise CaseDeskError("C001", what="CASEDESK_USER or --username (the agency head)")

    def progress(done: int, total: int, table: str) -> None:
        if not args.json:
            print(f"  {done + 1}/{total} {table}", file=sys.stderr)

    moved = move_to_server(root, user, password(), _settings(args), _server_password(), progress)
    emit(args, {"server": _settings(args).describe(), "rows": sum(moved.rows.values()), "tables": len(moved.rows),
                 "digest": moved.digest, "kept": str(moved.kept)})  # fmt: skip
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from desktop.workspace.server import read_settings

    settings = read_settings(data_dir(args.data_dir))
    emit(args, {"server": settings.describe() if settings else None, "kept_in": "server" if settings else "file"})
    return EXIT_OK


def _where(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", required=True, help="the PostgreSQL server's address")
    p.add_argument("--port", type=int, default=5432)
    p.add_argument("--database", required=True, help="an empty database made for this hub")
    p.add_argument("--server-user", required=True, help="the server account CaseDesk signs in with")


def register(sub: Any) -> None:
    server = sub.add_parser("server", help="the agency hub on a PostgreSQL server (docs/hub.md)")
    server_sub = server.add_subparsers(dest="server_command", required=True)
    p = command(server_sub, "create", cmd_create, "a new hub workspace kept on the server's empty database")
    _where(p)
    p.add_argument("--agency", default="我的社工机构")
    p.add_argument("--station", default="本站")
    p.add_argument("--username", default="admin", help="first account (agency head and business lead)")
    p.add_argument("--display-name")
    p = command(server_sub, "move", cmd_move, "copy this hub from its file onto the server, check it, switch over")
    _where(p)
    p.add_argument("--username", help="the agency head (else CASEDESK_USER)")
    command(server_sub, "show", cmd_show, "where this folder's hub is kept (no password is shown)")

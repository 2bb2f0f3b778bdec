"""The backup commands of ``casedesk``: take one now, list them, restore one (docs/security.md)."""

from __future__ import annotations

import argparse
import os
from typing import Any

from desktop.cli import _emit, _open, _password
from desktop.errors import CaseDeskError
from desktop.paths import data_dir

EXIT_OK = 0


def _not_on_a_server(args: argparse.Namespace) -> None:
    """A hub kept on a database server is backed up there (pg_dump), not by copying a file (docs/hub.md)."""
    from desktop.workspace.server import read_settings

    settings = read_settings(data_dir(args.data_dir))
    if settings is not None:
        raise CaseDeskError("W015", server=settings.describe())


def cmd_backup_now(args: argparse.Namespace) -> int:
    from desktop.security.crypto import database_key
    from desktop.workspace import backups

    _not_on_a_server(args)
    with _open(args) as desk:
        made = backups.make_backup(desk.layout, database_key(desk.data_key), keep=int(desk.setting("backup.keep")))
    _emit(args, {"backup": made.name, "bytes": made.size})
    return EXIT_OK


def cmd_backup_list(args: argparse.Namespace) -> int:
    from desktop.workspace import backups
    from desktop.workspace.layout import Layout

    rows = [
        {"name": b.name, "made": b.made.isoformat(sep=" ", timespec="seconds"), "bytes": b.size}
        for b in backups.backups(Layout(data_dir(args.data_dir)))
    ]
    _emit(args, rows, ["name", "made", "bytes"])
    return EXIT_OK


def cmd_backup_restore(args: argparse.Namespace) -> int:
    """Works when the database will not open: the password opens the data key from the keystore alone."""
    from desktop.security.crypto import database_key
    from desktop.workspace import backups
    from desktop.workspace.keystore import Keystore
    from desktop.workspace.layout import Layout

    _not_on_a_server(args)
    layout = Layout(data_dir(args.data_dir))
    layout.read_info()
    user = args.user or os.environ.get("CASEDESK_USER")
    if not user:
        raise CaseDeskError("A008")
    unlocked = Keystore(layout.keystore_file).unlock(user, _password(args))
    key = database_key(unlocked.data_key) if unlocked.data_key is not None else None
    restored = backups.restore(layout, key, args.name)
    _emit(args, {"restored": restored.name, "made": restored.made.isoformat(sep=" ", timespec="seconds")})
    return EXIT_OK


def register(sub: Any) -> None:
    backup = sub.add_parser("backup", help="backups of the workspace's database")
    backup_sub = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    p = backup_sub.add_parser("now", help="take a backup now (SQLite's backup API, rotated)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_backup_now)
    p = backup_sub.add_parser("list", help="the backups, newest first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_backup_list)
    p = backup_sub.add_parser("restore", help="put a backup back (the current file is kept aside)")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_backup_restore)

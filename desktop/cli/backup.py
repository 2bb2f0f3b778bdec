"""The backup commands of ``casedesk``: take one now, list them, restore one (docs/security.md)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import EXIT_OK, actions, command, emit, password, signed_in, username
from desktop.errors import CaseDeskError
from desktop.paths import data_dir


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
    with signed_in(args) as desk:
        made = backups.make_backup(desk.layout, database_key(desk.data_key), keep=int(desk.setting("backup.keep")))
    emit(args, {"backup": made.name, "bytes": made.size})
    return EXIT_OK


def cmd_backup_list(args: argparse.Namespace) -> int:
    from desktop.workspace import backups
    from desktop.workspace.layout import Layout

    rows = [
        {"name": b.name, "made": b.made.isoformat(sep=" ", timespec="seconds"), "bytes": b.size}
        for b in backups.backups(Layout(data_dir(args.data_dir)))
    ]
    emit(args, rows, ["name", "made", "bytes"])
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
    unlocked = Keystore(layout.keystore_file).unlock(username(args), password())
    key = database_key(unlocked.data_key) if unlocked.data_key is not None else None
    restored = backups.restore(layout, key, args.name)
    emit(args, {"restored": restored.name, "made": restored.made.isoformat(sep=" ", timespec="seconds")})
    return EXIT_OK


def register(sub: Any) -> None:
    backup = actions(sub, "backup", "backups of the workspace's database")
    command(backup, "now", cmd_backup_now, "take a backup now (SQLite's backup API, rotated)")
    command(backup, "list", cmd_backup_list, "the backups, newest first")
    command(backup, "restore", cmd_backup_restore, "put a backup back (the current file is kept aside)").add_argument(
        "name"
    )

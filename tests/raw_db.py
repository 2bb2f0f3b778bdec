"""For tests that reach under the app (tamper with a row, dump every table, break a file): the
encrypted database opened the way the app opens it, with the data key a password unlocks."""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

import desktop.workspace  # noqa: F401 - first: desktop.sync.keys reaches back into the workspace package
from desktop.models.engine import cipher_connect
from desktop.security.crypto import database_key, unlock_private_key, unseal
from desktop.sync.keys import KeyPairs
from desktop.workspace.layout import Layout
from desktop.workspace.server import make_server_engine, read_password, read_settings


@functools.cache
def _open_key(sealed: str, locked: str, password: str) -> bytes:
    # argon2 is slow by design: the same account entry and password give the same key, once.
    return unseal(sealed, unlock_private_key(json.loads(locked), password))


def data_key(root: Path, password: str, username: str | None = None) -> bytes:
    """The workspace's data key, opened by ``username`` (default: any account ``password`` opens)."""
    accounts = json.loads(Layout(root).keystore_file.read_text(encoding="utf-8"))["accounts"]
    names = [username] if username else sorted(accounts)
    for name in names:
        entry = accounts[name]
        if "data_key" not in entry:
            continue
        try:
            return _open_key(entry["data_key"], json.dumps(entry["private_key"], sort_keys=True), password)
        except Exception:
            continue
    raise AssertionError(f"no account of {root} opens with that password")


def key_for(root: Path, password: str, username: str | None = None) -> str:
    return database_key(data_key(root, password, username))


def connect(root: Path, password: str, username: str | None = None, database: Path | None = None) -> sqlite3.Connection:
    """A connection to the workspace's database (or to ``database``, a backup of it) with its key."""
    return cipher_connect(database or Layout(root).database, key_for(root, password, username))()


def server_engine(root: Path, password: str) -> Engine | None:
    """A hub kept on a PostgreSQL server: its database, opened with the password its folder holds."""
    settings = read_settings(root)
    if settings is None:
        return None
    return make_server_engine(settings, read_password(root, data_key(root, password)))


def fingerprint(root: Path, password: str) -> str:
    """Every table's schema and rows: equal before and after means the database was not touched
    (SQLCipher's binding has no ``iterdump``)."""
    digest = hashlib.sha256()
    server = server_engine(root, password)
    if server is not None:
        return _server_fingerprint(server, digest)
    db = connect(root, password)
    try:
        tables = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
        for name, sql in tables:
            digest.update(repr((name, sql)).encode("utf-8"))
            for row in db.execute(f'SELECT * FROM "{name}" ORDER BY rowid'):
                digest.update(repr(row).encode("utf-8"))
    finally:
        db.close()
    return digest.hexdigest()


def sync_keys(root: Path, password: str) -> KeyPairs:
    """The workspace's own sync key pairs (to forge or reseal a bundle in a test)."""
    from desktop.workspace.sync_identity import load_own_keys

    return load_own_keys(Layout(root), data_key(root, password))


def _server_fingerprint(engine: Engine, digest: Any) -> str:
    try:
        with engine.connect() as db:
            tables = db.execute(text("SELECT table_name FROM information_schema.tables "
                                     "WHERE table_schema = 'public' ORDER BY table_name")).scalars().all()  # fmt: skip
            for name in tables:
                shape = text("SELECT column_name, data_type FROM information_schema.columns "
                             "WHERE table_name = :t ORDER BY ordinal_position")  # fmt: skip
                columns = db.execute(shape, {"t": name}).all()
                digest.update(repr((name, columns)).encode("utf-8"))
                for row in db.execute(text(f'SELECT * FROM "{name}" ORDER BY "{name}"::text')):
                    digest.update(repr(tuple(row)).encode("utf-8"))
    finally:
        engine.dispose()
    return digest.hexdigest()

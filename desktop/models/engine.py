"""The SQLite engine of a workspace: WAL, foreign keys on, and a connection factory that an
encrypted store (SQLCipher) can replace without touching the rest."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

Connect = Callable[[], sqlite3.Connection]


def plain_connect(path: Path) -> Connect:
    """Connections to an unencrypted SQLite file (paths with any characters work: no URL)."""

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(str(path), check_same_thread=False, timeout=30)

    return connect


def json_dumps(value: Any) -> str:
    """JSON columns through orjson (form contents are most of a workspace's bytes); a number past 64 bits
    falls back to the standard library."""
    try:
        return orjson.dumps(value).decode("utf-8")
    except TypeError:
        return json.dumps(value, ensure_ascii=False)


def json_loads(value: Any) -> Any:
    # A JSON column has numeric affinity in SQLite: a stored "5" comes back as the number 5.
    return value if isinstance(value, int | float) else orjson.loads(value)


def make_engine(connect: Connect) -> Engine:
    # A real pool of separate connections: the window reads on the UI thread while operations write on
    # a worker thread (with the in-memory URL SQLAlchemy would otherwise pick a per-thread singleton pool).
    engine = create_engine(
        "sqlite://",
        creator=connect,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        json_serializer=json_dumps,
        json_deserializer=json_loads,
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA busy_timeout = 30000")
        cursor.close()

    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)

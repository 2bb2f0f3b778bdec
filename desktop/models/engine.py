"""The SQLite engine of a workspace: WAL, foreign keys on, and a connection factory that opens the
file with SQLCipher and the workspace's key (or plain, for a workspace an earlier CaseDesk left
unencrypted until it is converted)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

Connect = Callable[[], sqlite3.Connection]


def cipher_connect(path: Path, key: str | None) -> Connect:
    """Connections to the workspace file through SQLCipher. ``key`` is the ``PRAGMA key`` value
    (``desktop.security.crypto.database_key``); None opens a plain file. The key never goes into a URL
    that could be logged, and temporary tables and sorts stay in memory, never in a plain temp file."""

    def connect() -> sqlite3.Connection:
        connection = sqlcipher.connect(str(path), check_same_thread=False, timeout=30)
        if key is not None:
            connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not stderr
            connection.execute(f"PRAGMA key = {key}")
        connection.execute("PRAGMA temp_store = MEMORY")
        # 16 MB of decrypted pages per connection: the client search reads its own index (migration 0018), a
        # few megabytes; 32 MB made it a third quicker (45 ms, not 66) for 30 MB more (bench/scale_bench.py).
        connection.execute("PRAGMA cache_size = -16000")
        return connection

    return connect


def plain_connect(path: Path) -> Connect:
    return cipher_connect(path, None)


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
        module=sqlcipher,  # SQLCipher's exceptions are mapped to SQLAlchemy's like sqlite3's
        creator=connect,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        json_serializer=json_dumps,
        json_deserializer=json_loads,
        hide_parameters=True,  # an error's text (a log, a traceback) never carries a client's name or ID number
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


def take_write_lock(s: Session) -> None:
    """Become the one writer before reading what a decision depends on. SQLite (through Python's driver)
    starts a transaction only at the first write, so reads before it can be stale by the time it writes:
    a write that changes nothing starts it now, waiting (busy_timeout) for any other writer to finish.
    PostgreSQL uses row locks (``with_for_update``) instead, and needs nothing here."""
    if s.get_bind().dialect.name == "sqlite":
        s.execute(text("UPDATE setting SET key = key WHERE 0"))

"""A new workspace's database, migrated once per test process and then written out again for the next.

Every new workspace (``create_workspace``, a device's ``enrol``) runs all the migrations on an empty SQLite file,
about a second each here (Alembic rebuilds tables to alter them), and the suite makes dozens. In the test process
the first empty database to be migrated is migrated for real (``desktop.workspace.store.upgrade``); its result,
every table, row, index and trigger (``sqlite3``'s dump), is kept and replayed into each later empty database.
The rows the migrations seed get what the migrations would give them each time: a new ``id`` (uuid4) and the
time of now as ``created_at``/``updated_at``, so no two workspaces share ids they would not share in use; and the
references are checked after, as the real upgrade does. Everything else goes through the real migrations: a
database that is not empty (the schema fixtures, an earlier CaseDesk's workspace, an interrupted upgrade), a hub
on PostgreSQL, a revision other than the head, and every child process. ``real_upgrade`` is the migrations as
shipped, for the tests of the migrations themselves (tests/workspace/test_schema_upgrades.py, which also checks
that a replayed database is what the migrations make)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from sqlite3.dump import _iterdump  # type: ignore[attr-defined]  # any DB-API connection's SQL, as iterdump()

from sqlalchemy import Engine

from desktop.workspace import store

real_upgrade = store.upgrade
FRESH = ("id", "created_at", "updated_at")  # what the migrations make anew for each row they seed


@dataclass(frozen=True)
class Migrated:
    script: str  # the SQL that makes the migrated empty database
    seeded: dict[str, tuple[str, ...]]  # table: which of FRESH it has, for the tables seeded with an id


_migrated: list[Migrated] = []  # in this process


def _is_empty(engine: Engine) -> bool:
    with engine.connect() as connection:
        return connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar() == 0


def _capture(connection) -> Migrated:
    script = "\n".join(_iterdump(connection))
    seeded = {}
    tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
        if "id" in columns and connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]:
            seeded[table] = tuple(c for c in FRESH if c in columns)
    return Migrated(script, seeded)


def _replay(connection, migrated: Migrated) -> None:
    connection.execute("PRAGMA foreign_keys = OFF")  # as the migrations run
    try:
        connection.executescript(migrated.script)
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's text
        for table, columns in migrated.seeded.items():
            rowids = [row[0] for row in connection.execute(f'SELECT rowid FROM "{table}"')]
            values = {"id": lambda: uuid.uuid4().hex, "created_at": lambda: now, "updated_at": lambda: now}
            assignments = ", ".join(f'"{c}" = ?' for c in columns)
            connection.executemany(
                f'UPDATE "{table}" SET {assignments} WHERE rowid = ?',
                [[values[c]() for c in columns] + [rowid] for rowid in rowids],
            )
        connection.commit()
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"the replayed migrations left broken references: {broken[:3]}")
    finally:
        connection.execute("PRAGMA foreign_keys = ON")


def upgrade(engine: Engine, revision: str = "head") -> None:
    """``store.upgrade`` for the tests: an empty SQLite database gets the head's schema and seeded rows."""
    if engine.dialect.name != "sqlite" or revision != "head" or not _is_empty(engine):
        real_upgrade(engine, revision)
        return
    first = not _migrated
    if first:
        real_upgrade(engine, revision)
    raw = engine.raw_connection()
    try:
        if first:
            _migrated.append(_capture(raw.driver_connection))
        else:
            _replay(raw.driver_connection, _migrated[0])
    finally:
        raw.close()


def install() -> None:
    store.upgrade = upgrade


def uninstall() -> None:
    store.upgrade = real_upgrade

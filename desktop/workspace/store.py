"""Opening a workspace's database: recover an interrupted upgrade, back up, migrate to the head.

SQLite DDL is not transactional, so before each upgrade the database is copied with SQLite's backup
API and a marker file names the copy; if the process dies mid-upgrade, the next start finds the
marker and restores the copy before trying again."""

from __future__ import annotations

import datetime as dt
import errno
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, inspect, text

from desktop.errors import WorkspaceError, format_message
from desktop.files.atomic import write_json_atomic
from desktop.models.engine import cipher_connect, make_engine
from desktop.workspace.layout import Layout

if TYPE_CHECKING:
    from alembic.config import Config

# What SQLite and the OS say when a write cannot land (a full disk, a file size limit, a failing stick).
_STORAGE_FAILURES = ("database or disk is full", "disk i/o error", "file too large", "no space left")
_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, errno.EIO, getattr(errno, "EDQUOT", errno.ENOSPC)}


def storage_error(exc: BaseException, where: Path) -> BaseException:
    """The user's message (W011) for a write the disk refused; any other error unchanged."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
        return WorkspaceError("W011", path=str(where))
    if any(failure in text for failure in _STORAGE_FAILURES):
        return WorkspaceError("W011", path=str(where))
    return exc


MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "models" / "migrations"


@dataclass
class StoreStatus:
    """What happened while opening: upgrades made and things the user should be told."""

    from_revision: str | None
    to_revision: str
    backup: Path | None = None
    notices: list[str] = field(default_factory=list)
    check_deferred: bool = False  # the whole-file check is left to just after signing in (a large file)


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic (16 MB) is loaded only when a store is to be upgraded

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


_REVISION = re.compile(r"^(down_revision|revision) = ['\"]?(\w+)['\"]?", re.MULTILINE)


@cache
def known_revisions() -> tuple[frozenset[str], str]:
    """Every migration's revision and the single head, read from the scripts' own ``revision`` and
    ``down_revision`` lines: opening an up-to-date store needs no Alembic (a test checks this against it)."""
    revisions, parents = set(), set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = {m[1]: m[2] for m in _REVISION.finditer(script.read_text(encoding="utf-8"))}
        revisions.add(found["revision"])
        if found.get("down_revision") not in (None, "None"):
            parents.add(found["down_revision"])
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {sorted(heads)}")
    return frozenset(revisions), heads.pop()


def head_revision() -> str:
    return known_revisions()[1]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _check_known(engine: Engine, current: str | None, head: str) -> None:
    """A store made by a newer CaseDesk (a revision this program lacks) is refused, never touched."""
    if current is not None and current not in known_revisions()[0]:
        engine.dispose()
        raise WorkspaceError("W004", found=current, supported=head)


def backup_database(source: Path, target: Path, key: str | None) -> Path:
    """A consistent copy made with SQLite's backup API (safe while WAL is on, unlike copying files),
    encrypted with the same key as the workspace: SQLCipher copies pages between two keyed files."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = cipher_connect(source, key)()
    try:
        dst = cipher_connect(target, key)()
        try:
            src.backup(dst)
        finally:
            dst.close()
    except (sqlcipher.DatabaseError, OSError) as exc:
        target.unlink(missing_ok=True)  # never a partial copy
        raise storage_error(exc, target.parent) from exc
    finally:
        src.close()
    return target


def restore_database(backup: Path, database: Path, key: str | None) -> None:
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    database.unlink(missing_ok=True)
    backup_database(backup, database, key)


def recover_interrupted(layout: Layout, key: str | None) -> str | None:
    marker = layout.migration_marker
    if not marker.exists():
        return None
    try:
        backup = Path(json.loads(marker.read_text(encoding="utf-8"))["backup"])
    except (OSError, ValueError, KeyError) as exc:
        raise WorkspaceError("W005", reason=f"{marker.name}: {exc}") from exc
    if not backup.exists():
        raise WorkspaceError("W005", reason=f"the pre-upgrade backup {backup} is missing")
    restore_database(backup, layout.database, key)
    marker.unlink()
    return format_message("W006", "zh", backup=backup.name)


def open_store(layout: Layout, key: str | None, server: Engine | None = None) -> tuple[Engine, StoreStatus]:
    """The engine of an up-to-date store, upgrading (after a backup) when the schema is older.
    ``key`` is the SQLCipher key (None only for a workspace not yet encrypted). ``server``: the hub's
    PostgreSQL engine instead of the folder's file; its upgrade runs in one transaction, and its backups
    are the server's (docs/hub.md)."""
    if server is not None:
        return _open_server_store(server)
    notice = recover_interrupted(layout, key)
    engine = make_engine(cipher_connect(layout.database, key))
    head = head_revision()
    current = current_revision(engine)
    _check_known(engine, current, head)
    status = StoreStatus(from_revision=current, to_revision=head, notices=[notice] if notice else [])
    if current == head:
        return engine, status
    if current is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        status.backup = backup_database(layout.database, layout.backups / f"pre-upgrade-{current}-{stamp}.db", key)
        write_json_atomic(layout.migration_marker, {"backup": str(status.backup), "from": current, "to": head})
    try:
        upgrade(engine)
    except Exception as exc:
        engine.dispose()
        if status.backup is not None:
            restore_database(status.backup, layout.database, key)
            layout.migration_marker.unlink(missing_ok=True)
        raise WorkspaceError("W007", reason=str(exc).splitlines()[0]) from exc
    layout.migration_marker.unlink(missing_ok=True)
    return engine, status


def _open_server_store(engine: Engine) -> tuple[Engine, StoreStatus]:
    head = head_revision()
    try:
        current = current_revision(engine)
    except Exception as exc:
        engine.dispose()
        where = engine.url.render_as_string(hide_password=True).split("@")[-1]
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:200]
        raise WorkspaceError("W012", server=where, reason=reason) from exc
    _check_known(engine, current, head)
    status = StoreStatus(from_revision=current, to_revision=head, notices=[])
    if current != head:
        try:
            upgrade(engine)
        except Exception as exc:
            engine.dispose()
            raise WorkspaceError("W007", reason=str(exc).splitlines()[0]) from exc
    return engine, status


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate with foreign keys off (SQLite rebuilds a table to alter it, and the rebuild would trip
    them), then check every reference before turning them back on. PostgreSQL (the agency hub) alters
    tables in place and migrates in one transaction: a failed upgrade leaves the database as it was."""
    from alembic import command

    config = alembic_config()
    if engine.dialect.name != "sqlite":  # the hub's server alters tables in place, references on
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")  # outside any transaction, or it is ignored
        connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the upgrade left broken references: {broken[:3]}")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.commit()

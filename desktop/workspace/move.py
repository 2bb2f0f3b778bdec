"""Moving a hub kept in its SQLite file onto the agency's PostgreSQL server (docs/hub.md, "Moving a hub").

Everything is copied in one server transaction, then checked: each table's row count and a digest of its rows
in the stored form a bundle carries (the same on both engines: desktop/sync/rows.py), compared between the
file and the server. Only when every table agrees does the folder switch to the server; the file is kept
beside it, renamed, as the fallback. A failure at any step leaves the folder as it was and the server's
database empty again."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, select, text, update

from desktop.errors import CaseDeskError, WorkspaceError
from desktop.models import AttachmentFile, Base
from desktop.sync.rows import encode_row, raw_select, row_hash
from desktop.workflow.permissions import Action, require
from desktop.workspace.layout import Layout
from desktop.workspace.open import open_desk
from desktop.workspace.server import ServerSettings, drop_everything, empty_server, read_settings, write_settings
from desktop.workspace.store import upgrade

CHUNK = 2000
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Moved:
    """What was copied and found equal: rows per table, and one digest over every table's."""

    rows: dict[str, int]
    digest: str
    kept: Path  # the SQLite file, renamed: the fallback


def move_to_server(
    root: Path,
    username: str,
    password: str,
    server: ServerSettings,
    server_password: str,
    progress: Progress | None = None,
) -> Moved:
    """Copy the workspace at ``root`` (a hub or standalone in its own file) into the server's empty
    database, verify it, and point the folder at the server. The agency head's to do."""
    layout = Layout(root)
    already = read_settings(root)
    if already is not None:
        raise WorkspaceError("W016", server=already.describe())
    desk = open_desk(root, username, password)  # upgraded to the newest schema, as the server will be
    try:
        require(desk.roles, Action.MANAGE_AGENCY)
        if desk.info.mode == "field":
            raise CaseDeskError("C001", what="a hub or standalone workspace (a field laptop stays on its file)")
        data_key = desk.data_key
        target = empty_server(server, server_password)
        try:
            upgrade(target)
            tables = copied_tables()
            with desk.engine.connect() as source, target.begin() as into:
                into.execute(text("SET CONSTRAINTS ALL DEFERRED"))
                for table in reversed(tables):  # what the migrations seeded (code tables, the calendar) gives way
                    into.execute(table.delete())
                for n, table in enumerate(tables):
                    if progress:
                        progress(n, len(tables) * 2, table.name)
                    _copy(source, into, table)
                files = _copy_files(layout, into)
            with desk.engine.connect() as source, target.connect() as copied:
                rows, digest = _verify(source, copied, tables, progress)
                held = copied.execute(select(func.count()).select_from(AttachmentFile.__table__)).scalar()
                if held != files:
                    raise WorkspaceError("W014", table="attachment_file", reason=f"{files} files, {held} on the server")
        except BaseException:
            drop_everything(target)
            raise
        target.dispose()
    finally:
        desk.close()
    write_settings(root, server, server_password, data_key)
    kept = layout.database.with_name(f"{layout.database.name}.moved-{dt.datetime.now():%Y%m%d-%H%M%S}")
    layout.database.replace(kept)
    for suffix in ("-wal", "-shm"):
        Path(f"{layout.database}{suffix}").unlink(missing_ok=True)
    with open_desk(root, username, password) as moved:
        moved.audit("move_to_server", None, None, server=server.describe(), rows=sum(rows.values()))
    return Moved(rows, digest, kept)


def _copy(source: Connection, into: Connection, table: Table) -> None:
    """The table's rows with their types (ids, times, JSON) as SQLAlchemy reads and writes them; a reference
    to the same table (an account's supervisor) is set once every row is there."""
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    later: list[dict[str, Any]] = []
    result = source.execution_options(yield_per=CHUNK).execute(select(table))
    for chunk in result.mappings().partitions(CHUNK):
        rows = [dict(r) for r in chunk]
        for row in rows:
            if any(row[c] is not None for c in own):
                later.append({"_pk": row["id"], **{c: row[c] for c in own}})
                row.update({c: None for c in own})
        into.execute(table.insert(), rows)
    for row in later:
        values = {c: row[c] for c in own}
        into.execute(update(table).where(table.c.id == row["_pk"]).values(**values))


def _copy_files(layout: Layout, into: Connection) -> int:
    """The folder's attachments (encrypted files, copied as they are) into the server's attachment table."""
    files = sorted(p for p in layout.attachments.glob("*/*") if p.is_file() and not p.name.endswith(".part"))
    for path in files:
        into.execute(AttachmentFile.__table__.insert().values(sha256=path.name, data=path.read_bytes()))
    return len(files)


def _verify(
    source: Connection, copied: Connection, tables: list[Table], progress: Progress | None
) -> tuple[dict[str, int], str]:
    rows, whole = {}, hashlib.sha256()
    for n, table in enumerate(tables):
        if progress:
            progress(len(tables) + n, len(tables) * 2, table.name)
        here, there = _table_digest(source, table), _table_digest(copied, table)
        if here != there:
            raise WorkspaceError(
                "W014", table=table.name, reason=f"{here[0]} rows here, {there[0]} on the server"
                if here[0] != there[0] else "the rows differ",
            )  # fmt: skip
        rows[table.name] = here[0]
        whole.update(f"{table.name}:{here[0]}:{here[1]}".encode())
    return rows, whole.hexdigest()


def _table_digest(connection: Connection, table: Table) -> tuple[int, str]:
    """How many rows, and a digest of them in the stored form (the same text on SQLite and PostgreSQL)."""
    dialect = connection.dialect.name
    hashes = sorted(row_hash(encode_row(table, r)) for r in connection.execute(
        raw_select(table, json_text=True, dialect=dialect)).mappings())  # fmt: skip
    return len(hashes), hashlib.sha256("".join(hashes).encode()).hexdigest()


def copied_tables() -> list[Table]:
    """Every table, references first; attachments come from the folder's files (``_copy_files``)."""
    return [t for t in Base.metadata.sorted_tables if t.name != "attachment_file"]


def table_digests(engine: Engine) -> dict[str, tuple[int, str]]:
    """Every table's count and digest (a test compares a moved hub with its file)."""
    with engine.connect() as connection:
        return {t.name: _table_digest(connection, t) for t in copied_tables()}

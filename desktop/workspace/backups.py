"""Backups of a workspace's database: made with SQLite's backup API (a consistent copy even while the
window writes; never a file copy under WAL), rotated, restored on request, and an integrity check at
start-up that points at the latest backup when the file is damaged (docs/security.md).

Automatic backups are taken at sign-in when the last is older than the ``backup.every_hours`` setting;
``backup.keep`` of them are kept. Backups made before a schema upgrade live beside them and are never
rotated away here. Every backup is encrypted with the workspace's key, like the database itself."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from desktop.errors import WorkspaceError
from desktop.files.atomic import write_json_atomic
from desktop.models.engine import cipher_connect
from desktop.workspace.layout import Layout
from desktop.workspace.store import backup_database, restore_database

PREFIX = "auto-"


@dataclass(frozen=True)
class Backup:
    path: Path
    made: dt.datetime
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def backups(layout: Layout) -> list[Backup]:
    """Automatic and manual backups, newest first."""
    if not layout.backups.is_dir():
        return []
    found = []
    for path in layout.backups.glob(f"{PREFIX}*.db"):
        try:
            made = dt.datetime.strptime(path.stem.removeprefix(PREFIX), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        found.append(Backup(path, made, path.stat().st_size))
    return sorted(found, key=lambda b: b.made, reverse=True)


def make_backup(layout: Layout, key: str | None, keep: int, now: dt.datetime | None = None) -> Backup:
    """A new backup, then the oldest beyond ``keep`` removed. Written under a temporary name and renamed
    when complete: a power cut leaves the earlier backups and no half-written one that looks whole."""
    now = now or dt.datetime.now()
    if layout.backups.is_dir():
        for stale in layout.backups.glob(f"{PREFIX}*.part"):  # a backup a crash interrupted
            stale.unlink(missing_ok=True)
    target = layout.backups / f"{PREFIX}{now:%Y%m%d-%H%M%S-%f}.db"
    partial = target.with_suffix(".part")
    backup_database(layout.database, partial, key)
    partial.replace(target)
    for old in backups(layout)[keep:]:
        old.path.unlink(missing_ok=True)
    return Backup(target, now, target.stat().st_size)


def due(layout: Layout, every_hours: int, now: dt.datetime | None = None) -> bool:
    latest = backups(layout)
    return not latest or (now or dt.datetime.now()) - latest[0].made >= dt.timedelta(hours=every_hours)


def restore(layout: Layout, key: str | None, name: str) -> Backup:
    """Put a backup back in place of the database (the damaged file kept aside, never deleted)."""
    chosen = next((b for b in backups(layout) if b.name == name), None)
    if chosen is None:
        raise WorkspaceError("W009", name=name)
    if layout.database.exists():
        aside = layout.backups / f"damaged-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
        layout.database.replace(aside)
        for suffix in ("-wal", "-shm"):  # the damaged file's journal goes with it
            journal = Path(f"{layout.database}{suffix}")
            if journal.exists():
                journal.replace(Path(f"{aside}{suffix}"))
    restore_database(chosen.path, layout.database, key)
    return chosen


# A file up to this size is checked at every sign-in (a fraction of a second); a larger one (years of work:
# a 1.6 GB file takes seven seconds) only when it is not as CaseDesk closed it, else just after signing in.
CHECK_AT_OPEN_BYTES = 64 * 1024 * 1024


def _file_state(layout: Layout) -> dict[str, int] | None:
    """The database's size and change time, when no journal is left beside it (all written into the file)."""
    wal = Path(f"{layout.database}-wal")
    if not layout.database.exists() or (wal.exists() and wal.stat().st_size > 0):
        return None
    stat = layout.database.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "inode": stat.st_ino}


def mark_closed(layout: Layout) -> None:
    """Called once the last connection closed: the file as CaseDesk leaves it."""
    state = _file_state(layout)
    if state is not None:
        write_json_atomic(layout.closed_marker, state)


def check_at_open(layout: Layout) -> bool:
    """Whether the whole-file check must run before signing in: a small file always; a large one after a
    crash, a copy or any change from outside CaseDesk (its size or time differs from the close's)."""
    if not layout.database.exists() or layout.database.stat().st_size <= CHECK_AT_OPEN_BYTES:
        return True
    try:
        closed = json.loads(layout.closed_marker.read_text("utf-8"))
    except (OSError, ValueError):
        return True
    return closed != _file_state(layout)


def forget_closed(layout: Layout) -> None:
    """Opened: until the next clean close, the file is not as CaseDesk left it (a crash leaves no marker)."""
    layout.closed_marker.unlink(missing_ok=True)


def check_integrity(layout: Layout, key: str | None) -> None:
    """Refuse to open a damaged database, naming the backup to restore (or saying there is none).
    SQLCipher checks each page's HMAC as it reads, so a changed byte in an encrypted file shows here."""
    if not layout.database.exists():
        return
    try:
        db = cipher_connect(layout.database, key)()
        try:
            db.execute("PRAGMA cache_size = 64")  # one pass over every page: a cache would only hold 32 MB more
            result = db.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            db.close()
    except sqlcipher.DatabaseError as exc:
        result = str(exc)
    if result != "ok":
        latest = backups(layout)
        if latest:
            raise WorkspaceError("W008", reason=result, backup=latest[0].name)
        raise WorkspaceError("W010", reason=result)

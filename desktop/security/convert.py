"""Encrypting a workspace that an earlier CaseDesk left in the clear, at its first sign-in.

The order makes a crash at any point safe:

1. the plain database is exported (``sqlcipher_export``) into ``casedesk.db.encrypting`` under a new
   data key, and the copy is synced to disk;
2. the keystore is written with the data key sealed to the signed-in account: **from here on the
   workspace is encrypted** (before this, the plain file is untouched and the copy is thrown away);
3. ``finish`` swaps the copy in, then encrypts the backups, attachments and sync keys one file at a
   time (each under a temporary name, renamed when complete), and marks the keystore done.

``finish`` runs at every sign-in until the mark is there, so an interrupted step 3 completes later.

The workspace calls these with its folder, its keystore, and what else must happen in this order (an
interrupted upgrade put back first, its sync keys encrypted before the mark): security knows nothing of the
workspace beyond the few paths and marks described here (``WorkspaceFiles``, ``EncryptionMarks``)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import sqlcipher3.dbapi2 as sqlcipher

from desktop.models.engine import cipher_connect
from desktop.security.crypto import FileCipher, database_key, is_encrypted, new_data_key

SQLITE_HEADER = b"SQLite format 3\x00"


class WorkspaceFiles(Protocol):
    """Where a workspace keeps what is encrypted (``desktop.workspace.layout.Layout``)."""

    @property
    def root(self) -> Path: ...
    @property
    def database(self) -> Path: ...
    @property
    def backups(self) -> Path: ...
    @property
    def attachments(self) -> Path: ...


class EncryptionMarks(Protocol):
    """What the keystore records of the conversion (``desktop.workspace.keystore.Keystore``)."""

    def start_encryption(self, data_key: bytes, recovery_publics: list[bytes], *, done: bool = True) -> None: ...
    def mark_encryption_done(self) -> None: ...


def staged_path(layout: WorkspaceFiles) -> Path:
    return layout.root / "casedesk.db.encrypting"


def is_plain_database(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except FileNotFoundError:
        return False


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def export_encrypted(source: Path, target: Path, key: str | None, new_key: str) -> None:
    """``source`` (opened with ``key``, None for plain) copied whole into a new file under ``new_key``."""
    target.unlink(missing_ok=True)
    db = cipher_connect(source, key)()
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute(f"ATTACH DATABASE ? AS encrypted KEY {new_key}", (str(target),))
        db.execute("SELECT sqlcipher_export('encrypted')")
        db.execute("DETACH DATABASE encrypted")
    finally:
        db.close()
    _fsync(target)


def encrypt_workspace(
    layout: WorkspaceFiles, keystore: EncryptionMarks, *, recover_interrupted: Callable[[], object]
) -> bytes:
    """Steps 1 and 2 for the account signing in; returns the new data key (``finish`` follows).
    ``recover_interrupted``: puts back an upgrade an earlier CaseDesk left half-done, which comes first."""
    recover_interrupted()
    data_key = new_data_key()
    if layout.database.exists():
        export_encrypted(layout.database, staged_path(layout), None, database_key(data_key))
    keystore.start_encryption(data_key, [], done=False)
    return data_key


def finish(
    layout: WorkspaceFiles,
    keystore: EncryptionMarks,
    data_key: bytes,
    *,
    encrypt_sync_keys: Callable[[bytes], None],
) -> None:
    """Step 3, safe to repeat: every file of the workspace encrypted under ``data_key``, the workspace's
    sync keys last (``encrypt_sync_keys``, given the data key), then the keystore marked done."""
    key = database_key(data_key)
    staged = staged_path(layout)
    if staged.exists():
        if is_plain_database(layout.database) or not layout.database.exists():
            for suffix in ("-wal", "-shm"):  # the plain file's journal was checkpointed into the copy
                Path(f"{layout.database}{suffix}").unlink(missing_ok=True)
            os.replace(staged, layout.database)
        else:
            staged.unlink()
    files = FileCipher.for_workspace(data_key)
    if layout.backups.is_dir():
        for backup in sorted(layout.backups.iterdir()):
            _encrypt_backup(backup, key, files)
    if layout.attachments.is_dir():
        for path in sorted(layout.attachments.glob("*/*")):
            if path.name.endswith(".part"):
                path.unlink()  # a copy a crash interrupted; the whole file is still there
            elif path.is_file():
                encrypt_file_in_place(path, files, attachment_label(path.name))
    encrypt_sync_keys(data_key)
    keystore.mark_encryption_done()


def _encrypt_backup(path: Path, key: str, files: FileCipher) -> None:
    """A plain backup becomes an encrypted database; what is not a readable database (a damaged file
    kept aside, its journal) is kept whole as an encrypted ``.enc`` file rather than left readable."""
    if path.name.endswith(".part"):
        path.unlink()
        return
    if path.suffix == ".db" and is_plain_database(path):
        partial = path.with_name(path.name + ".part")
        try:
            export_encrypted(path, partial, None, key)
        except sqlcipher.DatabaseError:
            partial.unlink(missing_ok=True)
        else:
            os.replace(partial, path)
            return
    if path.name.endswith(("-wal", "-shm")) or (path.suffix == ".db" and is_plain_database(path)):
        encrypt_file_in_place(path, files, f"backup:{path.name}")
        path.replace(path.with_name(path.name + ".enc"))


def attachment_label(sha256: str) -> str:
    return f"attachment:{sha256}"


def encrypt_file_in_place(path: Path, files: FileCipher, label: str) -> None:
    data = path.read_bytes()
    if is_encrypted(data):
        return
    partial = path.with_name(path.name + ".part")
    with partial.open("wb") as handle:
        handle.write(files.encrypt(data, label))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)

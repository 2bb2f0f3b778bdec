"""Plaintext CaseDesk has to put on disk for another program: an attachment opened in an image viewer, the PDF
made for a print preview. It lives in a private temporary folder and is removed at sign-out; what a crashed or
killed CaseDesk left is removed at the next start.

    <temp>/casedesk-<uid>/              the user's, 0700, refused if anyone else could use it
        <workspace id>/
            <pid>-<random>/             one running CaseDesk's (a window, a command), 0700
                .owner                  locked while that CaseDesk runs
                <sha256[:16]>/scan.jpg  an attachment's copy
                print/bag-….pdf         a preview

Each running CaseDesk holds a lock on its own folder's ``.owner``; a folder whose lock can be taken belongs to
no running CaseDesk and goes. So a command run beside the window never removes what the window opened, and a
start after a crash removes what the crash left (``clear_abandoned``)."""

from __future__ import annotations

import os
import secrets
import shutil
import sys
import tempfile
import time
from contextlib import suppress
from pathlib import Path
from typing import IO

from desktop.errors import CaseDeskError

PRIVATE_FOLDER = 0o700
OWNER = ".owner"
YOUNG = 60.0  # seconds: a folder without its lock file yet may be one being made


def user_root() -> Path:
    """The user's folder under the system's temporary folder; one of that name someone else made, or opened to
    others, is not used (a shared /tmp)."""
    uid = os.getuid() if hasattr(os, "getuid") else None
    root = Path(tempfile.gettempdir()) / f"casedesk-{uid if uid is not None else 'user'}"
    root.mkdir(exist_ok=True, mode=PRIVATE_FOLDER)
    if uid is not None:
        st = root.lstat()
        if root.is_symlink() or st.st_uid != uid or st.st_mode & 0o077:
            raise CaseDeskError("W003", path=str(root), reason="not private to this user / 不是本用户私有的文件夹")
    return root


def workspace_root(workspace_id: str) -> Path:
    return user_root() / workspace_id


def _lock(handle: IO[bytes]) -> bool:
    """Take the lock on an open ``.owner`` without waiting; False when a running CaseDesk holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


class PlainFiles:
    """This process's folder for one workspace, made (and locked) when first needed."""

    def __init__(self, workspace_id: str) -> None:
        self.workspace_id = workspace_id
        self._folder: Path | None = None
        self._owner: IO[bytes] | None = None

    def folder(self) -> Path:
        if self._folder is None:
            parent = workspace_root(self.workspace_id)
            folder = parent / f"{os.getpid()}-{secrets.token_hex(4)}"
            for _ in range(3):  # another CaseDesk may remove the empty parent in between
                parent.mkdir(exist_ok=True, mode=PRIVATE_FOLDER)
                with suppress(FileNotFoundError):
                    folder.mkdir(mode=PRIVATE_FOLDER)
                    break
            owner = (folder / OWNER).open("wb")
            _lock(owner)
            self._folder, self._owner = folder, owner
        return self._folder

    def release(self) -> None:
        """Sign-out: this process's plaintext removed."""
        folder, owner = self._folder, self._owner
        self._folder = self._owner = None
        if owner is not None:
            owner.close()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def clear_abandoned(workspace_id: str) -> int:
    """Remove what no running CaseDesk holds: folders of crashed or killed ones, and what an earlier CaseDesk
    (one folder for the whole workspace) left. Returns how many entries went."""
    parent = workspace_root(workspace_id)
    if not parent.is_dir():
        return 0
    removed = 0
    for entry in list(parent.iterdir()):
        if entry.is_dir() and not entry.is_symlink() and not _abandoned(entry):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with suppress(OSError):
                entry.unlink()
        removed += 1
    with suppress(OSError):
        parent.rmdir()  # when no CaseDesk runs on it any more
    return removed


def _abandoned(folder: Path) -> bool:
    owner = folder / OWNER
    if not owner.exists():  # an earlier CaseDesk's copy, or a folder this instant being made
        return time.time() - folder.stat().st_mtime > YOUNG or not folder.name.split("-")[0].isdigit()
    try:
        with owner.open("rb+") as handle:
            return _lock(handle)
    except OSError:
        return False

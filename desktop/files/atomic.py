"""Files that appear under their name only once complete: written beside it, synced, then renamed, so a
crash, a pulled USB stick or a full disk leaves the old file or the new one, never half of either."""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import Any

from desktop.errors import WorkspaceError


def write_json_atomic(path: Path, data: Any) -> None:
    """Write to a temporary file beside ``path`` and rename: a crash leaves the old file or the new."""
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


PRIVATE_FILE = 0o600  # what CaseDesk writes is readable by the person's system account alone


def write_bytes_atomic(path: Path, data: bytes, make_folder: bool = False) -> None:
    """A file that appears under its name only once complete (a bundle, a PDF, a report, a received definition):
    written as ``<name>.part``, created private (0600), synced, then renamed; a failure (a pulled USB stick, a
    full disk, a folder that is not there or is a file) leaves no half file and is told in the person's words
    (W003). ``make_folder``: the folder is made first if missing (a workspace's own folders, made 0700);
    otherwise a missing folder is refused, and nothing is created."""
    partial = path.with_name(path.name + ".part")
    try:
        if make_folder:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, PRIVATE_FILE)  # a .part left by a crash keeps its old mode otherwise
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException as exc:
        with suppress(OSError):  # nothing was written where no folder could be (a file in the way)
            partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise WorkspaceError("W003", path=str(path), reason=exc.strerror or str(exc)) from exc
        raise

"""A child process that runs one operation of CaseDesk and SIGKILLs itself at its Nth Python call.

    python -m tests.reliability.kill_child SCENARIO WORKSPACE N ARGS_JSON

N = 0 runs the operation whole and prints how many calls it made, so the parent can spread its kill
points over the whole operation. The app's code is not changed: a profile hook counts function calls
(CaseDesk's, SQLAlchemy's, Alembic's, the standard library's) and, at the Nth, the process sends itself
SIGKILL — no cleanup, no ``finally``, no flush, exactly as when the power goes or the OS kills it.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

_calls = 0


def arm(kill_at: int) -> None:
    def profile(_frame: Any, event: str, _arg: Any) -> None:
        global _calls
        if event == "call":
            _calls += 1
            if _calls == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)

    sys.setprofile(profile)  # one thread: the operations run on the calling thread


def save(root: Path, kill_at: int, args: dict[str, Any]) -> None:
    """Autosave a draft, then save and submit the form (what the editor does)."""
    import uuid

    from desktop.workspace import open_desk

    desk = open_desk(root, args["user"], args["password"])
    record_id = uuid.UUID(args["record"])
    desk.save_draft(record_id, args["draft"])
    arm(kill_at)
    desk.save_record(record_id, args["content"])
    desk.submit_record(record_id)


def import_bundle(root: Path, kill_at: int, args: dict[str, Any]) -> None:
    from desktop.workspace import open_desk

    desk = open_desk(root, args["user"], args["password"])
    arm(kill_at)
    desk.import_bundle(Path(args["bundle"]))


def backup(root: Path, kill_at: int, args: dict[str, Any]) -> None:
    from desktop.security.crypto import database_key
    from desktop.workspace import backups, open_desk

    desk = open_desk(root, args["user"], args["password"])
    key = database_key(desk.data_key)
    arm(kill_at)
    backups.make_backup(desk.layout, key, keep=3)


def upgrade(root: Path, kill_at: int, args: dict[str, Any]) -> None:
    """The first sign-in to an earlier CaseDesk's workspace: encrypt it, back it up, migrate it."""
    from desktop.workspace import open_desk

    arm(kill_at)
    open_desk(root, args["user"], args["password"])


SCENARIOS: dict[str, Callable[[Path, int, dict[str, Any]], None]] = {
    "save": save,
    "import": import_bundle,
    "backup": backup,
    "upgrade": upgrade,
}


def main() -> None:
    from desktop.security import crypto

    # The keys this process makes (an earlier CaseDesk's accounts given key pairs at the upgrade) are locked at
    # the suite's cheap cost, as in the test process (tests/conftest.py); what it is killed in is unchanged.
    crypto.KDF_PARAMS = {"t": 1, "m": 8, "p": 1}
    scenario, root, kill_at, args = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), json.loads(sys.argv[4])
    SCENARIOS[scenario](root, kill_at, args)
    sys.setprofile(None)
    print(_calls)


if __name__ == "__main__":
    main()

"""A child process whose files may not grow past a limit (RLIMIT_FSIZE), as on a full disk:

    python -m tests.reliability.full_disk_child SCENARIO WORKSPACE ARGS_JSON

It signs in, empties the journal into the database, lets no file grow more than 64 KB from then on
(a backup: no new file larger than half the database),
tries the operation and prints what happened as JSON: {"code": "W011", "message": ...} or {"code": null}.
"""

from __future__ import annotations

import json
import resource
import signal
import sys
from pathlib import Path
from typing import Any

from desktop.errors import CaseDeskError
from desktop.security.crypto import database_key
from desktop.workspace import backups, open_desk


def main() -> None:
    scenario, root, args = sys.argv[1], Path(sys.argv[2]), json.loads(sys.argv[3])
    desk = open_desk(root, args["user"], args["password"])
    with desk.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    largest = max(p.stat().st_size for p in root.rglob("*") if p.is_file())
    # A backup is a new file the database's size: the disk holds only half of it.
    limit = desk.layout.database.stat().st_size // 2 if scenario == "backup" else largest + 65536
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    big = "很长的记录" * 200_000  # 3 MB of text
    outcome: dict[str, Any] = {"code": None}
    try:
        if scenario == "save":
            import uuid

            record = uuid.UUID(args["record"])
            desk.save_record(record, {**desk.record(record).content, "presenting_problem": big})
        elif scenario == "attach":
            scan = Path(args["scan"])
            desk.add_attachment(scan, client_id=desk.clients()[0].id)
        elif scenario == "backup":
            backups.make_backup(desk.layout, database_key(desk.data_key), keep=7)
    except CaseDeskError as exc:
        outcome = {"code": exc.code, "message": exc.message("zh")}
    print(json.dumps(outcome, ensure_ascii=False))


if __name__ == "__main__":
    main()

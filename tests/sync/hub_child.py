"""One hub user's work in a process of its own, started at the same moment as another's (the shared hub's
concurrency tests): `python -m tests.sync.hub_child WORKSPACE USER PASSWORD STEPS_JSON`.

It signs in, says `ready` on a line of its own and waits for `go` on its input (the test says it to every
child once all are ready, so they begin together), runs each step and prints one JSON line: per step, "ok"
and what it gave, or the refusal's code. A refusal is a result; any other exception is a crash and ends the
process with its traceback."""

from __future__ import annotations

import datetime as dt
import json
import sys
import uuid
from pathlib import Path
from typing import Any

from desktop.errors import CaseDeskError

READY, GO = "ready", "go"


def run(root: Path, user: str, password: str, steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from desktop.workspace import open_desk

    out = []
    with open_desk(root, user, password) as desk:
        desk.clock = lambda: dt.date(2026, 11, 10)
        print(READY, flush=True)
        if sys.stdin.readline().strip() != GO:
            raise SystemExit("hub_child: the test did not say go")
        for step in steps:
            try:
                if step["do"] == "import":
                    summary = desk.import_bundle(Path(step["path"]))
                    out.append({"ok": True, "already": summary.already_imported})
                elif step["do"] == "decide":
                    desk.decide(uuid.UUID(step["id"]), "approve", "同意")
                    out.append({"ok": True})
                elif step["do"] == "grant":
                    grant = desk.grant_block(step["device"], 10)
                    out.append({"ok": True, "start": grant["start"], "end": grant["end"]})
                elif step["do"] == "number":  # a group numbered at the hub: from the hub's own block
                    group = desk.create_group(desk.projects()[0].id, step["name"], "developmental", "youth")
                    out.append({"ok": True, "code": desk.number_group(group.id).archive_code})
            except CaseDeskError as exc:
                out.append({"ok": False, "code": exc.code})
    return out


if __name__ == "__main__":
    workspace, user, password, steps = sys.argv[1:5]
    print(json.dumps(run(Path(workspace), user, password, json.loads(steps))))

"""A full disk (a real child process whose files may not grow: RLIMIT_FSIZE) during a save, an
attachment and a backup: a clear message (W011), nothing written half, everything before intact."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.demo import complete_required
from desktop.workspace import backups, open_desk
from desktop.workspace.layout import Layout
from tests.conftest import PASSWORDS

REPO = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.reliability, pytest.mark.skipif(not hasattr(os, "getuid"), reason="RLIMIT_FSIZE is POSIX")]


def full(scenario: str, root: Path, **args: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "tests.reliability.full_disk_child", scenario, str(root),
         json.dumps({"user": "wang", "password": PASSWORDS["wang"], **args})],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_full_disk_refuses_the_save_attachment_and_backup_clearly_and_loses_nothing(team, tmp_path: Path):
    with team.desk("wang") as wang:
        client = wang.create_client("张小明")
        case = wang.create_case(client.id, team.project_id, "counselling", "youth")
        record = wang.new_record("intake", case_id=case.id)
        saved, _ = wang.save_record(record.id, complete_required(wang, record, {"intake_date": "2026-11-10"}))
    before = saved.content
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(os.urandom(3_000_000))
    earlier = [b.name for b in backups.backups(Layout(team.root))]

    for scenario, extra in (("save", {"record": str(record.id)}), ("attach", {"scan": str(scan)}), ("backup", {})):
        outcome = full(scenario, team.root, **extra)
        assert outcome["code"] == "W011", (scenario, outcome)
        assert "磁盘已满" in outcome["message"] and "之前的资料都完好" in outcome["message"]

    with open_desk(team.root, "wang", PASSWORDS["wang"]) as wang:
        assert wang.record(record.id).content == before  # the refused save changed nothing
        assert wang.attachments(case_id=case.id) == [] and not list(Layout(team.root).attachments.rglob("*.part"))
        assert wang.clients()[0].name == "张小明"
    assert [b.name for b in backups.backups(Layout(team.root))][-len(earlier) :] == earlier
    assert not list(Layout(team.root).backups.glob("*.part"))

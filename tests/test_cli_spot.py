"""Spot checks from the command line, on the demo workspace (its archived case)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import copy_demo
from tests.test_cli import cli


def test_draw_score_and_scores_from_the_command_line(tmp_path: Path, demo_template: Path):
    root = copy_demo(demo_template, tmp_path / "demo")
    env = {"CASEDESK_DATA_DIR": str(root), "CASEDESK_USER": "wu", "CASEDESK_PASSWORD": "casedesk-wu"}
    drawn = cli("spot-check", "draw", "--from", "2020-01-01", "--to", "2030-12-31", "--count", "3",
                     "--seed", "11", "--json", env=env)  # fmt: skip
    assert drawn.returncode == 0, drawn.stderr
    (check,) = json.loads(drawn.stdout)  # the demo archived one case
    assert check["seed"] == 11 and check["worker"] == "wang" and check["archive_code"]
    wrong = cli("spot-check", "score", check["archive_code"], "--no", "no_such_item", env=env)
    assert wrong.returncode == 1 and "no_such_item" in wrong.stderr
    scored = cli("spot-check", "score", check["archive_code"], "--no", "signed_dated,method",
                      "--comment", "签名缺日期", "--json", env=env)  # fmt: skip
    assert scored.returncode == 0, scored.stderr
    result = json.loads(scored.stdout)
    assert (result["completeness"], result["conformity"], result["professional"]) == (75, 100, 75)
    scores = json.loads(cli("spot-check", "scores", "--from", "2026-01-01", "--to", "2030-12-31", "--json",
                                 env=env).stdout)  # fmt: skip
    assert scores == [{"worker": "王芳", "files": 1, "completeness": 75.0, "conformity": 100.0,
                       "professional": 75.0, "overall": 83.3}]  # fmt: skip
    worker = cli("spot-check", "list", env={**env, "CASEDESK_USER": "wang", "CASEDESK_PASSWORD": "casedesk-wang"})
    assert worker.returncode == 1 and "抽查" in worker.stderr  # a worker may not

"""``casedesk selftest`` (what the packaged app's smoke test and a supervisor on the phone run): the window opens
signed in, in Chinese, with a Chinese font found, and its picture is a real screenshot of it."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QImage

from tests.conftest import PASSWORDS
from tests.test_cli import casedesk, cli


def test_selftest_opens_the_window_signed_in_and_pictures_it(team, tmp_path: Path):
    shot = tmp_path / "window.png"
    env = {"CASEDESK_DATA_DIR": str(team.root), "CASEDESK_USER": "sup", "CASEDESK_PASSWORD": PASSWORDS["sup"],
           "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    done = casedesk("selftest", "--shot", str(shot), "--json", env=env)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert "恒爱社工服务中心" in found["window"] and found["language"] == "zh" and found["pages"] >= 10
    assert found["chinese_fonts"] >= 1 and found["screenshot"] == str(shot)
    image = QImage(str(shot))
    assert image.width() > 400 and image.height() > 300
    wrong = cli("selftest", env={**env, "CASEDESK_PASSWORD": "wrong-password"})  # refused before any window
    assert wrong.returncode == 1 and "用户名或密码不正确" in wrong.stderr

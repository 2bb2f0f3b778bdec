"""The sign-in window shows before the heavy parts load (the cold-start target), and they load on a thread
while the person types: checked in a new process, as a person starts CaseDesk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSWORDS

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "reportlab", "alembic", "openpyxl", "pypinyin", "yaml", "desktop.workspace.desk")
START = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.ui.app import Application, warm_up
app = Application(Path(sys.argv[1])); app.start.show(); QApplication.processEvents()
shown = {name: name in sys.modules for name in json.loads(sys.argv[2])}
warm_up().join(120)
desk = "desktop.workspace.desk" in sys.modules
print(json.dumps({"shown": shown, "page": app.start.stack.currentIndex(), "desk": desk}))
"""


def test_the_sign_in_window_shows_before_the_domain_loads(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path / "ws"), json.dumps(HEAVY)],
        capture_output=True, text=True, env=env, timeout=300, check=True,
    )  # fmt: skip
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["shown"] == dict.fromkeys(HEAVY, False)  # none loaded to show the window
    assert found["page"] == 0  # a new folder: the first-run page
    assert found["desk"]  # loaded by the warm-up thread afterwards


SIGNED_IN = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.ui.app import Application
from desktop.ui.main_window import MainWindow
from desktop.workspace import open_desk
app = Application(Path(sys.argv[1])); app.start.close()
window = MainWindow(open_desk(Path(sys.argv[1]), "wang", sys.argv[2])); window.show()
for _ in range(3):
    QApplication.processEvents(); window.ops.wait()
print(json.dumps({name: name in sys.modules for name in json.loads(sys.argv[3])}))
window.close()
"""
# Loaded only when needed: a migration, a PDF, a preview, a workbook, a new client's pinyin.
ON_DEMAND = ("alembic", "reportlab", "pypdfium2", "PIL", "openpyxl", "pypinyin")


def test_signed_in_and_the_lists_shown_the_print_and_upgrade_libraries_stay_unloaded(team):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SIGNED_IN, str(team.root), PASSWORDS["wang"], json.dumps(ON_DEMAND)],
        capture_output=True, text=True, env=env, timeout=300, check=True,
    )  # fmt: skip
    assert json.loads(done.stdout.strip().splitlines()[-1]) == dict.fromkeys(ON_DEMAND, False)

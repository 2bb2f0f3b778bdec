"""Child process for the crash test: types into a form, lets autosave run, keeps typing until killed."""

from __future__ import annotations

import os
import sys
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.editor.record_window import RecordWindow
from desktop.ui.ops import Ops
from desktop.workspace import open_desk


def main(root: str, password: str, record_id: str) -> None:
    app = QApplication([])
    desk = open_desk(Path(root), "wang", password)
    window = RecordWindow(desk, Ops(), ScriptedDialogs(), uuid.UUID(record_id))
    window.ops.wait()  # the record is read on the worker
    window.show()
    edit = window.editor.rows["request"].widget.edit
    edit.setPlainText("孩子近两个月成绩下滑")  # typed before the autosave
    deadline = time.monotonic() + 30
    while window._autosaved_at is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    print("AUTOSAVED", flush=True)
    n = 0
    while True:  # still typing when the power goes
        edit.insertPlainText("。")
        n += 1
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    main(*sys.argv[1:4])

"""The window half of ``casedesk selftest``: the main window opened for a signed-in Desk, its first page left to
load, a picture of it saved if asked, and what a supervisor on the phone needs to know (the title, the pages,
the language, whether a Chinese font was found, how long it took)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.errors import CaseDeskError
from desktop.ui.app import Application
from desktop.ui.main_window import MainWindow
from desktop.workspace import Desk


def window_check(desk: Desk, shot: Path | None = None) -> dict[str, Any]:
    started = time.perf_counter()
    app = Application(desk.layout.root)
    app.start.close()
    window = MainWindow(desk, lang=app.lang)
    window.show()
    for _ in range(50):  # the first page's rows arrive from a worker thread
        QApplication.processEvents()
        window.ops.wait()
        time.sleep(0.02)
    if shot is not None and not window.grab().save(str(shot)):
        raise CaseDeskError("C001", what=f"a picture file that can be written (not {shot})")
    chinese = [f for f in QFontDatabase.families()
               if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(f)]  # fmt: skip
    found = {
        "window": window.windowTitle(),
        "pages": window.nav.count(),
        "language": app.lang,
        "chinese_fonts": len(chinese),
        "seconds": round(time.perf_counter() - started, 2),
        "screenshot": str(shot) if shot else None,
    }
    window.close()
    return found

"""Starting the window: fonts, language, the start window, then the main window once signed in."""

from __future__ import annotations

import gc
import sys
import threading
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop.paths import RESOURCES_DIR
from desktop.ui.dialogs import Dialogs
from desktop.ui.fonts import apply_fonts
from desktop.ui.i18n import install_language
from desktop.ui.start import WARM_UP, StartWindow

if TYPE_CHECKING:
    from desktop.ui.crash_log import CrashLog
    from desktop.ui.main_window import MainWindow


class Application:
    """Holds the windows of one run (no global application object elsewhere)."""

    def __init__(self, data_dir: Path, lang: str = "zh") -> None:
        self.qt = QApplication.instance() or QApplication(sys.argv[:1])
        self.qt.setApplicationName("CaseDesk")
        self.qt.setWindowIcon(QIcon(str(RESOURCES_DIR / "icons" / "casedesk.png")))
        self.qt.setDesktopFileName("casedesk")  # the menu entry (packaging/linux/casedesk.desktop)
        apply_fonts(self.qt)
        self.lang = install_language(lang)
        self.start = StartWindow(data_dir, lang=self.lang)
        self.start.signed_in.connect(self._signed_in)
        self.main: MainWindow | None = None
        self.crash_log: CrashLog | None = None  # installed by run()

    def _signed_in(self, desk) -> None:
        from desktop.ui.main_window import MainWindow

        lang = desk.account.language if desk.account.language in ("zh", "en") else self.lang
        self.lang = install_language(lang)
        self.main = MainWindow(desk, lang=self.lang)
        self.main.show()
        self.start.close()

    def exec(self) -> int:
        self.start.show()
        warm_up()
        return self.qt.exec()


def warm_up() -> threading.Thread:
    """The modules signing in needs, loaded on a thread while the window waits for the person's name and
    password. Only the domain is loaded there: widget modules load on the UI thread when signed in."""

    def load() -> None:
        for name in WARM_UP:
            try:
                import_module(name)
            except Exception:
                return

    thread = threading.Thread(target=load, name="casedesk-warm-up", daemon=True)
    thread.start()
    return thread


def tune_interpreter(app: Application) -> None:
    """For the real run only (tests make many windows in one process; bench/scale_bench.py calls it too):
    - the window's thread waits at most half a millisecond (not Python's 5 ms) for the worker thread to let it
      run. Painting calls into Python many times, each waiting its turn: with 5 ms a page stood still for up to
      0.4 s while ten years of files were read behind it; with 0.5 ms under 0.1 s. The worker alone (the window
      idle) is not slowed: the interval matters only when both threads want to run;
    - once signed in (after the main window is built: connected after it), everything loaded lives as long as
      the window: kept out of the garbage collector's full passes, which would otherwise walk it all."""
    sys.setswitchinterval(0.0005)
    app.start.signed_in.connect(lambda _desk: gc.freeze())


def run(data_dir: Path) -> int:
    from desktop.ui.crash_log import CrashLog

    app = Application(data_dir)
    tune_interpreter(app)
    # An unexpected error: logged in the workspace folder, told in the person's words (desktop/ui/crash_log.py).
    app.crash_log = CrashLog(data_dir, lambda title, text: Dialogs(app.main or app.start).error(title, text))
    app.crash_log.install()
    return app.exec()

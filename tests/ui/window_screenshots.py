"""Screenshots of the windows that read the workspace off the UI thread, to look at what we build:

    .venv/bin/python -m tests.ui.window_screenshots OUT_DIR [zh|en]

Builds the demo workspace in a temporary folder, signs in as the worker and saves: the home page, a form
window with revisions and the review beside it, a case window, a group window and the Settings page. Each
is saved once right after opening (what shows while the worker reads) and once settled."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from desktop.demo import build_demo, demo_password
from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.fonts import apply_fonts
from desktop.ui.i18n import install_language
from desktop.ui.main_window import PAGES, MainWindow
from desktop.workspace import open_desk


def main(out: Path, lang: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    apply_fonts(app)
    install_language(lang)
    root = Path(tempfile.mkdtemp()) / "演示"
    build_demo(root)
    desk = open_desk(root, "wang", demo_password("wang"))
    records = desk.records()
    revised = max(records, key=lambda r: len(desk.revisions(r.id)))
    case = next(c for c in desk.cases() if c.status == "open")
    group = desk.groups()[0]

    def settle(window: MainWindow) -> None:
        for _ in range(4):
            window.ops.wait()
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"{name}-{lang}.png"))

    window = MainWindow(desk, ScriptedDialogs(), lang=lang)
    window.resize(1280, 760)
    window.show()
    settle(window)
    save(window, "win-home")
    form = window.open_record(revised.id)
    form.resize(1280, 860)
    save(form, "win-form-opening")
    settle(window)
    form.side.setCurrentIndex(1)  # the revisions, with what each changed
    save(form, "win-form")
    for name, opened in (("win-case", window.open_case(case.id)), ("win-group", window.open_group(group.id))):
        settle(window)
        opened.resize(1100, 720)
        save(opened, name)
    window.nav.setCurrentRow(PAGES.index("settings"))
    settle(window)
    save(window, "win-settings")
    window.close()
    print("\n".join(str(p) for p in sorted(out.glob(f"win-*-{lang}.png"))))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"), sys.argv[2] if len(sys.argv) > 2 else "zh")

"""Screenshots of CaseDesk for the README and for looking at what we build.

    .venv/bin/python scripts/screenshots.py OUT_DIR            # offscreen
    xvfb-run -a -s "-screen 0 1280x900x24" env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots.py OUT_DIR

Makes a demo workspace in a temporary folder, signs in as the worker, and saves the home screen, a long
form, and a form showing an error, in Chinese and in English."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop.demo import build_demo, demo_password
from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.fonts import apply_fonts
from desktop.ui.i18n import install_language
from desktop.ui.main_window import MainWindow
from desktop.workspace import open_desk


def settle(app: QApplication, window: MainWindow) -> None:
    for _ in range(3):
        window.ops.wait()
        app.processEvents()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    apply_fonts(app)
    root = Path(tempfile.mkdtemp()) / "演示"
    build_demo(root)
    for lang in ("zh", "en"):
        install_language(lang)
        desk = open_desk(root, "wang", demo_password("wang"))
        window = MainWindow(desk, ScriptedDialogs(), lang=lang)
        window.resize(1280, 800)
        window.show()
        settle(app, window)
        window.grab().save(str(out / f"home-{lang}.png"))
        plan = next(r for r in desk.records() if r.form_id == "group_plan" and r.status == "draft")
        record_window = window.open_record(plan.id)
        window.ops.wait()  # the form is read on the worker, then built
        record_window.resize(1280, 900)
        app.processEvents()
        record_window.grab().save(str(out / f"long-form-{lang}.png"))
        record_window.close()
        intake = next(r for r in desk.records() if r.form_id == "intake" and r.status == "draft")
        record_window = window.open_record(intake.id)
        window.ops.wait()
        record_window.resize(1280, 900)
        row = record_window.editor.rows["intake_date"]
        row.widget.set_value("下周一")
        record_window.editor.refresh()
        record_window._show_state()
        record_window.editor.ensureWidgetVisible(row.container)
        app.processEvents()
        record_window.grab().save(str(out / f"error-{lang}.png"))
        record_window.close()
        opened = next(c for c in desk.cases() if c.status == "open")
        case_window = window.open_case(opened.id)
        window.ops.wait()
        case_window.resize(1200, 700)
        app.processEvents()
        case_window.grab().save(str(out / f"case-{lang}.png"))
        window.close()
        desk.close()
    print("\n".join(str(p) for p in sorted(out.glob("*.png"))))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"))

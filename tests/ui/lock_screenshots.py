"""Screenshots of the lock, to look at what we build:

    .venv/bin/python -m tests.ui.lock_screenshots OUT_DIR [zh|en]

Builds the demo workspace in a temporary folder; 王芳 opens her clients, a case and a form with unsaved
typing and a client's details in a message box; then saves the main window, the message box and the form
window locked (a wrong password tried on the form), the form again after unlocking, and the Settings page
with the idle time."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QWidget

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
    root = Path(tempfile.mkdtemp()) / "demo"
    build_demo(root)
    desk = open_desk(root, "wang", demo_password("wang"))
    window = MainWindow(desk, ScriptedDialogs(), lang=lang, idle=0)

    def settle() -> None:
        for _ in range(4):
            window.ops.wait()
            window.locker.checks.wait()
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        app.processEvents()
        widget.grab().save(str(out / f"{name}-{lang}.png"))

    window.resize(1280, 760)
    window.show()
    window.nav.setCurrentRow(PAGES.index("clients"))
    settle()
    draft = next(r for r in desk.records() if r.owner_id == desk.account.id and r.status == "draft")
    form = window.open_record(draft.id)
    form.resize(1100, 720)
    settle()
    typed = next(
        w
        for w in (row.widget.focus_widget() for row in form.editor.rows.values())
        if isinstance(w, QPlainTextEdit) and w.isVisible() and not w.isReadOnly()
    )
    typed.setFocus()
    typed.insertPlainText("锁定前输入、尚未保存的文字" if lang == "zh" else "typed before the lock, not saved")
    client = desk.clients()[0]
    box = QMessageBox(QMessageBox.Icon.Information, client.name, f"{client.name}　{client.phone or ''}", parent=window)
    box.open()  # a client's details left open in a message box
    settle()
    save(window, "lock-before")
    window.locker.lock()
    settle()
    save(window, "lock-main")
    save(box, "lock-message")
    panel = window.locker.panel_of(form)
    panel.password.setText("not-the-password")
    panel.unlock_button.click()
    settle()
    save(form, "lock-form")
    panel.password.setText(demo_password("wang"))
    panel.unlock_button.click()
    settle()
    save(form, "lock-form-unlocked")
    window.nav.setCurrentRow(PAGES.index("settings"))
    settle()
    save(window, "lock-settings")
    box.close()
    form.close()
    window.close()
    desk.close()
    print("\n".join(str(p) for p in sorted(out.glob(f"lock*-{lang}.png"))))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"), sys.argv[2] if len(sys.argv) > 2 else "zh")

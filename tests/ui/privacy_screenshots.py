"""Screenshots of the personal-information screens, to look at what we build:

    .venv/bin/python -m tests.ui.privacy_screenshots OUT_DIR [zh|en]

Builds the demo workspace in a temporary folder; saves the 到期销毁 page for the agency head (as of 2040,
when the demo's closed files have passed their ten years), the page after the destruction, and a client's
details with the way to their report. The report's PDF and the destruction list are written beside them."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.demo import build_demo, demo_password
from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.fonts import apply_fonts
from desktop.ui.i18n import install_language
from desktop.ui.main_window import PAGES, MainWindow
from desktop.workspace import open_desk

LATER = dt.date(2040, 1, 1)


def main(out: Path, lang: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    apply_fonts(app)
    install_language(lang)
    root = Path(tempfile.mkdtemp()) / "demo"
    build_demo(root)

    def settle(window: MainWindow) -> None:
        for _ in range(4):
            window.ops.wait()
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"{name}-{lang}.png"))

    with open_desk(root, "zhou", demo_password("zhou")) as desk:
        dialogs = ScriptedDialogs()
        window = MainWindow(desk, dialogs, lang=lang)
        window.resize(1280, 760)
        window.show()
        window.nav.setCurrentRow(PAGES.index("retention"))
        settle(window)
        page = window.pages["retention"]
        page.as_of.setDate(QDate(LATER.year, LATER.month, LATER.day))
        settle(window)
        reason = "保存期限已满，经2039年第4次机构会议同意" if lang == "zh" else "Retention passed (board, 2039)"
        page.reason.setText(reason)
        save(window, "retention")
        dialogs.save_answer = out / f"destruction-list-{lang}.pdf"
        page.destroy()
        settle(window)
        save(window, "retention-after")

        window.nav.setCurrentRow(PAGES.index("clients"))
        settle(window)
        clients = window.pages["clients"]
        client_id = clients.model.ids[0]
        shots: list[QWidget] = []

        def look(dialog) -> bool:
            dialog.resize(520, dialog.sizeHint().height())
            save(dialog, "client-details")
            shots.append(dialog)
            return True

        dialogs.dialog_script = look
        dialogs.choice_answer = "PDF"
        dialogs.save_answer = out / f"personal-report-{lang}.pdf"
        clients.activated.emit(client_id)
        settle(window)
        QTimer.singleShot(0, app.quit)
        window.close()
    print("\n".join(str(p) for p in sorted(out.glob(f"*-{lang}.*"))))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"), sys.argv[2] if len(sys.argv) > 2 else "zh")

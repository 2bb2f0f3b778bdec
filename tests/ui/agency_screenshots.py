"""Screenshots of 机构管理 (Agency management), to look at what we build:

    .venv/bin/python -m tests.ui.agency_screenshots OUT_DIR [zh|en]

Builds the demo agency in a temporary folder; its head's window at 1366×768 on each tab (stations, accounts,
projects), then each dialog of the page as it opens: a new station, an account being changed, a project being
changed, the project's targets, a first password shown once and the person setting their own, and the
corrections of a client's details and of a numbered case."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.demo import build_demo, demo_password
from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.fonts import apply_fonts
from desktop.ui.i18n import install_language
from desktop.ui.main_window import PAGES, MainWindow
from desktop.ui.own_password import OwnPasswordDialog
from desktop.ui.pages.account_actions import PasswordShownOnce
from desktop.ui.pages.admin_dialogs import AccountDialog, ProjectDialog, StationDialog, TargetsDialog
from desktop.ui.pages.correction_dialogs import ClientCorrectionDialog, FileCorrectionDialog
from desktop.workspace import open_desk


def main(out: Path, lang: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    apply_fonts(app)
    install_language(lang)
    root = Path(tempfile.mkdtemp()) / "demo"
    build_demo(root)
    desk = open_desk(root, "zhou", demo_password("zhou"))
    window = MainWindow(desk, ScriptedDialogs(), lang=lang, idle=0)
    window.resize(1366, 768)
    window.show()
    window.nav.setCurrentRow(PAGES.index("agency"))
    page = window.pages["agency"]

    def settle() -> None:
        for _ in range(4):
            window.ops.wait()
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        app.processEvents()
        widget.grab().save(str(out / f"agency-{name}-{lang}.png"))

    settle()
    for index, name in enumerate(("stations", "accounts", "projects")):
        page.tabs.setCurrentIndex(index)
        save(window, name)
    data = page.data

    def dialog(made: QDialog, name: str) -> None:
        made.show()
        save(made, name)
        made.close()

    dialog(StationDialog(lang, None, page), "new-station")
    worker = next(a for a in data["accounts"] if a.username == "wang")
    stations = [s for s in data["stations"] if s.closed_on is None]
    supervisors = [(a.display_name, a.id) for a in data["accounts"] if a.has_role("supervisor")]
    dialog(AccountDialog(lang, stations, supervisors, worker, page), "account")
    project = data["projects"][0]
    dialog(ProjectDialog(lang, page._project_choices(), project, page), "project")
    rows = [(r.id, r.label.get(lang), r.unit, desk.registry.option_label("domain", t.domain, lang))
            for t in desk.indicator_catalogue().tables for r in t.rows]  # fmt: skip
    dialog(TargetsDialog(lang, rows, project.targets, page), "targets")
    dialog(PasswordShownOnce("王芳", "wangfang", "Kp7m-Qx3t-Hv9c", page), "first-password")
    dialog(OwnPasswordDialog("Kp7m-Qx3t-Hv9c", lang, page), "own-password")
    client = desk.clients()[0]
    dialog(ClientCorrectionDialog(desk.registry, client, lang, page), "correct-client")
    numbered = next(c for c in desk.cases() if c.archive_code)
    dialog(FileCorrectionDialog(desk.registry, "case", numbered, lang, page), "correct-case")
    window.close()
    desk.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "zh")

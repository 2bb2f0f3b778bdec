"""Screenshots of the agency's settings, to look at what we build:

    .venv/bin/python -m tests.ui.settings_screenshots OUT_DIR [zh|en]

Makes a workspace in a temporary folder; its head changes a standard and enters next year's first holidays;
then the Settings page is saved at 1366×768, scrolled to each box, and the same boxes as a worker sees them."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.fonts import apply_fonts
from desktop.ui.i18n import install_language
from desktop.ui.main_window import PAGES, MainWindow
from desktop.workspace import create_workspace, open_desk


def main(out: Path, lang: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    apply_fonts(app)
    install_language(lang)
    root = Path(tempfile.mkdtemp()) / "ws"
    create_workspace(
        root,
        agency_name="恒爱社工服务中心",
        station_name="东城站",
        username="head",
        display_name="周主任",
        password="head-pass-1",
        roles=["agency_head"],
    )
    year = dt.date.today().year + 1
    with open_desk(root, "head", "head-pass-1") as head:
        head.create_account("wang", "王芳", ["worker"], "wang-pass-1", station_id=head.account.station_id)
        head.set_setting("group.standards", {"youth": {"group_min_members": 6}})
        saturday = next(dt.date(year, 1, d) for d in range(1, 8) if dt.date(year, 1, d).weekday() == 5)
        head.set_calendar_year(year, [dt.date(year, 1, 1)], [saturday])

    for who, password in (("head", "head-pass-1"), ("wang", "wang-pass-1")):
        desk = open_desk(root, who, password)
        window = MainWindow(desk, ScriptedDialogs(), lang=lang, idle=0)
        window.resize(1366, 768)
        window.show()
        window.nav.setCurrentRow(PAGES.index("settings"))
        for _ in range(4):
            window.ops.wait()
            app.processEvents()
        page = window.settings_page

        def save(widget: QWidget, name: str, who: str = who) -> None:
            app.processEvents()
            widget.grab().save(str(out / f"{who}-{name}-{lang}.png"))

        save(window, "top")
        for section in page.agency.sections():
            page.ensureWidgetVisible(section, 0, 0)
            page.verticalScrollBar().setValue(section.mapTo(page.widget(), section.rect().topLeft()).y())
            save(window, type(section).__name__)
        window.close()
        desk.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "zh")

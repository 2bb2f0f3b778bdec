"""Screenshots of the audit log page, to look at what we build:

    .venv/bin/python -m tests.ui.audit_screenshots OUT_DIR [zh|en]

Builds a hub and two enrolled laptops in a temporary folder (as tests/sync/conftest.py does); 王社工 works
on a laptop and sends it up, the supervisor approves at the hub; then saves the page at the hub for the
agency head (every workspace's entries, the log verified) and at the laptop for the worker (her own)."""

from __future__ import annotations

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
from tests.sync.conftest import build_agency, exchange, open_intake


def main(out: Path, lang: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    apply_fonts(app)
    install_language(lang)
    agency = build_agency(Path(tempfile.mkdtemp()))
    with agency.desk(agency.a, "wang") as wang:
        case, intake = open_intake(wang, "张小明")
        wang.audit("open", "case", case.id)
        wang.print_record(intake.id, agency.root / "intake.pdf")
    exchange(agency, agency.a, "wang")
    with agency.desk(agency.hub, "li") as li:
        li.decide(intake.id, "approve", opinion="同意开案")

    def settle(window: MainWindow) -> None:
        for _ in range(4):
            window.ops.wait()
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"{name}-{lang}.png"))

    for where, user, name in ((agency.hub, "head", "audit"), (agency.a, "wang", "audit-worker")):
        with agency.desk(where, user) as desk:
            window = MainWindow(desk, ScriptedDialogs(), lang=lang)
            window.resize(1280, 760)
            window.show()
            window.nav.setCurrentRow(PAGES.index("audit"))
            settle(window)
            page = window.pages["audit"]
            if page.verify_button.isVisible():
                page.verify()
                settle(window)
            save(window, name)
            window.close()
    print("\n".join(str(p) for p in sorted(out.glob(f"audit*-{lang}.png"))))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"), sys.argv[2] if len(sys.argv) > 2 else "zh")

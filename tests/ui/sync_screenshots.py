"""Screenshots of the sync screens, to look at what we build (scripts/screenshots.py makes the others):

    .venv/bin/python -m tests.ui.sync_screenshots OUT_DIR [zh|en]

Builds a hub and two enrolled laptops in a temporary folder (as tests/sync/conftest.py does), sends two
laptops' intakes up, makes one conflict, and saves the Sync page at the hub and at a laptop, the review
inbox, the conflict window, the enrolment, one-time code and hub set-up dialogs, and joining a hub."""

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
from desktop.ui.pages.sync_dialogs import CodeDialog, EnrolDialog, HubSetupDialog
from desktop.ui.start import StartWindow
from tests.sync.conftest import Agency, build_agency, exchange, move_and_edit_on_both_laptops, open_intake


def build(root: Path) -> tuple[Agency, Path]:
    """The agency, and the laptop's bundle that brings a conflict to the hub (not imported yet)."""
    agency = build_agency(root)
    with agency.desk(agency.hub, "head") as head:
        head.enrol_device("王社工的新笔记本", root / "c.cdenrol", users=["wang"])

    with agency.desk(agency.a, "wang") as wang:
        case, record = open_intake(wang, "张小明")
        open_intake(wang, "王小虎")
    with agency.desk(agency.b, "chen") as chen:
        open_intake(chen, "李小红")
    exchange(agency, agency.b, "chen")
    texts = (
        "孩子近两个月成绩下滑，与父母争吵增多，希望得到学业和亲子沟通方面的帮助。",
        "孩子成绩下滑，母亲希望社工介入。",
    )
    move_and_edit_on_both_laptops(agency, case, record, "request", texts)
    with agency.desk(agency.a, "wang") as wang:
        (up,) = wang.export_bundles(agency.out)
    return agency, up.path


def main(out: Path, lang: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    apply_fonts(app)
    install_language(lang)
    root = Path(tempfile.mkdtemp())
    agency, bundle = build(root)

    def settle(window: MainWindow) -> None:
        for _ in range(4):
            window.ops.wait()
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"{name}-{lang}.png"))

    with agency.desk(agency.hub, "head") as head:
        dialogs = ScriptedDialogs()
        dialogs.files_answer = [bundle]
        window = MainWindow(head, dialogs, lang=lang)
        window.resize(1280, 860)
        window.show()
        window.nav.setCurrentRow(PAGES.index("sync"))
        settle(window)
        window.pages["sync"].import_bundles()
        settle(window)
        save(window, "sync")
        conflicts = window.open_conflicts()
        conflicts.resize(1200, 620)
        settle(window)
        save(conflicts, "conflict")
        enrolling = EnrolDialog(dialogs, [("王社工", "wang"), ("陈社工", "chen")], window)
        enrolling.name.setText("陈社工的新笔记本")
        enrolling.set_users(["chen"])
        enrolling.out.setText(str(Path("/media/usb/陈社工的新笔记本.cdenrol")))
        save(enrolling, "enrol")
        enrolment = Path("/media/usb/陈社工的新笔记本.cdenrol")
        save(CodeDialog("7KQ2-M9XD-4HTB", "陈社工的新笔记本", enrolment, window), "code")
        setting_up = HubSetupDialog(dialogs, head.layout.root, window)
        setting_up.path.setText("/media/usb/hub-recovery.json")
        save(setting_up, "hub-setup")
        conflicts.close()
        window.close()
    with agency.desk(agency.hub, "li") as li:
        window = MainWindow(li, ScriptedDialogs(), lang=lang)
        window.resize(1280, 860)
        window.show()
        window.nav.setCurrentRow(PAGES.index("review"))
        settle(window)
        inbox = window.pages["review"]
        inbox.select_ids([inbox.items[0].record_id])
        settle(window)
        save(window, "inbox")
        window.close()
    with agency.desk(agency.a, "wang") as wang:
        window = MainWindow(wang, ScriptedDialogs(), lang=lang)
        window.resize(1280, 700)
        window.show()
        window.nav.setCurrentRow(PAGES.index("sync"))
        settle(window)
        save(window, "sync-laptop")
        window.close()
    start = StartWindow(root / "empty", ScriptedDialogs(), lang=lang)
    start.show_join()
    start.join_file.setText(str(root / "c.cdenrol"))
    start.join_code.setText("ABCD-1234-EFGH")
    save(start, "join")
    print("\n".join(str(p) for p in sorted(out.glob(f"*-{lang}.png"))))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"), sys.argv[2] if len(sys.argv) > 2 else "zh")

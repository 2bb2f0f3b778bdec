"""Screenshots of the 抽查 page, to look at what we build:

    .venv/bin/python -m tests.ui.spot_check_screenshots OUT_DIR [zh|en]

Builds the demo workspace in a temporary folder and puts nine more files of 王芳 and 陈志强 on record as
archived this autumn (their paperwork is not the point here); then, as the business lead 吴建国, saves
the empty page, the draw dialog, the page after the draw, the checklist of the demo's complete case
(its forms found by the records), the page with some files scored, and the scores per worker."""

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
from desktop.models import Case
from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.fonts import apply_fonts
from desktop.ui.i18n import install_language
from desktop.ui.main_window import PAGES, MainWindow
from desktop.workflow import spot_checks as rules
from desktop.workspace import open_desk

SEED = 20261123
CLIENTS = {"wang": ["刘小军", "孙丽娟", "周子涵", "吴海涛", "郑雨欣"], "chen": ["何志明", "罗晓燕", "梁家豪", "谢婷婷"]}


def archived(root: Path) -> set:
    """The demo's workers' extra files, archived between September and November 2026; their ids."""
    ids = set()
    for owner, names in CLIENTS.items():
        with open_desk(root, owner, demo_password(owner)) as desk:
            project = desk.projects()[0].id
            made = [desk.create_case(desk.create_client(name).id, project, "counselling", "youth").id for name in names]
            with desk.session() as s:
                for n, case_id in enumerate(made):
                    case = s.get(Case, case_id)
                    case.status, case.archived_on = "archived", dt.date(2026, 9 + n % 3, 3 + 5 * n)
                    case.archive_code = f"QSN-GA-{(40 if owner == 'wang' else 70) + n:03d}-2026{9 + n % 3:02d}"
            ids.update(made)
    return ids


def main(out: Path, lang: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    apply_fonts(app)
    install_language(lang)
    root = Path(tempfile.mkdtemp()) / "demo"
    build_demo(root)
    extra = archived(root)

    def settle(window: MainWindow) -> None:
        for _ in range(4):
            window.ops.wait()
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"{name}-{lang}.png"))

    with open_desk(root, "wu", demo_password("wu")) as desk:
        dialogs = ScriptedDialogs()
        window = MainWindow(desk, dialogs, lang=lang)
        window.resize(1280, 760)
        window.show()
        window.nav.setCurrentRow(PAGES.index("spot_checks"))
        settle(window)
        page = window.pages["spot_checks"]
        save(window, "spot-empty")

        def draw(dialog) -> bool:
            dialog.date_from.setDate(QDate(2026, 5, 1))
            dialog.count.setValue(10)
            dialog.seed.setText(str(SEED))
            save(dialog, "spot-draw")
            return True

        dialogs.dialog_script = draw
        page.draw()
        settle(window)
        save(window, "spot-page")

        # The demo's complete case: the records find every required form.
        page.table.selectRow(next(r for r, c in enumerate(page._shown) if c.target_id not in extra))

        def score(dialog) -> bool:
            for item, box in dialog.boxes.items():
                box.setChecked(item not in ("attachments", "approvals_in_time", "method"))
            dialog.comment.setPlainText(
                "个别服务记录缺少反思；审批有一处超期。" if lang == "zh" else "Some records lack reflection."
            )
            save(dialog, "spot-score")
            return True

        dialogs.dialog_script = score
        page.score_selected()
        settle(window)
        # A few more scored in the domain, so that the list and the means have something to show.
        items = [i.id for i in rules.CHECKLISTS["case"]]
        misses = [
            ({"signed_dated"}, "签名日期不全" if lang == "zh" else "Signatures and dates missing"),
            (set(), ""),
            ({"attachments", "archived_in_time", "plan_goals", "method"}, "归档超期" if lang == "zh" else "Late"),
        ]
        workers = {c.worker_id for c in page._shown}
        picked = [next(c for c in page._shown if c.scored_at is None and c.worker_id == w) for w in workers]
        picked += [c for c in page._shown if c.scored_at is None and c not in picked][:1]
        for check, (missed, comment) in zip(picked, misses, strict=False):
            desk.score_spot_check(check.id, {i: i not in missed for i in items}, comment)
        page.load()
        settle(window)
        save(window, "spot-scored")
        page.tabs.setCurrentIndex(1)
        settle(window)
        save(window, "spot-scores")
        QTimer.singleShot(0, app.quit)
        window.close()
    print("\n".join(str(p) for p in sorted(out.glob(f"spot-*-{lang}.png"))))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"), sys.argv[2] if len(sys.argv) > 2 else "zh")

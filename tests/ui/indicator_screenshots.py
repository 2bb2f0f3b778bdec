"""Screenshots of the 指标 page, to look at what we build:

    .venv/bin/python -m tests.ui.indicator_screenshots OUT_DIR [zh|en]

Builds the demo workspace in a temporary folder, gives its two projects targets (项目指标) by indicator id,
and puts a year of casework on record for 王芳 (youth, 东城) and 陈志强 (elders, 石排): cases opened month
by month, some filed, sessions approved by 李晓红. Then saves, as the supervisor 李晓红: this quarter; the
youth project's year against its targets; the records behind the filing rate; a row the records cannot
answer yet; an empty period; as the business lead 吴建国, 石排 station; and as 王芳, her own numbers."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.demo import build_demo, complete_required, demo_password
from desktop.models import Case, Project
from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.fonts import apply_fonts
from desktop.ui.i18n import install_language
from desktop.ui.main_window import PAGES, MainWindow
from desktop.ui.pages.indicator_filters import PERIODS
from desktop.ui.pages.indicator_page import IndicatorPage
from desktop.workspace import Desk, open_desk

TARGETS = {
    "DC-2026": {"youth.counselling.opened": 16, "youth.counselling.closing_reports": 6, "youth.group.groups": 4,
                "youth.group.sessions": 24, "youth.group.attendances": 150, "women.case.sessions": 10},
    "SP-2026": {"elderly.case.sessions": 40, "elderly.case.completed": 8},
}  # fmt: skip
YOUTH = ["刘小军", "孙丽娟", "周子涵", "吴海涛", "郑雨欣", "何志明", "罗晓燕", "梁家豪", "谢婷婷", "高俊杰"]
ELDERS = ["陈阿婆", "林伯", "黄婆婆", "张伯", "李阿姨"]


def record(desk: Desk, case_id: object, form_id: str, content: dict) -> object:
    made = desk.new_record(form_id, case_id=case_id)
    made, report = desk.save_record(made.id, complete_required(desk, made, content))
    assert report.ok, [(i.code, i.path) for i in report.errors]
    made, _ = desk.submit_record(made.id)
    return made


def casework(root: Path) -> None:
    """Cases opened month by month in 2026 (their state seeded: intakes are not the point here), about
    two in three filed, each with approved sessions after it opened."""
    with open_desk(root, "li", demo_password("li")) as li:
        for owner, names, code, domain in (("wang", YOUTH, "DC-2026", "youth"), ("chen", ELDERS, "SP-2026", "elderly")):
            with open_desk(root, owner, demo_password(owner)) as desk:
                project = next(p for p in desk.projects() if p.code == code)
                for n, name in enumerate(names):
                    case = desk.create_case(desk.create_client(name).id, project.id, "counselling", domain)
                    opened = dt.date(2026, 11 - n, 2 + 2 * n) if domain == "youth" else dt.date(2026, 11 - 2 * n, 5)
                    with desk.session() as s:
                        row = s.get(Case, case.id)
                        row.status, row.opened_on = "open", opened
                    if n % 3 != 1:
                        record(desk, case.id, "case_basic", {"filled_on": opened.isoformat()})
                    for k in range(1 + n % 3):
                        day = opened + dt.timedelta(days=7 * (k + 1))
                        if day <= dt.date(2026, 11, 20):
                            session = record(desk, case.id, "record", {"session_date": day.isoformat()})
                            li.decide(session.id, "approve", "同意。")
    with open_desk(root, "zhou", demo_password("zhou")) as head, head.session() as s:
        for project in s.query(Project):
            project.targets = TARGETS.get(project.code, {})


def main(out: Path, lang: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    apply_fonts(app)
    install_language(lang)
    root = Path(tempfile.mkdtemp()) / "demo"
    build_demo(root)
    casework(root)

    def settle(window: MainWindow) -> None:
        for _ in range(6):
            window.ops.wait()
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"{name}-{lang}.png"))

    def page_for(user: str) -> tuple[MainWindow, IndicatorPage]:
        desk = open_desk(root, user, demo_password(user))
        window = MainWindow(desk, ScriptedDialogs(), lang=lang)
        window.resize(1360, 860)
        window.show()
        window.nav.setCurrentRow(PAGES.index("indicators"))
        settle(window)
        return window, window.pages["indicators"]

    def done(window: MainWindow) -> None:
        """Closed and deleted while Qt runs (left to the interpreter's exit, PySide crashes collecting them)."""
        window.close()
        window.desk.close()
        window.deleteLater()
        app.processEvents()

    def choose(window: MainWindow, combo, text: str) -> None:
        combo.setCurrentIndex(next(i for i in range(combo.count()) if text in combo.itemText(i)))
        window.pages["indicators"].recompute()
        settle(window)

    window, page = page_for("li")
    save(window, "ind-quarter")
    choose(window, page.project, "东城")
    save(window, "ind-project-quarter")  # the contract's targets against a quarter: the page says so
    page.period.setCurrentIndex(PERIODS.index("contract"))
    choose(window, page.domain, "儿童青少年" if lang == "zh" else "Children")
    page.select("youth.counselling.opened")
    settle(window)
    save(window, "ind-project")
    page.only_targets.setChecked(True)
    settle(window)
    save(window, "ind-targets-only")
    page.only_targets.setChecked(False)
    page.select("youth.counselling.filing_rate")
    settle(window)
    save(window, "ind-rate")
    page.drill()
    settle(window)
    items = page.windows[-1]
    items.tabs.setCurrentIndex(2)
    save(items, "ind-drill")
    items.close()
    choose(window, page.domain, "老年人" if lang == "zh" else "Elderly")
    choose(window, page.project, "石排")
    page.select("elderly.elder_volunteer.trainings")
    settle(window)
    save(window, "ind-missing")
    page.period.setCurrentIndex(PERIODS.index("custom"))
    page.date_from.setDate(QDate(2025, 1, 1))
    page.date_to.setDate(QDate(2025, 3, 31))
    page.recompute()
    settle(window)
    save(window, "ind-empty")
    done(window)

    window, page = page_for("wu")
    page.period.setCurrentIndex(PERIODS.index("year"))
    choose(window, page.station, "石排")
    choose(window, page.domain, "老年人" if lang == "zh" else "Elderly")
    page.select("elderly.case.sessions")
    settle(window)
    save(window, "ind-station")
    done(window)

    window, page = page_for("wang")
    page.period.setCurrentIndex(PERIODS.index("year"))
    choose(window, page.domain, "儿童青少年" if lang == "zh" else "Children")
    page.select("youth.counselling.opened")
    settle(window)
    save(window, "ind-worker")
    done(window)
    QTimer.singleShot(0, app.quit)
    print("\n".join(str(p) for p in sorted(out.glob(f"ind-*-{lang}.png"))))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"), sys.argv[2] if len(sys.argv) > 2 else "zh")

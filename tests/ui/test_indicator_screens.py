"""The 指标 page through its widgets on a hand-built workspace: the table reads back what the Desk computes for
the chosen filters (and the numbers worked out here from docs/indicators.md), a project's targets, the records
behind a number and opening them, the charts' bars, the Excel file, and a worker's own view."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from desktop.demo import complete_required
from desktop.models import Project
from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.main_window import PAGES, MainWindow
from desktop.ui.pages.indicator_filters import PERIODS
from desktop.ui.pages.indicator_page import IndicatorPage

TODAY = dt.date(2026, 11, 20)
QUARTER = (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
OPENED, FILED, REPORTS = (
    "youth.counselling.opened",
    "youth.counselling.filing_rate",
    "youth.counselling.closing_reports",
)
CONTACTS = "youth.consultation.contacts"


def fill(desk, case_id, form_id, content, approvers=()):
    record = desk.new_record(form_id, case_id=case_id)
    record, report = desk.save_record(record.id, complete_required(desk, record, content))
    assert report.ok, [(i.code, i.path) for i in report.errors]
    record, _ = desk.submit_record(record.id)
    for reviewer in approvers:
        record = reviewer.decide(record.id, "approve")
    return record


@pytest.fixture
def work(team):
    """Youth counselling cases opened this quarter: 甲 (3 Nov, filed), 乙 (10 Nov, not filed), 戊 (20 Oct, filed) of
    王社工, 丙 (5 Nov, filed) of 陈社工; a consultation of 王社工 on 12 Nov (one closing-information record); the
    project's targets: 4 cases opened, 2 closing reports."""
    wang, chen, sup = team.desk("wang"), team.desk("chen"), team.desk("sup")

    def case(desk, name: str, day: dt.date, filed: bool):
        desk.clock = sup.clock = lambda: day
        made = desk.create_case(desk.create_client(name).id, team.project_id, "counselling", "youth")
        fill(desk, made.id, "intake", {"intake_date": day.isoformat(), "open_case": True}, approvers=[sup])
        if filed:
            fill(desk, made.id, "case_basic", {"filled_on": day.isoformat()})
        return made.id

    made = {
        "a": case(wang, "甲", dt.date(2026, 11, 3), True),
        "b": case(wang, "乙", dt.date(2026, 11, 10), False),
        "e": case(wang, "戊", dt.date(2026, 10, 20), True),
        "c": case(chen, "丙", dt.date(2026, 11, 5), True),
    }
    wang.clock = lambda: dt.date(2026, 11, 12)
    consultation = wang.create_case(wang.create_client("丁").id, team.project_id, "consultation", "youth")
    fill(wang, consultation.id, "case_basic", {"filled_on": "2026-11-12"})
    contact = fill(
        wang, consultation.id, "closing_info",
        {"contact_date": "2026-11-12", "referral_made": False, "crisis_found": False, "follow_up_needed": False},
    )  # fmt: skip
    made["consultation"], made["contact"] = consultation.id, contact.id
    with team.desk("head") as head, head.session() as s:
        s.get(Project, team.project_id).targets = {OPENED: 4, REPORTS: 2}
    for desk in (wang, chen, sup):
        desk.close()
    return made


def open_page(qtbot, desk) -> tuple[MainWindow, ScriptedDialogs, IndicatorPage]:
    desk.clock = lambda: TODAY
    dialogs = ScriptedDialogs()
    window = MainWindow(desk, dialogs)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(PAGES.index("indicators"))
    page = window.pages["indicators"]
    settle(qtbot, page)
    return window, dialogs, page


def settle(qtbot, page: IndicatorPage) -> None:
    """Until the filters' pause ran out and every computation it started (table, charts) came back."""
    qtbot.waitUntil(lambda: not page.bar.settling(), timeout=3000)
    for _ in range(4):
        page.ops.wait()
        QApplication.processEvents()


def shown(p) -> str:
    """The value cell as docs/indicators.md asks: a rate as a percentage to one decimal with its fraction, “—”
    with nothing to divide by or when the records cannot answer; a count with its unit."""
    f, row = p.figure, p.figure.indicator
    if not row.computable:
        return "—"
    if row.is_rate:
        rate = "—" if not f.denominator else f"{100 * f.numerator / f.denominator:.1f}%"
        below = "—" if f.denominator is None else f"{f.denominator:g}"  # no area population on record
        return f"{rate}（{f.numerator:g}/{below}）"
    return f"{f.numerator:g} {row.unit}"


def test_the_table_reads_back_the_desks_numbers_and_a_new_period_recomputes(qtbot, team, work):
    window, dialogs, page = open_page(qtbot, team.desk("sup"))
    assert page.computed_for is not None and (page.computed_for.start, page.computed_for.end) == QUARTER
    rows = window.desk.indicators(*QUARTER)
    assert page.shown_ids() == [p.figure.indicator.id for p in rows]  # every row, in the seed's order
    for p in rows:
        assert page.cells(p.figure.indicator.id)[3] == shown(p), p.figure.indicator.id
    # Worked out from the fixture: four opened this quarter, three of them filed; one consultation.
    assert page.cells(OPENED)[:4] == ["", "", "接案个数", "4 例"]
    assert page.cells(FILED)[1:7] == ["辅导个案", "个案建档率", "75.0%（3/4）", "≥ 100%", "", "未达标"]
    assert page.cells(CONTACTS)[:4] == ["个案", "咨询个案", "咨询人次", "1 人次"]
    assert page.cells("youth.transfer.success_rate")[3:7] == ["—（0/0）", "≥ 90%", "", "本期无可计算的数据"]
    missing = next(p for p in rows if not p.figure.indicator.computable)
    lacking = missing.figure.indicator.missing[0].text.zh
    assert page.cells(missing.figure.indicator.id)[6:] == ["暂不能计算", "", f"记录尚缺：{lacking}"]
    assert not page.note.isVisibleTo(page) and dialogs.shown == []
    assert page.selected_id() == FILED  # the first row short of its target is where to look first

    page.period.setCurrentIndex(PERIODS.index("month"))  # November: 甲, 乙, 丙 opened; 甲, 丙 filed
    settle(qtbot, page)
    assert (page.computed_for.start, page.computed_for.end) == NOVEMBER
    assert page.cells(OPENED)[3] == "3 例" and page.cells(FILED)[3] == "66.7%（2/3）"
    assert not page.date_from.isEnabled()
    assert page.selected_id() == FILED and [b.label for b in page.month_chart.bars] == ["11月"]  # charts follow

    page.period.setCurrentIndex(PERIODS.index("custom"))  # a period with no work tells the new user why
    page.date_from.setDate(QDate(2025, 1, 1))
    page.date_to.setDate(QDate(2025, 3, 31))
    settle(qtbot, page)
    assert page.computed_for.start == dt.date(2025, 1, 1) and page.cells(OPENED)[3] == "0 例"
    assert page.note.isVisibleTo(page) and page.note.text().startswith("本期还没有可计入的工作")
    page.date_to.setDate(QDate(2024, 12, 31))  # backwards: said, and nothing asked
    settle(qtbot, page)
    assert page.computed_for.start == dt.date(2025, 1, 1) and "结束日期早于开始日期" in page.note.text()


def test_a_projects_targets_met_and_behind_pace(qtbot, team, work):
    window, _, page = open_page(qtbot, team.desk("sup"))
    page.project.setCurrentIndex(page.project.findData(str(team.project_id)))
    settle(qtbot, page)
    assert page.computed_for.project_id == team.project_id
    rows = {p.figure.indicator.id: p for p in window.desk.indicators(*QUARTER, project_id=team.project_id)}
    assert rows[OPENED].met and rows[REPORTS].met is False
    # 4 of 4 opened: met. No closing report against 2: by 20 Nov (51 of 92 days) 1.1 were due, so behind pace;
    # 2 left over the 41 days left, in 30-day months: 1.5 a month.
    assert page.cells(OPENED)[3:8] == ["4 例", "4 例", "100.0%", "已达标", ""]
    assert page.cells(REPORTS)[3:8] == ["0 份", "2 份", "0.0%", "落后于进度", "每月 1.5 份"]
    page.select(REPORTS)
    assert page.detail.text() == (
        "辅导个案完成个案总结报告：0 份，目标 2 份——落后于进度。按进度到今天应完成 1.1 份。尚需每月 1.5 份。"
    )
    colours = {page.table.item(page._row_ids.index(i), 6).background().color().name() for i in (OPENED, REPORTS)}
    assert len(colours) == 2  # the colour follows the word
    # The targets are the contract's; measured against a quarter, the page says so and offers the contract.
    assert page.note.isVisibleTo(page) and "“项目合同期”" in page.note.text()
    page.only_targets.setChecked(True)  # the rows with a target: the project's and the standard's fixed rates
    assert page.shown_ids() == [i for i, p in rows.items() if p.target is not None]
    assert OPENED in page.shown_ids() and CONTACTS not in page.shown_ids()
    page.period.setCurrentIndex(PERIODS.index("contract"))
    settle(qtbot, page)
    assert (page.computed_for.start, page.computed_for.end) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert not page.note.isVisibleTo(page) and page.cells(OPENED)[3:7] == ["4 例", "4 例", "100.0%", "已达标"]
    page.project.setCurrentIndex(0)  # no project, no contract: the year instead
    settle(qtbot, page)
    assert page.period.currentIndex() == PERIODS.index("year") and page.computed_for.project_id is None
    assert not page.period.model().item(PERIODS.index("contract")).isEnabled()


def test_every_number_opens_the_records_behind_it(qtbot, team, work):
    window, _, page = open_page(qtbot, team.desk("sup"))
    desk = window.desk
    page.select(OPENED)
    page.drill()
    settle(qtbot, page)
    items = page.windows[-1]
    assert items.ids() == [i["id"] for i in desk.indicator_items(OPENED, *QUARTER)]
    assert set(items.ids()) == {work["a"], work["b"], work["e"], work["c"]}
    assert sorted(row[2] for row in items.texts()) == sorted(["甲", "乙", "丙", "戊"])
    items.tables[0].selectRow(items.ids().index(work["b"]))
    items.open_selected()
    assert work["b"] in window.case_windows and window.case_windows[work["b"]].isVisible()
    items.close()
    assert page.windows == []

    page.select(FILED)  # a rate: numerator, denominator and what pulls it down
    page.drill()
    settle(qtbot, page)
    items = page.windows[-1]
    assert items.tabs.count() == 3 and items.tabs.tabText(2).startswith("拉低比率的")
    assert items.ids(0) == [i["id"] for i in desk.indicator_items(FILED, *QUARTER)]
    assert items.ids(1) == [i["id"] for i in desk.indicator_items(FILED, *QUARTER, which="denominator")]
    assert items.ids(2) == [work["b"]]

    page.select(CONTACTS)  # a number made of records: each opens in its form window, or its case
    page.drill()
    settle(qtbot, page)
    items = page.windows[-1]
    assert items.ids() == [work["contact"]] and items.texts()[0][:3] == ["记录", "结案信息表", "丁"]
    items.open_selected()
    assert work["contact"] in window.record_windows
    items.open_parent()
    assert work["consultation"] in window.case_windows


def test_the_quality_checks_list_what_pulls_the_numbers_down_and_open_it(qtbot, team, work):
    window, dialogs, page = open_page(qtbot, team.desk("sup"))
    page.show_quality()
    settle(qtbot, page)
    found = page.windows[-1]
    checks = window.desk.quality_checks(*QUARTER)
    assert found.windowTitle() == f"质量检查：共 {len(checks)} 项"
    assert [found.tabs.tabText(i) for i in range(found.tabs.count())][0] == "个案未建档（1）"
    code = window.desk.case(work["b"]).archive_code
    assert found.ids(0) == [work["b"]] and found.texts(0)[0][:3] == ["个案", code, "乙"]
    assert "2026-10-01 – 2026-12-31" in found.heading.text()
    found.open_selected()
    assert work["b"] in window.case_windows
    page.domain.setCurrentIndex(page.domain.findData("elderly"))  # nothing falls short there
    settle(qtbot, page)
    page.show_quality()
    settle(qtbot, page)
    assert dialogs.shown[-1][:2] == ("info", "质量检查") and "无不足之处" in dialogs.shown[-1][2]


def test_the_charts_draw_the_desks_months_and_workers(qtbot, team, work):
    window, _, page = open_page(qtbot, team.desk("sup"))
    page.select(OPENED)
    settle(qtbot, page)
    months = window.desk.indicator_months(OPENED, *QUARTER)
    bars = page.month_chart.bars
    assert [b.value for b in bars] == [f.value for _, f in months] == [1.0, 3.0, 0.0]  # 戊; 甲 乙 丙; none
    assert [b.label for b in bars] == ["10月", "11月", "12月"] and [b.text for b in bars] == ["1", "3", "0"]
    assert page.month_chart.reference is None  # no project: no target
    assert {b.label: b.value for b in page.worker_chart.bars} == {"王社工": 3.0, "陈社工": 1.0}
    assert page.worker_chart.isVisibleTo(page)
    assert [(b.label, b.value) for b in page.target_chart.bars] == [("本期数值", 4.0)]
    page.month_chart.bar_clicked.emit(bars[1].key)  # November's bar: November's cases
    settle(qtbot, page)
    assert set(page.windows[-1].ids()) == {work["a"], work["b"], work["c"]}

    page.project.setCurrentIndex(page.project.findData(str(team.project_id)))
    settle(qtbot, page)
    page.select(REPORTS)
    settle(qtbot, page)
    # 2 reports over three months: the target's share a month; achieved, due by today, target.
    assert page.month_chart.reference == (2 / 3, "每月目标 0.7")
    assert [(b.label, b.value) for b in page.target_chart.bars] == [
        ("本期数值", 0.0), ("按进度今日应达", 1.1), ("目标", 2.0)
    ]  # fmt: skip


def test_the_excel_file_reopens_with_the_numbers_shown(qtbot, team, work, tmp_path):
    window, dialogs, page = open_page(qtbot, team.desk("sup"))
    page.project.setCurrentIndex(page.project.findData(str(team.project_id)))
    settle(qtbot, page)
    dialogs.save_answer = tmp_path / "指标"
    page.export()
    settle(qtbot, page)
    out = tmp_path / "指标.xlsx"
    assert dialogs.shown[-1] == ("info", "已导出", f"服务质量指标已导出到 {out}")
    book = load_workbook(out)
    about = {row[0]: row[1] for row in book["说明"].iter_rows(values_only=True)}
    assert about["期间 / period"] == "2026-10-01 – 2026-12-31" and about["项目 / project"] == "东城青少年综合服务项目"
    assert about["站点 / station"] == "全部 / all" and about["社工 / worker"] == "全部 / all"
    sheet = book["儿童青少年服务质量标准的具体量化指标"]
    rows, item = {}, None
    for row in sheet.iter_rows(min_row=3, values_only=True):
        item = row[1] or item  # the seed's merged cells: the item stands on its first row only
        rows[(item, row[2])] = row[4:10]
    assert rows[("辅导个案", "接案个数")] == (4, 4, None, 4, 100, "达标")
    assert rows[("辅导个案", "个案建档率")] == (75, 3, 4, 100, None, "未达标")
    assert rows[("辅导个案", "完成个案总结报告")] == (0, 0, None, 2, 0, "未达标")
    assert rows[("咨询个案", "咨询人次")][:2] == (1, 1)
    assert page.cells(OPENED)[3:5] == ["4 例", "4 例"] and page.cells(FILED)[3] == "75.0%（3/4）"
    dialogs.save_answer = tmp_path / "指标报告"  # the PDF report: the same numbers and the quality checks
    page.export("pdf")
    settle(qtbot, page)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "指标报告.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    code = window.desk.case(work["b"]).archive_code
    assert "东城青少年综合服务项目" in text and "个案未建档" in text
    assert any(code in line and "乙" in line for line in text.splitlines())
    assert any("个案建档率" in line and "未达标" in line for line in text.splitlines())


def test_a_worker_sees_their_own_numbers_and_no_worker_chart(qtbot, team, work):
    window, _, page = open_page(qtbot, team.desk("wang"))
    assert page.cells(OPENED)[3] == "3 例" and page.cells(FILED)[3] == "66.7%（2/3）"  # 甲 乙 戊, not 丙
    assert not page.worker.isEnabled() and page.worker.currentText() == "王社工"
    assert not page.worker_chart.isVisibleTo(page)
    page.select(OPENED)
    settle(qtbot, page)
    assert page.chart_data is not None and page.chart_data["workers"] == []
    assert [b.value for b in page.month_chart.bars] == [1.0, 2.0, 0.0]
    page.drill()
    settle(qtbot, page)
    assert set(page.windows[-1].ids()) == {work["a"], work["b"], work["e"]}


def test_the_filters_table_and_charts_are_reached_by_the_keyboard_in_order(qtbot, team, work):
    window, _, page = open_page(qtbot, team.desk("sup"))
    window.activateWindow()
    page.period.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.period)
    walked = []
    for _ in range(12):
        walked.append(QApplication.focusWidget())
        page.focusNextChild()
    # The dates take part only for a period of one's own (“自定义起止”); here it is this quarter.
    assert walked == [
        page.period, page.station, page.project, page.worker, page.domain, page.only_targets, page.quality_button,
        page.export_button, page.table, page.drill_button, page.target_chart, page.month_chart,
    ]  # fmt: skip
    page.select(OPENED)  # Enter on a row opens the records behind its number, as a double-click does
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert len(page.windows) == 1 and set(page.windows[0].ids()) == {work["a"], work["b"], work["e"], work["c"]}


def test_the_agency_head_types_the_service_area_populations_in_settings(qtbot, team):
    head = team.desk("head")
    station = head.create_station("西河镇社工站")
    window = MainWindow(head, ScriptedDialogs())
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(PAGES.index("settings"))
    window.ops.wait()  # the page is read on the worker when shown
    table = window.settings_page.populations
    names = [table.table.item(r, 0).text() for r in range(table.table.rowCount())]
    assert names == [s.name for s in head.stations()] and "西河镇社工站" in names
    row = names.index("西河镇社工站")
    table.table.cellWidget(row, 1).setValue(23456)
    table.table.cellWidget(row, 2).setValue(2025)
    table.save_button.click()
    window.ops.wait()
    QApplication.processEvents()
    assert window.dialogs.shown[-1][:2] == ("info", "已保存")
    figures = {r["station_id"]: (r["population"], r["year"]) for r in head.area_populations()}
    assert figures[station.id] == (23456, 2025)
    window.close()

    worker = MainWindow(team.desk("wang"), ScriptedDialogs())
    qtbot.addWidget(worker)
    worker.nav.setCurrentRow(PAGES.index("settings"))
    worker.ops.wait()
    shown = worker.settings_page.populations
    assert not shown.save_button.isVisibleTo(worker) and not shown.table.cellWidget(row, 1).isEnabled()
    assert shown.table.cellWidget(row, 1).value() == 23456 and "由机构负责人设置" in shown.hint.text()

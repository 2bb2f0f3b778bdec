"""The personal-information report from a client's details, and the 到期销毁 page, through the real widgets
on a real workspace (dialogs scripted, so nothing blocks)."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from desktop.models import AuditEntry, Case
from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.main_window import PAGES, MainWindow
from tests.workspace.test_privacy import AS_OF, close_long_ago, open_case


def window_for(qtbot, desk, page: str) -> tuple[MainWindow, ScriptedDialogs]:
    dialogs = ScriptedDialogs()
    window = MainWindow(desk, dialogs)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(PAGES.index(page))
    settle(window)
    return window, dialogs


def settle(window: MainWindow) -> None:
    for _ in range(3):
        window.ops.wait()


def test_the_report_is_asked_for_from_the_clients_details(qtbot, team, tmp_path):
    wang = team.desk("wang")
    person, case, _ = open_case(team, wang, "张小明", phone="13800001111")
    window, dialogs = window_for(qtbot, wang, "clients")
    page = window.pages["clients"]
    row = next(r for r, texts in enumerate(page.row_texts()) if texts[0] == "张小明")
    page.select_row(row)

    def ask_for_the_report(dialog) -> bool:
        assert "张小明" in dialog.text.text() and "13800001111" in dialog.text.text()
        assert dialog.report_button.text() == "个人信息报告…"
        qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted

    dialogs.dialog_script = ask_for_the_report
    dialogs.choice_answer = "JSON"
    dialogs.save_answer = tmp_path / "report.json"
    page.activated.emit(person.id)  # double-click on the row
    settle(window)
    kinds = [k for k, *_ in dialogs.shown]
    assert kinds[:3] == ["dialog", "choose", "save_file"], dialogs.shown
    suggested = next(text for kind, _, text in dialogs.shown if kind == "save_file")
    assert "张小明" not in suggested and "ZXM" in suggested  # a file name carries initials only
    assert dialogs.shown[-1][0] == "info" and "report.json" in dialogs.shown[-1][2]
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [c["archive_code"] for c in report["cases"]] == [wang.case(case.id).archive_code]
    with wang.session() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "report")).one().target == str(person.id)

    # The panel's own button, for the selected client, as a PDF; closing the details asks for nothing.
    dialogs.shown.clear()
    dialogs.choice_answer = "PDF"
    dialogs.save_answer = tmp_path / "report.pdf"
    qtbot.mouseClick(window.client_panel.report_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    dialogs.shown.clear()
    dialogs.dialog_script = lambda dialog: False
    page.activated.emit(person.id)
    settle(window)
    assert [k for k, *_ in dialogs.shown] == ["dialog"]


def test_a_colleague_outside_the_clients_view_is_refused_in_their_words(qtbot, team, tmp_path):
    person, _, _ = open_case(team, team.desk("wang"), "张小明")
    window, dialogs = window_for(qtbot, team.desk("chen"), "clients")
    dialogs.choice_answer = "PDF"
    dialogs.save_answer = tmp_path / "no.pdf"
    window.client_panel.report(person.id)
    settle(window)
    assert dialogs.shown[-1][0] == "error" and "无权" in dialogs.shown[-1][2]
    assert not (tmp_path / "no.pdf").exists()


def test_the_agency_head_destroys_what_is_due_from_the_page(qtbot, team, tmp_path):
    wang = team.desk("wang")
    _, due_case, _ = open_case(team, wang, "张小明")
    _, kept_case, _ = open_case(team, wang, "李小红")
    close_long_ago(wang, due_case.id)
    code = wang.case(due_case.id).archive_code
    for user in ("wang", "sup"):  # the page is not theirs
        window, _ = window_for(qtbot, team.desk(user), "home")
        assert window.nav.item(PAGES.index("retention")).isHidden()
    lead_window, _ = window_for(qtbot, team.desk("lead"), "retention")
    lead_page = lead_window.pages["retention"]
    assert not lead_window.nav.item(PAGES.index("retention")).isHidden()
    assert not lead_page.destroy_button.isVisibleTo(lead_page) and lead_page.only_head.isVisibleTo(lead_page)

    window, dialogs = window_for(qtbot, team.desk("head"), "retention")
    page = window.pages["retention"]
    assert window.nav.item(PAGES.index("retention")).text() == "到期销毁"
    page.as_of.setDate(QDate(AS_OF.year, AS_OF.month, AS_OF.day))
    settle(window)
    assert [row[:2] for row in page.row_texts()] == [["结案个案", code]]
    assert "结案个案 10 年" in page.periods.text()
    assert not page.destroy_button.isEnabled()  # no reason yet
    page.reason.setText("保存期限已满，经机构会议同意")
    dialogs.save_answer = tmp_path / "销毁清单.pdf"
    dialogs.confirm_answer = False
    qtbot.mouseClick(page.destroy_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert not (tmp_path / "销毁清单.pdf").exists() and page.row_texts()  # declined: nothing happened
    confirm = next(text for kind, _, text in dialogs.shown if kind == "confirm")
    assert code in confirm and "张小明" not in confirm
    dialogs.confirm_answer = True
    qtbot.mouseClick(page.destroy_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert dialogs.shown[-1][0] == "info" and "已销毁 1 项" in dialogs.shown[-1][2]
    assert (tmp_path / "销毁清单.pdf").read_bytes().startswith(b"%PDF")
    assert page.row_texts() == [] and page.empty.isVisibleTo(page) and not page.progress.isVisibleTo(page)
    with team.desk("head") as head, head.session() as s:
        assert s.get(Case, due_case.id) is None and s.get(Case, kept_case.id) is not None
    # The log page names the destruction by its number.
    window.nav.setCurrentRow(PAGES.index("audit"))
    settle(window)
    rows = window.pages["audit"].row_texts()
    assert any(what == "到期销毁" and code in file for _, _, what, file, _ in rows)


def test_the_page_in_english(qtbot, team):
    from desktop.ui.i18n import install_language

    window, _ = window_for(qtbot, team.desk("head"), "retention")
    try:
        window.set_language("en")
        settle(window)
        page = window.pages["retention"]
        assert page.title.text() == "Retention and destruction"
        assert page.row_texts() == [] and page.empty.text().startswith("Nothing has passed its retention period on")
        assert "closed cases 10 years" in page.periods.text()
        assert dt.date.today().isoformat() == page.day().isoformat()
    finally:
        install_language("zh")


def test_the_agency_changes_a_period_from_the_page(qtbot, team):
    wang = team.desk("wang")
    _, case, _ = open_case(team, wang, "张小明")
    close_long_ago(wang, case.id)
    window, dialogs = window_for(qtbot, team.desk("head"), "retention")
    page = window.pages["retention"]
    page.as_of.setDate(QDate(AS_OF.year, AS_OF.month, AS_OF.day))
    settle(window)
    assert len(page.row_texts()) == 1

    def twenty_years(dialog) -> bool:
        assert dialog.boxes["case"].value() == 10 and dialog.boxes["backup"].suffix() == " 天"
        dialog.boxes["case"].setValue(20)
        return True

    dialogs.dialog_script = twenty_years
    qtbot.mouseClick(page.periods_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert team.desk("head").setting("retention.case_years") == 20
    assert page.row_texts() == [] and "结案个案 20 年" in page.periods.text()
    lead_window, _ = window_for(qtbot, team.desk("lead"), "retention")  # the business lead sets them too
    assert lead_window.pages["retention"].periods_button.isVisibleTo(lead_window.pages["retention"])

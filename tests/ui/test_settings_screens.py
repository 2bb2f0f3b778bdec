"""The agency's settings on the Settings page: the head changes a deadline, a standard, a retention period and
a year's holidays, and the Desk keeps them; a worker sees them read-only; a refusal is said in words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.main_window import PAGES, MainWindow


def settings(qtbot, desk):
    window = MainWindow(desk, ScriptedDialogs())
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(PAGES.index("settings"))
    window.ops.wait()  # the page is read on the worker when shown
    return window, window.settings_page.agency


def saved(window) -> None:
    window.ops.wait()
    QApplication.processEvents()
    assert window.dialogs.shown[-1][:2] == ("info", "已保存"), window.dialogs.shown


def test_the_agency_head_changes_a_deadline_a_standard_a_retention_period_and_a_holiday(qtbot, team):
    head = team.desk("head")
    window, agency = settings(qtbot, head)
    labels = [agency.deadlines.labels[k].text() for k in agency.deadlines.keys]
    assert "转介回复期限（工作日）" in labels and "自动备份间隔（小时）" in labels
    assert agency.deadlines.spins["transfer.reply_working_days"].minimum() == 1

    agency.deadlines.spins["review.due_days"].setValue(5)
    agency.deadlines.save_button.click()
    saved(window)
    assert head.setting("review.due_days") == 5

    standards = agency.standards
    assert standards.table.item(standards.keys.index("group_min_members"), 0).text() == "8"  # youth: the seed's
    standards.set_value("youth", "group_min_members", 6)
    standards.set_value("elderly", "lecture_min_people", 20)  # the seed's own figure: no change kept
    assert standards.table.item(standards.keys.index("group_min_members"), 0).font().bold()
    standards.save_button.click()
    saved(window)
    assert head.setting("group.standards") == {"youth": {"group_min_members": 6}}

    agency.retention.spins["retention.intake_years"].setValue(5)
    agency.retention.save_button.click()
    saved(window)
    assert head.setting("retention.intake_years") == 5 and head.retention_lengths()["intake"] == 5

    calendar = agency.calendar
    calendar.year.setValue(2031)
    window.ops.wait()
    assert "周一至周五" in calendar.status.text()
    calendar.day.setDate(QDate(2031, 1, 1))
    calendar.add_button.click()
    calendar.day.setDate(QDate(2031, 1, 4))
    calendar.kind.setCurrentIndex(1)  # a Saturday worked
    calendar.day.setFocus()
    qtbot.keyClick(calendar.day, Qt.Key.Key_Return)  # Enter adds the day as the button does
    assert calendar.list.count() == 2
    calendar.save_button.click()
    saved(window)
    work = head.work_calendar()
    assert dt.date(2031, 1, 1) in work.holidays and dt.date(2031, 1, 4) in work.workdays and 2031 in work.known_years
    window.ops.wait()
    assert calendar.list.count() == 2 and "节假日：1" in calendar.status.text()
    window.close()


def test_a_worker_sees_the_agency_settings_read_only(qtbot, team):
    head = team.desk("head")
    head.set_setting("case.archive_due_days", 45)
    window, agency = settings(qtbot, team.desk("wang"))
    assert agency.deadlines.spins["case.archive_due_days"].value() == 45
    for section in agency.sections():
        assert not section.save_button.isEnabled()
        assert "由机构负责人或业务主管设置" in section.hint.text()
    assert all(spin.isReadOnly() for spin in agency.deadlines.spins.values())
    assert all(spin.isReadOnly() for spin in agency.retention.spins.values())
    assert not agency.standards.table.editTriggers()
    assert not agency.calendar.add_button.isEnabled() and not agency.calendar.day.isEnabled()
    window.close()


def test_a_refused_value_is_said_in_words(qtbot, team):
    head = team.desk("head")
    window, agency = settings(qtbot, head)
    spin = agency.deadlines.spins["transfer.reply_working_days"]
    spin.setMinimum(0)  # what the spin box prevents, sent anyway: the domain refuses it
    spin.setValue(0)
    agency.deadlines.save_button.click()
    window.ops.wait()
    QApplication.processEvents()
    kind, _title, text = window.dialogs.shown[-1]
    assert kind == "error" and "不能小于 1" in text and "[" not in text
    assert head.setting("transfer.reply_working_days") == 3 and agency.deadlines.save_button.isEnabled()

    agency.standards.set_value("women", "group_min_sessions", "六")  # not a figure: said, and not kept
    kind, _title, text = window.dialogs.shown[-1]
    assert kind == "error" and "整数" in text and "[" not in text
    assert agency.standards.overrides == {}
    window.close()

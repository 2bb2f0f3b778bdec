"""The generated editor through its real widgets (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.editor.record_window import RecordWindow
from desktop.ui.ops import Ops
from desktop.workspace import open_desk
from tests.conftest import PASSWORDS


@pytest.fixture
def wang(team, registry):
    desk = open_desk(team.root, "wang", PASSWORDS["wang"], registry=registry)
    yield desk
    desk.close()


def open_window(qtbot, desk, record_id, lang="zh"):
    dialogs = ScriptedDialogs()
    ops = Ops()
    window = RecordWindow(desk, ops, dialogs, record_id, lang)
    window.ops.wait()  # the record is read on the worker
    qtbot.addWidget(window)
    window.show()
    return window, ops, dialogs


def type_into(qtbot, window, field_id, text):
    """Type as a worker does: ASCII on the keyboard, Chinese committed by the input method."""
    widget = window.editor.rows[field_id].widget.focus_widget()
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


def pick(window, field_id, value):
    combo = window.editor.rows[field_id].widget.combo
    combo.setCurrentIndex(combo.findData(value))


def test_fill_every_field_type_save_close_reopen(qtbot, wang, tmp_path):
    record = wang.new_record("all_types")
    window, ops, dialogs = open_window(qtbot, wang, record.id)
    type_into(qtbot, window, "name", "王𠮷祥")
    type_into(qtbot, window, "story", "第一次家访，了解到家庭情况。")
    type_into(qtbot, window, "visit_date", "2026/11/20")
    type_into(qtbot, window, "start", "9:30")
    type_into(qtbot, window, "people", "12")
    type_into(qtbot, window, "fee", "35.5")
    pick(window, "sex", "male")
    window.editor.rows["modes"].widget.boxes["phone"].setChecked(True)
    window.editor.rows["modes"].widget.boxes["home_visit"].setChecked(True)
    pick(window, "consent", True)
    pick(window, "score", 4)
    table = window.editor.rows["budget"].widget
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    table.grid.item(0, 0).setText("文具")
    table.grid.item(0, 1).setText("2.5")
    table.grid.item(0, 2).setText("10")
    scan = tmp_path / "签字表.png"
    scan.write_bytes(b"\x89PNG fake")
    dialogs.file_answer = scan
    qtbot.mouseClick(window.editor.rows["scans"].widget.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ops.running == 0)
    assert window.editor.dirty
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    qtbot.waitUntil(lambda: ops.running == 0 and not window.editor.dirty)
    assert "已保存" in window.state.text()
    window.close()

    stored = wang.record(record.id).content
    assert stored["name"] == "王𠮷祥" and stored["visit_date"] == "2026-11-20" and stored["start"] == "09:30"
    assert stored["people"] == 12 and stored["fee"] == "35.50" and stored["sex"] == "male"
    assert stored["modes"] == ["phone", "home_visit"] and stored["consent"] is True and stored["score"] == 4
    assert stored["budget"] == [{"item": "文具", "unit_price": "2.50", "quantity": 10, "subtotal": "25.00"}]
    assert stored["total"] == "25.00" and len(stored["scans"]) == 1

    again, _, _ = open_window(qtbot, wang, record.id)
    rows = again.editor.rows
    assert rows["name"].widget.value() == "王𠮷祥"
    assert rows["story"].widget.value() == "第一次家访，了解到家庭情况。"
    assert rows["sex"].widget.combo.currentText() == "男"
    assert rows["modes"].widget.value() == ["phone", "home_visit"]
    assert rows["budget"].widget.grid.item(0, 3).text() == "25.00"
    assert rows["total"].widget.value() == "25.00"
    assert "签字表.png" in rows["scans"].widget.list_label.text()
    assert not again.editor.dirty


def test_an_error_shows_on_its_field_and_blocks_submit_a_warning_does_not(qtbot, wang):
    record = wang.new_record("all_types")
    window, ops, dialogs = open_window(qtbot, wang, record.id)
    type_into(qtbot, window, "people", "abc")
    window.editor.refresh()
    issues = window.editor.rows["people"].issues
    assert issues.isVisible() and "应为数字" in issues.text()
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    assert dialogs.shown and dialogs.shown[-1][0] == "error"
    assert wang.record(record.id).status == "draft"

    window.editor.rows["people"].widget.set_value("3")  # a warning only
    type_into(qtbot, window, "name", "李四")
    window.editor.refresh()
    assert "少于8人" in window.editor.rows["people"].issues.text()
    assert not window.editor.report.errors
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ops.running == 0 and wang.record(record.id).status == "submitted")
    assert window.record.status == "submitted" and not window.submit_button.isVisible()


def test_a_computed_total_follows_edits(qtbot, wang):
    record = wang.new_record("all_types")
    window, _, _ = open_window(qtbot, wang, record.id)
    table = window.editor.rows["budget"].widget
    table.add_row()
    table.grid.item(0, 1).setText("3")
    table.grid.item(0, 2).setText("4")
    table.add_row()
    table.grid.item(1, 1).setText("0.1")
    table.grid.item(1, 2).setText("3")
    window.editor.refresh()
    assert window.editor.rows["total"].widget.value() == "12.30"
    assert table.grid.item(1, 3).text() == "0.30"
    table.grid.setCurrentCell(0, 0)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    window.editor.refresh()
    assert window.editor.rows["total"].widget.value() == "0.30"


def test_enter_on_the_last_row_adds_a_row_and_rows_reorder(qtbot, wang):
    record = wang.new_record("all_types")
    window, _, _ = open_window(qtbot, wang, record.id)
    table = window.editor.rows["budget"].widget
    table.add_row({"item": "甲"})
    table.grid.setFocus()
    qtbot.keyClick(table.grid, Qt.Key.Key_Return)
    assert table.grid.rowCount() == 2
    table.grid.item(1, 0).setText("乙")
    table.grid.setCurrentCell(1, 0)
    qtbot.mouseClick(table.up_button, Qt.MouseButton.LeftButton)
    assert [r["item"] for r in table.value()] == ["乙", "甲"]


def test_a_conditional_field_appears(qtbot, wang):
    record = wang.new_record("all_types")
    window, _, _ = open_window(qtbot, wang, record.id)
    row = window.editor.rows["reason_other"]
    assert not row.container.isVisible()
    pick(window, "reason", "other")
    window.editor.refresh()
    assert row.container.isVisible()
    assert any(i.code == "F001" for i in window.editor.report.for_field("reason_other"))


def test_carried_values_are_read_only(qtbot, team, wang):
    client = wang.create_client("张小明")
    case = wang.create_case(client.id, team.project_id, "counselling", "youth")
    record = wang.new_record("consent", case_id=case.id)
    window, _, _ = open_window(qtbot, wang, record.id)
    name = window.editor.rows["client_name"].widget
    assert name.value() == "张小明" and name.edit.isReadOnly()


def test_a_supervisor_reviews_beside_the_form_without_editing_it(qtbot, team, registry, wang):
    record = wang.new_record("all_types", content={"name": "张三"})
    wang.submit_record(record.id)
    sup = open_desk(team.root, "sup", PASSWORDS["sup"], registry=registry)
    window, ops, dialogs = open_window(qtbot, sup, record.id)
    assert not window.save_button.isVisible() and window.approve_button.isVisible()
    assert window.editor.rows["name"].widget.edit.isReadOnly()
    dialogs.text_answer = "请补充家访发现"
    qtbot.mouseClick(window.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ops.running == 0 and window.record.status == "returned")
    assert "请补充家访发现" in window.decisions_list.item(0).text()
    assert wang.record(record.id).content["name"] == "张三"
    sup.close()

"""Nothing is chosen for a person beforehand: the new-client panel starts with no sex and no service domain,
a valid ID number fills the sex and the birth date, a choice it contradicts is shown beside the fields, and a
case or a group asks its type (kind) and domain when it starts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.main_window import PAGES, MainWindow
from desktop.ui.pages.choices import choose_value
from desktop.ui.pages.new_group import NewGroupDialog
from desktop.ui.pages.open_case import OpenCaseDialog

WOMAN_1950 = "530123195003140022"  # GB 11643 check character right; a woman born 1950-03-14
MAN_1950 = "530123195003140014"


def window_for(qtbot, desk) -> tuple[MainWindow, ScriptedDialogs]:
    dialogs = ScriptedDialogs()
    window = MainWindow(desk, dialogs)
    qtbot.addWidget(window)
    window.show()
    return window, dialogs


def test_the_new_client_panel_starts_with_nothing_chosen(qtbot, team):
    window, _ = window_for(qtbot, team.desk("wang"))
    panel = window.client_panel
    assert panel.sex.currentData() is None and panel.domain.currentData() is None
    assert "请选择" in panel.sex.currentText() and "请选择" in panel.domain.currentText()
    assert panel.id_warning.isHidden()
    window.close()


def test_saving_without_sex_or_domain_says_so_and_creates_nothing(qtbot, team):
    wang = team.desk("wang")
    before = len(wang.clients())
    window, dialogs = window_for(qtbot, wang)
    panel = window.client_panel
    panel.name.setText("李秀英")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    window.ops.wait()
    kind, _, text = dialogs.shown[-1]
    assert kind == "error" and "性别" in text and "服务领域" in text
    assert not any(c.isascii() and c.isalnum() for c in text)  # words, no code or id
    choose_value(panel.sex, "female")
    panel.add_client()
    window.ops.wait()
    assert dialogs.shown[-1][0] == "error" and "服务领域" in dialogs.shown[-1][2] and "性别" not in dialogs.shown[-1][2]
    assert len(wang.clients()) == before  # nothing was created
    choose_value(panel.domain, "elderly")
    panel.add_client()
    window.ops.wait()
    [made] = [c for c in wang.clients() if c.name == "李秀英"]
    assert (made.sex, made.domain, made.birth_date) == ("female", "elderly", None)  # optional ones stay empty
    assert panel.sex.currentData() is None and panel.domain.currentData() is None  # ready for the next one
    window.close()


def test_a_valid_id_number_fills_the_sex_and_the_birth_date(qtbot, team):
    wang = team.desk("wang")
    window, dialogs = window_for(qtbot, wang)
    panel = window.client_panel
    panel.name.setText("赵桂兰")
    qtbot.keyClicks(panel.id_number, WOMAN_1950[:17])
    assert panel.sex.currentData() is None and panel.birth.text() == ""  # not yet a whole number
    qtbot.keyClicks(panel.id_number, WOMAN_1950[17:])
    assert panel.sex.currentData() == "female" and panel.birth.text() == "1950-03-14"
    assert panel.id_warning.isHidden()
    panel.id_number.setText(MAN_1950)  # corrected: what the number filled follows it
    assert panel.sex.currentData() == "male"
    panel.id_number.setText(MAN_1950[:-1])  # no longer a valid number: what it filled is taken back
    assert panel.sex.currentData() is None and panel.birth.text() == ""
    panel.id_number.setText(WOMAN_1950)
    choose_value(panel.domain, "elderly")
    panel.add_client()
    window.ops.wait()
    [made] = [c for c in wang.clients() if c.name == "赵桂兰"]
    assert (made.sex, made.birth_date, made.domain) == ("female", dt.date(1950, 3, 14), "elderly")
    window.close()


def test_a_choice_the_id_number_contradicts_is_shown_not_overwritten(qtbot, team):
    wang = team.desk("wang")
    before = len(wang.clients())
    window, dialogs = window_for(qtbot, wang)
    panel = window.client_panel
    panel.name.setText("钱淑芬")
    choose_value(panel.sex, "male")
    choose_value(panel.domain, "elderly")
    panel.birth.setText("1950-03-15")
    qtbot.keyClicks(panel.id_number, WOMAN_1950)
    assert panel.sex.currentData() == "male" and panel.birth.text() == "1950-03-15"  # not silently changed
    assert not panel.id_warning.isHidden()
    warning = panel.id_warning.text()
    assert "女性" in warning and "1950-03-14" in warning and "1950-03-15" in warning
    panel.add_client()  # a birth date the number contradicts would be refused: said at once
    window.ops.wait()
    assert dialogs.shown[-1][0] == "error" and "1950-03-14" in dialogs.shown[-1][2]
    panel.birth.setText("1950-03-14")
    assert "1950" not in panel.id_warning.text() and not panel.id_warning.isHidden()  # the sex still differs
    dialogs.confirm_answer = False
    panel.add_client()
    window.ops.wait()
    assert dialogs.shown[-1][0] == "confirm" and "女性" in dialogs.shown[-1][2]
    assert len(wang.clients()) == before
    choose_value(panel.sex, "female")
    assert panel.id_warning.isHidden()
    panel.id_number.setText(WOMAN_1950[:-1] + "9")  # a wrong check character is said beside the field too
    assert not panel.id_warning.isHidden() and "无效" in panel.id_warning.text()
    window.close()


def test_opening_a_case_asks_its_type_and_domain(qtbot, team):
    wang = team.desk("wang")
    person = wang.create_client("孙玉珍", sex="female", birth_date=dt.date(1950, 3, 14), domain="elderly")
    window, dialogs = window_for(qtbot, wang)
    clients = window.pages["clients"]
    window.nav.setCurrentRow(PAGES.index("clients"))
    clients.load()
    window.ops.wait()
    clients.select_row(next(i for i, row in enumerate(clients.row_texts()) if row[0] == "孙玉珍"))
    seen: list[OpenCaseDialog] = []

    def escape(dialog: OpenCaseDialog) -> bool:
        dialog.show()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return dialog.result() == dialog.DialogCode.Accepted

    dialogs.dialog_script = escape
    qtbot.mouseClick(window.client_panel.case_button, Qt.MouseButton.LeftButton)
    window.ops.wait()
    assert isinstance(dialogs.dialogs_run[-1], OpenCaseDialog) and wang.cases(client_id=person.id) == []

    def answer(dialog: OpenCaseDialog) -> bool:
        seen.append(dialog)
        dialog.show()
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert dialog.case_type.currentData() is None and dialog.domain.currentData() is None
        assert not ok.isEnabled() and "个案类型" in dialog.missing.text() and "服务领域" in dialog.missing.text()
        assert "老年人" in dialog.intro.text()  # the client's domain is shown, not chosen
        assert [dialog.case_type.itemText(i) for i in range(1, 5)] == ["咨询个案", "辅导个案", "治疗个案", "转介个案"]
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # nothing happens while something is missing
        assert dialog.result() != dialog.DialogCode.Accepted
        dialog.case_type.setFocus()
        qtbot.keyClick(dialog.case_type, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.case_type, Qt.Key.Key_Down)
        assert dialog.case_type.currentData() == "counselling" and not ok.isEnabled()
        assert not dialog.hotline.isEnabled()  # only a consultation can be a hotline call
        choose_value(dialog.domain, "elderly")
        assert ok.isEnabled() and dialog.missing.isHidden()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        return dialog.result() == dialog.DialogCode.Accepted

    dialogs.dialog_script = answer
    qtbot.mouseClick(window.client_panel.case_button, Qt.MouseButton.LeftButton)
    window.ops.wait()
    assert seen
    [case] = wang.cases(client_id=person.id)
    assert (case.case_type, case.domain, case.project_id) == ("counselling", "elderly", team.project_id)
    [intake] = wang.records(case_id=case.id)
    assert intake.form_id == "intake" and intake.id in window.record_windows
    window.close()


def test_starting_a_group_asks_its_kind_and_domain(qtbot, team):
    wang = team.desk("wang")
    window, dialogs = window_for(qtbot, wang)

    def fill(dialog: NewGroupDialog) -> bool:
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert dialog.kind.currentData() is None and dialog.domain.currentData() is None
        dialog.name.setText("长者健康讲座")
        assert not ok.isEnabled() and "类型" in dialog.missing.text() and "服务领域" in dialog.missing.text()
        choose_value(dialog.kind, "lecture")
        assert not ok.isEnabled() and "类型" not in dialog.missing.text()
        choose_value(dialog.domain, "elderly")
        assert ok.isEnabled() and dialog.missing.isHidden()
        return True

    dialogs.dialog_script = fill
    qtbot.mouseClick(window.group_start, Qt.MouseButton.LeftButton)
    window.ops.wait()
    [group] = wang.groups()
    assert (group.name, group.kind, group.domain) == ("长者健康讲座", "lecture", "elderly")
    window.close()

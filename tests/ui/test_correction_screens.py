"""Corrections in the window, each with its reason, through the real widgets: a client's details, a case's
domain or type, a group's domain or kind, voiding a record and confirming a paper or phone approval. Each one's
outcome is read back from the Desk; each refusal is said in words and changes nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.demo import complete_required
from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.editor.record_window import RecordWindow
from desktop.ui.main_window import MainWindow
from desktop.ui.ops import Ops
from desktop.ui.pages.choices import choose_value
from desktop.ui.pages.client_panel import ClientDetails
from desktop.ui.pages.correction_dialogs import ClientCorrectionDialog, FileCorrectionDialog
from tests.conftest import approved_group

MAN_1950 = "530123195003140014"  # GB 11643 check character right; a man born 1950-03-14


def window_for(qtbot: Any, desk: Any) -> tuple[MainWindow, ScriptedDialogs]:
    dialogs = ScriptedDialogs()
    window = MainWindow(desk, dialogs)
    qtbot.addWidget(window)
    window.show()
    return window, dialogs


def record_window(qtbot: Any, desk: Any, record_id: Any) -> tuple[RecordWindow, ScriptedDialogs]:
    dialogs = ScriptedDialogs()
    window = RecordWindow(desk, Ops(), dialogs, record_id)
    window.ops.wait()  # the record is read on the worker
    qtbot.addWidget(window)
    window.show()
    return window, dialogs


def numbered_case(team: Any, name: str = "钱十一") -> tuple[Any, Any]:
    """A counselling case whose intake the supervisor approved: it has its archive number."""
    wang = team.desk("wang")
    case = wang.create_case(wang.create_client(name).id, team.project_id, "counselling", "youth")
    intake = wang.new_record("intake", case_id=case.id)
    wang.save_record(intake.id, complete_required(wang, intake, {"open_case": True}))
    wang.submit_record(intake.id)
    team.desk("sup").decide(intake.id, "approve")
    return wang.case(case.id), intake


def timeline(case_window: Any) -> str:
    return "\n".join(case_window.timeline.item(i).text() for i in range(case_window.timeline.count()))


def errors(dialogs: ScriptedDialogs) -> list[str]:
    return [text for kind, _, text in dialogs.shown if kind == "error"]


def test_a_client_is_corrected_from_the_details_with_a_reason(qtbot, team):
    wang = team.desk("wang")
    client = wang.create_client("赵大山", id_number=MAN_1950, phone="13900000000", domain="elderly")
    case = wang.create_case(client.id, team.project_id, "counselling", "elderly")
    main, dialogs = window_for(qtbot, wang)
    edit: dict[str, Any] = {}
    ok: list[bool] = []

    def script(dialog: Any) -> bool:
        if isinstance(dialog, ClientDetails):
            qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)
            return dialog.chosen == "correct"
        assert isinstance(dialog, ClientCorrectionDialog)
        assert dialog.name.text() == "赵大山" and dialog.id_number.text() == MAN_1950  # prefilled
        assert dialog.sex.currentData() == "male" and dialog.domain.currentData() == "elderly"
        for key, value in edit.items():
            widget = getattr(dialog, key)
            if key in ("sex", "domain"):
                choose_value(widget, value)
            elif key == "reason":
                widget.setPlainText(value)
            else:
                widget.setText(value)
        ok.append(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled())
        return True  # OK pressed (even where it is off: nothing may be done then)

    dialogs.dialog_script = script
    edit.update(phone="13911112222")  # no reason given: OK stays off, nothing is done
    main.client_panel.show_client(client.id)
    main.ops.wait()
    assert ok[-1] is False and wang.client(client.id).phone == "13900000000"

    edit.update(phone="13911112222", sex="female", reason="电话号码登记错误")  # the ID number is a man's
    main.client_panel.show_client(client.id)
    main.ops.wait()
    assert ok[-1] is True
    assert "性别与身份证号码不一致" in errors(dialogs)[-1]  # the refusal, in words
    assert wang.client(client.id).phone == "13900000000" and wang.client(client.id).sex == "male"

    del edit["sex"]
    edit.update(address="东城镇幸福村3组")
    main.client_panel.show_client(client.id)
    main.ops.wait()
    corrected = wang.client(client.id)
    assert (corrected.phone, corrected.address, corrected.sex) == ("13911112222", "东城镇幸福村3组", "male")
    assert dialogs.shown[-1][0] == "info"
    case_window = main.open_case(case.id)
    main.ops.wait()
    qtbot.addWidget(case_window)
    assert "电话号码登记错误" in timeline(case_window)  # the correction and its reason in the case's history
    main.close()


def _file_script(domain: str | None, kind: str | None, reason: str, seen: list[Any]) -> Any:
    def script(dialog: FileCorrectionDialog) -> bool:
        seen.append((dialog.intro.text(), [dialog.kind.itemData(i) for i in range(dialog.kind.count())]))
        if domain:
            choose_value(dialog.domain, domain)
        if kind:
            choose_value(dialog.kind, kind)
        dialog.reason.setPlainText(reason)
        return True

    return script


def test_a_numbered_case_is_corrected_by_the_supervisor_and_refused_to_the_worker(qtbot, team):
    case, _ = numbered_case(team)
    assert case.archive_code
    main, dialogs = window_for(qtbot, team.desk("wang"))
    case_window = main.open_case(case.id)
    main.ops.wait()
    qtbot.addWidget(case_window)
    seen: list[Any] = []
    dialogs.dialog_script = _file_script("family", None, "实为家庭个案", seen)
    qtbot.mouseClick(case_window.correct_button, Qt.MouseButton.LeftButton)
    main.ops.wait()
    assert case.archive_code in seen[0][0] and "督导" in seen[0][0]  # the number stays; a supervisor corrects
    assert "督导" in errors(dialogs)[-1]  # the worker is refused (K008), in words
    assert team.desk("sup").case(case.id).domain == "youth"
    main.close()

    sup_main, sup_dialogs = window_for(qtbot, team.desk("sup"))
    case_window = sup_main.open_case(case.id)
    sup_main.ops.wait()
    qtbot.addWidget(case_window)
    sup_dialogs.dialog_script = _file_script("family", "treatment", "实为家庭治疗个案", [])
    qtbot.mouseClick(case_window.correct_button, Qt.MouseButton.LeftButton)
    sup_main.ops.wait()
    corrected = team.desk("sup").case(case.id)
    assert (corrected.domain, corrected.case_type, corrected.archive_code) == ("family", "treatment", case.archive_code)
    assert "实为家庭治疗个案" in timeline(case_window)
    sup_main.close()


def test_a_groups_kind_is_corrected_within_groups_and_refused_to_the_worker_after_its_number(qtbot, team):
    group = approved_group(team)
    assert team.desk("sup").group(group.id).archive_code  # numbered when its plan was submitted
    main, dialogs = window_for(qtbot, team.desk("wang"))
    group_window = main.open_group(group.id)
    main.ops.wait()
    qtbot.addWidget(group_window)
    seen: list[Any] = []
    dialogs.dialog_script = _file_script(None, "support", "应为支持性小组", seen)
    qtbot.mouseClick(group_window.correct_button, Qt.MouseButton.LeftButton)
    main.ops.wait()
    assert "support" in seen[0][1] and "large_activity" not in seen[0][1]  # a group stays a group
    assert "督导" in errors(dialogs)[-1]
    assert team.desk("sup").group(group.id).kind == "developmental"
    main.close()

    sup_main, sup_dialogs = window_for(qtbot, team.desk("sup"))
    group_window = sup_main.open_group(group.id)
    sup_main.ops.wait()
    qtbot.addWidget(group_window)
    sup_dialogs.dialog_script = _file_script(None, "support", "应为支持性小组", [])
    qtbot.mouseClick(group_window.correct_button, Qt.MouseButton.LeftButton)
    sup_main.ops.wait()
    assert team.desk("sup").group(group.id).kind == "support"
    assert "支持性小组" in group_window.state.text()  # shown as corrected
    sup_main.close()


def test_the_owner_voids_her_draft_with_a_reason_and_a_submitted_form_is_the_supervisors(qtbot, team):
    wang = team.desk("wang")
    case = wang.create_case(wang.create_client("孙小梅").id, team.project_id, "counselling", "youth")
    draft = wang.new_record("intake", case_id=case.id)
    window, dialogs = record_window(qtbot, wang, draft.id)
    assert window.void_button.isVisible()
    dialogs.text_answer = None  # cancelled
    qtbot.mouseClick(window.void_button, Qt.MouseButton.LeftButton)
    dialogs.text_answer = "  "  # no reason: nothing done
    qtbot.mouseClick(window.void_button, Qt.MouseButton.LeftButton)
    window.ops.wait()
    assert errors(dialogs) and wang.record(draft.id).status == "draft"
    dialogs.text_answer = "建错了个案"
    qtbot.mouseClick(window.void_button, Qt.MouseButton.LeftButton)
    window.ops.wait()
    assert wang.record(draft.id).status == "void"
    assert "作废" in window.state.text() and not window.save_button.isVisible() and not window.void_button.isVisible()
    assert not window.editable  # read-only from now on

    _, submitted = numbered_case(team, "周小兰")
    other = team.desk("wang").new_record("consent", case_id=submitted.case_id)
    wang.save_record(other.id, complete_required(wang, other, {}))
    wang.submit_record(other.id)
    window, _ = record_window(qtbot, wang, other.id)
    assert not window.void_button.isVisible()  # the worker's submitted form: not hers to void
    sup_window, sup_dialogs = record_window(qtbot, team.desk("sup"), other.id)
    assert sup_window.void_button.isVisible()
    sup_dialogs.text_answer = "重复录入"
    qtbot.mouseClick(sup_window.void_button, Qt.MouseButton.LeftButton)
    sup_window.ops.wait()
    assert wang.record(other.id).status == "void"
    window.close()
    sup_window.close()

    with wang.session() as s:  # jump ahead: the case archived
        from desktop.models import Case

        s.get(Case, submitted.case_id).status = "archived"
    archived_window, _ = record_window(qtbot, team.desk("sup"), submitted.id)
    assert not archived_window.void_button.isVisible()  # nothing is voided in an archived file
    archived_window.close()


def test_the_supervisor_confirms_her_phone_approval_from_my_tasks(qtbot, team):
    wang = team.desk("wang")
    case = wang.create_case(wang.create_client("吴小东").id, team.project_id, "counselling", "youth")
    intake = wang.new_record("intake", case_id=case.id)
    wang.save_record(intake.id, complete_required(wang, intake, {"open_case": True}))
    wang.submit_record(intake.id)
    sup = team.desk("sup")
    wang.record_offline_approval(intake.id, sup.account.id, wang.today(), "phone")

    lead_window, _ = record_window(qtbot, team.desk("lead"), intake.id)
    assert not lead_window.confirm_approval_button.isVisible()  # only the one who gave it confirms it
    lead_window.close()

    main, dialogs = window_for(qtbot, sup)
    home = main.pages["home"]
    main.ops.wait()
    [target] = [i for i in home.model.ids if i[0] == "confirm"]
    dialogs.confirm_answer = False  # asked first, naming the form and the channel; declined: nothing done
    home.activated.emit(target)
    main.ops.wait()
    kind, _, question = dialogs.shown[-1]
    assert kind == "confirm" and "电话" in question and "接案" in question
    assert len(sup.unconfirmed_approvals()) == 1
    window = main.record_windows[intake.id]
    assert window.confirm_approval_button.isVisible()
    dialogs.confirm_answer = True
    qtbot.mouseClick(window.confirm_approval_button, Qt.MouseButton.LeftButton)
    main.ops.wait()
    assert sup.unconfirmed_approvals() == []
    assert not window.confirm_approval_button.isVisible()
    assert "已确认" in "\n".join(window.decisions_list.item(i).text() for i in range(window.decisions_list.count()))
    main.close()

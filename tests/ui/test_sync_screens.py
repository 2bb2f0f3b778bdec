"""Sync through the real widgets, on real workspaces (a hub and two enrolled laptops): bundles exported
at a laptop and imported at the hub from the Sync page, the supervisor deciding in the review inbox and
the decision travelling back, a conflict resolved side by side, a device enrolled and revoked, a new
laptop joining from the start window, and a standalone set up as the hub."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.main_window import PAGES, MainWindow
from desktop.ui.pages.sync_dialogs import CodeDialog, EnrolDialog, HubSetupDialog
from desktop.ui.start import StartWindow
from desktop.workspace.layout import Layout
from tests.sync.conftest import PASSWORD, exchange, move_and_edit_on_both_laptops, open_intake, reply_for


def window_for(qtbot, desk, page: str = "sync") -> tuple[MainWindow, ScriptedDialogs]:
    """The main window, shown on ``page`` as a person would open it."""
    dialogs = ScriptedDialogs()
    window = MainWindow(desk, dialogs)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(PAGES.index(page))
    window.ops.wait()
    return window, dialogs


def click(qtbot, window: MainWindow, button) -> None:
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window.ops.wait()
    window.ops.wait()  # what the first result started (a reload) has finished too


def confirm(dialog: QDialog) -> bool:
    """Press the dialog's own OK button, as a person would once the form is filled."""
    dialog.ok_button.click()
    return dialog.result() == QDialog.DialogCode.Accepted


def folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def test_a_bundle_goes_up_is_approved_in_the_inbox_and_the_decision_comes_back(qtbot, agency):
    wang = agency.desk(agency.a, "wang")
    case, intake = open_intake(wang, "张小明")
    window, dialogs = window_for(qtbot, wang)
    page = window.pages["sync"]
    assert "恒爱社工服务中心" in page.mode_text.text()  # the hub this laptop belongs to
    dialogs.folder_answer = folder(agency.root / "up")
    click(qtbot, window, page.export_button)
    (bundle,) = (agency.root / "up").glob("*.cdbundle")
    ((name, what),) = page.result_texts()
    assert name == bundle.name and "表单 1" in what and "KB" in what
    window.close()
    wang.close()

    # At the hub the supervisor imports it beside a file that is no bundle: that one is refused, this one goes in.
    junk = agency.root / "up" / "购物清单.cdbundle"
    junk.write_text("牛奶、面包", encoding="utf-8")
    li = agency.desk(agency.hub, "li")
    hub, hub_dialogs = window_for(qtbot, li)
    page = hub.pages["sync"]
    hub_dialogs.files_answer = [junk, bundle]
    click(qtbot, hub, page.import_button)
    (junk_row, bundle_row) = page.result_texts()
    assert "B001" in junk_row[1] and "未导入" in junk_row[1]
    assert "王社工的笔记本" in bundle_row[1] and "表单 1" in bundle_row[1]
    assert "2 个文件中 1 个已导入" in page.results_title.text()
    assert li.record(intake.id).status == "submitted"
    hub_dialogs.files_answer = [bundle]
    click(qtbot, hub, page.import_button)
    assert "以前已导入" in page.result_texts()[0][1]  # twice changes nothing, and says so
    hub_dialogs.file_answer = bundle
    click(qtbot, hub, page.inspect_button)
    kind, title, text = hub_dialogs.shown[-1]
    assert kind == "info" and bundle.name in title and "王社工的笔记本" in text and "恒爱社工服务中心" in text

    # The review inbox shows it by station and worker, with what was filled in.
    inbox = hub.pages["review"]
    hub.nav.setCurrentRow(PAGES.index("review"))
    hub.ops.wait()  # out of view when the bundle came in: read again when shown
    ((form, worker, station, _file, revision, submitted, changes),) = inbox.row_texts()
    assert (form, worker, station, revision) == ("接案信息表", "王社工", "东城站", "1")
    assert int(changes) > 0 and submitted != "—"
    inbox.select_ids([intake.id])
    hub.ops.wait()
    assert inbox.diff_texts() and all(before == "—" for _, before, _ in inbox.diff_texts())  # a first submission
    hub_dialogs.text_answer = "同意开案"
    click(qtbot, hub, inbox.approve_button)
    assert li.record(intake.id).status == "approved"
    (decision,) = li.decisions(intake.id)
    assert decision.outcome == "approve" and decision.opinion == "同意开案"
    assert inbox.row_texts() == [] and inbox.empty.isVisibleTo(inbox)

    # The reply goes back from the Sync page; the laptop imports it from its own.
    hub.nav.setCurrentRow(PAGES.index("sync"))
    hub_dialogs.folder_answer = folder(agency.root / "down")
    click(qtbot, hub, page.export_button)
    replies = [
        p
        for p in (agency.root / "down").glob("*.cdbundle")
        if reply_for(p) == Layout(agency.a).read_info().workspace_id
    ]
    assert len(replies) == 1
    hub.close()
    li.close()
    wang = agency.desk(agency.a, "wang")
    laptop, laptop_dialogs = window_for(qtbot, wang)
    laptop_dialogs.files_answer = replies
    click(qtbot, laptop, laptop.pages["sync"].import_button)
    assert "个案 1" in laptop.pages["sync"].result_texts()[0][1]
    assert wang.record(intake.id).status == "approved" and wang.case(case.id).status == "open"
    laptop.close()
    wang.close()


def test_bulk_decisions_report_each_refusal_and_comments_reach_every_form(qtbot, agency):
    intakes = []
    for device, user, name in ((agency.a, "wang", "张小明"), (agency.b, "chen", "李小红")):
        with agency.desk(device, user) as desk:
            intakes.append(open_intake(desk, name)[1])
        exchange(agency, device, user)
    li = agency.desk(agency.hub, "li")
    window, dialogs = window_for(qtbot, li, "review")
    inbox = window.pages["review"]
    assert inbox.tree.topLevelItemCount() == 2  # one group per station and worker
    groups = {inbox.tree.topLevelItem(i).text(0) for i in range(2)}
    assert groups == {"东城站 · 王社工（1）", "东城站 · 陈社工（1）"}
    ids = [i.id for i in intakes]
    inbox.select_ids(ids)
    assert "2" in inbox.diff_title.text()
    dialogs.text_answer = ""  # a return without an opinion: the domain refuses each one
    click(qtbot, window, inbox.return_button)
    kind, _, text = dialogs.shown[-1]
    assert kind == "error" and text.count("退回时必须填写意见") == 2
    assert {li.record(i).status for i in ids} == {"submitted"}
    dialogs.text_answer = "请补充家庭情况"
    inbox.select_ids(ids)
    click(qtbot, window, inbox.comment_button)
    assert all([c.text for c in li.comments(i)] == ["请补充家庭情况"] for i in ids)
    # A flat list sorts by any column; a double-click opens the form in its own window.
    inbox.grouped.setChecked(False)
    assert inbox.tree.topLevelItemCount() == 2 and inbox.tree.topLevelItem(0).childCount() == 0
    inbox.tree.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [inbox.tree.topLevelItem(i).text(1) for i in range(2)] == sorted(["王社工", "陈社工"], reverse=True)
    first = inbox.tree.topLevelItem(0)
    inbox.tree.itemActivated.emit(first, 0)
    assert set(window.record_windows) == {first.data(0, Qt.ItemDataRole.UserRole)}
    window.record_windows[first.data(0, Qt.ItemDataRole.UserRole)].close()
    inbox.select_ids(ids)
    dialogs.text_answer = "家庭情况不全，补充后再提交"
    click(qtbot, window, inbox.return_button)
    assert {li.record(i).status for i in ids} == {"returned"}
    assert "2" in inbox.outcome.text()
    window.close()
    li.close()
    wang = agency.desk(agency.a, "wang")
    worker, _ = window_for(qtbot, wang, "review")
    assert not worker.pages["review"].approve_button.isEnabled()
    assert "不审批" in worker.pages["review"].empty.text()
    worker.close()
    wang.close()


def test_a_conflict_is_shown_side_by_side_and_resolved(qtbot, agency):
    with agency.desk(agency.a, "wang") as wang:
        case, intake = open_intake(wang, "张小明")
    move_and_edit_on_both_laptops(agency, case, intake, "request", ("王的补充", "陈的补充"))
    exchange(agency, agency.a, "wang")

    li = agency.desk(agency.hub, "li")
    window, dialogs = window_for(qtbot, li)
    page = window.pages["sync"]
    assert page.conflicts_button.isVisibleTo(page) and "1" in page.conflicts_text.text()
    click(qtbot, window, page.conflicts_button)
    conflicts = window.conflict_window
    qtbot.addWidget(conflicts)
    conflicts.ops.wait()
    assert conflicts.list.count() == 1 and "接案信息表" in conflicts.list.item(0).text()
    assert "王社工的笔记本" in conflicts.list.item(0).text()
    sides = [tuple(conflicts.sides.item(r, c).text() for c in range(3)) for r in range(conflicts.sides.rowCount())]
    assert ("求助问题及服务要求", "陈的补充", "王的补充") in sides  # in the form's own field labels
    assert "王社工的笔记本" in conflicts.sides.horizontalHeaderItem(2).text()
    click(qtbot, window, conflicts.keep_incoming_button)
    assert dialogs.shown[-1][0] == "confirm"
    assert li.conflicts() == []
    record = li.record(intake.id)
    assert record.content["request"] == "王的补充" and record.status == "draft"
    assert conflicts.list.count() == 0 and "没有" in conflicts.empty.text()
    assert not page.conflicts_button.isVisibleTo(page)
    conflicts.close()
    window.close()
    li.close()


def test_the_hub_enrols_a_laptop_that_joins_from_the_start_window_and_revokes_it(qtbot, agency):
    head = agency.desk(agency.hub, "head")
    window, dialogs = window_for(qtbot, head)
    page = window.pages["sync"]
    assert page.enrol_button.isVisibleTo(page) and not page.setup_box.isVisibleTo(page)
    assert page.peers.rowCount() == 2
    out = agency.out / "备用笔记本"
    seen = []

    def script(dialog: QDialog) -> bool:
        if isinstance(dialog, EnrolDialog):
            dialog.name.setText("王社工的备用笔记本")
            dialog.out.setText(str(out))
            if not seen:  # nobody ticked: the dialog says so and stays open
                seen.append(confirm(dialog))
                assert "至少" in dialog.error.text()
            dialog.set_users(["wang"])
        return confirm(dialog)

    dialogs.dialog_script = script
    click(qtbot, window, page.enrol_button)
    assert seen == [False]
    code_dialog = dialogs.dialogs_run[-1]
    assert isinstance(code_dialog, CodeDialog)
    code = code_dialog.code_label.text()
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", code)
    assert code_dialog.code_label.font().pointSize() >= 24
    enrolment = out.with_name(out.name + ".cdenrol")
    assert enrolment.exists() and code not in enrolment.read_bytes().decode("latin-1")
    spare = next(d for d in head.devices() if d.name == "王社工的备用笔记本")
    assert spare.users == ["wang"] and not spare.first_bundle_in
    texts = [page.peers.item(r, 5).text() for r in range(page.peers.rowCount())]
    assert any("等待" in t for t in texts)

    # The laptop's first start: join with the file; a wrong code leaves nothing behind.
    new_root = agency.root / "新笔记本"
    start_dialogs = ScriptedDialogs()
    start = StartWindow(new_root, start_dialogs)
    qtbot.addWidget(start)
    start.show()
    assert start.hub_button.isEnabled()
    qtbot.mouseClick(start.hub_button, Qt.MouseButton.LeftButton)
    assert start.stack.currentIndex() == 2
    start_dialogs.file_answer = enrolment
    qtbot.mouseClick(start.join_file_button, Qt.MouseButton.LeftButton)
    assert start.join_file.text() == str(enrolment) and start.join_folder.text() == str(new_root)
    start.join_code.setText("AAAA-BBBB-CCCC")
    qtbot.mouseClick(start.join_button, Qt.MouseButton.LeftButton)
    start.ops.wait()
    assert "B013" in start.join_error.text() and "验证码不正确" in start.join_error.text()
    assert not new_root.exists() and start.stack.currentIndex() == 2
    start.join_code.setText(code.lower().replace("-", " "))  # as typed from a phone call
    qtbot.keyClick(start.join_code, Qt.Key.Key_Return)
    start.ops.wait()
    assert start.stack.currentIndex() == 1 and start.username.text() == "wang"
    assert Layout(new_root).read_info().mode == "field"
    assert start_dialogs.shown[-1][0] == "info" and "王社工的备用笔记本" in start_dialogs.shown[-1][2]
    with qtbot.waitSignal(start.signed_in, timeout=20000) as signed:
        start.password.setText(PASSWORD)
        qtbot.keyClick(start.password, Qt.Key.Key_Return)
    joined = signed.args[0]
    assert joined.info.mode == "field" and joined.account.username == "wang"
    joined.close()

    # Lost on the bus: revoked at the hub.
    window.ops.wait()
    row = next(r for r in range(page.peers.rowCount()) if page.peers.item(r, 0).text() == "王社工的备用笔记本")
    page.peers.selectRow(row)
    click(qtbot, window, page.revoke_button)
    assert dialogs.shown[-1][0] == "confirm" and "王社工的备用笔记本" in dialogs.shown[-1][2]
    assert next(d for d in head.devices() if d.name == "王社工的备用笔记本").revoked_at is not None
    assert "撤销" in page.peers.item(row, 5).text()
    window.close()
    head.close()


def test_a_standalone_is_set_up_as_the_hub_by_the_agency_head_only(qtbot, team, tmp_path):
    wang = team.desk("wang")
    worker, _ = window_for(qtbot, wang)
    page = worker.pages["sync"]
    assert page.setup_box.isVisibleTo(page) and not page.setup_button.isVisibleTo(page)
    assert "机构负责人" in page.setup_text.text() and not page.export_button.isEnabled()
    worker.close()
    wang.close()

    head = team.desk("head")
    window, dialogs = window_for(qtbot, head)
    page = window.pages["sync"]
    assert page.setup_button.isVisibleTo(page) and not page.enrol_button.isVisibleTo(page)
    recovery = folder(tmp_path / "U盘") / "恢复文件.json"
    refusals = []

    def script(dialog: QDialog) -> bool:
        assert isinstance(dialog, HubSetupDialog)
        dialog.path.setText(str(team.root / "inside.json"))
        dialog.passphrase.setText("long enough passphrase")
        dialog.passphrase2.setText("long enough passphrase")
        refusals.append((confirm(dialog), dialog.error.text()))
        dialog.path.setText(str(recovery))
        dialog.passphrase.setText("short")
        dialog.passphrase2.setText("short")
        refusals.append((confirm(dialog), dialog.error.text()))
        dialog.passphrase.setText("long enough passphrase")
        dialog.passphrase2.setText("long enough passphrase!")
        refusals.append((confirm(dialog), dialog.error.text()))
        dialog.passphrase2.setText("long enough passphrase")
        return confirm(dialog)

    dialogs.dialog_script = script
    click(qtbot, window, page.setup_button)
    assert [accepted for accepted, _ in refusals] == [False, False, False]
    assert "工作区文件夹" in refusals[0][1] and "12" in refusals[1][1] and "不一致" in refusals[2][1]
    assert recovery.exists() and Layout(team.root).read_info().mode == "hub"
    assert head.sync_status()["set_up"]
    assert dialogs.shown[-1][0] == "info" and str(recovery) in dialogs.shown[-1][2]
    assert not page.setup_box.isVisibleTo(page) and page.enrol_button.isVisibleTo(page)
    assert "还没有设备" in page.peers_empty.text()
    window.close()
    head.close()

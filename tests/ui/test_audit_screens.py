"""The audit log through the real widgets, on a real workspace: what the page lists and to whom, the
opening of a client's file written to the log once per opening, and the check that catches an entry
changed in the database file."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.main_window import PAGES, MainWindow
from tests import raw_db
from tests.conftest import PASSWORDS
from tests.sync.conftest import exchange, open_intake


def window_for(qtbot, desk, page: str = "audit") -> tuple[MainWindow, ScriptedDialogs]:
    dialogs = ScriptedDialogs()
    window = MainWindow(desk, dialogs)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(PAGES.index(page))
    settle(window)
    return window, dialogs


def settle(window: MainWindow) -> None:
    window.ops.wait()
    window.ops.wait()  # what the first result started (a reload) has finished too


def click(qtbot, window: MainWindow, button) -> None:
    assert button.isEnabled() and button.isVisibleTo(window), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(window)


def test_the_log_lists_sign_ins_and_new_clients_and_filters_them(qtbot, team):
    with team.desk("wang") as wang:
        wang.create_client("张小明")
    head = team.desk("head")
    window, _ = window_for(qtbot, head)
    page = window.pages["audit"]
    assert window.nav.item(PAGES.index("audit")).text() == "操作日志"
    rows = page.row_texts()
    steps = [(who, what, file) for _, who, what, file, _ in rows]
    assert ("王社工", "登录", "") in steps
    assert ("王社工", "新建", "张小明") in steps
    assert steps[0] == ("周主任", "登录", "")  # newest first: this sign-in
    times = [row[0] for row in rows]
    assert times == sorted(times, reverse=True)
    assert page.table.isColumnHidden(4)  # one workspace: no workspace column

    page.filter.setText("王社工")
    found = [(who, file) for _, who, _, file, _ in page.row_texts()]
    assert ("王社工", "") in found  # her sign-in
    assert all(who == "王社工" or "王社工" in file for who, file in found)  # by her, or about her account
    page.filter.setText("新建")
    files = [file for _, _, _, file, _ in page.row_texts()]
    assert "张小明" in files and any("东城青少年综合服务项目" in f for f in files)  # the project by its name
    assert not any(re.search(r"[0-9a-f]{8}-[0-9a-f]{4}", f) for f in files)  # never an id on screen
    assert page.table.rowCount() == len(files) and not page.empty.isVisibleTo(page)
    page.filter.setText("没有这个人")
    assert page.row_texts() == [] and page.empty.isVisibleTo(page)
    assert "没有这个人" in page.empty.text() and "清空" in page.empty.text()
    window.close()
    head.close()


def test_a_worker_reads_only_their_own_entries_and_cannot_verify(qtbot, team):
    with team.desk("chen") as chen:
        chen.create_client("李小红")
    wang = team.desk("wang")
    wang.create_client("张小明")
    window, _ = window_for(qtbot, wang)
    page = window.pages["audit"]
    rows = page.row_texts()
    assert rows and {who for _, who, _, _, _ in rows} == {"王社工"}
    assert ("新建", "张小明") in [(what, file) for _, _, what, file, _ in rows]
    assert "李小红" not in [file for _, _, _, file, _ in rows]
    assert not page.verify_button.isVisibleTo(page)
    assert "机构负责人" in page.hint.text()  # says who reads everyone's entries
    window.close()
    wang.close()


def test_opening_a_case_a_group_or_a_clients_details_is_logged_once_per_opening(qtbot, team):
    wang = team.desk("wang")
    client = wang.create_client("张小明", id_number="110101201001011237")
    case = wang.create_case(client.id, team.project_id, "counselling", "youth")
    group = wang.create_group(team.project_id, "成长小组", "developmental", "youth")
    window, dialogs = window_for(qtbot, wang, "cases")

    case_window = window.open_case(case.id)
    window.ops.wait()  # read on the worker
    qtbot.addWidget(case_window)
    settle(window)
    case_window.refresh()  # a refresh is no new opening
    assert window.open_case(case.id) is case_window  # nor is raising the window already open
    settle(window)
    opened = [e for e in wang.audit_entries() if e.action == "open"]
    assert [(e.kind, e.target, e.account_id) for e in opened] == [("case", str(case.id), wang.account.id)]
    case_window.close()
    window.open_case(case.id)  # opened again after closing: a new opening
    settle(window)
    assert [e.target for e in wang.audit_entries() if e.action == "open"] == [str(case.id)] * 2
    window.case_windows[case.id].close()

    group_window = window.open_group(group.id)
    window.ops.wait()  # read on the worker
    qtbot.addWidget(group_window)
    settle(window)
    newest = wang.audit_entries()[0]
    assert (newest.action, newest.kind, newest.target) == ("open", "group", str(group.id))
    group_window.close()

    # A client's details, from the Clients page (Enter or double-click on the row).
    window.nav.setCurrentRow(PAGES.index("clients"))
    clients = window.pages["clients"]
    clients.load()
    settle(window)
    clients.select_row(0)
    clients.table.activated.emit(clients.table.currentIndex())  # Enter or a double-click
    settle(window)
    kind, name, title = dialogs.shown[-1]
    assert kind == "dialog" and name == "ClientDetails" and "张小明" in title
    text = dialogs.dialogs_run[-1].text.text()
    assert "110101201001011237" in text and "尚未编号" in text  # in full: this is the client's file
    newest = wang.audit_entries()[0]
    assert (newest.action, newest.kind, newest.target) == ("open", "client", str(client.id))

    # The page says it in words: the case by its number (none yet) and client, the group by name.
    window.nav.setCurrentRow(PAGES.index("audit"))
    settle(window)
    opened = [(what, file) for _, _, what, file, _ in window.pages["audit"].row_texts() if what == "打开档案"]
    assert opened == [
        ("打开档案", "张小明"),
        ("打开档案", "成长小组"),
        ("打开档案", "个案 尚未编号 · 张小明"),
        ("打开档案", "个案 尚未编号 · 张小明"),
    ]
    window.close()
    wang.close()


def test_verifying_shows_an_intact_log_and_then_the_entry_changed_in_the_file(qtbot, team):
    with team.desk("wang") as wang:
        wang.create_client("张小明")
    head = team.desk("head")
    window, dialogs = window_for(qtbot, head)
    page = window.pages["audit"]
    assert page.check_texts() == []
    click(qtbot, window, page.verify_button)
    ((text, broken),) = page.check_texts()
    count = len(head.audit_entries())
    assert text == f"本工作区：完好，共 {count} 条记录" and not broken

    db = raw_db.connect(team.root, PASSWORDS["head"])
    db.execute("DROP TRIGGER audit_entry_sealed")
    db.execute("UPDATE audit_entry SET action = 'print' WHERE seq = 2")
    db.commit()
    db.close()
    click(qtbot, window, page.verify_button)
    ((text, broken),) = page.check_texts()
    assert broken and text == "本工作区：第 2 条记录被改动或删除——请立即报告机构负责人"
    assert "c92a2a" in page.check_labels[0].styleSheet()  # in red
    assert not [shown for shown in dialogs.shown if shown[0] == "error"]  # said plainly, no error box
    window.set_language("en")
    ((text, _),) = page.check_texts()
    assert text == "This workspace: changed or removed at entry 2 — report this to the agency head"
    window.set_language("zh")
    window.close()
    head.close()


def test_at_the_hub_each_entry_names_its_workspace_and_each_devices_chain_is_verified(qtbot, agency):
    with agency.desk(agency.a, "wang") as wang:
        open_intake(wang, "张小明")
    exchange(agency, agency.a, "wang")
    head = agency.desk(agency.hub, "head")
    window, _ = window_for(qtbot, head)
    page = window.pages["audit"]
    assert not page.table.isColumnHidden(4)
    rows = page.row_texts()
    assert ("王社工", "提交审批", "王社工的笔记本") in [(who, what, where) for _, who, what, _, where in rows]
    assert ("周主任", "登录", "本工作区") in [(who, what, where) for _, who, what, _, where in rows]
    imported = {(file, where) for _, _, what, file, where in rows if what == "导入数据包"}
    assert ("来自王社工的笔记本的第 2 号数据包", "本工作区") in imported  # the hub took the laptop's second
    assert ("来自恒爱社工服务中心的第 1 号数据包", "王社工的笔记本") in imported  # and the laptop the hub's reply
    click(qtbot, window, page.verify_button)
    texts = [text for text, broken in page.check_texts() if not broken]
    assert texts[0].startswith("本工作区：完好")  # this workspace first, then each device by name
    assert {t.split("：")[0] for t in texts[1:]} == {"王社工的笔记本", "陈社工的笔记本"}
    window.close()
    head.close()


def test_opening_a_form_is_logged_once_per_opening(qtbot, team):
    wang = team.desk("wang")
    client = wang.create_client("张小明")
    case = wang.create_case(client.id, team.project_id, "counselling", "youth")
    record = wang.new_record("intake", case_id=case.id)
    window, _ = window_for(qtbot, wang, "records")
    form_window = window.open_record(record.id)
    window.ops.wait()  # read on the worker
    qtbot.addWidget(form_window)
    assert window.open_record(record.id) is form_window  # raised again: no new opening
    opened = [e for e in wang.audit_entries() if e.action == "open"]
    assert [(e.kind, e.target) for e in opened] == [("intake", str(record.id))]
    form_window.close()


def test_every_action_the_domain_logs_has_words_on_the_page(qtbot, team):
    """An action added to the domain's list without a label here would show as its raw code."""
    from desktop.workspace.audit_ops import ACTION_LABELS

    wang = team.desk("wang")
    window, _ = window_for(qtbot, wang)
    page = window.pages["audit"]
    raw = [action for action in ACTION_LABELS if page.action_label(action) == action]
    assert raw == []
    window.close()
    wang.close()

"""The window shows only what the domain returns: another worker's cases, clients and records are not
listed; sharing a case from its window puts it in the colleague's lists, and stopping takes it out."""

from __future__ import annotations

from desktop.demo import complete_required
from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.main_window import MainWindow


def listed(main: MainWindow, page: str) -> set:
    main.pages[page].load()
    main.ops.wait()
    return set(main.pages[page].model.ids)


def test_lists_show_only_the_domains_view_and_the_share_buttons_open_and_close_a_case(qtbot, team):
    wang, chen = team.desk("wang"), team.desk("chen")
    client = wang.create_client("张小明")
    case = wang.create_case(client.id, team.project_id, "counselling", "youth")
    intake = wang.new_record("intake", case_id=case.id)
    wang.save_record(intake.id, complete_required(wang, intake, {"open_case": True}))
    other = wang.create_case(wang.create_client("李小红").id, team.project_id, "counselling", "youth")

    chen_main = MainWindow(chen, ScriptedDialogs())
    qtbot.addWidget(chen_main)
    assert listed(chen_main, "cases") == set() and listed(chen_main, "clients") == set()
    assert listed(chen_main, "records") == set()

    wang_dialogs = ScriptedDialogs()
    wang_main = MainWindow(wang, wang_dialogs)
    qtbot.addWidget(wang_main)
    assert listed(wang_main, "cases") == {case.id, other.id}
    window = wang_main.open_case(case.id)
    wang_main.ops.wait()  # read on the worker
    qtbot.addWidget(window)
    panel = window.sharing
    assert not panel.share_button.isHidden() and panel.stop_button.isHidden()
    assert panel.label.text() == "未与他人共享"
    wang_dialogs.choice_answer = "陈社工"
    panel.share_button.click()
    wang_main.ops.wait()
    assert panel.label.text() == "已共享给：陈社工" and not panel.stop_button.isHidden()

    assert listed(chen_main, "cases") == {case.id}  # exactly the shared case
    assert listed(chen_main, "clients") == {client.id}
    assert listed(chen_main, "records") == {intake.id}
    chen_window = chen_main.open_case(case.id)
    chen_main.ops.wait()  # read on the worker
    qtbot.addWidget(chen_window)
    assert chen_window.sharing.share_button.isHidden()  # not chen's to share on
    assert chen_window.records.count() == 1
    chen_window.close()

    panel.stop_button.click()
    wang_main.ops.wait()
    assert panel.label.text() == "未与他人共享"
    assert listed(chen_main, "cases") == set() and listed(chen_main, "records") == set()
    chen_main.close()
    wang_main.close()

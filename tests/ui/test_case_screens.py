"""Case work through the real widgets: add a client, open a case, submit the intake, the supervisor
approves it, the case window shows its number, and the archive refusal names what is missing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.demo import complete_required
from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.editor.record_window import RecordWindow
from desktop.ui.main_window import PAGES, MainWindow
from desktop.ui.ops import Ops
from desktop.ui.pages.choices import choose_value
from desktop.ui.pages.open_case import OpenCaseDialog


def fill_through_widgets(window: RecordWindow, desk, extra: dict) -> None:
    """Put a complete set of answers into the editor's own widgets (as typing would)."""
    content = complete_required(desk, window.record, extra)
    for field_id, row in window.editor.rows.items():
        if row.field.holds_value and not window.editor.is_filled_for_you(row.field) and field_id in content:
            row.widget.set_value(content[field_id])
            row.widget.edited.emit()
    window.editor.refresh()


def test_a_case_through_the_screens(qtbot, team):
    wang = team.desk("wang")
    dialogs = ScriptedDialogs()
    main = MainWindow(wang, dialogs)
    qtbot.addWidget(main)
    main.show()
    panel = main.client_panel
    panel.name.setText("黄小军")
    panel.birth.setText("2011-04-05")
    panel.phone.setText("13912345678")
    choose_value(panel.sex, "male")  # nothing is chosen beforehand
    choose_value(panel.domain, "youth")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    main.ops.wait()
    clients = main.pages["clients"]
    main.nav.setCurrentRow(1)
    clients.load()
    main.ops.wait()
    assert clients.row_texts()[0][0] == "黄小军"
    assert clients.row_texts()[0][4] == "139****5678"  # masked in lists
    clients.search.setText("hxj")  # pinyin initials
    main.ops.wait()
    assert len(clients.row_texts()) == 1
    clients.select_row(0)

    panel.name.setText("黄小军")
    panel.birth.setText("2011-04-05")
    choose_value(panel.sex, "male")
    choose_value(panel.domain, "youth")
    dialogs.confirm_answer = False
    panel.add_client()
    main.ops.wait()  # the likely duplicates are asked on the worker
    assert dialogs.shown[-1][1] == "可能重复"  # the likely duplicate is shown before creating

    def open_as_counselling(dialog: OpenCaseDialog) -> bool:
        choose_value(dialog.case_type, "counselling")
        choose_value(dialog.domain, "youth")
        return True

    dialogs.dialog_script = open_as_counselling
    qtbot.mouseClick(panel.case_button, Qt.MouseButton.LeftButton)
    main.ops.wait()
    intake_window = next(iter(main.record_windows.values()))
    assert intake_window.form.id == "intake"
    fill_through_widgets(intake_window, wang, {"open_case": True, "intake_date": "2026-11-02"})
    qtbot.mouseClick(intake_window.submit_button, Qt.MouseButton.LeftButton)
    main.ops.wait()
    assert intake_window.record.status == "submitted"
    case_id = intake_window.record.case_id

    sup = team.desk("sup")
    sup_dialogs = ScriptedDialogs()
    sup_dialogs.text_answer = "同意开案"
    review = RecordWindow(sup, Ops(), sup_dialogs, intake_window.record.id)
    review.ops.wait()  # the record is read on the worker
    qtbot.addWidget(review)
    review.show()
    qtbot.mouseClick(review.approve_button, Qt.MouseButton.LeftButton)
    review.ops.wait()
    assert review.record.status == "approved"

    case_window = main.open_case(case_id)
    main.ops.wait()  # read on the worker
    qtbot.addWidget(case_window)
    assert case_window.title.text().startswith("QSN-GA-001-")
    assert "5" in case_window.due.text()  # sessions still needed
    assert not case_window.archive_button.isEnabled()
    with wang.session() as s:  # jump ahead: the case closed with its paperwork incomplete
        from desktop.models import Case

        s.get(Case, case_id).status = "closed"
    case_window.refresh()
    main.ops.wait()  # read on the worker
    assert "接受个案服务同意书" in case_window.due.text()  # what the archive still lacks
    qtbot.mouseClick(case_window.archive_button, Qt.MouseButton.LeftButton)
    main.ops.wait()
    assert dialogs.shown[-1][0] == "error" and "个案服务计划书" in dialogs.shown[-1][2]
    assert [case_window.timeline.item(i).text() for i in range(case_window.timeline.count())]
    main.close()


def test_paper_approval_reassignment_and_the_archive_page(qtbot, team):
    from desktop.demo import complete_required as fill_all

    wang = team.desk("wang")
    case = wang.create_case(wang.create_client("钱十一").id, team.project_id, "counselling", "youth")
    intake = wang.new_record("intake", case_id=case.id)
    wang.save_record(intake.id, fill_all(wang, intake, {"open_case": True}))
    wang.submit_record(intake.id)
    dialogs = ScriptedDialogs()
    window = RecordWindow(wang, Ops(), dialogs, intake.id)
    window.ops.wait()  # the record is read on the worker
    qtbot.addWidget(window)
    window.show()
    assert window.paper_button.isVisible()
    dialogs.choice_answer = "李督导"
    dialogs.confirm_answer = False  # by phone
    qtbot.mouseClick(window.paper_button, Qt.MouseButton.LeftButton)
    window.ops.wait()
    assert window.record.status == "approved" and wang.case(case.id).status == "open"
    assert wang.unconfirmed_approvals()[0].channel == "phone"

    sup = team.desk("sup")
    sup_dialogs = ScriptedDialogs()
    main = MainWindow(sup, sup_dialogs)
    qtbot.addWidget(main)
    case_window = main.open_case(case.id)
    main.ops.wait()  # read on the worker
    qtbot.addWidget(case_window)
    assert "待确认" in "".join(case_window.timeline.item(i).text() for i in range(case_window.timeline.count()))
    sup_dialogs.choice_answer = "陈社工"
    qtbot.mouseClick(case_window.reassign_button, Qt.MouseButton.LeftButton)
    main.ops.wait()
    assert sup.case(case.id).owner_id == team.desk("chen").account.id
    with sup.session() as s:
        from desktop.models import Case

        s.get(Case, case.id).status = "closed"
    main.refresh()
    main.nav.setCurrentRow(PAGES.index("archive"))  # out of view when it changed: read again when shown
    main.ops.wait()
    archive = main.pages["archive"]
    assert len(archive.row_texts()) == 1 and "接受个案服务同意书" in archive.row_texts()[0][4]
    archive.select_row(0)
    main.originals_button.click()  # the window is not shown: a click is not delivered once the page changed
    main.ops.wait()
    assert sup.case(case.id).originals_handed_on is not None
    main.close()


def test_a_whole_case_walked_through_the_record_windows(qtbot, team):
    """Intake, approval, plan, five records, closing evaluation, closing, approvals, checklist, archive:
    every form filled in its own window and submitted with its button; reviewers approve with theirs."""
    import datetime as dt

    wang, sup, head = team.desk("wang"), team.desk("sup"), team.desk("head")
    for desk in (wang, sup, head):
        desk.clock = lambda: dt.date(2026, 10, 1)  # the day the intake is approved: the case opens then
    case = wang.create_case(wang.create_client("孙小雨").id, team.project_id, "counselling", "youth")
    dialogs = ScriptedDialogs()
    dialogs.text_answer = "同意"

    def through_window(form_id: str, extra: dict, reviewers=()) -> None:
        record = wang.new_record(form_id, case_id=case.id)
        window = RecordWindow(wang, Ops(), dialogs, record.id)
        window.ops.wait()  # the record is read on the worker
        qtbot.addWidget(window)
        window.show()
        fill_through_widgets(window, wang, extra)
        if form_id == "attachments":
            table = window.editor.rows["documents"].widget
            rows = [{**row, "pages": 1, "in_bag": True} for row in table.value()]
            table.set_value(rows)
            window.editor.refresh()
        qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
        window.ops.wait()
        assert window.record.status in ("submitted", "approved"), window.editor.report.errors
        for reviewer in reviewers:
            review = RecordWindow(reviewer, Ops(), dialogs, record.id)
            review.ops.wait()  # the record is read on the worker
            qtbot.addWidget(review)
            review.show()
            qtbot.mouseClick(review.approve_button, Qt.MouseButton.LeftButton)
            review.ops.wait()
        assert wang.record(record.id).status == "approved"
        window.close()

    through_window("intake", {"intake_date": "2026-10-01", "open_case": True}, [sup])
    through_window("consent", {"signed_on": "2026-10-02", "guardian_name": "孙母"})
    through_window("case_basic", {"filled_on": "2026-10-02"})
    through_window("plan", {"plan_date": "2026-10-03", "planned_sessions": 5}, [sup])
    for n in range(5):
        through_window(
            "record",
            {"session_date": f"2026-10-{10 + n}", "start_time": "09:00", "end_time": "10:00", "new_risk": False},
            [sup],
        )
    through_window("closing_eval", {"eval_date": "2026-10-30"})
    through_window(
        "closing",
        {
            "closing_date": "2026-10-30",
            "service_start": "2026-10-01",
            "closing_reason": "goals_met",
            "follow_up_needed": False,
        },
        [sup, head],
    )
    assert wang.case(case.id).status == "closed"
    through_window("attachments", {"checked_on": "2026-10-31"})
    main = MainWindow(wang, dialogs)
    qtbot.addWidget(main)
    case_window = main.open_case(case.id)
    main.ops.wait()  # read on the worker
    qtbot.addWidget(case_window)
    assert case_window.archive_button.isEnabled()
    dialogs.confirm_answer = False  # asked first: saying no archives nothing
    qtbot.mouseClick(case_window.archive_button, Qt.MouseButton.LeftButton)
    main.ops.wait()
    assert dialogs.shown[-1][0] == "confirm" and "不能再修改" in dialogs.shown[-1][2]
    assert wang.case(case.id).status == "closed"
    dialogs.confirm_answer = True
    qtbot.mouseClick(case_window.archive_button, Qt.MouseButton.LeftButton)
    main.ops.wait()
    assert wang.case(case.id).status == "archived"
    kind, _, said = dialogs.shown[-1]  # and then says what it did
    assert kind == "info" and str(wang.case(case.id).archived_on) in said and "档案袋" in said
    main.close()


def test_a_roster_is_imported_from_the_clients_page_only_when_clean(qtbot, team, tmp_path):
    from openpyxl import Workbook

    wang = team.desk("wang")
    dialogs = ScriptedDialogs()
    main = MainWindow(wang, dialogs)
    qtbot.addWidget(main)
    book = Workbook()
    book.active.append(["姓名", "出生日期"])
    book.active.append(["名册长者", "1940-03-03"])
    book.active.append(["坏日期", "某天"])
    path = tmp_path / "名册.xlsx"
    book.save(path)
    dialogs.file_answer = path
    dialogs.choice_answer = "长者"
    main.client_panel.import_roster()
    main.ops.wait()  # the roster is read on the worker
    assert dialogs.shown[-1][0] == "error" and "坏日期" in dialogs.shown[-1][2]
    assert wang.clients("名册长者") == []
    book.active.delete_rows(3)
    book.save(path)
    main.client_panel.import_roster()
    main.ops.wait()
    assert [c.name for c in wang.clients("名册长者")] == ["名册长者"]


def test_a_correction_shows_in_the_case_history_with_its_reason(qtbot, team):
    wang = team.desk("wang")
    case = wang.create_case(wang.create_client("孙十二").id, team.project_id, "counselling", "youth")
    wang.correct_case(case.id, "选错了服务领域", domain="family")  # before its number: the worker may
    main = MainWindow(wang, ScriptedDialogs())
    qtbot.addWidget(main)
    case_window = main.open_case(case.id)
    main.ops.wait()
    qtbot.addWidget(case_window)
    lines = [case_window.timeline.item(i).text() for i in range(case_window.timeline.count())]
    assert any("更正了个案信息" in line and "选错了服务领域" in line for line in lines)

"""A whole group walked through the record windows and the group window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.editor.record_window import RecordWindow
from desktop.ui.main_window import MainWindow
from desktop.ui.ops import Ops
from tests.ui.test_case_screens import fill_through_widgets

MEMBERS = ["甲一", "乙二", "丙三", "丁四", "戊五", "己六", "庚七", "辛八"]


def test_a_whole_group_walked_through_the_screens(qtbot, team):
    wang, sup, lead, head = (team.desk(u) for u in ("wang", "sup", "lead", "head"))
    group = wang.create_group(team.project_id, "亲子沟通小组", "support", "family")
    dialogs = ScriptedDialogs()
    dialogs.text_answer = "同意"

    def through_window(form_id, extra, reviewers=(), adjust=None):
        record = wang.new_record(form_id, group_id=group.id)
        window = RecordWindow(wang, Ops(), dialogs, record.id)
        window.ops.wait()  # the record is read on the worker
        qtbot.addWidget(window)
        window.show()
        fill_through_widgets(window, wang, extra)
        if adjust:
            adjust(window)
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
        window.close()
        return wang.record(record.id)

    plan = {
        "plan_date": "2026-09-01",
        "start_date": "2026-09-20",
        "end_date": "2026-10-30",
        "planned_size": 8,
        "planned_sessions": 5,
        "income_source": "none",
        "finance_officer_name": "无",
        "programme": [{"session_no": n, "theme": f"第{n}节", "content": "活动"} for n in range(1, 6)],
    }
    through_window("group_plan", plan, [sup, lead, head])
    assert wang.group(group.id).status == "approved"
    through_window("registration", {"participants": [{"name": m, "eligible": True} for m in MEMBERS]})

    def tick(window):
        grid = window.editor.rows["members"].widget
        rows = [{**row, **{f"s{n}": "present" for n in range(1, 6)}} for row in grid.value()]
        grid.set_value(rows)
        window.editor.rows["session_dates"].widget.set_value(
            [{"session_no": n, "date": f"2026-10-{n * 5:02d}"} for n in range(1, 6)]
        )

    roll = through_window("attendance", {}, adjust=tick)
    assert roll.content["overall_rate"] == "100.0"
    for n in range(1, 6):
        through_window(
            "session_record",
            {"session_date": f"2026-10-{n * 5:02d}", "start_time": "15:00", "end_time": "16:30", "present_count": 8},
            [sup],
        )
    through_window("feedback", {"feedback_date": "2026-10-25", "overall_satisfaction": 5})
    through_window(
        "financial_report",
        {"report_date": "2026-10-31", "income_source": "none", "finance_officer_name": "无"},
        [lead, head],
    )
    through_window("group_report", {"report_date": "2026-11-01", "service_count": 40}, [sup, lead, head])
    assert wang.group(group.id).status == "closed"
    main = MainWindow(wang, dialogs)
    qtbot.addWidget(main)
    window = main.open_group(group.id)
    main.ops.wait()  # read on the worker
    qtbot.addWidget(window)
    assert "小组人数不少于 8" in window.standards.text()
    assert window.archive_button.isEnabled()
    qtbot.mouseClick(window.archive_button, Qt.MouseButton.LeftButton)
    main.ops.wait()
    assert wang.group(group.id).status == "archived"
    main.close()


def test_the_roll_is_a_grid_to_tick_with_names_from_registration(qtbot, team):
    from tests.conftest import approved_group
    from tests.workspace.test_group_work import fill

    wang = team.desk("wang")
    group = approved_group(team, "点名小组", "support", "youth")
    fill(wang, group.id, "registration", {"participants": [{"name": m, "eligible": True} for m in MEMBERS]})
    roll = wang.new_record("attendance", group_id=group.id)
    window = RecordWindow(wang, Ops(), ScriptedDialogs(), roll.id)
    window.ops.wait()  # the record is read on the worker
    qtbot.addWidget(window)
    grid = window.editor.rows["members"].widget
    assert grid.add_button.isEnabled() and grid.grid.rowCount() == len(MEMBERS)
    assert [grid.grid.item(r, 0).text() for r in range(3)] == MEMBERS[:3]
    grid.grid.item(0, 1).setData(Qt.ItemDataRole.UserRole, "late")
    window.editor.rows["session_dates"].widget.set_value([{"session_no": 1, "date": "2026-10-05"}])
    window.editor.refresh()
    assert window.editor.report.content["members"][0]["s1"] == "late"
    assert window.editor.report.content["total_attendances"] == 1  # late counts as present


def scripted_choices(dialogs, *answers):
    """Answer successive choose() questions with the options containing each answer."""
    queue = iter(answers)

    def choose(title, label, options):
        answer = next(queue)
        return next(o for o in options if answer in o)

    dialogs.choose = choose


def test_a_service_record_and_a_complaint_from_the_records_page(qtbot, team):
    sup = team.desk("sup")
    sup.create_client("长者乙")
    dialogs = ScriptedDialogs()
    main = MainWindow(sup, dialogs)
    qtbot.addWidget(main)
    scripted_choices(dialogs, "家访/电话访问记录")
    dialogs.find_answer = "长者乙"  # the client is found by typing, among any number
    main.new_service_record()
    main.ops.wait()  # what the dialogs offer is read on the worker; the record is made there and opened
    visit = list(main.record_windows.values())[-1]
    assert visit is not None and visit.form.id == "visit" and visit.record.client_id is not None
    assert visit.editor.rows["client_name"].widget.value() == "长者乙"
    scripted_choices(dialogs, "投诉处理记录", "王社工")
    main.new_service_record()
    main.ops.wait()
    window = list(main.record_windows.values())[-1]
    assert window is not None and window.form.id == "complaint"
    assert window.record.id not in {r.id for r in team.desk("wang").records()}
    main.ops.wait()

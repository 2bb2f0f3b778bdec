"""Groups and activities through the domain API: a whole group from plan to archive, the per-domain
standards on both sides of their limits, the approval order, deadlines and bad input."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.demo import complete_required
from desktop.errors import AccessDenied, CaseDeskError
from desktop.workflow import group_rules

MEMBERS = ["甲一", "乙二", "丙三", "丁四", "戊五", "己六", "庚七", "辛八"]


def fill(desk, group_id, form_id, content=None, *, submit=True, approvers=()):
    record = desk.new_record(form_id, group_id=group_id)
    record, report = desk.save_record(record.id, complete_required(desk, record, content or {}))
    assert report.ok, [(i.code, i.path, i.en) for i in report.errors]
    if submit:
        record, _ = desk.submit_record(record.id)
        for reviewer in approvers:
            record = reviewer.decide(record.id, "approve")
    return record


def plan_content(**extra):
    return {
        "plan_date": "2026-09-01",
        "start_date": "2026-09-20",
        "end_date": "2026-10-30",
        "planned_size": 8,
        "planned_sessions": 5,
        "venue": "社工站活动室",
        "income_source": "agency",
        "finance_officer_name": "赵会计",
        "budget": [
            {"item": "文具", "unit_price": "2.50", "quantity": 20},
            {"item": "茶点", "unit_price": "5.00", "quantity": 40},
        ],
        "programme": [{"session_no": n, "theme": f"第{n}节", "content": "活动"} for n in range(1, 6)],
        **extra,
    }


def test_a_whole_group_from_plan_to_archive(team):
    wang, sup, lead, head = (team.desk(u) for u in ("wang", "sup", "lead", "head"))
    group = wang.create_group(team.project_id, "青春同行成长小组", "developmental", "youth")
    with pytest.raises(CaseDeskError) as caught:
        wang.new_record("session_record", group_id=group.id)
    assert caught.value.code == "G001"  # nothing runs before the supervisor approves the plan
    plan = fill(wang, group.id, "group_plan", plan_content())
    assert plan.content["budget_total"] == "250.00" and wang.group(group.id).archive_code.startswith("QSN-XZ-")
    with pytest.raises(AccessDenied):
        lead.decide(plan.id, "approve")  # the supervisor comes first
    sup.decide(plan.id, "approve")
    assert wang.group(group.id).status == "plan_submitted"
    lead.decide(plan.id, "approve")
    head.decide(plan.id, "approve")
    assert wang.group(group.id).status == "approved"
    fill(wang, group.id, "registration", {"participants": [{"name": m, "eligible": True} for m in MEMBERS]})
    attendance = wang.new_record("attendance", group_id=group.id)
    assert [row["name"] for row in attendance.content["members"]] == MEMBERS  # carried from registration
    marks = [
        {**row, **{f"s{n}": ("absent" if (i + n) % 4 == 0 else "late" if n == 2 else "present") for n in range(1, 6)}}
        for i, row in enumerate(attendance.content["members"])
    ]
    dates = [{"session_no": n, "date": f"2026-10-{n * 5:02d}"} for n in range(1, 6)]
    attendance, report = wang.save_record(
        attendance.id, complete_required(wang, attendance, {"members": marks, "session_dates": dates})
    )
    attended = sum(1 for row in marks for n in range(1, 6) if row[f"s{n}"] in ("present", "late"))
    expected = f"{attended * 100 / 40:.1f}"
    assert report.ok and attendance.content["overall_rate"] == expected == "75.0"  # late counts as present
    wang.submit_record(attendance.id)
    for n in range(1, 6):
        fill(
            wang,
            group.id,
            "session_record",
            {"session_date": f"2026-10-{n * 5:02d}", "present_count": 7, "start_time": "15:00", "end_time": "16:30"},
            approvers=[sup],
        )
    for score in (5, 4, 4):
        fill(wang, group.id, "feedback", {"feedback_date": "2026-10-25", "overall_satisfaction": score})
    finance = wang.new_record("financial_report", group_id=group.id)
    assert [line["item"] for line in finance.content["lines"]] == ["文具", "茶点"]  # the plan's budget
    lines = [{**line, "actual": line["budget"]} for line in finance.content["lines"]]
    finance, report = wang.save_record(
        finance.id, complete_required(wang, finance, {"lines": lines, "report_date": "2026-10-31"})
    )
    assert report.ok, [(i.code, i.path) for i in report.errors]
    wang.submit_record(finance.id)
    lead.decide(finance.id, "approve")
    head.decide(finance.id, "approve")
    report = fill(wang, group.id, "group_report", {"report_date": "2026-11-01", "service_count": 40})
    assert report.content["attendance_rate"] == "75.0" and report.content["sessions_held"] == 5
    assert wang.group(group.id).status == "reporting"
    with pytest.raises(CaseDeskError) as caught:
        wang.archive_group(group.id)
    assert caught.value.code == "G003"
    for reviewer in (sup, lead, head):
        reviewer.decide(report.id, "approve")
    assert wang.group(group.id).status == "closed"
    assert wang.group_archive_missing(group.id) == []
    assert wang.archive_group(group.id).status == "archived"


def test_the_archive_refusal_names_what_a_group_lacks(team):
    wang = team.desk("wang")
    group = wang.create_group(team.project_id, "未完成的小组", "support", "women")
    with wang.session() as s:
        from desktop.models import ServiceGroup

        s.get(ServiceGroup, group.id).status = "closed"
    with pytest.raises(CaseDeskError) as caught:
        wang.archive_group(group.id)
    assert caught.value.code == "G002"
    assert all(name in caught.value.message("zh") for name in ("小组/活动计划书", "小组/活动点名表", "参加者意见表"))


@pytest.mark.parametrize(
    ("domain", "kind", "size", "warned"),
    [
        ("youth", "small_activity", 50, False),  # 50人以上: 50 is enough
        ("elderly", "small_activity", 50, True),  # 超过50人: 50 is not
        ("elderly", "small_activity", 51, False),
        ("youth", "lecture", 20, False),
        ("enterprise", "lecture", 29, True),  # 企业讲座不少于30人
        ("enterprise", "lecture", 30, False),
        ("youth", "large_activity", 100, True),  # 超过100人
        ("youth", "large_activity", 101, False),
    ],
)
def test_activity_standards_per_domain(team, domain, kind, size, warned):
    wang = team.desk("wang")
    group = wang.create_group(team.project_id, "活动", kind, domain)
    plan = wang.new_record("group_plan", group_id=group.id)
    content = complete_required(
        wang,
        plan,
        plan_content(
            planned_size=size,
            lecture_minutes=60,
            planned_sessions=1,
            programme=[{"session_no": 1, "theme": "讲座", "content": "讲授"}],
        ),
    )
    _, report = wang.save_record(plan.id, content)
    codes = {i.code for i in report.warnings}
    assert bool(codes & {"GPL04", "GPL05", "GPL06"}) is warned, codes


@pytest.mark.parametrize(
    ("domain", "sessions", "members", "warnings"),
    [
        ("youth", 5, 8, set()),
        ("youth", 4, 7, {"GPL01", "GPL02"}),
        ("corrections", 4, 3, set()),  # 不少于4节, and no group size in that chapter
        ("corrections", 3, 3, {"GPL02"}),
    ],
)
def test_group_standards_per_domain(team, domain, sessions, members, warnings):
    wang = team.desk("wang")
    group = wang.create_group(team.project_id, "小组", "support", domain)
    plan = wang.new_record("group_plan", group_id=group.id)
    programme = [{"session_no": n, "theme": f"第{n}节", "content": "活动"} for n in range(1, sessions + 1)]
    content = complete_required(
        wang, plan, plan_content(planned_size=members, planned_sessions=sessions, programme=programme)
    )
    _, report = wang.save_record(plan.id, content)
    assert {i.code for i in report.warnings} & {"GPL01", "GPL02"} == warnings


def test_the_agency_changes_a_standard(team):
    lead = team.desk("lead")
    lead.set_setting("group.standards", {"youth": {"group_min_members": 6}})
    wang = team.desk("wang")
    group = wang.create_group(team.project_id, "小组", "support", "youth")
    plan = wang.new_record("group_plan", group_id=group.id)
    assert plan.content["std_min_members"] == 6
    _, report = wang.save_record(plan.id, complete_required(wang, plan, plan_content(planned_size=6)))
    assert "GPL01" not in report.codes()


def test_a_plan_ten_days_ahead_asks_for_the_reason(team):
    wang = team.desk("wang")
    group = wang.create_group(team.project_id, "临时小组", "support", "youth")
    plan = wang.new_record("group_plan", group_id=group.id)
    content = {**complete_required(wang, plan, plan_content()), "plan_date": "2026-09-10", "late_reason": None}
    _, report = wang.save_record(plan.id, content)
    assert any(i.path == "late_reason" and i.code == "F001" for i in report.errors)
    assert "GPL07" in {i.code for i in report.warnings}
    _, report = wang.save_record(plan.id, {**content, "late_reason": "学校临时调整活动时间"})
    assert report.ok


def test_bad_input_on_group_forms(team):
    from tests.conftest import approved_group

    group = approved_group(team, "坏输入", "support", "youth")
    wang = team.desk("wang")
    session = wang.new_record("session_record", group_id=group.id)
    end = session.content["group_end"]
    late = (dt.date.fromisoformat(end) + dt.timedelta(days=1)).isoformat()
    _, report = wang.save_record(session.id, {**session.content, "session_date": late})
    assert "GSR05" in report.codes()  # after the group's end
    fill(wang, group.id, "registration", {"participants": [{"name": m, "eligible": True} for m in MEMBERS[:3]]})
    roll = wang.new_record("attendance", group_id=group.id)
    rows = [*roll.content["members"], {"name": "未报名者"}]
    _, report = wang.save_record(roll.id, {**roll.content, "members": rows})
    assert "GATT03" in report.codes()
    finance = wang.new_record("financial_report", group_id=group.id)
    lines = [{"item": "车费", "budget": "0.00", "actual": "-5.00"}]
    _, report = wang.save_record(finance.id, {**finance.content, "lines": lines})
    assert "F003" in report.codes()  # a negative amount
    lines = [{"item": "车费", "budget": "0.00", "actual": "10.00"}]
    _, report = wang.save_record(finance.id, {**finance.content, "lines": lines, "finance_officer_name": "无"})
    assert report.errors or report.warnings  # "无" while money was spent


def test_deadlines_and_the_activity_archive_counting_from_its_end():
    assert group_rules.plan_due(dt.date(2026, 10, 1)) == dt.date(2026, 9, 17)
    assert group_rules.report_due(dt.date(2026, 10, 30)) == dt.date(2026, 11, 2)
    last_approval, last_activity = dt.date(2026, 11, 20), dt.date(2026, 11, 1)
    assert group_rules.archive_due("support", last_approval, last_activity) == dt.date(2026, 11, 27)
    assert group_rules.archive_due("large_activity", last_approval, last_activity) == dt.date(2026, 11, 8)


def test_group_deadlines_reach_my_tasks(team):
    wang = team.desk("wang")
    wang.clock = lambda: dt.date(2026, 11, 23)
    wang.create_group(team.project_id, "将来的小组", "support", "youth", planned_start=dt.date(2026, 12, 1))
    tasks = [t for t in wang.tasks() if t.kind == "group_plan"]
    assert tasks and tasks[0].due == dt.date(2026, 11, 17) and tasks[0].overdue


def test_a_persons_history_across_groups(team):
    from tests.conftest import approved_group

    wang = team.desk("wang")
    client = wang.create_client("甲一", phone="13900000001")
    first, second = approved_group(team, "甲组"), approved_group(team, "乙组")
    for group in (first, second):
        fill(
            wang,
            group.id,
            "registration",
            {
                "participants": [{"name": "甲一", "phone": "13900000001", "eligible": True}]
                + [{"name": m, "eligible": True} for m in MEMBERS[1:]]
            },
        )
    assert {g.name for g in wang.participation(client.id)} == {"甲组", "乙组"}

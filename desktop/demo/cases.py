"""The demo's cases, each in a state of its own: open with sessions under way, an intake waiting at a station
without a supervisor, closed and archived, a hotline consultation, an intake returned and one being written."""

from __future__ import annotations

import datetime as dt

from desktop.demo.builder import Builder
from desktop.demo.filling import DEMO_DAY, complete_required, demo_signature
from desktop.demo.people import Cast
from desktop.models import Case


def open_counselling_case(b: Builder, c: Cast) -> None:
    """An open counselling case: intake approved, plan approved, sessions under way."""
    wang = b.desk("wang")
    case1 = wang.create_case(
        c.xiaoming, c.youth, "counselling", "youth", household_id=c.zhang_home, title="学业压力与亲子沟通"
    )
    b.on(dt.date(2026, 9, 8))
    b.record(
        "wang",
        "intake",
        {
            "intake_date": "2026-09-07",
            "channel": "visit",
            "open_case": True,
            "request": "母亲反映孩子近两个月成绩下滑、常与父母争吵，希望社工介入。",
            "first_assessment": "学业压力较大，亲子沟通方式以指责为主，无自伤风险。",
            "crisis_factors": "none",
            "case_type": "counselling",
            "domain": "youth",
        },
        approvers=("li",),
        case_id=case1.id,
        minutes=60,
    )
    b.record(
        "wang",
        "consent",
        {
            "signed_on": "2026-09-08",
            "understood": True,
            "anonymised_use": True,
            "complaint_right_told": True,
            "guardian_name": "林秀英",
            "guardian_relationship": "parent",
            "services_explained": "每周一次面谈，共约八周，协助处理学业压力并改善亲子沟通。",
        },
        case_id=case1.id,
    )
    consent = next(r for r in wang.records(case_id=case1.id) if r.form_id == "consent")
    wang.sign(consent.id, "guardian", "林秀英", demo_signature())
    wang.sign(consent.id, "worker", "王芳", demo_signature(seed=2))
    b.record(
        "wang",
        "case_basic",
        {"referral_source": "self", "filled_on": "2026-09-08", "presenting_problem": "学业压力、亲子冲突"},
        case_id=case1.id,
    )
    b.record(
        "wang",
        "plan",
        {"plan_date": "2026-09-15", "planned_sessions": 8, "overall_goal": "减轻学业压力，改善亲子沟通。"},
        approvers=("li",),
        case_id=case1.id,
    )
    for n, day in enumerate(("2026-09-22", "2026-09-29", "2026-10-13"), start=1):
        b.record(
            "wang",
            "record",
            {
                "session_date": day,
                "start_time": "16:00",
                "end_time": "17:00",
                "mode": "face_to_face",
                "place": "社工站个案室",
                "session_goal": f"第{n}节：建立关系、了解压力来源",
                "new_risk": False,
            },
            approvers=("li",) if n < 3 else (),
            submit=n < 3,
            case_id=case1.id,
            minutes=60,
        )


def intake_waiting_at_shipai(b: Builder, c: Cast) -> None:
    """An intake waiting for the supervisor at 石排 (no supervisor there: the business lead decides)."""
    chen = b.desk("chen")
    case2 = chen.create_case(c.guiying, c.elders, "counselling", "elderly", household_id=c.liu_home)
    b.on(DEMO_DAY)
    b.record(
        "chen",
        "intake",
        {
            "intake_date": "2026-11-10",
            "channel": "home_visit",
            "open_case": True,
            "request": "独居长者，近期跌倒一次，情绪低落。",
            "crisis_factors": "none",
            "case_type": "counselling",
            "domain": "elderly",
        },
        case_id=case2.id,
        minutes=90,
    )


def closed_and_archived_case(b: Builder, c: Cast) -> None:
    """A closed treatment case, its file completed and archived."""
    wang = b.desk("wang")
    case3 = wang.create_case(c.meiling, c.youth, "treatment", "women", title="婚姻危机与情绪困扰")
    b.on(dt.date(2026, 5, 7))
    b.record(
        "wang",
        "intake",
        {
            "intake_date": "2026-05-06",
            "channel": "phone",
            "open_case": True,
            "case_type": "treatment",
            "domain": "women",
            "crisis_factors": "none",
        },
        approvers=("li",),
        case_id=case3.id,
    )
    b.set_state(Case, case3.id, status="closed", closed_on=dt.date(2026, 8, 28))
    b.record("wang", "plan", {"plan_date": "2026-05-12", "planned_sessions": 6}, approvers=("li",), case_id=case3.id)
    for n in range(1, 7):
        b.record(
            "wang",
            "record",
            {
                "session_date": f"2026-0{5 + n // 3}-{10 + n:02d}",
                "start_time": "10:00",
                "end_time": "11:00",
                "mode": "face_to_face",
                "new_risk": False,
            },
            approvers=("li",),
            case_id=case3.id,
            minutes=60,
        )
    b.on(dt.date(2026, 8, 28))  # closed that day: the closing's approval dates the case's end
    b.record("wang", "closing_eval", {}, case_id=case3.id)
    b.record(
        "wang",
        "closing",
        {
            "closing_date": "2026-08-28",
            "closing_reason": "goals_met",
            "service_start": "2026-05-07",
            "follow_up_needed": False,
        },
        approvers=("li", "zhou"),
        case_id=case3.id,
    )
    # Its file completed and archived on 1 September: consent and basic information (on paper then, entered
    # now), the checklist generated from the case, and the bag filed.
    b.on(dt.date(2026, 9, 1))
    b.record("wang", "consent", {"signed_on": "2026-05-07"}, case_id=case3.id)
    b.record("wang", "case_basic", {"filled_on": "2026-05-07"}, case_id=case3.id)
    checklist = wang.new_record("attachments", case_id=case3.id)
    rows = [{**row, "pages": 2, "in_bag": True} for row in checklist.content["documents"]]
    rows.append({"kind": "attachments", "name": "个案附件清单", "pages": 1, "in_bag": True})
    checklist, _ = wang.save_record(
        checklist.id, complete_required(wang, checklist, {"documents": rows, "checked_on": "2026-09-01"})
    )
    wang.submit_record(checklist.id)
    wang.archive_case(case3.id)


def hotline_consultation(b: Builder, c: Cast) -> None:
    """A hotline consultation served and closed the same day."""
    wang = b.desk("wang")
    case4 = wang.create_case(c.xiaohong, c.youth, "consultation", "youth", hotline=True)
    b.record(
        "wang",
        "case_basic",
        {"referral_source": "hotline", "filled_on": "2026-11-03", "presenting_problem": "考试焦虑，来电咨询。"},
        case_id=case4.id,
    )
    b.on(dt.date(2026, 11, 3))
    b.record(
        "wang",
        "closing_info",
        {
            "contact_date": "2026-11-03",
            "contact_mode": "phone",
            "referral_made": False,
            "crisis_found": False,
            "follow_up_needed": False,
        },
        case_id=case4.id,
        minutes=30,
    )
    b.set_state(Case, case4.id, status="closed", closed_on=dt.date(2026, 11, 3))


def returned_and_unfinished_intakes(b: Builder, c: Cast) -> None:
    """An intake the supervisor returned, and one still being written."""
    wang = b.desk("wang")
    case5 = wang.create_case(c.dawei, c.youth, "counselling", "corrections")
    b.on(DEMO_DAY)
    b.record(
        "wang",
        "intake",
        {
            "intake_date": "2026-11-09",
            "channel": "visit",
            "case_type": "counselling",
            "domain": "corrections",
            "crisis_factors": "none",
            "open_case": True,
        },
        returned_by=("li", "请补充司法所转介函及矫正期限。"),
        case_id=case5.id,
    )
    case6 = wang.create_case(c.jixiang, c.youth, "counselling", "youth")
    b.record(
        "wang",
        "intake",
        {"intake_date": "2026-11-13", "request": "老师反映孩子在校被同学起绰号。"},
        submit=False,
        case_id=case6.id,
    )

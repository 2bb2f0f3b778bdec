"""The demo's groups and activities: a running youth group with its sessions and feedback, a lecture whose
plan waits for approval, and a family activity still being planned."""

from __future__ import annotations

import datetime as dt
import uuid

from desktop.demo.builder import Builder
from desktop.demo.filling import DEMO_DAY
from desktop.demo.people import Cast
from desktop.models import ServiceGroup


def running_youth_group(b: Builder, c: Cast) -> None:
    """A running group with its plan approved by the whole chain, its registrations and sessions."""
    wang, chen = b.desk("wang"), b.desk("chen")
    group1 = wang.create_group(
        c.youth,
        "青春同行成长小组",
        "developmental",
        "youth",
        planned_start=dt.date(2026, 10, 10),
        planned_end=dt.date(2026, 11, 28),
        venue="东城社工站活动室",
    )
    members = ["张小明", "李小红", "何俊杰", "罗思琪", "郑浩然", "谢雨桐", "梁子轩", "冯佳怡", "邓宇航", "曾诗涵"]
    b.on(dt.date(2026, 9, 20))
    b.record(
        "wang",
        "group_plan",
        {
            "plan_date": "2026-09-20",
            "start_date": "2026-10-10",
            "end_date": "2026-11-28",
            "planned_size": 10,
            "planned_sessions": 6,
            "venue": "东城社工站活动室",
            "income_source": "agency",
            "finance_officer_name": "赵丽",
            "budget": [
                {"item": "文具", "unit_price": "2.50", "quantity": 20},
                {"item": "小食", "unit_price": "5.00", "quantity": 60},
            ],
        },
        approvers=("li", "wu", "zhou"),
        group_id=group1.id,
        minutes=180,
    )
    b.set_state(ServiceGroup, group1.id, status="running")
    wang.share("group", group1.id, chen.account.id)  # 陈志强 co-leads the sessions: he sees the group too
    b.record(
        "wang",
        "registration",
        {
            "participants": [
                {"name": m, "sex": "male" if i % 2 == 0 else "female", "age": 13 + i % 4, "eligible": True}
                for i, m in enumerate(members)
            ]
        },
        group_id=group1.id,
    )
    youth_group_sessions(b, group1.id)


def youth_group_sessions(b: Builder, group_id: uuid.UUID) -> None:
    """Three sessions of the running group, each approved, with three participants' feedback."""
    for n, day in enumerate(("2026-10-10", "2026-10-17", "2026-10-24"), start=1):
        b.record(
            "wang",
            "session_record",
            {
                "session_no": n,
                "session_date": day,
                "start_time": "15:00",
                "end_time": "16:30",
                "place": "东城社工站活动室",
                "present_count": 9 - n % 2,
            },
            approvers=("li",),
            group_id=group_id,
            minutes=150,
        )
        for score in (5, 4, 5):
            b.record(
                "wang",
                "feedback",
                {
                    "session_no": n,
                    "feedback_date": day,
                    "overall_satisfaction": score,
                    "content": score,
                    "respondent_type": "participant",
                },
                group_id=group_id,
            )


def lecture_and_activity_plans(b: Builder, c: Cast) -> None:
    """A lecture for elders whose plan waits for approval, and a family activity still being planned."""
    wang, chen = b.desk("wang"), b.desk("chen")
    group2 = chen.create_group(
        c.elders,
        "长者防跌倒健康讲座",
        "lecture",
        "elderly",
        planned_start=dt.date(2026, 12, 5),
        venue="田边村委会礼堂",
    )
    b.on(dt.date(2026, 11, 12))
    b.record(
        "chen",
        "group_plan",
        {
            "plan_date": "2026-11-12",
            "start_date": "2026-12-05",
            "end_date": "2026-12-05",
            "planned_size": 40,
            "planned_sessions": 1,
            "lecture_minutes": 60,
            "venue": "田边村委会礼堂",
            "income_source": "none",
            "finance_officer_name": "无",
            "risk_assessment": "长者行动不便，会场设专人引导。",
            "emergency_plan": "如有长者不适，立即联系村卫生站并拨打120。",
        },
        group_id=group2.id,
    )
    b.set_state(ServiceGroup, group2.id, status="plan_submitted")
    b.on(DEMO_DAY)
    group3 = wang.create_group(c.youth, "亲子共读周末活动", "small_activity", "family")
    b.record("wang", "group_plan", {"background": "社区家长反映亲子共处时间少。"}, submit=False, group_id=group3.id)

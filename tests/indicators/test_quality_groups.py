"""Quality checks on groups, lectures and activities, and on overdue work: each limit just inside and just
outside it. The standards are 000 第四节's as docs/rules.md lists them (youth: 8 members, 5 sessions, 60 %
attendance, lectures 20 people and 40 minutes; corrections: no member limit, 4 sessions; enterprise lectures
30 people; large activities over 100 people); the deadlines are the defaults of docs/rules.md (a decision
within 7 days of submission, a group report 3 days after the last session, a case archived 30 days after
closing). Every expected value is written out here, not taken from the code under test."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from desktop.models import Case, FormRecord, ServiceGroup
from desktop.workflow import quality
from tests.indicators.workbench import PERIOD, Bench, copy_template


def d(day: int, month: int = 9) -> dt.date:
    return dt.date(2026, month, day)


LAST_DAY = dt.date(2026, 9, 30)


def roll(attended: list[int], sessions: int = 5) -> dict[str, Any]:
    """A registration of ``len(attended)`` members and a roll where member i came to ``attended[i]`` of
    ``sessions`` sessions (the attendance form works out the overall rate)."""
    names = [f"组员{i + 1}" for i in range(len(attended))]
    members = [{"name": n, **{f"s{k + 1}": "present" if k < came else "absent" for k in range(sessions)}}
               for n, came in zip(names, attended, strict=True)]  # fmt: skip
    dates = [{"session_no": k + 1, "date": d(1 + k, 8).isoformat()} for k in range(sessions)]
    return {"participants": [{"name": n} for n in names], "members": members, "session_dates": dates}


@pytest.fixture(scope="module")
def bench(_team_template, tmp_path_factory):
    root, youth_project = copy_template(_team_template, tmp_path_factory.mktemp("quality"))
    b = Bench(root)
    b.youth = youth_project
    b.works = b.project("企业社工服务项目", ["enterprise", "corrections", "youth"])
    yield b
    b.close()


def finished_group(b: Bench, name: str, domain: str, attended: list[int], sessions: int, *, project=None):
    """A group with its registration and roll (rate from ``attended``), ``sessions`` approved session
    records in August, closed by its report approved on 15 September."""
    group = b.group(project or b.youth, name, "developmental", domain)
    made = roll(attended, max(sessions, 1))
    b.on(d(1, 8))
    b.record("wang", "registration", {"participants": made["participants"]}, group_id=group.id)
    for n in range(sessions):
        b.group_session(group, d(1 + n, 8), present=len(attended))
    b.record("wang", "attendance", {"members": made["members"], "session_dates": made["session_dates"]},
             group_id=group.id)  # fmt: skip
    b.group_report(group, d(15))
    return group


def found(b: Bench, check: str, *, today: dt.date = LAST_DAY, **filters: Any) -> list[tuple[str, str]]:
    b.on(today)
    issues = b.desk("lead").quality_checks(*PERIOD, **filters)
    return sorted((i.client, i.detail) for i in issues if i.check == check)  # the client, group or occasion


def test_groups_under_their_domains_members_sessions_or_attendance(bench):
    b = bench
    # 8 members × 5 sessions = 40 places; 24 attendances = 60.0 % (just inside), 23 = 57.5 % (outside).
    finished_group(b, "七人组", "youth", [3] * 7, 5)  # 7 members: one short; 21/35 = 60 %
    finished_group(b, "八人四节", "youth", [3] * 8, 4)  # 4 sessions: one short; 24/32 = 75 %
    finished_group(b, "刚好", "youth", [3] * 8, 5)  # 8, 5, 24/40 = 60.0 %: nothing
    finished_group(b, "出勤不足", "youth", [3] * 7 + [2], 5)  # 23/40 = 57.5 %
    finished_group(b, "矫正三人", "corrections", [4, 4, 4], 4, project=b.works)  # no member limit; 4 sessions
    finished_group(b, "矫正三节", "corrections", [3, 3, 3], 3, project=b.works)  # 3 sessions < 4
    assert found(b, "group_small") == [("七人组", "7/8")]
    assert found(b, "group_sessions") == [("八人四节", "4/5"), ("矫正三节", "3/4")]
    assert found(b, "group_attendance") == [("出勤不足", "57.5%/60%")]
    # the domain narrows the list; a group closed outside the period is not this period's
    assert found(b, "group_sessions", domain="corrections") == [("矫正三节", "3/4")]
    with b.desk("wang").session() as s:
        s.scalars(select(ServiceGroup).where(ServiceGroup.name == "七人组")).one().closed_on = d(1, 10)
    assert found(b, "group_small") == []


def test_lectures_too_small_or_short_and_activities_too_small(bench):
    b = bench
    talk = b.group(b.youth, "防溺水讲座", "lecture", "youth")
    b.on(d(3))
    for day, present, end in ((3, 19, "15:40"), (4, 20, "15:39"), (5, 20, "15:40")):
        content = {"session_date": d(day).isoformat(), "present_count": present, "start_time": "15:00",
                   "end_time": end}  # fmt: skip
        b.on(d(day))
        b.record("wang", "session_record", content, approvers=("sup",), group_id=talk.id)
    works = b.group(b.works, "安全生产讲座", "lecture", "enterprise")
    for present in (29, 30):
        b.on(d(6))
        b.record("wang", "session_record", {"session_date": d(6).isoformat(), "present_count": present,
                                            "start_time": "09:00", "end_time": "10:00"},
                 approvers=("sup",), group_id=works.id)  # fmt: skip
    fair = b.group(b.youth, "社区游园会", "large_activity", "youth")
    for present in (100, 101):
        b.group_session(fair, d(12), present)
    late = b.group_session(talk, d(1, 10), 5)  # outside the period
    assert late.service_date == d(1, 10)
    small = found(b, "lecture_small")
    assert small == [("安全生产讲座 · 2026-09-06", "29/30"), ("防溺水讲座 · 2026-09-03", "19/20")]
    assert found(b, "lecture_short") == [("防溺水讲座 · 2026-09-04", "39/40")]
    assert found(b, "activity_small") == [("社区游园会 · 2026-09-12", "100/101")]


def test_an_agency_standard_replaces_the_seeds(bench):
    b = bench
    head = b.desk("head")
    head.set_setting("group.standards", {"youth": {"lecture_min_people": 19}})
    try:
        assert ("防溺水讲座 · 2026-09-03", "19/20") not in found(b, "lecture_small")
    finally:
        head.set_setting("group.standards", {})


def test_a_decision_owed_past_seven_days(bench):
    b = bench
    case = b.case("等审批", b.youth, "counselling", "youth", opened=d(1))
    waiting = b.record("wang", "plan", {"plan_date": d(2).isoformat(), "planned_sessions": 5}, case_id=case.id)
    with b.desk("wang").session() as s:
        s.get(FormRecord, waiting.id).submitted_at = dt.datetime(2026, 9, 20, 16, 0)
    assert found(b, "approval_overdue", today=d(27)) == []  # due the 27th: not late on the day
    assert found(b, "approval_overdue", today=d(28)) == [("等审批", "2026-09-27")]
    b.desk("sup").decide(waiting.id, "approve")
    assert found(b, "approval_overdue", today=d(28)) == []


def test_reports_and_archives_past_their_deadlines(bench):
    b = bench
    running = b.group(b.youth, "报告未交", "developmental", "youth")
    with b.desk("wang").session() as s:
        s.get(ServiceGroup, running.id).planned_end = d(10)
    b.group_session(running, d(10), 8)  # the last planned session: the report is due 13 September
    assert ("报告未交", "2026-09-13") not in found(b, "report_overdue", today=d(13))
    assert ("报告未交", "2026-09-13") in found(b, "report_overdue", today=d(14))
    case = b.case("待归档", b.youth, "counselling", "youth", opened=d(1))
    with b.desk("wang").session() as s:
        row = s.get(Case, case.id)
        row.status, row.closed_on = "closed", d(1)  # archive due 1 October (30 days)
    assert found(b, "archive_overdue", today=d(1, 10)) == []
    assert ("待归档", "2026-10-01") in found(b, "archive_overdue", today=d(2, 10))


def test_every_check_has_words_in_both_languages():
    for check in quality.CHECKS:
        assert quality.label(check, "zh") and quality.label(check, "en") != quality.label(check, "zh")

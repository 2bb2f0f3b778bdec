"""Quality checks: each limit just inside and just outside, worked by hand (000 第四节 and 总则)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.demo import complete_required
from desktop.models import Case

NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
DAY = dt.date(2026, 11, 10)


def opened(wang, sup, team, name: str, case_type: str = "counselling", *, filed: bool = True):
    client = wang.create_client(name)
    case = wang.create_case(client.id, team.project_id, case_type, "youth")
    submit(wang, case.id, "intake", {"intake_date": DAY.isoformat(), "open_case": True}, approver=sup)
    if filed:
        submit(wang, case.id, "case_basic", {"filled_on": DAY.isoformat()})
    return case


def submit(desk, case_id, form_id, content, *, approver=None, minutes=None, line=None):
    record = desk.new_record(form_id, case_id=case_id)
    record, report = desk.save_record(record.id, complete_required(desk, record, content), minutes_spent=minutes,
                                      service_line=line)  # fmt: skip
    assert report.ok, [(i.code, i.path) for i in report.errors]
    record, _ = desk.submit_record(record.id)
    return approver.decide(record.id, "approve") if approver else record


def sessions(wang, sup, case, count: int, *, minutes: int = 60, line: str = "routine"):
    for n in range(count):
        submit(wang, case.id, "record", {"session_date": f"2026-11-{11 + n:02d}", "start_time": "09:00",
                                         "end_time": "10:00", "new_risk": False},
               approver=sup, minutes=minutes, line=line)  # fmt: skip


@pytest.fixture
def desks(team):
    wang, sup = team.desk("wang"), team.desk("sup")
    wang.clock = sup.clock = lambda: DAY
    yield wang, sup
    wang.close()
    sup.close()


def close(wang, case):
    """On record as closed in November (the closing workflow is the case-work tests' business)."""
    with wang.session() as s:
        row = s.get(Case, case.id)
        row.status, row.closed_on = "closed", dt.date(2026, 11, 25)


def test_cases_closed_under_five_sessions_are_listed_and_five_are_not(team, desks):
    wang, sup = desks
    four, five = opened(wang, sup, team, "四节"), opened(wang, sup, team, "五节")
    sessions(wang, sup, four, 4)
    sessions(wang, sup, five, 5)
    close(wang, four)
    close(wang, five)
    short = [i for i in wang.quality_checks(*NOVEMBER) if i.check == "short_case"]
    assert [(i.client, i.detail) for i in short] == [("四节", "4/5")]


def test_unfiled_cases_are_the_filing_rates_shortfall(team, desks):
    wang, sup = desks
    opened(wang, sup, team, "已建档")
    missing = opened(wang, sup, team, "未建档", filed=False)
    unfiled = [i for i in wang.quality_checks(*NOVEMBER) if i.check == "unfiled"]
    assert [(i.id, i.client) for i in unfiled] == [(missing.id, "未建档")]


def test_a_worker_under_75_percent_routine_time_is_listed_and_75_is_not(team, desks):
    wang, sup = desks
    case = opened(wang, sup, team, "常规")
    sessions(wang, sup, case, 3, minutes=100)  # 300 routine minutes
    special = opened(wang, sup, team, "专项")
    sessions(wang, sup, special, 1, minutes=100, line="special")  # 100 special: 300/400 = 75 %: not listed
    assert [i for i in wang.quality_checks(*NOVEMBER) if i.check == "routine_share"] == []
    sessions(wang, sup, special, 1, minutes=4, line="special")  # 300/404 = 74.3 %: listed
    (issue,) = [i for i in wang.quality_checks(*NOVEMBER) if i.check == "routine_share"]
    assert issue.detail == "74.3% < 75%" and issue.worker == "王社工"

"""A case's and a group's summary on a real workspace: the sessions still needed only while the case is served
(4 of 5 held: one short; 5: none), what the archive lacks once closing, the tasks of this file only, and the
actions of the person reading it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import approved_group
from tests.workflow.test_people import make_id
from tests.workspace.test_case_work import DAY, fill

SESSION = {"start_time": "09:00", "end_time": "10:00", "new_risk": False}


@pytest.fixture
def desks(team):
    wang, sup = team.desk("wang"), team.desk("sup")
    for desk in (wang, sup):
        desk.clock = lambda: DAY
    return wang, sup


def test_a_case_summary_counts_sessions_while_the_case_is_served(team, desks):
    wang, sup = desks
    client = wang.create_client("张小明", id_number=make_id("44010220120503001"))
    case = wang.create_case(client.id, team.project_id, "counselling", "youth")
    waiting = wang.case_summary(case.id)
    assert waiting.case.status == "intake" and waiting.sessions_short == 0  # not served yet
    assert waiting.client.name == "张小明" and not waiting.archive_pending
    fill(wang, case.id, "intake", {"intake_date": "2026-11-02", "open_case": True}, approvers=[sup])
    assert wang.case_summary(case.id).sessions_short == 5
    for n in range(4):
        fill(wang, case.id, "record", {"session_date": f"2026-11-{2 + n:02d}", **SESSION}, approvers=[sup])
    four = wang.case_summary(case.id)
    assert (four.sessions_held, four.sessions_short, four.sessions_needed) == (4, 1, 5)  # just short
    fill(wang, case.id, "record", {"session_date": "2026-11-06", **SESSION}, approvers=[sup])
    five = wang.case_summary(case.id)
    assert (five.sessions_held, five.sessions_short) == (5, 0)  # just enough
    assert [r.form_id for r in five.records].count("record") == 5


def test_a_case_summary_offers_what_the_reader_may_do(team, desks):
    wang, sup = desks
    client = wang.create_client("李四")
    case = wang.create_case(client.id, team.project_id, "counselling", "youth")
    mine = wang.case_summary(case.id).actions
    assert "reassign" not in mine and "archive" not in mine and "share" in mine  # the owner shares her file
    assert "reassign" in sup.case_summary(case.id).actions


def test_a_summary_holds_only_its_own_files_tasks(team, desks):
    wang, sup = desks
    transfer = {"transfer_date": "2026-09-30", "consent_date": "2026-09-29", "client_consent": True, "reply": "pending"}
    cases = []
    for name in ("甲", "乙"):
        case = wang.create_case(wang.create_client(name).id, team.project_id, "counselling", "youth")
        fill(wang, case.id, "intake", {"open_case": True}, approvers=[sup])
        fill(wang, case.id, "transfer", transfer, approvers=[sup])  # a reply due on each
        cases.append(case.id)
    assert {t.case_id for t in wang.tasks() if t.kind == "reply"} == set(cases)
    due = wang.case_summary(cases[0]).due
    assert [(t.kind, t.case_id, t.due) for t in due] == [("reply", cases[0], dt.date(2026, 10, 10))]


def test_a_group_summary_gives_its_domains_standards_and_archive(team):
    group = approved_group(team)
    wang = team.desk("wang")
    summary = wang.group_summary(group.id)
    assert summary.group.name == "成长小组" and summary.standards
    assert summary.archive_missing and not summary.archive_pending  # running: the report comes later
    assert "archive" not in summary.actions and "new_form" in summary.actions


def test_views_are_copies_not_rows(team, desks):
    wang, _ = desks
    client = wang.create_client("王五", birth_date=dt.date(1950, 1, 1))
    case = wang.create_case(client.id, team.project_id, "counselling", "youth")
    with pytest.raises(AttributeError):
        case.status = "closed"  # a frozen view: the window cannot change a case by hand
    assert wang.case(case.id).status == "intake"

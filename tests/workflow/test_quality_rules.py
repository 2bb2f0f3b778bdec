"""The quality checks' limits and the group deadlines as plain functions (docs/rules.md "Quality checks"):
each just inside and just outside, worked out by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop.workflow import group_rules, quality
from desktop.workflow.thresholds import standards

YOUTH = standards("youth")
CORRECTIONS = standards("corrections")
ENTERPRISE = standards("enterprise")
ELDERLY = standards("elderly")


def test_a_group_at_its_standard_is_not_short_and_one_below_is():
    assert quality.group_shortfalls("support", YOUTH, 8, 5, Decimal("60.0")) == []
    assert quality.group_shortfalls("support", YOUTH, 7, 4, Decimal("59.9")) == [
        ("group_small", "7/8"), ("group_sessions", "4/5"), ("group_attendance", "59.9%/60%")
    ]  # fmt: skip
    assert quality.group_shortfalls("support", YOUTH, 8, 5, None) == []  # no roll yet: the archive check asks for it


def test_corrections_groups_have_no_size_and_four_sessions():
    assert quality.group_shortfalls("support", CORRECTIONS, 2, 4, Decimal(60)) == []
    assert quality.group_shortfalls("support", CORRECTIONS, 2, 3, Decimal(60)) == [("group_sessions", "3/4")]


def test_activities_are_not_held_to_group_standards():
    assert quality.group_shortfalls("lecture", YOUTH, 0, 1, None) == []


def test_lectures_and_activities_by_domain():
    assert quality.occasion_shortfalls("lecture", YOUTH, Decimal(20), Decimal(40)) == []
    assert quality.occasion_shortfalls("lecture", YOUTH, Decimal(19), Decimal(39)) == [
        ("lecture_small", "19/20"), ("lecture_short", "39/40")
    ]  # fmt: skip
    assert quality.occasion_shortfalls("lecture", ENTERPRISE, Decimal(29), Decimal(40)) == [("lecture_small", "29/30")]
    assert quality.occasion_shortfalls("large_activity", YOUTH, Decimal(100), None) == [("activity_small", "100/101")]
    assert quality.occasion_shortfalls("large_activity", YOUTH, Decimal(101), None) == []
    assert quality.occasion_shortfalls("small_activity", YOUTH, Decimal(50), None) == []
    assert quality.occasion_shortfalls("small_activity", ELDERLY, Decimal(50), None) == [("activity_small", "50/51")]
    assert quality.occasion_shortfalls("publicity", YOUTH, Decimal(1), Decimal(1)) == []  # no standard for its kind


def test_numbers_as_forms_store_them():
    assert quality.number("12") == Decimal(12) and quality.number(12.5) == Decimal("12.5")
    assert quality.number("") is None and quality.number(None) is None and quality.number("abc") is None
    assert quality.number(True) is None


def test_overdue_from_the_day_after():
    due = dt.date(2026, 9, 27)
    assert not quality.overdue(due, due) and quality.overdue(due, due + dt.timedelta(days=1))
    assert not quality.overdue(None, due)
    assert quality.review_due(dt.date(2026, 9, 20), 7) == due


def test_group_deadlines_follow_the_state_and_the_agencys_days():
    start, end = dt.date(2026, 10, 1), dt.date(2026, 10, 31)
    dates = {"planned_start": start, "planned_end": end, "last_session": None, "last_approval": None}
    assert group_rules.deadline("planning", "support", dates) == ("group_plan", dt.date(2026, 9, 17))
    assert group_rules.deadline("planning", "support", dates, {"plan": 21}) == ("group_plan", dt.date(2026, 9, 10))
    assert group_rules.deadline("running", "support", {**dates, "last_session": dt.date(2026, 10, 24)}) is None
    held = {**dates, "last_session": end}
    assert group_rules.deadline("plan_submitted", "support", held) == ("group_report", dt.date(2026, 11, 3))
    assert group_rules.deadline("running", "support", held, {"report": 5}) == ("group_report", dt.date(2026, 11, 5))
    closed = {**held, "last_approval": dt.date(2026, 11, 10)}
    assert group_rules.deadline("closed", "support", closed) == ("group_archive", dt.date(2026, 11, 17))
    # a community activity archives a week after its last activity, whatever the approvals
    assert group_rules.deadline("closed", "large_activity", closed) == ("group_archive", dt.date(2026, 11, 7))
    assert group_rules.deadline("archived", "support", closed) is None

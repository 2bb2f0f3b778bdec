"""Retention periods as plain rules: which period a file falls under, the day it runs from, and that it is
due from the day after its last day, for every period (docs/rules.md, "Retention and destruction")."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.settings import SETTINGS
from desktop.workflow import retention
from desktop.workflow.retention import Held

D = dt.date
LENGTHS = {period: SETTINGS[key].default for period, (key, _zh, _en) in retention.PERIODS.items()}


def test_every_period_has_a_setting_with_a_documented_default():
    assert LENGTHS == {
        "case": 10, "group": 10, "activity": 10, "record": 10, "intake": 3, "audit": 10, "backup": 30,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("period", "starts", "last_day"),
    [
        ("case", D(2016, 3, 10), D(2026, 3, 10)),
        ("group", D(2015, 12, 31), D(2025, 12, 31)),
        ("activity", D(2016, 1, 1), D(2026, 1, 1)),
        ("record", D(2016, 7, 4), D(2026, 7, 4)),
        ("intake", D(2023, 6, 30), D(2026, 6, 30)),
        ("audit", D(2016, 11, 20), D(2026, 11, 20)),
        ("backup", D(2026, 10, 21), D(2026, 11, 20)),
    ],
)
def test_just_inside_and_just_outside_each_period(period, starts, last_day):
    item = Held(period, f"{period}:1", "X", starts)
    assert retention.kept_until(starts, period, LENGTHS[period]) == last_day
    assert retention.due([item], LENGTHS, last_day) == []  # the last day is still inside
    (found,) = retention.due([item], LENGTHS, last_day + dt.timedelta(days=1))
    assert found.item is item and found.kept_until == last_day


def test_a_29_february_start_ends_on_28_february():
    assert retention.add_years(D(2016, 2, 29), 10) == D(2026, 2, 28)
    assert retention.add_years(D(2016, 2, 29), 12) == D(2028, 2, 29)
    assert not retention.is_due(D(2016, 2, 29), "case", 10, D(2026, 2, 28))
    assert retention.is_due(D(2016, 2, 29), "case", 10, D(2026, 3, 1))


def test_the_agency_changes_a_period():
    item = Held("case", "case:1", "X", D(2016, 3, 10))
    assert retention.due([item], {**LENGTHS, "case": 15}, D(2026, 3, 11)) == []
    assert retention.due([item], {**LENGTHS, "case": 5}, D(2021, 3, 11))


def test_which_period_and_from_which_day():
    last = D(2026, 1, 5)
    # A closed case counts from its archiving, or its closing when it never was archived.
    assert retention.case_period("archived", D(2016, 1, 1), D(2016, 2, 1), last) == ("case", D(2016, 2, 1))
    assert retention.case_period("closed", D(2016, 1, 1), None, last) == ("case", D(2016, 1, 1))
    # An intake that opened no case, a void case, and an intake nobody decided: from the last change.
    for status in ("not_opened", "void", "intake"):
        assert retention.case_period(status, None, None, last) == ("intake", last)
    # While a case is served, its period has not started.
    assert retention.case_period("open", None, None, last) is None
    assert retention.case_period("closing", None, None, last) is None
    # Groups and activities by their kind.
    assert retention.group_period("developmental", "archived", D(2016, 1, 1), D(2016, 1, 9), last) == (
        "group",
        D(2016, 1, 9),
    )
    assert retention.group_period("lecture", "closed", D(2016, 1, 1), None, last) == ("activity", D(2016, 1, 1))
    assert retention.group_period("lecture", "void", None, None, last) == ("activity", last)
    assert retention.group_period("support", "running", None, None, last) is None
    # A record on its own: the later of its service date and its last change.
    assert retention.record_start(D(2016, 1, 1), last) == last
    assert retention.record_start(D(2027, 1, 1), last) == D(2027, 1, 1)
    assert retention.record_start(None, last) == last


def test_the_list_runs_from_what_passed_its_period_first():
    items = [Held("case", "b", "B", D(2012, 1, 1)), Held("intake", "a", "A", D(2013, 1, 1))]
    # The intake's three years ended in 2016, the case's ten in 2022.
    assert [d.item.key for d in retention.due(items, LENGTHS, D(2026, 1, 1))] == ["a", "b"]

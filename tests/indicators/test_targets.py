"""Achieved against target and the pace for the rest of the period, worked by hand."""

from __future__ import annotations

import datetime as dt

from desktop.indicators.compute import Figure
from desktop.indicators.definitions import load_catalogue
from desktop.indicators.targets import progress, target_for

CATALOGUE = load_catalogue()
Q4 = (dt.date(2026, 10, 1), dt.date(2026, 12, 30))  # 91 days


def test_a_count_a_third_of_the_way_through_its_period():
    row = CATALOGUE.get("youth.counselling.opened")
    figure = Figure(row, 10.0)
    target = target_for(figure, {"youth.counselling.opened": 30})
    assert target == 30.0
    # 2026-10-30 is day 30 of 91: 30 × 30/91 = 9.9 expected by now; 10 done: on pace; 20 left over 61 days
    # = 20 / (61/30) = 9.8 a month; 10 of 30 = 33.3 % achieved, not met yet.
    got = progress(figure, target, *Q4, today=dt.date(2026, 10, 30))
    assert (got.expected_by_now, got.on_pace, got.needed_per_month, got.achieved, got.met) == (
        9.9, True, 9.8, 33.3, False,
    )  # fmt: skip
    behind = progress(Figure(row, 5.0), target, *Q4, today=dt.date(2026, 10, 30))
    assert behind.on_pace is False and behind.needed_per_month == 12.3  # 25 / (61/30)


def test_a_rate_is_met_or_not_and_the_seed_fixes_its_target():
    row = CATALOGUE.get("youth.counselling.filing_rate")
    assert target_for(Figure(row, 9.0, 10.0), {}) == 100.0  # the seed's 100 %, no project target needed
    got = progress(Figure(row, 9.0, 10.0), 100.0, *Q4, today=dt.date(2026, 11, 1))
    assert (got.met, got.on_pace, got.needed_per_month) == (False, None, None)
    assert progress(Figure(row, 10.0, 10.0), 100.0, *Q4, today=dt.date(2026, 11, 1)).met is True


def test_without_a_target_there_is_nothing_to_measure_against():
    row = CATALOGUE.get("youth.counselling.opened")
    got = progress(Figure(row, 4.0), target_for(Figure(row, 4.0), {}), *Q4, today=dt.date(2026, 11, 1))
    assert (got.target, got.met, got.achieved) == (None, None, None)

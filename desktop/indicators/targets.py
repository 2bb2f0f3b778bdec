"""Achieved against target, and the pace needed for the rest of the period (no Qt, no store).

A row's target is the project's own (``Project.targets[row id]``, 项目指标) or, for a rate the seed fixes
(个案建档率 100%, 转介成功率 90%), the seed's minimum. For a count, the pace compares what is done with the
share of the period gone: 30 of 120 sessions a quarter of the way through a contract is on pace; the rest
is spread evenly over the days left. A rate has no pace: it is met or not (lower-is-better rows, such as
重新犯罪率, are met at or under their target)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.indicators.compute import Figure


@dataclass(frozen=True)
class Progress:
    figure: Figure
    target: float | None
    achieved: float | None  # value ÷ target in % (counts); None without a target or a value
    met: bool | None
    expected_by_now: float | None  # counts: the target × the share of the period gone
    needed_per_month: float | None  # counts: what is left, over the months left (30-day months)
    on_pace: bool | None


def target_for(figure: Figure, project_targets: dict[str, float] | None) -> float | None:
    found = (project_targets or {}).get(figure.indicator.id)
    if found is not None:
        return float(found)
    return figure.indicator.target.minimum


def progress(
    figure: Figure, target: float | None, period_start: dt.date, period_end: dt.date, today: dt.date
) -> Progress:
    value = figure.value
    if target is None or value is None:
        return Progress(figure, target, None, None, None, None, None)
    lower = figure.indicator.target.better == "lower"
    met = value <= target if lower else value >= target
    if figure.indicator.is_rate:
        return Progress(figure, target, None, met, None, None, None)
    days = (period_end - period_start).days + 1
    gone = min(max((today - period_start).days + 1, 0), days)
    expected = target * gone / days
    left_days = days - gone
    left = max(target - value, 0.0)
    per_month = None if left_days <= 0 else round(left / (left_days / 30), 1)
    achieved = round(100 * value / target, 1) if target else None
    return Progress(figure, target, achieved, met, round(expected, 1), per_month, value >= expected)

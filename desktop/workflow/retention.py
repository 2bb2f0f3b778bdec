"""Retention periods (保存期限) as plain rules: which period a case, group, activity, service record,
audit entry or backup falls under, the date its period runs from, and whether it has passed that period
on a given day. No database and no Qt: the Desk gathers the facts, these functions decide.

A period of N years runs from its start date and includes the Nth anniversary: a case archived on
2016-03-10 and kept 10 years is still inside its period on 2026-03-10 and due from 2026-03-11. A 29
February start ends on 28 February of a year that has none. What starts each period (docs/rules.md,
"Retention and destruction"):

- a closed case: the day it was archived, or closed when it never was archived;
- an intake that opened no case, a void case, and an intake never decided: the last change to the case
  or any of its forms (an intake still waiting is counted from when anyone last touched it);
- a finished group or activity: the day it was archived, or its report approved (closed); a void one,
  its last change;
- another service record (visit, elder's file, supervision, complaint …): the later of its service date
  and its last change, so a file still kept up to date never falls due;
- an audit log entry: its time; a backup: the time it was made (in days, not years)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.workflow.group_rules import GROUP_KINDS

# What each period is called; the setting holding its length.
PERIODS: dict[str, tuple[str, str, str]] = {
    "case": ("retention.case_years", "结案个案", "closed cases"),
    "group": ("retention.group_years", "小组", "groups"),
    "activity": ("retention.activity_years", "活动", "activities"),
    "record": ("retention.record_years", "其他服务记录", "other service records"),
    "intake": ("retention.intake_years", "未开案或作废的个案", "intakes that opened no case, void cases"),
    "audit": ("retention.audit_years", "操作日志", "audit log entries"),
    "backup": ("retention.backup_days", "备份", "backups"),
}
IN_DAYS = frozenset({"backup"})

CLOSED_CASE = frozenset({"closed", "archived"})
UNSERVED_CASE = frozenset({"not_opened", "void", "intake"})  # counted from the last change
FINISHED_GROUP = frozenset({"closed", "archived"})


@dataclass(frozen=True)
class Held:
    """Something the workspace holds, as retention sees it."""

    period: str  # a key of PERIODS
    key: str  # what it is: an id, or a backup's file name, or an audit chain's workspace id
    label: str  # what a person reads: the archive number, a form's title, a file name
    starts: dt.date  # the day its period runs from


@dataclass(frozen=True)
class Due:
    item: Held
    kept_until: dt.date  # the last day inside its period


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def kept_until(starts: dt.date, period: str, length: int) -> dt.date:
    if period in IN_DAYS:
        return starts + dt.timedelta(days=length)
    return add_years(starts, length)


def is_due(starts: dt.date, period: str, length: int, as_of: dt.date) -> bool:
    return as_of > kept_until(starts, period, length)


def due(items: Iterable[Held], lengths: Mapping[str, int], as_of: dt.date) -> list[Due]:
    """What has passed its period on ``as_of``, oldest first. ``lengths``: each period's length (years,
    or days for backups), as the agency's settings say."""
    found = [
        Due(item, kept_until(item.starts, item.period, lengths[item.period]))
        for item in items
        if is_due(item.starts, item.period, lengths[item.period], as_of)
    ]
    return sorted(found, key=lambda d: (d.kept_until, d.item.period, d.item.label))


# -- which period, from which day -------------------------------------------------------------------
def case_period(
    status: str, closed_on: dt.date | None, archived_on: dt.date | None, last_change: dt.date
) -> tuple[str, dt.date] | None:
    """A case's period and start, or None while it is being served (open, closing)."""
    if status in CLOSED_CASE:
        start = archived_on or closed_on
        return ("case", start) if start else ("case", last_change)
    if status in UNSERVED_CASE:
        return "intake", last_change
    return None


def group_period(
    kind: str, status: str, closed_on: dt.date | None, archived_on: dt.date | None, last_change: dt.date
) -> tuple[str, dt.date] | None:
    """A group's (or activity's) period and start, or None while it runs."""
    period = "group" if kind in GROUP_KINDS else "activity"
    if status in FINISHED_GROUP:
        return period, archived_on or closed_on or last_change
    if status == "void":
        return period, last_change
    return None


def record_start(service_date: dt.date | None, last_change: dt.date) -> dt.date:
    """A service record on its own counts from its service date or its last change, whichever is later."""
    return max(service_date, last_change) if service_date else last_change

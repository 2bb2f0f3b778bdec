"""The quality checks' limits as plain functions (docs/rules.md "Quality checks"; docs/indicators.md): what
makes a finished group, a lecture or an activity fall short of its domain's standard (thresholds.py), and
when waiting work is overdue. The Desk gathers the records (workspace/quality_ops.py); the words for each
check live here so the page, the command line and the PDF report name a shortfall the same way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, TypeGuard

from desktop.workflow.group_rules import is_group

CHECKS: dict[str, tuple[str, str]] = {
    "short_case": ("辅导/治疗个案不足5节", "Counselling or treatment case closed under 5 sessions"),
    "unfiled": ("个案未建档", "Case opened and not filed"),
    "transfer_failed": ("转介未成功", "Transfer that did not succeed"),
    "routine_share": ("常规服务时间不足75%", "Routine work under 75% of the time"),
    "group_small": ("小组人数不足", "Group under its domain's size"),
    "group_sessions": ("小组节数不足", "Group with too few sessions"),
    "group_attendance": ("小组出勤率不足", "Group attendance under the standard"),
    "lecture_small": ("讲座人数不足", "Lecture with too few people"),
    "lecture_short": ("讲座时间不足", "Lecture too short"),
    "activity_small": ("活动服务人数不足", "Activity with fewer people than its kind requires"),
    "approval_overdue": ("审批逾期", "Approval overdue"),
    "report_overdue": ("小组/活动报告逾期", "Group or activity report overdue"),
    "archive_overdue": ("归档逾期", "Archiving overdue"),
}
# Which standard an activity kind's head count is held to (the group plan's 活动类型).
ACTIVITY_MINIMUM = {"large_activity": "large_activity_min", "small_activity": "small_activity_min"}


def label(check: str, lang: str = "zh") -> str:
    zh, en = CHECKS[check]
    return en if lang == "en" else zh


def number(value: Any) -> Decimal | None:
    """A form's number as stored (int, float or text), or None when blank or not a number."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _short(value: Decimal | int | None, minimum: int | None) -> TypeGuard[Decimal | int]:
    """Below the minimum (so a value there is)."""
    return minimum is not None and value is not None and value < minimum


def _fmt(value: Decimal | int) -> str:
    return format(value.normalize(), "f") if isinstance(value, Decimal) else str(value)


def group_shortfalls(
    kind: str, standards: Mapping[str, int | None], members: int, sessions: int, attendance: Decimal | None
) -> list[tuple[str, str]]:
    """A finished group's shortfalls against its domain: registered members, sessions held (approved
    session records), the attendance record's overall rate. Each as (check, "held/needed")."""
    if not is_group(kind):
        return []
    found = []
    if _short(members, standards.get("group_min_members")):
        found.append(("group_small", f"{members}/{standards['group_min_members']}"))
    if _short(sessions, standards.get("group_min_sessions")):
        found.append(("group_sessions", f"{sessions}/{standards['group_min_sessions']}"))
    if _short(attendance, standards.get("attendance_min_rate")):
        found.append(("group_attendance", f"{_fmt(attendance)}%/{standards['attendance_min_rate']}%"))
    return found


def occasion_shortfalls(
    kind: str, standards: Mapping[str, int | None], present: Decimal | None, minutes: Decimal | None
) -> list[tuple[str, str]]:
    """One lecture or activity occasion (a session record) against its domain: a lecture's people and
    length, a large or small community activity's people."""
    found = []
    if kind == "lecture":
        if _short(present, standards.get("lecture_min_people")):
            found.append(("lecture_small", f"{_fmt(present)}/{standards['lecture_min_people']}"))
        if _short(minutes, standards.get("lecture_min_minutes")):
            found.append(("lecture_short", f"{_fmt(minutes)}/{standards['lecture_min_minutes']}"))
    elif kind in ACTIVITY_MINIMUM:
        key = ACTIVITY_MINIMUM[kind]
        if _short(present, standards.get(key)):
            found.append(("activity_small", f"{_fmt(present)}/{standards[key]}"))
    return found


def overdue(due: dt.date | None, today: dt.date) -> bool:
    """Late from the day after the due date: work handed in on the day itself is on time."""
    return due is not None and due < today


def review_due(submitted_on: dt.date, days: int) -> dt.date:
    """The day a decision on a submitted form is owed (setting review.due_days; the seeds set none)."""
    return submitted_on + dt.timedelta(days=days)

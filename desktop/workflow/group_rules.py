"""The rules of group and activity work (003 第三、四章) as plain functions: which forms wait for the
supervisor's approval of the plan, what the archive requires, and the deadlines (calendar days)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from desktop.errors import CaseDeskError

GROUP_KINDS = frozenset({"therapeutic", "support", "mutual_aid", "developmental", "educational"})
AFTER_APPROVAL = frozenset({"session_record", "attendance", "feedback", "financial_report", "group_report"})
GROUP_SET = (
    "group_plan",
    "registration",
    "attendance",
    "session_record",
    "feedback",
    "financial_report",
    "group_report",
)
ACTIVITY_SET = ("group_plan", "session_record", "feedback", "financial_report", "group_report")
PLAN_LEAD_DAYS = 14  # 提前二周
REPORT_DAYS = 3  # 结束后三天内
ARCHIVE_DAYS = 7  # 一周内


def is_group(kind: str) -> bool:
    return kind in GROUP_KINDS


def check_new_form(form_id: str, status: str, plan_approved: bool) -> None:
    """No session, attendance, feedback or report before the supervisor approves the plan (G001)."""
    if status in ("void", "archived"):
        raise CaseDeskError("G004", status=status)
    if form_id in AFTER_APPROVAL and not plan_approved:
        raise CaseDeskError("G001")


def missing_for_archive(kind: str, completed: Collection[str]) -> list[str]:
    required = GROUP_SET if is_group(kind) else ACTIVITY_SET
    return [form_id for form_id in required if form_id not in completed]


def plan_due(first_session: dt.date, lead_days: int = PLAN_LEAD_DAYS) -> dt.date:
    return first_session - dt.timedelta(days=lead_days)


def report_due(last_session: dt.date, days: int = REPORT_DAYS) -> dt.date:
    return last_session + dt.timedelta(days=days)


def archive_due(
    kind: str, last_approval: dt.date | None, last_activity: dt.date | None, days: int = ARCHIVE_DAYS
) -> dt.date | None:
    """Groups: a week after the last approval; community activities: a week after the last activity
    (003 第四章第五条), whatever the approvals."""
    start = last_approval if is_group(kind) else last_activity
    return start + dt.timedelta(days=days) if start else None

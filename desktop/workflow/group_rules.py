"""The rules of group and activity work (003 第三、四章) as plain functions: which forms wait for the
supervisor's approval of the plan, what the archive requires, and the deadlines (calendar days)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from desktop.errors import CaseDeskError

PLAN_FORM = "group_plan"  # every group and activity starts with its plan, due two weeks ahead
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


def deadline(
    status: str,
    kind: str,
    dates: dict[str, dt.date | None],
    days: dict[str, int] | None = None,
) -> tuple[str, dt.date] | None:
    """What a group or activity owes next and by when: its plan (while planning), its report (once the
    last planned session is held) or its archiving (once closed). ``dates`` holds planned_start,
    planned_end, last_session and last_approval; ``days`` the agency's plan, report and archive days."""
    days = days or {}
    due: tuple[str, dt.date | None] | None = None
    last_session = dates.get("last_session")
    if status == "planning" and dates.get("planned_start"):
        due = ("group_plan", plan_due(dates["planned_start"], days.get("plan", PLAN_LEAD_DAYS)))  # type: ignore[arg-type]
    elif status == "closed":
        last_activity = last_session or dates.get("planned_end")
        due = ("group_archive", archive_due(kind, dates.get("last_approval"), last_activity,
                                            days.get("archive", ARCHIVE_DAYS)))  # fmt: skip
    elif (
        last_session
        and status in ("plan_submitted", "approved", "running", "reporting")  # sessions held: work under way
        and (dates.get("planned_end") is None or last_session >= dates["planned_end"])  # type: ignore[operator]
    ):
        due = ("group_report", report_due(last_session, days.get("report", REPORT_DAYS)))
    return (due[0], due[1]) if due and due[1] else None

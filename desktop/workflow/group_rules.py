"""The rules of group and activity work (003 第三、四章) as plain functions: which forms wait for the
supervisor's approval of the plan, what the archive requires, and the deadlines (calendar days)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from desktop.errors import CaseDeskError
from desktop.workflow import case_rules

# Every group and activity starts with the form of role ``group_plan``, due two weeks ahead; which forms
# wait for its approval (``needs: plan_approved``) and which the archive needs (``archive: group``,
# ``activity``) are declared in the form definitions (docs/forms.md).
GROUP_KINDS = frozenset({"therapeutic", "support", "mutual_aid", "developmental", "educational"})
PLAN_LEAD_DAYS = 14  # 提前二周
REPORT_DAYS = 3  # 结束后三天内
ARCHIVE_DAYS = 7  # 一周内


def is_group(kind: str) -> bool:
    return kind in GROUP_KINDS


def check_new_form(needs: Collection[str], status: str, plan_approved: bool) -> None:
    """No session, attendance, feedback or report (``needs: plan_approved``) before the supervisor approves
    the plan (G001)."""
    if status in ("void", "archived"):
        raise CaseDeskError("G004", status=status)
    if "plan_approved" in needs and not plan_approved:
        raise CaseDeskError("G001")


def archive_set(kind: str) -> str:
    """A group's archive is the group set; a community activity's (no registration or attendance) the
    activity set."""
    return "group" if is_group(kind) else "activity"


missing_for_archive = case_rules.missing_for_archive  # the same slots, filled by any form of their role


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
    planned_start, planned_end = dates.get("planned_start"), dates.get("planned_end")
    if status == "planning" and planned_start:
        due = ("group_plan", plan_due(planned_start, days.get("plan", PLAN_LEAD_DAYS)))
    elif status == "closed":
        last_activity = last_session or planned_end
        due = ("group_archive", archive_due(kind, dates.get("last_approval"), last_activity,
                                            days.get("archive", ARCHIVE_DAYS)))  # fmt: skip
    elif (
        last_session
        and status in ("plan_submitted", "approved", "running", "reporting")  # sessions held: work under way
        and (planned_end is None or last_session >= planned_end)
    ):
        due = ("group_report", report_due(last_session, days.get("report", REPORT_DAYS)))
    return (due[0], due[1]) if due and due[1] else None

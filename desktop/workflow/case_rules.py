"""The rules of case work (003 第三章; 000 第四节) as plain functions over plain values: which forms a
case may take in each state, how many sessions a case needs, what the archive requires, and how
the risk flag is read. docs/rules.md lists each rule with its test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from desktop.errors import CaseDeskError

# 003 第三章第十条: a closed case is archived only with all of these (and the transfer form if it was
# transferred). An interview or consultation needs basic information and the closing information.
ARCHIVE_SET = ("consent", "case_basic", "intake", "plan", "record", "closing", "closing_eval", "attachments")
CONSULTATION_SET = ("case_basic", "closing_info")
MIN_SESSIONS = {"counselling": 5, "treatment": 5}  # 000 第四节: 辅导/治疗个案不少于5节

# Forms a case may take only once its intake is approved (the case is open).
AFTER_OPENING = frozenset({"assessment", "plan", "record", "transfer", "closing_eval", "closing"})
RISK_ORDER = ("none", "low", "medium", "high", "imminent")


@dataclass(frozen=True)
class CaseFacts:
    """What the rules need to know about a case."""

    status: str
    case_type: str
    hotline: bool
    transferred: bool


def check_new_form(form_id: str, case: CaseFacts) -> None:
    """Refuse a form the case cannot take yet (K001), or ever (K002), with the reason."""
    if case.status in ("void", "archived"):
        raise CaseDeskError("K003", status=case.status)
    consultation = case.case_type == "consultation"
    if form_id == "closing_info" and not consultation:
        raise CaseDeskError("K002", form="结案信息表 / closing information", kind="咨询/访谈 / consultation")
    if form_id in AFTER_OPENING and case.status not in ("open", "closing", "closed"):
        raise CaseDeskError("K001")


def required_forms(case: CaseFacts) -> tuple[str, ...]:
    if case.case_type == "consultation":
        return CONSULTATION_SET
    return ARCHIVE_SET + (("transfer",) if case.transferred else ())


def missing_for_archive(case: CaseFacts, completed: Collection[str]) -> list[str]:
    """Forms the archive still lacks (each required form needs at least one approved/completed
    record); empty when the case may be archived."""
    return [form_id for form_id in required_forms(case) if form_id not in completed]


def sessions_short(case_type: str, sessions: int) -> int:
    """How many sessions a counselling or treatment case still lacks (0 when enough)."""
    return max(MIN_SESSIONS.get(case_type, 0) - sessions, 0)


def risk_flag(level: str | None) -> str:
    return level if level in RISK_ORDER else "none"


def is_flagged(level: str | None) -> bool:
    """Medium and above show on the case everywhere and reach the supervisor first."""
    return RISK_ORDER.index(risk_flag(level)) >= RISK_ORDER.index("medium")


def quarter_end(day: dt.date) -> dt.date:
    """Paper originals of cases closed in a quarter go to the agency by the quarter's end (003 第三章第四条)."""
    month = ((day.month - 1) // 3 + 1) * 3
    next_month = dt.date(day.year + (month == 12), month % 12 + 1, 1)
    return next_month - dt.timedelta(days=1)

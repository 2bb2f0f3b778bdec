"""The rules of case work (003 第三章; 000 第四节) as plain functions over plain values: which forms a
case may take in each state, how many sessions a case needs, what the archive requires, and how
the risk flag is read. docs/rules.md lists each rule with its test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from desktop.errors import CaseDeskError

# Which forms a case's archive needs and which a case may take before it opens are declared in the form
# definitions (``archive:``, ``needs:``; docs/forms.md): the functions here take what they declare.
MIN_SESSIONS = {"counselling": 5, "treatment": 5}  # 000 第四节: 辅导/治疗个案不少于5节
RISK_ORDER = ("none", "low", "medium", "high", "imminent")


@dataclass(frozen=True)
class CaseFacts:
    """What the rules need to know about a case."""

    status: str
    case_type: str
    hotline: bool
    transferred: bool


def check_new_form(needs: Collection[str], case: CaseFacts, title: str = "") -> None:
    """Refuse a form the case cannot take yet (K001), or ever (K002), with the reason; ``needs`` is what the
    form declares (``case_open``: only once the intake is approved; ``consultation_case``)."""
    if case.status in ("void", "archived"):
        raise CaseDeskError("K003", status=case.status)
    consultation = case.case_type == "consultation"
    if "consultation_case" in needs and not consultation:
        raise CaseDeskError("K002", form=title, kind="咨询/访谈 / consultation")
    if "case_open" in needs and case.status not in ("open", "closing", "closed"):
        raise CaseDeskError("K001")


def archive_sets(case: CaseFacts) -> tuple[str, ...]:
    """003 第三章第十条: a closed case is archived with the case set (and the transfer form if it was
    transferred); an interview or consultation with basic information and the closing information."""
    if case.case_type == "consultation":
        return ("consultation",)
    return ("case", "transferred_case") if case.transferred else ("case",)


def missing_for_archive(slots: Sequence[Sequence[str]], completed: Collection[str]) -> list[str]:
    """The slots (forms of one role, ``Registry.archive_slots``) that hold no approved or completed record,
    each named by its first form; empty when the case or group may be archived."""
    return [slot[0] for slot in slots if slot and not any(form_id in completed for form_id in slot)]


def sessions_needed(case_type: str) -> int:
    """How many session records a case of this type needs (0: no minimum)."""
    return MIN_SESSIONS.get(case_type, 0)


def sessions_short(case_type: str, sessions: int) -> int:
    """How many sessions a counselling or treatment case still lacks (0 when enough)."""
    return max(sessions_needed(case_type) - sessions, 0)


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

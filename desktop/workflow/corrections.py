"""Correcting what a worker got wrong (docs/rules.md, "Corrections"): every correction gives its reason;
a case's or group's domain and type are the worker's to correct until the file has its archive number,
the supervisor's after it (the number itself never changes)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from desktop.errors import AccessDenied, CaseDeskError
from desktop.workflow.group_rules import is_group
from desktop.workflow.record_states import RecordStatus

CASE_TYPES = ("counselling", "treatment", "transfer", "consultation")
# The owner voids what is still hers to change; a submitted or approved record is the supervisor's to void.
OWNER_VOIDS = frozenset({RecordStatus.DRAFT, RecordStatus.RETURNED})


def check_reason(reason: str | None) -> str:
    """The reason, trimmed; refused (C001) when there is none."""
    text = (reason or "").strip()
    if not text:
        raise CaseDeskError("C001", what="reason / 更正原因")
    return text


def check_known(value: str, known: Collection[str], what: str, what_en: str) -> None:
    if value not in known:
        raise CaseDeskError("K009", value=value, what=what, what_en=what_en)


def check_file_correction(
    kind: str, changes: Mapping[str, Any], *, numbered: bool, may_review: bool, old_kind: str | None = None
) -> None:
    """``kind`` case or group; ``changes`` the fields asked to change. After the number, only a reviewer."""
    if not changes:
        raise CaseDeskError("C001", what="domain / type / kind")
    if (
        kind == "group"
        and "kind" in changes
        and old_kind is not None
        and is_group(old_kind) != is_group(changes["kind"])
    ):
        raise CaseDeskError("K011")
    if numbered and not may_review:
        what, what_en = ("个案", "case") if kind == "case" else ("小组/活动", "group or activity")
        raise AccessDenied("K008", what=what, what_en=what_en)


def may_void(status: str, *, own: bool, may_void_others: bool) -> bool:
    """The owner voids her draft (or a returned record); a supervisor any record."""
    return may_void_others or (own and status in OWNER_VOIDS)

"""How a form record moves: draft → submitted → (returned | approved, one approval per chain step)
→ void; and what a revision's content hash is. Pure functions over plain values."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from desktop.errors import CaseDeskError, WorkflowError


class RecordStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"
    VOID = "void"


STATUS_LABELS = {
    RecordStatus.DRAFT: ("草稿", "draft"),
    RecordStatus.SUBMITTED: ("待审批", "submitted"),
    RecordStatus.RETURNED: ("已退回", "returned"),
    RecordStatus.APPROVED: ("已审批", "approved"),
    RecordStatus.VOID: ("已作废", "void"),
}


def status_label(status: str, lang: str = "zh") -> str:
    zh, en = STATUS_LABELS.get(RecordStatus(status), (status, status))
    return en if lang == "en" else zh


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    return value


def canonical_json(
    form_id: str, form_version: int, content: dict[str, Any], carried: frozenset[str] = frozenset()
) -> str:
    """The exact text a revision's hash covers: form, version and the content, keys sorted, NFC.

    Values carried from the case or group (``carried``: the client's name, the case number) are left
    out: they are facts kept elsewhere, not the worker's content, and the case taking its archive
    number after an approval must not undo that approval."""
    own = {k: v for k, v in content.items() if k not in carried}
    return json.dumps(
        {"form": form_id, "version": form_version, "content": _nfc(own)},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )


def content_hash(
    form_id: str, form_version: int, content: dict[str, Any], carried: frozenset[str] = frozenset()
) -> str:
    return hashlib.sha256(canonical_json(form_id, form_version, content, carried).encode("utf-8")).hexdigest()


def paper_hash(form_id: str, form_version: int, content: dict[str, Any]) -> str:
    """The hash a printed copy's QR code carries: every value the revision holds, carried and computed values
    included (the client's age, the session number as they were saved), so that a paper differing from its
    revision in any printed value fails verification. ``content_hash`` leaves carried values out because an
    approval binds to the worker's content; paper binds to everything printed."""
    return content_hash(form_id, form_version, content)


def _refuse(status: str, zh: str, en: str) -> WorkflowError:
    return WorkflowError("R002", status=f"{status_label(status)} / {status_label(status, 'en')}", action=f"{zh} / {en}")


def after_save(status: str, submitted_before: bool) -> tuple[str, bool]:
    """(new status, whether the save is a new revision). An edit after submission is a revision,
    and an edit of a submitted or approved record takes it back to draft: it needs approval again."""
    if status == RecordStatus.VOID:
        raise _refuse(status, "修改", "edited")
    if status in (RecordStatus.SUBMITTED, RecordStatus.APPROVED):
        return RecordStatus.DRAFT, True
    return status, submitted_before


def check_submit(status: str, error_count: int) -> None:
    if status not in (RecordStatus.DRAFT, RecordStatus.RETURNED):
        raise _refuse(status, "提交", "submitted")
    if error_count:
        raise WorkflowError("R003", count=error_count)


def after_submit(chain: Sequence[str], approvals_of_current: int) -> str:
    """A form without an approval chain is complete once submitted; a chain whose steps were all
    approved for this very content (a resubmission unchanged) stays approved."""
    if not chain or approvals_of_current >= len(chain):
        return RecordStatus.APPROVED
    return RecordStatus.SUBMITTED


def pending_step(chain: Sequence[str], approvals_of_current: int) -> int | None:
    """Index of the chain step waiting for a decision, or None when nothing waits."""
    return approvals_of_current if approvals_of_current < len(chain) else None


def check_decide(status: str, chain: Sequence[str], outcome: str, opinion: str | None) -> None:
    if not chain:
        raise WorkflowError("R009")
    if status != RecordStatus.SUBMITTED:
        raise _refuse(status, "审批", "decided")
    if outcome not in ("approve", "return"):
        raise CaseDeskError("C001", what="outcome approve|return")
    if outcome == "return" and not (opinion or "").strip():
        raise WorkflowError("R006")


def after_decision(chain: Sequence[str], approvals_of_current: int, outcome: str) -> str:
    if outcome == "return":
        return RecordStatus.RETURNED
    return RecordStatus.APPROVED if approvals_of_current >= len(chain) else RecordStatus.SUBMITTED


def check_void(status: str, reason: str | None) -> None:
    if status == RecordStatus.VOID:
        raise _refuse(status, "作废", "voided")
    if not (reason or "").strip():
        raise CaseDeskError("C001", what="reason / 作废原因")

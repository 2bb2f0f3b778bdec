"""What a record window shows, read in one go on the worker thread: the record, the values CaseDesk fills
in, and beside it the decisions, comments, revisions, signatures and attachments (never on the UI thread)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.errors import CaseDeskError
from desktop.workspace import Desk
from desktop.workspace.record_ops import RecordView


@dataclass(frozen=True)
class RecordSide:
    accounts: list[Any]  # names of authors and reviewers; who may approve on paper
    decisions: list[Any]
    comments: list[Any]
    revisions: list[Any]
    signatures: list[Any]
    attachments: list[Any]

    @property
    def names(self) -> dict[Any, str]:
        return {a.id: a.display_name for a in self.accounts}


@dataclass(frozen=True)
class RecordScreen:
    record: RecordView
    context: dict[str, Any]
    side: RecordSide
    draft: Any = None  # unsaved typing kept from last time (only when the window opens)
    autosave_seconds: int = 0
    station_has_supervisor: bool = True  # the owner's station: else the business lead decides supervisor steps
    file_archived: bool = False  # its case or group is archived: none of its records is voided any more


def read_side(desk: Desk, record_id: uuid.UUID) -> RecordSide:
    return RecordSide(
        accounts=list(desk.accounts()),
        decisions=list(desk.decisions(record_id)),
        comments=list(desk.comments(record_id)),
        revisions=list(desk.revisions(record_id)),
        signatures=list(desk.signatures(record_id)),
        attachments=list(desk.attachments(record_id=record_id)),
    )


def read_screen(desk: Desk, record_id: uuid.UUID, opening: bool = False) -> RecordScreen:
    """Everything the window shows; ``opening`` adds the kept draft and the autosave interval."""
    record = desk.record(record_id)
    side = read_side(desk, record_id)
    owner = next((a for a in side.accounts if a.id == record.owner_id), None)
    return RecordScreen(
        record=record,
        context=desk.record_context(record_id),
        side=side,
        draft=desk.draft(record_id) if opening else None,
        autosave_seconds=int(desk.setting("editor.autosave_seconds")) if opening else 0,
        station_has_supervisor=desk.station_has_supervisor(owner.station_id if owner else None),
        file_archived=file_archived(desk, record),
    )


def file_archived(desk: Desk, record: RecordView) -> bool:
    """Whether the record's case or group is archived (a file outside one's view: not known, so not said)."""
    try:
        if record.case_id is not None:
            return desk.case(record.case_id).status == "archived"
        if record.group_id is not None:
            return desk.group(record.group_id).status == "archived"
    except CaseDeskError:
        pass  # the domain refuses a void in an archived file itself (K010)
    return False


def then_read(desk: Desk, record_id: uuid.UUID, write: Callable[[], Any]) -> RecordScreen:
    """A change, then the window's reading after it, in one worker call."""
    write()
    return read_screen(desk, record_id)

"""What the services here call on the record, case, group, context, people and numbering services: only the
methods called, so a service names exactly what it relies on and any class holding those methods will do
(README, "Architecture")."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.orm import Session

from desktop.models import FormRecord, NumberLease, ServiceGroup

if TYPE_CHECKING:
    from desktop.workspace.record_ops import RecordView


class RecordWork(Protocol):
    """Reading records in view and deciding one (``desk.record_work``)."""

    def record(self, record_id: uuid.UUID) -> RecordView: ...

    def records(
        self,
        form_id: str | None = None,
        case_id: uuid.UUID | None = None,
        group_id: uuid.UUID | None = None,
        status: str | None = None,
    ) -> list[RecordView]: ...

    def decide(self, record_id: uuid.UUID, outcome: str, opinion: str | None = None) -> RecordView: ...


class CaseWork(Protocol):
    """What a case's archive still lacks (``desk.case_work``)."""

    def archive_missing(self, case_id: uuid.UUID) -> list[str]: ...


class GroupWork(Protocol):
    """A group's next deadline and what its archive still lacks (``desk.group_work``)."""

    def group_deadline(self, group: ServiceGroup) -> tuple[str, dt.date] | None: ...

    def group_archive_missing(self, group_id: uuid.UUID) -> list[str]: ...


class FormContext(Protocol):
    """The values a form carries from its case, client and agency (``desk.context``)."""

    def context(self, s: Session, row: FormRecord) -> dict[str, Any]: ...

    def transfer_due(self, transfer_date: Any) -> dict[str, Any]: ...


class People(Protocol):
    """A client, household, case or group in view, and a person's details checked (``desk.people``)."""

    def get(self, s: Session, kind: str, item_id: uuid.UUID) -> Any: ...

    def check_person(self, fields: dict[str, Any]) -> None: ...


class Numbering(Protocol):
    """Archive number blocks and numbers given (``desk.numbering``)."""

    def ensure_own_block(self) -> None: ...

    def grant(self, s: Session, device_id: str, size: int) -> NumberLease: ...

    def assign_pending(self) -> list[str]: ...

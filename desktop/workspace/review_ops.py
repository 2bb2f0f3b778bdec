"""The review inbox: forms waiting for the signed-in reviewer, by worker and station, each with what
changed since the revision before it; decisions one by one or in bulk (each checked by ``decide``)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import CaseDeskError
from desktop.models import Account, Case, Client, FormRecord, FormRevision, ServiceGroup, Station
from desktop.workflow.record_states import RecordStatus
from desktop.workflow.revision_diff import FieldChange, diff
from desktop.workspace.access_ops import AccessService
from desktop.workspace.core import Core
from desktop.workspace.peers import RecordWork
from desktop.workspace.task_ops import TaskService


@dataclass(frozen=True)
class InboxItem:
    record_id: uuid.UUID
    form_id: str
    form_title: str
    worker: str
    station: str
    file_code: str  # the case's or group's archive number, or its name while it has none
    client: str  # whose case it is (the reviewer sees the name, as in the case lists)
    revision_no: int
    submitted_at: dt.datetime | None
    pending_role: str
    changes: int  # fields changed since the previous revision (all filled ones on a first submission)

    def as_json(self) -> dict[str, Any]:
        return {k: (str(v) if isinstance(v, uuid.UUID | dt.datetime) else v) for k, v in self.__dict__.items()}


@dataclass(frozen=True)
class Outcome:
    record_id: uuid.UUID
    ok: bool
    message: str


class ReviewService:
    """The review inbox and decisions in bulk. Needs: the core, access (the record in view), the task list (who
    may decide what) and the records (their views, and ``decide``)."""

    def __init__(self, core: Core, access: AccessService, task_list: TaskService, record_work: RecordWork) -> None:
        self.core, self.access, self.task_list, self.record_work = core, access, task_list, record_work

    def review_inbox(self, lang: str = "zh") -> list[InboxItem]:
        items = []
        with self.core.session() as s:
            waiting = [t.record_id for t in self.task_list.tasks() if t.kind == "review" and t.record_id]
            for record_id in waiting:
                row = s.get(FormRecord, record_id)
                if row is None or row.status != RecordStatus.SUBMITTED:
                    continue
                owner = s.get(Account, row.owner_id) if row.owner_id else None
                station = s.get(Station, owner.station_id) if owner and owner.station_id else None
                before, after = self._revision_pair(s, row)
                form = self.core.registry.get(row.form_id)
                view = self.record_work.record(row.id)
                items.append(
                    InboxItem(
                        record_id=row.id,
                        form_id=row.form_id,
                        form_title=form.title.get(lang),
                        worker=owner.display_name if owner else "",
                        station=station.name if station else "",
                        file_code=self._file_code(s, row),
                        client=self._client_name(s, row),
                        revision_no=row.revision_no,
                        submitted_at=row.submitted_at,
                        pending_role=view.pending_role or "",
                        changes=len(diff(form, before, after)),
                    )
                )
        return sorted(items, key=lambda i: (i.station, i.worker, i.submitted_at or dt.datetime.min))

    @staticmethod
    def _revision_pair(s: Session, row: FormRecord) -> tuple[dict[str, Any] | None, dict[str, Any]]:
        revisions = list(
            s.scalars(
                select(FormRevision)
                .where(FormRevision.record_id == row.id, FormRevision.number <= row.revision_no)
                .order_by(FormRevision.number.desc())
                .limit(2)
            )
        )
        after = revisions[0].content if revisions else row.content
        before = revisions[1].content if len(revisions) > 1 else None
        return before, after

    @staticmethod
    def _file_code(s: Session, row: FormRecord) -> str:
        if row.case_id:
            case = s.get(Case, row.case_id)
            return (case.archive_code or case.title or "") if case else ""
        if row.group_id:
            group = s.get(ServiceGroup, row.group_id)
            return (group.archive_code or group.name) if group else ""
        return row.archive_code or ""

    @staticmethod
    def _client_name(s: Session, row: FormRecord) -> str:
        client_id = row.client_id
        if client_id is None and row.case_id:
            case = s.get(Case, row.case_id)
            client_id = case.client_id if case else None
        client = s.get(Client, client_id) if client_id else None
        return client.name if client else ""

    def review_diff(self, record_id: uuid.UUID, lang: str = "zh") -> list[FieldChange]:
        """The current revision against the one before it, in the form's words."""
        with self.core.session() as s:
            row = self.access.record_row(s, record_id)
            before, after = self._revision_pair(s, row)
            return diff(self.core.registry.get(row.form_id), before, after, lang)

    def decide_many(
        self, record_ids: list[uuid.UUID], outcome: str, opinion: str | None = None, lang: str = "zh"
    ) -> list[Outcome]:
        """Bulk approval or return: each record decided on its own, so one refusal (a form that changed,
        one's own work) is reported beside it and the others still go through. Each decision is therefore a unit
        of work of its own, never one around them all: a refusal rolls back that decision only."""
        results = []
        for record_id in record_ids:
            try:
                self.record_work.decide(record_id, outcome, opinion)
                results.append(Outcome(record_id, True, ""))
            except CaseDeskError as exc:
                results.append(Outcome(record_id, False, exc.message(lang)))
        return results

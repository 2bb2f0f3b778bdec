"""The window's long lists, one page at a time: clients, cases, groups, form records and the cases the
archive waits for, each searched and ordered in SQL and cut to ``limit`` rows from ``offset``, with the
names a row shows looked up for that page only. A workspace ten years old holds 50,000 clients and half a
million forms: no list reads them all."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select

from desktop.models import Case, CaseStatus, Client, Decision, FormRecord, ServiceGroup
from desktop.workflow import record_states as states
from desktop.workflow.text_limits import check_search
from desktop.workspace.access_ops import AccessService
from desktop.workspace.core import Core
from desktop.workspace.views import CaseView, GroupView

PAGE = 200  # rows fetched at a time: a screenful many times over, and quick to read


@dataclass(frozen=True)
class CaseLine:
    case: CaseView
    client_name: str | None


@dataclass(frozen=True)
class RecordLine:
    """What the records list shows of a form: no content is read."""

    id: uuid.UUID
    form_id: str
    status: str
    pending_role: str | None
    service_date: Any
    created_at: Any
    about: str  # the client's or the group's name


@dataclass
class Names:
    """What audit entries and tasks call the things they name, for the ids asked only."""

    clients: dict[uuid.UUID, str]
    cases: dict[uuid.UUID, tuple[str | None, uuid.UUID]]  # archive code, client
    groups: dict[uuid.UUID, tuple[str | None, str]]  # archive code, name
    records: dict[
        uuid.UUID, tuple[str, uuid.UUID | None, uuid.UUID | None, uuid.UUID | None]
    ]  # form, case, group, client


def _literal(text: str) -> str:
    """``text`` for a LIKE pattern with ``ESCAPE '\\'``: a typed ``%`` or ``_`` (or backslash) stands for itself."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def containing(column: Any, text: str) -> ColumnElement[bool]:
    """``column`` holds ``text`` somewhere, taken literally."""
    return column.like(f"%{_literal(text)}%", escape="\\")


def starting(column: Any, text: str) -> ColumnElement[bool]:
    """``column`` starts with ``text``, taken literally."""
    return column.like(f"{_literal(text)}%", escape="\\")


def client_match(text: str) -> ColumnElement[bool]:
    """Name (any part), full pinyin or initials from the start (``zs`` finds 张三), phone or ID number; what
    is typed is matched literally (``%`` finds a percent sign, not everyone)."""
    key = text.lower().replace(" ", "")
    return or_(
        containing(Client.name, text),
        starting(Client.name_pinyin, key),
        starting(Client.name_initials, key),
        containing(Client.phone, text),
        containing(Client.id_number, text.upper()),
    )


def _chunks(ids: Iterable[uuid.UUID | None], size: int = 500) -> Iterable[list[uuid.UUID]]:
    items = list(dict.fromkeys(i for i in ids if i is not None))
    for start in range(0, len(items), size):
        yield items[start : start + size]


class ListingService:
    """The lists, a page at a time, searched and ordered in SQL within the account's view. Needs: the core,
    and access (the view)."""

    def __init__(self, core: Core, access: AccessService) -> None:
        self.core, self.access = core, access

    def case_page(
        self, search: str = "", offset: int = 0, limit: int = PAGE, to_archive: bool = False
    ) -> list[CaseLine]:
        """Newest first; ``search`` finds a case by its archive number or its client. ``to_archive``: the
        closed cases the archive waits for (their bag, or their paper originals)."""
        text = check_search(search)
        with self.core.session() as s:
            visible = self.access.visible(s)
            query = (
                select(Case, Client.name)
                .join(Client, Client.id == Case.client_id)
                .where(visible.case())
                .order_by(Case.created_at.desc(), Case.id)
            )
            if text:
                query = query.where(or_(containing(Case.archive_code, text.upper()), client_match(text)))
            if to_archive:
                query = query.where(
                    or_(
                        Case.status == CaseStatus.CLOSED,
                        and_(Case.status == CaseStatus.ARCHIVED, Case.originals_handed_on.is_(None)),
                    )
                )
            return [CaseLine(CaseView.of(case), name) for case, name in s.execute(query.offset(offset).limit(limit))]

    def group_page(self, search: str = "", offset: int = 0, limit: int = PAGE) -> list[GroupView]:
        """Newest first; ``search`` finds a group or activity by its archive number or its name."""
        text = check_search(search)
        with self.core.session() as s:
            query = select(ServiceGroup).where(self.access.visible(s).group())
            if text:
                query = query.where(
                    or_(containing(ServiceGroup.archive_code, text.upper()), containing(ServiceGroup.name, text))
                )
            query = query.order_by(ServiceGroup.created_at.desc(), ServiceGroup.id)
            return [GroupView.of(g) for g in s.scalars(query.offset(offset).limit(limit))]

    def record_page(self, offset: int = 0, limit: int = PAGE) -> list[RecordLine]:
        """Every form record the account may see, newest first, without their content."""
        with self.core.session() as s:
            query = (
                select(
                    FormRecord.id,
                    FormRecord.form_id,
                    FormRecord.status,
                    FormRecord.submission_count,
                    FormRecord.content_hash,
                    FormRecord.service_date,
                    FormRecord.created_at,
                    Client.name,
                    ServiceGroup.name,
                )
                .outerjoin(Client, Client.id == FormRecord.client_id)
                .outerjoin(ServiceGroup, ServiceGroup.id == FormRecord.group_id)
                .where(self.access.visible(s).record())
                .order_by(FormRecord.created_at.desc(), FormRecord.id)
                .offset(offset)
                .limit(limit)
            )
            out = []
            for rid, form_id, status, submission, content_hash, service_date, created, client, group in s.execute(
                query
            ):
                pending = None
                if status == states.RecordStatus.SUBMITTED and form_id in self.core.registry:
                    chain = self.core.registry.get(form_id).approval
                    approvals = s.scalar(
                        select(func.count(Decision.id)).where(
                            Decision.record_id == rid,
                            Decision.outcome == "approve",
                            Decision.submission == submission,
                            Decision.content_hash == content_hash,
                        )
                    )
                    step = states.pending_step(chain, approvals or 0)
                    pending = chain[step] if step is not None else None
                out.append(RecordLine(rid, form_id, status, pending, service_date, created, client or group or ""))
            return out

    def my_records_dated(self, start: dt.date, end: dt.date) -> list[uuid.UUID]:
        """The signed-in account's own forms dated from ``start`` to ``end`` (void ones left out), in the order
        they were made: a month's forms printed together."""
        with self.core.session() as s:
            query = select(FormRecord.id).where(
                FormRecord.owner_id == self.core.account.id,
                FormRecord.service_date.between(start, end),
                FormRecord.status != states.RecordStatus.VOID,
                self.access.visible(s).record(),
            )
            return list(s.scalars(query.order_by(FormRecord.created_at, FormRecord.id)))

    def names(
        self,
        clients: Iterable[uuid.UUID] = (),
        cases: Iterable[uuid.UUID] = (),
        groups: Iterable[uuid.UUID] = (),
        records: Iterable[uuid.UUID] = (),
    ) -> Names:
        """The names of the items asked, and of the files their records and cases belong to; an item
        outside the account's view is left out, as if unknown."""
        out = Names({}, {}, {}, {})
        # with the ids the records name, None where a record has no case, group or client (left out below)
        client_ids: set[uuid.UUID | None] = set(clients)
        case_ids: set[uuid.UUID | None] = set(cases)
        group_ids: set[uuid.UUID | None] = set(groups)
        with self.core.session() as s:
            visible = self.access.visible(s)
            for chunk in _chunks(records):
                query = select(
                    FormRecord.id, FormRecord.form_id, FormRecord.case_id, FormRecord.group_id, FormRecord.client_id
                ).where(FormRecord.id.in_(chunk), visible.record())
                for rid, form_id, case_id, group_id, client_id in s.execute(query):
                    out.records[rid] = (form_id, case_id, group_id, client_id)
                    case_ids.add(case_id)
                    group_ids.add(group_id)
                    client_ids.add(client_id)
            for chunk in _chunks(case_ids):
                for cid, code, client_id in s.execute(
                    select(Case.id, Case.archive_code, Case.client_id).where(Case.id.in_(chunk), visible.case())
                ):
                    out.cases[cid] = (code, client_id)
                    client_ids.add(client_id)
            for chunk in _chunks(group_ids):
                group_query = select(ServiceGroup.id, ServiceGroup.archive_code, ServiceGroup.name)
                for gid, code, name in s.execute(group_query.where(ServiceGroup.id.in_(chunk), visible.group())):
                    out.groups[gid] = (code, name)
            for chunk in _chunks(client_ids):
                for cid, name in s.execute(
                    select(Client.id, Client.name).where(Client.id.in_(chunk), visible.client())
                ):
                    out.clients[cid] = name
        return out

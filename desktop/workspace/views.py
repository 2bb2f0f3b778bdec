"""What the Desk hands out for cases, groups, clients, households, accounts, stations and projects: frozen,
typed copies of a row's columns, read inside the unit of work. The window and the command line depend on these,
not on the schema: a row never leaves its session, so nothing lazy-loads later on the window's thread, and a
new column reaches them only when it is added here (a test compares each view with its table)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any, ClassVar, Protocol, TypeVar


class _Dataclass(Protocol):
    __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]


V = TypeVar("V", bound=_Dataclass)


def view_of(cls: type[V], row: Any) -> V:
    """``cls`` filled from the same-named attributes of ``row`` (an ORM row or another view)."""
    return cls(**{f.name: getattr(row, f.name) for f in dataclasses.fields(cls)})


class Viewed:
    """``SomeView.of(row)``: the view of one row."""

    @classmethod
    def of(cls: type[V], row: Any) -> V:
        return view_of(cls, row)


@dataclasses.dataclass(frozen=True)
class CaseView(Viewed):
    id: uuid.UUID
    project_id: uuid.UUID
    client_id: uuid.UUID
    household_id: uuid.UUID | None
    case_type: str
    domain: str
    status: str
    archive_code: str | None
    number_pending: bool
    opened_on: dt.date | None
    closed_on: dt.date | None
    hotline: bool
    approval_owed: bool
    risk_level: str
    transferred: bool
    follow_up_on: dt.date | None
    archived_on: dt.date | None
    originals_handed_on: dt.date | None
    family_case: bool
    title: str | None
    author_id: uuid.UUID | None
    owner_id: uuid.UUID | None
    service_line: str
    minutes_spent: int | None
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class GroupView(Viewed):
    id: uuid.UUID
    project_id: uuid.UUID
    name: str
    kind: str
    focus: str | None
    domain: str
    agency_role: str
    status: str
    archive_code: str | None
    number_pending: bool
    numbered_on: dt.date | None
    closed_on: dt.date | None
    archived_on: dt.date | None
    planned_start: dt.date | None
    planned_end: dt.date | None
    venue: str | None
    author_id: uuid.UUID | None
    owner_id: uuid.UUID | None
    service_line: str
    minutes_spent: int | None
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class ClientView(Viewed):
    id: uuid.UUID
    station_id: uuid.UUID | None
    household_id: uuid.UUID | None
    name: str
    name_pinyin: str | None
    name_initials: str | None
    sex: str | None
    birth_date: dt.date | None
    id_number: str | None
    phone: str | None
    address: str | None
    local_hukou: bool | None
    domain: str | None
    note: str | None
    author_id: uuid.UUID | None
    owner_id: uuid.UUID | None
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class HouseholdView(Viewed):
    id: uuid.UUID
    station_id: uuid.UUID | None
    name: str
    address: str | None
    phone: str | None
    economic_status: str | None
    situation: str | None
    author_id: uuid.UUID | None
    owner_id: uuid.UUID | None
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class AccountView(Viewed):
    id: uuid.UUID
    username: str
    display_name: str
    roles: list[str]
    station_id: uuid.UUID | None
    supervisor_id: uuid.UUID | None
    phone: str | None
    active: bool
    language: str
    note: str | None
    created_at: dt.datetime
    updated_at: dt.datetime

    def has_role(self, role: str) -> bool:
        return role in self.roles

    @classmethod
    def of(cls, row: Any) -> AccountView:
        # JSON columns are copied: changing the view's list never reaches the row.
        return dataclasses.replace(view_of(cls, row), roles=list(row.roles or ()))


@dataclasses.dataclass(frozen=True)
class StationView(Viewed):
    id: uuid.UUID
    agency_id: uuid.UUID
    name: str
    township: str | None
    code: str | None
    closed_on: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class ProjectView(Viewed):
    id: uuid.UUID
    agency_id: uuid.UUID
    name: str
    code: str | None
    funder: str | None
    contract_start: dt.date
    contract_end: dt.date
    domains: list[str]
    archive_category: str | None
    targets: dict[str, Any]
    active: bool
    stations: list[uuid.UUID]  # none: the whole agency
    workers: list[uuid.UUID]  # none: any worker at a station it covers
    created_at: dt.datetime
    updated_at: dt.datetime

    @classmethod
    def of(cls, row: Any) -> ProjectView:
        return dataclasses.replace(
            view_of(cls, row),
            domains=list(row.domains or ()),
            targets=dict(row.targets or {}),
            stations=[uuid.UUID(str(x)) for x in row.stations or ()],
            workers=[uuid.UUID(str(x)) for x in row.workers or ()],
        )

    def covers(self, station_id: uuid.UUID | None) -> bool:
        """Whether the project serves a station: one that covers no station serves the whole agency, and a
        person placed at no station may work under any project."""
        return not self.stations or station_id is None or station_id in self.stations

    def open_to(self, account_id: uuid.UUID, station_id: uuid.UUID | None) -> bool:
        """Whether a case or group of this person's may go under it: an active project that names her (wherever
        she is placed: the agency sent her), or that names nobody and covers her station."""
        if not self.active:
            return False
        return account_id in self.workers if self.workers else self.covers(station_id)

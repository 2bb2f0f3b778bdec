"""The indicator vocabulary: what one row of a 第三节 table is made of, as frozen dataclasses.

Built only by ``definitions`` (the loader), read by the docs generator and the computation. Each term is
defined once, in docs/indicators.md ("The vocabulary")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.forms.schema import Text
from desktop.workflow.record_states import STATUS_LABELS as RECORD_STATUS_LABELS

UNITS = ("人次", "例", "份", "个", "次", "节", "户", "人", "小时", "%")
SOURCES = ("cases", "records", "rows", "area_population")
AREA_POPULATION_SETTING = "indicators.area_population"  # station id → {population, year}
# Case states as desktop/models/services.py names them (kept here so that the definitions load without
# the store's models; tests/indicators checks the two agree).
CASE_STATES: dict[str, tuple[str, str]] = {
    "intake": ("待接案审批", "intake awaiting decision"),
    "not_opened": ("未开案", "not opened"),
    "open": ("跟进中", "open"),
    "closing": ("结案审批中", "closing"),
    "closed": ("已结案", "closed"),
    "archived": ("已归档", "archived"),
    "void": ("已作废", "void"),
}
RECORD_STATES: dict[str, tuple[str, str]] = {str(k): v for k, v in RECORD_STATUS_LABELS.items()}
# What a filter may read on the case or group a record hangs on, and the option list (or bool) it takes.
CASE_ATTRS: dict[str, str | None] = {"case_type": "case_type", "family_case": None, "approval_owed": None}
GROUP_ATTRS: dict[str, str | None] = {"kind": "group_type", "focus": "group_focus"}
CASE_DATES = ("opened_on", "closed_on")
GROUP_DATES = ("closed_on",)
DOMAIN_BY = ("case", "group", "client", "record", "project", "form")
DISTINCT = ("case", "client", "household", "group", "record")
EXISTS_SAME = ("case", "client")
MISSING_KINDS = ("form", "field", "column", "setting")


class IndicatorDefinitionError(ValueError):
    """An indicator definition that cannot be used: names the file, the row and the reason."""


@dataclass(frozen=True)
class ValueSet:
    """A named list of option values or states, defined once (sets.yaml) and used as ``$name``."""

    name: str
    label: Text
    of: str  # an option list of the registry, or case_states / record_states
    values: tuple[Any, ...]


@dataclass(frozen=True)
class Condition:
    """A record matches when ``key`` holds any of ``values``."""

    key: str  # a field or column id, or case.case_type / case.family_case / group.kind
    values: tuple[Any, ...]
    set_name: str | None = None


@dataclass(frozen=True)
class Measure:
    kind: str  # rows / distinct / sum
    of: str | None = None  # distinct: case, client, household or group; sum: a number field or column


@dataclass(frozen=True)
class PeriodDate:
    """What places a counted item in a period: one date, or an interval (``during``) that overlaps it."""

    key: str | None = None
    during: tuple[str, ...] = ()  # (start,) or (start, end)


@dataclass(frozen=True)
class Exists:
    """Count only items that share their case or client (``same``) with at least one ``match``."""

    same: str
    match: Count


@dataclass(frozen=True)
class Count:
    source: str
    form: str | None
    table: str | None
    domain_by: tuple[str, ...]
    where: tuple[tuple[Condition, ...], ...]  # any one group; every condition of that group
    exists: Exists | None
    measure: Measure
    date: PeriodDate | None  # None only inside ``exists``: as things stand
    states: tuple[str, ...]
    states_set: str | None = None


@dataclass(frozen=True)
class Target:
    minimum: float | None = None  # fixed by the seed (a percentage for rates); else the project's target
    better: str = "higher"
    period: str = "any"  # "year": the seed states the row per year


@dataclass(frozen=True)
class Missing:
    """Data the records do not hold yet: the form, field, table column or setting a later step adds."""

    kind: str
    name: str
    text: Text
    form: str | None = None
    table: str | None = None

    @property
    def qualified(self) -> str:
        return ".".join(p for p in (self.form, self.table, self.name) if p)


@dataclass(frozen=True)
class Indicator:
    id: str
    domain: str
    section: str
    item: str
    indicator: str
    standard: str
    label: Text
    unit: str
    target: Target
    numerator: Count | None
    denominator: Count | None
    missing: tuple[Missing, ...] = ()
    notes: Text | None = None

    @property
    def is_rate(self) -> bool:
        return self.unit == "%"

    @property
    def computable(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class DomainTable:
    domain: str
    chapter: Text
    title: Text
    first_column: str  # the seed's heading of the first column: 服务内容 or 服务对象
    rows: tuple[Indicator, ...]


@dataclass(frozen=True)
class Catalogue:
    sets: Mapping[str, ValueSet]
    tables: tuple[DomainTable, ...]

    @property
    def rows(self) -> tuple[Indicator, ...]:
        return tuple(row for table in self.tables for row in table.rows)

    def table(self, domain: str) -> DomainTable:
        return next(t for t in self.tables if t.domain == domain)

    def get(self, indicator_id: str) -> Indicator:
        return next(r for r in self.rows if r.id == indicator_id)

"""Indicator rows computed from the store: each ``Count`` of a definition becomes one SQL aggregate.

Nothing is loaded row by row into Python: a year over half a million form records must take about a
second (bench/indicator_bench.py). The SQL is SQLAlchemy Core over the models, with JSON reached through
SQLAlchemy's JSON type (``json_extract`` on SQLite, ``->>`` on PostgreSQL), so the same queries run on a
field laptop and on the agency hub.

How a definition reads (docs/indicators.md, "The vocabulary"):
- ``source`` cases: rows of ``case_file``; records: form records of ``form``; rows: the rows of the
  table field ``table`` inside those records (one item per row);
- ``states``: the case or record states that count (records: approved unless said);
- ``date``: what places an item in the period ``[start, end]`` (both days included); the form's own
  date field is read from the indexed ``service_date`` column;
- ``domain_by``: where an item's domain is read, in order — the first place that has one decides
  (``form``: the file is the table's own, e.g. the correction roster); only items of the row's domain
  count;
- the scope (station, project, worker) narrows by the project's station, the project and the owner;
- a record counts only while its case or group is not void."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    Float,
    String,
    and_,
    cast,
    column,
    false,
    func,
    literal,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import Select

from desktop.forms.registry import Registry
from desktop.forms.schema import FormScope
from desktop.indicators.vocabulary import AREA_POPULATION_SETTING, Catalogue, Condition, Count, Indicator
from desktop.models import Account, Case, Client, FormRecord, Project, ServiceGroup, Setting, Station


@dataclass(frozen=True)
class Scope:
    """What a person asks for: a period, and optionally one station, project, worker or domain."""

    start: dt.date
    end: dt.date
    station_id: uuid.UUID | None = None
    project_id: uuid.UUID | None = None
    worker_id: uuid.UUID | None = None
    domain: str | None = None
    owners: tuple[uuid.UUID, ...] | None = None  # only these owners' work (a supervisor's team)


@dataclass(frozen=True)
class Figure:
    """One row's numbers for a scope: the count (or numerator and denominator of a rate)."""

    indicator: Indicator
    numerator: float | None
    denominator: float | None = None

    @property
    def value(self) -> float | None:
        """The figure a table shows: a percentage for a rate (None when nothing to divide by)."""
        if self.numerator is None:
            return None
        if not self.indicator.is_rate:
            return self.numerator
        return None if not self.denominator else round(100 * self.numerator / self.denominator, 1)


# -- the pieces of one query ---------------------------------------------------------------------------
class _Query:
    """The FROM, WHERE and measured column of one Count, built step by step."""

    def __init__(
        self, count: Count, registry: Registry, scope: Scope, outer: Any = None, dialect: str = "sqlite"
    ) -> None:
        self.count, self.registry, self.scope, self.dialect = count, registry, scope, dialect
        self.form = registry.get(count.form) if count.form else None
        self.where: list[ColumnElement[bool]] = []
        self.joins: dict[str, Any] = {}
        self.built: dict[str, Any] = {}
        if count.source == "cases":
            self.base: Any = aliased(Case)
            self.record = None
        else:
            self.base = aliased(FormRecord)
            self.record = self.base
            self.where.append(self.base.form_id == count.form)
        self.rows = None
        if count.source == "rows":
            # A table field's rows, one item each: SQLite's json_each(json, path); on the PostgreSQL hub,
            # json_array_elements of the field.
            if dialect == "sqlite":
                elements = func.json_each(self.base.content, f"$.{count.table}")
            else:
                elements = func.json_array_elements(self.base.content[count.table])
            self.rows = elements.table_valued(column("value", JSON), name="item")
        self._states()
        self._parent_not_void()
        self._conditions()
        if count.date is not None:
            if outer is None:
                self._period()
            else:  # a linked item counts when it is so by the period's last day, whenever it began
                self._by_period_end()
        if outer is None:  # a linked item (``exists``) shares the counted item's case or client
            self._scope()

    # - joined tables, each at most once
    def case(self) -> Any:
        if self.count.source == "cases":
            return self.base
        if "case" not in self.joins:
            self.joins["case"] = (aliased(Case), lambda c: c.id == self.base.case_id)
        return self.joins["case"][0]

    def group(self) -> Any:
        if "group" not in self.joins:
            self.joins["group"] = (aliased(ServiceGroup), lambda g: g.id == self.base.group_id)
        return self.joins["group"][0]

    def client(self) -> Any:
        if "client" not in self.joins:
            self.joins["client"] = (aliased(Client), lambda c: c.id == self.base.client_id)
        return self.joins["client"][0]

    def project(self) -> Any:
        if "project" not in self.joins:
            self.joins["project"] = (aliased(Project), lambda p: p.id == self.base.project_id)
        return self.joins["project"][0]

    # - values
    def _json(self, key: str) -> Any:
        """A field of the record, or a column of the table row being counted."""
        if self.rows is not None and self._is_column(key):
            return self.rows.c.value[key]
        assert self.record is not None, "a case has no fields"
        return self.record.content[key]

    def _is_column(self, key: str) -> bool:
        table = self.form.field(self.count.table) if self.form and self.count.table else None
        return table is not None and table.column(key) is not None

    def _value(self, key: str) -> Any:
        """The expression for a condition's key: a case/group attribute or a field/column."""
        if key.startswith("case."):
            return getattr(self.case(), key[5:])
        if key.startswith("group."):
            return getattr(self.group(), key[6:])
        if self.count.source == "cases":
            return getattr(self.base, key)
        return self._json(key)

    def _matches(self, condition: Condition) -> ColumnElement[bool]:
        target = self._value(condition.key)
        is_json = not (condition.key.startswith(("case.", "group.")) or self.count.source == "cases")
        tests = []
        for value in condition.values:
            if is_json:
                if isinstance(value, bool):
                    tests.append(target.as_boolean() == value)
                elif isinstance(value, int | float):
                    tests.append(target.as_float() == value)
                else:
                    tests.append(target.as_string() == str(value))
            else:
                tests.append(target == value)
        return or_(*tests) if tests else false()

    # - clauses
    def _states(self) -> None:
        # ``status || ''``: a state is never what the database should search by (most records are approved);
        # without statistics SQLite would pick the status index over the form's and read them all.
        status = self.base.status.concat("") if self.record is not None else self.base.status
        self.where.append(status.in_(self.count.states))

    def _parent_not_void(self) -> None:
        """A record counts only while its case or group stands (a void file's records do not)."""
        if self.count.source == "cases" or self.form is None:
            return
        scope = self.form.scope
        if scope is FormScope.CASE:
            self.where.append(or_(self.base.case_id.is_(None), self.case().status != "void"))
        elif scope is FormScope.GROUP:
            self.where.append(or_(self.base.group_id.is_(None), self.group().status != "void"))

    def _conditions(self) -> None:
        groups = [and_(*(self._matches(c) for c in group)) for group in self.count.where if group]
        if groups:
            self.where.append(or_(*groups))

    def _date(self, key: str) -> Any:
        """A date expression comparable with ISO strings or dates, by where the date lives."""
        if key.startswith("case."):
            return getattr(self.case(), key[5:])
        if key.startswith("group."):
            return getattr(self.group(), key[6:])
        if self.count.source == "cases":
            return getattr(self.base, key)
        if (
            self.form is not None
            and key == self.form.date_field
            and not (self.rows is not None and self._is_column(key))
        ):
            return self.base.service_date  # the form's own date, indexed (also for the rows of its tables)
        return self._json(key).as_string()

    def _between(self, expression: Any, start: dt.date, end: dt.date) -> ColumnElement[bool]:
        if isinstance(expression.type, String) or getattr(expression.type, "python_type", None) is str:
            return and_(expression >= start.isoformat(), expression <= end.isoformat())
        return and_(expression >= start, expression <= end)

    def _period(self) -> None:
        date, scope = self.count.date, self.scope
        assert date is not None  # called only for a count with a date
        if date.key is not None:
            self.where.append(self._between(self._date(date.key), scope.start, scope.end))
            return
        start = self._date(date.during[0])
        clause = [self._on_or_before(start, scope.end)]
        if len(date.during) > 1:  # still under way at the start, or ended in the period
            end = self._date(date.during[1])
            clause.append(or_(end.is_(None), self._on_or_after(end, scope.start)))
        self.where.append(and_(*clause))

    def _by_period_end(self) -> None:
        """A linked item's date (``exists``) falls on or before the period's last day (docs: "The vocabulary")."""
        date = self.count.date
        assert date is not None  # called only for a count with a date
        key = date.key if date.key is not None else date.during[0]
        self.where.append(self._on_or_before(self._date(key), self.scope.end))

    def _on_or_before(self, expression: Any, day: dt.date) -> ColumnElement[bool]:
        return expression <= (day.isoformat() if _textual(expression) else day)

    def _on_or_after(self, expression: Any, day: dt.date) -> ColumnElement[bool]:
        return expression >= (day.isoformat() if _textual(expression) else day)

    def domain_expression(self) -> Any:
        """The item's domain: the first of ``domain_by``'s places that has one. A project lists several
        domains; an item whose domain comes from its project counts once in each (a join that adds rows
        only when no earlier place decided). Built once: later calls return the same expression."""
        if "domain" not in self.built:
            self.built["domain"] = self._domain_expression()
        return self.built["domain"]

    def _domain_expression(self) -> Any:
        parts: list[Any] = []
        for place in self.count.domain_by:
            if place == "case":
                parts.append(self.case().domain)
            elif place == "group":
                parts.append(self.group().domain)
            elif place == "client":
                parts.append(self.client().domain)
            elif place == "record":
                assert self.record is not None, "a case has no record domain"
                parts.append(self.record.content["domain"].as_string())
            elif place == "project":
                project = self.project()
                each = func.json_each if self.dialect == "sqlite" else func.json_array_elements_text
                listed = each(project.domains).table_valued(column("value", String), name="listed")
                undecided = true() if not parts else _first(parts).is_(None)
                self.joins["listed"] = (listed, lambda _listed, on=undecided: on)
                parts.append(listed.c.value)
        return _first(parts) if parts else None

    def _scope(self) -> None:
        scope = self.scope
        if scope.project_id is not None:
            self.where.append(self.base.project_id == scope.project_id)
        if scope.worker_id is not None:
            self.where.append(self.base.owner_id == scope.worker_id)
        if scope.owners is not None:
            self.where.append(self.base.owner_id.in_(scope.owners))
        if scope.station_id is not None:
            self.where.append(station_work(scope.station_id, self.base.project_id, self.base.owner_id))

    # - the measure
    def measured(self) -> Any:
        measure = self.count.measure
        if measure.kind == "rows":
            return func.count()
        assert measure.of is not None  # distinct and sum name what they measure (checked on loading)
        if measure.kind == "distinct":
            column = {
                "case": self.base.id if self.count.source == "cases" else self.base.case_id,
                "client": self.base.client_id,
                "household": func.coalesce(self.base.household_id, self.client().household_id, self.client().id),
                "group": getattr(self.base, "group_id", None),
                "record": self.base.id,
            }[measure.of]
            return func.count(func.distinct(column))
        return func.coalesce(func.sum(cast(self._json(measure.of).as_float(), Float)), 0)

    def select(self, *columns: Any) -> Select:
        query = select(*columns).select_from(self.base)
        if self.rows is not None:
            query = query.join(self.rows, true())
        for joined, on in self.joins.values():
            query = query.outerjoin(joined, on(joined))
        return query.where(*self.where)

    def link(self, same: str) -> Any:
        """The column an item shares with another on ``same`` (its case, or its client)."""
        if same == "case":
            return self.base.id if self.count.source == "cases" else self.base.case_id
        return self.base.client_id

    def exists_clause(self, outer: _Query, same: str) -> ColumnElement[bool]:
        return self.select(literal(1)).where(self.link(same) == outer.link(same)).exists()


def _textual(expression: Any) -> bool:
    return isinstance(getattr(expression, "type", None), String)


def _first(parts: list[Any]) -> Any:
    return parts[0] if len(parts) == 1 else func.coalesce(*parts)


def build_query(
    count: Count, registry: Registry, scope: Scope, domain: str | None = None, dialect: str = "sqlite"
) -> _Query:
    """The query of one count. A linked case (``exists`` of cases) must be in the row's domain: ``domain``
    when given, else the counted item's own domain (the outer query's, when the count is grouped by it).
    ``dialect``: the store's ("sqlite", or "postgresql" at the agency hub)."""
    query = _Query(count, registry, scope, dialect=dialect)
    if count.exists is not None:
        inner = _Query(count.exists.match, registry, scope, outer=query, dialect=dialect)
        if _links_cases(count):
            row_domain = literal(domain) if domain is not None else query.domain_expression()
            if row_domain is not None:
                inner.where.append(inner.domain_expression() == row_domain)
        query.where.append(inner.exists_clause(query, count.exists.same))
    return query


def _links_cases(count: Count) -> bool:
    """Whether ``count`` counts only items linked to a case of the row's domain."""
    return count.exists is not None and count.exists.match.source == "cases"


def count_query(count: Count, registry: Registry, domain: str, scope: Scope, dialect: str = "sqlite") -> Select:
    """One row's numerator or denominator for one domain (the grouped form below is what ``compute`` runs)."""
    query = build_query(count, registry, scope, domain, dialect)
    place = query.domain_expression()
    if place is not None:
        query.where.append(place == domain)
    return query.select(query.measured())


def grouped_query(
    count: Count, registry: Registry, domains: Iterable[str], scope: Scope, dialect: str = "sqlite"
) -> Select | None:
    """The same count for several domains at once, one row per domain; None when the file decides the
    domain (the count is then the same whichever table asks, unless it links cases of the row's domain:
    ``count_query`` per domain)."""
    query = build_query(count, registry, scope, dialect=dialect)
    place = query.domain_expression()
    if place is None:
        return None
    query.where.append(place.in_(sorted(domains)))
    return query.select(place, query.measured()).group_by(place)


def compute(
    session: Session,
    catalogue: Catalogue,
    registry: Registry,
    scope: Scope,
    rows: Iterable[Indicator] | None = None,
) -> list[Figure]:
    """Every row (or ``rows``) of the catalogue for ``scope``; a row whose data is missing gets None.
    Each distinct count runs once, grouped by domain, whatever number of tables ask for it."""
    chosen = [r for r in (rows if rows is not None else catalogue.rows) if scope.domain in (None, r.domain)]
    dialect = session.get_bind().dialect.name
    wanted: dict[Count, set[str]] = {}
    for row in chosen:
        if row.computable and row.numerator is not None:
            for count in (row.numerator, row.denominator):
                if count is not None:
                    wanted.setdefault(count, set()).add(row.domain)
    found: dict[tuple[Count, str], float | None] = {}
    for count, domains in wanted.items():
        if count.source == "area_population":
            people = area_population(session, scope)
            found.update({(count, d): people for d in domains})
            continue
        query = grouped_query(count, registry, domains, scope, dialect)
        if query is None and _links_cases(count):  # the file decides the domain, the linked cases do not
            for domain in domains:
                found[(count, domain)] = float(
                    session.execute(count_query(count, registry, domain, scope, dialect)).scalar() or 0
                )
            continue
        if query is None:
            whole = build_query(count, registry, scope, dialect=dialect)
            total = float(session.execute(whole.select(whole.measured())).scalar() or 0)
            found.update({(count, d): total for d in domains})
            continue
        for domain, value in session.execute(query):
            found[(count, domain)] = float(value or 0)
    figures = []
    for row in chosen:
        if not row.computable or row.numerator is None:
            figures.append(Figure(row, None))
            continue
        numerator = found.get((row.numerator, row.domain), 0.0)
        denominator = found.get((row.denominator, row.domain), 0.0) if row.denominator else None
        figures.append(Figure(row, numerator, denominator))
    return figures


def station_work(station_id: uuid.UUID, project_id: Any, owner_id: Any) -> ColumnElement[bool]:
    """A station's work: what is done under the projects that cover it. A project covering that station alone
    counts here whole; one covering several counts here what the people placed at this station do, so no
    piece of work counts for two stations. (The stations list is JSON text holding ids in 32 hex digits:
    matched as text, which SQLite and PostgreSQL read alike.)"""
    covers = cast(Project.stations, String).like(f'%"{station_id.hex}"%')
    alone = func.json_array_length(Project.stations) == 1
    at_station = select(Account.id).where(Account.station_id == station_id)
    return or_(
        project_id.in_(select(Project.id).where(covers, alone)),
        and_(project_id.in_(select(Project.id).where(covers, ~alone)), owner_id.in_(at_station)),
    )


def stations_in_scope(session: Session, scope: Scope) -> list[uuid.UUID]:
    """The stations whose service areas a scope covers: the station asked for, the project's, the worker's
    (or a team's), else every station."""
    if scope.station_id is not None:
        return [scope.station_id]
    if scope.project_id is not None:
        stations = session.scalar(select(Project.stations).where(Project.id == scope.project_id))
        return [uuid.UUID(str(x)) for x in stations or ()]
    owners = (scope.worker_id,) if scope.worker_id is not None else scope.owners
    if owners is None:
        return sorted(set(session.scalars(select(Station.id))))
    query = select(Account.station_id).where(Account.id.in_(owners), Account.station_id.is_not(None))
    return sorted({station for station in session.scalars(query) if station is not None})


def area_population(session: Session, scope: Scope) -> float | None:
    """The population of the service areas in scope, from the agency's figures (setting
    indicators.area_population: station id → population and year); None when any station in scope has no
    figure, so a coverage rate is never worked out over part of its area."""
    row = session.get(Setting, AREA_POPULATION_SETTING)
    figures = row.value if row is not None and isinstance(row.value, dict) else {}
    stations = stations_in_scope(session, scope)
    entries = [figures.get(str(station)) or {} for station in stations]
    if not stations or not all(entry.get("population") for entry in entries):
        return None
    return float(sum(int(entry["population"]) for entry in entries))

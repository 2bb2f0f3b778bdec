"""Behind a number: the cases or records a row's count is made of, and one row month by month or worker
by worker. The same query as the number itself (desktop/indicators/compute.py), selecting ids instead of
counting them, so the list and the number can never disagree."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy.orm import Session

from desktop.forms.registry import Registry
from desktop.indicators.compute import Figure, Scope, build_query, compute
from desktop.indicators.vocabulary import Catalogue, Count, Indicator


def items_behind(
    session: Session, count: Count, registry: Registry, domain: str, scope: Scope, limit: int = 1000
) -> tuple[str, list[uuid.UUID]]:
    """("case" or "record", the ids counted), at most ``limit`` of them. An area's population is a figure,
    not records: nothing to list."""
    if count.source == "area_population":
        return "record", []
    query = build_query(count, registry, scope, domain, session.get_bind().dialect.name)
    place = query.domain_expression()
    if place is not None:
        query.where.append(place == domain)
    kind = "case" if count.source == "cases" else "record"
    ids = session.execute(query.select(query.base.id).distinct().limit(limit)).scalars()
    return kind, list(ids)


def months(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The calendar months the period touches, each cut to the period."""
    found, day = [], start
    while day <= end:
        following = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        found.append((day, min(end, following - dt.timedelta(days=1))))
        day = following
    return found


def by_month(
    session: Session, catalogue: Catalogue, registry: Registry, row: Indicator, scope: Scope
) -> list[tuple[dt.date, Figure]]:
    return [
        (first, compute(session, catalogue, registry, replace(scope, start=first, end=last), rows=[row])[0])
        for first, last in months(scope.start, scope.end)
    ]


def by_worker(
    session: Session,
    catalogue: Catalogue,
    registry: Registry,
    row: Indicator,
    scope: Scope,
    workers: Iterable[uuid.UUID],
) -> list[tuple[uuid.UUID, Figure]]:
    return [
        (worker, compute(session, catalogue, registry, replace(scope, worker_id=worker), rows=[row])[0])
        for worker in workers
    ]

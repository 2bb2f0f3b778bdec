"""Quality checks on the Desk: the files and people that pull the indicators down, each named so a
supervisor can act on it (issue #12; docs/indicators.md "Quality checks").

Built so far:
- counselling and treatment cases closed in the period with fewer than five session records
  (000 第四节: 辅导/治疗个案不少于5节);
- cases opened in the period and not filed (个案建档率 100%): the filing rows' denominator without
  their numerator, from the same queries as the numbers;
- transfers that did not succeed (转介成功率 90%), the same way;
- workers whose routine work is under 75 % of their recorded time (常规服务不少于75%).
Group size, sessions and attendance, lectures and overdue approvals, reports and archives are listed by
the tasks and group rules elsewhere and are not yet gathered here."""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop.indicators.drill import items_behind
from desktop.models import Account, Case, Client, FormRecord, Project

MIN_SESSIONS = 5  # 000 第四节: counselling and treatment cases hold at least five sessions
ROUTINE_SHARE = 75  # 000 总则: routine services at least 75 % of the workload, by time
RATE_ROWS = {"filing": "filing_rate", "transfer": "success_rate"}


@dataclass(frozen=True)
class Issue:
    check: str  # short_case / unfiled / transfer_failed / routine_share
    kind: str  # case / record / worker
    id: Any
    code: str  # archive number, or the worker's name
    client: str
    worker: str
    detail: str  # what is short, in numbers


class QualityOps:
    """Mixed into ``Desk``."""

    registry: Any

    def session(self) -> AbstractContextManager[Session]:  # provided by Desk
        raise NotImplementedError

    def _visible(self, s: Session) -> Any:
        raise NotImplementedError  # provided by AccessOps

    def quality_checks(self, start: dt.date, end: dt.date, **filters: Any) -> list[Issue]:
        with self.session() as s:
            scope = self._indicator_scope(s, start, end, filters)  # type: ignore[attr-defined]
            names = {a.id: a.display_name for a in s.scalars(select(Account))}
            issues = self._short_cases(s, scope, names)
            issues += self._rate_shortfalls(s, scope, names)
            issues += self._routine_shares(s, scope, names)
            return issues

    def _short_cases(self, s: Session, scope: Any, names: dict) -> list[Issue]:
        sessions = (
            select(func.count())
            .where(FormRecord.case_id == Case.id, FormRecord.form_id == "record", FormRecord.status == "approved")
            .scalar_subquery()
        )
        query = (
            select(Case, Client.name, sessions)
            .join(Client, Client.id == Case.client_id)
            .where(
                Case.case_type.in_(("counselling", "treatment")),
                Case.status.in_(("closed", "archived")),
                Case.closed_on.between(scope.start, scope.end),
                sessions < MIN_SESSIONS,
                self._visible(s).case(),
            )
        )
        query = _scoped(query, Case, scope)
        return [
            Issue(
                "short_case",
                "case",
                c.id,
                c.archive_code or "",
                client,
                names.get(c.owner_id, ""),
                f"{held}/{MIN_SESSIONS}",
            )  # fmt: skip
            for c, client, held in s.execute(query)
        ]

    def _rate_shortfalls(self, s: Session, scope: Any, names: dict) -> list[Issue]:
        """Items in a rate's denominator and not in its numerator: the unfiled cases, the failed transfers."""
        issues, seen = [], set()
        for row in self.indicator_catalogue().rows:  # type: ignore[attr-defined]
            check = next((c for c, suffix in RATE_ROWS.items() if row.id.endswith("." + suffix)), None)
            if check is None or not row.computable or row.denominator is None:
                continue
            kind, counted = items_behind(s, row.numerator, self.registry, row.domain, scope)
            _, everyone = items_behind(s, row.denominator, self.registry, row.domain, scope)
            for item in set(everyone) - set(counted) - seen:
                seen.add(item)
                issues.append(
                    self._issue_for(s, "unfiled" if check == "filing" else "transfer_failed", kind, item, names)
                )
        return issues

    def _issue_for(self, s: Session, check: str, kind: str, item: Any, names: dict) -> Issue:
        if kind == "case":
            found, client = s.execute(select(Case, Client.name).join(Client, Client.id == Case.client_id)
                                      .where(Case.id == item)).one()  # fmt: skip
            return Issue(check, "case", found.id, found.archive_code or "", client, names.get(found.owner_id, ""), "")
        record = s.get(FormRecord, item)
        client = s.get(Client, record.client_id).name if record.client_id else ""
        code = s.get(Case, record.case_id).archive_code or "" if record.case_id else ""
        return Issue(check, "record", record.id, code, client, names.get(record.owner_id, ""), "")

    def _routine_shares(self, s: Session, scope: Any, names: dict) -> list[Issue]:
        routine = func.sum(case((FormRecord.service_line == "routine", FormRecord.minutes_spent), else_=0))
        total = func.sum(FormRecord.minutes_spent)
        query = (
            select(FormRecord.owner_id, routine, total)
            .where(
                FormRecord.status == "approved",
                FormRecord.minutes_spent.is_not(None),
                FormRecord.service_date.between(scope.start, scope.end),
                self._visible(s).record(),
            )
            .group_by(FormRecord.owner_id)
        )
        query = _scoped(query, FormRecord, scope)
        issues = []
        for owner, done, spent in s.execute(query):
            if spent and 100 * (done or 0) < ROUTINE_SHARE * spent:
                share = round(100 * (done or 0) / spent, 1)
                issues.append(Issue("routine_share", "worker", owner, names.get(owner, ""), "", names.get(owner, ""),
                                    f"{share}% < {ROUTINE_SHARE}%"))  # fmt: skip
        return issues


def _scoped(query: Any, model: Any, scope: Any) -> Any:
    """The person's filters: project, worker, a supervisor's team (a station is its projects' work)."""
    if scope.project_id is not None:
        query = query.where(model.project_id == scope.project_id)
    if scope.worker_id is not None:
        query = query.where(model.owner_id == scope.worker_id)
    if scope.owners is not None:
        query = query.where(model.owner_id.in_(scope.owners))
    if scope.station_id is not None:
        station = select(Project.id).where(Project.station_id == scope.station_id)
        query = query.where(model.project_id.in_(station))
    return query

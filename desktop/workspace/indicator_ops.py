"""Indicators on the Desk: every row of the eight tables for a period, scoped to what the person may see,
with each row's target and pace (docs/indicators.md; desktop/indicators/).

The agency head and business lead see any station, project or worker. A supervisor sees their team's
work (theirs included); a worker their own. Asking for someone outside one's view is refused (A009)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import AccessDenied, CaseDeskError
from desktop.indicators.compute import Scope, compute
from desktop.indicators.definitions import load_catalogue
from desktop.indicators.drill import by_month, by_worker, items_behind
from desktop.indicators.targets import Progress, progress, target_for
from desktop.indicators.vocabulary import AREA_POPULATION_SETTING, Catalogue
from desktop.models import Account, Case, Client, FormRecord, Project
from desktop.workspace.access_ops import AccessService
from desktop.workspace.agency_ops import AgencyService
from desktop.workspace.core import Core


@dataclass(frozen=True)
class IndicatorView:
    """Whose numbers the person may ask for: the workers a worker filter may name (by name), and whether
    they see more than their own work (a worker sees only theirs: no comparison between workers)."""

    workers: list[tuple[uuid.UUID, str]]
    others: bool


class IndicatorService:
    """The indicator tables, the items behind a number, and their export. Needs: the core, access (whose work
    the person sees) and the agency (its stations and their area populations)."""

    def __init__(self, core: Core, access: AccessService, agency_admin: AgencyService) -> None:
        self.core, self.access, self.agency_admin = core, access, agency_admin
        self._catalogue: Catalogue | None = None  # read once, with the first indicator asked for

    def indicator_catalogue(self) -> Catalogue:
        if self._catalogue is None:
            self._catalogue = load_catalogue(registry=self.core.registry)
        return self._catalogue

    def indicators(
        self,
        start: dt.date,
        end: dt.date,
        *,
        station_id: uuid.UUID | None = None,
        project_id: uuid.UUID | None = None,
        worker_id: uuid.UUID | None = None,
        domain: str | None = None,
    ) -> list[Progress]:
        """Every row (of one domain, if given) for the period, with its target: the project's 项目指标 when
        one project is asked for, else the seed's fixed rates."""
        if end < start:
            raise CaseDeskError("C001", what="the period ends before it starts / 结束日期早于开始日期")
        catalogue = self.indicator_catalogue()
        if domain is not None and domain not in {t.domain for t in catalogue.tables}:
            raise CaseDeskError("C001", what=f"domain {domain}")
        with self.core.session() as s:
            filters = {"station_id": station_id, "project_id": project_id, "worker_id": worker_id}
            scope = replace(self.indicator_scope(s, start, end, filters), domain=domain)
            figures = compute(s, catalogue, self.core.registry, scope)
            targets = {}
            if project_id is not None:
                project = s.get(Project, project_id)
                if project is None:
                    raise CaseDeskError("R008", kind="项目 / project", id=str(project_id))
                targets = dict(project.targets or {})
        today = self.core.today()
        return [progress(f, target_for(f, targets), start, end, today) for f in figures]

    def indicator_scope(self, s: Session, start: dt.date, end: dt.date, filters: dict[str, Any]) -> Scope:
        """The period and filters as the indicators' scope, within the person's view (A009 for a worker
        outside it); the quality checks use it too."""
        view = self.access.visible(s).scope
        owners = None
        if not view.agency_wide:
            if filters.get("worker_id") is not None and filters["worker_id"] not in view.owners:
                raise AccessDenied("A009")
            owners = tuple(sorted(view.owners))
        return Scope(start, end, filters.get("station_id"), filters.get("project_id"), filters.get("worker_id"),
                     None, owners)  # fmt: skip

    def indicator_items(
        self, /, row_id: str, start: dt.date, end: dt.date, which: str = "numerator", **filters: Any
    ) -> list[dict[str, Any]]:
        """The cases or records behind one number (``which``: numerator or denominator), newest first,
        as the person may see them: kind, id, archive code or form, client, date, worker."""
        row = self.indicator_catalogue().get(row_id)
        count = row.numerator if which == "numerator" else row.denominator
        if count is None:
            return []
        registry = self.core.registry
        with self.core.session() as s:
            kind, ids = items_behind(s, count, registry, row.domain, self.indicator_scope(s, start, end, filters))
            return describe_items(s, kind, ids, registry)

    def indicator_months(
        self, /, row_id: str, start: dt.date, end: dt.date, **filters: Any
    ) -> list[tuple[dt.date, Any]]:
        row = self.indicator_catalogue().get(row_id)
        with self.core.session() as s:
            return by_month(
                s, self.indicator_catalogue(), self.core.registry, row, self.indicator_scope(s, start, end, filters)
            )

    def indicator_by_worker(
        self, /, row_id: str, start: dt.date, end: dt.date, **filters: Any
    ) -> list[tuple[Any, Any]]:
        """One row for each worker in view who does casework."""
        row = self.indicator_catalogue().get(row_id)
        with self.core.session() as s:
            scope = self.indicator_scope(s, start, end, filters)
            workers = [a.id for a in self._indicator_workers(s, scope.owners)]
            return by_worker(s, self.indicator_catalogue(), self.core.registry, row, scope, workers)

    def indicator_view(self) -> IndicatorView:
        with self.core.session() as s:
            view = self.access.visible(s).scope
            owners = None if view.agency_wide else view.owners
            workers = [(a.id, a.display_name) for a in self._indicator_workers(s, owners)]
            return IndicatorView(workers, view.agency_wide or len(view.owners) > 1)

    @staticmethod
    def _indicator_workers(s: Session, owners: Any) -> list[Account]:
        """Active accounts that do casework, within ``owners`` when given, by name."""
        found = s.scalars(select(Account).where(Account.active.is_(True)).order_by(Account.display_name))
        return [a for a in found if a.has_role("worker") and (owners is None or a.id in owners)]

    def area_populations(self) -> list[dict[str, Any]]:
        """Each station with its service area's population and the year of the figure (None: not set),
        the denominator of the mutual-aid coverage rate (docs/indicators.md)."""
        with self.core.session():
            figures = self.core.setting(AREA_POPULATION_SETTING)
            return [
                {
                    "station_id": st.id,
                    "name": st.name,
                    **(figures.get(str(st.id)) or {"population": None, "year": None}),
                }
                for st in self.agency_admin.stations()
            ]

    def set_area_populations(self, figures: dict[uuid.UUID, tuple[int, int] | None]) -> None:
        """Set (population, year) per station, or clear one with None; checked whole before anything is kept.
        The agency head's (MANAGE_AGENCY), as every agency setting."""
        with self.core.session():
            known = {st.id for st in self.agency_admin.stations()}
            unknown = [str(sid) for sid in figures if sid not in known]
            if unknown:
                raise CaseDeskError("R008", kind="站点 / station", id=unknown[0])
            kept = dict(self.core.setting(AREA_POPULATION_SETTING))
            for station_id, figure in figures.items():
                if figure is None:
                    kept.pop(str(station_id), None)
                else:
                    kept[str(station_id)] = {"population": figure[0], "year": figure[1]}
            self.agency_admin.set_setting(AREA_POPULATION_SETTING, kept)

    def export_indicators(
        self,
        rows: list[Progress],
        out: Path,
        heading: dict[str, str],
        lang: str = "zh",
        issues: list[Any] | None = None,
    ) -> Path:
        """The rows laid out like the seed's tables, written whole: a workbook (a sheet per domain), or for a
        ``.pdf`` the printable report, which adds the quality checks' ``issues``."""
        if out.suffix.lower() == ".pdf":
            from desktop.indicators.export_pdf import write_report

            write_report(self.indicator_catalogue(), rows, out, heading, lang, issues or ())
        else:
            from desktop.indicators.export_xlsx import write_workbook

            write_workbook(self.indicator_catalogue(), rows, out, heading, lang)
        with self.core.session() as s:
            self.core.audit(s, "indicators_export", "indicators", None, file=out.name, rows=len(rows),
                        findings=len(issues or ()), **heading)  # fmt: skip
        return out


def describe_items(s: Session, kind: str, ids: list[uuid.UUID], registry: Any) -> list[dict[str, Any]]:
    """What a person needs to recognise each item in a list: its number or form, client, date, worker."""
    names: dict[uuid.UUID | None, str] = {a.id: a.display_name for a in s.scalars(select(Account))}
    found = []
    if kind == "case":
        for case, client in s.execute(
            select(Case, Client).join(Client, Client.id == Case.client_id).where(Case.id.in_(ids))
        ):
            found.append({"kind": "case", "id": case.id, "code": case.archive_code or "", "client": client.name,
                          "date": case.opened_on, "worker": names.get(case.owner_id, "")})  # fmt: skip
    else:
        query = select(FormRecord, Client.name).outerjoin(Client, Client.id == FormRecord.client_id)
        for record, client_name in s.execute(query.where(FormRecord.id.in_(ids))):
            form = registry.get(record.form_id)
            found.append({"kind": "record", "id": record.id, "code": form.title.zh if form else record.form_id,
                          "client": client_name or "", "date": record.service_date or record.created_at.date(),
                          "worker": names.get(record.owner_id, ""), "case_id": record.case_id,
                          "group_id": record.group_id})  # fmt: skip
    return sorted(found, key=lambda item: item["date"] or dt.date.min, reverse=True)

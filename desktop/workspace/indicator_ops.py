"""Indicators on the Desk: every row of the eight tables for a period, scoped to what the person may see,
with each row's target and pace (docs/indicators.md; desktop/indicators/).

The agency head and business lead see any station, project or worker. A supervisor sees their team's
work (theirs included); a worker their own. Asking for someone outside one's view is refused (A009)."""

from __future__ import annotations

import datetime as dt
import uuid
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.errors import AccessDenied, CaseDeskError
from desktop.indicators.compute import Scope, compute
from desktop.indicators.definitions import load_catalogue
from desktop.indicators.targets import Progress, progress, target_for
from desktop.indicators.vocabulary import Catalogue
from desktop.models import Project


class IndicatorOps:
    """Mixed into ``Desk``."""

    registry: Any

    def session(self) -> AbstractContextManager[Session]:  # provided by Desk
        raise NotImplementedError

    def today(self) -> dt.date:  # provided by Desk
        raise NotImplementedError

    def _visible(self, s: Session) -> Any:
        raise NotImplementedError  # provided by AccessOps

    def _audit(self, s: Session, action: str, kind: str, target: Any = None, **detail: Any) -> None:
        raise NotImplementedError  # provided by AuditOps

    def indicator_catalogue(self) -> Catalogue:
        cached = getattr(self, "_catalogue", None)
        if cached is None:
            cached = self._catalogue = load_catalogue(registry=self.registry)
        return cached

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
        with self.session() as s:
            view = self._visible(s).scope
            owners = None
            if not view.agency_wide:
                if worker_id is not None and worker_id not in view.owners:
                    raise AccessDenied("A009")
                owners = tuple(sorted(view.owners))
            scope = Scope(start, end, station_id, project_id, worker_id, domain, owners)
            figures = compute(s, catalogue, self.registry, scope)
            targets = {}
            if project_id is not None:
                project = s.get(Project, project_id)
                if project is None:
                    raise CaseDeskError("R008", kind="项目 / project", id=str(project_id))
                targets = dict(project.targets or {})
        today = self.today()
        return [progress(f, target_for(f, targets), start, end, today) for f in figures]

    def export_indicators(self, rows: list[Progress], out: Path, heading: dict[str, str], lang: str = "zh") -> Path:
        """The rows as a workbook laid out like the seed's tables (a sheet per domain), written whole."""
        from desktop.indicators.export_xlsx import write_workbook

        write_workbook(self.indicator_catalogue(), rows, out, heading, lang)
        with self.session() as s:
            self._audit(s, "indicators_export", "indicators", None, file=out.name, rows=len(rows), **heading)
        return out

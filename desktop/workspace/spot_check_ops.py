"""Spot checks on the Desk: draw archived files at random, score them on the checklist, and each
worker's scores for the performance review (rules in desktop/workflow/spot_checks.py).

The draw sees what the drawer sees (a supervisor their team's archive, the business lead and agency head
everything), leaves out files already checked, and keeps its seed. Nobody scores their own file.
Spot checks stay in the workspace where they were made (the hub, as a rule): they do not travel."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import and_, select, true
from sqlalchemy.orm import Session

from desktop.errors import AccessDenied, CaseDeskError
from desktop.files.spreadsheet import append, csv_text
from desktop.models import Account, Case, ServiceGroup, SpotCheck, utcnow
from desktop.workflow import spot_checks as rules
from desktop.workflow.permissions import Action
from desktop.workspace.access_ops import AccessService
from desktop.workspace.agency_ops import AgencyService
from desktop.workspace.core import Core
from desktop.workspace.peers import CaseWork, GroupWork

SCORE_HEADERS = {
    "zh": ["社工", "抽查份数", "完整性", "规范性", "专业性", "综合"],
    "en": ["Worker", "Files", "Completeness", "Conformity", "Professional quality", "Overall"],
}


class SpotCheckService:
    """Spot checks drawn, scored and summed up per worker. Needs: the core, access (what the drawer sees), the
    case and group work (what an archive lacks) and the agency (the workers' names)."""

    def __init__(
        self,
        core: Core,
        access: AccessService,
        case_work: CaseWork,
        group_work: GroupWork,
        agency_admin: AgencyService,
    ) -> None:
        self.core, self.access, self.case_work, self.group_work = core, access, case_work, group_work
        self.agency_admin = agency_admin

    def spot_check_candidates(
        self,
        archived_from: dt.date,
        archived_to: dt.date,
        *,
        station_id: uuid.UUID | None = None,
        worker_id: uuid.UUID | None = None,
        kind: str | None = None,
    ) -> list[tuple[str, uuid.UUID, str | None, uuid.UUID | None]]:
        """(kind, id, archive code, worker) of every file archived in the period, in view, not yet checked."""
        self.core.require(Action.SPOT_CHECK)
        with self.core.session() as s:
            checked = select(SpotCheck.target_id)
            visible = self.access.visible(s)
            found = []
            for name, model, predicate in (("case", Case, visible.case()), ("group", ServiceGroup, visible.group())):
                if kind not in (None, name):
                    continue
                query = select(model.id, model.archive_code, model.owner_id).where(
                    and_(
                        predicate,
                        model.archived_on >= archived_from,
                        model.archived_on <= archived_to,
                        model.id.not_in(checked),
                    )
                )
                if worker_id is not None:
                    query = query.where(model.owner_id == worker_id)
                if station_id is not None:
                    query = query.join(Account, Account.id == model.owner_id).where(Account.station_id == station_id)
                found += [(name, row.id, row.archive_code, row.owner_id) for row in s.execute(query)]
            return found

    def draw_spot_checks(
        self,
        count: int,
        archived_from: dt.date,
        archived_to: dt.date,
        *,
        station_id: uuid.UUID | None = None,
        worker_id: uuid.UUID | None = None,
        kind: str | None = None,
        seed: int | None = None,
    ) -> list[SpotCheck]:
        """A random sample of ``count`` files (fewer when fewer are left); Q003 when none is left."""
        with self.core.session() as s:
            candidates = self.spot_check_candidates(
                archived_from, archived_to, station_id=station_id, worker_id=worker_id, kind=kind
            )
            if not candidates:
                raise CaseDeskError("Q003")
            seed = rules.new_seed() if seed is None else seed
            chosen = rules.draw(candidates, count, seed, key=lambda c: str(c[1]))
            draw_id = uuid.uuid4()
            checks = [
                SpotCheck(
                    draw_id=draw_id,
                    draw_seed=seed,
                    drawn_by=self.core.account.id,
                    target_kind=kind_,
                    target_id=target,
                    archive_code=code,
                    worker_id=worker,
                    checklist={},
                )  # fmt: skip
                for kind_, target, code, worker in chosen
            ]
            s.add_all(checks)
            s.flush()
            self.core.audit(s, "spot_check_draw", "spot_check", draw_id, files=len(checks), seed=seed,
                        period=[archived_from.isoformat(), archived_to.isoformat()])  # fmt: skip
            return checks

    def spot_checks(self, *, draw_id: uuid.UUID | None = None, open_only: bool = False) -> list[SpotCheck]:
        self.core.require(Action.SPOT_CHECK)
        with self.core.session() as s:
            query = (
                select(SpotCheck)
                .where(self._checks_seen(s))
                .order_by(SpotCheck.drawn_at.desc(), SpotCheck.archive_code)
            )
            if draw_id is not None:
                query = query.where(SpotCheck.draw_id == draw_id)
            if open_only:
                query = query.where(SpotCheck.scored_at.is_(None))
            return list(s.scalars(query))

    def _checks_seen(self, s: Session) -> Any:
        """A supervisor sees the checks of their team's files (and their own); the lead and head all."""
        scope = self.access.visible(s).scope
        return true() if scope.agency_wide else SpotCheck.worker_id.in_(sorted(scope.owners))

    def spot_check_prefill(self, check_id: uuid.UUID) -> dict[str, bool]:
        """The answers the records themselves give: whether the archive holds every required form. It is
        where scoring starts, so it refuses (Q002, Q004) before anyone fills a checklist in vain."""
        with self.core.session():
            check = self._spot_check(check_id)
            self._may_score(check)
            missing = (
                self.case_work.archive_missing(check.target_id)
                if check.target_kind == "case"
                else self.group_work.group_archive_missing(check.target_id)
            )
            return {"forms_present": not missing}

    def score_spot_check(self, check_id: uuid.UUID, answers: dict[str, bool], comment: str = "") -> SpotCheck:
        self.core.require(Action.SPOT_CHECK)
        with self.core.session() as s:
            check = s.get(SpotCheck, check_id)
            if check is None:
                raise CaseDeskError("R008", kind="抽查 / spot check", id=str(check_id))
            self._require_check_seen(s, check)
            self._may_score(check)
            scores = rules.score(check.target_kind, answers)
            check.completeness = scores["completeness"]
            check.conformity = scores["conformity"]
            check.professional = scores["professional"]
            check.checklist = dict(answers)
            check.comment = comment.strip() or None
            check.scored_at, check.scored_by = utcnow(), self.core.account.id
            self.core.audit(s, "spot_check_score", "spot_check", check.id, archive_code=check.archive_code, **scores)
            return check

    def spot_check_scores(self, scored_from: dt.date, scored_to: dt.date) -> list[rules.WorkerScore]:
        """Each worker's mean scores over the files scored in the period (for the performance review)."""
        self.core.require(Action.SPOT_CHECK)
        start = dt.datetime.combine(scored_from, dt.time.min)
        end = dt.datetime.combine(scored_to, dt.time.max)
        with self.core.session() as s:
            rows = s.execute(
                select(SpotCheck.worker_id, SpotCheck.completeness, SpotCheck.conformity, SpotCheck.professional)
                .where(SpotCheck.scored_at.between(start, end), self._checks_seen(s))
                .order_by(SpotCheck.worker_id)
            )
            return rules.by_worker(_scores(rows))

    def export_spot_check_scores(self, scored_from: dt.date, scored_to: dt.date, out: Path, lang: str = "zh") -> Path:
        """The per-worker table of ``spot_check_scores`` as .xlsx or .csv (by ``out``'s suffix; a CSV in UTF-8
        with a BOM so that Excel reads the Chinese), headed in ``lang``; written whole or not at all, logged."""
        suffix = out.suffix.lower()
        if suffix not in (".xlsx", ".csv"):
            raise CaseDeskError("C001", what="a .xlsx or .csv file / 请选择 .xlsx 或 .csv 文件")
        tmp = out.with_name(out.name + ".part")
        try:
            with self.core.session() as s:
                means = self.spot_check_scores(scored_from, scored_to)
                names = {a.id: a.display_name for a in self.agency_admin.accounts()}
                rows = sorted(
                    (
                        [names.get(m.worker_id, ""), m.files, m.completeness, m.conformity, m.professional, m.overall]
                        for m in means
                    ),
                    key=lambda row: str(row[0]),
                )
                header = SCORE_HEADERS["en" if lang == "en" else "zh"]
                _write_table(tmp, suffix == ".csv", f"{scored_from:%Y%m%d}-{scored_to:%Y%m%d}", [header, *rows])
                self.core.audit(s, "spot_check_export", "spot_check", None, workers=len(rows),
                                period=[scored_from.isoformat(), scored_to.isoformat()])  # fmt: skip
            tmp.replace(out)  # the file appears only once its export is logged
        finally:
            tmp.unlink(missing_ok=True)
        return out

    def _may_score(self, check: SpotCheck) -> None:
        if check.worker_id == self.core.account.id:
            raise CaseDeskError("Q002")
        if check.scored_at is not None:
            raise CaseDeskError("Q004")

    def _spot_check(self, check_id: uuid.UUID) -> SpotCheck:
        self.core.require(Action.SPOT_CHECK)
        with self.core.session() as s:
            check = s.get(SpotCheck, check_id)
            if check is None:
                raise CaseDeskError("R008", kind="抽查 / spot check", id=str(check_id))
            self._require_check_seen(s, check)
            return check

    def _require_check_seen(self, s: Session, check: SpotCheck) -> None:
        scope = self.access.visible(s).scope
        if not scope.agency_wide and check.worker_id not in scope.owners:
            raise AccessDenied("A009")


def _write_table(path: Path, as_csv: bool, title: str, rows: list[list[Any]]) -> None:
    """The table as CSV (UTF-8 with a BOM, so that Excel reads the Chinese) or a workbook; every cell text or
    a number, never a formula."""
    if as_csv:
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f).writerows([[csv_text(v) for v in row] for row in rows])
        return
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        append(sheet, row)  # a worker's name is text, never a formula
    book.save(path)


def _scores(rows: Iterable[tuple[Any, int | None, int | None, int | None]]) -> Iterator[tuple[Any, int, int, int]]:
    """(worker, completeness, conformity, professional) of scored files: scoring writes the three at once."""
    for worker, completeness, conformity, professional in rows:
        assert completeness is not None and conformity is not None and professional is not None
        yield worker, completeness, conformity, professional

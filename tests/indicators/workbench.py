"""Building hand-made indicator workspaces through the domain API (the Desk), for tests/indicators/test_rows_*.

A ``Bench`` holds one desk per account of the team template (tests/conftest.py) on one shared clock: what is
done ``on(day)`` happens that day, so a case opens, a closing report or a group report is approved, on the day
given. Every record is filled with ``complete_required`` and only what the test says otherwise; each helper
names the state it leaves the item in. The expected numbers are never computed here: each test writes them out
from docs/indicators.md."""

from __future__ import annotations

import datetime as dt
import functools
import shutil
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.demo import complete_required
from desktop.forms.registry import Registry
from desktop.indicators.compute import Scope, compute
from desktop.indicators.definitions import load_catalogue
from desktop.indicators.vocabulary import Catalogue
from desktop.models import Case, FormRecord, FormRevision, ServiceGroup
from desktop.workflow.record_states import content_hash
from desktop.workspace import Desk, open_desk
from desktop.workspace.record_ops import RecordView
from desktop.workspace.views import CaseView, GroupView
from tests.conftest import PASSWORDS

# The period every table is asked for, and the days just outside it. In the past on purpose: date fields that
# cannot be in the future are checked against the machine's date, not the desks' clock.
PERIOD = (dt.date(2026, 9, 1), dt.date(2026, 9, 30))
BEFORE = dt.date(2026, 8, 31)  # the day before the period
AFTER = dt.date(2026, 10, 1)  # the day after it


def copy_template(template: tuple[Path, object], into: Path) -> tuple[Path, uuid.UUID]:
    """A copy of the team template workspace (its accounts and first project), for one module to fill."""
    source, project_id = template
    root = into / "ws"
    shutil.copytree(source, root)
    return root, project_id  # type: ignore[return-value]


class Bench:
    """Desks for head, lead, sup, wang and chen on one clock, and helpers that drive the real forms."""

    def __init__(self, root: Path, day: dt.date = dt.date(2026, 7, 1)) -> None:
        self.root = root
        self.day = day
        self.desks: dict[str, Desk] = {}

    # -- desks and the clock
    def desk(self, username: str) -> Desk:
        if username not in self.desks:
            desk = open_desk(self.root, username, PASSWORDS[username])
            desk.clock = lambda: self.day
            self.desks[username] = desk
        return self.desks[username]

    def on(self, day: dt.date) -> Bench:
        self.day = day
        return self

    def close(self) -> None:
        for desk in self.desks.values():
            desk.close()
        self.desks.clear()

    def account_id(self, username: str) -> uuid.UUID:
        return self.desk(username).account.id

    # -- the agency
    def station(self, name: str) -> uuid.UUID:
        return self.desk("head").create_station(name).id

    def project(self, name: str, domains: list[str], station_id: uuid.UUID | None = None) -> uuid.UUID:
        project = self.desk("head").create_project(
            name=name,
            contract_start=dt.date(2026, 1, 1),
            contract_end=dt.date(2026, 12, 31),
            domains=domains,
            stations=[station_id] if station_id else [],
            # the team works there too, though placed at 东城站: the project names them
            workers=[self.account_id(u) for u in ("lead", "sup", "wang", "chen")] if station_id else [],
        )
        return project.id

    # -- records
    def record(
        self,
        worker: str,
        form_id: str,
        content: dict[str, Any] | None = None,
        *,
        submit: bool = True,
        approvers: tuple[str, ...] = (),
        **scope: Any,
    ) -> RecordView:
        """A record filled (required fields completed), submitted unless told not to, and approved by each of
        ``approvers`` in turn. A form without an approval chain stands as approved once submitted."""
        desk = self.desk(worker)
        record = desk.new_record(form_id, **scope)
        record, report = desk.save_record(record.id, complete_required(desk, record, content or {}))
        assert report.ok, (form_id, [(i.code, i.path, i.en) for i in report.errors])
        if not submit:
            return record
        record, _ = desk.submit_record(record.id)
        for reviewer in approvers:
            record = self.desk(reviewer).decide(record.id, "approve")
        return record

    # -- cases
    def case(
        self,
        name: str,
        project_id: uuid.UUID,
        case_type: str,
        domain: str,
        *,
        opened: dt.date | None = None,
        intake_only: bool = False,
        filed: bool = False,
        worker: str = "wang",
        client_id: uuid.UUID | None = None,
        **fields: Any,
    ) -> Case:
        """A case; with ``opened`` its intake (open the case: yes) is approved by the supervisor that day, so
        the case opens that day. ``intake_only``: the intake is submitted and waits for the decision.
        ``filed``: its client basic information is completed (no approval chain: complete once submitted)."""
        desk = self.desk(worker)
        if client_id is None:
            client_id = desk.create_client(name).id
        case = desk.create_case(client_id, project_id, case_type, domain, **fields)
        if opened is not None or intake_only:
            day = opened or self.day
            self.on(day)
            intake = {"intake_date": day.isoformat(), "open_case": True, "case_type": case_type, "domain": domain}
            self.record(worker, "intake", intake, approvers=() if intake_only else ("sup",), case_id=case.id)
        if filed:
            self.record(worker, "case_basic", {"filled_on": self.day.isoformat()}, case_id=case.id)
        return desk.case(case.id)

    def session(self, case: Case, day: dt.date, *, approved: bool = True, worker: str = "wang") -> RecordView:
        """A case session record dated ``day``, approved by the supervisor (or only submitted)."""
        self.on(day)
        content = {"session_date": day.isoformat(), "start_time": "09:00", "end_time": "10:00", "new_risk": False}
        return self.record(worker, "record", content, approvers=("sup",) if approved else (), case_id=case.id)

    def close_case(self, case: Case, day: dt.date, *, approvers: tuple[str, ...] = ("sup", "head")) -> RecordView:
        """The closing report submitted and approved by the supervisor and the agency head on ``day``: the case
        closes that day. With fewer approvers it waits (the case is closing)."""
        self.on(day)
        content = {
            "closing_date": day.isoformat(),
            "closing_reason": "client_request",
            "follow_up_needed": False,
        }
        return self.record("wang" if case.owner_id == self.account_id("wang") else "chen", "closing", content,
                           approvers=approvers, case_id=case.id)  # fmt: skip

    def archive(self, case: Case, day: dt.date) -> Case:
        """Complete a closed case's file on ``day`` (consent, plan, one session, closing evaluation, the checklist)
        and archive it: the case is then archived, a state that still counts as opened and as closed."""
        self.on(day)
        worker = "wang" if case.owner_id == self.account_id("wang") else "chen"
        self.record(worker, "consent", {"signed_on": day.isoformat()}, case_id=case.id)
        self.record(worker, "plan", {"plan_date": day.isoformat(), "planned_sessions": 5}, approvers=("sup",),
                    case_id=case.id)  # fmt: skip
        self.session(case, day, worker=worker)
        self.record(worker, "closing_eval", {}, case_id=case.id)
        desk = self.desk(worker)
        checklist = desk.new_record("attachments", case_id=case.id)
        rows = [{**row, "pages": 1, "in_bag": True} for row in checklist.content["documents"]]
        content = complete_required(desk, checklist, {"documents": rows, "checked_on": day.isoformat()})
        checklist, report = desk.save_record(checklist.id, content)
        assert report.ok, [(i.code, i.path) for i in report.errors]
        desk.submit_record(checklist.id)
        return desk.archive_case(case.id)

    def consultation(
        self, name: str, project_id: uuid.UUID, domain: str, day: dt.date, *, hotline: bool = False
    ) -> Case:
        """A consultation served on ``day``: its closing information (no approval chain) opens and closes it."""
        self.on(day)
        desk = self.desk("wang")
        case = desk.create_case(desk.create_client(name).id, project_id, "consultation", domain, hotline=hotline)
        content = {
            "contact_date": day.isoformat(),
            "referral_made": False,
            "crisis_found": False,
            "follow_up_needed": False,
        }
        self.record("wang", "closing_info", content, case_id=case.id)
        return desk.case(case.id)

    def transfer(self, case: Case, day: dt.date, outcome: str | None, *, approved: bool = True) -> RecordView:
        """A case transfer form dated ``day`` with ``outcome`` (success, failure, pending or not written)."""
        self.on(day)
        content: dict[str, Any] = {"transfer_date": day.isoformat(), "consent_date": day.isoformat()}
        if outcome is not None:
            content["outcome"] = outcome
        if outcome in ("success", "failure"):  # a success needs the receiver's acceptance
            content.update(reply="accepted" if outcome == "success" else "declined", reply_date=day.isoformat())
        return self.record("wang", "transfer", content, approvers=("sup",) if approved else (), case_id=case.id)

    # -- groups and activities
    def group(self, project_id: uuid.UUID, name: str, kind: str, domain: str, *, worker: str = "wang",
              focus: str | None = None) -> ServiceGroup:  # fmt: skip
        """A group or activity whose plan (running 1 August to 31 October, its focus ``focus`` if given) the
        supervisor approved in July."""
        desk = self.desk(worker)
        group = desk.create_group(project_id, name, kind, domain)
        plan = {
            "plan_date": "2026-07-01",
            "start_date": "2026-08-01",
            "end_date": "2026-10-31",
            "planned_size": 10,
            "planned_sessions": 6,
            "lecture_minutes": 60,
            "income_source": "none",
            "finance_officer_name": "无",
            "risk_assessment": "场地安全，人员有序。",  # an activity needs both
            "emergency_plan": "如有不适，立即送医。",
        }
        if focus is not None:
            plan["focus"] = focus
        self.on(dt.date(2026, 7, 1))
        self.record(worker, "group_plan", plan, approvers=("sup",), group_id=group.id)
        return desk.group(group.id)

    def group_session(
        self,
        group: ServiceGroup,
        day: dt.date,
        present: int,
        *,
        volunteers: int | None = None,
        approved: bool = True,
        worker: str = "wang",
    ) -> RecordView:
        """A group session record (or one occasion of an activity) on ``day`` with ``present`` people there."""
        self.on(day)
        content: dict[str, Any] = {"session_date": day.isoformat(), "present_count": present,
                                   "start_time": "15:00", "end_time": "16:30"}  # fmt: skip
        if volunteers is not None:
            content["volunteer_count"] = volunteers
        return self.record(worker, "session_record", content, approvers=("sup",) if approved else (),
                           group_id=group.id)  # fmt: skip

    def group_report(
        self,
        group: ServiceGroup,
        day: dt.date,
        *,
        approvers: tuple[str, ...] = ("sup", "lead", "head"),
        worker: str = "wang",
    ) -> RecordView:
        """The group or activity report, approved through its chain on ``day``: the group closes that day."""
        self.on(day)
        content = {"report_date": day.isoformat(), "service_count": 10}
        return self.record(worker, "group_report", content, approvers=approvers, group_id=group.id)

    # -- service records outside cases and groups (no approval chain: complete once submitted)
    def visit(self, client_id: uuid.UUID, project_id: uuid.UUID, mode: str, day: dt.date, outcome: str | None = None,
              **options: Any) -> RecordView:  # fmt: skip
        """A home visit (with its outcome), phone call or outreach visit to a client, in ``project_id``."""
        self.on(day)
        content = {"mode": mode, "visit_date": day.isoformat(), "visitor_count": 2, "serious_problem": False,
                   "follow_up_needed": False}  # fmt: skip
        if outcome is not None:
            content["outcome"] = outcome
        return self.record("wang", "visit", content, client_id=client_id, project_id=project_id, **options)

    def training(self, project_id: uuid.UUID, kind: str, day: dt.date, participants: int, *, worker: str = "wang",
                 volunteers: str | None = None, **options: Any) -> RecordView:  # fmt: skip
        """A training or workshop record (``kind``) with ``participants`` taking part; ``volunteers``: which
        volunteers it trained (volunteer_group), left empty unless given."""
        self.on(day)
        content = {"kind": kind, "training_date": day.isoformat(), "participant_count": participants,
                   "participants": []}  # fmt: skip
        if volunteers is not None:
            content["volunteer_group"] = volunteers
        return self.record(worker, "training", content, project_id=project_id, **options)

    def supervision(self, project_id: uuid.UUID, kind: str, day: dt.date) -> RecordView:
        """An individual or group supervision record (the supervisor's)."""
        self.on(day)
        content = {"supervision_type": kind, "supervision_date": day.isoformat()}
        return self.record("sup", "supervision", content, project_id=project_id)

    def volunteer_service(self, project_id: uuid.UUID, day: dt.date, volunteers: int, domain: str | None,
                          groups: list[str | None] | None = None, **options: Any) -> RecordView:  # fmt: skip
        """A volunteer service record with ``volunteers`` named, its domain written (or left empty); ``groups``:
        each volunteer's group (elder, resident, other), none written when not given."""
        self.on(day)
        kinds = groups or [None] * volunteers
        content = {
            "service_date": day.isoformat(),
            "domain": domain,
            "volunteers": [{"name": f"义工{n}", "hours": 2, "volunteer_group": kinds[n]} for n in range(volunteers)],
        }
        return self.record("wang", "volunteer_service", content, project_id=project_id, **options)

    # -- the store, where the domain API has no action yet
    def void(self, item: CaseView | GroupView) -> None:
        """Void a case or a group (no Desk action voids a whole file yet): its records must stop counting."""
        model = Case if isinstance(item, CaseView) else ServiceGroup
        with self.desk("head").session() as s:
            s.get(model, item.id).status = "void"

    def saved_under(self, record: RecordView, version: int, *later_fields: str) -> None:
        """Make ``record`` as it was saved under ``version`` of its form, before ``later_fields`` were added (no
        Desk action writes an older version): its content, every revision, and the hashes decisions bind to."""
        desk = self.desk("head")
        form = desk.registry.get(record.form_id)
        with desk.session() as s:
            rows = [
                s.get(FormRecord, record.id),
                *s.scalars(select(FormRevision).where(FormRevision.record_id == record.id)),
            ]
            for row in rows:
                content = {k: v for k, v in row.content.items() if k not in later_fields}
                row.content, row.form_version = content, version
                row.content_hash = content_hash(form.id, version, content, form.carried_ids)


@functools.cache
def _catalogue(registry: Registry) -> Catalogue:
    return load_catalogue(registry=registry)


def figures(desk: Desk, domain: str, start: dt.date = PERIOD[0], end: dt.date = PERIOD[1], **scope: Any):
    """The domain's table for the period as {row id: (numerator, denominator, value)}."""
    catalogue = _catalogue(desk.registry)
    with desk.session() as s:
        found = compute(s, catalogue, desk.registry, Scope(start, end, domain=domain, **scope))
    return {f.indicator.id: (f.numerator, f.denominator, f.value) for f in found}

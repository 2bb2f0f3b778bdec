"""Quality checks on the Desk: the files and people that pull the indicators down, each named so a
supervisor can act on it (issue #12; docs/indicators.md "Quality checks").

For the period:
- counselling and treatment cases closed with fewer than five session records (辅导/治疗个案不少于5节);
- cases opened and not filed (个案建档率 100%) and transfers that did not succeed (转介成功率 90%): each
  rate's denominator without its numerator, from the same queries as the numbers;
- workers whose routine work is under 75 % of their recorded time (常规服务不少于75%);
- groups closed under their domain's size, sessions or attendance, and lectures and community activities
  held under their domain's people or minutes (000 第四节; the limits in workflow/quality.py).
As of today, whatever the period (what is late now cannot be read back for a past day): approvals waiting
past review.due_days, group reports and archiving past their deadlines, closed cases not archived in time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from desktop.forms.registry import Registry
from desktop.indicators.compute import station_work
from desktop.indicators.drill import items_behind
from desktop.models import Account, Case, Client, FormRecord, ServiceGroup
from desktop.workflow import quality
from desktop.workflow.group_rules import GROUP_KINDS
from desktop.workflow.record_states import RecordStatus
from desktop.workflow.thresholds import standards
from desktop.workspace.access_ops import AccessService
from desktop.workspace.core import Core
from desktop.workspace.indicator_ops import IndicatorService
from desktop.workspace.peers import GroupWork

MIN_SESSIONS = 5  # 000 第四节: counselling and treatment cases hold at least five sessions
ROUTINE_SHARE = 75  # 000 总则: routine services at least 75 % of the workload, by time
RATE_ROWS = {"filing": "filing_rate", "transfer": "success_rate"}


@dataclass(frozen=True)
class Issue:
    check: str  # a key of workflow.quality.CHECKS
    kind: str  # case / group / record / worker: what opens when the line is chosen
    id: Any
    code: str  # archive number, group name, form title, or the worker's name
    client: str  # the client, or the group or activity (and the occasion's date)
    worker: str
    detail: str  # what is short, in numbers ("4/5", "55%/60%"), or the date it was due
    due: dt.date | None = None  # overdue work: the day it was due


class QualityService:
    """The quality checks. Needs: the core, access (what the person sees), the indicators (their scope and the
    rates' rows) and the group work (a group's next deadline)."""

    def __init__(
        self, core: Core, access: AccessService, indicator_work: IndicatorService, group_work: GroupWork
    ) -> None:
        self.core, self.access, self.indicator_work, self.group_work = core, access, indicator_work, group_work

    @property
    def registry(self) -> Registry:
        return self.core.registry  # read when asked: the hub's newer definitions may have replaced it

    def quality_checks(self, /, start: dt.date, end: dt.date, **filters: Any) -> list[Issue]:
        with self.core.session() as s:
            domain = filters.pop("domain", None)
            scope = replace(self.indicator_work.indicator_scope(s, start, end, filters), domain=domain)
            names = {a.id: a.display_name for a in s.scalars(select(Account))}
            issues = self._short_cases(s, scope, names)
            issues += self._rate_shortfalls(s, scope, names)
            issues += self._routine_shares(s, scope, names)
            issues += self._group_shortfalls(s, scope, names)
            issues += self._occasion_shortfalls(s, scope, names)
            issues += self._late_approvals(s, scope, names)
            issues += self._late_groups(s, scope, names)
            issues += self._late_case_archives(s, scope, names)
            return issues

    def _short_cases(self, s: Session, scope: Any, names: dict) -> list[Issue]:
        sessions = (
            select(func.count())
            .where(
                FormRecord.case_id == Case.id,
                FormRecord.form_id.in_(self.registry.forms_of("record")),
                FormRecord.status == "approved",
            )
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
                self.access.visible(s).case(),
            )
        )
        query = _scoped(query, Case, scope, Case.domain)
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
        issues: list[Issue] = []
        seen: set[Any] = set()
        for row in self.indicator_work.indicator_catalogue().rows:
            check = next((c for c, suffix in RATE_ROWS.items() if row.id.endswith("." + suffix)), None)
            if check is None or not row.computable or row.denominator is None:
                continue
            if scope.domain is not None and row.domain != scope.domain:
                continue
            assert row.numerator is not None  # a computable rate counts both
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
        assert record is not None  # an item the count found
        person = s.get(Client, record.client_id) if record.client_id else None
        held_in = s.get(Case, record.case_id) if record.case_id else None
        client = person.name if person else ""
        code = (held_in.archive_code or "") if held_in else ""
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
                self.access.visible(s).record(),
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

    # -- groups, lectures and activities against their domain's standards --------------------------------
    def _standards(self, domain: str) -> dict[str, int | None]:
        return standards(domain, self.core.setting("group.standards"))

    def _group_shortfalls(self, s: Session, scope: Any, names: dict) -> list[Issue]:
        """Groups closed in the period (their report approved) under their domain's members, sessions
        held (approved session records) or overall attendance (the latest roll call)."""
        query = select(ServiceGroup).where(
            ServiceGroup.kind.in_(GROUP_KINDS),
            ServiceGroup.status.in_(("closed", "archived")),
            ServiceGroup.closed_on.between(scope.start, scope.end),
            self.access.visible(s).group(),
        )
        issues = []
        for group in s.scalars(_scoped(query, ServiceGroup, scope, ServiceGroup.domain)):

            def latest(role: str, g: ServiceGroup = group) -> tuple[str, dict[str, Any]]:
                found = s.execute(
                    select(FormRecord.form_id, FormRecord.content)
                    .where(FormRecord.group_id == g.id, FormRecord.form_id.in_(self.registry.forms_of(role)),
                           FormRecord.status != RecordStatus.VOID)
                    .order_by(FormRecord.created_at.desc())
                ).first()  # fmt: skip
                return (found[0], found[1]) if found else ("", {})

            registration, read = latest("registration"), self.registry.read
            name = self.registry.field_for(registration[0], "participant_name")
            members = [p for p in read(*registration, "participants") or [] if isinstance(p, dict)
                       and p.get(name)]  # fmt: skip
            held = s.scalar(
                select(func.count()).where(FormRecord.group_id == group.id,
                                           FormRecord.form_id.in_(self.registry.forms_of("session_record")),
                                           FormRecord.status == RecordStatus.APPROVED)
            )  # fmt: skip
            rate = quality.number(read(*latest("attendance"), "attendance_rate"))
            for check, detail in quality.group_shortfalls(
                group.kind, self._standards(group.domain), len(members), held or 0, rate
            ):
                issues.append(Issue(check, "group", group.id, group.archive_code or "", group.name,
                                    names.get(group.owner_id, ""), detail))  # fmt: skip
        return issues

    def _occasion_shortfalls(self, s: Session, scope: Any, names: dict) -> list[Issue]:
        """Each lecture, large or small community activity held in the period (an approved session record)
        under its domain's people or a lecture's minutes."""
        kinds = ("lecture", *quality.ACTIVITY_MINIMUM)
        query = (
            select(FormRecord, ServiceGroup)
            .join(ServiceGroup, ServiceGroup.id == FormRecord.group_id)
            .where(
                FormRecord.form_id.in_(self.registry.forms_of("session_record")),
                FormRecord.status == RecordStatus.APPROVED,
                FormRecord.service_date.between(scope.start, scope.end),
                ServiceGroup.kind.in_(kinds),
                ServiceGroup.status != "void",
                self.access.visible(s).record(),
            )
            .order_by(FormRecord.service_date)
        )
        issues = []
        for record, group in s.execute(_scoped(query, FormRecord, scope, ServiceGroup.domain)):
            present = quality.number(self.registry.read(record.form_id, record.content, "head_count"))
            minutes = quality.number(self.registry.read(record.form_id, record.content, "duration"))
            for check, detail in quality.occasion_shortfalls(group.kind, self._standards(group.domain), present,
                                                             minutes):  # fmt: skip
                what = f"{group.name} · {record.service_date}"
                issues.append(Issue(check, "record", record.id, group.archive_code or "", what,
                                    names.get(record.owner_id, ""), detail))  # fmt: skip
        return issues

    # -- overdue, as of today ------------------------------------------------------------------------------
    def _late_approvals(self, s: Session, scope: Any, names: dict) -> list[Issue]:
        """Forms submitted and still waiting for a decision past review.due_days."""
        today, days = self.core.today(), int(self.core.setting("review.due_days"))
        cutoff = dt.datetime.combine(today - dt.timedelta(days=days), dt.time.min)
        query = (
            select(FormRecord, Client.name)
            .outerjoin(Client, Client.id == FormRecord.client_id)
            .where(FormRecord.status == RecordStatus.SUBMITTED, FormRecord.submitted_at < cutoff,
                   self.access.visible(s).record())
            .order_by(FormRecord.submitted_at)
        )  # fmt: skip
        if scope.domain is not None:
            query = query.where(
                or_(FormRecord.case_id.in_(select(Case.id).where(Case.domain == scope.domain)),
                    FormRecord.group_id.in_(select(ServiceGroup.id).where(ServiceGroup.domain == scope.domain)))
            )  # fmt: skip
        issues = []
        for record, client in s.execute(_scoped(query, FormRecord, scope)):
            due = quality.review_due(record.submitted_at.date(), days)
            form = self.registry.get(record.form_id)
            title = form.title.zh if form else record.form_id
            issues.append(Issue("approval_overdue", "record", record.id, title, client or "",
                                names.get(record.owner_id, ""), due.isoformat(), due))  # fmt: skip
        return issues

    def _late_groups(self, s: Session, scope: Any, names: dict) -> list[Issue]:
        """Groups and activities whose report or archiving is past its deadline (group_rules.deadline)."""
        today, late = self.core.today(), {"group_report": "report_overdue", "group_archive": "archive_overdue"}
        query = select(ServiceGroup).where(
            ServiceGroup.status.in_(("plan_submitted", "approved", "running", "reporting", "closed")),
            self.access.visible(s).group(),
        )
        issues = []
        for group in s.scalars(_scoped(query, ServiceGroup, scope, ServiceGroup.domain)):
            due = self.group_work.group_deadline(group)
            if due and due[0] in late and quality.overdue(due[1], today):
                issues.append(Issue(late[due[0]], "group", group.id, group.archive_code or "", group.name,
                                    names.get(group.owner_id, ""), due[1].isoformat(), due[1]))  # fmt: skip
        return issues

    def _late_case_archives(self, s: Session, scope: Any, names: dict) -> list[Issue]:
        """Closed cases not archived within case.archive_due_days of closing."""
        today, days = self.core.today(), int(self.core.setting("case.archive_due_days"))
        query = (
            select(Case, Client.name)
            .join(Client, Client.id == Case.client_id)
            .where(
                Case.status == "closed", Case.closed_on < today - dt.timedelta(days=days), self.access.visible(s).case()
            )
            .order_by(Case.closed_on)
        )
        issues = []
        for c, client in s.execute(_scoped(query, Case, scope, Case.domain)):
            due = c.closed_on + dt.timedelta(days=days)
            issues.append(Issue("archive_overdue", "case", c.id, c.archive_code or "", client,
                                names.get(c.owner_id, ""), due.isoformat(), due))  # fmt: skip
        return issues


def _scoped(query: Any, model: Any, scope: Any, domain: Any = None) -> Any:
    """The person's filters: project, worker, a supervisor's team (a station is its projects' work), and
    the domain where the item has one (``domain``: its column)."""
    if scope.domain is not None and domain is not None:
        query = query.where(domain == scope.domain)
    if scope.project_id is not None:
        query = query.where(model.project_id == scope.project_id)
    if scope.worker_id is not None:
        query = query.where(model.owner_id == scope.worker_id)
    if scope.owners is not None:
        query = query.where(model.owner_id.in_(scope.owners))
    if scope.station_id is not None:
        query = query.where(station_work(scope.station_id, model.project_id, model.owner_id))
    return query

"""Archive numbers (``NumberingService``): code tables, giving a case or group its number (or leaving it
pending), and the lease hand-over between a hub and its devices that sync bundles will carry."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import CaseDeskError
from desktop.models import (
    Case,
    CaseStatus,
    CodeCategory,
    CodeNature,
    FormRecord,
    IssuedNumber,
    NumberLease,
    Project,
    ServiceGroup,
    Setting,
)
from desktop.models.engine import take_write_lock
from desktop.workflow import archive_codes as codes
from desktop.workflow.permissions import Action
from desktop.workspace.access_ops import AccessService
from desktop.workspace.core import Core
from desktop.workspace.layout import Mode

HUB_BLOCK = 50  # numbers per block the hub hands out (in every category, nature and month)
NEXT_BLOCK_KEY = "numbering.next_block_start"


class NumberingService:
    """Archive numbers: code tables, numbering cases, groups and records, and the blocks a hub hands out.
    Needs: the core and access (a number found outside the view is refused)."""

    def __init__(self, core: Core, access: AccessService) -> None:
        self.core, self.access = core, access

    @property
    def device_id(self) -> str:
        return self.core.info.workspace_id

    # -- code tables -----------------------------------------------------------------------------
    def categories(self) -> list[CodeCategory]:
        with self.core.session() as s:
            return list(s.scalars(select(CodeCategory).order_by(CodeCategory.position, CodeCategory.code)))

    def natures(self) -> list[CodeNature]:
        with self.core.session() as s:
            return list(s.scalars(select(CodeNature).order_by(CodeNature.position, CodeNature.code)))

    def save_code(
        self,
        table: str,
        code: str,
        zh: str,
        en: str,
        *,
        old_code: str | None = None,
        domain: str | None = None,
        applies_to: list[str] | None = None,
        active: bool = True,
    ) -> None:
        """Add a code (``old_code`` None) or edit one. A code in use keeps its letters: renaming it
        would orphan printed numbers, so it is refused; two entries never share a code."""
        self.core.require(Action.EDIT_CODE_TABLES)
        models: dict[str, type[CodeCategory] | type[CodeNature]] = {"category": CodeCategory, "nature": CodeNature}
        model = models[table]
        code = codes.check_code(code)
        column = IssuedNumber.category if table == "category" else IssuedNumber.nature
        with self.core.session() as s:
            row: CodeCategory | CodeNature | None = None
            if old_code is not None:
                row = _code_row(s, model, old_code)
                if row is None:
                    raise CaseDeskError("R008", kind=f"{table} code", id=old_code)
                if code != old_code and s.scalar(select(func.count()).where(column == old_code)):
                    raise CaseDeskError("N003", value=old_code)
            clash = _code_row(s, model, code)
            if clash is not None and clash is not row:
                raise CaseDeskError("N004", value=code)
            if row is None:
                position = (s.scalar(select(func.max(model.position))) or 0) + 1
                row = model(code=code, zh=zh, en=en, position=position)
                s.add(row)
            row.code, row.zh, row.en, row.active = code, zh, en, active
            if isinstance(row, CodeCategory):  # the table is "category"
                row.domain = domain
            else:
                row.applies_to = list(applies_to or [])

    def _category(self, s: Session, domain: str, project_id: uuid.UUID) -> str:
        project = s.get(Project, project_id)
        if project is not None and project.archive_category:
            return project.archive_category
        row = s.scalars(
            select(CodeCategory)
            .where(CodeCategory.domain == domain, CodeCategory.active.is_(True))
            .order_by(CodeCategory.position)
        ).first()
        if row is None:
            raise CaseDeskError("N006", what=domain, table="服务类别 / category")
        return row.code

    def _nature(self, s: Session, kind: str) -> str:
        for row in s.scalars(select(CodeNature).where(CodeNature.active.is_(True)).order_by(CodeNature.position)):
            if kind in (row.applies_to or []):
                return row.code
        raise CaseDeskError("N006", what=kind, table="服务性质 / nature")

    # -- giving numbers --------------------------------------------------------------------------
    def _blocks(self, s: Session) -> list[codes.Block]:
        rows = s.scalars(
            select(NumberLease).where(NumberLease.holder == self.device_id, NumberLease.retired.is_(False))
        )
        return [codes.Block(r.start, r.end) for r in rows]

    def _issue(
        self,
        s: Session,
        category: str,
        nature: str,
        month: str,
        *,
        case_id: uuid.UUID | None = None,
        group_id: uuid.UUID | None = None,
        record_id: uuid.UUID | None = None,
    ) -> str | None:
        if s.get_bind().dialect.name == "postgresql":  # hub users numbering in one month take turns
            s.execute(select(func.pg_advisory_xact_lock(func.hashtext(f"casedesk number {category}-{nature}-{month}"))))
        else:
            take_write_lock(s)
        taken = set(
            s.scalars(
                select(IssuedNumber.sequence).where(
                    IssuedNumber.category == category, IssuedNumber.nature == nature, IssuedNumber.yearmonth == month
                )
            )
        )
        sequence = codes.next_sequence(self._blocks(s), taken)
        if sequence is None and self.core.info.mode == Mode.HUB:
            self.grant(s, self.device_id, HUB_BLOCK)  # the hub leases to itself, no round trip
            sequence = codes.next_sequence(self._blocks(s), taken)
        if sequence is None:
            return None  # pending: never print a guess
        code = str(codes.ArchiveCode(category, nature, sequence, month))
        s.add(
            IssuedNumber(
                code=code,
                category=category,
                nature=nature,
                yearmonth=month,
                sequence=sequence,
                issuer=self.device_id,
                case_id=case_id,
                group_id=group_id,
                record_id=record_id,
            )
        )
        s.flush()
        return code

    def _number_case(self, s: Session, case: Case) -> None:
        if case.archive_code:
            return  # permanent: never renumbered
        category = self._category(s, case.domain, case.project_id)
        nature = self._nature(s, case.case_type)
        month = codes.yearmonth(case.opened_on or self.core.today())
        case.archive_code = self._issue(s, category, nature, month, case_id=case.id)
        case.number_pending = case.archive_code is None

    def _number_group(self, s: Session, group: ServiceGroup) -> None:
        if group.archive_code:
            return
        category = self._category(s, group.domain, group.project_id)
        nature = self._nature(s, group.kind)
        month = codes.yearmonth(group.numbered_on or self.core.today())
        group.archive_code = self._issue(s, category, nature, month, group_id=group.id)
        group.number_pending = group.archive_code is None

    def number_record(self, s: Session, row: FormRecord) -> None:
        """A record filed on its own (a supervision record): the project's category (or the agency's
        category for professional records), the nature its form takes, the month of its date."""
        if row.archive_code:
            return
        project = s.get(Project, row.project_id) if row.project_id else None
        own = project.archive_category if project else None
        category = own or self.core.setting_in(s, "numbering.record_category")
        nature = self._nature(s, row.form_id)
        month = codes.yearmonth(row.service_date or self.core.today())
        row.archive_code = self._issue(s, category, nature, month, record_id=row.id)

    def open_case_row(self, s: Session, case: Case, on: dt.date | None = None) -> None:
        if case.opened_on is None:
            case.opened_on = on or self.core.today()
        if case.status in (CaseStatus.INTAKE, CaseStatus.NOT_OPENED):
            case.status = CaseStatus.OPEN
        self._number_case(s, case)

    def open_group_row(self, s: Session, group: ServiceGroup, on: dt.date | None = None) -> None:
        if group.numbered_on is None:
            group.numbered_on = on or self.core.today()
        self._number_group(s, group)

    def open_case(self, case_id: uuid.UUID, on: dt.date | None = None) -> Case:
        """The case is opened (intake approved, or a consultation recorded): it takes its number,
        in the month it opened, or waits visibly for one when this device's blocks are used up."""
        with self.core.session() as s:
            case = s.get(Case, case_id)
            if case is None:
                raise CaseDeskError("R008", kind="个案 / case", id=str(case_id))
            self.open_case_row(s, case, on)
            return case

    def number_group(self, group_id: uuid.UUID, on: dt.date | None = None) -> ServiceGroup:
        """The plan is submitted: the group or activity takes its number."""
        with self.core.session() as s:
            group = s.get(ServiceGroup, group_id)
            if group is None:
                raise CaseDeskError("R008", kind="小组/活动 / group", id=str(group_id))
            self.open_group_row(s, group, on)
            return group

    def assign_pending(self) -> list[str]:
        """Give waiting cases and groups their numbers, oldest opening first (after new blocks)."""
        given = []
        with self.core.session() as s:
            waiting: list[Any] = list(s.scalars(select(Case).where(Case.number_pending.is_(True))))
            waiting += list(s.scalars(select(ServiceGroup).where(ServiceGroup.number_pending.is_(True))))
            waiting.sort(
                key=lambda row: (
                    getattr(row, "opened_on", None) or getattr(row, "numbered_on", None) or dt.date.min,
                    row.created_at,
                )
            )
            for row in waiting:
                (self._number_case if isinstance(row, Case) else self._number_group)(s, row)
                if row.archive_code:
                    given.append(row.archive_code)
        return given

    def find_by_number(self, code: str) -> Case | ServiceGroup | None:
        """The case or group with this archive number (None: no such number); one outside the signed-in
        account's view is refused (A009), like any other direct read."""
        with self.core.session() as s:
            code = code.strip().upper()
            found = (
                s.scalars(select(Case).where(Case.archive_code == code)).first()
                or s.scalars(select(ServiceGroup).where(ServiceGroup.archive_code == code)).first()
            )
            if found is not None:
                self.access.require_seen(s, "case" if isinstance(found, Case) else "group", found.id)
            return found

    # -- blocks: what the sync bundles carry --------------------------------------------------------
    def ensure_own_block(self) -> None:
        """A standalone workspace owns its whole range; a hub starts with one block of its own."""
        with self.core.session() as s:
            if s.scalar(select(func.count()).select_from(NumberLease).where(NumberLease.holder == self.device_id)):
                return
            if self.core.info.mode == Mode.STANDALONE:
                s.add(NumberLease(holder=self.device_id, granted_by=self.device_id, start=1, end=None))
            elif self.core.info.mode == Mode.HUB:
                self.grant(s, self.device_id, HUB_BLOCK)

    def grant(self, s: Session, device_id: str, size: int) -> NumberLease:
        take_write_lock(s)
        setting = s.get(Setting, NEXT_BLOCK_KEY, with_for_update=True, populate_existing=True)  # one grant at a time
        start = int(setting.value) if setting else 1
        lease = NumberLease(holder=device_id, granted_by=self.device_id, start=start, end=start + size - 1)
        s.add(lease)
        if setting is None:
            s.add(Setting(key=NEXT_BLOCK_KEY, value=start + size))
        else:
            setting.value = start + size
        s.flush()
        return lease

    def grant_block(self, device_id: str, size: int = HUB_BLOCK) -> dict[str, Any]:
        """Hub only: a block for a device, as it travels in a bundle."""
        if self.core.info.mode != Mode.HUB:
            raise CaseDeskError("N007")
        with self.core.session() as s:
            lease = self.grant(s, device_id, size)
            return {"holder": device_id, "granted_by": self.device_id, "start": lease.start, "end": lease.end}

    def accept_block(self, grant: dict[str, Any]) -> list[str]:
        """A device receives a block from its hub (idempotent), then numbers what was waiting."""
        if grant["holder"] != self.device_id:
            raise CaseDeskError("N008")
        new = codes.Block(int(grant["start"]), int(grant["end"]))
        with self.core.session() as s:
            for row in s.scalars(select(NumberLease).where(NumberLease.holder == self.device_id)):
                if (row.start, row.end) == (new.start, new.end):
                    return []  # the same bundle imported twice
                if not row.retired and codes.overlaps(codes.Block(row.start, row.end), new):
                    raise CaseDeskError("N009", start=new.start, end=new.end)
            s.add(NumberLease(holder=self.device_id, granted_by=grant["granted_by"], start=new.start, end=new.end))
            return self.assign_pending()  # in the same unit of work: the block and the numbers it gave

    def issued_numbers(self, issuer: str | None = None) -> list[dict[str, Any]]:
        """Numbers given here (or known here), as a bundle carries them to the hub."""
        with self.core.session() as s:
            query = select(IssuedNumber).order_by(IssuedNumber.code)
            if issuer:
                query = query.where(IssuedNumber.issuer == issuer)
            return [{"code": n.code, "issuer": n.issuer} for n in s.scalars(query)]

    def learn_numbers(self, numbers: list[dict[str, Any]]) -> None:
        """Record numbers another workspace gave (idempotent), so that nobody here gives them again.
        Refused whole, listing them, if any of them was given here to something else."""
        with self.core.session() as s:
            known = {n.code: n.issuer for n in s.scalars(select(IssuedNumber))}
            clashes = sorted(n["code"] for n in numbers if n["code"] in known and known[n["code"]] != n["issuer"])
            if clashes:
                raise CaseDeskError("N005", codes="、".join(clashes))
            for n in numbers:
                if n["code"] in known:
                    continue
                code = codes.ArchiveCode.parse(n["code"])
                s.add(
                    IssuedNumber(
                        code=n["code"],
                        category=code.category,
                        nature=code.nature,
                        yearmonth=code.yearmonth,
                        sequence=code.sequence,
                        issuer=n["issuer"],
                    )
                )
            if self.core.info.mode == Mode.HUB and numbers:
                # Blocks handed out from now on start above every number a joiner printed.
                highest = max(codes.ArchiveCode.parse(n["code"]).sequence for n in numbers)
                setting = s.get(Setting, NEXT_BLOCK_KEY)
                if setting is not None and int(setting.value) <= highest:
                    setting.value = highest + 1

    def retire_own_range(self) -> None:
        """A standalone workspace joining a hub stops drawing from its open-ended range; the numbers
        it printed stay valid (they are in the register) and it draws from hub blocks from now on."""
        with self.core.session() as s:
            for row in s.scalars(
                select(NumberLease).where(NumberLease.holder == self.device_id, NumberLease.end.is_(None))
            ):
                row.retired = True


def _code_row(s: Session, model: type[CodeCategory] | type[CodeNature], code: str) -> CodeCategory | CodeNature | None:
    """The category or nature entry with ``code``, if there is one."""
    found = s.scalars(select(model).where(model.code == code)).first()
    assert found is None or isinstance(found, model)  # SQLAlchemy types a select of either class as their base
    return found

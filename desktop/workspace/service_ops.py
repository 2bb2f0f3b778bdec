"""People and files: clients, households, cases, groups/activities, reassignment (``PeopleService``)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.errors import CaseDeskError
from desktop.forms.id_numbers import check_id_number
from desktop.models import (
    Account,
    Case,
    Client,
    CodeCategory,
    CodeNature,
    FormRecord,
    Household,
    HouseholdMember,
    Project,
    ServiceGroup,
)
from desktop.workflow.corrections import CASE_TYPES, check_file_correction, check_known, check_reason
from desktop.workflow.people import mask_id_number, pinyin_keys
from desktop.workflow.permissions import Action, allowed
from desktop.workflow.text_limits import check_fields, check_search
from desktop.workflow.thresholds import DOMAINS
from desktop.workspace.access_ops import AccessService
from desktop.workspace.core import Core
from desktop.workspace.listing_ops import client_match, containing
from desktop.workspace.staff_rules import open_station
from desktop.workspace.views import CaseView, ClientView, GroupView, HouseholdView, ProjectView

KINDS: dict[str, tuple[type, str, str]] = {
    "client": (Client, "服务对象", "client"),
    "household": (Household, "家庭", "household"),
    "case": (Case, "个案", "case"),
    "group": (ServiceGroup, "小组/活动", "group or activity"),
    "record": (FormRecord, "表单记录", "form record"),
}


class PeopleService:
    """Clients, households, cases and groups as rows: creating, reading within the view, reassigning.
    Needs: the core and access (the signed-in account's view)."""

    def __init__(self, core: Core, access: AccessService) -> None:
        self.core, self.access = core, access

    def get(self, s: Session, kind: str, item_id: uuid.UUID) -> Any:
        """One row, refused (A009) when it lies outside the signed-in account's view."""
        model, zh, en = KINDS[kind]
        row = s.get(model, item_id)
        if row is None:
            raise CaseDeskError("R008", kind=f"{zh} / {en}", id=str(item_id))
        self.access.require_seen(s, kind, item_id)
        return row

    def _owned(self, **fields: Any) -> dict[str, Any]:
        """New rows are authored by the signed-in account and owned by it unless told otherwise."""
        fields.setdefault("owner_id", self.core.account.id)
        fields.setdefault("author_id", self.core.account.id)
        return fields

    # -- clients and households ------------------------------------------------------------------
    def check_person(self, fields: dict[str, Any]) -> None:
        """An ID number must check out; a birth date cannot be in the future or contradict it."""
        id_number = (fields.get("id_number") or "").strip().upper() or None
        birth = fields.get("birth_date")
        if id_number:
            check = check_id_number(id_number, self.core.today())
            if not check.ok:
                reasons = {
                    "format": "应为 18 位 / 18 characters",
                    "checksum": "校验位不对 / check character",
                    "birth_date": "出生日期不对 / birth date",
                }
                raise CaseDeskError("P001", value=mask_id_number(id_number), reason=reasons[check.problem or ""])
            fields["id_number"] = id_number
            if birth is None:
                fields["birth_date"] = check.birth_date
            elif birth != check.birth_date:
                raise CaseDeskError("P003")
            fields.setdefault("sex", check.sex)
        if birth is not None and birth > self.core.today():
            raise CaseDeskError("P002")

    def create_client(self, /, name: str, **fields: Any) -> ClientView:
        """A new client. Check ``likely_duplicates`` first: the window shows them before creating."""
        self.core.require(Action.SERVE)
        check_fields("client", {"name": name, **fields})  # lengths first: a pasted book is refused at once
        if not name.strip():
            raise CaseDeskError("C001", what="name / 姓名")
        self.check_person(fields)
        chosen = fields.get("station_id")
        fields.setdefault("station_id", self.core.account.station_id)
        full, initials = pinyin_keys(name.strip())
        with self.core.session() as s:
            open_station(s, chosen)  # a station named for the client must be open (O003)
            client = Client(name=name.strip(), name_pinyin=full, name_initials=initials, **self._owned(**fields))
            s.add(client)
            s.flush()
            self.core.audit(s, "create", "client", client.id)
            return ClientView.of(client)

    def update_client(self, /, client_id: uuid.UUID, *, reason: str, **fields: Any) -> ClientView:
        """Correct a client's details, before or after cases exist, with the reason. The audit log names
        the fields that changed and the reason, never their values (an ID number stays out of it). An ID
        number decides the birth date and sex: a new one brings its own unless they are given, and a birth
        date or sex that contradicts the client's ID number is refused (P003, P006)."""
        self.core.require(Action.SERVE)
        why = check_reason(reason)
        check_fields("client", fields)
        if "name" in fields:
            fields["name"] = (fields["name"] or "").strip()
            if not fields["name"]:
                raise CaseDeskError("C001", what="name / 姓名")
        with self.core.session() as s:
            client = self.get(s, "client", client_id)
            if fields.keys() & {"id_number", "birth_date", "sex"}:
                self._check_corrected_person(client, fields)
            changed = sorted(k for k, v in fields.items() if getattr(client, k) != v)
            for key in changed:
                setattr(client, key, fields[key])
            if "name" in changed:
                client.name_pinyin, client.name_initials = pinyin_keys(client.name)
            if changed:
                self.core.audit(s, "correct", "client", client.id, fields=changed, reason=why)
            s.flush()
            return ClientView.of(client)

    def _check_corrected_person(self, client: Client, fields: dict[str, Any]) -> None:
        id_number = fields.get("id_number", client.id_number)
        if not (id_number or "").strip():
            if "id_number" in fields:
                fields["id_number"] = None
            if fields.get("birth_date") is not None and fields["birth_date"] > self.core.today():
                raise CaseDeskError("P002")
            return
        new_id = "id_number" in fields
        merged = {
            "id_number": id_number,
            "birth_date": fields.get("birth_date", None if new_id else client.birth_date),
        }
        self.check_person(merged)  # P001 invalid, P002 future, P003 birth date contradicts
        sex = fields.get("sex", None if new_id else client.sex)
        if sex is not None and sex != merged["sex"]:
            raise CaseDeskError("P006")
        fields["id_number"], fields["birth_date"] = merged["id_number"], merged["birth_date"]
        fields["sex"] = merged["sex"]

    def likely_duplicates(
        self, name: str, birth_date: dt.date | None = None, id_number: str | None = None
    ) -> list[ClientView]:
        """Clients who are probably this person: the same ID number, or the same name and birth date."""
        with self.core.session() as s:
            conditions = []
            if id_number:
                conditions.append(Client.id_number == id_number.strip().upper())
            if birth_date is not None:
                conditions.append((Client.name == name.strip()) & (Client.birth_date == birth_date))
            if not conditions:
                return []
            visible = self.access.visible(s).client()
            return [ClientView.of(c) for c in s.scalars(select(Client).where(or_(*conditions), visible))]

    def clients(self, search: str | None = None, limit: int | None = None, offset: int = 0) -> list[ClientView]:
        """As-you-type search: name, full pinyin or initials (``zs`` finds 张三), phone, ID number, or
        the archive number of one of the client's cases; ``limit`` rows from ``offset`` (a page of a list)."""
        text = check_search(search)  # refused before the database is asked
        with self.core.session() as s:
            visible = self.access.visible(s)
            query = select(Client).where(visible.client()).order_by(Client.name_pinyin, Client.name, Client.id)
            if text:
                # Only numbers of cases the account sees: a search never links a client to another's case.
                by_case = select(Case.client_id).where(containing(Case.archive_code, text.upper()), visible.case())
                query = query.where(or_(client_match(text), Client.id.in_(by_case)))
            if offset:
                query = query.offset(offset)
            if limit:
                query = query.limit(limit)
            return [ClientView.of(c) for c in s.scalars(query)]

    def client(self, client_id: uuid.UUID) -> ClientView:
        with self.core.session() as s:
            return ClientView.of(self.get(s, "client", client_id))

    def create_household(self, /, name: str, **fields: Any) -> HouseholdView:
        self.core.require(Action.SERVE)
        check_fields("household", {"name": name, **fields})
        if not name.strip():
            raise CaseDeskError("C001", what="household name / 家庭名称")
        fields.setdefault("station_id", self.core.account.station_id)
        with self.core.session() as s:
            household = Household(name=name, **self._owned(**fields))
            s.add(household)
            s.flush()
            return HouseholdView.of(household)

    def household(self, household_id: uuid.UUID) -> HouseholdView:
        with self.core.session() as s:
            return HouseholdView.of(self.get(s, "household", household_id))

    def households(self) -> list[HouseholdView]:
        with self.core.session() as s:
            visible = self.access.visible(s).household()
            return [HouseholdView.of(h) for h in s.scalars(select(Household).where(visible).order_by(Household.name))]

    def add_household_member(
        self,
        household_id: uuid.UUID,
        name: str,
        relationship: str | None = None,
        client_id: uuid.UUID | None = None,
        birth_date: dt.date | None = None,
    ) -> HouseholdMember:
        self.core.require(Action.SERVE)
        check_fields("member", {"name": name, "relationship": relationship})
        with self.core.session() as s:
            self.get(s, "household", household_id)
            if client_id is not None:
                self.get(s, "client", client_id).household_id = household_id
            member = HouseholdMember(
                household_id=household_id,
                name=name,
                relationship=relationship,
                client_id=client_id,
                birth_date=birth_date,
            )
            s.add(member)
            return member

    def household_members(self, household_id: uuid.UUID) -> list[HouseholdMember]:
        with self.core.session() as s:
            self.get(s, "household", household_id)
            return list(s.scalars(select(HouseholdMember).where(HouseholdMember.household_id == household_id)))

    # -- cases and groups ------------------------------------------------------------------------
    def _check_project(self, s: Session, project_id: uuid.UUID, owner_id: uuid.UUID) -> Project:
        """The project a new case or group goes under: one open to the person who will own it (O009)."""
        project = s.get(Project, project_id)
        if project is None:
            raise CaseDeskError("R008", kind="服务项目 / project", id=str(project_id))
        owner = s.get(Account, owner_id)
        if owner is not None and not ProjectView.of(project).open_to(owner.id, owner.station_id):
            raise CaseDeskError("O009", project=project.name, name=owner.display_name)
        return project

    def create_case(
        self, /, client_id: uuid.UUID, project_id: uuid.UUID, case_type: str, domain: str, **fields: Any
    ) -> CaseView:
        self.core.require(Action.SERVE)
        fields = self._owned(**fields)
        with self.core.session() as s:
            self.get(s, "client", client_id)
            self._check_project(s, project_id, fields["owner_id"])
            case = Case(client_id=client_id, project_id=project_id, case_type=case_type, domain=domain, **fields)
            s.add(case)
            s.flush()
            self.core.audit(s, "create", "case", case.id)
            return CaseView.of(case)

    def cases(self, status: str | None = None, client_id: uuid.UUID | None = None) -> list[CaseView]:
        with self.core.session() as s:
            query = select(Case).where(self.access.visible(s).case()).order_by(Case.created_at)
            if status:
                query = query.where(Case.status == status)
            if client_id:
                query = query.where(Case.client_id == client_id)
            return [CaseView.of(c) for c in s.scalars(query)]

    def case(self, case_id: uuid.UUID) -> CaseView:
        with self.core.session() as s:
            return CaseView.of(self.get(s, "case", case_id))

    def create_group(self, /, project_id: uuid.UUID, name: str, kind: str, domain: str, **fields: Any) -> GroupView:
        self.core.require(Action.SERVE)
        with self.core.session() as s:
            return GroupView.of(self.create_group_row(s, project_id, name, kind, domain, **fields))

    def create_group_row(
        self, s: Session, project_id: uuid.UUID, name: str, kind: str, domain: str, **fields: Any
    ) -> ServiceGroup:
        """A new group in the caller's unit of work ``s`` (a group and its plan together: ``start_group``)."""
        check_fields("group", {"name": name, **fields})
        fields = self._owned(**fields)
        self._check_project(s, project_id, fields["owner_id"])
        group = ServiceGroup(project_id=project_id, name=name, kind=kind, domain=domain, **fields)
        s.add(group)
        s.flush()
        self.core.audit(s, "create", "group", group.id)
        return group

    # -- correcting a case's or group's domain and type -----------------------------------------------
    def known_values(self, s: Session) -> dict[str, set[str]]:
        """The domains, case types and group kinds a correction may name: the seed's domains and the active
        category codes' domains; the case types; the kinds an active nature code takes that are no case type."""
        natures = {k for row in s.scalars(select(CodeNature).where(CodeNature.active.is_(True)))
                   for k in (row.applies_to or [])}  # fmt: skip
        categories = s.scalars(select(CodeCategory.domain).where(CodeCategory.active.is_(True)))
        return {
            "domain": set(DOMAINS) | {d for d in categories if d},
            "case_type": set(CASE_TYPES),
            "kind": natures - set(CASE_TYPES),
        }

    def correct_file_row(self, s: Session, file: str, row: Case | ServiceGroup, reason: str, /, **changes: Any) -> None:
        """Correct a case's domain or type (``case_type``), or a group's domain or ``kind``, in the caller's unit
        of work: the worker's until the file has its archive number, a reviewer's after (K008). The number
        never changes; the correction, its reason and the values before and after go to the audit log, which
        the case's history reads."""
        self.core.require(Action.SERVE)
        why = check_reason(reason)
        wanted = {k: v for k, v in changes.items() if v is not None}
        known = self.known_values(s)
        names = {"domain": ("服务领域", "domain"), "case_type": ("个案类型", "case type"),
                 "kind": ("小组/活动类型", "group or activity kind")}  # fmt: skip
        for field, value in wanted.items():
            check_known(value, known[field], *names[field])
        self.access.require_open(s, file, row.id)
        check_file_correction(
            file,
            wanted,
            numbered=bool(row.archive_code),
            may_review=allowed(self.core.roles, Action.REVIEW),
            old_kind=getattr(row, "kind", None),
        )
        before = {k: getattr(row, k) for k in wanted if getattr(row, k) != wanted[k]}
        if not before:
            return
        for field in before:
            setattr(row, field, wanted[field])
        after = {k: wanted[k] for k in before}
        self.core.audit(s, "correct", file, row.id, fields=sorted(before), before=before, after=after, reason=why,
                        archive_code=row.archive_code)  # fmt: skip
        s.flush()

    def groups(self, status: str | None = None) -> list[GroupView]:
        with self.core.session() as s:
            visible = self.access.visible(s).group()
            query = select(ServiceGroup).where(visible).order_by(ServiceGroup.created_at)
            if status:
                query = query.where(ServiceGroup.status == status)
            return [GroupView.of(g) for g in s.scalars(query)]

    def group(self, group_id: uuid.UUID) -> GroupView:
        with self.core.session() as s:
            return GroupView.of(self.get(s, "group", group_id))

    def counts(self) -> dict[str, int]:
        """How many of each kind of row the signed-in account sees (void records included): for the
        agency head and business lead, everything the workspace holds."""
        with self.core.session() as s:
            visible = self.access.visible(s)
            return {
                name: s.scalar(select(func.count()).select_from(model).where(where)) or 0
                for name, model, where in (
                    ("clients", Client, visible.client()),
                    ("households", Household, visible.household()),
                    ("cases", Case, visible.case()),
                    ("groups", ServiceGroup, visible.group()),
                    ("records", FormRecord, visible.record()),
                )
            }

    def reassign(self, kind: str, item_id: uuid.UUID, owner_id: uuid.UUID) -> None:
        """Give a client, household, case, group or record to another worker (a supervisor's call).
        A case or group takes its form records along."""
        self.core.require(Action.REASSIGN)
        with self.core.session() as s:
            owner = s.get(Account, owner_id)
            if owner is None or not owner.active:
                raise CaseDeskError("R008", kind="账号 / account", id=str(owner_id))
            row = self.get(s, kind, item_id)
            if kind in ("case", "group"):
                self.access.require_open(s, kind, item_id)
            row.owner_id = owner_id
            for record in self._records_of(s, kind, item_id):
                record.owner_id = owner_id
            self.core.audit(s, "reassign", kind, item_id, to=owner_id)

    @staticmethod
    def _records_of(s: Session, kind: str, item_id: uuid.UUID) -> Iterator[FormRecord]:
        column = {"case": FormRecord.case_id, "group": FormRecord.group_id}.get(kind)
        if column is None:
            return iter(())
        return iter(s.scalars(select(FormRecord).where(column == item_id)))

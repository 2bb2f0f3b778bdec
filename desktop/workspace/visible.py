"""The rules of ``desktop.workflow.visibility`` as SQL predicates, one per table, for the Desk to put in
the WHERE clause of every list and every single read (never a load-everything-then-filter in Python).

"Open" means the whole file: a case or group the account (or their team) owns, or one shared with them.
"Seen" adds the file's header for a reviewer: the case or group a record waiting for their decision
belongs to, so the inbox can name it, without the rest of the file."""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select, true
from sqlalchemy.orm import Session

from desktop.forms.registry import Registry
from desktop.models import (
    Account,
    Attachment,
    Case,
    Client,
    Decision,
    FormRecord,
    Household,
    HouseholdMember,
    ServiceGroup,
    Share,
    Signature,
)
from desktop.roles import Role
from desktop.workflow.record_states import RecordStatus
from desktop.workflow.visibility import Scope, financial_forms, scope_for, waiting_steps


def account_scope(s: Session, account: Account) -> Scope:
    """One account's view as the rules define it: its roles and, for a supervisor, its team."""
    roles = list(account.roles or [])
    team: list[uuid.UUID] = []
    if Role.SUPERVISOR in roles:
        team = list(s.scalars(select(Account.id).where(Account.supervisor_id == account.id)))
    return scope_for(account.id, roles, team)


def station_has_supervisor(s: Session, station_id: uuid.UUID | None) -> bool:
    """Whether an active supervisor serves the station (else the business lead decides supervisor steps)."""
    for account in s.scalars(select(Account).where(Account.active.is_(True))):
        if account.has_role(Role.SUPERVISOR) and (station_id is None or account.station_id in (None, station_id)):
            return True
    return False


class Visible:
    """Predicates for one account's ``Scope``; each call builds a fresh expression."""

    def __init__(self, scope: Scope, registry: Registry) -> None:
        chains = {f.id: tuple(f.approval) for f in registry}
        self.scope = scope
        self.owners = sorted(scope.owners)  # a list for IN (...)
        self.steps = waiting_steps(chains, scope)
        signers = {f.id: [x.role for x in f.signers] for f in registry}
        self.financial = financial_forms(signers, chains) if scope.finance else frozenset()

    # -- files: cases and groups -------------------------------------------------------------------
    def shared(self, kind: str) -> Select:
        """The ids of the cases (or groups) shared with this account and not revoked."""
        return select(Share.target_id).where(
            Share.target_kind == kind, Share.account_id == self.scope.me, Share.revoked_at.is_(None)
        )

    def case_open(self) -> ColumnElement[bool]:
        if self.scope.agency_wide:
            return true()
        return or_(Case.owner_id.in_(self.owners), Case.id.in_(self.shared("case")))

    def group_open(self) -> ColumnElement[bool]:
        if self.scope.agency_wide:
            return true()
        return or_(ServiceGroup.owner_id.in_(self.owners), ServiceGroup.id.in_(self.shared("group")))

    def case(self) -> ColumnElement[bool]:
        if self.scope.agency_wide:
            return true()
        if not self.scope.reviews:
            return self.case_open()
        return or_(self.case_open(), Case.id.in_(select(FormRecord.case_id).where(self._reviewed_here())))

    def group(self) -> ColumnElement[bool]:
        if self.scope.agency_wide:
            return true()
        if not self.scope.reviews:
            return self.group_open()
        return or_(self.group_open(), ServiceGroup.id.in_(select(FormRecord.group_id).where(self._reviewed_here())))

    # -- form records ------------------------------------------------------------------------------
    def not_hidden(self) -> ColumnElement[bool]:
        """A complaint is never shown to the worker it concerns, whatever their role."""
        return or_(FormRecord.hidden_from_id.is_(None), FormRecord.hidden_from_id != self.scope.me)

    def record(self) -> ColumnElement[bool]:
        if self.scope.agency_wide:
            return self.not_hidden()
        return and_(
            self.not_hidden(),
            or_(
                FormRecord.owner_id.in_(self.owners),
                FormRecord.case_id.in_(select(Case.id).where(self.case_open())),
                FormRecord.group_id.in_(select(ServiceGroup.id).where(self.group_open())),
                self.reviewed(),
            ),
        )

    def _reviewed_here(self) -> ColumnElement[bool]:
        return and_(self.not_hidden(), self.reviewed())

    def reviewed(self) -> ColumnElement[bool]:
        """Records waiting for this account's decision, and records it decided (or, for the finance
        officer, signed). Empty for an account that reviews nothing."""
        me = self.scope.me
        terms: list[ColumnElement[bool]] = []
        if self.steps:
            approvals = (
                select(func.count(Decision.id))
                .where(
                    Decision.record_id == FormRecord.id,
                    Decision.outcome == "approve",
                    Decision.submission == FormRecord.submission_count,
                    Decision.content_hash == FormRecord.content_hash,
                )
                .correlate(FormRecord)
                .scalar_subquery()
            )
            waits = []
            for (index, role), forms in self.steps.items():
                at_step = and_(FormRecord.form_id.in_(forms), approvals == index)
                if role == Role.SUPERVISOR:
                    # Their team's supervisor steps, and those of workers without a supervisor; never
                    # another supervisor's team.
                    unassigned_or_mine = select(Account.id).where(
                        or_(Account.supervisor_id == me, Account.supervisor_id.is_(None))
                    )
                    at_step = and_(at_step, FormRecord.owner_id.in_(unassigned_or_mine))
                waits.append(at_step)
            terms.append(and_(FormRecord.status == RecordStatus.SUBMITTED, FormRecord.owner_id != me, or_(*waits)))
        if self.financial:
            terms.append(and_(FormRecord.status == RecordStatus.SUBMITTED, FormRecord.form_id.in_(self.financial)))
            terms.append(FormRecord.id.in_(select(Signature.record_id).where(Signature.captured_by_id == me)))
        if self.scope.reviews:
            terms.append(FormRecord.id.in_(select(Decision.record_id).where(Decision.reviewer_id == me)))
        return or_(*terms) if terms else false()

    # -- people ------------------------------------------------------------------------------------
    def client(self) -> ColumnElement[bool]:
        if self.scope.agency_wide:
            return true()
        return or_(
            Client.owner_id.in_(self.owners),
            Client.id.in_(select(Case.client_id).where(self.case())),
            Client.id.in_(select(FormRecord.client_id).where(self.record())),
        )

    def household(self) -> ColumnElement[bool]:
        if self.scope.agency_wide:
            return true()
        return or_(
            Household.owner_id.in_(self.owners),
            Household.id.in_(select(Case.household_id).where(self.case())),
            Household.id.in_(select(FormRecord.household_id).where(self.record())),
            Household.id.in_(select(Client.household_id).where(self.client())),
        )

    def household_member(self) -> ColumnElement[bool]:
        return HouseholdMember.household_id.in_(select(Household.id).where(self.household()))

    # -- files kept in the workspace ---------------------------------------------------------------
    def attachment(self) -> ColumnElement[bool]:
        """A record's attachment goes with the record (a hidden complaint's scan stays hidden); one kept
        on a case, group or client goes with that; one on nothing is its author's."""
        of_record = Attachment.record_id.in_(select(FormRecord.id).where(self.record()))
        if self.scope.agency_wide:
            return or_(Attachment.record_id.is_(None), of_record)
        loose = or_(
            Attachment.case_id.in_(select(Case.id).where(self.case_open())),
            Attachment.group_id.in_(select(ServiceGroup.id).where(self.group_open())),
            and_(
                Attachment.case_id.is_(None),
                Attachment.group_id.is_(None),
                Attachment.client_id.in_(select(Client.id).where(self.client())),
            ),
            Attachment.author_id == self.scope.me,
        )
        return or_(of_record, and_(Attachment.record_id.is_(None), loose))

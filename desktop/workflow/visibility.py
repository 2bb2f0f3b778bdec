"""Who sees what: the record-level rules, as plain values worked out from one account's roles, team and
the form definitions. The Desk turns a ``Scope`` into SQL predicates (``desktop.workspace.visible``) and
applies them to every list and every single read or write, whoever asks: the window or the command line.
Sync is not a person: bundles carry a device's scope and are never filtered by who signed in.

- A worker sees their own caseload: the cases, groups and other service records they own, the forms
  inside them, the clients and households linked to those, and what is shared with them.
- A supervisor sees their team (accounts whose supervisor they are) as a worker sees their own, and what
  waits for their decision: supervisor steps of their team, and of workers no supervisor is assigned to.
- The business lead and the agency head see the whole agency.
- A finance officer sees what waits for them (a step of their role, or a financial form in its chain
  that their signature block belongs to), what they decided or signed, and the groups those belong to.
- Nobody sees a record hidden from them (a complaint about them), whatever their role."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from desktop.roles import Role

AGENCY_WIDE = frozenset({Role.BUSINESS_LEAD, Role.AGENCY_HEAD})
SHARE_KINDS = ("case", "group")  # what can be shared: whole files, with everything inside them


@dataclass(frozen=True)
class Scope:
    """One account's view of the agency's work."""

    me: uuid.UUID
    agency_wide: bool  # the business lead and the agency head
    owners: frozenset[uuid.UUID]  # whose work is seen whole: the account and, for a supervisor, the team
    supervises: bool  # decides supervisor steps (their team's, and those of workers without a supervisor)
    step_roles: frozenset[str]  # chain roles whose waiting steps this account decides
    finance: bool  # sees financial forms waiting in their chain

    @property
    def reviews(self) -> bool:
        return bool(self.step_roles) or self.finance


def scope_for(me: uuid.UUID, roles: Iterable[str], team: Iterable[uuid.UUID] = ()) -> Scope:
    """``team``: the accounts whose ``supervisor_id`` is ``me`` (counted only for a supervisor)."""
    held = {r for r in roles if r in Role._value2member_map_}
    supervises = Role.SUPERVISOR in held
    owners = frozenset({me, *team}) if supervises else frozenset({me})
    step_roles = frozenset(held & {Role.SUPERVISOR, Role.BUSINESS_LEAD, Role.AGENCY_HEAD, Role.FINANCE_OFFICER})
    return Scope(
        me=me,
        agency_wide=bool(held & AGENCY_WIDE),
        owners=owners,
        supervises=supervises,
        step_roles=step_roles,
        finance=Role.FINANCE_OFFICER in held,
    )


def waiting_steps(chains: Mapping[str, Sequence[str]], scope: Scope) -> dict[tuple[int, str], list[str]]:
    """The chain steps this account decides, as (step index, role) -> the forms whose chain has it there.
    A record waits at step N when it is submitted with N approvals of its current content."""
    steps: dict[tuple[int, str], list[str]] = {}
    for form_id, chain in chains.items():
        for index, role in enumerate(chain):
            if role in scope.step_roles:
                steps.setdefault((index, role), []).append(form_id)
    return steps


def financial_forms(signers: Mapping[str, Iterable[str]], chains: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """Forms the finance officer signs or decides (the plan's budget, the funding request, the
    financial report): ``signers`` and ``chains`` are each form's signer roles and approval chain."""
    found = {f for f, roles in signers.items() if Role.FINANCE_OFFICER in set(roles)}
    found |= {f for f, chain in chains.items() if Role.FINANCE_OFFICER in chain}
    return frozenset(found)


def may_share(scope: Scope, owner_id: uuid.UUID | None, owner_supervisor_id: uuid.UUID | None) -> bool:
    """The owner shares their case or group; so do the owner's supervisor and the agency's leadership
    (the business lead, and the agency head above them)."""
    if owner_id is not None and owner_id == scope.me:
        return True
    if scope.supervises and owner_supervisor_id == scope.me:
        return True
    return scope.agency_wide


def decides_for(scope: Scope, step_role: str, owner_supervisor_id: uuid.UUID | None) -> bool:
    """Whose supervisor steps a supervisor decides: their team's, and those of workers without a supervisor;
    never another supervisor's team (``Visible.reviewed`` asks the same in SQL for the inbox). Other
    steps go to whoever holds the step's role, agency-wide."""
    if step_role != Role.SUPERVISOR or scope.agency_wide:
        return True
    return owner_supervisor_id is None or owner_supervisor_id == scope.me

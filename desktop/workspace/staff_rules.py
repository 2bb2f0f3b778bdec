"""The rules an account's roles and place in the agency keep, whoever changes them (a new account, an edit, a
staff list from Excel): at least one known role, an open station, a supervisor who is an active supervisor,
a worker under a supervisor wherever her station has one, and always one active agency head."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import CaseDeskError
from desktop.models import Account, Station
from desktop.roles import Role


def check_roles(username: str, roles: Sequence[str]) -> None:
    """A007 for a role nobody knows, A016 for none at all."""
    for role in roles:
        if role not in Role._value2member_map_:
            raise CaseDeskError("A007", role=role)
    if not roles:
        raise CaseDeskError("A016", username=username)


def open_station(s: Session, station_id: uuid.UUID | None) -> Station | None:
    """The station ``station_id`` names, refused when there is none (R008) or it is closed (O003)."""
    if station_id is None:
        return None
    station = s.get(Station, station_id)
    if station is None:
        raise CaseDeskError("R008", kind="站点 / station", id=str(station_id))
    if station.closed_on is not None:
        raise CaseDeskError("O003", name=station.name)
    return station


def check_placement(
    s: Session,
    *,
    account_id: uuid.UUID | None,
    display_name: str,
    roles: Sequence[str],
    station_id: uuid.UUID | None,
    supervisor_id: uuid.UUID | None,
) -> None:
    """A supervisor must be another active account holding the supervisor role (A014); a worker with no
    supervisor is refused where her station is served by one (A017: her work would wait for nobody)."""
    if supervisor_id is not None:
        supervisor = s.get(Account, supervisor_id)
        if (
            supervisor is None
            or supervisor.id == account_id
            or not supervisor.active
            or not supervisor.has_role(Role.SUPERVISOR)
        ):
            raise CaseDeskError("A014", name=supervisor.display_name if supervisor else str(supervisor_id))
    elif Role.WORKER in roles and Role.SUPERVISOR not in roles:
        others = [a for a in s.scalars(select(Account).where(Account.active.is_(True))) if a.id != account_id]
        if any(a.has_role(Role.SUPERVISOR) and a.station_id in (None, station_id) for a in others):
            station = s.get(Station, station_id) if station_id is not None else None
            raise CaseDeskError("A017", station=station.name if station else "机构 / the agency", name=display_name)


def keeps_an_agency_head(s: Session, account: Account, roles: Sequence[str], active: bool) -> None:
    """A018 when ``account`` is the last active agency head and would stop being one."""
    if not (account.active and account.has_role(Role.AGENCY_HEAD)) or (active and Role.AGENCY_HEAD in roles):
        return
    heads = s.scalars(select(Account).where(Account.active.is_(True), Account.id != account.id))
    if not any(a.has_role(Role.AGENCY_HEAD) for a in heads):
        raise CaseDeskError("A018", name=account.display_name)

"""The agency on the Desk: its record, stations, projects and settings, and the accounts of the people who
work in it (creating one, checking the signed-in person's password again, their interface language)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from desktop.errors import CaseDeskError
from desktop.models import Account, Agency, Project, Setting, Station
from desktop.roles import Role
from desktop.settings import coerce
from desktop.workflow.permissions import Action
from desktop.workspace import visible
from desktop.workspace.attempts import write_to_audit
from desktop.workspace.audit_ops import AuditService
from desktop.workspace.core import Core
from desktop.workspace.keystore import Keystore, check_password_strength
from desktop.workspace.layout import Layout
from desktop.workspace.views import AccountView, ProjectView, StationView


class AgencyService:
    """The agency, its stations, projects, settings and accounts. Needs: the core and the audit log (the wrong
    passwords noted before an unlock)."""

    def __init__(self, core: Core, audit_log: AuditService) -> None:
        self.core, self.audit_log = core, audit_log

    # -- agency, stations, projects ------------------------------------------------------------
    def agency(self) -> Agency:
        with self.core.session() as s:
            agency = s.scalars(select(Agency)).first()
            if agency is None:
                raise CaseDeskError("W005", reason="the workspace has no agency")
            return agency

    def stations(self) -> list[StationView]:
        with self.core.session() as s:
            return [StationView.of(x) for x in s.scalars(select(Station).order_by(Station.name))]

    def create_station(self, name: str, township: str | None = None, code: str | None = None) -> StationView:
        self.core.require(Action.MANAGE_AGENCY)
        with self.core.session() as s:
            station = Station(agency_id=self.agency().id, name=name, township=township, code=code)
            s.add(station)
            s.flush()
            return StationView.of(station)

    def projects(self) -> list[ProjectView]:
        with self.core.session() as s:
            return [
                ProjectView.of(x) for x in s.scalars(select(Project).order_by(Project.contract_start, Project.name))
            ]

    def create_project(self, /, **fields: Any) -> ProjectView:
        self.core.require(Action.MANAGE_AGENCY)
        with self.core.session() as s:
            project = Project(agency_id=self.agency().id, **fields)
            s.add(project)
            s.flush()
            return ProjectView.of(project)

    # -- settings ---------------------------------------------------------------------------------
    def setting(self, key: str) -> Any:
        return self.core.setting(key)

    def set_setting(self, key: str, value: Any) -> Any:
        self.core.require(Action.MANAGE_AGENCY)
        value = coerce(key, value)
        with self.core.session() as s:
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value
        return value

    # -- accounts ---------------------------------------------------------------------------------
    def accounts(self) -> list[AccountView]:
        with self.core.session() as s:
            return [AccountView.of(x) for x in s.scalars(select(Account).order_by(Account.username))]

    def create_account(
        self,
        username: str,
        display_name: str,
        roles: list[str],
        password: str,
        station_id: uuid.UUID | None = None,
        supervisor_id: uuid.UUID | None = None,
    ) -> AccountView:
        """An account and its keystore entry: a transaction of its own (``add_account``), the keystore last."""
        self.core.require(Action.MANAGE_ACCOUNTS)
        return AccountView.of(
            add_account(
                self.core.layout,
                self.core.session_factory,
                username,
                display_name,
                roles,
                password,
                station_id=station_id,
                supervisor_id=supervisor_id,
                data_key=self.core.data_key,
            )
        )

    def verify_password(self, password: str) -> None:
        """Check the signed-in person's password again (unlocking a locked window); raises A001 when wrong,
        A015 while wrong ones make it wait. Then the wrong passwords noted meanwhile go into the audit log."""
        core = self.core
        Keystore(core.layout.keystore_file).unlock(core.account.username, password, where="unlock")
        write_to_audit(core.layout.root, core.data_key, self.audit_log.audit_unattributed)

    def set_my_language(self, lang: str) -> None:
        """The signed-in person's interface language, kept for their next sign-in."""
        if lang not in ("zh", "en"):
            raise CaseDeskError("C001", what="language zh|en")
        with self.core.session() as s:
            account = s.get(Account, self.core.account_id)
            assert account is not None  # the signed-in account
            account.language = lang
        self.core.account.language = lang

    def station_has_supervisor(self, station_id: uuid.UUID | None) -> bool:
        with self.core.session() as s:
            return visible.station_has_supervisor(s, station_id)


def add_account(
    layout: Layout,
    sessions: Any,
    username: str,
    display_name: str,
    roles: list[str],
    password: str,
    *,
    station_id: uuid.UUID | None = None,
    supervisor_id: uuid.UUID | None = None,
    data_key: bytes,
) -> Account:
    """Create an account row and its keystore entry together (the keystore last, so a refused
    password leaves no row behind); the workspace's data key is sealed to the new account's key."""
    for role in roles:
        if role not in Role._value2member_map_:
            raise CaseDeskError("A007", role=role)
    username = username.strip()
    if not username:
        raise CaseDeskError("C001", what="username / 用户名")
    keystore = Keystore(layout.keystore_file)
    if username in keystore.usernames():
        raise CaseDeskError("A002", username=username)
    check_password_strength(password)
    with sessions() as s, s.begin():
        if s.scalars(select(Account).where(Account.username == username)).first() is not None:
            raise CaseDeskError("A002", username=username)
        account = Account(
            username=username,
            display_name=display_name,
            roles=list(roles),
            station_id=station_id,
            supervisor_id=supervisor_id,
        )
        s.add(account)
        s.flush()
        keystore.add(username, account.id, password, data_key)
    return account

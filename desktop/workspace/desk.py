"""The Qt-free façade over one open workspace, for one signed-in account.

Every method opens its own short session (no widget ever holds one), checks the account's role in
the domain layer, and returns detached rows or plain views. Creating and opening a workspace live in
``desktop.workspace.open``; record work lives in ``RecordOps``; people, cases and groups in
``ServiceOps``."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.errors import AccessDenied, CaseDeskError
from desktop.forms.registry import Registry
from desktop.models import Account, Agency, Project, Setting, Station
from desktop.models.engine import make_sessionmaker
from desktop.roles import Role
from desktop.security.crypto import FileCipher, database_key
from desktop.settings import SETTINGS, coerce
from desktop.workflow.permissions import Action, require
from desktop.workspace import backups
from desktop.workspace.access_ops import AccessOps
from desktop.workspace.attachment_ops import AttachmentOps
from desktop.workspace.attempts import write_to_audit
from desktop.workspace.audit_ops import AuditOps
from desktop.workspace.calendar_ops import CalendarOps
from desktop.workspace.case_ops import CaseOps
from desktop.workspace.conflict_ops import ConflictOps
from desktop.workspace.context_ops import ContextOps
from desktop.workspace.definition_ops import DefinitionOps
from desktop.workspace.draft_ops import DraftOps
from desktop.workspace.group_ops import GroupOps
from desktop.workspace.hub_ops import HubOps
from desktop.workspace.indicator_ops import IndicatorOps
from desktop.workspace.key_ops import KeyOps
from desktop.workspace.keystore import Keystore, check_password_strength
from desktop.workspace.layout import Layout, WorkspaceInfo
from desktop.workspace.listing_ops import ListingOps
from desktop.workspace.numbering_ops import NumberingOps
from desktop.workspace.print_ops import PrintOps
from desktop.workspace.privacy_ops import PrivacyOps
from desktop.workspace.quality_ops import QualityOps
from desktop.workspace.record_ops import RecordOps
from desktop.workspace.retention_ops import RetentionOps
from desktop.workspace.review_ops import ReviewOps
from desktop.workspace.roster_ops import RosterOps
from desktop.workspace.service_ops import ServiceOps
from desktop.workspace.signature_ops import SignatureOps
from desktop.workspace.spot_check_ops import SpotCheckOps
from desktop.workspace.store import StoreStatus, storage_error
from desktop.workspace.sync_ops import SyncOps
from desktop.workspace.task_ops import TaskOps
from desktop.workspace.visible import station_has_supervisor


class Desk(
    AccessOps,
    RecordOps,
    ContextOps,
    AttachmentOps,
    ServiceOps,
    DraftOps,
    NumberingOps,
    CalendarOps,
    CaseOps,
    GroupOps,
    TaskOps,
    PrintOps,
    SignatureOps,
    RosterOps,
    SyncOps,
    HubOps,
    ConflictOps,
    DefinitionOps,
    ReviewOps,
    AuditOps,
    KeyOps,
    PrivacyOps,
    RetentionOps,
    SpotCheckOps,
    IndicatorOps,
    QualityOps,
    ListingOps,
):
    def __init__(
        self,
        layout: Layout,
        info: WorkspaceInfo,
        engine: Engine,
        account_id: uuid.UUID,
        registry: Registry,
        store_status: StoreStatus,
        data_key: bytes,
        clock: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.layout = layout
        self.data_key = data_key  # held in memory while signed in: attachments and sync keys need it
        self.files = FileCipher.for_workspace(data_key)
        self.info = info
        self.engine = engine
        self.account_id = account_id
        self.registry = registry
        self.store_status = store_status
        self.clock = clock  # tests move it (a month end, a device offline for weeks)
        self._sessions = make_sessionmaker(engine)
        self._forbidden_thread: threading.Thread | None = None
        self.account = self._load_account()

    def today(self) -> dt.date:
        return self.clock()

    # -- plumbing ---------------------------------------------------------------------------------
    def forbid_thread(self, thread: threading.Thread | None) -> None:
        """No session on this thread (the window's: its work goes through the operation helper); None lifts it."""
        self._forbidden_thread = thread

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short unit of work: committed when the block ends, rolled back whole on any error (a full
        disk included: the person is told in their words, W011)."""
        if self._forbidden_thread is not None and threading.current_thread() is self._forbidden_thread:
            raise RuntimeError("the database was asked on the window's thread")
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as exc:
            raise storage_error(exc, self.layout.root) from exc

    def close(self) -> None:
        self.clear_plain_copies()
        self.engine.dispose()
        if self.engine.dialect.name == "sqlite":
            backups.mark_closed(self.layout)  # the file as left: the next sign-in need not check it whole

    def check_file(self) -> None:
        """The whole-file check a large workspace leaves until after signing in: a damaged file is reported
        (W008 with the backup to restore, W010 without one) while the person works on."""
        backups.check_integrity(self.layout, database_key(self.data_key))

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _load_account(self) -> Account:
        with self.session() as s:
            account = s.get(Account, self.account_id)
            if account is None:
                raise AccessDenied("A001")
            if not account.active:
                raise AccessDenied("A003", username=account.username)
            return account

    @property
    def roles(self) -> list[str]:
        return list(self.account.roles or [])

    def require(self, action: Action) -> None:
        require(self.roles, action)

    # -- agency, stations, projects ------------------------------------------------------------
    def agency(self) -> Agency:
        with self.session() as s:
            agency = s.scalars(select(Agency)).first()
            if agency is None:
                raise CaseDeskError("W005", reason="the workspace has no agency")
            return agency

    def stations(self) -> list[Station]:
        with self.session() as s:
            return list(s.scalars(select(Station).order_by(Station.name)))

    def create_station(self, name: str, township: str | None = None, code: str | None = None) -> Station:
        self.require(Action.MANAGE_AGENCY)
        with self.session() as s:
            station = Station(agency_id=self.agency().id, name=name, township=township, code=code)
            s.add(station)
            return station

    def projects(self) -> list[Project]:
        with self.session() as s:
            return list(s.scalars(select(Project).order_by(Project.contract_start, Project.name)))

    def create_project(self, **fields: Any) -> Project:
        self.require(Action.MANAGE_AGENCY)
        with self.session() as s:
            project = Project(agency_id=self.agency().id, **fields)
            s.add(project)
            return project

    # -- settings ---------------------------------------------------------------------------------
    def setting(self, key: str) -> Any:
        definition = SETTINGS[key]
        with self.session() as s:
            row = s.get(Setting, key)
            return definition.default if row is None else row.value

    def set_setting(self, key: str, value: Any) -> Any:
        self.require(Action.MANAGE_AGENCY)
        value = coerce(key, value)
        with self.session() as s:
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value
        return value

    # -- accounts ---------------------------------------------------------------------------------
    def accounts(self) -> list[Account]:
        with self.session() as s:
            return list(s.scalars(select(Account).order_by(Account.username)))

    def create_account(
        self,
        username: str,
        display_name: str,
        roles: list[str],
        password: str,
        station_id: uuid.UUID | None = None,
        supervisor_id: uuid.UUID | None = None,
    ) -> Account:
        self.require(Action.MANAGE_ACCOUNTS)
        return add_account(
            self.layout,
            self._sessions,
            username,
            display_name,
            roles,
            password,
            station_id=station_id,
            supervisor_id=supervisor_id,
            data_key=self.data_key,
        )

    def verify_password(self, password: str) -> None:
        """Check the signed-in person's password again (unlocking a locked window); raises A001 when wrong,
        A015 while wrong ones make it wait. Then the wrong passwords noted meanwhile go into the audit log."""
        Keystore(self.layout.keystore_file).unlock(self.account.username, password, where="unlock")
        write_to_audit(self)

    def set_my_language(self, lang: str) -> None:
        """The signed-in person's interface language, kept for their next sign-in."""
        if lang not in ("zh", "en"):
            raise CaseDeskError("C001", what="language zh|en")
        with self.session() as s:
            s.get(Account, self.account_id).language = lang
        self.account.language = lang

    def station_has_supervisor(self, station_id: uuid.UUID | None) -> bool:
        with self.session() as s:
            return station_has_supervisor(s, station_id)


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

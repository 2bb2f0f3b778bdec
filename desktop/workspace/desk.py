"""The Qt-free façade over one open workspace, for one signed-in account.

Every method opens its own short session (no widget ever holds one), checks the account's role in
the domain layer, and returns detached rows or plain views. Creating and opening a workspace live in
``desktop.workspace.open``; the work itself in the services the Desk builds and hands each call to."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desktop.errors import CaseDeskError
from desktop.forms.registry import Registry
from desktop.models import Account, Agency, Project, Setting, Station
from desktop.roles import Role
from desktop.security.crypto import FileCipher, database_key
from desktop.settings import SETTINGS, coerce
from desktop.workflow.permissions import Action
from desktop.workspace import backups
from desktop.workspace.access_ops import AccessService
from desktop.workspace.attachment_ops import AttachmentService
from desktop.workspace.attempts import write_to_audit
from desktop.workspace.audit_ops import AuditService
from desktop.workspace.calendar_ops import CalendarService
from desktop.workspace.case_ops import CaseService
from desktop.workspace.conflict_ops import ConflictService
from desktop.workspace.context_ops import ContextService
from desktop.workspace.core import Core
from desktop.workspace.definition_ops import DefinitionOps
from desktop.workspace.draft_ops import DraftService
from desktop.workspace.facade import via
from desktop.workspace.group_ops import GroupService
from desktop.workspace.hub_ops import HubOps
from desktop.workspace.indicator_ops import IndicatorOps
from desktop.workspace.key_ops import KeyService
from desktop.workspace.keystore import Keystore, check_password_strength
from desktop.workspace.layout import Layout, WorkspaceInfo
from desktop.workspace.listing_ops import ListingService
from desktop.workspace.numbering_ops import NumberingService
from desktop.workspace.print_ops import PrintOps
from desktop.workspace.privacy_ops import PrivacyOps
from desktop.workspace.quality_ops import QualityOps
from desktop.workspace.record_ops import RecordService
from desktop.workspace.retention_ops import RetentionOps
from desktop.workspace.review_ops import ReviewOps
from desktop.workspace.roster_ops import RosterOps
from desktop.workspace.service_ops import PeopleService
from desktop.workspace.signature_ops import SignatureService
from desktop.workspace.spot_check_ops import SpotCheckOps
from desktop.workspace.store import StoreStatus
from desktop.workspace.sync_ops import SyncOps
from desktop.workspace.task_ops import TaskOps
from desktop.workspace.visible import station_has_supervisor


class Desk(
    TaskOps,
    PrintOps,
    RosterOps,
    SyncOps,
    HubOps,
    DefinitionOps,
    ReviewOps,
    PrivacyOps,
    RetentionOps,
    SpotCheckOps,
    IndicatorOps,
    QualityOps,
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
        self.core = core = Core(layout, info, engine, account_id, registry, store_status, data_key, clock)
        # The services, each given the core and the peers it calls (README, "Architecture").
        self.access = AccessService(core)
        self.audit_log = AuditService(core)
        self.calendar = CalendarService(core)
        self.autosave = DraftService(core, self.access)
        self.keys = KeyService(core)
        self.lists = ListingService(core, self.access)
        self.conflict_log = ConflictService(core)
        self.attachment_files = AttachmentService(core, self.access)
        self.signing = SignatureService(core, self.access, self.attachment_files)
        self.people = PeopleService(core, self.access)
        self.numbering = NumberingService(core, self.access)
        # Records need the context; the case and group services need records and register with them (and the
        # groups with the context) what a record does to its file, so records never call them back.
        self.context = ContextService(core, self.access, self.calendar)
        self.record_work = RecordService(core, self.access, self.context)
        self.case_work = CaseService(
            core, self.access, self.people, self.numbering, self.record_work, self.context, self.attachment_files
        )
        self.group_work = GroupService(core, self.access, self.people, self.numbering, self.record_work, self.context)

    # -- the façade: each public call handed to the service that holds it ------------------------------
    share = via("access", AccessService.share)
    unshare = via("access", AccessService.unshare)
    shares = via("access", AccessService.shares)
    may_share = via("access", AccessService.may_share)
    update_account = via("access", AccessService.update_account)
    audit = via("audit_log", AuditService.audit)
    audit_unattributed = via("audit_log", AuditService.audit_unattributed)
    audit_entries = via("audit_log", AuditService.audit_entries)
    verify_audit = via("audit_log", AuditService.verify_audit)
    work_calendar = via("calendar", CalendarService.work_calendar)
    set_calendar_year = via("calendar", CalendarService.set_calendar_year)
    save_draft = via("autosave", DraftService.save_draft)
    draft = via("autosave", DraftService.draft)
    drafts = via("autosave", DraftService.drafts)
    discard_draft = via("autosave", DraftService.discard_draft)
    change_my_password = via("keys", KeyService.change_my_password)
    reset_password = via("keys", KeyService.reset_password)
    new_recovery_key = via("keys", KeyService.new_recovery_key)
    has_recovery_key = via("keys", KeyService.has_recovery_key)
    case_page = via("lists", ListingService.case_page)
    group_page = via("lists", ListingService.group_page)
    record_page = via("lists", ListingService.record_page)
    my_records_dated = via("lists", ListingService.my_records_dated)
    names = via("lists", ListingService.names)
    add_attachment = via("attachment_files", AttachmentService.add_attachment)
    attach_bytes = via("attachment_files", AttachmentService.attach_bytes)
    attachment_path = via("attachment_files", AttachmentService.attachment_path)
    has_attachment = via("attachment_files", AttachmentService.has_attachment)
    drop_attachment = via("attachment_files", AttachmentService.drop_attachment)
    store_attachment = via("attachment_files", AttachmentService.store_attachment)
    read_attachment = via("attachment_files", AttachmentService.read_attachment)
    plain_copy = via("attachment_files", AttachmentService.plain_copy)
    preview_file = via("attachment_files", AttachmentService.preview_file)
    plain_files = via("attachment_files", AttachmentService.plain_files)
    clear_plain_copies = via("attachment_files", AttachmentService.clear_plain_copies)
    attachments = via("attachment_files", AttachmentService.attachments)
    sign = via("signing", SignatureService.sign)
    signatures = via("signing", SignatureService.signatures)
    conflicts = via("conflict_log", ConflictService.conflicts)
    resolve_conflict = via("conflict_log", ConflictService.resolve_conflict)
    create_client = via("people", PeopleService.create_client)
    update_client = via("people", PeopleService.update_client)
    likely_duplicates = via("people", PeopleService.likely_duplicates)
    clients = via("people", PeopleService.clients)
    client = via("people", PeopleService.client)
    create_household = via("people", PeopleService.create_household)
    household = via("people", PeopleService.household)
    households = via("people", PeopleService.households)
    add_household_member = via("people", PeopleService.add_household_member)
    household_members = via("people", PeopleService.household_members)
    create_case = via("people", PeopleService.create_case)
    cases = via("people", PeopleService.cases)
    case = via("people", PeopleService.case)
    create_group = via("people", PeopleService.create_group)
    groups = via("people", PeopleService.groups)
    group = via("people", PeopleService.group)
    counts = via("people", PeopleService.counts)
    reassign = via("people", PeopleService.reassign)
    categories = via("numbering", NumberingService.categories)
    natures = via("numbering", NumberingService.natures)
    save_code = via("numbering", NumberingService.save_code)
    open_case = via("numbering", NumberingService.open_case)
    number_group = via("numbering", NumberingService.number_group)
    assign_pending = via("numbering", NumberingService.assign_pending)
    find_by_number = via("numbering", NumberingService.find_by_number)
    ensure_own_block = via("numbering", NumberingService.ensure_own_block)
    grant_block = via("numbering", NumberingService.grant_block)
    accept_block = via("numbering", NumberingService.accept_block)
    issued_numbers = via("numbering", NumberingService.issued_numbers)
    learn_numbers = via("numbering", NumberingService.learn_numbers)
    retire_own_range = via("numbering", NumberingService.retire_own_range)
    record = via("record_work", RecordService.record)
    records = via("record_work", RecordService.records)
    revisions = via("record_work", RecordService.revisions)
    decisions = via("record_work", RecordService.decisions)
    comments = via("record_work", RecordService.comments)
    new_record = via("record_work", RecordService.new_record)
    validate_record = via("record_work", RecordService.validate_record)
    save_record = via("record_work", RecordService.save_record)
    submit_record = via("record_work", RecordService.submit_record)
    decide = via("record_work", RecordService.decide)
    comment = via("record_work", RecordService.comment)
    void_record = via("record_work", RecordService.void_record)
    case_facts = staticmethod(CaseService.case_facts)
    archive_missing = via("case_work", CaseService.archive_missing)
    sessions_held = via("case_work", CaseService.sessions_held)
    archive_case = via("case_work", CaseService.archive_case)
    record_offline_approval = via("case_work", CaseService.record_offline_approval)
    confirm_offline_approval = via("case_work", CaseService.confirm_offline_approval)
    unconfirmed_approvals = via("case_work", CaseService.unconfirmed_approvals)
    confirm_hotline_case = via("case_work", CaseService.confirm_hotline_case)
    hand_over_originals = via("case_work", CaseService.hand_over_originals)
    anonymised_case = via("case_work", CaseService.anonymised_case)
    case_timeline = via("case_work", CaseService.case_timeline)
    group_facts = via("group_work", GroupService.group_facts)
    start_group = via("group_work", GroupService.start_group)
    group_archive_missing = via("group_work", GroupService.group_archive_missing)
    archive_group = via("group_work", GroupService.archive_group)
    group_dates = via("group_work", GroupService.group_dates)
    group_deadline = via("group_work", GroupService.group_deadline)
    participation = via("group_work", GroupService.participation)
    record_context = via("context", ContextService.record_context)

    # Until every mixin below is a service of its own, they reach these peers through the Desk.
    _scope_of = staticmethod(AccessService.scope_of)
    _scope = via("access", AccessService.scope)
    _visible = via("access", AccessService.visible)
    _sees = via("access", AccessService.sees)
    _require_seen = via("access", AccessService.require_seen)
    _require_open = via("access", AccessService.require_open)
    _require_linked = via("access", AccessService.require_linked)

    def _audit(self, s: Session, action: str, kind: str | None = None, target: Any = None, **detail: Any) -> Any:
        return self.core.audit(s, action, kind, target, **detail)

    @property
    def device_id(self) -> str:
        return self.numbering.device_id

    # -- the core: every service's unit of work, account, clock and registry --------------------------
    @property
    def layout(self) -> Layout:
        return self.core.layout

    @property
    def info(self) -> WorkspaceInfo:
        return self.core.info

    @info.setter
    def info(self, info: WorkspaceInfo) -> None:
        self.core.info = info

    @property
    def engine(self) -> Engine:
        return self.core.engine

    @property
    def data_key(self) -> bytes:
        return self.core.data_key

    @property
    def files(self) -> FileCipher:
        return self.core.files

    @property
    def store_status(self) -> StoreStatus:
        return self.core.store_status

    @property
    def account(self) -> Account:
        return self.core.account

    @property
    def account_id(self) -> uuid.UUID:
        return self.core.account_id

    @property
    def registry(self) -> Registry:
        return self.core.registry

    @registry.setter
    def registry(self, registry: Registry) -> None:
        self.core.registry = registry

    @property
    def clock(self) -> Callable[[], dt.date]:
        return self.core.clock

    @clock.setter
    def clock(self, clock: Callable[[], dt.date]) -> None:  # tests move it (a month end, a laptop offline)
        self.core.clock = clock

    def today(self) -> dt.date:
        return self.core.today()

    def session(self) -> AbstractContextManager[Session]:
        """A short unit of work (``Core.session``)."""
        return self.core.session()

    def forbid_thread(self, thread: threading.Thread | None) -> None:
        """Tests mark the window's thread: the database asked there fails instead of freezing the window."""
        self.core.forbid_thread(thread)

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

    @property
    def roles(self) -> list[str]:
        return self.core.roles

    def require(self, action: Action) -> None:
        self.core.require(action)

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
            self.core.session_factory,
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

    # -- transitional: the mixins still on the Desk (print, roster, privacy, task, review, hub) reach the
    # records, context, people and numbering services through these until they are services themselves.
    _record_row = via("access", AccessService.record_row)
    _context = via("context", ContextService.context)
    _transfer_due = via("context", ContextService.transfer_due)
    _get = via("people", PeopleService.get)
    _check_person = via("people", PeopleService.check_person)
    _grant = via("numbering", NumberingService.grant)


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

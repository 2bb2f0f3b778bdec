"""The Qt-free façade over one open workspace, for one signed-in account.

Every call is one short unit of work (no widget ever holds a session), checks the account's role in the
domain layer, and returns detached rows or plain views. The Desk builds the services and hands each call to
the one holding it; creating and opening a workspace live in ``desktop.workspace.open``."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desktop.forms.registry import Registry
from desktop.models import Account
from desktop.security.crypto import FileCipher, database_key
from desktop.workflow.permissions import Action
from desktop.workspace import backups
from desktop.workspace.access_ops import AccessService
from desktop.workspace.agency_ops import AgencyService
from desktop.workspace.attachment_ops import AttachmentService
from desktop.workspace.audit_ops import AuditService
from desktop.workspace.calendar_ops import CalendarService
from desktop.workspace.case_ops import CaseService
from desktop.workspace.conflict_ops import ConflictService
from desktop.workspace.context_ops import ContextService
from desktop.workspace.core import Core
from desktop.workspace.definition_ops import DefinitionService
from desktop.workspace.draft_ops import DraftService
from desktop.workspace.facade import via
from desktop.workspace.group_ops import GroupService
from desktop.workspace.hub_ops import HubService
from desktop.workspace.indicator_ops import IndicatorService
from desktop.workspace.key_ops import KeyService
from desktop.workspace.layout import Layout, WorkspaceInfo
from desktop.workspace.listing_ops import ListingService
from desktop.workspace.numbering_ops import NumberingService
from desktop.workspace.print_ops import PrintService
from desktop.workspace.privacy_ops import PrivacyService
from desktop.workspace.quality_ops import QualityService
from desktop.workspace.record_ops import RecordService
from desktop.workspace.retention_ops import RetentionService
from desktop.workspace.review_ops import ReviewService
from desktop.workspace.roster_ops import RosterService
from desktop.workspace.service_ops import PeopleService
from desktop.workspace.signature_ops import SignatureService
from desktop.workspace.spot_check_ops import SpotCheckService
from desktop.workspace.store import StoreStatus
from desktop.workspace.summary_ops import SummaryService
from desktop.workspace.sync_ops import SyncService
from desktop.workspace.task_ops import TaskService


class Desk:
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
        self.agency_admin = AgencyService(core, self.audit_log)
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
        self.definitions = DefinitionService(core)
        self.printing = PrintService(core, self.access, self.context, self.signing, self.case_work, self.group_work)
        self.rosters = RosterService(core, self.access, self.people, self.record_work)
        self.privacy = PrivacyService(core, self.access, self.people)
        self.retention = RetentionService(core, self.attachment_files)
        self.indicator_work = IndicatorService(core, self.access, self.agency_admin)
        self.quality = QualityService(core, self.access, self.indicator_work, self.group_work)
        self.spot_checks_svc = SpotCheckService(core, self.access, self.case_work, self.group_work, self.agency_admin)
        self.task_list = TaskService(core, self.access, self.record_work, self.context, self.group_work)
        self.summaries = SummaryService(
            core, self.access, self.people, self.case_work, self.group_work, self.record_work, self.task_list
        )
        self.review = ReviewService(core, self.access, self.task_list, self.record_work)
        self.sync = SyncService(core, self.definitions, self.attachment_files, self.retention, self.numbering)
        self.hub = HubService(core, self.agency_admin, self.numbering)

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
    must_change_password = via("keys", KeyService.must_change_password)
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
    new_valid_record = via("record_work", RecordService.new_valid_record)
    save_valid_record = via("record_work", RecordService.save_valid_record)
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
    correct_case = via("case_work", CaseService.correct_case)
    group_facts = via("group_work", GroupService.group_facts)
    start_group = via("group_work", GroupService.start_group)
    group_archive_missing = via("group_work", GroupService.group_archive_missing)
    archive_group = via("group_work", GroupService.archive_group)
    correct_group = via("group_work", GroupService.correct_group)
    group_dates = via("group_work", GroupService.group_dates)
    group_deadline = via("group_work", GroupService.group_deadline)
    participation = via("group_work", GroupService.participation)
    record_context = via("context", ContextService.record_context)
    agency = via("agency_admin", AgencyService.agency)
    stations = via("agency_admin", AgencyService.stations)
    create_station = via("agency_admin", AgencyService.create_station)
    update_station = via("agency_admin", AgencyService.update_station)
    close_station = via("agency_admin", AgencyService.close_station)
    projects = via("agency_admin", AgencyService.projects)
    my_projects = via("agency_admin", AgencyService.my_projects)
    create_project = via("agency_admin", AgencyService.create_project)
    update_project = via("agency_admin", AgencyService.update_project)
    set_project_targets = via("agency_admin", AgencyService.set_project_targets)
    setting = via("agency_admin", AgencyService.setting)
    set_setting = via("agency_admin", AgencyService.set_setting)
    accounts = via("agency_admin", AgencyService.accounts)
    create_account = via("agency_admin", AgencyService.create_account)
    preview_staff = via("agency_admin", AgencyService.preview_staff)
    import_staff = via("agency_admin", AgencyService.import_staff)
    verify_password = via("agency_admin", AgencyService.verify_password)
    set_my_language = via("agency_admin", AgencyService.set_my_language)
    station_has_supervisor = via("agency_admin", AgencyService.station_has_supervisor)
    install_definition = via("definitions", DefinitionService.install_definition)
    updated_definitions = via("definitions", DefinitionService.updated_definitions)
    take_definitions = via("definitions", DefinitionService.take_definitions)
    print_job = via("printing", PrintService.print_job)
    print_record = via("printing", PrintService.print_record)
    print_batch = via("printing", PrintService.print_batch)
    print_bag = via("printing", PrintService.print_bag)
    print_blank = via("printing", PrintService.print_blank)
    verify = via("printing", PrintService.verify)
    preview_roster = via("rosters", RosterService.preview_roster)
    import_roster = via("rosters", RosterService.import_roster)
    export_xlsx = via("rosters", RosterService.export_xlsx)
    personal_report = via("privacy", PrivacyService.personal_report)
    write_personal_report = via("privacy", PrivacyService.write_personal_report)
    retention_lengths = via("retention", RetentionService.retention_lengths)
    retention_due = via("retention", RetentionService.retention_due)
    destroy_due = via("retention", RetentionService.destroy_due)
    indicator_catalogue = via("indicator_work", IndicatorService.indicator_catalogue)
    indicators = via("indicator_work", IndicatorService.indicators)
    indicator_items = via("indicator_work", IndicatorService.indicator_items)
    indicator_months = via("indicator_work", IndicatorService.indicator_months)
    indicator_by_worker = via("indicator_work", IndicatorService.indicator_by_worker)
    indicator_view = via("indicator_work", IndicatorService.indicator_view)
    area_populations = via("indicator_work", IndicatorService.area_populations)
    set_area_populations = via("indicator_work", IndicatorService.set_area_populations)
    export_indicators = via("indicator_work", IndicatorService.export_indicators)
    quality_checks = via("quality", QualityService.quality_checks)
    spot_check_candidates = via("spot_checks_svc", SpotCheckService.spot_check_candidates)
    draw_spot_checks = via("spot_checks_svc", SpotCheckService.draw_spot_checks)
    spot_checks = via("spot_checks_svc", SpotCheckService.spot_checks)
    spot_check_prefill = via("spot_checks_svc", SpotCheckService.spot_check_prefill)
    score_spot_check = via("spot_checks_svc", SpotCheckService.score_spot_check)
    spot_check_scores = via("spot_checks_svc", SpotCheckService.spot_check_scores)
    export_spot_check_scores = via("spot_checks_svc", SpotCheckService.export_spot_check_scores)
    tasks = via("task_list", TaskService.tasks)
    case_summary = via("summaries", SummaryService.case_summary)
    group_summary = via("summaries", SummaryService.group_summary)
    review_inbox = via("review", ReviewService.review_inbox)
    review_diff = via("review", ReviewService.review_diff)
    decide_many = via("review", ReviewService.decide_many)
    export_bundles = via("sync", SyncService.export_bundles)
    inspect_bundle = via("sync", SyncService.inspect_bundle)
    import_bundle = via("sync", SyncService.import_bundle)
    sync_status = via("sync", SyncService.sync_status)
    hub_init = via("hub", HubService.hub_init)
    enrol_device = via("hub", HubService.enrol_device)
    devices = via("hub", HubService.devices)
    revoke_device = via("hub", HubService.revoke_device)
    assign_device_users = via("hub", HubService.assign_device_users)

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

"""SQLAlchemy models of the workspace store. No Qt here."""

from desktop.models.access import Share
from desktop.models.audit import AuditEntry
from desktop.models.base import Base, new_id, utcnow
from desktop.models.calendar import CalendarDay, CalendarYear
from desktop.models.numbering import CodeCategory, CodeNature, IssuedNumber, NumberLease
from desktop.models.org import Account, Agency, Project, Setting, Station
from desktop.models.people import Client, Household, HouseholdMember
from desktop.models.privacy import AuditAnchor, DestroyedItem
from desktop.models.records import (
    Attachment,
    AttachmentFile,
    Comment,
    Decision,
    Draft,
    FormRecord,
    FormRevision,
    Signature,
)
from desktop.models.services import Case, CaseStatus, GroupStatus, ServiceGroup
from desktop.models.spot_checks import SpotCheck
from desktop.models.sync import SyncBase, SyncConflict, SyncImport, SyncPeer

__all__ = [
    "Account",
    "AuditAnchor",
    "AuditEntry",
    "Agency",
    "Attachment",
    "AttachmentFile",
    "Base",
    "CalendarDay",
    "CalendarYear",
    "Case",
    "CaseStatus",
    "Client",
    "CodeCategory",
    "CodeNature",
    "Comment",
    "Decision",
    "DestroyedItem",
    "Draft",
    "FormRecord",
    "FormRevision",
    "GroupStatus",
    "Household",
    "HouseholdMember",
    "IssuedNumber",
    "NumberLease",
    "Project",
    "ServiceGroup",
    "Setting",
    "Share",
    "Signature",
    "SpotCheck",
    "Station",
    "SyncBase",
    "SyncConflict",
    "SyncImport",
    "SyncPeer",
    "new_id",
    "utcnow",
]

"""Record-level access on the Desk: the signed-in account's view as SQL predicates, the checks a single
read or write makes against it (A009), sharing a case or group with another account, and editing
accounts (the agency head and business lead only). The rules are in ``desktop.workflow.visibility``."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import AccessDenied, CaseDeskError
from desktop.models import (
    Account,
    Attachment,
    Case,
    Client,
    FormRecord,
    Household,
    ServiceGroup,
    Share,
    utcnow,
)
from desktop.models.base import Identified
from desktop.models.engine import take_write_lock
from desktop.workflow.permissions import Action, allowed
from desktop.workflow.visibility import SHARE_KINDS, Scope, may_share
from desktop.workspace.core import Core
from desktop.workspace.staff_rules import check_placement, check_roles, keeps_an_agency_head, open_station
from desktop.workspace.views import AccountView
from desktop.workspace.visible import Visible, account_scope

KIND_WORDS: dict[str, tuple[str, str]] = {
    "case": ("个案", "case"),
    "group": ("小组/活动", "group or activity"),
}
_SEEN: dict[str, tuple[type[Identified], str]] = {
    "client": (Client, "client"),
    "household": (Household, "household"),
    "case": (Case, "case"),
    "group": (ServiceGroup, "group"),
    "record": (FormRecord, "record"),
    "attachment": (Attachment, "attachment"),
}
_OPEN: dict[str, tuple[type[Identified], str]] = {"case": (Case, "case_open"), "group": (ServiceGroup, "group_open")}
ACCOUNT_FIELDS = frozenset({"display_name", "roles", "station_id", "supervisor_id", "active", "phone", "note"})


class AccessService:
    """Who sees what, as SQL predicates for every other service's queries, and sharing and editing accounts.
    Needs: the core."""

    def __init__(self, core: Core) -> None:
        self.core = core

    # -- the signed-in account's view ------------------------------------------------------------
    @staticmethod
    def scope_of(s: Session, account: Account) -> Scope:
        return account_scope(s, account)

    def scope(self, s: Session) -> Scope:
        return self.scope_of(s, self.core.account)

    def visible(self, s: Session) -> Visible:
        return Visible(self.scope(s), self.core.registry)

    def sees(self, s: Session, kind: str, item_id: uuid.UUID, account: Account | None = None) -> bool:
        """Whether the item lies within the view of ``account`` (default: the signed-in account)."""
        model, predicate = _SEEN[kind]
        scope = self.scope_of(s, account) if account is not None else self.scope(s)
        where = getattr(Visible(scope, self.core.registry), predicate)()
        return s.scalar(select(model.id).where(model.id == item_id, where)) is not None

    def require_seen(self, s: Session, kind: str, item_id: uuid.UUID, account: Account | None = None) -> None:
        """A direct read or write of something outside the view is refused, naming no more. With
        ``account``: within that account's view (a decision recorded in a reviewer's name)."""
        if not self.sees(s, kind, item_id, account):
            raise AccessDenied("A009")

    def record_row(self, s: Session, record_id: uuid.UUID, lock: bool = False) -> FormRecord:
        """A form record within the account's view (A009 otherwise; R001 when there is none). ``lock``: held
        until this transaction ends, so two people (two processes at a hub) who save, submit or decide the same
        form at once go one after the other: a row lock on PostgreSQL, the write lock on SQLite."""
        if lock:
            take_write_lock(s)
        row = s.get(FormRecord, record_id, with_for_update=lock or None, populate_existing=lock)
        if row is None:
            raise CaseDeskError("R001", id=str(record_id))
        self.require_seen(s, "record", row.id)  # a complaint about them included: refused, whoever asks
        return row

    def require_open(self, s: Session, kind: str, item_id: uuid.UUID) -> None:
        """The whole case or group: its forms, its bag, its archive, adding to it, reassigning it."""
        model, predicate = _OPEN[kind]
        where = getattr(self.visible(s), predicate)()
        if s.scalar(select(model.id).where(model.id == item_id, where)) is None:
            raise AccessDenied("A009")

    def require_linked(
        self,
        s: Session,
        *,
        case_id: uuid.UUID | None = None,
        group_id: uuid.UUID | None = None,
        client_id: uuid.UUID | None = None,
    ) -> None:
        """Something kept on a case, group or client (an attachment) goes only where the account sees."""
        if case_id is not None:
            self.require_open(s, "case", case_id)
        if group_id is not None:
            self.require_open(s, "group", group_id)
        if client_id is not None:
            self.require_seen(s, "client", client_id)

    # -- sharing -------------------------------------------------------------------------------------
    def _share_target(self, s: Session, kind: str, target_id: uuid.UUID) -> tuple[Any, str]:
        if kind not in SHARE_KINDS:
            raise CaseDeskError("C001", what="case|group")
        target = s.get(Case, target_id) if kind == "case" else s.get(ServiceGroup, target_id)
        zh, en = KIND_WORDS[kind]
        if target is None:
            raise CaseDeskError("R008", kind=f"{zh} / {en}", id=str(target_id))
        self.require_seen(s, kind, target_id)
        owner = s.get(Account, target.owner_id) if target.owner_id else None
        if not may_share(self.scope(s), target.owner_id, owner.supervisor_id if owner else None):
            raise AccessDenied("A010", kind=zh, kind_en=en)
        return target, zh

    @staticmethod
    def _active_share(s: Session, kind: str, target_id: uuid.UUID, account_id: uuid.UUID) -> Share | None:
        return s.scalars(
            select(Share).where(
                Share.target_kind == kind,
                Share.target_id == target_id,
                Share.account_id == account_id,
                Share.revoked_at.is_(None),
            )
        ).first()

    def share(self, kind: str, target_id: uuid.UUID, account_id: uuid.UUID) -> Share:
        """Open a case or group (with its forms, client and attachments) to another account. Sharing
        what is shared already changes nothing."""
        with self.core.session() as s:
            target, zh = self._share_target(s, kind, target_id)
            other = s.get(Account, account_id)
            if other is None or not other.active:
                raise CaseDeskError("R008", kind="账号 / account", id=str(account_id))
            if other.id == target.owner_id:
                raise CaseDeskError("A011", kind=zh, kind_en=KIND_WORDS[kind][1], name=other.display_name)
            existing = self._active_share(s, kind, target_id, account_id)
            if existing is not None:
                return existing
            row = Share(target_kind=kind, target_id=target_id, account_id=account_id, granted_by=self.core.account.id)
            s.add(row)
            s.flush()
            self.core.audit(s, "share", kind, target_id, to=account_id)
            return row

    def unshare(self, kind: str, target_id: uuid.UUID, account_id: uuid.UUID) -> Share:
        """Stop sharing: the row stays, revoked, so the history of who could see the file is kept."""
        with self.core.session() as s:
            _, zh = self._share_target(s, kind, target_id)
            row = self._active_share(s, kind, target_id, account_id)
            if row is None:
                other = s.get(Account, account_id)
                name = other.display_name if other else str(account_id)
                raise CaseDeskError("A012", kind=zh, kind_en=KIND_WORDS[kind][1], name=name)
            row.revoked_at = utcnow()
            self.core.audit(s, "unshare", kind, target_id, to=account_id)
            return row

    def shares(self, kind: str, target_id: uuid.UUID, include_revoked: bool = False) -> list[Share]:
        """Who a case or group is shared with (and, with ``include_revoked``, was)."""
        with self.core.session() as s:
            self.require_seen(s, kind, target_id)
            query = select(Share).where(Share.target_kind == kind, Share.target_id == target_id)
            if not include_revoked:
                query = query.where(Share.revoked_at.is_(None))
            return list(s.scalars(query.order_by(Share.granted_at)))

    def may_share(self, kind: str, target_id: uuid.UUID) -> bool:
        """Whether the signed-in account may share this case or group (a window shows its button)."""
        try:
            with self.core.session() as s:
                self._share_target(s, kind, target_id)
        except CaseDeskError:
            return False
        return True

    # -- accounts ------------------------------------------------------------------------------------
    def update_account(self, /, account_id: uuid.UUID, **changes: Any) -> AccountView:
        """Change an account's name, roles, station, supervisor (who sees their work), or disable and enable
        it (never delete: its name stays on its work). The agency head and business lead only; nobody disables
        themselves or drops their own right to manage accounts (A013), the last active agency head stays one
        (A018), an account keeps a role (A016), goes to no closed station (O003), and a worker keeps a
        supervisor where her station has one (A017; ``desktop.workspace.staff_rules``)."""
        self.core.require(Action.MANAGE_ACCOUNTS)
        unknown = set(changes) - ACCOUNT_FIELDS
        if unknown:
            raise CaseDeskError("C001", what=f"account fields: {', '.join(sorted(ACCOUNT_FIELDS))}")
        with self.core.session() as s:
            account = s.get(Account, account_id)
            if account is None:
                raise CaseDeskError("R008", kind="账号 / account", id=str(account_id))
            roles = list(changes.get("roles", account.roles) or [])
            active = bool(changes.get("active", account.active))
            check_roles(account.username, roles)
            if account.id == self.core.account.id and (not active or not allowed(roles, Action.MANAGE_ACCOUNTS)):
                raise CaseDeskError("A013")
            keeps_an_agency_head(s, account, roles, active)
            station_id = changes.get("station_id", account.station_id)
            if "station_id" in changes and station_id != account.station_id:
                open_station(s, station_id)
            if active and set(changes) & {"roles", "station_id", "supervisor_id", "active"}:
                check_placement(
                    s,
                    account_id=account.id,
                    display_name=changes.get("display_name", account.display_name),
                    roles=roles,
                    station_id=station_id,
                    supervisor_id=changes.get("supervisor_id", account.supervisor_id),
                )
            for key, value in changes.items():
                setattr(account, key, list(value) if key == "roles" else value)
            self.core.audit(s, "edit", "account", account.id, fields=sorted(changes))
            s.flush()
            return AccountView.of(account)

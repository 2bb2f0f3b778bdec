"""The core of an open workspace, for one signed-in account: what every service of the Desk needs, and
nothing more (README, "Architecture").

- the unit of work: ``session()``, one short transaction, committed when the block ends and rolled back
  whole on any error (a full disk told in the person's words, W011); asked again inside one, it is the
  same one;
- who is signed in: ``account``, its ``roles``, ``require(action)``;
- the clock: ``today()`` (tests move ``clock``: a month end, a laptop offline for weeks);
- the form registry holder: ``registry``, replaced when the hub's newer definitions arrive;
- settings: ``setting_in(s, key)``;
- the audit writer: ``audit(s, ...)`` seals an entry into the caller's transaction.

A service receives the core and the peers it calls in its constructor; it never reaches another service
through inheritance. The window's thread never waits on the database: in tests the window marks its
thread (``forbid_thread``) and a unit of work begun there fails loudly."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.errors import AccessDenied
from desktop.forms.registry import Registry
from desktop.models import Account, AuditEntry, Setting
from desktop.models.engine import make_sessionmaker
from desktop.security.crypto import FileCipher
from desktop.settings import SETTINGS
from desktop.workflow.audit_chain import CHAINED, entry_hash
from desktop.workflow.permissions import Action, require
from desktop.workspace.layout import Layout, WorkspaceInfo
from desktop.workspace.store import StoreStatus, storage_error


class UnitOfWorkError(RuntimeError):
    """A programming error: a unit of work begun inside another, or on the window's thread."""


class Core:
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
        self.info = info
        self.engine = engine
        self.registry = registry
        self.store_status = store_status
        self.data_key = data_key  # held in memory while signed in: attachments and sync keys need it
        self.files = FileCipher.for_workspace(data_key)
        self.clock = clock
        self.session_factory = make_sessionmaker(engine)  # for the few who write outside a Desk
        self._open = threading.local()  # the unit of work this thread is in, if any
        self._forbidden: threading.Thread | None = None
        self.account_id = account_id
        self.account = self._load_account()

    # -- the unit of work ---------------------------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """One short unit of work: committed when the block ends, rolled back whole on any error. Asked again
        while this thread is in one (a service calling a peer's public method), it is that same unit: one
        call of the Desk is one transaction, never a second connection beside the first."""
        if self._forbidden is threading.current_thread():
            raise UnitOfWorkError("the database was asked on the window's thread: use the operation helper")
        current = getattr(self._open, "session", None)
        if current is not None:
            yield current
            return
        try:
            with self.session_factory() as session, session.begin():
                self._open.session = session
                try:
                    yield session
                finally:
                    self._open.session = None
        except OperationalError as exc:
            raise storage_error(exc, self.layout.root) from exc

    def forbid_thread(self, thread: threading.Thread | None) -> None:
        """Tests mark the window's thread: a unit of work begun on it raises instead of freezing the window."""
        self._forbidden = thread

    # -- who is signed in -----------------------------------------------------------------------------------
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

    # -- the clock and settings -----------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self.clock()

    @staticmethod
    def setting_in(s: Session, key: str) -> Any:
        """A setting's value within an open unit of work, or its declared default."""
        row = s.get(Setting, key)
        return SETTINGS[key].default if row is None else row.value

    def setting(self, key: str) -> Any:
        """A setting's value in a unit of work of its own (or the caller's, when one is open)."""
        with self.session() as s:
            return self.setting_in(s, key)

    # -- the audit writer -----------------------------------------------------------------------------------
    def audit(self, s: Session, action: str, kind: str | None = None, target: Any = None, **detail: Any) -> AuditEntry:
        """Write and seal an entry in the caller's transaction, as the signed-in account."""
        return seal_entry(s, self.entry(self.account.id, action, kind, target, detail))

    def entry(
        self, account_id: uuid.UUID | None, action: str, kind: str | None, target: Any, detail: dict[str, Any]
    ) -> AuditEntry:
        return AuditEntry(
            workspace=self.info.workspace_id,
            account_id=account_id,
            action=action,
            kind=kind,
            target=None if target is None else str(target),
            detail={k: str(v) if isinstance(v, uuid.UUID) else v for k, v in detail.items()},
        )


def seal_entry(s: Session, entry: AuditEntry) -> AuditEntry:
    """Add ``entry`` to its workspace's chain. The insert comes first: from then on this transaction holds
    SQLite's write lock, so the entry before it cannot change under it. On a PostgreSQL hub a
    transaction-scoped lock on the workspace's chain does the same for its several users."""
    s.add(entry)
    s.flush()
    if s.get_bind().dialect.name == "postgresql":
        s.execute(select(func.pg_advisory_xact_lock(func.hashtext(f"casedesk audit {entry.workspace}"))))
    last = s.execute(
        select(AuditEntry.seq, AuditEntry.hash)
        .where(AuditEntry.workspace == entry.workspace, AuditEntry.hash.is_not(None))
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()
    entry.seq = (last.seq if last else 0) + 1
    entry.prev_hash = last.hash if last else None
    entry.hash = entry_hash(entry.prev_hash, {name: getattr(entry, name) for name in CHAINED})
    s.flush()
    return entry

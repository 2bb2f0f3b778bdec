"""Passwords and recovery keys on the Desk: change one's own password, set a new one for a colleague
who lost theirs, make a new recovery key. None of these re-encrypts the workspace: the data key stays,
only the copies sealed to people's keys change (desktop.security.crypto)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import CaseDeskError
from desktop.models import Account
from desktop.security.crypto import raw_public, recovery_code
from desktop.workflow.permissions import Action
from desktop.workspace.keystore import Keystore
from desktop.workspace.layout import Layout


class KeyOps:
    """Mixed into ``Desk``."""

    layout: Layout
    account: Account
    data_key: bytes

    def session(self) -> AbstractContextManager[Session]:  # provided by Desk
        raise NotImplementedError

    def require(self, action: Action) -> None:  # provided by Desk
        raise NotImplementedError

    def _audit(self, s: Session, action: str, kind: str, target: Any = None, **detail: Any) -> None:
        raise NotImplementedError  # provided by AuditOps

    def change_my_password(self, old: str, new: str) -> None:
        """The signed-in person's password, changed after the old one is given again (A001 if wrong)."""
        Keystore(self.layout.keystore_file).change_password(self.account.username, old, new)
        with self.session() as s:
            self._audit(s, "password_change", "account", self.account.id)

    def reset_password(self, username: str, password: str) -> None:
        """A new password (and key) for a colleague who lost theirs, by the agency head or business lead.
        Their old password stops working here; their work is untouched."""
        self.require(Action.MANAGE_ACCOUNTS)
        with self.session() as s:
            account = s.scalars(select(Account).where(Account.username == username)).first()
            if account is None:
                raise CaseDeskError("A001")
            Keystore(self.layout.keystore_file).reset_password(username, password, self.data_key)
            self._audit(s, "password_reset", "account", account.id)

    def new_recovery_key(self) -> str:
        """A new recovery key for the agency to keep (earlier ones stop opening this workspace); the code
        is returned once and stored nowhere."""
        self.require(Action.MANAGE_ACCOUNTS)
        private = X25519PrivateKey.generate()
        with self.session() as s:
            Keystore(self.layout.keystore_file).add_recovery(self.data_key, raw_public(private), replace=True)
            self._audit(s, "recovery_key_new", "workspace", None)
        return recovery_code(private)

    def has_recovery_key(self) -> bool:
        return bool(Keystore(self.layout.keystore_file).recovery_keys())

"""Passwords and recovery keys on the Desk: change one's own password, set a new one for a colleague
who lost theirs, make a new recovery key. A password a colleague set (a reset, like a new account's first
password) is temporary: its owner must set their own before anything else (``must_change_password``). None of
these re-encrypts the workspace: the data key stays, only the copies sealed to people's keys change
(desktop.security.crypto)."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select

from desktop.errors import CaseDeskError
from desktop.models import Account
from desktop.security.crypto import raw_public, recovery_code
from desktop.workflow.permissions import Action
from desktop.workspace.core import Core
from desktop.workspace.keystore import Keystore, first_password


class KeyService:
    """Passwords and recovery keys. Needs: the core."""

    def __init__(self, core: Core) -> None:
        self.core = core

    def change_my_password(self, old: str, new: str) -> None:
        """The signed-in person's password, changed after the old one is given again (A001 if wrong); their own
        from now on (a temporary one is one no longer, and is not kept as the new one: A020)."""
        keystore = Keystore(self.core.layout.keystore_file)
        if new == old and keystore.is_temporary(self.core.account.username):
            raise CaseDeskError("A020")
        keystore.change_password(self.core.account.username, old, new)
        with self.core.session() as s:
            self.core.audit(s, "password_change", "account", self.core.account.id)

    def must_change_password(self) -> bool:
        """Whether the signed-in person holds a first or reset password someone handed them: they set their
        own (``change_my_password``) before anything else."""
        return Keystore(self.core.layout.keystore_file).is_temporary(self.core.account.username)

    def reset_password(self, username: str, password: str | None = None) -> str | None:
        """A new password (and key) for a colleague who lost theirs, by the agency head or business lead:
        ``password``, or without one a generated one, returned to be shown once (None when given). Either is
        temporary: the colleague sets their own at their next sign-in. Their old password stops working here;
        their work is untouched."""
        self.core.require(Action.MANAGE_ACCOUNTS)
        generated = password is None
        password = first_password() if password is None else password
        with self.core.session() as s:
            account = s.scalars(select(Account).where(Account.username == username)).first()
            if account is None:
                raise CaseDeskError("A001")
            keystore = Keystore(self.core.layout.keystore_file)
            keystore.reset_password(username, password, self.core.data_key, temporary=True)
            self.core.audit(s, "password_reset", "account", account.id)
        return password if generated else None

    def new_recovery_key(self) -> str:
        """A new recovery key for the agency to keep (earlier ones stop opening this workspace); the code
        is returned once and stored nowhere."""
        self.core.require(Action.MANAGE_ACCOUNTS)
        private = X25519PrivateKey.generate()
        with self.core.session() as s:
            Keystore(self.core.layout.keystore_file).add_recovery(self.core.data_key, raw_public(private), replace=True)
            self.core.audit(s, "recovery_key_new", "workspace", None)
        return recovery_code(private)

    def has_recovery_key(self) -> bool:
        return bool(Keystore(self.core.layout.keystore_file).recovery_keys())

"""Accounts' secrets, kept outside the database so that unlocking comes before opening the store.

Each entry holds an argon2 password hash; the security issue adds each account's wrapped data key
beside it, so an encrypted store slots in without changing who calls what."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desktop.errors import AccessDenied, CaseDeskError, WorkspaceError
from desktop.workspace.layout import write_json_atomic

KEYSTORE_FORMAT = "casedesk-keystore"
MIN_PASSWORD_LENGTH = 8
_hasher = PasswordHasher()


@dataclass(frozen=True)
class Unlocked:
    """Proof that a person gave the right password: whom the store is opened for."""

    account_id: uuid.UUID
    username: str


class Keystore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict:
        if not self.path.exists():
            return {"format": KEYSTORE_FORMAT, "version": 1, "accounts": {}}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise WorkspaceError("W005", reason=f"keystore.json: {exc}") from exc
        if data.get("format") != KEYSTORE_FORMAT or not isinstance(data.get("accounts"), dict):
            raise WorkspaceError("W005", reason="keystore.json is not a CaseDesk keystore")
        return data

    def usernames(self) -> list[str]:
        return sorted(self._read()["accounts"])

    def add(self, username: str, account_id: uuid.UUID, password: str) -> None:
        check_password_strength(password)
        data = self._read()
        if username in data["accounts"]:
            raise CaseDeskError("A002", username=username)
        data["accounts"][username] = {
            "account_id": str(account_id),
            "password_hash": _hasher.hash(password),
            "active": True,
        }
        write_json_atomic(self.path, data)

    def set_password(self, username: str, password: str) -> None:
        check_password_strength(password)
        data = self._read()
        data["accounts"][username]["password_hash"] = _hasher.hash(password)
        write_json_atomic(self.path, data)

    def set_active(self, username: str, active: bool) -> None:
        data = self._read()
        data["accounts"][username]["active"] = active
        write_json_atomic(self.path, data)

    def export_entries(self, usernames: list[str]) -> dict[str, dict]:
        """The entries of the people who will sign in on an enrolled device (password hashes only)."""
        accounts = self._read()["accounts"]
        return {u: dict(accounts[u]) for u in usernames if u in accounts}

    def import_entries(self, entries: dict, *, dry_run: bool = False, remap: dict[str, str] | None = None) -> None:
        """Add the entries of accounts new here; a person who already signs in here keeps their password.
        ``remap`` points existing entries at the ids the hub gives their accounts (joining a hub)."""
        for username, entry in entries.items():
            if not (
                isinstance(username, str)
                and isinstance(entry, dict)
                and isinstance(entry.get("account_id"), str)
                and isinstance(entry.get("password_hash"), str)
            ):
                raise CaseDeskError("B003", reason="an account entry is not readable")
        if dry_run:
            return
        data = self._read()
        for username, entry in entries.items():
            if username not in data["accounts"]:
                data["accounts"][username] = {
                    "account_id": entry["account_id"],
                    "password_hash": entry["password_hash"],
                    "active": bool(entry.get("active", True)),
                }
        for username, account_id in (remap or {}).items():
            if username in data["accounts"]:
                data["accounts"][username]["account_id"] = account_id
        write_json_atomic(self.path, data)

    def unlock(self, username: str, password: str) -> Unlocked:
        """The account behind ``username`` if ``password`` is right; one message for every failure
        so that a guesser cannot tell a wrong name from a wrong password."""
        entry = self._read()["accounts"].get(username)
        if entry is None:
            _hasher.hash(password)  # spend the same time as a real check
            raise AccessDenied("A001")
        try:
            _hasher.verify(entry["password_hash"], password)
        except (VerificationError, InvalidHashError):
            raise AccessDenied("A001") from None
        if not entry.get("active", True):
            raise AccessDenied("A003", username=username)
        return Unlocked(account_id=uuid.UUID(entry["account_id"]), username=username)


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise CaseDeskError("A006", min=MIN_PASSWORD_LENGTH)

"""Accounts' keys, kept outside the database so that unlocking comes before opening the store.

keystore.json (version 2) holds, per account, its X25519 public key, its private key encrypted under
its password (argon2id), and the workspace's data key sealed to its public key; and, under
``encryption``, the data key sealed to each recovery key the agency keeps on paper. See
``desktop.security.crypto`` for the scheme. Nothing in this file opens without a password or a
recovery key.

An entry marked ``"temporary": true`` holds a first or reset password the agency head handed out: its owner
sets their own at their first sign-in (``change_password`` clears the mark). An entry without the mark (every
entry an earlier CaseDesk wrote) holds its owner's own password.

Entries written by CaseDesk before encryption hold an argon2 password hash instead; such an entry is
upgraded the first time its owner signs in, while the workspace is still unencrypted."""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop.errors import AccessDenied, CaseDeskError, WorkspaceError
from desktop.files.atomic import write_json_atomic
from desktop.security.crypto import (
    SealError,
    b64,
    lock_private_key,
    open_with_password,
    raw_public,
    seal,
    seal_under_password_hash,
    spend_password_time,
    unb64,
    unlock_private_key,
    unseal,
)
from desktop.workspace.attempts import Attempts

KEYSTORE_FORMAT = "casedesk-keystore"
KEYSTORE_VERSION = 2
MIN_PASSWORD_LENGTH = 8
# Fields of an entry that belong to this workspace alone and never travel to another.
LOCAL_FIELDS = ("data_key", "transition")
# Fields of an entry that do travel (enrolment, bundles), beside ``active``.
TRAVELLING_FIELDS = ("account_id", "public_key", "private_key", "password_hash")
# A handed-out password's characters: lower-case letters and digits a reader tells apart (no 0 o 1 l i).
FIRST_PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789"
FIRST_PASSWORD_GROUPS, FIRST_PASSWORD_GROUP_LENGTH = 3, 4  # e.g. k7mp-x3ra-9qtd: 31^12, about 2^59


@dataclass(frozen=True)
class Unlocked:
    """Proof that a person gave the right password: whom the store is opened for, and its key
    (None while the workspace is one an earlier CaseDesk left unencrypted)."""

    account_id: uuid.UUID
    username: str
    data_key: bytes | None = None
    temporary: bool = False  # a first or reset password: its owner sets their own before anything else


class Keystore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict:
        if not self.path.exists():
            return {"format": KEYSTORE_FORMAT, "version": KEYSTORE_VERSION, "accounts": {}}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise WorkspaceError("W005", reason=f"keystore.json: {exc}") from exc
        if data.get("format") != KEYSTORE_FORMAT or not isinstance(data.get("accounts"), dict):
            raise WorkspaceError("W005", reason="keystore.json is not a CaseDesk keystore")
        return data

    def _write(self, data: dict) -> None:
        data["version"] = KEYSTORE_VERSION
        write_json_atomic(self.path, data)  # mkstemp: readable by the user's system account only

    # -- what it holds ---------------------------------------------------------------------------
    def usernames(self) -> list[str]:
        return sorted(self._read()["accounts"])

    @property
    def encrypted(self) -> bool:
        """Whether the workspace's files are encrypted (set once its data key exists)."""
        return isinstance(self._read().get("encryption"), dict)

    def recovery_keys(self) -> list[str]:
        """The public halves of the recovery keys the data key is sealed to (base64)."""
        section = self._read().get("encryption") or {}
        return [r["public_key"] for r in section.get("recovery", [])]

    # -- accounts --------------------------------------------------------------------------------
    def add(
        self, username: str, account_id: uuid.UUID, password: str, data_key: bytes | None, *, temporary: bool = False
    ) -> None:
        """A new account's entry; ``temporary``: its password is a first one, handed out by the agency head."""
        check_password_strength(password)
        data = self._read()
        if username in data["accounts"]:
            raise CaseDeskError("A002", username=username)
        data["accounts"][username] = _new_entry(str(account_id), password, data_key, temporary=temporary)
        self._write(data)

    def add_many(
        self,
        accounts: list[tuple[str, uuid.UUID]],
        password: str,
        data_key: bytes | None,
        *,
        temporary: bool = False,
    ) -> None:
        """Several new accounts with one first password, written together (a staff list): A002 for a name
        taken, and then none is written."""
        check_password_strength(password)
        data = self._read()
        for username, account_id in accounts:
            if username in data["accounts"]:
                raise CaseDeskError("A002", username=username)
            data["accounts"][username] = _new_entry(str(account_id), password, data_key, temporary=temporary)
        self._write(data)

    def is_temporary(self, username: str) -> bool:
        """Whether ``username``'s password is a first or reset one handed out, to be replaced by their own (an
        entry without the mark, or no entry, is not)."""
        entry = self._read()["accounts"].get(username)
        return isinstance(entry, dict) and _temporary(entry)

    def change_password(self, username: str, old: str, new: str) -> None:
        """Re-encrypt the account's private key under the new password; the data key is untouched. The old
        password is a guess like any other (``desktop.workspace.attempts``)."""
        check_password_strength(new)
        data = self._read()
        entry = data["accounts"].get(username)
        if entry is None or "private_key" not in entry:
            raise AccessDenied("A001")
        private = self.attempts.check(
            username, lambda: unlock_private_key(entry["private_key"], old), where="password_change"
        )
        entry["private_key"] = lock_private_key(private, new)
        entry.pop("temporary", None)  # the person's own password now
        self._write(data)

    def reset_password(self, username: str, password: str, data_key: bytes | None, *, temporary: bool = False) -> None:
        """A new key pair for an account whose password is lost, given by someone holding the data key;
        ``temporary``: handed out by a colleague (not set by the person with the recovery key)."""
        check_password_strength(password)
        data = self._read()
        entry = data["accounts"].get(username)
        if entry is None:
            raise CaseDeskError("A001")
        data["accounts"][username] = {
            **_new_entry(entry["account_id"], password, data_key, temporary=temporary),
            "active": entry.get("active", True),
        }
        self._write(data)

    @property
    def attempts(self) -> Attempts:
        """The counts of wrong passwords, kept beside this file."""
        return Attempts(self.path.parent)

    def unlock(self, username: str, password: str, *, where: str = "sign_in") -> Unlocked:
        """The account behind ``username`` and the data key if ``password`` is right; one message for a
        wrong name and a wrong password alike, and the same argon2 work. Each try is counted: after a few
        wrong ones the next must wait (A015; ``desktop.workspace.attempts``). ``where``: sign_in, unlock."""
        return self.attempts.check(username, lambda: self._unlock(username, password), where=where)

    def _unlock(self, username: str, password: str) -> Unlocked:
        data = self._read()
        entry = data["accounts"].get(username)
        if entry is None:
            spend_password_time(password)
            raise AccessDenied("A001")
        encrypted = isinstance(data.get("encryption"), dict)
        if "transition" in entry:  # an earlier CaseDesk's account in a workspace encrypted since
            data_key: bytes | None = open_with_password(entry["transition"], password)
            if not entry.get("active", True):
                raise AccessDenied("A003", username=username)
            fresh = _new_entry(entry["account_id"], password, data_key, temporary=_temporary(entry))
            data["accounts"][username] = {**fresh, "active": entry.get("active", True)}
            self._write(data)  # given a key pair now; the data key under its old hash is gone
            return Unlocked(uuid.UUID(entry["account_id"]), username, data_key, temporary=_temporary(entry))
        if "private_key" not in entry:  # written before encryption: a password hash
            _verify_hash(entry, password)
            if encrypted:
                raise AccessDenied("E003", username=username)
            data["accounts"][username] = {
                **_new_entry(entry["account_id"], password, None, temporary=_temporary(entry)),
                "active": entry.get("active", True),
            }
            self._write(data)  # upgraded now, so the workspace can be encrypted for this account
            entry = data["accounts"][username]
            private = None
        else:
            private = unlock_private_key(entry["private_key"], password)
        if not entry.get("active", True):
            raise AccessDenied("A003", username=username)
        data_key = None
        if encrypted:
            if "data_key" not in entry or private is None:
                raise AccessDenied("E003", username=username)
            try:
                data_key = unseal(entry["data_key"], private)
            except SealError:
                raise WorkspaceError("W005", reason=f"keystore.json: the key of {username} does not open") from None
        return Unlocked(uuid.UUID(entry["account_id"]), username, data_key, temporary=_temporary(entry))

    # -- the data key ------------------------------------------------------------------------------
    def start_encryption(self, data_key: bytes, recovery_publics: list[bytes], *, done: bool = True) -> None:
        """Seal the new data key to every account that has a key pair and to the recovery keys, and
        mark the workspace encrypted (an earlier CaseDesk's accounts without keys are told E003).
        ``done`` is False while an earlier CaseDesk's files still wait to be encrypted."""
        data = self._read()
        for entry in data["accounts"].values():
            _give_data_key(entry, data_key)
        data["encryption"] = {
            "cipher": "sqlcipher4+chacha20poly1305",
            "recovery": [{"public_key": b64(p), "data_key": seal(data_key, p)} for p in recovery_publics],
            "files_done": done,
        }
        self._write(data)

    @property
    def encryption_done(self) -> bool:
        return bool((self._read().get("encryption") or {}).get("files_done"))

    def mark_encryption_done(self) -> None:
        data = self._read()
        data["encryption"]["files_done"] = True
        self._write(data)

    def add_recovery(self, data_key: bytes, public: bytes, *, replace: bool = False) -> None:
        data = self._read()
        section = data["encryption"]
        kept = [] if replace else [r for r in section.get("recovery", []) if r["public_key"] != b64(public)]
        section["recovery"] = [*kept, {"public_key": b64(public), "data_key": seal(data_key, public)}]
        self._write(data)

    def recover(self, private: X25519PrivateKey) -> bytes:
        """The data key, opened with a recovery key (E002 when it is not one of this workspace's)."""
        public = b64(raw_public(private))
        for entry in (self._read().get("encryption") or {}).get("recovery", []):
            if entry.get("public_key") == public:
                try:
                    return unseal(entry["data_key"], private)
                except SealError:
                    break
        raise CaseDeskError("E002")

    # -- entries travelling between workspaces ----------------------------------------------------------
    def export_entries(self, usernames: list[str]) -> dict[str, dict]:
        """The entries of the people who will sign in on an enrolled device: their key pairs (the private
        half locked by their password), never this workspace's data key."""
        accounts = self._read()["accounts"]
        return {
            u: {k: v for k, v in accounts[u].items() if k not in LOCAL_FIELDS}
            for u in usernames
            if u in accounts and ("public_key" in accounts[u] or "password_hash" in accounts[u])
        }

    def import_entries(
        self,
        entries: dict,
        *,
        data_key: bytes | None = None,
        dry_run: bool = False,
        remap: dict[str, str] | None = None,
    ) -> None:
        """Add the entries of accounts new here, sealing ``data_key`` to each; a person who already signs
        in here keeps their password (unless their entry predates keys). ``remap`` points existing entries
        at the ids the hub gives their accounts (joining a hub)."""
        prepared = self.prepare_import(entries, data_key=data_key, remap=remap)
        if not dry_run:
            self.write_prepared(prepared)

    def prepare_import(
        self, entries: Any, *, data_key: bytes | None = None, remap: dict[str, str] | None = None
    ) -> dict:
        """The keystore as it will be once ``entries`` are in, every entry checked and every key sealed,
        nothing written: an import prepares it before its transaction commits, so a bad entry refuses the
        whole bundle instead of failing after its rows are in (``write_prepared`` then only writes)."""
        if not isinstance(entries, dict):
            raise CaseDeskError("B003", reason="the account entries are not readable")
        for username, entry in entries.items():
            if not (
                isinstance(username, str)
                and isinstance(entry, dict)
                and isinstance(entry.get("account_id"), str)
                and (_has_key_pair(entry) or isinstance(entry.get("password_hash"), str))
            ):
                raise CaseDeskError("B003", reason="an account entry is not readable")
        data = self._read()
        for username, entry in entries.items():
            mine = data["accounts"].get(username)
            if mine is not None and ("private_key" in mine or "private_key" not in entry):
                continue
            fresh = {k: v for k, v in entry.items() if k in TRAVELLING_FIELDS}
            fresh["active"] = bool(entry.get("active", True))
            if _temporary(entry):  # a first password travels as one: its owner still sets their own
                fresh["temporary"] = True
            if data_key is not None and "public_key" in fresh:
                try:
                    fresh["data_key"] = seal(data_key, unb64(fresh["public_key"]))
                except (SealError, ValueError, TypeError) as exc:
                    raise CaseDeskError("B003", reason="an account entry's key is not readable") from exc
            data["accounts"][username] = fresh
        for username, account_id in (remap or {}).items():
            if username in data["accounts"]:
                data["accounts"][username]["account_id"] = account_id
        return data

    def write_prepared(self, data: dict) -> None:
        self._write(data)


def _new_entry(account_id: str, password: str, data_key: bytes | None, *, temporary: bool = False) -> dict[str, Any]:
    private = X25519PrivateKey.generate()
    public = raw_public(private)
    entry: dict[str, Any] = {
        "account_id": account_id,
        "active": True,
        "public_key": b64(public),
        "private_key": lock_private_key(private, password),
    }
    if data_key is not None:
        entry["data_key"] = seal(data_key, public)
    if temporary:
        entry["temporary"] = True
    return entry


def _temporary(entry: dict) -> bool:
    """Only a literal true marks a password temporary: an entry without the mark (an earlier CaseDesk's)
    holds its owner's own."""
    return entry.get("temporary") is True


def _give_data_key(entry: dict, data_key: bytes) -> None:
    """Seal the data key to the entry's public key, or (an earlier CaseDesk's entry) encrypt it under
    the account's password hash and delete the hash (``seal_under_password_hash``)."""
    if "public_key" in entry:
        if "data_key" not in entry:
            entry["data_key"] = seal(data_key, unb64(entry["public_key"]))
    elif "password_hash" in entry:
        try:
            entry["transition"] = seal_under_password_hash(entry.pop("password_hash"), data_key)
        except SealError as exc:
            raise CaseDeskError("B003", reason="an account entry is not readable") from exc


def _has_key_pair(entry: dict) -> bool:
    try:
        return len(unb64(entry.get("public_key"))) == 32 and isinstance(entry.get("private_key"), dict)
    except SealError:
        return False


def _verify_hash(entry: dict, password: str) -> None:
    try:
        PasswordHasher().verify(entry["password_hash"], password)
    except (VerificationError, InvalidHashError, KeyError):
        raise AccessDenied("A001") from None


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise CaseDeskError("A006", min=MIN_PASSWORD_LENGTH)


def first_password() -> str:
    """A password to hand out once (a new account's, a reset one): groups of letters and digits nobody
    misreads, from ``secrets``, well above the length ``check_password_strength`` asks for."""
    groups = (
        "".join(secrets.choice(FIRST_PASSWORD_LETTERS) for _ in range(FIRST_PASSWORD_GROUP_LENGTH))
        for _ in range(FIRST_PASSWORD_GROUPS)
    )
    return "-".join(groups)

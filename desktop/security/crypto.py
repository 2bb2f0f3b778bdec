"""The keys that keep a workspace unreadable without a password, from ``cryptography`` and ``argon2``.

One random **data key** per workspace encrypts everything on disk: the database (SQLCipher, with a raw
key derived from it), attachments, sync keys, backups. The data key itself is never stored in the
clear. Each account has an X25519 key pair; its private key is encrypted with a key argon2id derives
from the account's password, and the data key is sealed to its public key. So:

- signing in = the password opens the private key, the private key opens the data key;
- changing a password re-encrypts 32 bytes of private key, nothing else;
- a workspace can give its data key to an account whose password it never saw (an account arriving
  from the hub) by sealing it to the account's public key;
- the agency's recovery key is one more X25519 key pair whose private half is written down on paper
  and kept by the agency: the data key is sealed to its public half too.

Sealing is X25519 with an ephemeral key, HKDF-SHA256 and ChaCha20-Poly1305, the construction bundles
use (``desktop.sync.container``)."""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from desktop.errors import AccessDenied, CaseDeskError

DATA_KEY_BYTES = 32
# argon2id as RFC 9106's second recommendation (64 MiB, 3 passes): about 0.1 s on a township laptop.
# Nothing in CaseDesk changes this and no setting or variable reaches it. Only the test suite swaps it for
# cheap parameters, in its own process (tests/conftest.py, ``pytest_configure``); a key records the
# parameters it was made with, so such keys still open, and tests/workspace/test_kdf_cost.py checks that
# these are the parameters that ship.
KDF_PARAMS = {"t": 3, "m": 64 * 1024, "p": 1}
FILE_MAGIC = b"CDENC1\x00\x00"  # an encrypted file: magic, 12-byte nonce, ChaCha20-Poly1305 ciphertext
_NONCE = 12


class SealError(Exception):
    """A sealed or encrypted value that does not open with the key given (wrong key or changed bytes)."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise SealError("not base64 text")
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise SealError(str(exc)) from exc


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


def subkey(data_key: bytes, purpose: str) -> bytes:
    """An independent key for one use of the data key (the database, files, sync keys)."""
    return HKDF(hashes.SHA256(), 32, salt=None, info=f"casedesk {purpose}".encode()).derive(data_key)


def database_key(data_key: bytes) -> str:
    """The SQLCipher ``PRAGMA key`` value: a raw 256-bit key, so opening costs no key derivation."""
    return f"\"x'{subkey(data_key, 'database').hex()}'\""


# -- passwords -------------------------------------------------------------------------------------
def password_key(password: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=params["t"],
        memory_cost=params["m"],
        parallelism=params["p"],
        hash_len=32,
        type=Type.ID,
    )


def raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def raw_public(key: X25519PublicKey | X25519PrivateKey) -> bytes:
    public = key.public_key() if isinstance(key, X25519PrivateKey) else key
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def lock_private_key(private: X25519PrivateKey, password: str) -> dict[str, Any]:
    """The account's private key encrypted under its password, as the keystore keeps it."""
    salt, nonce = os.urandom(16), os.urandom(_NONCE)
    key = password_key(password, salt, KDF_PARAMS)
    sealed = ChaCha20Poly1305(key).encrypt(nonce, raw_private(private), b"casedesk account key")
    return {"kdf": "argon2id", **KDF_PARAMS, "salt": b64(salt), "nonce": b64(nonce), "ciphertext": b64(sealed)}


def unlock_private_key(locked: Any, password: str) -> X25519PrivateKey:
    """The private key if ``password`` is right; AccessDenied A001 otherwise (the AEAD tag is the check)."""
    try:
        params = {k: int(locked[k]) for k in ("t", "m", "p")}
        salt, nonce, sealed = unb64(locked["salt"]), unb64(locked["nonce"]), unb64(locked["ciphertext"])
    except (KeyError, TypeError, ValueError, SealError) as exc:
        raise CaseDeskError("W005", reason="keystore.json: an account key is not readable") from exc
    try:
        raw = ChaCha20Poly1305(password_key(password, salt, params)).decrypt(nonce, sealed, b"casedesk account key")
    except InvalidTag:
        raise AccessDenied("A001") from None
    return X25519PrivateKey.from_private_bytes(raw)


def spend_password_time(password: str) -> None:
    """The same work as a real check, so a guesser cannot tell an unknown name from a wrong password."""
    password_key(password, b"\x00" * 16, KDF_PARAMS)


# -- accounts an earlier CaseDesk made (an argon2 password hash, no key pair) ------------------------
# Their stored hash is argon2id(password, salt): exactly a password-derived key. When such a workspace is
# encrypted, the data key is encrypted under each old hash and the hash itself is deleted, so the
# account's next sign-in (which recomputes it from the password) opens the data key and is given a key
# pair. Until then, a copy of the old keystore taken before encryption could open the data key: the
# window is that account's first sign-in after the upgrade (docs/security.md).
def _phc_parts(phc: str) -> tuple[str, dict[str, int], bytes, bytes]:
    try:
        _, variant, version, params, salt, digest = phc.split("$")
        values = dict(item.split("=") for item in params.split(","))
        numbers = {"t": int(values["t"]), "m": int(values["m"]), "p": int(values["p"])}
        numbers["v"] = int(version.removeprefix("v="))
        return variant, numbers, _unb64_phc(salt), _unb64_phc(digest)
    except (ValueError, KeyError) as exc:
        raise SealError("not an argon2 hash") from exc


def _unb64_phc(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


_VARIANTS = {"argon2id": Type.ID, "argon2i": Type.I, "argon2d": Type.D}


def seal_under_password_hash(phc: str, data_key: bytes) -> dict[str, Any]:
    variant, params, salt, digest = _phc_parts(phc)
    if variant not in _VARIANTS:
        raise SealError("not an argon2 hash")
    nonce = os.urandom(_NONCE)
    sealed = ChaCha20Poly1305(digest).encrypt(nonce, data_key, b"casedesk transition")
    return {
        "variant": variant, **params, "salt": b64(salt), "length": len(digest),
        "nonce": b64(nonce), "ciphertext": b64(sealed),
    }  # fmt: skip


def open_with_password(sealed: Any, password: str) -> bytes:
    """The data key ``seal_under_password_hash`` kept, if ``password`` is the account's (A001 otherwise)."""
    try:
        key = hash_secret_raw(
            password.encode("utf-8"),
            unb64(sealed["salt"]),
            time_cost=int(sealed["t"]),
            memory_cost=int(sealed["m"]),
            parallelism=int(sealed["p"]),
            hash_len=int(sealed["length"]),
            type=_VARIANTS[sealed["variant"]],
            version=int(sealed["v"]),
        )
        nonce, body = unb64(sealed["nonce"]), unb64(sealed["ciphertext"])
    except (KeyError, TypeError, ValueError, SealError) as exc:
        raise CaseDeskError("W005", reason="keystore.json: an account key is not readable") from exc
    try:
        return ChaCha20Poly1305(key).decrypt(nonce, body, b"casedesk transition")
    except InvalidTag:
        raise AccessDenied("A001") from None


# -- sealing the data key to a public key ----------------------------------------------------------
def _seal_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=ephemeral + recipient, info=b"casedesk data key").derive(shared)


def seal(secret: bytes, recipient: bytes) -> str:
    """``secret`` readable only with the private key of the raw X25519 public key ``recipient``."""
    ephemeral = X25519PrivateKey.generate()
    eph_public = raw_public(ephemeral)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    nonce = os.urandom(_NONCE)
    body = ChaCha20Poly1305(_seal_key(shared, eph_public, recipient)).encrypt(nonce, secret, eph_public)
    return b64(eph_public + nonce + body)


def unseal(sealed: Any, private: X25519PrivateKey) -> bytes:
    data = unb64(sealed)
    if len(data) < 32 + _NONCE + 16:
        raise SealError("too short")
    eph_public, nonce, body = data[:32], data[32 : 32 + _NONCE], data[32 + _NONCE :]
    recipient = raw_public(private)
    shared = private.exchange(X25519PublicKey.from_public_bytes(eph_public))
    try:
        return ChaCha20Poly1305(_seal_key(shared, eph_public, recipient)).decrypt(nonce, body, eph_public)
    except InvalidTag as exc:
        raise SealError("does not open with this key") from exc


# -- files -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FileCipher:
    """Whole-file authenticated encryption for the workspace's own files. ``label`` binds a file to
    its place (an attachment's hash), so files cannot be swapped for one another unnoticed."""

    key: bytes

    @classmethod
    def for_workspace(cls, data_key: bytes) -> FileCipher:
        return cls(subkey(data_key, "files"))

    def encrypt(self, data: bytes, label: str) -> bytes:
        nonce = os.urandom(_NONCE)
        return FILE_MAGIC + nonce + ChaCha20Poly1305(self.key).encrypt(nonce, data, label.encode("utf-8"))

    def decrypt(self, data: bytes, label: str) -> bytes:
        if not is_encrypted(data):
            raise SealError("not an encrypted file")
        start = len(FILE_MAGIC)
        nonce, body = data[start : start + _NONCE], data[start + _NONCE :]
        try:
            return ChaCha20Poly1305(self.key).decrypt(nonce, body, label.encode("utf-8"))
        except InvalidTag as exc:
            raise SealError("does not open with this key") from exc


def is_encrypted(data: bytes) -> bool:
    return data[: len(FILE_MAGIC)] == FILE_MAGIC


# -- the recovery key, written on paper --------------------------------------------------------------
_CHECK = 3  # bytes of SHA-256 appended, so a mistyped code is told apart from a wrong one


def recovery_code(private: X25519PrivateKey) -> str:
    raw = raw_private(private)
    text = base64.b32encode(raw + hashlib.sha256(raw).digest()[:_CHECK]).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_code(code: str) -> X25519PrivateKey:
    """Case, spaces and hyphens do not matter; 0, 1 and 8 typed for O, I and B are read as meant."""
    text = code.upper().replace("-", "").replace(" ", "").translate(str.maketrans("018", "OIB"))
    try:
        data = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError:
        raise CaseDeskError("E001") from None
    raw, check = data[:-_CHECK], data[-_CHECK:]
    if len(raw) != 32 or hashlib.sha256(raw).digest()[:_CHECK] != check:
        raise CaseDeskError("E001")
    return X25519PrivateKey.from_private_bytes(raw)

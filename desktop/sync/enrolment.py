"""The enrolment file a hub issues for one named device, and the one-time code given by hand.

The file holds what a device needs before its first bundle: the hub's public keys, the agency's
tables, the accounts that will sign in there (with their password hashes), and its first number
blocks. It is encrypted with a key derived from the one-time code (argon2id, then ChaCha20-Poly1305),
so a file copied on its way is useless without the code, and a wrong code is refused whole. The code
also yields the key of a MAC that authenticates the device's own public keys in its first bundle.

Layout: MAGIC (8) | version (u16) | salt (16) | nonce (12) | ciphertext (JSON, UTF-8)."""

from __future__ import annotations

import json
import os
import secrets
import struct
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from desktop.errors import CaseDeskError

MAGIC = b"CDENROL\x00"
VERSION = 1
_PREFIX = struct.Struct(">8sH16s12s")
# Crockford's base32 alphabet: no I, L, O or U to misread when the code is read out over the phone.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 12  # 60 bits, and each guess costs an argon2id derivation
MAX_ENROLMENT_BYTES = 50_000_000
# argon2id for the code's key, RFC 9106's second recommendation as for passwords (desktop/security/crypto.py).
# Part of the file format (a file records no parameters). Only the test suite swaps it, in its own process
# (tests/conftest.py), and tests/workspace/test_kdf_cost.py checks that these are the parameters that ship.
KDF_PARAMS = {"t": 3, "m": 64 * 1024, "p": 1}


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def normalise_code(code: str) -> str:
    """Spaces, hyphens and case do not matter; O and I typed for 0 and 1 are read as meant."""
    cleaned = code.strip().upper().replace("-", "").replace(" ", "").replace("O", "0").replace("I", "1")
    return cleaned.replace("L", "1")


def _key(code: str, salt: bytes) -> bytes:
    return hash_secret_raw(
        normalise_code(code).encode("ascii", "replace"),
        salt,
        time_cost=KDF_PARAMS["t"],
        memory_cost=KDF_PARAMS["m"],
        parallelism=KDF_PARAMS["p"],
        hash_len=32,
        type=Type.ID,
    )


def seal_enrolment(payload: dict[str, Any], code: str) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    prefix = _PREFIX.pack(MAGIC, VERSION, salt, nonce)
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return prefix + ChaCha20Poly1305(_key(code, salt)).encrypt(nonce, body, prefix)


def open_enrolment(data: bytes, code: str, name: str = "enrolment") -> dict[str, Any]:
    if len(data) > MAX_ENROLMENT_BYTES:
        raise CaseDeskError("B008", size=f"{len(data) // 1_000_000} MB", limit="50 MB")
    if len(data) < _PREFIX.size or data[: len(MAGIC)] != MAGIC:
        raise CaseDeskError("B001", name=name)
    _, version, salt, nonce = _PREFIX.unpack_from(data)
    if version > VERSION:
        raise CaseDeskError("B002", found=version, supported=VERSION)
    prefix = data[: _PREFIX.size]
    try:
        body = ChaCha20Poly1305(_key(code, salt)).decrypt(nonce, data[_PREFIX.size :], prefix)
        payload = json.loads(body.decode("utf-8"))
    except (InvalidTag, ValueError) as exc:
        raise CaseDeskError("B013") from exc
    if not isinstance(payload, dict) or payload.get("format") != "casedesk-enrolment":
        raise CaseDeskError("B003", reason="the enrolment is not readable")
    return payload

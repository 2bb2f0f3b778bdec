"""A workspace's own sync keys, kept in its folder, and the small file helpers sync needs.

The private keys sit in ``sync-keys.json`` as encrypted PKCS#8, the passphrase derived from the
workspace's data key: the file opens only once someone has signed in."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from pathlib import Path

from desktop.canonical import canonical
from desktop.errors import CaseDeskError
from desktop.files.atomic import write_json_atomic
from desktop.security.crypto import subkey
from desktop.sync.keys import KeyPairs
from desktop.workspace.layout import Layout

KEYS_FORMAT = "casedesk-sync-keys"
KEYS_VERSION = 2  # 1: written before encryption, the keys in the clear


def keys_path(layout: Layout) -> Path:
    return layout.root / "sync-keys.json"


def _passphrase(data_key: bytes) -> str:
    return subkey(data_key, "sync keys").hex()


def save_own_keys(layout: Layout, keys: KeyPairs, data_key: bytes) -> None:
    path = keys_path(layout)
    pem = keys.to_pem(_passphrase(data_key))
    write_json_atomic(path, {"format": KEYS_FORMAT, "version": KEYS_VERSION, "keys": pem})
    os.chmod(path, 0o600)


def _read(layout: Layout) -> dict:
    path = keys_path(layout)
    if not path.exists():
        raise CaseDeskError("B017")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CaseDeskError("B009") from exc
    if not isinstance(data, dict):
        raise CaseDeskError("B009")
    return data


def load_own_keys(layout: Layout, data_key: bytes) -> KeyPairs:
    data = _read(layout)
    plain = data.get("version") == 1  # until the workspace's files are encrypted (desktop.security.convert)
    return KeyPairs.from_pem(data.get("keys"), None if plain else _passphrase(data_key))


def encrypt_legacy_keys(layout: Layout, data_key: bytes) -> None:
    """Keys an earlier CaseDesk wrote in the clear, encrypted under the data key."""
    if keys_path(layout).exists() and _read(layout).get("version") == 1:
        save_own_keys(layout, load_own_keys(layout, data_key), data_key)


def enrolment_mac(mac_key: str, device_id: str, public: dict[str, str]) -> str:
    message = canonical({"device": device_id, "keys": public})
    return hmac.new(base64.b64decode(mac_key), message, hashlib.sha256).hexdigest()

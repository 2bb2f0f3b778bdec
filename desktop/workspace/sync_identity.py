"""A workspace's own sync keys, kept in its folder, and the small file helpers sync needs.

Today the private keys sit in ``sync-keys.json`` (readable by the user's system account only); the
security work wraps them with the workspace's data key."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from pathlib import Path

from desktop.errors import CaseDeskError
from desktop.sync.keys import KeyPairs
from desktop.sync.rows import canonical
from desktop.workspace.layout import Layout, write_json_atomic

KEYS_FORMAT = "casedesk-sync-keys"


def keys_path(layout: Layout) -> Path:
    return layout.root / "sync-keys.json"


def save_own_keys(layout: Layout, keys: KeyPairs) -> None:
    # Kept beside the store; the security work wraps them with the workspace's data key.
    path = keys_path(layout)
    write_json_atomic(path, {"format": KEYS_FORMAT, "version": 1, "keys": keys.to_pem(None)})
    os.chmod(path, 0o600)


def load_own_keys(layout: Layout) -> KeyPairs:
    path = keys_path(layout)
    if not path.exists():
        raise CaseDeskError("B017")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CaseDeskError("B009") from exc
    return KeyPairs.from_pem(data.get("keys") if isinstance(data, dict) else None, None)


def enrolment_mac(mac_key: str, device_id: str, public: dict[str, str]) -> str:
    message = canonical({"device": device_id, "keys": public})
    return hmac.new(base64.b64decode(mac_key), message, hashlib.sha256).hexdigest()


def write_file_atomic(path: Path, data: bytes) -> None:
    """A bundle appears under its name only once complete: a pulled USB stick leaves a .part file."""
    tmp = path.with_name(path.name + ".part")
    try:
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CaseDeskError("W003", path=str(path.parent), reason=exc.strerror or str(exc)) from exc

"""A workspace's key pairs: Ed25519 to sign what it sends, X25519 to receive what is sent to it.

The hub's private keys also go into a recovery file protected by a passphrase the agency head keeps
offline: without them no bundle addressed to the hub could ever be read again. The file is PKCS#8 with
the library's best available passphrase encryption, so it is not a format of our own.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

from desktop.errors import CaseDeskError
from desktop.files.atomic import write_json_atomic
from desktop.sync.container import public_bytes

RECOVERY_FORMAT = "casedesk-recovery-keys"
MIN_RECOVERY_PASSPHRASE = 12


@dataclass(frozen=True)
class PublicKeys:
    """What others need to check our signature and encrypt to us, as it travels in bundles."""

    signing: Ed25519PublicKey
    encryption: X25519PublicKey

    def to_json(self) -> dict[str, str]:
        return {"signing": _raw_b64(self.signing), "encryption": _raw_b64(self.encryption)}

    @classmethod
    def from_json(cls, data: object) -> PublicKeys:
        try:
            assert isinstance(data, dict)
            signing = Ed25519PublicKey.from_public_bytes(base64.b64decode(data["signing"], validate=True))
            encryption = X25519PublicKey.from_public_bytes(base64.b64decode(data["encryption"], validate=True))
        except (AssertionError, KeyError, TypeError, ValueError) as exc:
            raise CaseDeskError("B003", reason="the public keys are not readable") from exc
        return cls(signing, encryption)


@dataclass(frozen=True)
class KeyPairs:
    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @classmethod
    def generate(cls) -> KeyPairs:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(self.signing.public_key(), self.encryption.public_key())

    def to_pem(self, passphrase: str | None) -> dict[str, str]:
        protection = BestAvailableEncryption(passphrase.encode("utf-8")) if passphrase else NoEncryption()
        return {
            "signing": self.signing.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, protection).decode("ascii"),
            "encryption": self.encryption.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, protection).decode("ascii"),
        }

    @classmethod
    def from_pem(cls, data: object, passphrase: str | None) -> KeyPairs:
        secret = passphrase.encode("utf-8") if passphrase else None
        try:
            assert isinstance(data, dict)
            signing = load_pem_private_key(data["signing"].encode("ascii"), secret)
            encryption = load_pem_private_key(data["encryption"].encode("ascii"), secret)
        except (AssertionError, KeyError, AttributeError, TypeError, ValueError) as exc:
            raise CaseDeskError("B009") from exc
        if not isinstance(signing, Ed25519PrivateKey) or not isinstance(encryption, X25519PrivateKey):
            raise CaseDeskError("B009")
        return cls(signing, encryption)


def write_recovery_file(path: Path, keys: KeyPairs, passphrase: str, agency: str) -> None:
    """The hub's private keys for the agency head to keep offline (a USB stick in the safe)."""
    if len(passphrase) < MIN_RECOVERY_PASSPHRASE:
        raise CaseDeskError("A006", min=MIN_RECOVERY_PASSPHRASE)
    write_json_atomic(
        path,
        {"format": RECOVERY_FORMAT, "version": 1, "agency": agency, "keys": keys.to_pem(passphrase)},
    )


def read_recovery_file(path: Path, passphrase: str) -> tuple[str, KeyPairs]:
    """The agency and key pairs in a recovery file; a wrong passphrase or a damaged file is one clear refusal."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CaseDeskError("B001", name=Path(path).name) from exc
    if not isinstance(data, dict) or data.get("format") != RECOVERY_FORMAT:
        raise CaseDeskError("B001", name=Path(path).name)
    return str(data.get("agency", "")), KeyPairs.from_pem(data.get("keys"), passphrase)


def _raw_b64(key: Ed25519PublicKey | X25519PublicKey) -> str:
    return base64.b64encode(public_bytes(key)).decode("ascii")

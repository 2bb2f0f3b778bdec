"""The bundle file: a self-describing, encrypted and signed container for work moving between workspaces.

Layout (all integers big-endian)::

    MAGIC (8) | format version (u16) | header length (u32) | header (UTF-8 JSON)
    | ciphertext length (u64) | ciphertext | Ed25519 signature (64) over everything before it

The header is readable without keys (``casedesk bundle inspect``) and names sender, recipient, sequence
and counts; the payload is a zip of named entries, encrypted to the recipient with an ephemeral X25519 key,
HKDF-SHA256 and ChaCha20-Poly1305, the header bound in as associated data. Reading checks, in this order,
the magic, the version, the lengths, the sender's signature, then decrypts, then unpacks with limits on
entry names, counts and sizes, so a damaged or hostile file is refused before anything reads its payload.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import struct
import zipfile
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.errors import CaseDeskError

MAGIC = b"CDBUNDL\x00"
FORMAT_VERSION = 1
SIGNATURE_SIZE = 64
_PREFIX = struct.Struct(">8sHI")
_CT_LEN = struct.Struct(">Q")
_HKDF_INFO = b"casedesk bundle v1"

# Limits that keep a hostile file from exhausting the laptop. A real caseload with scanned attachments
# stays far below them; ChaCha20-Poly1305 in this library takes at most 2**31 bytes at once anyway.
MAX_BUNDLE_BYTES = 1_900_000_000
MAX_HEADER_BYTES = 1_000_000
MAX_ENTRIES = 200_000
MAX_UNPACKED_BYTES = 4_000_000_000
MAX_COMPRESSION_RATIO = 200
MAX_SEQUENCE = 2**31 - 1  # a device's bundle count: a bigger number is no real bundle

REQUIRED_HEADER = {
    "kind": str,
    "sender": str,
    "recipient": str,
    "agency": str,
    "sequence": int,
    "created": str,
    "app_version": str,
    "counts": dict,
    "payload_sha256": str,
    "ephemeral_public": str,
    "nonce": str,
}


@dataclass(frozen=True)
class Opened:
    """A verified, decrypted bundle: its header and its entries by name."""

    header: dict[str, Any]
    entries: dict[str, bytes]


def public_bytes(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise CaseDeskError("B003", reason=f"{what} is not base64") from exc


def _key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    # Both public keys go into the derivation so a key is bound to this sender-recipient exchange.
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + recipient_public, info=_HKDF_INFO).derive(
        shared
    )


def pack_entries(entries: Mapping[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name in sorted(entries):
            check_entry_name(name)
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            # Rows compress well (level 1: speed over a few % of size); attachments are scans and photos,
            # compressed already, so they are stored as they are.
            info.compress_type = zipfile.ZIP_STORED if name.startswith("files/") else zipfile.ZIP_DEFLATED
            archive.writestr(info, entries[name], compresslevel=1)
    return buffer.getvalue()


def seal(
    header_fields: Mapping[str, Any],
    entries: Mapping[str, bytes],
    signing_key: Ed25519PrivateKey,
    recipient_public: X25519PublicKey,
) -> bytes:
    """The bundle bytes: ``entries`` encrypted to ``recipient_public`` and signed with ``signing_key``."""
    payload = pack_entries(entries)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = public_bytes(ephemeral.public_key())
    key = _key(ephemeral.exchange(recipient_public), ephemeral_public, public_bytes(recipient_public))
    nonce = os.urandom(12)
    header = dict(header_fields)
    header.update(
        payload_sha256=hashlib.sha256(payload).hexdigest(),
        ephemeral_public=_b64(ephemeral_public),
        nonce=_b64(nonce),
    )
    _check_header(header)
    header_bytes = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    ciphertext = ChaCha20Poly1305(key).encrypt(nonce, payload, header_bytes)
    body = (
        _PREFIX.pack(MAGIC, FORMAT_VERSION, len(header_bytes))
        + header_bytes
        + _CT_LEN.pack(len(ciphertext))
        + ciphertext
    )
    if len(body) + SIGNATURE_SIZE > MAX_BUNDLE_BYTES:
        raise CaseDeskError("B008", size=_size(len(body)), limit=_size(MAX_BUNDLE_BYTES))
    return body + signing_key.sign(body)


@dataclass(frozen=True)
class _Parsed:
    header: dict[str, Any]
    header_bytes: bytes
    ciphertext: bytes | memoryview
    signed: bytes | memoryview
    signature: bytes


def _parse(data: bytes, name: str) -> _Parsed:
    if len(data) > MAX_BUNDLE_BYTES:
        raise CaseDeskError("B008", size=_size(len(data)), limit=_size(MAX_BUNDLE_BYTES))
    if len(data) < len(MAGIC) or data[: len(MAGIC)] != MAGIC:
        raise CaseDeskError("B001", name=name)
    if len(data) < _PREFIX.size:
        raise CaseDeskError("B003", reason="the header is cut off")
    _, version, header_len = _PREFIX.unpack_from(data)
    if version > FORMAT_VERSION:
        raise CaseDeskError("B002", found=version, supported=FORMAT_VERSION)
    if version < 1:
        raise CaseDeskError("B001", name=name)
    if header_len > MAX_HEADER_BYTES:
        raise CaseDeskError("B006", reason="the header is implausibly large")
    offset = _PREFIX.size
    if len(data) < offset + header_len + _CT_LEN.size:
        raise CaseDeskError("B003", reason="the header is cut off")
    header_bytes = data[offset : offset + header_len]
    offset += header_len
    (ct_len,) = _CT_LEN.unpack_from(data, offset)
    offset += _CT_LEN.size
    if len(data) < offset + ct_len + SIGNATURE_SIZE:
        raise CaseDeskError("B003", reason="the content is cut off")
    if len(data) > offset + ct_len + SIGNATURE_SIZE:
        raise CaseDeskError("B003", reason="there are stray bytes after the signature")
    try:
        header = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:  # nested past any real header
        raise CaseDeskError("B003", reason="the header is not readable") from exc
    _check_header(header)
    end = offset + ct_len
    view = memoryview(data)  # views, not copies: a bundle can be hundreds of megabytes
    return _Parsed(header, header_bytes, view[offset:end], view[:end], bytes(view[end:]))


def _check_header(header: Any) -> None:
    if not isinstance(header, dict):
        raise CaseDeskError("B003", reason="the header is not a table")
    for key, kind in REQUIRED_HEADER.items():
        value = header.get(key)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise CaseDeskError("B003", reason=f"the header lacks {key}")
    if not 1 <= header["sequence"] <= MAX_SEQUENCE:
        raise CaseDeskError("B003", reason="the bundle number is out of range")


def read_header(data: bytes, name: str = "bundle") -> dict[str, Any]:
    """The header as written, after structural checks only: for inspecting a file before keys are known."""
    return _parse(data, name).header


def open_bundle(
    data: bytes,
    sender_key: Callable[[dict[str, Any]], Ed25519PublicKey],
    recipient_private: X25519PrivateKey,
    name: str = "bundle",
) -> Opened:
    """Verify, decrypt and unpack. ``sender_key`` maps the header to the sender's verifying key or raises."""
    parsed = _parse(data, name)
    verify = sender_key(parsed.header)
    try:
        verify.verify(parsed.signature, parsed.signed)
    except InvalidSignature as exc:
        raise CaseDeskError("B004") from exc
    header = parsed.header
    ephemeral_public = _unb64(header["ephemeral_public"], "ephemeral_public")
    nonce = _unb64(header["nonce"], "nonce")
    if len(ephemeral_public) != 32 or len(nonce) != 12:
        raise CaseDeskError("B003", reason="the key material has the wrong length")
    recipient_public = public_bytes(recipient_private.public_key())
    try:
        # A degenerate ephemeral key (e.g. all zeros) makes the exchange itself fail.
        shared = recipient_private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        payload = ChaCha20Poly1305(_key(shared, ephemeral_public, recipient_public)).decrypt(
            nonce, parsed.ciphertext, parsed.header_bytes
        )
    except (InvalidTag, ValueError) as exc:
        raise CaseDeskError("B007") from exc
    if hashlib.sha256(payload).hexdigest() != header["payload_sha256"]:
        raise CaseDeskError("B004")
    return Opened(header, unpack_entries(payload))


def check_entry_name(name: str) -> None:
    """Entry names are relative POSIX paths without ``..``, drive letters or control characters."""
    parts = name.split("/")
    if (
        not name
        or name.startswith("/")
        or "\\" in name
        or ":" in name
        or any(part in ("", ".", "..") for part in parts)
        or any(ord(ch) < 32 for ch in name)
    ):
        raise CaseDeskError("B006", reason=f"entry name {name!r}")


def unpack_entries(payload: bytes) -> dict[str, bytes]:
    """The zip's entries, refusing unsafe names, duplicates and anything that inflates beyond the limits."""
    try:
        # Entry names flagged UTF-8 that are not, and damaged directories, fail while the directory is read.
        archive = zipfile.ZipFile(io.BytesIO(payload))
    except (zipfile.BadZipFile, UnicodeDecodeError, ValueError, OSError, EOFError) as exc:
        raise CaseDeskError("B003", reason="the content is not a readable archive") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise CaseDeskError("B006", reason=f"{len(infos)} entries")
        entries: dict[str, bytes] = {}
        total = 0
        for info in infos:
            check_entry_name(info.filename)
            if info.filename in entries or info.is_dir():
                raise CaseDeskError("B006", reason=f"entry {info.filename!r} repeated or a folder")
            limit = max(info.compress_size * MAX_COMPRESSION_RATIO, 1 << 20)
            data = _read_capped(archive, info, min(limit, MAX_UNPACKED_BYTES - total))
            total += len(data)
            entries[info.filename] = data
    return entries


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    # The sizes a zip declares can lie; count what actually inflates and stop at the cap.
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(1 << 20):
                size += len(chunk)
                if size > cap:
                    raise CaseDeskError("B006", reason=f"entry {info.filename!r} inflates too far")
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError) as exc:
        raise CaseDeskError("B003", reason=f"entry {info.filename!r} is damaged") from exc
    return b"".join(chunks)


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"

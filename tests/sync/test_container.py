"""The bundle container refuses every damaged or hostile file before reading its payload."""

from __future__ import annotations

import base64
import io
import json
import struct
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop.errors import CaseDeskError
from desktop.sync import container

SENDER = Ed25519PrivateKey.generate()
RECIPIENT = X25519PrivateKey.generate()
HEADER = {
    "kind": "device-to-hub",
    "sender": "dev-1",
    "recipient": "hub-1",
    "agency": "agency-1",
    "sequence": 3,
    "created": "2026-11-23T10:00:00+08:00",
    "app_version": "0.1.0",
    "counts": {"revisions": 2},
}
ENTRIES = {"records.json": '[{"名称": "王小明"}]'.encode(), "attachments/ab/cd.jpg": b"\xff\xd8" * 500}


def _sender_key(header: dict) -> object:
    if header["sender"] != "dev-1":
        raise CaseDeskError("B005", device=header["sender"])
    return SENDER.public_key()


def _open(data: bytes) -> container.Opened:
    return container.open_bundle(data, _sender_key, RECIPIENT)


def _code(data: bytes) -> str:
    with pytest.raises(CaseDeskError) as caught:
        _open(data)
    return caught.value.code


@pytest.fixture(scope="module")
def sealed() -> bytes:
    return container.seal(HEADER, ENTRIES, SENDER, RECIPIENT.public_key())


def test_round_trip_keeps_header_and_entries(sealed: bytes) -> None:
    opened = _open(sealed)
    assert opened.entries == ENTRIES
    assert opened.header["sequence"] == 3
    assert container.read_header(sealed)["counts"] == {"revisions": 2}
    # The payload is not readable in the file: the Chinese name does not appear in any encoding.
    assert "王小明".encode() not in sealed and b"records.json" not in sealed


def test_every_truncation_is_refused(sealed: bytes) -> None:
    for cut in (0, 5, 12, 40, len(sealed) // 2, len(sealed) - 1):
        assert _code(sealed[:cut]) in {"B001", "B003"}


def test_every_flipped_byte_is_refused(sealed: bytes) -> None:
    # Every position in the prefix and header, and a sample across ciphertext and signature.
    positions = list(range(0, 400)) + list(range(400, len(sealed), max(1, len(sealed) // 300)))
    for pos in positions:
        damaged = bytearray(sealed)
        damaged[pos] ^= 0x01
        assert _code(bytes(damaged)) in {"B001", "B002", "B003", "B004", "B005", "B006"}, pos


def test_unknown_sender_is_named(sealed: bytes) -> None:
    other = container.seal({**HEADER, "sender": "dev-9"}, ENTRIES, SENDER, RECIPIENT.public_key())
    with pytest.raises(CaseDeskError) as caught:
        _open(other)
    assert caught.value.code == "B005" and "dev-9" in caught.value.message("en")


def test_a_forged_signature_from_another_key_is_refused() -> None:
    forged = container.seal(HEADER, ENTRIES, Ed25519PrivateKey.generate(), RECIPIENT.public_key())
    assert _code(forged) == "B004"


def test_a_bundle_for_another_recipient_cannot_be_decrypted() -> None:
    elsewhere = container.seal(HEADER, ENTRIES, SENDER, X25519PrivateKey.generate().public_key())
    assert _code(elsewhere) == "B007"


def test_newer_format_asks_for_an_upgrade(sealed: bytes) -> None:
    newer = sealed[:8] + struct.pack(">H", container.FORMAT_VERSION + 1) + sealed[10:]
    with pytest.raises(CaseDeskError) as caught:
        _open(newer)
    assert caught.value.code == "B002" and "upgrade" in caught.value.message("en")


def test_a_file_with_the_right_extension_but_other_content_is_not_a_bundle() -> None:
    assert _code(b"PK\x03\x04 this is a zip, not a bundle") == "B001"
    assert _code("个案记录".encode()) == "B001"


def _resealed_payload(payload: bytes) -> bytes:
    """A correctly signed and encrypted bundle whose zip payload is hostile: only the unpacking can refuse it."""
    original = container.pack_entries
    container.pack_entries = lambda entries: payload  # type: ignore[assignment]
    try:
        return container.seal(HEADER, {}, SENDER, RECIPIENT.public_key())
    finally:
        container.pack_entries = original  # type: ignore[assignment]


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("name", ["../escape.txt", "/etc/passwd", "a/../../b", "C:/win.ini", "a\\b", "a//b", "a/./b"])
def test_unsafe_entry_names_are_refused(name: str) -> None:
    assert _code(_resealed_payload(_zip({name: b"x"}))) == "B006"


def test_a_zip_bomb_is_refused_before_it_inflates() -> None:
    bomb = _zip({"records.json": b"\x00" * 300_000_000})
    assert len(bomb) < 1_000_000
    assert _code(_resealed_payload(bomb)) == "B006"


def test_sealing_refuses_unsafe_names() -> None:
    with pytest.raises(CaseDeskError) as caught:
        container.seal(HEADER, {"../x": b""}, SENDER, RECIPIENT.public_key())
    assert caught.value.code == "B006"


def test_a_signed_bundle_with_a_degenerate_ephemeral_key_is_refused_cleanly(sealed: bytes) -> None:
    # Rebuild the header with an all-zero X25519 key and sign it properly: only the exchange can refuse it.
    header = dict(container.read_header(sealed))
    header["ephemeral_public"] = base64.b64encode(bytes(32)).decode("ascii")
    header_bytes = json.dumps(header, sort_keys=True).encode()
    body = struct.pack(">8sHI", container.MAGIC, 1, len(header_bytes)) + header_bytes
    body += struct.pack(">Q", 16) + bytes(16)
    assert _code(body + SENDER.sign(body)) == "B007"

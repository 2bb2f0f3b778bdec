"""Key pairs travel as public halves and survive in a passphrase-protected recovery file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.errors import CaseDeskError
from desktop.sync import container
from desktop.sync.keys import KeyPairs, PublicKeys, read_recovery_file, write_recovery_file

HEADER = {
    "kind": "device-to-hub",
    "sender": "dev-1",
    "recipient": "hub",
    "agency": "a",
    "sequence": 1,
    "created": "2026-11-23T10:00:00+08:00",
    "app_version": "0.1.0",
    "counts": {},
}


def test_public_keys_round_trip_through_json_and_work() -> None:
    hub, device = KeyPairs.generate(), KeyPairs.generate()
    hub_public = PublicKeys.from_json(json.loads(json.dumps(hub.public.to_json())))
    device_public = PublicKeys.from_json(json.loads(json.dumps(device.public.to_json())))
    sealed = container.seal(HEADER, {"x.json": b"1"}, device.signing, hub_public.encryption)
    opened = container.open_bundle(sealed, lambda header: device_public.signing, hub.encryption)
    assert opened.entries == {"x.json": b"1"}


@pytest.mark.parametrize("bad", [None, {}, {"signing": "!!", "encryption": "AA=="}, {"signing": 3}])
def test_unreadable_public_keys_are_refused(bad: object) -> None:
    with pytest.raises(CaseDeskError) as caught:
        PublicKeys.from_json(bad)
    assert caught.value.code == "B003"


def test_recovery_file_restores_the_keys_that_read_old_bundles(tmp_path: Path) -> None:
    hub, device = KeyPairs.generate(), KeyPairs.generate()
    sealed = container.seal(HEADER, {"x.json": b"kept"}, device.signing, hub.public.encryption)
    path = tmp_path / "恢复密钥.json"
    write_recovery_file(path, hub, "正确的口令 correct horse", agency="青山社工站")
    assert "PRIVATE KEY" in path.read_text(encoding="utf-8")
    assert "ENCRYPTED" in path.read_text(encoding="utf-8")  # never the raw key on the stick
    agency, restored = read_recovery_file(path, "正确的口令 correct horse")
    assert agency == "青山社工站"
    opened = container.open_bundle(sealed, lambda header: device.public.signing, restored.encryption)
    assert opened.entries == {"x.json": b"kept"}


def test_recovery_file_refuses_a_wrong_passphrase_or_a_short_one(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    with pytest.raises(CaseDeskError) as short:
        write_recovery_file(path, KeyPairs.generate(), "short", agency="a")
    assert short.value.code == "A006" and not path.exists()
    write_recovery_file(path, KeyPairs.generate(), "a long enough passphrase", agency="a")
    with pytest.raises(CaseDeskError) as wrong:
        read_recovery_file(path, "another long passphrase")
    assert wrong.value.code == "B009"
    (tmp_path / "other.json").write_text("{}", encoding="utf-8")
    with pytest.raises(CaseDeskError) as other:
        read_recovery_file(tmp_path / "other.json", "a long enough passphrase")
    assert other.value.code == "B001"

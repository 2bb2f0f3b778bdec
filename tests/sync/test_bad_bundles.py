"""Every bad input refused with a clear message and the database untouched (docs/sync.md, "Order of
checks on import"). Hostile-but-signed cases are built by re-sealing a real bundle with the device's
own keys: a stolen laptop's keys are the strongest attacker a hub meets."""

from __future__ import annotations

import json
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.errors import CaseDeskError
from desktop.sync import container
from desktop.workspace.enrol import enrol
from desktop.workspace.layout import Layout
from tests import raw_db
from tests.sync.conftest import PASSWORD, fill, fingerprint


def device_bundle(agency) -> Path:
    with agency.desk(agency.a, "wang") as wang:
        client = wang.create_client("张小明")
        case = wang.create_case(client.id, wang.projects()[0].id, "counselling", "youth")
        fill(wang, "intake", {"intake_date": "2026-11-10", "open_case": True}, case_id=case.id)
        (bundle,) = wang.export_bundles(agency.out)
    return bundle.path


def reseal(
    agency,
    path: Path,
    change_entries: Callable[[dict[str, bytes]], None] = lambda e: None,
    change_header: Callable[[dict], None] = lambda h: None,
) -> Path:
    hub_keys, device_keys = raw_db.sync_keys(agency.hub, PASSWORD), raw_db.sync_keys(agency.a, PASSWORD)
    opened = container.open_bundle(path.read_bytes(), lambda h: device_keys.public.signing, hub_keys.encryption)
    entries = dict(opened.entries)
    change_entries(entries)
    header = {k: v for k, v in opened.header.items() if k not in ("payload_sha256", "ephemeral_public", "nonce")}
    change_header(header)
    out = path.with_name("hostile-" + path.name)
    out.write_bytes(container.seal(header, entries, device_keys.signing, hub_keys.public.encryption))
    return out


def refused(agency, path: Path, code: str, where: Path | None = None, user: str = "li") -> CaseDeskError:
    where = where or agency.hub
    with agency.desk(where, user) as desk:  # signing in is itself logged: the fingerprint comes after
        before = fingerprint(where)
        with pytest.raises(CaseDeskError) as caught:
            desk.import_bundle(path)
        assert caught.value.code == code, caught.value
        assert fingerprint(where) == before
    assert caught.value.message("zh") and caught.value.message("en")
    return caught.value


def test_a_truncated_file(agency):
    path = device_bundle(agency)
    data = path.read_bytes()
    for cut in (10, 200, len(data) // 2, len(data) - 1):
        path.with_name("cut.cdbundle").write_bytes(data[:cut])
        refused(agency, path.with_name("cut.cdbundle"), "B003")


def test_one_flipped_byte_anywhere(agency):
    path = device_bundle(agency)
    data = bytearray(path.read_bytes())
    header_end = 14 + struct.unpack_from(">I", data, 10)[0]
    for offset in (header_end + 20, len(data) // 2, len(data) - 70, len(data) - 1):
        damaged = bytearray(data)
        damaged[offset] ^= 0x01
        target = path.with_name(f"flip-{offset}.cdbundle")
        target.write_bytes(bytes(damaged))
        refused(agency, target, "B004")


def test_a_flipped_byte_in_the_header_is_caught_too(agency):
    path = device_bundle(agency)
    data = path.read_bytes()
    text = data.replace(b'"to-hub"', b'"to-hux"', 1)
    assert text != data
    path.with_name("h.cdbundle").write_bytes(text)
    refused(agency, path.with_name("h.cdbundle"), "B004")


def test_a_bundle_from_an_unknown_device(agency):
    path = reseal(
        agency, device_bundle(agency), change_header=lambda h: h.update(sender="5e1f0000-0000-4000-8000-000000000000")
    )
    refused(agency, path, "B005")


def test_a_bundle_from_a_revoked_device(agency):
    path = device_bundle(agency)
    with agency.desk(agency.hub, "head") as head:
        head.revoke_device("王社工的笔记本")
    refused(agency, path, "B011")


def test_a_bundle_addressed_to_another_hub_or_agency(agency):
    path = device_bundle(agency)
    refused(agency, reseal(agency, path, change_header=lambda h: h.update(recipient="another-hub")), "B012")
    refused(agency, reseal(agency, path, change_header=lambda h: h.update(agency="another-agency")), "B012")
    # A hub's reply for one device, carried to the other device by mistake.
    with agency.desk(agency.hub, "li") as li:
        li.import_bundle(path)
        (reply,) = li.export_bundles(agency.out)
    refused(agency, reply.path, "B012", where=agency.b, user="chen")


def test_a_replayed_old_bundle(agency):
    first = device_bundle(agency)
    with agency.desk(agency.a, "wang") as wang:
        wang.create_client("王五")
        (second,) = wang.export_bundles(agency.out)
    with agency.desk(agency.hub, "li") as li:
        li.import_bundle(second.path)  # carries the first one's rows too
    err = refused(agency, first, "B010")
    assert f"bundle {second.sequence - 1}, older than bundle {second.sequence}" in err.message("en")


def test_a_wrong_one_time_code(agency):
    with agency.desk(agency.hub, "head") as head:
        code = head.enrol_device("新设备", agency.root / "new.cdenrol", users=["wang"])
    wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
    target = agency.root / "dev-new"
    with pytest.raises(CaseDeskError) as caught:
        enrol(target, agency.root / "new.cdenrol", wrong)
    assert caught.value.code == "B013"
    assert not target.exists() or not any(target.iterdir())
    enrol(target, agency.root / "new.cdenrol", code.lower().replace("-", " "))  # read out loud, typed loosely
    assert Layout(target).read_info().mode == "field"


def test_a_first_bundle_whose_keys_the_code_does_not_vouch_for(agency):
    """Someone who has the enrolment file but not the code cannot pose as the new device."""
    with agency.desk(agency.hub, "head") as head:
        code = head.enrol_device("新设备", agency.root / "new.cdenrol", users=["wang"])
    enrol(agency.root / "dev-new", agency.root / "new.cdenrol", code)
    with agency.desk(agency.root / "dev-new", "wang") as desk:
        with desk.session() as s:
            from desktop.models import Setting

            s.get(Setting, "sync.enrol_mac_key").value = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE="
        (bundle,) = desk.export_bundles(agency.out)
    refused(agency, bundle.path, "B014")


def test_a_newer_format_version(agency):
    path = device_bundle(agency)
    data = bytearray(path.read_bytes())
    struct.pack_into(">H", data, 8, container.FORMAT_VERSION + 1)
    path.with_name("v2.cdbundle").write_bytes(bytes(data))
    err = refused(agency, path.with_name("v2.cdbundle"), "B002")
    assert "upgrade" in err.message("en")


def test_a_form_newer_than_this_program_knows(agency):
    def bump(entries):
        rows = json.loads(entries["rows.json"])
        rows["form_record"][0]["form_version"] = 99
        entries["rows.json"] = json.dumps(rows).encode()

    err = refused(agency, reseal(agency, device_bundle(agency), bump), "B015")
    assert "99" in err.message("zh")


def test_a_zip_bomb(agency):
    def bomb(entries):
        entries["rows.json"] = b'{"client": [' + b" " * 300_000_000 + b"]}"

    refused(agency, reseal(agency, device_bundle(agency), bomb), "B006")


@pytest.mark.parametrize("name", ["../evil.json", "/etc/passwd", "files/../../x", "C:\\x", "files/\x00"])
def test_entries_with_unsafe_names(agency, tmp_path, name):
    path = device_bundle(agency)
    hub_keys, device_keys = raw_db.sync_keys(agency.hub, PASSWORD), raw_db.sync_keys(agency.a, PASSWORD)
    opened = container.open_bundle(path.read_bytes(), lambda h: device_keys.public.signing, hub_keys.encryption)
    header = {k: v for k, v in opened.header.items() if k not in ("payload_sha256", "ephemeral_public", "nonce")}
    original = container.check_entry_name
    container.check_entry_name = lambda n: None  # a hostile packer does not check its own names
    try:
        data = container.seal(header, {**opened.entries, name: b"x"}, device_keys.signing, hub_keys.public.encryption)
    finally:
        container.check_entry_name = original
    (tmp_path / "evil.cdbundle").write_bytes(data)
    refused(agency, tmp_path / "evil.cdbundle", "B006")


def test_a_file_with_the_right_extension_that_is_not_a_bundle(agency, tmp_path):
    for content in (b"", b"PK\x03\x04 a zip", "一份文档".encode(), b"CDBUNDL", b"CDBUNDL\x00\x00\x01"):
        (tmp_path / "x.cdbundle").write_bytes(content)
        refused(agency, tmp_path / "x.cdbundle", "B003" if content.startswith(b"CDBUNDL\x00") else "B001")


def test_a_bundle_whose_rows_contradict_the_hub_is_refused_whole(agency):
    """A well-signed bundle with one broken row: nothing of it is applied, not even the good rows."""

    def orphan(entries):
        rows = json.loads(entries["rows.json"])
        rows["form_record"][0]["case_id"] = "0190a000000070008000000000000000"  # ids travel as 32 hex digits
        entries["rows.json"] = json.dumps(rows).encode()

    refused(agency, reseal(agency, device_bundle(agency), orphan), "B016")


def test_a_row_of_the_wrong_shape(agency):
    def garble(entries):
        rows = json.loads(entries["rows.json"])
        rows["client"][0]["birth_date"] = "not a date"
        entries["rows.json"] = json.dumps(rows).encode()

    refused(agency, reseal(agency, device_bundle(agency), garble), "B003")


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("created_at", "2026-11-10T08:00:00+08:00"),  # a time zone the store would not read back
        ("created_at", "20261110T080000"),  # ISO basic form
        ("opened_on", "2026-W46-1"),  # a week date
        ("id", "0190a000-0000-7000-8000-000000000000"),  # ids travel as 32 hex digits
        ("client_id", "0190A000000070008000000000000000"),  # upper case
    ],
)
def test_ids_and_times_not_in_the_stores_own_form(agency, column, value):
    def odd(entries):
        rows = json.loads(entries["rows.json"])
        rows["case_file"][0][column] = value
        entries["rows.json"] = json.dumps(rows).encode()

    err = refused(agency, reseal(agency, device_bundle(agency), odd), "B003")
    assert f"case_file.{column}" in err.message("en")


def test_a_forms_content_that_is_not_a_json_object(agency):
    def garble(entries):
        rows = json.loads(entries["rows.json"])
        rows["form_record"][0]["content"] = '"just a string"'
        entries["rows.json"] = json.dumps(rows).encode()

    refused(agency, reseal(agency, device_bundle(agency), garble), "B003")


def test_one_bad_file_among_several_is_named_and_the_others_go_in(agency, monkeypatch, capsys):
    """``casedesk bundle import A B C``: each file on its own, a refused one named with its reason."""
    from desktop.cli import main

    first = device_bundle(agency)
    with agency.desk(agency.a, "wang") as wang:
        wang.create_client("李小红")
        (second,) = wang.export_bundles(agency.out)
    bad = agency.out / "bad.cdbundle"
    bad.write_bytes(b"PK\x03\x04 not a bundle")
    monkeypatch.setenv("CASEDESK_PASSWORD", PASSWORD)
    code = main(["--data-dir", str(agency.hub), "--user", "li", "bundle", "import", str(bad), str(first),
                 str(second.path), "--json"])  # fmt: skip
    results = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [r["name"] for r in results] == ["bad.cdbundle", first.name, second.path.name]
    assert "[B001]" in results[0]["result"] and results[0]["reason_en"]
    assert all("imported" in r["result"] for r in results[1:])
    with agency.desk(agency.hub, "li") as li:
        assert {"张小明", "李小红"} <= {c.name for c in li.clients()}

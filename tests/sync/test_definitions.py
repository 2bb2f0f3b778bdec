"""The agency's updated form definitions: installed at the hub, carried down to the devices with the
next reply, used there from then on; one this program cannot read refuses the bundle whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.errors import AccessDenied, CaseDeskError
from desktop.forms.registry import DEFINITIONS_DIR
from desktop.sync import container
from desktop.workspace.layout import Layout
from tests import raw_db
from tests.sync.conftest import PASSWORD, exchange, fill, fingerprint, reply_for

INTAKE = DEFINITIONS_DIR / "case" / "03_intake.yaml"
NEW_FIELD = (
    "      - {id: referral_note, type: text, label: {zh: 转介来源说明, en: Who referred them}}\n"
    "      - {id: intake_date, type: date"
)


def intake_v2(folder: Path, field_type: str = "text") -> Path:
    text = INTAKE.read_text(encoding="utf-8").replace("version: 1\n", "version: 2\n", 1)
    text = text.replace(
        "      - {id: intake_date, type: date", NEW_FIELD.replace("type: text", f"type: {field_type}"), 1
    )
    path = folder / f"intake-v2-{field_type}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_updated_form_reaches_the_devices_and_is_used_there(agency):
    with agency.desk(agency.hub, "head") as head:
        installed = head.install_definition(intake_v2(agency.root))
        assert installed.version == 2 and head.registry.get("intake").version == 2
        with pytest.raises(CaseDeskError) as stale:
            head.install_definition(intake_v2(agency.root))  # the same version again
        assert stale.value.code == "D018"
    exchange(agency, agency.a, "wang")
    with agency.desk(agency.a, "wang") as wang:
        form = wang.registry.get("intake")
        assert form.version == 2 and "referral_note" in {f.id for f in form.value_fields}
        client = wang.create_client("张小明")
        case = wang.create_case(client.id, wang.projects()[0].id, "counselling", "youth")
        record = fill(wang, "intake", {"intake_date": "2026-11-10", "open_case": True, "referral_note": "学校转介"},
                      case_id=case.id)  # fmt: skip
        assert record.form_version == 2 and record.content["referral_note"] == "学校转介"
    up, _ = exchange(agency, agency.a, "wang")
    assert up[0].inserted["form_record"] == 1
    with agency.desk(agency.hub, "li") as li:
        assert li.record(record.id).content["referral_note"] == "学校转介"


def test_only_the_agency_installs_definitions_and_never_on_a_device(agency):
    with agency.desk(agency.hub, "li") as li, pytest.raises(AccessDenied):
        li.install_definition(intake_v2(agency.root))
    with agency.desk(agency.a, "wang") as wang, pytest.raises(AccessDenied):
        wang.install_definition(intake_v2(agency.root))


def test_a_definition_this_program_cannot_read_refuses_the_hubs_bundle_whole(agency):
    with agency.desk(agency.hub, "head") as head:
        head.install_definition(intake_v2(agency.root))
        (reply,) = [
            r for r in head.export_bundles(agency.out) if reply_for(r.path) == Layout(agency.a).read_info().workspace_id
        ]
    # The same reply as a newer CaseDesk would write it: a field type this program does not know.
    hub_keys, device_keys = raw_db.sync_keys(agency.hub, PASSWORD), raw_db.sync_keys(agency.a, PASSWORD)
    opened = container.open_bundle(reply.path.read_bytes(), lambda h: hub_keys.public.signing, device_keys.encryption)
    entries = dict(opened.entries)
    entries["definitions/intake.yaml"] = intake_v2(agency.root, "voice_note").read_bytes()
    entries["manifest.json"] = json.dumps(json.loads(entries["manifest.json"])).encode()
    header = {k: v for k, v in opened.header.items() if k not in ("payload_sha256", "ephemeral_public", "nonce")}
    newer = reply.path.with_name("newer.cdbundle")
    newer.write_bytes(container.seal(header, entries, hub_keys.signing, device_keys.public.encryption))
    with agency.desk(agency.a, "wang") as wang:
        before = fingerprint(agency.a)
        with pytest.raises(CaseDeskError) as refused:
            wang.import_bundle(newer)
        assert refused.value.code == "B027" and "upgrade" in refused.value.message("en")
        assert fingerprint(agency.a) == before and not (agency.a / "forms").exists()
    with agency.desk(agency.a, "wang") as wang:
        assert wang.registry.get("intake").version == 1
        assert wang.import_bundle(reply.path).inserted is not None  # the hub's real reply still goes in
        assert wang.registry.get("intake").version == 2

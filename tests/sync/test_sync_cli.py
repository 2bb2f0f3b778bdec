"""Every sync step scripted through ``casedesk`` (in process, tests/test_cli.py), as an agency would."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from desktop.workspace import open_desk
from tests.sync.conftest import fill
from tests.sync.test_definitions import intake_v2
from tests.test_cli import cli

PW = "cli-sync-pass-1"
FIRST = "cli-first-pass-1"  # what the head hands out: each sets their own (PW) at their first sign-in


def run(root: Path, user: str | None, *args: str, code: int = 0, **env: str):
    environment = {"CASEDESK_PASSWORD": PW, **env}
    prefix = ["--data-dir", str(root)] + (["--user", user] if user else [])
    result = cli(*prefix, *args, env=environment)
    assert result.returncode == code, (args, result.stdout, result.stderr)
    return json.loads(result.stdout) if "--json" in args and result.stdout.strip() else result


def test_a_hub_and_a_device_scripted_end_to_end(tmp_path):
    hub, device, usb = tmp_path / "hub", tmp_path / "device", tmp_path / "usb"
    usb.mkdir()
    run(hub, None, "init", "--agency", "恒爱社工", "--username", "head", "--mode", "hub")
    # Accounts and a project through the domain (the CLI has no account commands yet).
    with open_desk(hub, "head", PW) as head:
        station = head.account.station_id
        li = head.create_account("li", "李督导", ["supervisor"], FIRST, station_id=station)
        head.create_account("wang", "王社工", ["worker"], FIRST, station_id=station, supervisor_id=li.id)
        head.create_project(name="项目", contract_start=dt.date(2026, 1, 1), contract_end=dt.date(2026, 12, 31))
    run(hub, "li", "password", "change", CASEDESK_PASSWORD=FIRST, CASEDESK_NEW_PASSWORD=PW)
    run(hub, "head", "hub", "init", "--recovery-file", str(tmp_path / "recovery.json"), "--json",
        CASEDESK_RECOVERY_PASSPHRASE="a long recovery passphrase")  # fmt: skip
    out = run(
        hub, "head", "hub", "enrol-file", "--device", "王的笔记本", "--out", str(tmp_path / "w.cdenrol"), "--json"
    )
    code = out["code"]
    shown = run(device, None, "enrol", str(tmp_path / "w.cdenrol"), "--code", code, code=2)  # in the process list
    assert "[C003]" in shown.stderr and "CASEDESK_ENROL_CODE" in shown.stderr and not device.exists()
    wrong = run(device, None, "enrol", str(tmp_path / "w.cdenrol"), code=1, CASEDESK_ENROL_CODE="0000-0000-0000")
    assert "[B013]" in wrong.stderr and not (device / "workspace.json").exists()
    run(device, None, "enrol", str(tmp_path / "w.cdenrol"), "--json", CASEDESK_ENROL_CODE=code)
    # Her first password came along, still a first one: she sets her own on the laptop before anything else.
    assert "[A019]" in run(device, "wang", "cases", "list", code=1, CASEDESK_PASSWORD=FIRST).stderr
    run(device, "wang", "password", "change", CASEDESK_PASSWORD=FIRST, CASEDESK_NEW_PASSWORD=PW)
    with open_desk(device, "wang", PW) as wang:
        client = wang.create_client("张小明")
        case = wang.create_case(client.id, wang.projects()[0].id, "counselling", "youth")
        intake = fill(wang, "intake", {"intake_date": "2026-11-10", "open_case": True}, case_id=case.id)
    (up,) = run(device, "wang", "bundle", "export", "--to", str(usb), "--json")
    header = run(hub, "li", "bundle", "inspect", up["file"], "--json")
    assert header["sender_name"] == "王的笔记本" and header["counts"]["form_record"] == 1
    (summary,) = run(hub, "li", "bundle", "import", up["file"], "--json")
    assert summary["inserted"]["form_record"] == 1
    again = run(hub, "li", "bundle", "import", up["file"])
    assert "already imported" in again.stdout
    (item,) = run(hub, "li", "review", "list", "--json")
    assert item["worker"] == "王社工" and item["form_id"] == "intake"
    changes = run(hub, "li", "review", "show", item["record_id"][:8], "--json")
    assert changes and all("label" in c for c in changes)
    refused = run(hub, "li", "review", "return", item["record_id"], code=1)
    assert "[R006]" in refused.stderr  # a return needs an opinion
    decided = run(hub, "li", "review", "approve", item["record_id"], "--comment", "同意接案", "--json")
    assert decided["status"] == "approved"
    installed = run(hub, "head", "forms", "install", str(intake_v2(tmp_path)), "--json")
    assert installed == {"form": "intake", "version": 2, "title": "接案信息表"}
    assert {f["id"]: f["version"] for f in run(hub, None, "forms", "list", "--json")}["intake"] == 2
    (down,) = run(hub, "li", "bundle", "export", "--to", str(usb), "--json")
    junk = usb / "not-a-bundle.cdbundle"
    junk.write_text("hello", encoding="utf-8")
    mixed = run(device, "wang", "bundle", "import", str(junk), down["file"], "--json", code=1)
    assert mixed[0]["result"].startswith("refused") and mixed[1]["result"].startswith("imported")
    assert "referral_note" in {f["id"] for f in run(device, None, "forms", "show", "intake", "--json")}
    with open_desk(device, "wang", PW) as wang:
        assert wang.record(intake.id).status == "approved"
        assert wang.case(case.id).archive_code
    devices = run(hub, "head", "hub", "devices", "--json")
    assert devices[0]["received"] == 1 and devices[0]["first_bundle_in"]
    assigned = run(hub, "head", "hub", "assign", "王的笔记本", "--users", "wang,li", "--json")
    assert assigned == {"device": "王的笔记本", "users": "wang,li"}
    assert "[R008]" in run(hub, "head", "hub", "assign", "王的笔记本", "--users", "wang,ghost", code=1).stderr
    assert "[A0" in run(hub, "li", "hub", "assign", "王的笔记本", "--users", "wang", code=1).stderr  # not the agency
    run(hub, "head", "hub", "revoke", "王的笔记本")
    (late,) = run(device, "wang", "bundle", "export", "--to", str(usb), "--json")
    revoked = run(hub, "li", "bundle", "import", late["file"], code=1)
    assert "B011" in revoked.stdout
    assert run(hub, "li", "conflicts", "list", "--json") == []

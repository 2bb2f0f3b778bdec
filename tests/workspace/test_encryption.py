"""Encryption at rest through the domain API: a workspace is unreadable without a password, a
password change re-wraps one key, a forgotten password is recovered with the agency's key, and an
earlier CaseDesk's plain workspace is encrypted at its first sign-in (docs/security.md)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.errors import AccessDenied, CaseDeskError
from desktop.security.convert import is_plain_database
from desktop.security.crypto import is_encrypted
from desktop.workspace import create_workspace, open_desk, recover_account
from desktop.workspace.layout import Layout
from tests import raw_db
from tests.conftest import PASSWORDS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "workspaces"


def make(root: Path) -> str:
    created = create_workspace(
        root, agency_name="恒爱社工", station_name="东城站", username="admin", display_name="管理员",
        password="admin-pass-1",
    )  # fmt: skip
    return created.recovery_code


def test_a_new_workspace_is_unreadable_without_a_password(tmp_path: Path):
    root = tmp_path / "ws"
    make(root)
    with open_desk(root, "admin", "admin-pass-1") as desk:
        desk.create_client("欧阳晓菲")
    database = Layout(root).database
    assert not is_plain_database(database)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(database).execute("SELECT count(*) FROM sqlite_master").fetchall()
    keystore = Layout(root).keystore_file.read_text(encoding="utf-8")
    assert "admin-pass-1" not in keystore and "password_hash" not in keystore
    for wrong in (("admin", "admin-pass-2"), ("nobody", "admin-pass-1")):
        with pytest.raises(AccessDenied) as refused:
            open_desk(root, *wrong)
        assert refused.value.code == "A001"  # one message: a wrong name is not told from a wrong password


def test_changing_a_password_rewraps_the_key_and_keeps_everything(team):
    key_before = raw_db.data_key(team.root, PASSWORDS["wang"], "wang")
    with team.desk("wang") as wang:
        client = wang.create_client("改密码前的对象")
        with pytest.raises(AccessDenied) as wrong:
            wang.change_my_password("not-my-password", "wang-new-pass")
        assert wrong.value.code == "A001"
        wang.change_my_password(PASSWORDS["wang"], "wang-new-pass")
    with pytest.raises(AccessDenied):
        open_desk(team.root, "wang", PASSWORDS["wang"])
    with open_desk(team.root, "wang", "wang-new-pass") as wang:
        assert wang.client(client.id).name == "改密码前的对象"
        assert any(e.action == "password_change" for e in wang.audit_entries())
    # One data key throughout: nothing was re-encrypted, only its copy sealed to wang's key changed.
    assert raw_db.data_key(team.root, "wang-new-pass", "wang") == key_before


def test_a_lost_password_is_reset_by_the_head_or_lead_only(team):
    with team.desk("sup") as sup, pytest.raises(AccessDenied) as refused:
        sup.reset_password("wang", "given-by-sup")
    assert refused.value.code == "A004"
    with team.desk("head") as head:
        head.reset_password("wang", "given-by-head")
    with pytest.raises(AccessDenied):
        open_desk(team.root, "wang", PASSWORDS["wang"])
    with open_desk(team.root, "wang", "given-by-head") as wang:
        assert wang.account.username == "wang"


def test_the_recovery_key_opens_a_workspace_whose_password_is_forgotten(tmp_path: Path):
    root, other = tmp_path / "ws", tmp_path / "other"
    code = make(root)
    foreign = make(other)
    keystore = Layout(root).keystore_file
    untouched = keystore.read_bytes()
    for bad, expected in ((foreign, "E002"), (code[:-1] + ("A" if code[-1] != "A" else "B"), "E001")):
        with pytest.raises(CaseDeskError) as refused:
            recover_account(root, bad, "admin", "recovered-pass")
        assert refused.value.code == expected
        assert keystore.read_bytes() == untouched  # a refused key changes nothing
    typed = code.lower().replace("-", " ").replace("o", "0")  # as someone copies it from paper
    with recover_account(root, typed, "admin", "recovered-pass") as desk:
        assert desk.account.username == "admin"
        assert any(e.action == "recover" for e in desk.audit_entries())
    with pytest.raises(AccessDenied):
        open_desk(root, "admin", "admin-pass-1")
    open_desk(root, "admin", "recovered-pass").close()


def test_a_new_recovery_key_replaces_the_old_one(tmp_path: Path):
    root = tmp_path / "ws"
    old = make(root)
    with open_desk(root, "admin", "admin-pass-1") as desk:
        assert desk.has_recovery_key()
        new = desk.new_recovery_key()
    with pytest.raises(CaseDeskError) as refused:
        recover_account(root, old, "admin", "recovered-pass")
    assert refused.value.code == "E002"
    recover_account(root, new, "admin", "recovered-pass").close()


def test_backups_and_attachments_are_encrypted(team, tmp_path: Path):
    scan = tmp_path / "同意书.txt"
    scan.write_text("服务对象：欧阳晓菲", encoding="utf-8")
    with team.desk("wang") as wang:
        client = wang.create_client("欧阳晓菲")
        attachment = wang.add_attachment(scan, client_id=client.id)
    stored = Layout(team.root).attachments / attachment.sha256[:2] / attachment.sha256
    assert is_encrypted(stored.read_bytes()) and "欧阳".encode() not in stored.read_bytes()
    layout = Layout(team.root)
    (backup,) = list(layout.backups.glob("auto-*.db"))
    assert not is_plain_database(backup)
    with raw_db.connect(team.root, PASSWORDS["head"], database=backup) as db:
        assert db.execute("SELECT name FROM agency").fetchone()[0] == "恒爱社工服务中心"


def test_an_earlier_plain_workspace_is_encrypted_at_its_first_sign_in(tmp_path: Path):
    root = tmp_path / "旧工作区"
    shutil.copytree(FIXTURES / "schema-0012", root)
    layout = Layout(root)
    assert is_plain_database(layout.database)
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    username, password = manifest["login"]
    with open_desk(root, username, password) as desk:
        assert desk.counts() == manifest["counts"]
        assert any("恢复密钥" in n for n in desk.store_status.notices)  # E005: make a recovery key
        names = [c.name for c in desk.clients()]
    assert not is_plain_database(layout.database)
    assert not (root / "casedesk.db.encrypting").exists()
    assert all(not is_plain_database(p) for p in layout.backups.glob("*.db"))  # the pre-upgrade copy too
    for path in layout.attachments.rglob("*"):
        assert path.is_dir() or is_encrypted(path.read_bytes())
    everything = b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file() and p.name != "manifest.json")
    assert all(name.encode("utf-8") not in everything for name in names)
    # Every other account of the old workspace keeps its password: its data key waits under its old
    # hash (which is deleted), and its first sign-in gives it a key pair.
    accounts = json.loads(layout.keystore_file.read_text(encoding="utf-8"))["accounts"]
    others = sorted(u for u in accounts if u != username)
    assert others and all("password_hash" not in accounts[u] and "transition" in accounts[u] for u in others)
    with pytest.raises(AccessDenied) as wrong:
        open_desk(root, others[0], "not-the-password")
    assert wrong.value.code == "A001"
    with open_desk(root, others[0], f"casedesk-{others[0]}") as desk:
        assert desk.account.username == others[0]
    entry = json.loads(layout.keystore_file.read_text(encoding="utf-8"))["accounts"][others[0]]
    assert "transition" not in entry and "private_key" in entry and "data_key" in entry


def test_a_damaged_attachment_and_a_keyless_account_are_refused_by_name(team, tmp_path: Path):
    scan = tmp_path / "scan.txt"
    scan.write_text("扫描件", encoding="utf-8")
    with team.desk("wang") as wang:
        attachment = wang.add_attachment(scan, client_id=wang.create_client("某某").id)
        stored = wang.attachment_path(attachment.sha256)
        data = bytearray(stored.read_bytes())
        data[-1] ^= 0x01  # one bit changed on the disk
        stored.write_bytes(bytes(data))
        with pytest.raises(CaseDeskError) as damaged:
            wang.read_attachment(attachment.sha256)
        assert damaged.value.code == "E004"
    keystore = Layout(team.root).keystore_file
    entries = json.loads(keystore.read_text(encoding="utf-8"))
    del entries["accounts"]["chen"]["data_key"]  # a keystore edited by hand
    keystore.write_text(json.dumps(entries), encoding="utf-8")
    with pytest.raises(AccessDenied) as keyless:
        open_desk(team.root, "chen", PASSWORDS["chen"])
    assert keyless.value.code == "E003" and "chen" in keyless.value.message("en")


def test_the_agency_head_is_reminded_until_the_workspace_has_a_recovery_key(tmp_path: Path):
    root = tmp_path / "旧工作区"
    shutil.copytree(FIXTURES / "schema-0012", root)
    with open_desk(root, "li", "casedesk-li") as li:  # a supervisor encrypts it at her sign-in
        assert [n for n in li.store_status.notices if "恢复密钥" in n]
    with open_desk(root, "zhou", "casedesk-zhou") as head:  # the agency head is told at each sign-in
        (reminder,) = [n for n in head.store_status.notices if "恢复密钥" in n]
        assert "还没有恢复密钥" in reminder
        head.new_recovery_key()
    with open_desk(root, "zhou", "casedesk-zhou") as head:
        assert not [n for n in head.store_status.notices if "恢复密钥" in n]
    with open_desk(root, "wang", "casedesk-wang") as wang:  # a worker cannot make one: not told
        assert not [n for n in wang.store_status.notices if "恢复密钥" in n]

"""First and reset passwords: whatever the agency head hands out (typed by her or made by CaseDesk) is temporary,
its owner sets their own at their first sign-in, and the mark travels with the keystore entry to an enrolled
laptop; an entry an earlier CaseDesk wrote (without the mark) holds its owner's own password."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.errors import CaseDeskError
from desktop.security.crypto import new_data_key
from desktop.workspace import Layout, open_desk
from desktop.workspace.keystore import (
    FIRST_PASSWORD_LETTERS,
    MIN_PASSWORD_LENGTH,
    Keystore,
    check_password_strength,
    first_password,
)
from tests.conftest import PASSWORDS, Team

GIVEN = "given-by-head-1"


def refused(code: str, call, *args, **kwargs) -> None:
    with pytest.raises(CaseDeskError) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code, caught.value


def test_a_made_password_is_readable_strong_and_new_each_time():
    made = [first_password() for _ in range(200)]
    assert len(set(made)) == 200
    for password in made:
        check_password_strength(password)
        assert len(password) >= MIN_PASSWORD_LENGTH + 4
        assert re.fullmatch(r"[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}", password), password
        assert not set(password) & set("0o1liO"), password  # nothing read as another character
    assert set("".join(made)) - {"-"} == set(FIRST_PASSWORD_LETTERS)  # every readable character is used


def test_a_new_accounts_made_password_is_shown_once_and_must_be_changed(team: Team):
    head = team.desk("head")
    station = head.account.station_id
    made = head.create_account("zhao", "赵社工", ["finance_officer"], station_id=station)
    assert made.first_password is not None and made.first_password not in repr(made)
    assert head.accounts()[-1].username == "zhao" and not hasattr(head.accounts()[-1], "first_password")
    keystore_text = Layout(team.root).keystore_file.read_text(encoding="utf-8")
    assert made.first_password not in keystore_text  # only the key locked by it is kept
    assert Keystore(Layout(team.root).keystore_file).is_temporary("zhao")

    with open_desk(team.root, "zhao", made.first_password) as zhao:
        assert zhao.must_change_password()
        refused("A006", zhao.change_my_password, made.first_password, "x" * (MIN_PASSWORD_LENGTH - 1))
        refused("A020", zhao.change_my_password, made.first_password, made.first_password)
        refused("A001", zhao.change_my_password, "not-the-first-one", "zhao-own-pass")
        assert zhao.must_change_password()  # nothing above changed it
        zhao.change_my_password(made.first_password, "x" * MIN_PASSWORD_LENGTH)  # just inside the rule
        assert not zhao.must_change_password()
    refused("A001", open_desk, team.root, "zhao", made.first_password)
    with open_desk(team.root, "zhao", "x" * MIN_PASSWORD_LENGTH) as zhao:
        assert not zhao.must_change_password()
        zhao.change_my_password("x" * MIN_PASSWORD_LENGTH, "x" * MIN_PASSWORD_LENGTH)  # her own: she may keep it
    entries = [e for e in reversed(head.audit_entries()) if e.action in ("create", "password_change")]
    assert [e.action for e in entries[-3:]] == ["create", "password_change", "password_change"]


def test_a_password_the_head_types_is_temporary_too_and_others_are_untouched(team: Team):
    head = team.desk("head")
    made = head.create_account("zhao", "赵社工", ["finance_officer"], GIVEN, station_id=head.account.station_id)
    assert made.first_password is None  # she typed it: nothing to show
    refused("A006", head.create_account, "qian", "钱", ["finance_officer"], "x" * (MIN_PASSWORD_LENGTH - 1))
    with open_desk(team.root, "zhao", GIVEN) as zhao:
        assert zhao.must_change_password()
    assert not head.must_change_password()  # the workspace's first account chose her own
    with open_desk(team.root, "wang", PASSWORDS["wang"]) as wang:
        assert not wang.must_change_password()


def test_a_reset_password_is_temporary_and_made_when_not_given(team: Team):
    head = team.desk("head")
    with open_desk(team.root, "wang", PASSWORDS["wang"]) as wang:
        wang.change_my_password(PASSWORDS["wang"], "wang-own-pass")
    made = head.reset_password("wang")
    assert made is not None
    check_password_strength(made)
    refused("A001", open_desk, team.root, "wang", "wang-own-pass")
    with open_desk(team.root, "wang", made) as wang:
        assert wang.must_change_password()
        wang.change_my_password(made, "wang-own-pass-2")
    assert head.reset_password("wang", GIVEN) is None
    with open_desk(team.root, "wang", GIVEN) as wang:
        assert wang.must_change_password()
    assert [e.action for e in head.audit_entries() if e.action == "password_reset"] == ["password_reset"] * 2


def test_a_staff_list_gets_one_temporary_first_password(team: Team, tmp_path: Path):
    head = team.desk("head")
    book = Workbook()
    sheet = book.active
    sheet.append(["用户名", "姓名", "角色", "站点", "督导"])
    sheet.append(["zhao", "赵督导", "督导", "东城站", None])
    sheet.append(["zheng", "郑社工", "一线社工", "东城站", "zhao"])
    book.save(tmp_path / "staff.xlsx")
    made = head.import_staff(head.preview_staff(tmp_path / "staff.xlsx"))
    (password,) = {a.first_password for a in made}
    assert password is not None
    for username in ("zhao", "zheng"):
        with open_desk(team.root, username, password) as desk:
            assert desk.must_change_password()


def _entry_keystore(root: Path) -> tuple[Keystore, bytes]:
    root.mkdir()
    data_key = new_data_key()
    keystore = Keystore(root / "keystore.json")
    keystore.start_encryption(data_key, [])
    return keystore, data_key


def test_the_mark_travels_with_the_entry_and_an_old_entry_is_the_owners_own(tmp_path: Path):
    import uuid

    hub, hub_key = _entry_keystore(tmp_path / "hub")
    hub.add("zhao", uuid.uuid4(), GIVEN, hub_key, temporary=True)
    hub.add("wang", uuid.uuid4(), "wang-own-pass", hub_key)
    exported = json.loads(json.dumps(hub.export_entries(["zhao", "wang"])))  # as the sealed file carries it
    assert exported["zhao"]["temporary"] is True and "temporary" not in exported["wang"]

    laptop, laptop_key = _entry_keystore(tmp_path / "laptop")
    laptop.import_entries(exported, data_key=laptop_key)
    assert laptop.is_temporary("zhao") and not laptop.is_temporary("wang")
    assert laptop.unlock("zhao", GIVEN).temporary and not laptop.unlock("wang", "wang-own-pass").temporary
    prepared = laptop.prepare_import({"zhao": exported["zhao"] | {"temporary": "yes"}}, data_key=laptop_key)
    assert prepared["accounts"]["zhao"]["temporary"] is True  # zhao is here already: kept as it was

    # An entry as an earlier CaseDesk wrote it, without the mark; and a mark that is not a literal true.
    other, other_key = _entry_keystore(tmp_path / "other")
    old = {k: v for k, v in exported["zhao"].items() if k != "temporary"}
    other.import_entries({"zhao": old, "qian": exported["zhao"] | {"temporary": "yes"}}, data_key=other_key)
    assert not other.is_temporary("zhao") and not other.unlock("zhao", GIVEN).temporary
    assert not other.is_temporary("qian")
    assert not other.is_temporary("nobody")

    laptop.change_password("zhao", GIVEN, "zhao-own-pass")
    assert not laptop.is_temporary("zhao") and hub.is_temporary("zhao")  # changed here, not at the hub


def test_a_recovered_password_is_the_persons_own(team: Team):
    head = team.desk("head")
    code = head.new_recovery_key()
    head.reset_password("wang", GIVEN)
    from desktop.workspace import recover_account

    with recover_account(team.root, code, "wang", "wang-recovered-1") as wang:
        assert not wang.must_change_password()

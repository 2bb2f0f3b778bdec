"""The argon2 cost CaseDesk ships. The rest of the suite locks its keys with cheap parameters (tests/conftest.py);
these tests make sure that swap stays inside the test process and that the shipped cost is the one a real key
gets and must pay."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.errors import AccessDenied, CaseDeskError
from desktop.security import crypto
from desktop.sync import enrolment
from desktop.workspace import Layout, create_workspace, open_desk
from tests.conftest import SHIPPED_ENROL_KDF_PARAMS, SHIPPED_KDF_PARAMS, TEST_KDF_PARAMS

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {"t": 3, "m": 64 * 1024, "p": 1}  # RFC 9106's second recommendation


def test_the_shipped_parameters_are_rfc_9106s_and_a_process_outside_the_tests_uses_them():
    assert SHIPPED_KDF_PARAMS == PRODUCTION and SHIPPED_ENROL_KDF_PARAMS == PRODUCTION
    assert TEST_KDF_PARAMS != PRODUCTION and crypto.KDF_PARAMS == TEST_KDF_PARAMS  # the suite's own swap
    assert enrolment.KDF_PARAMS == TEST_KDF_PARAMS
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    script = (
        "import json; from desktop.security import crypto; from desktop.sync import enrolment; "
        "print(json.dumps([crypto.KDF_PARAMS, enrolment.KDF_PARAMS]))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120, check=True
    )
    assert json.loads(shown.stdout) == [PRODUCTION, PRODUCTION]


def test_a_new_account_key_is_locked_at_the_shipped_cost_and_opens_only_with_its_password(
    tmp_path: Path, production_kdf: dict[str, int]
):
    assert production_kdf == PRODUCTION and crypto.KDF_PARAMS == PRODUCTION
    root = tmp_path / "ws"
    create_workspace(
        root,
        agency_name="恒爱社工",
        station_name="东城站",
        username="admin",
        display_name="管理员",
        password="admin-pass-1",
    )
    keystore = json.loads(Layout(root).keystore_file.read_text(encoding="utf-8"))
    locked = keystore["accounts"]["admin"]["private_key"]
    assert locked["kdf"] == "argon2id" and {k: locked[k] for k in ("t", "m", "p")} == PRODUCTION
    with open_desk(root, "admin", "admin-pass-1") as desk:
        assert desk.account.username == "admin"
    with pytest.raises(AccessDenied) as wrong:
        open_desk(root, "admin", "not-the-password")
    assert wrong.value.code == "A001"


def test_an_enrolment_file_is_sealed_at_the_shipped_cost(production_kdf: dict[str, int], monkeypatch):
    code = enrolment.new_code()
    sealed = enrolment.seal_enrolment({"format": "casedesk-enrolment", "device": "笔记本"}, code)
    assert enrolment.open_enrolment(sealed, code)["device"] == "笔记本"
    monkeypatch.setattr(enrolment, "KDF_PARAMS", TEST_KDF_PARAMS)  # the code's key depends on the cost
    with pytest.raises(CaseDeskError) as cheap:
        enrolment.open_enrolment(sealed, code)
    assert cheap.value.code == "B013"

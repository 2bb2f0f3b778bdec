"""Passwords and the recovery key from the command line: secrets come from the environment or a
prompt, never from arguments; a wrong one changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import cli


def _init(root: Path) -> str:
    made = cli(
        "--data-dir", str(root), "init", "--agency", "恒爱社工", "--station", "东城站", "--username", "zhou",
        "--json", env={"CASEDESK_PASSWORD": "zhou-pass-1"},
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return json.loads(made.stdout)["recovery_key"]


def test_password_change_reset_and_recovery_from_the_command_line(tmp_path: Path):
    root = tmp_path / "ws"
    code = _init(root)
    base = ["--data-dir", str(root), "--user", "zhou"]
    refused = cli(*base, "password", "change", env={"CASEDESK_PASSWORD": "wrong-pass-1",
                                                          "CASEDESK_NEW_PASSWORD": "zhou-pass-2"})  # fmt: skip
    assert refused.returncode != 0 and "用户名或密码不正确" in refused.stderr
    changed = cli(*base, "password", "change", env={"CASEDESK_PASSWORD": "zhou-pass-1",
                                                          "CASEDESK_NEW_PASSWORD": "zhou-pass-2"})  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    assert cli(*base, "cases", "list", env={"CASEDESK_PASSWORD": "zhou-pass-1"}).returncode != 0
    assert cli(*base, "cases", "list", env={"CASEDESK_PASSWORD": "zhou-pass-2"}).returncode == 0
    # Forgotten: the recovery key printed at creation sets a new one; a mistyped key is told apart.
    typo = cli(*base, "recover", env={"CASEDESK_RECOVERY_KEY": code[:-2] + "22",
                                           "CASEDESK_NEW_PASSWORD": "zhou-pass-3"})  # fmt: skip
    assert typo.returncode != 0 and "校验不符" in typo.stderr
    recovered = cli(*base, "recover", env={"CASEDESK_RECOVERY_KEY": code, "CASEDESK_NEW_PASSWORD": "zhou-pass-3"})
    assert recovered.returncode == 0, recovered.stderr
    assert cli(*base, "cases", "list", env={"CASEDESK_PASSWORD": "zhou-pass-3"}).returncode == 0
    # A new recovery key replaces the old one.
    new = cli(*base, "recovery-key", "new", "--json", env={"CASEDESK_PASSWORD": "zhou-pass-3"})
    fresh = json.loads(new.stdout)["recovery_key"]
    assert fresh != code
    stale = cli(*base, "recover", env={"CASEDESK_RECOVERY_KEY": code, "CASEDESK_NEW_PASSWORD": "zhou-pass-4"})
    assert stale.returncode != 0 and "打不开" in stale.stderr


def test_without_a_password_the_command_line_opens_nothing(tmp_path: Path):
    root = tmp_path / "ws"
    _init(root)
    nothing = cli("--data-dir", str(root), "--user", "zhou", "clients", "list")
    assert nothing.returncode != 0 and "请先登录" in nothing.stderr
    nobody = cli("--data-dir", str(root), "clients", "list", env={"CASEDESK_PASSWORD": "zhou-pass-1"})
    assert nobody.returncode != 0 and "请先登录" in nobody.stderr


def test_a_secret_given_as_an_argument_is_refused_and_says_where_it_goes(tmp_path: Path):
    """``init --password`` would show the password to every user of the machine (``ps``): refused before
    anything is made, naming the environment variable; the variable makes the workspace."""
    root = tmp_path / "ws"
    for given in (["--password", "zhou-pass-1"], ["--password=zhou-pass-1"]):
        refused = cli("--data-dir", str(root), "init", "--username", "zhou", *given)
        assert refused.returncode == 2 and "[C003]" in refused.stderr and "CASEDESK_PASSWORD" in refused.stderr
        assert "Traceback" not in refused.stderr and not root.exists()
    assert "--password" not in cli("init", "--help").stdout
    made = cli("--data-dir", str(root), "init", "--username", "zhou", "--json",
                    env={"CASEDESK_PASSWORD": "zhou-pass-1"})  # fmt: skip
    assert made.returncode == 0 and "password" not in json.loads(made.stdout)  # not generated, so not printed
    signed_in = cli("--data-dir", str(root), "--user", "zhou", "clients", "list",
                         env={"CASEDESK_PASSWORD": "zhou-pass-1"})  # fmt: skip
    assert signed_in.returncode == 0, signed_in.stderr

"""Password guessing is slowed per name and per workspace, kept across restarts, told to the agency head at
the next sign-in, and never locks the rightful person out. The clock is a fake one moved by hand (nothing
waits for real); most attempts are checked by a stand-in, a few by real argon2 through the keystore."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop.cli import main
from desktop.errors import AccessDenied, CaseDeskError
from desktop.security.crypto import recovery_code
from desktop.workspace import Layout, open_desk, recover_account
from desktop.workspace import attempts as attempts_module
from desktop.workspace.attempts import FREE_PER_NAME, FREE_PER_WORKSPACE, MAX_WAIT, Attempts, wait_after
from desktop.workspace.keystore import Keystore
from tests.conftest import PASSWORDS


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(attempts_module, "clock", fake)
    return fake


class Checker:
    """Stands in for the password check: wrong unless told otherwise; counts how often it was asked."""

    def __init__(self) -> None:
        self.asked = 0

    def __call__(self, right: bool = False):
        def verify() -> str:
            self.asked += 1
            if not right:
                raise AccessDenied("A001")
            return "in"

        return verify


def fail(attempts: Attempts, name: str, checker: Checker) -> str:
    """One wrong attempt: the code it ends with (A001, or A015 once the next must wait)."""
    with pytest.raises(AccessDenied) as refused:
        attempts.check(name, checker(), where="sign_in")
    return refused.value.code


def test_the_wait_grows_from_the_fourth_attempt_doubles_and_stops_at_thirty_seconds():
    assert [wait_after(n, FREE_PER_NAME) for n in range(10)] == [0, 0, 0, 1, 2, 4, 8, 16, 30, 30]
    assert [wait_after(n, FREE_PER_WORKSPACE) for n in (9, 10, 11, 15, 100, 10**9)] == [0, 1, 2, 30, 30, 30]


def test_the_last_free_attempt_is_checked_at_once_the_next_waits_and_a_right_password_ends_it(tmp_path, clock):
    attempts, checker = Attempts(tmp_path), Checker()
    assert [fail(attempts, "wang", checker) for _ in range(2)] == ["A001", "A001"]
    assert attempts.wait("wang") == 0  # the third attempt, the last free one, is checked at once
    assert fail(attempts, "wang", checker) == "A015" and checker.asked == 3
    assert attempts.wait("wang") == 1.0  # the fourth waits a second
    clock.now += 0.5
    with pytest.raises(AccessDenied) as early:
        attempts.check("wang", checker(right=True), where="sign_in")
    assert early.value.code == "A015" and early.value.params == {"seconds": 1}
    assert checker.asked == 3  # refused before the password is looked at, and not counted
    waits = []
    for _ in range(7):
        clock.now += attempts.wait("wang")
        fail(attempts, "wang", checker)
        waits.append(attempts.wait("wang"))
    assert waits == [2, 4, 8, 16, MAX_WAIT, MAX_WAIT, MAX_WAIT]  # capped: never locked out for good
    assert Attempts(tmp_path).failures("wang") == (10, 10)  # kept in the folder: a restart changes nothing
    clock.now += MAX_WAIT
    assert attempts.check("wang", checker(right=True), where="sign_in") == "in"
    assert attempts.failures("wang") == (0, 0) and attempts.wait("wang") == 0
    clock.now += 1
    assert fail(attempts, "wang", checker) == "A001"  # three free attempts again


def test_many_names_share_the_workspace_count_and_a_day_forgets(tmp_path, clock):
    attempts, checker = Attempts(tmp_path), Checker()
    codes = [fail(attempts, f"name{n}", checker) for n in range(FREE_PER_WORKSPACE)]
    assert codes == ["A001"] * (FREE_PER_WORKSPACE - 1) + ["A015"]
    with pytest.raises(AccessDenied) as sprayed:  # a new name: the workspace waits all the same
        attempts.check("someone-else", checker(), where="sign_in")
    assert sprayed.value.code == "A015" and checker.asked == FREE_PER_WORKSPACE
    assert "name1" not in attempts.path.read_text(encoding="utf-8")  # names tried are never kept in the clear
    clock.now += 24 * 3600 + 1
    assert attempts.wait("someone-else") == 0 and attempts.failures("name1") == (0, 0)


def test_an_unknown_name_costs_a_verification_and_counts(team, clock, monkeypatch):
    spent = []
    monkeypatch.setattr("desktop.workspace.keystore.spend_password_time", spent.append)
    keystore = Keystore(Layout(team.root).keystore_file)
    with pytest.raises(AccessDenied) as unknown:
        keystore.unlock("nobody", "a-guess-123")
    assert unknown.value.code == "A001" and spent == ["a-guess-123"]  # argon2 against a dummy, as a wrong password
    assert keystore.attempts.failures("nobody") == (1, 1)


def test_failures_anywhere_reach_the_audit_log_at_the_next_sign_in(team, clock, capsys, monkeypatch):
    monkeypatch.setenv("CASEDESK_PASSWORD", "not-wangs-password")
    command = ["--data-dir", str(team.root), "--user", "wang", "audit", "list"]
    assert [main(command) for _ in range(FREE_PER_NAME)] == [1, 1, 1]  # the command line, real argon2
    said = capsys.readouterr().err
    assert "[A001]" in said and "[A015] 错误次数过多，请 1 秒后再试" in said
    assert main(command) == 1 and "[A015]" in capsys.readouterr().err  # at once, without a check
    assert Attempts(team.root).failures("wang") == (3, 3)
    with team.desk("chen") as chen:
        with pytest.raises(AccessDenied):
            chen.verify_password("not-chens-password")  # the lock screen
        with pytest.raises(AccessDenied):
            chen.change_my_password("not-chens-password", "chen-new-pass")
    stranger = recovery_code(X25519PrivateKey.generate())  # passes its check, opens nothing here
    with pytest.raises(CaseDeskError) as wrong_key:
        recover_account(team.root, stranger, "lead", "lead-new-pass")
    assert wrong_key.value.code == "E002"
    assert Attempts(team.root).failures("lead") == (1, 6)

    clock.now += 1
    with open_desk(team.root, "head", PASSWORDS["head"]) as head:  # the next sign-in of anyone
        failed = [e for e in head.audit_entries() if e.action == "sign_in_failed"]
    noted = {(e.detail["username"], e.detail["where"]): e.detail["count"] for e in failed}
    assert noted == {
        ("wang", "sign_in"): 3,
        ("chen", "unlock"): 1,
        ("chen", "password_change"): 1,
        ("lead", "recover"): 1,
    }
    assert all(e.account_id is None for e in failed)  # nobody known typed them
    with open_desk(team.root, "wang", PASSWORDS["wang"]) as wang:  # workers read their own entries only
        assert not [e for e in wang.audit_entries() if e.action == "sign_in_failed"]
    assert Attempts(team.root).failures("wang") == (0, 3)  # wang's own failures forgiven; chen's and lead's stay

    monkeypatch.setenv("CASEDESK_PASSWORD", PASSWORDS["head"])
    assert main(["--data-dir", str(team.root), "--user", "head", "audit", "list"]) == 0
    listed = capsys.readouterr().out
    assert "密码错误（尝试登录） “wang” ×3 (sign_in)" in listed and "“lead” ×1 (recover)" in listed

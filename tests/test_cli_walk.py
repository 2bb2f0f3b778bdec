"""An agency's first case from ``casedesk`` alone, every step a child process on an empty folder: ``init``, a
station, a supervisor and two workers, a project and its targets; a worker adds a client from her ID number,
opens a case, fills and submits the intake; the supervisor finds it in the review inbox and approves it; the case
opens with its archive number. Each step is checked on its ``--json`` output, and the refusals on the way (a
case without its domain, an intake with required fields empty) exit non-zero and change nothing.

The children run ``python -m tests.cli_child`` (the ``casedesk`` command with the suite's cheap key derivation,
so the walk takes seconds, not a minute). Every signed-in call goes through ``Walk.run``: the one place a first
sign-in step (changing a first password) would go."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from desktop.forms.id_numbers import CHECK_CHARS, WEIGHTS

ROOT = Path(__file__).resolve().parents[1]
HEAD, FIRST = "head-pass-1", "first-pass-1"
TARGETS = ("elderly.case.completed", "elderly.home_visit.elders_seen")


def id_number(area: str, birth: dt.date, sequence: str) -> str:
    """A valid 18-character resident ID number (GB 11643-1999): the sequence's last digit even for a woman."""
    body = f"{area}{birth:%Y%m%d}{sequence}"
    return body + CHECK_CHARS[sum(int(d) * w for d, w in zip(body, WEIGHTS, strict=True)) % 11]


class Walk:
    """One workspace driven by child processes, and the password each account signs in with."""

    def __init__(self, root: Path, bytecode: Path) -> None:
        self.root = root
        self.passwords: dict[str, str] = {}
        # Each child compiles CaseDesk's modules once between them, in a folder of the test's own, whether or
        # not this machine writes bytecode (PYTHONDONTWRITEBYTECODE): the first child compiles, the others load.
        self.bytecode = {"PYTHONPYCACHEPREFIX": str(bytecode)}

    def child(self, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        clean = {
            k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_") and k != "PYTHONDONTWRITEBYTECODE"
        } | self.bytecode
        return subprocess.run(
            [sys.executable, "-m", "tests.cli_child", "--data-dir", str(self.root), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=clean | (env or {}),
            cwd=ROOT,
            timeout=120,
        )

    def handed_out(self, username: str, password: str, *, own: bool = False) -> None:
        """The password ``username`` signs in with: their own (``own``, as the head's made with ``init``), or a
        first one an agency head gave, which they replace with their own before anything else (A019 until
        then), as at their first sign-in."""
        self.passwords[username] = password
        if not own:
            mine = f"{username}-own-pass-1"
            changed = self.run(username, "password", "change", new_password=mine)
            assert changed.returncode == 0, changed.stderr
            self.passwords[username] = mine

    def run(self, user: str, *args: str, new_password: str | None = None) -> subprocess.CompletedProcess:
        """``casedesk --user USER ARGS``, signed in with the user's password from the environment."""
        env = {"CASEDESK_PASSWORD": self.passwords[user]}
        if new_password:
            env["CASEDESK_NEW_PASSWORD"] = new_password
        return self.child("--user", user, *args, env=env)

    def ok(self, user: str, *args: str, new_password: str | None = None) -> Any:
        ran = self.run(user, *args, "--json", new_password=new_password)
        assert ran.returncode == 0, (args, ran.stderr)
        return json.loads(ran.stdout)


def _set_up_agency(walk: Walk) -> dict[str, Any]:
    made = walk.child("init", "--agency", "恒爱社工", "--station", "东城站", "--username", "zhou", "--json",
                      env={"CASEDESK_PASSWORD": HEAD})  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["username"] == "zhou"
    walk.handed_out("zhou", HEAD, own=True)
    station = walk.ok("zhou", "stations", "add", "石排镇社工站", "--township", "石排镇", "--code", "SP")
    assert (station["name"], station["code"]) == ("石排镇社工站", "SP")
    sup = walk.ok("zhou", "accounts", "add", "li", "--name", "李督导", "--role", "supervisor", "--station", "SP",
                  new_password=FIRST)  # fmt: skip
    assert (sup["roles"], sup["station"]) == (["supervisor"], "石排镇社工站")
    for user in ("wang", "chen"):
        worker = walk.ok("zhou", "accounts", "add", user, "--role", "worker", "--station", "SP", "--supervisor",
                         "li", new_password=FIRST)  # fmt: skip
        assert (worker["supervisor"], worker["station"]) == ("li", "石排镇社工站")
    walk.passwords["wang"] = FIRST
    first = walk.run("wang", "cases", "list")  # before her own password: refused, and said why
    assert first.returncode != 0 and "A019" in first.stderr
    for user in ("li", "wang"):  # the two who sign in below; chen's first password waits for her
        walk.handed_out(user, FIRST)
    project = walk.ok("zhou", "projects", "add", "石排镇长者关爱服务项目", "--code", "SP-2026", "--start",
                      "2026-01-01", "--end", "2030-12-31", "--station", "SP", "--domain", "elderly")  # fmt: skip
    assert project["targets"] == {}
    project = walk.ok("zhou", "projects", "targets", "SP-2026", f"{TARGETS[0]}=20", f"{TARGETS[1]}=200")
    assert project["targets"] == {TARGETS[0]: 20, TARGETS[1]: 200}
    return project


def _intake(today: dt.date) -> dict[str, Any]:
    return {
        "intake_date": today.isoformat(),
        "channel": "home_visit",
        "request": "独居长者，近期跌倒一次，情绪低落。",
        "first_assessment": "需要定期探访与情绪支持，无紧急风险。",
        "crisis_factors": "none",
        "urgent_service_needed": False,
        "client_willing": "yes",
        "open_case": True,
        "decision_reason": "长者愿意接受服务。",
        "case_type": "counselling",
        "domain": "elderly",
        "overall_goal": "减少跌倒风险，改善情绪。",
    }


def _first_case(walk: Walk, tmp: Path, today: dt.date) -> tuple[dict[str, Any], str]:
    """The worker adds the client, opens the case and submits the intake: (the case, the intake's id)."""
    born = dt.date(today.year - 76, 1, 1)
    number = id_number("441900", born, "002")
    ran = walk.run("wang", "clients", "add", "--name", "刘桂英", "--id-number", number, "--domain", "elderly", "--json")
    assert ran.returncode == 0, ran.stderr
    assert number not in ran.stdout  # an ID number is never printed
    client = json.loads(ran.stdout)
    assert (client["sex"], client["birth_date"], client["domain"]) == ("female", born.isoformat(), "elderly")

    nothing_chosen = walk.run("wang", "cases", "open", "刘桂英", "--type", "counselling", "--project", "SP-2026")
    assert nothing_chosen.returncode != 0 and "--domain" in nothing_chosen.stderr  # no case: see the end
    case = walk.ok("wang", "cases", "open", "刘桂英", "--type", "counselling", "--domain", "elderly",
                   "--project", "SP-2026")  # fmt: skip
    assert (case["status"], case["archive_code"], case["first_form"]) == ("intake", None, "intake")
    assert case["client_id"] == client["id"]

    (tmp / "half.json").write_text(json.dumps({"intake_date": today.isoformat()}), encoding="utf-8")
    half = walk.run("wang", "records", "new", case["id"], "intake", "--content", str(tmp / "half.json"))
    assert half.returncode == 1 and "[R013]" in half.stderr and "“初步评估”为必填项" in half.stderr  # no record
    (tmp / "intake.json").write_text(json.dumps(_intake(today), ensure_ascii=False), encoding="utf-8")
    record = walk.ok("wang", "records", "new", case["id"], "intake", "--content", str(tmp / "intake.json"))
    assert (record["form_id"], record["status"], record["case_id"]) == ("intake", "draft", case["id"])
    submitted = walk.ok("wang", "records", "submit", record["id"])
    assert (submitted["status"], submitted["pending_role"]) == ("submitted", "supervisor")
    return case, record["id"]


def test_an_agencys_first_case_from_the_command_line_alone(tmp_path: Path):
    today = dt.date.today()
    walk = Walk(tmp_path / "ws", tmp_path / "bytecode")
    _set_up_agency(walk)
    indicators = (ROOT / "docs" / "indicators.md").read_text(encoding="utf-8")
    assert all(target in indicators for target in TARGETS)
    case, intake = _first_case(walk, tmp_path, today)

    inbox = walk.ok("li", "review", "list")
    assert [(i["record_id"], i["form_id"], i["client"], i["worker"]) for i in inbox] == [
        (intake, "intake", "刘桂英", "wang")
    ]
    assert walk.ok("li", "review", "approve", intake)["status"] == "approved"

    # The case opened with its number in the elderly category (LNR), this month; the refused open made no
    # case, and the refused intake no record (the case holds the one intake, approved).
    assert [c["id"] for c in walk.ok("wang", "cases", "list")] == [case["id"]]
    shown = walk.ok("wang", "cases", "show", case["id"])
    assert (shown["status"], shown["domain"], shown["opened_on"]) == ("open", "elderly", today.isoformat())
    assert shown["archive_code"].startswith("LNR-") and shown["archive_code"].endswith(f"-{today:%Y%m}")
    assert [(r["id"], r["form_id"], r["status"]) for r in shown["records"]] == [(intake, "intake", "approved")]

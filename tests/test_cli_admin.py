"""Setting up an agency from the command line (desktop/cli/admin.py), in process: a new agency walked from
``init`` to its projects' targets, and each refusal with its code, exit 1 and nothing changed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from tests.test_cli import cli

HEAD = {"CASEDESK_PASSWORD": "zhou-pass-1"}
NEW = HEAD | {"CASEDESK_NEW_PASSWORD": "first-pass-1"}


def _init(root: Path) -> list[str]:
    made = cli(
        "--data-dir", str(root), "init", "--agency", "恒爱社工", "--station", "东城站", "--username", "zhou",
        "--json", env=HEAD,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return ["--data-dir", str(root), "--user", "zhou"]


def ok(*args: str, env: dict[str, str] = NEW) -> Any:
    ran = cli(*args, "--json", env=env)
    assert ran.returncode == 0, ran.stderr
    return json.loads(ran.stdout)


def refused(code: str, *args: str, env: dict[str, str] = NEW) -> None:
    ran = cli(*args, env=env)
    assert ran.returncode == 1 and f"[{code}]" in ran.stderr, (ran.returncode, ran.stderr)


def test_a_new_agency_from_init_to_its_projects_targets(tmp_path: Path):
    base = _init(tmp_path / "ws")
    station = ok(*base, "stations", "add", "石排镇社工站", "--township", "石排镇", "--code", "SP")
    assert station["name"] == "石排镇社工站" and station["closed_on"] is None
    sup = ok(*base, "accounts", "add", "li", "--name", "李督导", "--role", "supervisor", "--station", "SP")
    assert sup["station"] == "石排镇社工站" and sup["roles"] == ["supervisor"]
    for user, name in (("wang", "王社工"), ("chen", "陈社工")):
        worker = ok(*base, "accounts", "add", user, "--name", name, "--role", "worker", "--station", "石排镇社工站",
                    "--supervisor", "li")  # fmt: skip
        assert worker["supervisor"] == "li"
    project = ok(*base, "projects", "add", "石排镇长者关爱服务项目", "--start", "2026-03-01", "--end", "2027-02-28",
                 "--funder", "石排镇人民政府", "--station", "SP", "--domain", "elderly",
                 "--target", "elderly.case.completed=20", "--target", "elderly.home_visit.elders_seen=200")  # fmt: skip
    assert project["targets"] == {"elderly.case.completed": 20, "elderly.home_visit.elders_seen": 200}

    stations = ok(*base, "stations", "list")
    assert [s["name"] for s in stations] == ["东城站", "石排镇社工站"]
    accounts = ok(*base, "accounts", "list")
    assert {a["username"] for a in accounts} == {"zhou", "li", "wang", "chen"}
    projects = ok(*base, "projects", "list")
    assert [(p["name"], p["stations"], p["workers"], p["targets"]) for p in projects] == [
        ("石排镇长者关爱服务项目", ["石排镇社工站"], [], project["targets"])
    ]
    named = ok(*base, "projects", "edit", "石排镇长者关爱服务项目", "--station", "SP", "--station", "东城站",
               "--worker", "wang")  # fmt: skip
    assert (named["stations"], named["workers"]) == (["石排镇社工站", "东城站"], ["wang"])
    anyone = ok(*base, "projects", "edit", "石排镇长者关爱服务项目", "--any-worker", "--all-stations")
    assert (anyone["stations"], anyone["workers"]) == ([], [])
    # The new worker signs in with the first password the head handed out: she sets her own first.
    wang = ["--data-dir", base[1], "--user", "wang"]
    refused("A019", *wang, "stations", "list", env={"CASEDESK_PASSWORD": "first-pass-1"})
    ok(*wang, "password", "change", env={"CASEDESK_PASSWORD": "first-pass-1", "CASEDESK_NEW_PASSWORD": "wang-own-1"})
    mine = ok(*wang, "stations", "list", env={"CASEDESK_PASSWORD": "wang-own-1"})
    assert len(mine) == 2


def test_edits_close_disable_and_targets(tmp_path: Path):
    base = _init(tmp_path / "ws")
    ok(*base, "stations", "add", "石排站", "--code", "SP")
    assert ok(*base, "stations", "edit", "SP", "--name", "石排镇社工站")["name"] == "石排镇社工站"
    ok(*base, "accounts", "add", "li", "--role", "supervisor", "--station", "SP")
    ok(*base, "accounts", "add", "wang", "--role", "worker", "--station", "SP", "--supervisor", "li")
    edited = ok(*base, "accounts", "edit", "wang", "--name", "王社工", "--phone", "13800000000")
    assert (edited["display_name"], edited["phone"]) == ("王社工", "13800000000")
    assert ok(*base, "accounts", "disable", "wang")["active"] is False
    assert ok(*base, "accounts", "enable", "wang")["active"] is True
    ok(*base, "projects", "add", "项目", "--code", "P1", "--start", "2026-01-01", "--end", "2026-01-01")
    assert ok(*base, "projects", "edit", "P1", "--funder", "镇政府")["funder"] == "镇政府"
    targets = ok(*base, "projects", "targets", "P1", "elderly.case.completed=5")["targets"]
    assert targets == {"elderly.case.completed": 5}
    closed = ok(*base, "stations", "add", "旧站")
    ok(*base, "stations", "close", "旧站")
    assert "旧站" not in [s["name"] for s in ok(*base, "stations", "list")]
    every = {s["id"]: s["closed_on"] for s in ok(*base, "stations", "list", "--all")}
    assert every[closed["id"]]


def test_each_refusal_is_coded_and_changes_nothing(tmp_path: Path):
    base = _init(tmp_path / "ws")
    ok(*base, "accounts", "add", "li", "--role", "supervisor", "--station", "东城站")
    before = ok(*base, "accounts", "list")
    refused("A002", *base, "accounts", "add", "li", "--role", "supervisor")
    refused("A007", *base, "accounts", "add", "x1", "--role", "boss")
    refused("A017", *base, "accounts", "add", "x1", "--role", "worker", "--station", "东城站")
    refused("A018", *base, "accounts", "edit", "zhou", "--role", "business_lead")
    refused("A013", *base, "accounts", "disable", "zhou")
    refused("O001", *base, "projects", "add", "X", "--start", "2026-03-01", "--end", "2026-02-28")
    refused("O002", *base, "projects", "add", "X", "--start", "2026-03-01", "--end", "2026-03-01",
            "--target", "cases_opened=30")  # fmt: skip
    refused("C001", *base, "projects", "add", "X", "--start", "2026-03-01", "--end", "2026-03-01",
            "--target", "elderly.case.completed")  # fmt: skip
    assert ok(*base, "accounts", "list") == before and ok(*base, "projects", "list") == []
    # A password as an argument is refused (usage, exit 2).
    shown = cli(*base, "accounts", "add", "x3", "--role", "worker", "--password", "secret-1", env=NEW)
    assert shown.returncode == 2 and "[C003]" in shown.stderr
    # Not a manager.
    ok(*base, "accounts", "add", "wang", "--role", "worker", "--station", "东城站", "--supervisor", "li")
    worker = ["--data-dir", base[1], "--user", "wang"]
    ok(*worker, "password", "change", env={"CASEDESK_PASSWORD": "first-pass-1", "CASEDESK_NEW_PASSWORD": "wang-own-1"})
    as_wang = {"CASEDESK_PASSWORD": "wang-own-1", "CASEDESK_NEW_PASSWORD": "first-pass-1"}
    refused("A004", *worker, "stations", "add", "某站", env=as_wang)
    refused("A004", *worker, "accounts", "add", "x4", "--role", "worker", env=as_wang)
    refused("A004", *worker, "projects", "add", "X", "--start", "2026-03-01", "--end", "2026-03-01", env=as_wang)


def test_a_staff_list_is_previewed_then_imported_whole(tmp_path: Path):
    base = _init(tmp_path / "ws")
    book = Workbook()
    sheet = book.active
    sheet.append(["用户名", "姓名", "角色", "站点", "督导"])
    sheet.append(["li", "李督导", "督导", "东城站", None])
    sheet.append(["wang", "王社工", "一线社工", "东城站", None])  # no supervisor where li serves
    book.save(tmp_path / "bad.xlsx")
    refused("X002", *base, "accounts", "import", str(tmp_path / "bad.xlsx"), "--yes")
    assert [a["username"] for a in ok(*base, "accounts", "list")] == ["zhou"]
    sheet["E3"] = "li"
    book.save(tmp_path / "good.xlsx")
    preview = ok(*base, "accounts", "import", str(tmp_path / "good.xlsx"))
    assert [r["problems"] for r in preview] == ["OK", "OK"]
    made = ok(*base, "accounts", "import", str(tmp_path / "good.xlsx"), "--yes")
    assert [(a["username"], a["supervisor"]) for a in made] == [("li", None), ("wang", "li")]


def test_a_first_password_made_when_none_is_given_is_shown_once_and_changed_first(tmp_path: Path):
    base = _init(tmp_path / "ws")
    ran = cli(*base, "accounts", "add", "li", "--role", "supervisor", "--json", env=HEAD)  # no terminal, no variable
    assert ran.returncode == 0, ran.stderr
    first = json.loads(ran.stdout)["first_password"]
    assert len(first) >= 12 and "第一次登录时必须改为自己的密码" in ran.stderr and "first sign-in" in ran.stderr
    assert "first_password" not in ok(*base, "accounts", "list")[0]
    table = cli(*base, "accounts", "add", "chen", "--role", "supervisor", env=HEAD)
    assert table.returncode == 0 and "first_password: " in table.stdout
    li = ["--data-dir", base[1], "--user", "li"]
    given = {"CASEDESK_PASSWORD": first}
    for command in (("stations", "list"), ("cases", "list"), ("password", "reset", "zhou")):
        refused("A019", *li, *command, env=given)
    refused("A006", *li, "password", "change", env=given | {"CASEDESK_NEW_PASSWORD": "short"})
    refused("A020", *li, "password", "change", env=given | {"CASEDESK_NEW_PASSWORD": first})
    assert ok(*li, "password", "change", env=given | {"CASEDESK_NEW_PASSWORD": "li-own-pass"}) == {"changed": "li"}
    assert len(ok(*li, "stations", "list", env={"CASEDESK_PASSWORD": "li-own-pass"})) == 1
    refused("A001", *li, "stations", "list", env=given)

    # A reset by the head: made and printed once, temporary again.
    reset = ok(*base, "password", "reset", "li", env=HEAD)
    assert reset["reset"] == "li" and len(reset["password"]) >= 12
    refused("A019", *li, "stations", "list", env={"CASEDESK_PASSWORD": reset["password"]})
    assert "password" not in ok(*base, "password", "reset", "li", env=NEW)  # given: nothing to print
    refused("A019", *li, "stations", "list", env={"CASEDESK_PASSWORD": "first-pass-1"})


def test_a_staff_list_without_a_first_password_gets_one_made_and_shown_once(tmp_path: Path):
    base = _init(tmp_path / "ws")
    book = Workbook()
    sheet = book.active
    sheet.append(["用户名", "姓名", "角色", "站点", "督导"])
    sheet.append(["li", "李督导", "督导", "东城站", None])
    sheet.append(["wang", "王社工", "一线社工", "东城站", "li"])
    book.save(tmp_path / "staff.xlsx")
    ran = cli(*base, "accounts", "import", str(tmp_path / "staff.xlsx"), "--yes", "--json", env=HEAD)
    assert ran.returncode == 0, ran.stderr
    (first,) = {row["first_password"] for row in json.loads(ran.stdout)}
    assert len(first) >= 12 and "first sign-in" in ran.stderr
    for user in ("li", "wang"):
        refused("A019", "--data-dir", base[1], "--user", user, "stations", "list", env={"CASEDESK_PASSWORD": first})

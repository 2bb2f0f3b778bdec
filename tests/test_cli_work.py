"""A worker's commands (desktop/cli/work.py), in process: what is warned and what is refused, each refusal
coded, exit 1, and nothing changed. The whole walk in child processes is tests/test_cli_walk.py."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tests.test_cli import cli
from tests.test_cli_admin import _init, ok, refused
from tests.test_cli_walk import id_number

WANG = {"CASEDESK_PASSWORD": "wang-own-1"}


def _agency(root: Path) -> list[str]:
    base = _init(root)
    ok(*base, "accounts", "add", "li", "--role", "supervisor", "--station", "东城站")
    ok(*base, "accounts", "add", "wang", "--role", "worker", "--station", "东城站", "--supervisor", "li")
    ok(*base, "projects", "add", "长者项目", "--code", "P1", "--start", "2026-01-01", "--end", "2030-12-31")
    wang = ["--data-dir", base[1], "--user", "wang"]
    ok(*wang, "password", "change", env={"CASEDESK_PASSWORD": "first-pass-1", "CASEDESK_NEW_PASSWORD": "wang-own-1"})
    return wang


def test_a_client_from_the_id_number_with_warnings_and_refusals(tmp_path: Path):
    wang = _agency(tmp_path / "ws")
    number = id_number("441900", dt.date(1950, 3, 4), "001")  # a man's (odd)
    man = cli(*wang, "clients", "add", "--name", "黄伯", "--id-number", number, "--sex", "female", "--json", env=WANG)
    assert man.returncode == 0 and "The ID number is a man's, but female is given" in man.stderr
    assert json.loads(man.stdout)["birth_date"] == "1950-03-04"
    twin = cli(*wang, "clients", "add", "--name", "黄伯", "--birth-date", "1950-03-04", "--json", env=WANG)
    assert twin.returncode == 0 and "may be the same person: 黄伯" in twin.stderr
    before = ok(*wang, "clients", "list", env=WANG)
    refused("P003", *wang, "clients", "add", "--name", "某", "--id-number", number, "--birth-date", "1950-03-05",
            env=WANG)  # fmt: skip
    refused("P001", *wang, "clients", "add", "--name", "某", "--id-number", number[:-1] + "0", env=WANG)
    refused("C005", *wang, "clients", "add", "--name", "某", "--domain", "elders", env=WANG)
    assert ok(*wang, "clients", "list", env=WANG) == before
    # Two clients of one name: the case is opened by id.
    refused("C004", *wang, "cases", "open", "黄伯", "--type", "counselling", "--domain", "elderly", "--project",
            "P1", env=WANG)  # fmt: skip
    refused("C005", *wang, "cases", "open", before[0]["id"], "--type", "care", "--domain", "elderly", "--project",
            "P1", env=WANG)  # fmt: skip
    assert ok(*wang, "cases", "list", env=WANG) == []
    case = ok(*wang, "cases", "open", before[0]["id"], "--type", "consultation", "--domain", "elderly", "--project",
              "P1", "--hotline", env=WANG)  # fmt: skip
    assert case["first_form"] == "case_basic"


def test_a_record_is_refused_whole_edited_and_submitted(tmp_path: Path):
    wang = _agency(tmp_path / "ws")
    client = ok(*wang, "clients", "add", "--name", "刘桂英", "--sex", "female", env=WANG)
    case = ok(*wang, "cases", "open", client["id"], "--type", "counselling", "--domain", "elderly", "--project",
              "P1", env=WANG)  # fmt: skip
    content = tmp_path / "intake.json"
    content.write_text(json.dumps({"intake_date": "2026-11-10", "channel": "phone", "request": "跌倒后情绪低落。",
        "first_assessment": "需要探访。", "crisis_factors": "none", "urgent_service_needed": False,
        "client_willing": "yes", "open_case": True, "decision_reason": "愿意。", "overall_goal": "改善情绪。"},
        ensure_ascii=False), encoding="utf-8")  # fmt: skip
    record = ok(*wang, "records", "new", case["id"], "intake", "--content", str(content), env=WANG)
    assert record["status"] == "draft"
    refused("R011", *wang, "records", "new", case["id"], "intake", "--content", str(content), env=WANG)

    (tmp_path / "bad.json").write_text(json.dumps({"channel": "pigeon", "request": ""}), encoding="utf-8")
    bad = cli(*wang, "records", "edit", record["id"], "--content", str(tmp_path / "bad.json"), env=WANG)
    assert bad.returncode == 1 and "[R013]" in bad.stderr
    assert "channel:" in bad.stderr and "request:" in bad.stderr
    shown = ok(*wang, "records", "list", env=WANG)
    assert [(r["id"], r["revision_no"], r["status"]) for r in shown] == [(record["id"], 0, "draft")]
    (tmp_path / "fix.json").write_text(json.dumps({"channel": "visit"}), encoding="utf-8")
    edited = ok(*wang, "records", "edit", record["id"][:8], "--content", str(tmp_path / "fix.json"), env=WANG)
    assert edited["id"] == record["id"]
    (tmp_path / "list.json").write_text("[1, 2]", encoding="utf-8")
    refused("C001", *wang, "records", "edit", record["id"], "--content", str(tmp_path / "list.json"), env=WANG)
    refused("W003", *wang, "records", "edit", record["id"], "--content", str(tmp_path / "none.json"), env=WANG)
    assert ok(*wang, "records", "submit", record["id"], env=WANG)["status"] == "submitted"
    refused("R002", *wang, "records", "submit", record["id"], env=WANG)

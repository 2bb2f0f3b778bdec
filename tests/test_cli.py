"""The command line as a script uses it: real child processes, exit codes, JSON on stdout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.forms import default_registry


def casedesk(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        timeout=120,
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli") / "演示 工作区"
    result = casedesk("demo", "--data-dir", str(root), "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert {a["roles"] for a in summary["accounts"]} >= {
        "worker",
        "supervisor",
        "business_lead",
        "agency_head",
        "finance_officer",
    }
    assert summary["counts"]["cases"] >= 5 and summary["counts"]["groups"] >= 3
    return root


def test_forms_list_json_reads_the_demo_workspace(demo_dir: Path):
    result = casedesk("--data-dir", str(demo_dir), "forms", "list", "--json")
    assert result.returncode == 0, result.stderr
    forms = json.loads(result.stdout)
    assert [f["id"] for f in forms] == [f.id for f in default_registry()]
    consent = next(f for f in forms if f["id"] == "consent")
    assert consent["zh"] == "接受个案服务同意书" and consent["en"]


def test_listings_sign_in_from_the_environment(demo_dir: Path):
    env = {"CASEDESK_DATA_DIR": str(demo_dir), "CASEDESK_USER": "li", "CASEDESK_PASSWORD": "casedesk-li"}
    result = casedesk("records", "list", "--json", "--status", "submitted", env=env)
    assert result.returncode == 0, result.stderr
    pending = json.loads(result.stdout)
    assert pending and {r["status"] for r in pending} == {"submitted"}
    cases = json.loads(casedesk("cases", "list", "--json", env=env).stdout)
    assert {c["status"] for c in cases} >= {"open", "closed", "intake"}
    clients = json.loads(casedesk("clients", "list", "--json", "--search", "𠮷", env=env).stdout)
    assert [c["name"] for c in clients] == ["王𠮷祥"]


def test_refusals_exit_1_with_the_reason_on_stderr(demo_dir: Path, tmp_path: Path):
    wrong = casedesk("--data-dir", str(demo_dir), "--user", "li", "cases", "list", env={"CASEDESK_PASSWORD": "not-it"})
    assert wrong.returncode == 1 and "A001" in wrong.stderr and wrong.stdout == ""
    no_password = casedesk("--data-dir", str(demo_dir), "--user", "li", "cases", "list")
    assert no_password.returncode == 1 and "A008" in no_password.stderr
    not_workspace = casedesk("--data-dir", str(tmp_path), "info")
    assert not_workspace.returncode == 1 and "W001" in not_workspace.stderr
    again = casedesk("demo", "--data-dir", str(demo_dir))
    assert again.returncode == 1 and "W002" in again.stderr


def test_usage_errors_exit_2():
    assert casedesk("no-such-command").returncode == 2
    assert casedesk("forms").returncode == 2
    assert casedesk("forms", "show", "no_such_form").returncode == 1


def test_init_makes_a_workspace_without_questions(tmp_path: Path):
    root = tmp_path / "张三的工作区"
    result = casedesk(
        "--data-dir",
        str(root),
        "init",
        "--agency",
        "恒爱社工",
        "--station",
        "石排站",
        "--username",
        "boss",
        "--mode",
        "hub",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    created = json.loads(result.stdout)
    assert created["mode"] == "hub" and len(created["password"]) >= 8  # generated and shown once
    accounts = casedesk(
        "--data-dir",
        str(root),
        "--user",
        "boss",
        "accounts",
        "list",
        "--json",
        env={"CASEDESK_PASSWORD": created["password"]},
    )
    assert json.loads(accounts.stdout)[0]["roles"] == ["agency_head", "business_lead"]
    info = json.loads(casedesk("--data-dir", str(root), "info", "--json").stdout)
    assert info["agency_name"] == "恒爱社工" and info["mode"] == "hub"


def test_version():
    result = casedesk("version", "--json")
    assert result.returncode == 0 and json.loads(result.stdout)["schema"]


def test_cases_and_groups_show_their_archive_numbers(demo_dir: Path):
    env = {"CASEDESK_DATA_DIR": str(demo_dir), "CASEDESK_USER": "li", "CASEDESK_PASSWORD": "casedesk-li"}
    cases = json.loads(casedesk("cases", "list", "--json", "--search", "qsn-ga", env=env).stdout)
    assert cases and all(c["archive_code"].startswith("QSN-GA-") for c in cases)
    shown = casedesk("cases", "show", cases[0]["archive_code"], "--json", env=env)
    assert shown.returncode == 0, shown.stderr
    detail = json.loads(shown.stdout)
    assert detail["archive_code"] == cases[0]["archive_code"] and detail["records"]
    assert detail["risk_level"] == "none" and isinstance(detail["missing_for_archive"], list)
    shared = json.loads(casedesk("cases", "share", cases[0]["archive_code"], env=env).stdout)
    assert "张小明" not in json.dumps(shared, ensure_ascii=False) and shared["records"]
    groups = json.loads(casedesk("groups", "list", "--json", env=env).stdout)
    pending = [g for g in groups if g["archive_code"] is None]
    assert pending and all(not g["number_pending"] for g in pending)  # a plan not submitted yet: no number
    missing = casedesk("cases", "show", "QSN-GA-999-202611", env=env)
    assert missing.returncode == 1 and "R008" in missing.stderr


def test_the_agency_enters_a_year_the_calendar_does_not_know(demo_dir: Path):
    env = {"CASEDESK_DATA_DIR": str(demo_dir), "CASEDESK_USER": "wu", "CASEDESK_PASSWORD": "casedesk-wu"}
    unknown = casedesk("calendar", "show", "2027", "--json", env=env)
    assert unknown.returncode == 0 and "2027" in unknown.stderr and json.loads(unknown.stdout) == []
    done = casedesk("calendar", "set", "2027", "--holiday", "2027-01-01", "--workday", "2027-02-06", env=env)
    assert done.returncode == 0, done.stderr
    known = casedesk("calendar", "show", "2027", "--json", env=env)
    assert known.stderr == "" and {r["day"] for r in json.loads(known.stdout)} == {"2027-01-01", "2027-02-06"}
    bad = casedesk("calendar", "set", "2027", "--holiday", "2028-01-01", env=env)
    assert bad.returncode == 1 and "C001" in bad.stderr
    worker = {**env, "CASEDESK_USER": "wang", "CASEDESK_PASSWORD": "casedesk-wang"}
    assert casedesk("calendar", "set", "2027", "--holiday", "2027-01-01", env=worker).returncode == 1
    national_day = json.loads(casedesk("calendar", "show", "2026", "--json", env=env).stdout)
    assert {"day": "2026-10-01", "kind": "holiday"} in national_day


def test_pdf_bag_and_verify_from_the_command_line(demo_dir: Path, tmp_path: Path):
    env = {"CASEDESK_DATA_DIR": str(demo_dir), "CASEDESK_USER": "wang", "CASEDESK_PASSWORD": "casedesk-wang"}
    records = json.loads(
        casedesk("records", "list", "--json", "--form", "intake", "--status", "approved", env=env).stdout
    )
    out = tmp_path / "表单.pdf"
    made = casedesk("pdf", records[0]["id"], "--out", str(out), env=env)
    assert made.returncode == 0, made.stderr
    assert out.read_bytes().startswith(b"%PDF")
    bag = tmp_path / "bag.pdf"
    assert casedesk("pdf", "--bag", "FN-GA-001-202605", "--out", str(bag), env=env).returncode == 0
    assert bag.stat().st_size > out.stat().st_size
    text = f"CASEDESK1|-|{records[0]['id']}|{records[0]['revision_no']}|{'0' * 64}"
    checked = casedesk("verify", text, "--json", env=env)
    assert checked.returncode == 1 and json.loads(checked.stdout)["matches"] is False
    blocked = casedesk("pdf", records[0]["id"], "--out", str(out / "x.pdf"), env=env)
    assert blocked.returncode == 1 and "W003" in blocked.stderr


def test_settings_from_the_command_line(demo_dir: Path):
    env = {"CASEDESK_DATA_DIR": str(demo_dir), "CASEDESK_USER": "wu", "CASEDESK_PASSWORD": "casedesk-wu"}
    shown = {r["key"]: r["value"] for r in json.loads(casedesk("settings", "show", "--json", env=env).stdout)}
    assert shown["transfer.reply_working_days"] == 3 and shown["group.standards"] == {}
    standards = '{"elderly": {"small_activity_min": 60}}'
    assert casedesk("settings", "set", "group.standards", standards, env=env).returncode == 0
    shown = {r["key"]: r["value"] for r in json.loads(casedesk("settings", "show", "--json", env=env).stdout)}
    assert shown["group.standards"] == {"elderly": {"small_activity_min": 60}}
    bad = casedesk("settings", "set", "group.standards", "[1, 2]", env=env)
    assert bad.returncode == 1 and "C001" in bad.stderr


def test_roster_import_and_export_from_the_command_line(demo_dir: Path, tmp_path: Path):
    from openpyxl import Workbook

    env = {"CASEDESK_DATA_DIR": str(demo_dir), "CASEDESK_USER": "wang", "CASEDESK_PASSWORD": "casedesk-wang"}
    book = Workbook()
    book.active.append(["姓名", "出生日期"])
    book.active.append(["名册长者", "1940-03-03"])
    book.active.append(["坏日期", "某天"])
    book.save(tmp_path / "roster.xlsx")
    bad = casedesk("roster", "import", str(tmp_path / "roster.xlsx"), "--kind", "elders", "--yes", env=env)
    assert bad.returncode == 1 and "X002" in bad.stderr and "坏日期" in bad.stdout
    book.active.delete_rows(3)
    book.save(tmp_path / "roster.xlsx")
    preview = casedesk("roster", "import", str(tmp_path / "roster.xlsx"), "--kind", "elders", env=env)
    assert preview.returncode == 0 and "--yes" in preview.stderr
    done = casedesk("roster", "import", str(tmp_path / "roster.xlsx"), "--kind", "elders", "--yes", "--json", env=env)
    assert json.loads(done.stdout) == {"imported": 1}
    out = tmp_path / "intakes.xlsx"
    assert casedesk("export", "intake", "--out", str(out), env=env).returncode == 0 and out.exists()


def test_each_person_sees_their_view_and_shares_from_the_command_line(demo_dir: Path):
    def env(user: str) -> dict[str, str]:
        return {"CASEDESK_DATA_DIR": str(demo_dir), "CASEDESK_USER": user, "CASEDESK_PASSWORD": f"casedesk-{user}"}

    wang_cases = json.loads(casedesk("cases", "list", "--json", env=env("wang")).stdout)
    chen_cases = json.loads(casedesk("cases", "list", "--json", env=env("chen")).stdout)
    assert wang_cases and chen_cases and not {c["id"] for c in wang_cases} & {c["id"] for c in chen_cases}
    code = next(c["archive_code"] for c in wang_cases if c["archive_code"])
    refused = casedesk("cases", "show", code, env=env("chen"))
    assert refused.returncode == 1 and "A009" in refused.stderr and refused.stdout == ""
    shared = casedesk("share", "add", code, "--with", "chen", "--json", env=env("wang"))
    assert shared.returncode == 0, shared.stderr
    assert json.loads(shared.stdout) == [{"shared_with": "chen"}]
    assert casedesk("cases", "show", code, "--json", env=env("chen")).returncode == 0
    not_chens = casedesk("share", "add", code, "--with", "li", env=env("chen"))
    assert not_chens.returncode == 1 and "A010" in not_chens.stderr
    assert casedesk("share", "stop", code, "--with", "chen", env=env("wang")).returncode == 0
    history = json.loads(casedesk("share", "list", code, "--all", "--json", env=env("wang")).stdout)
    assert [(h["shared_with"], h["granted_by"], bool(h["revoked_at"])) for h in history] == [("chen", "wang", True)]
    assert casedesk("cases", "show", code, env=env("chen")).returncode == 1

"""The command line as a script uses it: exit codes, JSON on stdout, the reason on stderr.

Most commands run in this process (``cli``: ``main([...])`` with the environment it is given, stdout and stderr
captured, no terminal on stdin), which is what makes these tests fast; a few run as real child processes
(``casedesk``: ``python -m desktop.cli``) for what only a process shows: its exit status, its output's encoding,
and that no Qt is loaded (tests/test_no_qt_in_the_domain.py)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import desktop.cli.workspace
from desktop.cli import main
from desktop.forms import default_registry


@dataclass
class Ran:
    """What ``cli`` returns: what a finished child process would (``subprocess.CompletedProcess``)."""

    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str


def cli(*args: str, env: dict[str, str] | None = None, stdin: str = "") -> Ran:
    """``casedesk ARGS`` in this process: ``CASEDESK_*`` variables only from ``env`` (as ``casedesk`` gives a
    child), stdin a pipe holding ``stdin`` (not a terminal: nothing is prompted), stdout and stderr captured."""
    saved = {k: v for k, v in os.environ.items() if k.startswith("CASEDESK_")}
    out, err = io.StringIO(), io.StringIO()
    stdin_before = sys.stdin
    try:
        for key in saved:
            del os.environ[key]
        os.environ.update(env or {})
        sys.stdin = io.StringIO(stdin)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(args))
    finally:
        sys.stdin = stdin_before
        for key in [k for k in os.environ if k.startswith("CASEDESK_")]:
            del os.environ[key]
        os.environ.update(saved)
    return Ran(args, code, out.getvalue(), err.getvalue())


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
    result = cli("demo", "--data-dir", str(root), "--json")
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
    result = cli("records", "list", "--json", "--status", "submitted", env=env)
    assert result.returncode == 0, result.stderr
    pending = json.loads(result.stdout)
    assert pending and {r["status"] for r in pending} == {"submitted"}
    cases = json.loads(cli("cases", "list", "--json", env=env).stdout)
    assert {c["status"] for c in cases} >= {"open", "closed", "intake"}
    clients = json.loads(cli("clients", "list", "--json", "--search", "𠮷", env=env).stdout)
    assert [c["name"] for c in clients] == ["王𠮷祥"]


def test_refusals_exit_1_with_the_reason_on_stderr(demo_dir: Path, tmp_path: Path):
    wrong = casedesk("--data-dir", str(demo_dir), "--user", "li", "cases", "list", env={"CASEDESK_PASSWORD": "not-it"})
    assert wrong.returncode == 1 and "A001" in wrong.stderr and wrong.stdout == ""
    no_password = cli("--data-dir", str(demo_dir), "--user", "li", "cases", "list")
    assert no_password.returncode == 1 and "A008" in no_password.stderr
    not_workspace = cli("--data-dir", str(tmp_path), "info")
    assert not_workspace.returncode == 1 and "W001" in not_workspace.stderr
    again = cli("demo", "--data-dir", str(demo_dir))
    assert again.returncode == 1 and "W002" in again.stderr


def test_usage_errors_exit_2():
    assert casedesk("no-such-command").returncode == 2
    assert cli("forms").returncode == 2
    assert cli("forms", "show", "no_such_form").returncode == 1


def test_init_makes_a_workspace_without_questions(tmp_path: Path):
    root = tmp_path / "张三的工作区"
    result = cli(
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
    accounts = cli(
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
    info = json.loads(cli("--data-dir", str(root), "info", "--json").stdout)
    assert info["agency_name"] == "恒爱社工" and info["mode"] == "hub"


def test_version():
    result = casedesk("version", "--json")
    assert result.returncode == 0 and json.loads(result.stdout)["schema"]


def test_cases_and_groups_show_their_archive_numbers(demo_dir: Path):
    env = {"CASEDESK_DATA_DIR": str(demo_dir), "CASEDESK_USER": "li", "CASEDESK_PASSWORD": "casedesk-li"}
    cases = json.loads(cli("cases", "list", "--json", "--search", "qsn-ga", env=env).stdout)
    assert cases and all(c["archive_code"].startswith("QSN-GA-") for c in cases)
    shown = cli("cases", "show", cases[0]["archive_code"], "--json", env=env)
    assert shown.returncode == 0, shown.stderr
    detail = json.loads(shown.stdout)
    assert detail["archive_code"] == cases[0]["archive_code"] and detail["records"]
    assert detail["risk_level"] == "none" and isinstance(detail["missing_for_archive"], list)
    shared = json.loads(cli("cases", "share", cases[0]["archive_code"], env=env).stdout)
    assert "张小明" not in json.dumps(shared, ensure_ascii=False) and shared["records"]
    groups = json.loads(cli("groups", "list", "--json", env=env).stdout)
    pending = [g for g in groups if g["archive_code"] is None]
    assert pending and all(not g["number_pending"] for g in pending)  # a plan not submitted yet: no number
    missing = cli("cases", "show", "QSN-GA-999-202611", env=env)
    assert missing.returncode == 1 and "R008" in missing.stderr


def test_the_agency_enters_a_year_the_calendar_does_not_know(demo_dir: Path):
    env = {"CASEDESK_DATA_DIR": str(demo_dir), "CASEDESK_USER": "wu", "CASEDESK_PASSWORD": "casedesk-wu"}
    unknown = cli("calendar", "show", "2027", "--json", env=env)
    assert unknown.returncode == 0 and "2027" in unknown.stderr and json.loads(unknown.stdout) == []
    done = cli("calendar", "set", "2027", "--holiday", "2027-01-01", "--workday", "2027-02-06", env=env)
    assert done.returncode == 0, done.stderr
    known = cli("calendar", "show", "2027", "--json", env=env)
    assert known.stderr == "" and {r["day"] for r in json.loads(known.stdout)} == {"2027-01-01", "2027-02-06"}
    bad = cli("calendar", "set", "2027", "--holiday", "2028-01-01", env=env)
    assert bad.returncode == 1 and "C001" in bad.stderr
    worker = {**env, "CASEDESK_USER": "wang", "CASEDESK_PASSWORD": "casedesk-wang"}
    assert cli("calendar", "set", "2027", "--holiday", "2027-01-01", env=worker).returncode == 1
    national_day = json.loads(cli("calendar", "show", "2026", "--json", env=env).stdout)
    assert {"day": "2026-10-01", "kind": "holiday"} in national_day


def test_pdf_bag_and_verify_from_the_command_line(demo_dir: Path, tmp_path: Path):
    env = {"CASEDESK_DATA_DIR": str(demo_dir), "CASEDESK_USER": "wang", "CASEDESK_PASSWORD": "casedesk-wang"}
    records = json.loads(cli("records", "list", "--json", "--form", "intake", "--status", "approved", env=env).stdout)
    out = tmp_path / "表单.pdf"
    made = cli("pdf", records[0]["id"], "--out", str(out), env=env)
    assert made.returncode == 0, made.stderr
    assert out.read_bytes().startswith(b"%PDF")
    bag = tmp_path / "bag.pdf"
    assert cli("pdf", "--bag", "FN-GA-001-202605", "--out", str(bag), env=env).returncode == 0
    assert bag.stat().st_size > out.stat().st_size
    text = f"CASEDESK1|-|{records[0]['id']}|{records[0]['revision_no']}|{'0' * 64}"
    checked = cli("verify", text, "--json", env=env)
    assert checked.returncode == 1 and json.loads(checked.stdout)["matches"] is False
    blocked = cli("pdf", records[0]["id"], "--out", str(out / "x.pdf"), env=env)
    assert blocked.returncode == 1 and "W003" in blocked.stderr


def test_settings_from_the_command_line(demo_dir: Path):
    env = {"CASEDESK_DATA_DIR": str(demo_dir), "CASEDESK_USER": "wu", "CASEDESK_PASSWORD": "casedesk-wu"}
    shown = {r["key"]: r["value"] for r in json.loads(cli("settings", "show", "--json", env=env).stdout)}
    assert shown["transfer.reply_working_days"] == 3 and shown["group.standards"] == {}
    standards = '{"elderly": {"small_activity_min": 60}}'
    assert cli("settings", "set", "group.standards", standards, env=env).returncode == 0
    shown = {r["key"]: r["value"] for r in json.loads(cli("settings", "show", "--json", env=env).stdout)}
    assert shown["group.standards"] == {"elderly": {"small_activity_min": 60}}
    bad = cli("settings", "set", "group.standards", "[1, 2]", env=env)
    assert bad.returncode == 1 and "C001" in bad.stderr


def test_roster_import_and_export_from_the_command_line(demo_dir: Path, tmp_path: Path):
    from openpyxl import Workbook

    env = {"CASEDESK_DATA_DIR": str(demo_dir), "CASEDESK_USER": "wang", "CASEDESK_PASSWORD": "casedesk-wang"}
    book = Workbook()
    book.active.append(["姓名", "出生日期"])
    book.active.append(["名册长者", "1940-03-03"])
    book.active.append(["坏日期", "某天"])
    book.save(tmp_path / "roster.xlsx")
    bad = cli("roster", "import", str(tmp_path / "roster.xlsx"), "--kind", "elders", "--yes", env=env)
    assert bad.returncode == 1 and "X002" in bad.stderr and "坏日期" in bad.stdout
    book.active.delete_rows(3)
    book.save(tmp_path / "roster.xlsx")
    preview = cli("roster", "import", str(tmp_path / "roster.xlsx"), "--kind", "elders", env=env)
    assert preview.returncode == 0 and "--yes" in preview.stderr
    done = cli("roster", "import", str(tmp_path / "roster.xlsx"), "--kind", "elders", "--yes", "--json", env=env)
    assert json.loads(done.stdout) == {"imported": 1}
    out = tmp_path / "intakes.xlsx"
    assert cli("export", "intake", "--out", str(out), env=env).returncode == 0 and out.exists()


def test_each_person_sees_their_view_and_shares_from_the_command_line(demo_dir: Path):
    def env(user: str) -> dict[str, str]:
        return {"CASEDESK_DATA_DIR": str(demo_dir), "CASEDESK_USER": user, "CASEDESK_PASSWORD": f"casedesk-{user}"}

    wang_cases = json.loads(cli("cases", "list", "--json", env=env("wang")).stdout)
    chen_cases = json.loads(cli("cases", "list", "--json", env=env("chen")).stdout)
    assert wang_cases and chen_cases and not {c["id"] for c in wang_cases} & {c["id"] for c in chen_cases}
    code = next(c["archive_code"] for c in wang_cases if c["archive_code"])
    refused = cli("cases", "show", code, env=env("chen"))
    assert refused.returncode == 1 and "A009" in refused.stderr and refused.stdout == ""
    shared = cli("share", "add", code, "--with", "chen", "--json", env=env("wang"))
    assert shared.returncode == 0, shared.stderr
    assert json.loads(shared.stdout) == [{"shared_with": "chen"}]
    assert cli("cases", "show", code, "--json", env=env("chen")).returncode == 0
    not_chens = cli("share", "add", code, "--with", "li", env=env("chen"))
    assert not_chens.returncode == 1 and "A010" in not_chens.stderr
    assert cli("share", "stop", code, "--with", "chen", env=env("wang")).returncode == 0
    history = json.loads(cli("share", "list", code, "--all", "--json", env=env("wang")).stdout)
    assert [(h["shared_with"], h["granted_by"], bool(h["revoked_at"])) for h in history] == [("chen", "wang", True)]
    assert cli("cases", "show", code, env=env("chen")).returncode == 1


def test_usage_errors_exit_2_in_process_too(tmp_path: Path):
    """``main`` returns argparse's code rather than leaving the process (in-process callers get 2, and 0 for
    --help); a secret given as an argument is refused the same way (C003) in a child and here."""
    assert cli("no-such-command").returncode == 2 and "invalid choice" in cli("no-such-command").stderr
    assert cli("forms").returncode == 2
    assert cli("--help").returncode == 0 and "COMMAND" in cli("--help").stdout
    root = tmp_path / "ws"
    for run in (casedesk, cli):
        refused = run("--data-dir", str(root), "init", "--password", "x")
        assert refused.returncode == 2 and "[C003]" in refused.stderr and not root.exists()


def test_ctrl_c_exits_130_not_1(demo_dir: Path, monkeypatch):
    """Ctrl-C during a command, or at a prompt, stops it with the shell's code for an interrupt and one line
    (C002), never a traceback."""

    def interrupted(args) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(desktop.cli.workspace, "cmd_version", interrupted)
    stopped = cli("version", "--json")
    assert stopped.returncode == 130 and "[C002]" in stopped.stderr and stopped.stdout == ""
    assert "Traceback" not in stopped.stderr

    def ctrl_c(prompt: str = "") -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("desktop.cli.common.interactive", lambda: True)
    monkeypatch.setattr("getpass.getpass", ctrl_c)
    at_prompt = cli("--data-dir", str(demo_dir), "--user", "li", "cases", "list")
    assert at_prompt.returncode == 130 and "[C002]" in at_prompt.stderr

    def ctrl_d(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr("getpass.getpass", ctrl_d)
    ended = cli("--data-dir", str(demo_dir), "--user", "li", "cases", "list")  # Ctrl-D: cancelled, exit 1
    assert ended.returncode == 1 and "[C002]" in ended.stderr and "Traceback" not in ended.stderr


BAD_KEYS = ["not-an-id", "QSN-GA-999-209901", "00000000-0000-0000-0000-000000000000", "", "{x}"]


def _key_commands(key: str, out: Path) -> list[list[str]]:
    return [
        ["cases", "show", key],
        ["groups", "show", key],
        ["cases", "share", key],
        ["pdf", key, "--out", str(out)],
        ["pdf", "--bag", key, "--out", str(out)],
        ["share", "add", key, "--with", "chen"],
        ["share", "list", key],
        ["privacy", "report", "--client", key, "--out", str(out)],
        ["spot-check", "score", key],
        ["review", "show", key],
        ["review", "approve", key],
        ["conflicts", "resolve", key, "--keep", "local"],
    ]


@pytest.mark.parametrize("key", BAD_KEYS)
def test_a_bad_id_or_archive_number_is_a_coded_refusal(demo_dir: Path, tmp_path: Path, key: str):
    """Whatever a person types where an id or an archive number goes: exit 1 and the code of what was not
    found (or of what they may not do), never a traceback; nothing written."""
    env = {"CASEDESK_DATA_DIR": str(demo_dir), "CASEDESK_USER": "zhou", "CASEDESK_PASSWORD": "casedesk-zhou"}
    out = tmp_path / "out.pdf"
    for arguments in _key_commands(key, out):
        result = cli(*arguments, env=env)
        assert result.returncode == 1, (arguments, result.stdout, result.stderr)
        assert result.stderr.startswith("casedesk: [") and result.stdout == "", (arguments, result.stderr)
        code = result.stderr[len("casedesk: [") :].split("]")[0]
        expected = {"R001", "R008", "B023", "A004"} | ({"C001"} if not key else set())  # pdf "": no record named
        assert code in expected, (arguments, result.stderr)
    assert not out.exists()


@pytest.mark.parametrize(
    "arguments",
    [
        ["indicators", "--from", "2026-13-01", "--to", "2026-12-31"],
        ["quality", "--from", "2026-01-01", "--to", "yesterday"],
        ["privacy", "due", "--as-of", "2026-02-30"],
        ["spot-check", "scores", "--from", "2026/01/01", "--to", "2026-12-31"],
        ["spot-check", "draw", "--from", "", "--to", "2026-12-31"],
        ["calendar", "set", "2027", "--holiday", "2027-1-1"],
    ],
)
def test_a_date_that_is_not_one_is_c001_naming_it(demo_dir: Path, arguments: list[str]):
    env = {"CASEDESK_DATA_DIR": str(demo_dir), "CASEDESK_USER": "zhou", "CASEDESK_PASSWORD": "casedesk-zhou"}
    result = cli(*arguments, env=env)
    assert result.returncode == 1 and "[C001]" in result.stderr and "YYYY-MM-DD" in result.stderr, result.stderr

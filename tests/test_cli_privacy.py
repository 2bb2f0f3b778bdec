"""casedesk privacy report|due|destroy as a script uses them (in process, tests/test_cli.py): exit codes, JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import copy_demo
from tests.test_cli import cli

LATER = "2040-01-01"  # the demo's closed files are past their ten years by then


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """The demo workspace (the ``demo`` command itself is tested in tests/test_cli.py)."""
    return copy_demo(demo_template, tmp_path_factory.mktemp("privacy") / "demo")


def env(root: Path, user: str) -> dict[str, str]:
    return {"CASEDESK_DATA_DIR": str(root), "CASEDESK_USER": user, "CASEDESK_PASSWORD": f"casedesk-{user}"}


def test_a_clients_report_as_json_and_pdf_by_a_case_number(demo: Path, tmp_path: Path):
    cases = json.loads(cli("cases", "list", "--json", env=env(demo, "zhou")).stdout)
    numbered = next(c for c in cases if c.get("archive_code") or c.get("number"))
    number = numbered.get("archive_code") or numbered.get("number")
    out = tmp_path / "report.json"
    result = cli("privacy", "report", "--client", number, "--format", "json", "--out", str(out), env=env(demo, "zhou"))
    assert result.returncode == 0, result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert number in [c["archive_code"] for c in report["cases"]] and report["report"]["complete"] is True
    pdf = tmp_path / "report.pdf"
    result = cli("privacy", "report", "--client", number, "--out", str(pdf), env=env(demo, "zhou"))
    assert result.returncode == 0 and pdf.read_bytes().startswith(b"%PDF")
    # The finance officer sees no client's file: refused with its code, nothing written.
    refused = cli("privacy", "report", "--client", number, "--out", str(tmp_path / "no.pdf"), env=env(demo, "zhao"))
    assert refused.returncode == 1 and "A009" in refused.stderr and not (tmp_path / "no.pdf").exists()


def test_due_then_destroy_with_a_confirmation(demo: Path, tmp_path: Path):
    result = cli("privacy", "due", "--as-of", LATER, "--json", env=env(demo, "wu"))
    assert result.returncode == 0, result.stderr
    due = json.loads(result.stdout)
    kinds = {d["kind"] for d in due}
    assert "结案个案" in kinds and "操作日志" in kinds
    assert cli("privacy", "due", env=env(demo, "wang")).returncode == 1  # a worker: A004
    out = tmp_path / "销毁清单.pdf"
    args = ("privacy", "destroy", "--as-of", LATER, "--reason", "保存期限已满", "--out", str(out))
    unconfirmed = cli(*args, env=env(demo, "zhou"))
    assert unconfirmed.returncode == 1 and "V005" in unconfirmed.stderr and not out.exists()
    assert "A004" in cli(*args, "--yes", env=env(demo, "wu")).stderr  # the business lead may not
    done = cli(*args, "--yes", "--json", env=env(demo, "zhou"))
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert len(summary["items"]) == len(due) and out.read_bytes().startswith(b"%PDF")
    left = json.loads(cli("privacy", "due", "--as-of", LATER, "--json", env=env(demo, "zhou")).stdout)
    assert not [d for d in left if d["kind"] == "结案个案"]
    verify = cli("audit", "verify", "--json", env=env(demo, "zhou"))
    assert verify.returncode == 0, verify.stdout + verify.stderr

"""Every file the command line writes with ``--out`` is private (0600) and whole; a place it cannot write is
W003 in the person's words, never a traceback, with nothing made there and nothing done.

Unwritable places: a folder that does not exist, and one "inside" a regular file (file modes do not stop root,
who may run the tests)."""

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
    return copy_demo(demo_template, tmp_path_factory.mktemp("outputs") / "demo")


def env(root: Path, user: str) -> dict[str, str]:
    return {"CASEDESK_DATA_DIR": str(root), "CASEDESK_USER": user, "CASEDESK_PASSWORD": f"casedesk-{user}"}


def _numbered_case(demo: Path) -> str:
    cases = json.loads(cli("cases", "list", "--json", env=env(demo, "zhou")).stdout)
    return next(c["archive_code"] for c in cases if c.get("archive_code"))


def _commands(demo: Path) -> list[tuple[str, list[str]]]:
    """(user, arguments before --out) for each command that writes a file the person names."""
    number = _numbered_case(demo)
    period = ["--from", "2026-01-01", "--to", "2026-12-31"]
    return [
        ("zhou", ["privacy", "report", "--client", number, "--format", "json"]),
        ("zhou", ["privacy", "report", "--client", number, "--format", "pdf"]),
        ("li", ["pdf", "--bag", number]),
        ("wu", ["indicators", *period, "--format", "json"]),
        ("wu", ["indicators", *period, "--format", "xlsx"]),
        ("wu", ["indicators", *period, "--format", "pdf"]),
        ("wu", ["export", "intake"]),
    ]


SUFFIX = {"json": ".json", "xlsx": ".xlsx", "pdf": ".pdf"}


def _name(arguments: list[str]) -> str:
    kind = arguments[arguments.index("--format") + 1] if "--format" in arguments else None
    return "out" + SUFFIX.get(kind or "", ".xlsx" if arguments[0] == "export" else ".pdf")


def test_every_out_file_is_private(demo: Path, tmp_path: Path):
    for n, (user, arguments) in enumerate(_commands(demo)):
        out = tmp_path / str(n) / _name(arguments)
        out.parent.mkdir()
        result = cli(*arguments, "--out", str(out), env=env(demo, user))
        assert result.returncode == 0, (arguments, result.stderr)
        assert out.stat().st_size > 0 and oct(out.stat().st_mode & 0o777) == "0o600", arguments
        assert [p.name for p in out.parent.iterdir()] == [out.name]  # no .part left beside it


@pytest.mark.parametrize("where", ["missing folder", "inside a file"])
def test_an_unwritable_out_is_w003_in_words_never_a_traceback(demo: Path, tmp_path: Path, where: str):
    blocker = tmp_path / "a-file.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    parent = tmp_path / "no-such-folder" if where == "missing folder" else blocker
    for user, arguments in _commands(demo):
        out = parent / _name(arguments)
        result = cli(*arguments, "--out", str(out), env=env(demo, user))
        assert result.returncode == 1, (arguments, result.stderr)
        assert "[W003]" in result.stderr and "无法写入" in result.stderr and "Cannot write to" in result.stderr
        assert "Traceback" not in result.stderr and str(parent) in result.stderr, (arguments, result.stderr)
    assert not (tmp_path / "no-such-folder").exists() and blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_destruction_whose_list_cannot_be_written_destroys_nothing(demo: Path, tmp_path: Path):
    due = json.loads(cli("privacy", "due", "--as-of", LATER, "--json", env=env(demo, "zhou")).stdout)
    assert due
    out = tmp_path / "no-such-folder" / "销毁清单.pdf"
    result = cli(
        "privacy", "destroy", "--as-of", LATER, "--reason", "到期", "--out", str(out), "--yes", env=env(demo, "zhou")
    )
    assert result.returncode == 1 and "[W003]" in result.stderr and "Traceback" not in result.stderr
    again = json.loads(cli("privacy", "due", "--as-of", LATER, "--json", env=env(demo, "zhou")).stdout)
    files = [d["key"] for d in due if not d["key"].startswith("audit:")]  # each sign-in adds to the log
    assert files and [d["key"] for d in again if not d["key"].startswith("audit:")] == files
    assert not out.parent.exists()

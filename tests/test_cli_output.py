"""The command line never prints a control character from the data raw (desktop/cli/common.py): a name holding an
ANSI escape, a bidirectional override or a lone surrogate is shown as a visible escape, in tables, in
``key: value`` lines, in JSON and in error messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.cli import main
from desktop.cli.common import json_text, printable
from desktop.models import Client
from tests.conftest import PASSWORDS, Team

RAW = ("\x1b", "\x9b", "\x07", "\x00", "\r", "\u202e", "\u2066", "\ud800")  # ESC, CSI (C1), BEL, NUL, …


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b[31m红\x1b[0m", "\\x1b[31m红\\x1b[0m"),
        ("\x9b2J", "\\x9b2J"),  # the one-character CSI of C1
        ("a\nb\tc\rd", "a\\nb\\tc\\rd"),
        ("\x7f\x00", "\\x7f\\x00"),
        ("abc\u202eexe.pdf", "abc\\u202eexe.pdf"),
        ("\u2066\u2069\u200f\u2028", "\\u2066\\u2069\\u200f\\u2028"),
        ("坏\ud800", "坏\\ud800"),
        ("𠮷田 Zoë 張三 ①", "𠮷田 Zoë 張三 ①"),  # everything else as it is
    ],
)
def test_printable_shows_every_unsafe_character_as_a_visible_escape(text, shown):
    assert printable(text) == shown
    assert printable(5) == "5" and printable(None) == "None"


def test_json_stays_json_and_reads_back_the_same():
    rows = [{"name": "红\x1b[31m\u202e\x9b𠮷", "note": "a\nb"}]
    text = json_text(json.dumps(rows, ensure_ascii=False, indent=2))
    assert not any(char in text for char in RAW) and "𠮷" in text
    assert json.loads(text) == rows


@pytest.fixture
def signed_in(team: Team, monkeypatch) -> Team:
    monkeypatch.setenv("CASEDESK_DATA_DIR", str(team.root))
    monkeypatch.setenv("CASEDESK_USER", "wang")
    monkeypatch.setenv("CASEDESK_PASSWORD", PASSWORDS["wang"])
    return team


def test_a_name_with_escapes_never_reaches_the_terminal_raw(signed_in: Team, capsys) -> None:
    wang = signed_in.desk("wang")
    client = wang.create_client("张三")
    name = "\x1b]0;pwned\x07\x1b[2J\u202e三张\x9b"
    with wang.session() as s:  # as an earlier version or another laptop's bundle may have stored it
        s.get(Client, client.id).name = name
    assert main(["clients", "list"]) == 0
    table = capsys.readouterr().out
    assert not any(char in table for char in RAW)
    assert "\\x1b]0;pwned\\x07\\x1b[2J\\u202e三张\\x9b" in table
    assert main(["clients", "list", "--json"]) == 0
    out = capsys.readouterr().out
    assert not any(char in out for char in RAW)
    assert json.loads(out)[0]["name"] == name  # the JSON still carries the name exactly


def test_an_error_message_quoting_the_data_is_escaped_too(signed_in: Team, capsys, tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["姓名", "\x9b31m鞋码\u202e"])  # a C1 CSI (a workbook cannot hold ESC) and an override
    book.save(tmp_path / "roster.xlsx")
    assert main(["roster", "import", str(tmp_path / "roster.xlsx"), "--kind", "elders"]) == 1
    err = capsys.readouterr().err
    assert "[X003]" in err and "\\x9b31m鞋码\\u202e" in err
    assert not any(char in err for char in RAW)

"""Temporary plaintext (an attachment opened in another program, a PDF made for the preview) lives in a private
folder per running CaseDesk: removed at sign-out, and what a killed CaseDesk left is removed at the next start,
while what another running CaseDesk has open stays."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.workspace.attachment_ops import plain_copies_dir
from tests.conftest import PASSWORDS

pytestmark = [pytest.mark.reliability, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")]
SECRET = "王小红 110105200001011234"


def _open_in_child(root: Path, attachment_id: object, record_id: object) -> tuple[subprocess.Popen, Path, Path]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.plain_child", str(root), "wang", PASSWORDS["wang"],
         str(attachment_id), str(record_id)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2],
    )  # fmt: skip
    copy, preview = Path(child.stdout.readline().strip()), Path(child.stdout.readline().strip())
    assert copy.name == "scan.txt" and preview.suffix == ".pdf", child.stderr.read() if child.poll() else ""
    return child, copy, preview


def _kill(child: subprocess.Popen) -> None:
    child.send_signal(signal.SIGKILL)  # no sign-out, no finally: as when the power goes
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def test_a_killed_casedesk_leaves_plaintext_that_the_next_start_removes(team, tmp_path: Path):
    scan = tmp_path / "scan.txt"
    scan.write_text(f"同意书 {SECRET}", encoding="utf-8")
    with team.desk("wang") as wang:
        client = wang.create_client("王小红")
        case = wang.create_case(client.id, team.project_id, "counselling", "youth")
        attachment = wang.add_attachment(scan, case_id=case.id)
        record = wang.new_record("intake", case_id=case.id)
        info = wang.info
    killed, copy, preview = _open_in_child(team.root, attachment.id, record.id)
    running, other_copy, other_preview = _open_in_child(team.root, attachment.id, record.id)
    try:
        _kill(killed)
        assert SECRET in copy.read_text(encoding="utf-8") and preview.read_bytes().startswith(b"%PDF")
        assert oct(copy.parent.parent.stat().st_mode & 0o777) == "0o700"
        with team.desk("wang") as wang:  # the next start (a sign-in, in the window or a command)
            assert not copy.exists() and not preview.exists() and not copy.parent.parent.exists()
            assert other_copy.exists() and other_preview.exists()  # the running one's viewer keeps its file
            mine = wang.plain_copy(wang.attachments(case_id=case.id)[0])
            assert mine.exists()
        assert not mine.exists() and other_copy.exists()  # sign-out: this one's own, nobody else's
    finally:
        _kill(running)
    with team.desk("wang"):
        assert not other_copy.exists() and not other_preview.exists()
    assert not plain_copies_dir(info).exists()
    assert not (team.root / "print").exists()  # previews no longer go into the workspace folder

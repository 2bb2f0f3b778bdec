"""The indicators through the Desk, the command line and the Excel workbook: the workbook reopened holds
the same numbers the computation gives, a sheet per domain laid out like the seed's table."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.errors import AccessDenied
from desktop.workflow.quality import label as quality_label
from desktop.workspace import open_desk
from tests.conftest import copy_demo
from tests.test_cli import cli

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    return copy_demo(demo_template, tmp_path_factory.mktemp("indicators") / "demo")


def test_the_workbook_reopened_holds_the_computed_numbers(demo: Path, tmp_path: Path):
    with open_desk(demo, "wu", "casedesk-wu") as lead:
        rows = lead.indicators(*YEAR)
        out = lead.export_indicators(rows, tmp_path / "指标.xlsx", {"期间": "2026"})
        assert "indicators_export" in [e.action for e in lead.audit_entries()]
    book = load_workbook(out)
    assert book.sheetnames[0] == "说明" and len(book.sheetnames) == 1 + 8  # a sheet per domain
    youth_rows = [p for p in rows if p.figure.indicator.domain == "youth"]
    youth = book[book.sheetnames[1]]
    assert [c.value for c in youth[2]][:5] == ["服务内容", "项目分类", "评估指标", "量化标准", "本期数值"]
    lines = [line for line in youth.iter_rows(min_row=3, values_only=True) if line[2] is not None]
    assert len(lines) == len(youth_rows)  # in the seed's order, one line per row
    for line, p in zip(lines, youth_rows, strict=True):
        assert (line[2], line[3], line[4]) == (p.figure.indicator.indicator, p.figure.indicator.standard,
                                               p.figure.value)  # fmt: skip
        assert (line[5], line[6]) == (p.figure.numerator, p.figure.denominator)
    assert any(p.figure.value for p in rows)  # the demo's work shows, not only zeros
    assert not list(tmp_path.glob("*.part"))


def test_a_worker_sees_their_own_work_and_not_a_colleagues(demo: Path):
    with open_desk(demo, "chen", "casedesk-chen") as chen:
        wang = next(a for a in chen.accounts() if a.username == "wang")
        with pytest.raises(AccessDenied):
            chen.indicators(*YEAR, worker_id=wang.id)
        mine = {p.figure.indicator.id: p.figure.numerator for p in chen.indicators(*YEAR)}
    with open_desk(demo, "wu", "casedesk-wu") as lead:
        everyone = {p.figure.indicator.id: p.figure.numerator for p in lead.indicators(*YEAR)}
    assert all((mine[k] or 0) <= (everyone[k] or 0) for k in everyone)
    assert sum(v or 0 for v in mine.values()) < sum(v or 0 for v in everyone.values())


def test_the_command_line_gives_json_and_the_workbook(demo: Path, tmp_path: Path):
    env = {"CASEDESK_DATA_DIR": str(demo), "CASEDESK_USER": "wu", "CASEDESK_PASSWORD": "casedesk-wu"}
    made = cli("indicators", "--from", "2026-01-01", "--to", "2026-12-31", "--domain", "youth",
               "--out", str(tmp_path / "youth.json"), env=env)  # fmt: skip
    assert made.returncode == 0, made.stderr
    rows = json.loads((tmp_path / "youth.json").read_text(encoding="utf-8"))
    assert rows and {r["domain"] for r in rows} == {"youth"}
    assert {"value", "numerator", "denominator", "target", "met", "missing"} <= set(rows[0])
    book = cli("indicators", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "xlsx",
               "--out", str(tmp_path / "all.xlsx"), env=env)  # fmt: skip
    assert book.returncode == 0, book.stderr and (tmp_path / "all.xlsx").exists()
    report = cli("indicators", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "pdf",
                 "--out", str(tmp_path / "all.pdf"), env=env)  # fmt: skip
    assert report.returncode == 0, report.stderr
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "all.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "机构服务质量指标报告" in text and "质量检查" in text and "第一章 儿童青少年" in text
    misnamed = cli("indicators", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "pdf",
                   "--out", str(tmp_path / "all.xlsx.txt"), env=env)  # fmt: skip
    assert misnamed.returncode == 1 and not (tmp_path / "all.xlsx.txt").exists()
    quality = cli("quality", "--from", "2026-01-01", "--to", "2026-12-31", "--json", env=env)
    assert quality.returncode == 0, quality.stderr
    issues = json.loads(quality.stdout)
    assert issues and all({"check", "what", "code", "client", "worker", "detail", "due"} <= set(i) for i in issues)
    english = cli("quality", "--from", "2026-01-01", "--to", "2026-12-31", "--lang", "en", "--json", env=env)
    assert [i["what"] for i in json.loads(english.stdout)] == [quality_label(i["check"], "en") for i in issues]
    elsewhere = cli("quality", "--from", "2026-01-01", "--to", "2026-12-31", "--domain", "enterprise",
                    "--json", env=env)  # fmt: skip
    assert elsewhere.returncode == 0, elsewhere.stderr
    assert json.loads(elsewhere.stdout) == []  # the demo's shortfalls are in its youth and elderly work
    wrong = cli("indicators", "--from", "2026-12-31", "--to", "2026-01-01", env=env)
    assert wrong.returncode == 1 and "结束日期早于开始日期" in wrong.stderr

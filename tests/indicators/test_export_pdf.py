"""The indicators' PDF report, read back with poppler's tools: landscape A4, fonts embedded, every domain's
table with the numbers the computation gives, short rows shaded, the quality checks grouped by check, the
English variant, and a failed write that leaves nothing behind."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.errors import WorkspaceError
from desktop.indicators.export_pdf import write_report
from desktop.indicators.targets import Progress
from desktop.indicators.vocabulary import Catalogue
from desktop.workflow.quality import label
from desktop.workspace import open_desk
from tests.conftest import copy_demo

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
SHORT_ROW = "youth.group.groups"  # given a target the demo does not reach, so one row is short
SHORT_RGB = ".984314 .890196 .890196 rg"  # the workbook's SHORT_FILL, FBE3E3, as the page stream sets it
MADE = "2026-05-01 10:00"
HEADING = {
    "期间 / period": "2026-01-01 – 2026-12-31",
    "机构 / agency": "示范社工服务中心",
    "站点 / station": "全部 / all",
    "项目 / project": "全部 / all",
    "社工 / worker": "全部 / all",
    "生成 / made": MADE,
}


@dataclasses.dataclass(frozen=True)
class Finding:
    check: str
    code: str
    client: str
    worker: str
    detail: str


# Out of the checks' order on purpose: the report groups them in quality.CHECKS order.
ISSUES = [
    Finding("archive_overdue", "QA-CASE-0007", "张𠮷祥", "陈社工", "2026-03-01"),
    Finding("group_small", "QA-GRP-0001", "", "王社工", "4/5"),
    Finding("group_attendance", "QA-GRP-0002", "", "王社工", "55%/60%"),
    Finding("group_small", "QA-GRP-0003", "", "陈社工", "3/5"),
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> tuple[Catalogue, list[Progress]]:
    root = copy_demo(demo_template, tmp_path_factory.mktemp("indicators_pdf") / "demo")
    with open_desk(root, "wu", "casedesk-wu") as lead:
        rows = lead.indicators(*YEAR)
        catalogue = lead.indicator_catalogue()
    short = lambda p: dataclasses.replace(p, target=7.5, achieved=13.3, met=False)  # noqa: E731
    return catalogue, [short(p) if p.figure.indicator.id == SHORT_ROW else p for p in rows]


@pytest.fixture(scope="module")
def reports(demo, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The zh report with findings, the en report with none."""
    folder = tmp_path_factory.mktemp("reports")
    catalogue, rows = demo
    write_report(catalogue, rows, folder / "指标.pdf", HEADING, "zh", ISSUES)
    write_report(catalogue, rows, folder / "indicators.pdf", HEADING, "en")
    return {"zh": folder / "指标.pdf", "en": folder / "indicators.pdf"}


def run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, check=True).stdout


def pages_of(pdf: Path) -> list[str]:
    return run("pdftotext", "-enc", "UTF-8", "-layout", pdf, "-").split("\f")[:-1]


def printed(value: float | None) -> str:
    return "—" if value is None else str(int(value)) if float(value).is_integer() else str(value)


def test_the_report_is_landscape_a4_with_every_font_embedded(reports):
    for pdf in reports.values():
        info = run("pdfinfo", pdf)
        assert re.search(r"Page size:\s+841\.89 x 595\.276 pts", info), info  # 842 x 595: landscape
        pages = int(re.search(r"Pages:\s+(\d+)", info)[1])
        assert pages > 2 and len(pages_of(pdf)) == pages
        fonts = run("pdffonts", pdf).splitlines()[2:]
        assert any("WenQuanYiMicroHei" in line for line in fonts)
        assert all(line.split()[-5] == "yes" for line in fonts), fonts  # name ... emb sub uni object ID
    assert any("HanaMin" in line for line in run("pdffonts", reports["zh"]).splitlines())  # 𠮷 in a client's name


def test_every_domain_and_its_rows_print_with_the_computed_numbers(demo, reports):
    catalogue, rows = demo
    pages = pages_of(reports["zh"])
    text = "".join(pages)
    assert text.lstrip().startswith("机构服务质量指标报告")
    assert all(key in text and value in text for key, value in HEADING.items())
    for table in catalogue.tables:
        assert table.title.zh in text
    repeated = 0
    for page in pages[1:]:  # a page that carries on a domain's table starts with its header row again
        if "本期数值" in page:
            first = page.strip().splitlines()[0].split()[0]
            assert first in ("服务内容", "服务对象", "第三节"), page[:200]
            repeated += first != "第三节"
    assert repeated >= 2
    lines = text.splitlines()
    worked = [p for p in rows if p.figure.value]  # the demo's work, not the zeros
    assert len(worked) >= 5
    for p in worked:
        row = p.figure.indicator
        cells = [p.figure.value, p.figure.numerator, p.figure.denominator]
        assert any(row.indicator in line and all(printed(v) in line.split() for v in cells) for line in lines), row.id
    p = next(p for p in rows if p.figure.indicator.id == SHORT_ROW)
    short = next(line for line in lines if p.figure.indicator.indicator in line and "未达标" in line)
    cells = [printed(v) for v in (p.figure.value, p.figure.numerator, p.figure.denominator)]
    assert short.split()[-6:] == [*cells, "7.5", "13.3", "未达标"], short
    for table in catalogue.tables:
        mine = [p for p in rows if p.figure.indicator.domain == table.domain]
        counts = [sum(p.target is not None for p in mine), sum(p.met is True for p in mine)]
        counts.append(sum(p.met is False for p in mine))
        summary = next(line for line in lines if line.strip().startswith(table.chapter.zh))
        assert summary.split()[-3:] == [str(n) for n in counts], summary
    for n, page in enumerate(pages, start=1):
        assert f"生成 {MADE}" in page and f"第 {n} 页 / 共 {len(pages)} 页" in page


def test_short_rows_are_shaded_and_met_rows_are_not(reports):
    pages = pages_of(reports["en"])
    streams = [page.get_contents().get_data().decode("latin-1") for page in PdfReader(reports["en"]).pages]
    shaded = [n for n, stream in enumerate(streams) if SHORT_RGB in stream]
    assert shaded and shaded == [n for n, page in enumerate(pages) if "not met" in page]


def test_the_quality_checks_are_grouped_by_check(reports):
    text = "".join(pages_of(reports["zh"]))
    checks = text[text.index("质量检查") :]
    for finding in ISSUES:
        line = next(line for line in checks.splitlines() if finding.code in line)
        assert finding.worker in line and finding.detail in line
    assert checks.count(label("group_small", "zh")) == 1 and "（共 2 项）" in checks
    order = [checks.index(label(c, "zh")) for c in ("group_small", "group_attendance", "archive_overdue")]
    assert order == sorted(order)
    assert checks.index("QA-GRP-0001") < checks.index("QA-GRP-0003") < checks.index(label("group_attendance", "zh"))
    assert "张𠮷祥" in checks  # a rare character copies back out through the fallback font


def test_the_english_report_speaks_english(demo, reports):
    catalogue, _ = demo
    text = "".join(pages_of(reports["en"]))
    assert text.lstrip().startswith("Service-quality indicators report")
    for word in ("Targets at a glance", "Service", "Indicator", "Numerator", "Denominator", "Achieved %", "Page 1 of"):
        assert word in text, word
    assert all(table.title.en in text for table in catalogue.tables)
    assert "服务内容" not in text and "本期数值" not in text and "第三节" not in text
    assert "Quality checks" in text and "found no shortfall" in text
    assert label("group_small", "en") not in text


def test_a_failed_write_leaves_nothing(demo, tmp_path):
    catalogue, rows = demo
    missing = tmp_path / "no such folder" / "指标.pdf"
    with pytest.raises(WorkspaceError) as refused:  # told in the person's words, with the reason
        write_report(catalogue, rows, missing, HEADING, "zh")
    assert refused.value.code == "W003" and str(missing) in refused.value.message("en")
    assert not missing.parent.exists()
    taken = tmp_path / "taken.pdf"
    taken.mkdir()  # the rename onto a folder fails after the bytes were written
    with pytest.raises(WorkspaceError) as refused:
        write_report(catalogue, rows, taken, HEADING, "zh", ISSUES)
    assert refused.value.code == "W003"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.pdf"] and not any(taken.iterdir())
    done = tmp_path / "done.pdf"
    write_report(catalogue, rows, done, HEADING, "zh")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["done.pdf", "taken.pdf"]
    assert done.read_bytes().startswith(b"%PDF") and "质量检查未发现不足" in "".join(pages_of(done))

"""docs/indicators.md is exactly what the generator writes from the definitions today."""

from __future__ import annotations

import subprocess
import sys

from desktop.indicators import docs
from desktop.indicators.definitions import load_catalogue
from tests.indicators.test_definitions import edited


def test_the_page_is_what_the_generator_writes():
    assert docs.DOCS_FILE.read_text(encoding="utf-8") == docs.render(), (
        "docs/indicators.md and desktop/indicators/definitions disagree: run python -m desktop.indicators.docs"
    )


def test_the_page_follows_an_edit_of_a_definition(tmp_path):
    changed = edited(tmp_path, "school.yaml", "家访服务次数", "家访服务次数（改）")
    page = docs.render(load_catalogue(changed))
    assert page != docs.render() and "家访服务次数（改）" not in docs.render()
    assert "`school.home_visit.home_visits`" in page


def test_the_check_fails_on_a_stale_page_and_passes_once_written(tmp_path):
    out = tmp_path / "indicators.md"
    out.write_text("# edited by hand\n", encoding="utf-8")
    assert docs.main(["--check", "--out", str(out)]) == 1
    assert docs.main(["--out", str(out)]) == 0
    assert docs.main(["--check", "--out", str(out)]) == 0


def test_every_row_and_every_gap_is_on_the_page():
    page = docs.render()
    catalogue = load_catalogue()
    for row in catalogue.rows:
        assert f"`{row.id}`" in page
    gaps = page.split("## 5. 记录尚未包含的数据")[1]
    for row in catalogue.rows:
        for missing in row.missing:
            assert f"`{missing.qualified}`" in gaps and f"`{row.id}`" in gaps


def test_the_general_rules_and_the_vocabulary_are_written_once():
    page = docs.render()
    for heading in ("## 1. 词汇 The vocabulary", "## 2. 通则 General rules", "## 3. 设计说明"):
        assert page.count(heading) == 1
    for key in ("`source`", "`domain_by`", "`where`", "`exists`", "`measure`", "`date`", "`states`", "`missing`"):
        assert page.count(f"| {key}") == 1, key


def test_the_generator_runs_as_a_module():
    result = subprocess.run(
        [sys.executable, "-m", "desktop.indicators.docs", "--check"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr

"""Every row of the seed's eight 第三节 tables is defined, in the seed's order, nothing skipped.

The seed is parsed here on its own terms (the tables are flattened one cell per line, a tab before each
cell), independently of the YAML, and the two are compared row by row."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from desktop.indicators.definitions import Catalogue, load_catalogue

ROOT = Path(__file__).resolve().parents[2]
# The agency's service-quality standard (the 000 seed), kept with the tests so a fresh clone has it.
SEED = Path(os.environ.get("CASEDESK_SEED_000", ROOT / "tests" / "fixtures" / "seeds" / "000_91676cdc1320d87d.txt"))
# Chapter order of the seed, and the word its table title names the domain by.
CHAPTERS = [
    ("youth", "儿童青少年"),
    ("elderly", "老年人"),
    ("women", "妇女"),
    ("family", "家庭"),
    ("corrections", "社区矫正"),
    ("school", "学校"),
    ("rural", "农村"),
    ("enterprise", "企业"),
]
Row = tuple[str, str, str, str]  # section, item, indicator (评估指标), standard (量化标准)


def parse_tables(text: str) -> list[tuple[str, list[str], list[Row]]]:
    """(title, header cells, rows) of each 第三节 table. A cell starts with a tab; a line without one
    continues the cell before it ("治疗性小组/" / "支持性小组/" …); blank lines mean nothing; a table runs to
    the next chapter heading. Empty section and item cells repeat the row above, as the seed reads."""
    lines = text.splitlines()
    tables = []
    i = 0
    while i < len(lines):
        if not re.match(r"^第三节\s*\S+具体量化指标", lines[i].strip()):
            i += 1
            continue
        title, cells = lines[i].strip(), []
        i += 1
        while i < len(lines) and not re.match(r"^\s*第.章", lines[i]):
            if lines[i].startswith("\t"):
                cells.append(lines[i][1:].strip())
            elif lines[i].strip():
                cells[-1] += lines[i].strip()
            i += 1
        assert len(cells) % 4 == 0, f"{title}: {len(cells)} cells do not make rows of four"
        rows, section, item = [], "", ""
        for k in range(4, len(cells), 4):
            section = cells[k] or section
            item = cells[k + 1] or item
            rows.append((section, item, cells[k + 2], cells[k + 3]))
        tables.append((title, cells[:4], rows))
    return tables


def mismatches(seed: list[Row], defined: list[Row]) -> list[str]:
    """What differs, row by row, between the seed's table and the definitions."""
    out = [
        f"row {n + 1}: seed {s} / defined {d}" for n, (s, d) in enumerate(zip(seed, defined, strict=False)) if s != d
    ]
    if len(seed) != len(defined):
        out.append(f"{len(seed)} rows in the seed, {len(defined)} defined")
    return out


def defined_rows(catalogue: Catalogue, domain: str) -> list[Row]:
    return [(r.section, r.item, r.indicator, r.standard) for r in catalogue.table(domain).rows]


@pytest.fixture(scope="module")
def seed_tables() -> list[tuple[str, list[str], list[Row]]]:
    assert SEED.is_file(), f"the 000 seed is needed at {SEED} (or set CASEDESK_SEED_000)"
    return parse_tables(SEED.read_text(encoding="utf-8"))


def test_the_seed_has_eight_tables_of_four_columns(seed_tables):
    assert len(seed_tables) == 8
    for (title, header, rows), (_, word) in zip(seed_tables, CHAPTERS, strict=True):
        assert word in title
        assert header[0] in ("服务内容", "服务对象") and header[1:] == ["项目分类", "评估指标", "量化标准"]
        assert rows and all(all(cell for cell in row) for row in rows)


def test_each_chapter_has_as_many_rows_defined_as_the_seed_has_indicators(seed_tables):
    catalogue = load_catalogue()
    seed_counts = {domain: len(rows) for (_, _, rows), (domain, _) in zip(seed_tables, CHAPTERS, strict=True)}
    assert seed_counts == {t.domain: len(t.rows) for t in catalogue.tables}
    assert sum(seed_counts.values()) == len(catalogue.rows)


def test_every_seed_row_is_defined_in_the_seeds_order(seed_tables):
    catalogue = load_catalogue()
    assert [t.domain for t in catalogue.tables] == [domain for domain, _ in CHAPTERS]
    for (_, header, rows), (domain, _) in zip(seed_tables, CHAPTERS, strict=True):
        assert mismatches(rows, defined_rows(catalogue, domain)) == [], domain
        assert catalogue.table(domain).first_column == header[0]


def test_the_comparison_catches_a_row_dropped_renamed_or_moved(seed_tables):
    catalogue = load_catalogue()
    _, _, seed = seed_tables[1]
    defined = defined_rows(catalogue, "elderly")
    assert mismatches(seed, defined[:-1]) == ["26 rows in the seed, 25 defined"]
    renamed = [*defined[:3], (defined[3][0], defined[3][1], "完成个案", defined[3][3]), *defined[4:]]
    assert len(mismatches(seed, renamed)) == 1
    moved = [defined[1], defined[0], *defined[2:]]
    assert len(mismatches(seed, moved)) == 2


def test_the_parser_joins_a_cell_split_over_lines():
    text = (
        "第三节 样例服务质量标准的具体量化指标\n\n\t服务内容\n\t项目分类\n\t评估指标\n\t量化标准\n\n"
        "\t小组\n\t治疗性小组/\n\n支持性小组/\n\n互助性小组\n\t小组个数\n\t个\n\n"
        "\t\n\t\n\t小组节数\n\t节\n\n第二章 下一章\n"
    )
    [(_, _, rows)] = parse_tables(text)
    assert rows == [
        ("小组", "治疗性小组/支持性小组/互助性小组", "小组个数", "个"),
        ("小组", "治疗性小组/支持性小组/互助性小组", "小组节数", "节"),
    ]

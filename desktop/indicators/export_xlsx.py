"""The indicators as an Excel workbook a funder reads: a first sheet saying what was counted (the period,
station, project, worker), then a sheet per domain laid out like the seed's table (服务内容 / 项目分类 /
评估指标 / 量化标准), with the period's value, numerator and denominator, the target and how far it is met.
Written under a temporary name and renamed: a failed export leaves no file that looks complete."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desktop.files.spreadsheet import put
from desktop.indicators.targets import Progress
from desktop.indicators.vocabulary import Catalogue

HEADERS = {
    "zh": ["项目分类", "评估指标", "量化标准", "本期数值", "分子", "分母", "目标", "完成率 %", "是否达标", "说明"],
    "en": ["Item", "Indicator", "Standard", "Value", "Numerator", "Denominator", "Target", "Achieved %", "Met",
           "Note"],
}  # fmt: skip
YES_NO = {"zh": ("达标", "未达标"), "en": ("met", "not met")}
WIDTHS = [14, 22, 28, 12, 10, 10, 10, 10, 10, 10, 40]
HEADER_FILL = PatternFill("solid", fgColor="DDE7F3")
SHORT_FILL = PatternFill("solid", fgColor="FBE3E3")


def write_workbook(catalogue: Catalogue, rows: list[Progress], out: Path, heading: dict[str, str], lang: str) -> None:
    lang = "en" if lang == "en" else "zh"
    by_id = {p.figure.indicator.id: p for p in rows}
    book = Workbook()
    about = book.active
    about.title = "说明" if lang == "zh" else "About"
    for n, (key, value) in enumerate(heading.items(), start=1):
        put(about, n, 1, key).font = Font(bold=True)
        put(about, n, 2, value)  # a station's, project's or worker's name: text, never a formula
    about.column_dimensions["A"].width, about.column_dimensions["B"].width = 16, 60
    for table in catalogue.tables:
        chosen = [r for r in table.rows if r.id in by_id]
        if not chosen:
            continue
        sheet = book.create_sheet(table.title.zh.split()[-1][:28] if lang == "zh" else table.domain)
        put(sheet, 1, 1, table.title.zh if lang == "zh" else table.title.en).font = Font(bold=True, size=13)
        header = [table.first_column if lang == "zh" else "Service", *HEADERS[lang]]
        for col, text in enumerate(header, start=1):
            cell = put(sheet, 2, col, text)
            cell.font, cell.fill = Font(bold=True), HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        for n, row in enumerate(chosen, start=3):
            p = by_id[row.id]
            figure = p.figure
            note = ""
            if not row.computable:
                note = "；".join((m.text.zh if lang == "zh" else m.text.en) for m in row.missing)
            values = [
                row.section, row.item, row.indicator, row.standard, figure.value, figure.numerator,
                figure.denominator, p.target, p.achieved,
                None if p.met is None else YES_NO[lang][0 if p.met else 1], note,
            ]  # fmt: skip
            for col, shown in enumerate(values, start=1):
                cell = put(sheet, n, col, shown)
                cell.alignment = Alignment(wrap_text=isinstance(shown, str), vertical="top")
            if p.met is False:
                for col in range(5, 11):
                    sheet.cell(n, col).fill = SHORT_FILL
        _merge_repeats(sheet, 3, 2 + len(chosen), columns=(1, 2))
        for col, width in enumerate(WIDTHS, start=1):
            sheet.column_dimensions[get_column_letter(col)].width = width
        sheet.freeze_panes = "E3"
    partial = out.with_name(out.name + ".part")
    try:
        book.save(partial)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


class _Cell(Protocol):
    value: object


class _Sheet(Protocol):
    """What _merge_repeats uses of an openpyxl worksheet."""

    def cell(self, row: int, column: int) -> _Cell: ...

    def merge_cells(self, *, start_row: int, start_column: int, end_row: int, end_column: int) -> None: ...


def _merge_repeats(sheet: _Sheet, first: int, last: int, columns: tuple[int, ...]) -> None:
    """Merge runs of the same 服务内容 / 项目分类 down a column, as the seed's tables print them."""
    for col in columns:
        start = first
        for n in range(first + 1, last + 2):
            same = n <= last and sheet.cell(n, col).value == sheet.cell(start, col).value
            if not same:
                if n - 1 > start:
                    sheet.merge_cells(start_row=start, start_column=col, end_row=n - 1, end_column=col)
                start = n

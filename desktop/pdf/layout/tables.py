"""Tables as paper grids: a 序号 column, column widths from what the cells hold, rows at least 8 mm tall where
they are left to fill by hand, numbers and money right-aligned with a 合计 row under money, columns shown only
where their condition holds (the roll's sessions beyond the plan's are left off), and a narrow table of
many rows folded side by side across the width."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from desktop.forms import expressions
from desktop.forms.compute import expression_names
from desktop.forms.schema import FieldDef, FieldType
from desktop.pdf.fonts import MAIN, markup
from desktop.pdf.jobs import PrintJob
from desktop.pdf.layout.page import BODY_W, SHADE, styles, table_style
from desktop.pdf.layout.values import is_empty, money_text, option_mark, value_text

HAND_ROW = 8 * mm  # a row to fill by hand
BLANK_ROWS = 5  # blank rows of an empty table when the definition does not say (``lines:``)
NUMBER_W = 9 * mm  # the 序号 column
RIGHT = (FieldType.NUMBER, FieldType.MONEY)
MIN_W = {FieldType.DATE: 21 * mm, FieldType.TIME: 13 * mm, FieldType.MONEY: 18 * mm, FieldType.LONG_TEXT: 40 * mm}


def shown_columns(f: FieldDef, job: PrintJob) -> list[FieldDef]:
    """The columns whose condition holds for the record (a condition on a row's own cells shows the column)."""
    names = expression_names(job.form, job.content)
    scope = dict(names) | {c.id: None for c in f.columns}
    return [column for column in f.columns if expressions.truthy(column.visible_if, scope)]


def _header_text(column: FieldDef) -> str:
    unit = column.unit.zh if column.unit else "元" if column.type is FieldType.MONEY else ""
    return column.label.zh + (f"（{unit}）" if unit and unit not in column.label.zh else "")


def _natural(column: FieldDef, texts: list[str]) -> float:
    """A column's width from its header and its cells (long cells wrap: a cap per cell)."""
    full = stringWidth(_header_text(column), MAIN, 8.5)
    header = min(full, 30 * mm, max(full / 2 + 8.5, 4 * 8.5))  # a long header wraps to two lines
    if _is_mark(column):
        header = min(header, 3 * 8.5)  # a mark column: its header wraps to three characters a line
    cells = max((min(stringWidth(t, MAIN, 9), 70 * mm) for t in texts), default=0.0)
    return max(header, cells, MIN_W.get(column.type, 9 * mm)) + 8


def column_widths(columns: list[FieldDef], body: list[list[str]], width: float) -> list[float]:
    """Widths from content scaled to ``width``; only the wider columns shrink when it is too narrow."""
    natural = [_natural(c, [row[i] for row in body]) for i, c in enumerate(columns)]
    total = sum(natural)
    if total <= width:
        flexible = [i for i, c in enumerate(columns) if c.type in (FieldType.TEXT, FieldType.LONG_TEXT)]
        flexible = flexible or list(range(len(columns)))
        extra = (width - total) / len(flexible)
        return [w + extra if i in flexible else w for i, w in enumerate(natural)]
    fixed = [_is_mark(c) or c.type in (FieldType.DATE, FieldType.TIME) for c in columns]
    kept = sum(w for w, f in zip(natural, fixed, strict=True) if f)
    if kept < width * 0.7:  # marks and dates keep their width; the others share what is left
        ratio = (width - kept) / (total - kept)
        return [w if f else w * ratio for w, f in zip(natural, fixed, strict=True)]
    return [w * width / total for w in natural]


def _is_mark(column: FieldDef) -> bool:
    return column.type is FieldType.CHOICE and all(option_mark(o) for o in column.options)


def _narrow(columns: list[FieldDef], body: list[list[str]]) -> bool:
    """A table of up to three narrow columns (no text to write): it folds across the width."""
    if len(columns) > 3 or any(c.type in (FieldType.TEXT, FieldType.LONG_TEXT) for c in columns):
        return False
    return sum(_natural(c, [r[i] for r in body]) for i, c in enumerate(columns)) < BODY_W / 2.5


def _total(column: FieldDef, rows: list[dict[str, Any]], computed_money: bool) -> str | None:
    """A money column's sum; where some money column is computed (a line's subtotal), only those add up
    (a unit price does not)."""
    if column.type is not FieldType.MONEY or (computed_money and not column.compute):
        return None
    try:
        return money_text(sum((Decimal(str(r[column.id])) for r in rows if not is_empty(r.get(column.id))), Decimal(0)))
    except (InvalidOperation, ValueError):
        return None


def table_flowable(f: FieldDef, job: PrintJob) -> Flowable:
    """A table field as a grid with its header repeated on each page it runs onto."""
    rows: list[dict[str, Any]] = [r for r in job.content.get(f.id) or [] if isinstance(r, dict)]
    columns = shown_columns(f, job)
    body = [[value_text(c, row.get(c.id), job, in_grid=True) or "" for c in columns] for row in rows]
    blank = 0 if rows else min(f.lines or BLANK_ROWS, f.max_rows or BLANK_ROWS)
    if _narrow(columns, body) and len(body) + blank > 1:
        return folded_table(columns, body + [[""] * len(columns)] * blank)
    computed_money = any(c.type is FieldType.MONEY and c.compute for c in columns)
    totals = [_total(c, rows, computed_money) for c in columns]
    with_total = bool(rows) and any(t is not None for t in totals)
    return _grid(columns, body, blank, totals if with_total else None)


def _grid(columns: list[FieldDef], body: list[list[str]], blank: int, totals: list[str | None] | None) -> Table:
    st = styles()
    cell, head = st["cell"], ParagraphStyle("head", parent=st["small"], alignment=TA_CENTER)
    right = ParagraphStyle("right", parent=cell, alignment=TA_RIGHT)
    centre = ParagraphStyle("centre", parent=cell, alignment=TA_CENTER)
    widths = [NUMBER_W, *column_widths(columns, body, BODY_W - NUMBER_W)]

    mark = ParagraphStyle("mark", parent=centre, fontSize=11, leading=12)

    def style_of(c: FieldDef) -> ParagraphStyle:
        if _is_mark(c):
            return mark
        return right if c.type in RIGHT else centre if c.type is FieldType.CHOICE and len(c.options) <= 4 else cell

    data: list[list[Any]] = [[Paragraph("序号", head), *[Paragraph(markup(_header_text(c)), head) for c in columns]]]
    for n, row in enumerate(body, start=1):
        data.append(
            [Paragraph(str(n), centre), *[Paragraph(markup(t), style_of(c)) for t, c in zip(row, columns, strict=True)]]
        )
    for n in range(len(body) + 1, len(body) + blank + 1):
        data.append([Paragraph(str(n), centre), *["" for _ in columns]])
    if totals is not None:
        data.append([Paragraph("合计", centre), *[Paragraph(t or "", right) for t in totals]])
    heights = [None] + [5.5 * mm] * len(body) + [HAND_ROW] * blank + ([None] if totals is not None else [])
    table = Table(data, colWidths=widths, rowHeights=_heights(data, widths, heights), repeatRows=1)
    table.setStyle(table_style(_GRID_STYLE + ([("BACKGROUND", (0, -1), (-1, -1), SHADE)] if totals else [])))
    return table


def _heights(data: list[list[Any]], widths: list[float], wanted: list[float | None]) -> list[float | None]:
    """A filled row at least its minimum, taller when a cell wraps; None leaves it to ReportLab."""
    out: list[float | None] = []
    for row, least in zip(data, wanted, strict=True):
        if least is None:
            out.append(None)
            continue
        need = max(
            (c.wrap(w - 6, 1e6)[1] + 3 for c, w in zip(row, widths, strict=True) if isinstance(c, Paragraph)), default=0
        )
        out.append(max(least, need))
    return out


def folded_table(columns: list[FieldDef], body: list[list[str]]) -> Table:
    """A narrow table of many rows printed in blocks side by side (session dates: four pairs a line)."""
    st = styles()
    head = ParagraphStyle("head", parent=st["small"], alignment=TA_CENTER)
    centre = ParagraphStyle("centre", parent=st["cell"], alignment=TA_CENTER)
    natural = [_natural(c, [r[i] for r in body]) for i, c in enumerate(columns)]
    blocks = max(1, min(4, int(BODY_W // sum(natural))))
    per = -(-len(body) // blocks)
    scale = BODY_W / (blocks * sum(natural))
    data: list[list[Any]] = [[Paragraph(markup(_header_text(c)), head) for c in columns] * blocks]
    for line in range(per):
        cells: list[Any] = []
        for block in range(blocks):
            index = block * per + line
            row = body[index] if index < len(body) else [""] * len(columns)
            cells += [Paragraph(markup(t), centre) for t in row]
        data.append(cells)
    heights = [None] + [6.5 * mm if any(cells) else HAND_ROW for cells in _fold_rows(body, per, blocks)]
    table = Table(data, colWidths=[w * scale for w in natural] * blocks, rowHeights=heights, repeatRows=1)
    table.setStyle(table_style(_GRID_STYLE))
    return table


def _fold_rows(body: list[list[str]], per: int, blocks: int) -> list[list[str]]:
    return [[t for b in range(blocks) if b * per + n < len(body) for t in body[b * per + n]] for n in range(per)]


_GRID_STYLE: list[tuple[Any, ...]] = [
    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
]

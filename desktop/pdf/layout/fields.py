"""Short fields packed two to four to a row, as a paper form has them: each field a label cell and a value
cell, its width from what it holds (a date is narrow, a choice as wide as its boxes), rows filled greedily."""

from __future__ import annotations

import math
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from desktop.forms.schema import FieldDef, FieldType
from desktop.pdf.fonts import MAIN, markup
from desktop.pdf.jobs import PrintJob
from desktop.pdf.layout.marks import BOX, ChoiceLine
from desktop.pdf.layout.page import BODY_W, SHADE, styles, table_style
from desktop.pdf.layout.values import boxed_options, value_flowable, value_text

UNITS = 12  # a row is twelve units wide
UNIT = BODY_W / UNITS
PAD = 8  # a cell's left and right padding together
NATURAL_BLANK = {  # room to write each type by hand, when nothing is printed
    FieldType.DATE: 28 * mm,
    FieldType.TIME: 18 * mm,
    FieldType.NUMBER: 18 * mm,
    FieldType.MONEY: 24 * mm,
    FieldType.TEXT: 34 * mm,
    FieldType.SIGNATURE: 36 * mm,
    FieldType.ATTACHMENT: 40 * mm,
}


def label_text(f: FieldDef, english: bool) -> str:
    text = markup(f.label.zh)
    if english and f.label.en:
        text += f'<br/><font size="7" color="#777777">{markup(f.label.en)}</font>'
    return text


def _value_width(f: FieldDef, value: Any, job: PrintJob) -> float:
    boxes = boxed_options(f, value)
    if boxes is not None and not f.read_only:
        return sum(BOX + 1.2 * mm + stringWidth(label, MAIN, 9) + ChoiceLine.GAP for label, _ in boxes)
    text = value_text(f, value, job)
    if f.type is FieldType.LONG_TEXT:
        return BODY_W  # a long text in a row: the whole row
    if text is None:
        return NATURAL_BLANK.get(f.type, 34 * mm)
    return min(stringWidth(text, MAIN, 10) + 2, BODY_W)


def _label_width(f: FieldDef) -> float:
    return stringWidth(f.label.zh, MAIN, 9.5) + PAD + 2


def units_of(f: FieldDef, value: Any, job: PrintJob) -> int:
    """How many of a row's twelve units a field wants: its label and its value side by side."""
    natural = min(_label_width(f), 0.45 * BODY_W) + _value_width(f, value, job) + PAD
    return max(3, min(UNITS, math.ceil(natural / UNIT)))


def pack(wanted: list[int], per_row: int = 4) -> list[list[int]]:
    """Indexes of fields packed into rows of at most twelve units and ``per_row`` fields."""
    rows: list[list[int]] = []
    used = UNITS + 1
    for index, units in enumerate(wanted):
        if used + units > UNITS or len(rows[-1]) >= per_row:
            rows.append([])
            used = 0
        rows[-1].append(index)
        used += units
    return rows


def field_rows(fields: list[FieldDef], job: PrintJob, english: bool = False) -> list[Flowable]:
    """One table per row of short fields; the rows stack into one ruled block."""
    st = styles()
    wanted = [units_of(f, job.content.get(f.id), job) for f in fields]
    flow: list[Flowable] = []
    for row in pack(wanted):
        scale = UNITS / sum(wanted[i] for i in row)  # the row's spare room shared in proportion
        widths: list[float] = []
        cells: list[Any] = []
        for index in row:
            f = fields[index]
            share = wanted[index] * scale * UNIT
            value_w = _value_width(f, job.content.get(f.id), job) + PAD
            label_w = min(_label_width(f), max(0.5 * share, share - value_w))
            widths += [label_w, share - label_w]
            cells += [
                Paragraph(label_text(f, english), st["label"]),
                value_flowable(f, job.content.get(f.id), job, st["base"]),
            ]
        table = Table([cells], colWidths=widths)
        shade = [("BACKGROUND", (2 * n, 0), (2 * n, 0), SHADE) for n in range(len(row))]
        table.setStyle(table_style([*CELL_STYLE, *shade]))
        flow.append(table)
    return flow


CELL_STYLE: list[tuple[Any, ...]] = [
    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]

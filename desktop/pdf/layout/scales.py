"""Questionnaire scores as a tick grid: one row per rated item, one column per point of the field's scale
(0–5 unless it says otherwise), the chosen point ticked in a drawn box, the scale's meaning above."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from desktop.forms.schema import FieldDef
from desktop.pdf.fonts import markup
from desktop.pdf.jobs import PrintJob
from desktop.pdf.layout.marks import CheckBox
from desktop.pdf.layout.page import BODY_W, SHADE, styles, table_style

POINT_W = 11 * mm


def scale_of(f: FieldDef) -> list[int]:
    low, high = int(f.min or 0), int(f.max if f.max is not None else 5)
    return list(range(low, high + 1))


def _ticked(value: Any, point: int) -> bool:
    try:
        return value is not None and value != "" and int(float(value)) == point
    except (TypeError, ValueError):
        return False


def rating_grid(fields: list[FieldDef], job: PrintJob) -> list[Flowable]:
    """Rated fields sharing a scale as one grid; fields with another scale start a grid of their own."""
    flow: list[Flowable] = []
    run: list[FieldDef] = []
    for f in fields:
        if run and scale_of(run[0]) != scale_of(f):
            flow.append(_grid(run, job))
            run = []
        run.append(f)
    if run:
        flow.append(_grid(run, job))
    return flow


def _grid(fields: list[FieldDef], job: PrintJob) -> Table:
    st = styles()
    points = scale_of(fields[0])
    head = ParagraphStyle("head", parent=st["small"], alignment=TA_CENTER)
    meaning = fields[0].scale_labels.zh if fields[0].scale_labels else ""
    first = Paragraph(f"项目　<font size='7.5'>{markup(meaning)}</font>" if meaning else "项目", st["small"])
    data: list[list[Any]] = [[first, *[Paragraph(str(p), head) for p in points]]]
    for number, f in enumerate(fields, start=1):
        value = job.content.get(f.id)
        label = Paragraph(f"{number}. {markup(f.label.zh)}", st["label"])
        data.append([label, *[CheckBox(_ticked(value, p)) for p in points]])
    width = min(POINT_W, BODY_W * 0.5 / len(points))
    table = Table(data, colWidths=[BODY_W - width * len(points), *[width] * len(points)], repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table

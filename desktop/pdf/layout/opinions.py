"""A section declared ``opinion_column: true`` (the group report's 服务记录与反思, after [LZ] G-02): one row per
item, the worker's record on the left, the reviewers' opinion on it on the right (their comments on that field;
blank to write on until given)."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from desktop.forms.schema import FieldDef, FieldType, Section
from desktop.pdf.fonts import markup
from desktop.pdf.jobs import PrintJob
from desktop.pdf.layout.page import BODY_W, SHADE, styles, table_style
from desktop.pdf.layout.values import is_blank, value_flowable, value_text

BLANK_ROW = 14 * mm  # an item's row on a blank form: room to write in both columns
FILLED_ROW = 9 * mm  # at least this on a filled record: the opinion column stays writable


def _item(f: FieldDef, job: PrintJob) -> list[Any]:
    st = styles()
    label = Paragraph(markup(f.label.zh) + "：", st["label"])
    if f.type is FieldType.LONG_TEXT:
        text = value_text(f, job.content.get(f.id), job)
        return [label, Paragraph(markup(text), st["cell"])] if text else [label]
    return [label, value_flowable(f, job.content.get(f.id), job, st["cell"])]


def opinion_table(section: Section, fields: list[FieldDef], job: PrintJob) -> list[Flowable]:
    """The section's items in rows, each with its 督导意见 cell; the header repeats on a new page."""
    st = styles()
    blank = is_blank(job)
    rows: list[list[Any]] = [[Paragraph(markup(section.title.zh), st["label"]), Paragraph("督导意见", st["label"])]]
    heights: list[float | None] = [None]
    for f in fields:
        opinion = job.field_opinions.get(f.id, "")
        rows.append([_item(f, job), Paragraph(markup(opinion), st["cell"]) if opinion else ""])
        has_text = bool(opinion or value_text(f, job.content.get(f.id), job))
        heights.append(BLANK_ROW if blank else None if has_text else FILLED_ROW)
    table = Table(rows, colWidths=[BODY_W * 0.64, BODY_W * 0.36], rowHeights=heights, repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [table]

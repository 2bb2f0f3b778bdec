"""The supervisor's frame: for each approval step a box titled with the role (督导意见, 业务负责人意见 ...) holding
the decision as drawn tick boxes (批准 / 退回), the opinion on ruled lines (blank lines to write on until it is
given), then 签名 and 批阅日期 on rules. Two steps side by side, an odd last one across the page; then the
机构查阅 line where the definition asks for it (``agency_check: true``)."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop.pdf.fonts import markup
from desktop.pdf.jobs import PrintJob, ReviewLine
from desktop.pdf.layout.marks import ChoiceLine
from desktop.pdf.layout.page import BODY_W, SHADE, styles, table_style
from desktop.pdf.layout.values import is_blank

RULE = 7 * mm  # a ruled line to write an opinion on
GAP = 3 * mm  # between two frames side by side
GREY = colors.HexColor("#888888")
LIGHT = colors.HexColor("#bbbbbb")
SIGN_W = 11 * mm  # "签名："
DATE_LABEL_W = 17 * mm  # "批阅日期："
DATE_W = 22 * mm


def _blank_rules(line: ReviewLine, blank_form: bool) -> int:
    """Lines to write on: three on a blank form, two for a step still to come, one when decided without words."""
    if blank_form:
        return 3
    if not line.outcome:
        return 2
    return 0 if line.opinion else 1


def _rows(line: ReviewLine, blank_form: bool) -> int:
    return (1 if line.opinion else 0) + _blank_rules(line, blank_form)


def opinion_frame(line: ReviewLine, width: float, blank_form: bool, rows_for: int = 0) -> Table:
    """One approval step's box: title and tick boxes, the opinion on rules (blank rules added up to
    ``rows_for``: the frame beside it), then 签名 and 批阅日期."""
    st = styles()
    ticks = ChoiceLine([(o, line.outcome == o) for o in ("批准", "退回")], size=8.5)
    rows: list[list[Any]] = [[Paragraph(markup(line.role + "意见"), st["label"]), "", ticks, ""]]
    heights: list[float | None] = [None]
    if line.opinion:
        rows.append([Paragraph(markup(line.opinion), st["cell"]), "", "", ""])
        heights.append(None)
    blank = _blank_rules(line, blank_form) + max(rows_for - _rows(line, blank_form), 0)
    rows += [["", "", "", ""]] * blank
    heights += [RULE] * blank
    rows.append(
        [
            Paragraph("签名：", st["cell"]),
            Paragraph(markup(line.name), st["cell"]),
            Paragraph("批阅日期：", st["cell"]),
            Paragraph(markup(line.date), st["cell"]),
        ]
    )
    heights.append(8 * mm)
    last = len(rows) - 1
    name_w = width - SIGN_W - DATE_LABEL_W - DATE_W
    table = Table(rows, colWidths=[SIGN_W, name_w, DATE_LABEL_W, DATE_W], rowHeights=heights)
    spans = [("SPAN", (0, r), (-1, r)) for r in range(1, last)]
    rules = [("LINEBELOW", (0, r), (-1, r), 0.4, LIGHT) for r in range(1, last)]
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, GREY),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("SPAN", (0, 0), (1, 0)),
                ("SPAN", (2, 0), (3, 0)),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                *spans,
                *rules,
                ("LINEBELOW", (1, last), (1, last), 0.6, colors.black),
                ("LINEBELOW", (3, last), (3, last), 0.6, colors.black),
                ("BOTTOMPADDING", (0, last), (-1, last), 3),
            ]
        )
    )
    return table


def _agency_check_line() -> Table:
    """机构查阅 on a rule, then its date on a rule: written by hand when the agency looks the record over."""
    st = styles()
    half = BODY_W / 2
    cells = [[Paragraph("机构查阅：", st["label"]), "", Paragraph("日期：", st["cell"]), ""]]
    table = Table(cells, colWidths=[20 * mm, half - 20 * mm, 12 * mm, 40 * mm], rowHeights=[9 * mm], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
                ("LINEBELOW", (3, 0), (3, 0), 0.6, colors.black),
            ]
        )
    )
    return table


def review_frames(job: PrintJob) -> list[Flowable]:
    """The frames of every approval step (empty ones for steps still to come), kept together on one page."""
    if not job.form.approval and not job.reviews and not job.form.agency_check:
        return []
    blank_form = is_blank(job)
    half = (BODY_W - GAP) / 2
    grid: list[list[Any]] = []
    for n in range(0, len(job.reviews) - 1, 2):
        a, b = job.reviews[n : n + 2]
        rows = max(_rows(a, blank_form), _rows(b, blank_form))  # side by side, their signature rows level
        grid.append([opinion_frame(a, half, blank_form, rows), "", opinion_frame(b, half, blank_form, rows)])
    parts: list[Flowable] = []
    if grid:
        outer = Table(grid, colWidths=[half, GAP, half])
        outer.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        parts.append(outer)
    if len(job.reviews) % 2:
        parts.append(opinion_frame(job.reviews[-1], BODY_W, blank_form))
    if job.form.agency_check:
        parts.append(_agency_check_line())
    return [Spacer(1, 2 * mm), KeepTogether(parts)]

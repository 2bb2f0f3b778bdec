"""The blocks around a form's fields: section bars (kept with what follows them) and the signature lines,
two signers to a row, each with its date (the reviewers' frames are in frames.py)."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, Paragraph, Table

from desktop.forms import expressions
from desktop.forms.compute import expression_names
from desktop.forms.schema import Signer
from desktop.pdf.fonts import MAIN, markup
from desktop.pdf.jobs import PrintJob
from desktop.pdf.layout.page import BODY_W, styles, table_style
from desktop.pdf.layout.values import is_blank

BAR = colors.HexColor("#4b5563")


def section_bar(title: str) -> Table:
    """A section's title bar (the form keeps it off a page foot with a conditional page break before it)."""
    bar = Table([[Paragraph(markup(title), styles()["section"])]], colWidths=[BODY_W])
    bar.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BAR),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return bar


def _signature(job: PrintJob, signer_id: str) -> tuple[Flowable | str, str, str]:
    st = styles()
    mark = job.signatures.get(signer_id)
    if mark is not None and mark.image is not None and not mark.void:
        return Image(io.BytesIO(mark.image), width=30 * mm, height=10 * mm, kind="proportional"), mark.name, mark.date
    if mark is not None and mark.void:
        return Paragraph("（签名已失效：签名后内容有修改）", st["small"]), mark.name, ""
    return "", mark.name if mark else "", ""


def shown_signers(job: PrintJob) -> list[Signer]:
    """The signers whose condition holds (a guardian for a minor); every signer on a blank form."""
    if is_blank(job):
        return list(job.form.signers)
    names = expression_names(job.form, job.content)
    return [s for s in job.form.signers if expressions.truthy(s.visible_if, names)]


def signature_block(job: PrintJob) -> list[Flowable]:
    """Signature lines two to a row (one when a label is long): 签名 on a rule, then 日期 on a rule."""
    signers = shown_signers(job)
    if not signers:
        return []
    st = styles()
    half = BODY_W / 2
    label_w = max(stringWidth(s.label.zh + "：", MAIN, 9.5) + 12 for s in signers)
    date_w = 30 * mm
    # Two to a row only where both fit the page with a signing space of at least 40 mm each.
    per_row = 2 if len(signers) > 1 and label_w + 40 * mm + date_w <= half else 1
    cells: list[list[Any]] = []
    for index, signer in enumerate(signers):
        signature, name, date = _signature(job, signer.id)
        under = Paragraph(f"<font size='7'>{markup(name)}</font>", st["small"]) if name and signature else None
        sig_cell: Any = [signature, under] if under is not None else signature or Paragraph(markup(name), st["cell"])
        row = [
            Paragraph(markup(signer.label.zh) + "：", st["label"]),
            sig_cell,
            Paragraph("日期：" + markup(date), st["cell"]),
        ]
        if index % per_row == 0:
            cells.append(row)
        else:
            cells[-1] += row
    if len(cells[-1]) < 3 * per_row:
        cells[-1] += ["", "", ""]
    sign_w = half - label_w - date_w if per_row == 2 else max(half - label_w - date_w, 40 * mm)
    table = Table(cells, colWidths=[label_w, sign_w, date_w] * per_row, rowHeights=[9 * mm] * len(cells), hAlign="LEFT")
    lines = [
        ("LINEBELOW", (c, r), (c, r), 0.6, colors.black)
        for r, row in enumerate(cells)
        for c in range(len(row))
        if c % 3 in (1, 2) and row[c - c % 3] != ""
    ]
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 2), *lines]))
    return [table]

"""Drawing any form definition and record as A4 pages: the layout engine in ``desktop.pdf.layout`` lays each
form out from its definition; this module writes the PDF (an optional cover, then each form on a new page)
and keeps the names other printers share (styles, table styles, the page canvas)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate

from desktop.pdf.fonts import register_fonts
from desktop.pdf.jobs import PrintJob
from desktop.pdf.layout.form import form_flowables
from desktop.pdf.layout.marks import QrFlowable
from desktop.pdf.layout.page import (
    BODY_W,
    BOTTOM,
    GRID,
    MARGIN,
    PAGE_H,
    PAGE_W,
    TOP,
    FormMarker,
    NumberedCanvas,
    PageCountCanvas,
    decorate,
    styles,
    table_style,
)
from desktop.pdf.layout.values import value_text

__all__ = [
    "BODY_W",
    "BOTTOM",
    "GRID",
    "MARGIN",
    "PAGE_H",
    "PAGE_W",
    "TOP",
    "FormMarker",
    "NumberedCanvas",
    "PageCountCanvas",
    "QrFlowable",
    "decorate",
    "form_flowables",
    "render",
    "styles",
    "table_style",
    "value_text",
]


def render(
    jobs: Sequence[PrintJob],
    out: Path | BinaryIO,
    cover: list[Flowable] | None = None,
    english: bool = False,
    page_counts: list[int] | None = None,
) -> None:
    """Write one PDF: an optional cover, then each form starting on a new page (``english``: an English line
    under each label and title, off by default; ``page_counts`` receives each form's number of pages)."""
    register_fonts()
    doc = SimpleDocTemplate(
        out if not isinstance(out, Path) else str(out),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=jobs[0].form.title.zh if jobs else "CaseDesk",
        author="CaseDesk",
    )
    story: list[Flowable] = list(cover or [])
    for index, job in enumerate(jobs):
        if index or cover:
            story.append(PageBreak())
        story.extend(form_flowables(job, english))
    doc.build(story, canvasmaker=partial(NumberedCanvas, page_counts=page_counts))

"""The page: A4 geometry, paragraph styles, the table style every grid shares, and the page decoration
(running header, page x of y, the agency's name in the footer) drawn once the page count is known.
``decorate`` is the single place a page's marks are drawn: anything else to stamp on every page hooks in there."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Flowable, TableStyle

from desktop.pdf.fonts import MAIN, register_fonts
from desktop.pdf.jobs import PrintJob
from desktop.pdf.stamps import draw_state_stamp

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
TOP = 21 * mm  # room for the running header
BOTTOM = 14 * mm
BODY_W = PAGE_W - 2 * MARGIN
LINE_COLOUR = colors.HexColor("#777777")
SHADE = colors.HexColor("#f1f3f5")


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName=MAIN, fontSize=10, leading=14, wordWrap="CJK")
    return {
        "base": base,
        "label": ParagraphStyle("label", parent=base, fontSize=9.5, leading=12.5, textColor=colors.HexColor("#222222")),
        "caption": ParagraphStyle("caption", parent=base, fontSize=9.5, leading=12.5, spaceBefore=2, spaceAfter=1.5),
        "title": ParagraphStyle("title", parent=base, fontSize=16, leading=21, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=8, leading=10, alignment=TA_CENTER),
        "section": ParagraphStyle("section", parent=base, fontSize=10, leading=12.5, textColor=colors.white),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=12),
        "note": ParagraphStyle("note", parent=base, fontSize=9.5, leading=13.5, spaceBefore=2, spaceAfter=2),
        "english": ParagraphStyle(
            "english", parent=base, fontSize=7, leading=8.5, textColor=colors.HexColor("#777777")
        ),
    }


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """Every table's cells in the embedded font (ReportLab's default would reference Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), MAIN), *commands])


GRID = table_style(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f3f4f6")),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
)


class FormMarker(Flowable):
    """Zero-size: tells the page decorations which form (header, number, draft mark) a page shows."""

    def __init__(self, job: PrintJob) -> None:
        super().__init__()
        self.job = job

    def wrap(self, *_: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._casedesk_job = self.job


class PageCountCanvas(pdfcanvas.Canvas):
    """Holds every page back until the document ends, then lets ``decorate_page`` draw each page's header and
    footer knowing the page count (page x of y). Every CaseDesk PDF is drawn on one of these."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = MAIN  # pages never reference a base font that is not embedded
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.decorate_page(number, total)
            super().showPage()
        super().save()

    def decorate_page(self, number: int, total: int) -> None:
        raise NotImplementedError


class NumberedCanvas(PageCountCanvas):
    """A form's pages: the header and footer of ``decorate``. Each form in a PDF of several (a bag, a month's
    forms) counts its own pages, as each paper form does (第 x 页 / 共 y 页 of that form); pages with no form (a
    bag's cover) count among themselves. ``page_counts``, when given, receives each form's page count in order:
    a bag's cover lists the page ranges from the one render of its forms."""

    def __init__(self, *args: Any, page_counts: list[int] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._casedesk_job: PrintJob | None = None
        self._page_counts = page_counts
        # ``_form_numbers`` is set only in ``save``: each page's saved state is put back before it is decorated,
        # and an attribute set at construction would come back empty with it.

    def save(self) -> None:
        runs: list[list[int]] = []  # page indexes of each run of pages showing one form (or none)
        for index, state in enumerate(self._pages):
            job = state.get("_casedesk_job")
            if runs and self._pages[runs[-1][0]].get("_casedesk_job") is job:
                runs[-1].append(index)
            else:
                runs.append([index])
        numbers = [(0, 0)] * len(self._pages)
        for run in runs:
            for place, index in enumerate(run, start=1):
                numbers[index] = (place, len(run))
        self._form_numbers = numbers
        if self._page_counts is not None:
            self._page_counts.extend(len(run) for run in runs if self._pages[run[0]].get("_casedesk_job") is not None)
        super().save()

    def decorate_page(self, number: int, total: int) -> None:
        page, pages = self._form_numbers[number - 1]
        decorate(self, page, pages, self._casedesk_job)


def decorate(c: pdfcanvas.Canvas, page: int, total: int, job: PrintJob | None) -> None:
    """Every mark a form's page carries besides its body: the running header, the draft mark, the footer."""
    c.saveState()
    c.setFont(MAIN, 8.5)
    c.setFillColor(colors.HexColor("#444444"))
    if job is not None:
        _header(c, job)
        if job.draft:
            _draft_mark(c)
        draw_state_stamp(c, job)
    c.setFont(MAIN, 8.5)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawCentredString(PAGE_W / 2, 9 * mm, f"第 {page} 页 / 共 {total} 页")
    if job is not None and job.agency:
        c.drawRightString(PAGE_W - MARGIN, 9 * mm, job.agency)
    c.restoreState()


def _header(c: pdfcanvas.Canvas, job: PrintJob) -> None:
    left = "　".join(part for part in (job.agency, job.station) if part)
    number = f"编号：{job.number}" if job.number else "编号：待定（尚未编号）" if job.numbered else ""
    c.drawString(MARGIN, PAGE_H - 12 * mm, left)
    c.drawRightString(PAGE_W - MARGIN, PAGE_H - 12 * mm, number)
    c.drawString(MARGIN, PAGE_H - 16.5 * mm, f"{job.form.title.zh}　{job.form.paper_code or ''}")
    c.setStrokeColor(colors.HexColor("#888888"))
    c.line(MARGIN, PAGE_H - 18 * mm, PAGE_W - MARGIN, PAGE_H - 18 * mm)


def _draft_mark(c: pdfcanvas.Canvas) -> None:
    c.setFont(MAIN, 9)
    c.setFillColor(colors.HexColor("#c92a2a"))
    c.drawCentredString(
        PAGE_W / 2, PAGE_H - 21.5 * mm, "草稿 DRAFT：本表未通过校验，不能作为正式档案 / fails validation"
    )
    c.setFont(MAIN, 48)
    c.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.18))
    c.translate(PAGE_W / 2, PAGE_H / 2)
    c.rotate(35)
    c.drawCentredString(0, 0, "草稿 DRAFT 未通过校验")
    c.rotate(-35)
    c.translate(-PAGE_W / 2, -PAGE_H / 2)

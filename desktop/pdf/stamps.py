"""The state stamp on every page of a record that is not approved (草稿 / 待审批 / 已退回 / 已作废): a red box at
the foot of the page saying what the paper is, and the state written large and faint across the page, so that a
copy filed by mistake is recognised at a glance. Approved records and blank forms print clean."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.pdf.fonts import MAIN
from desktop.pdf.jobs import PrintJob

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
RED = colors.HexColor("#c92a2a")

# state -> (the stamp's word, what it means for the paper)
STAMPS = {
    "draft": ("草稿", "未经审批，不作正式档案"),
    "submitted": ("待审批", "尚未批准，不作正式档案"),
    "returned": ("已退回", "须修改后重新提交"),
    "void": ("已作废", "不作档案"),
}


def stamp_text(state: str | None) -> tuple[str, str] | None:
    """(word, meaning) stamped for a record in ``state``; None for an approved record or a blank form."""
    return STAMPS.get(state or "")


def draw_state_stamp(c: Canvas, job: PrintJob) -> None:
    """Draw ``job``'s state stamp on the page ``c`` holds (nothing when it prints clean)."""
    stamp = stamp_text(job.state)
    if stamp is None:
        return
    word, meaning = stamp
    c.saveState()
    # Left of the footer's page number, below the body: as wide as its words.
    width = c.stringWidth(word, MAIN, 11) + c.stringWidth(meaning, MAIN, 7.5) + 6 * mm
    height, bottom = 7 * mm, 8 * mm
    c.setStrokeColor(RED)
    c.setFillColor(RED)
    c.setLineWidth(1.2)
    c.rect(MARGIN, bottom, width, height, stroke=1, fill=0)
    c.setFont(MAIN, 11)
    c.drawString(MARGIN + 2 * mm, bottom + 2.2 * mm, word)
    c.setFont(MAIN, 7.5)
    c.drawString(MARGIN + 2 * mm + c.stringWidth(word, MAIN, 11) + 2 * mm, bottom + 2.5 * mm, meaning)
    if not job.draft:  # a record failing validation has its own mark across the page already
        c.setFont(MAIN, 72)
        c.setFillColor(colors.Color(0.79, 0.16, 0.16, alpha=0.12))
        c.translate(PAGE_W / 2, PAGE_H / 2 - 40 * mm)
        c.rotate(35)
        c.drawCentredString(0, 0, word)
    c.restoreState()

"""Drawing any form definition and record as A4 pages: header with agency, station and number on every
page, page x/y, fields as label and value (blank lines where nothing was written), tables that flow
across pages with their header repeated, the reviewers' decisions, signature blocks, a QR code for
verification, and a DRAFT mark on a record that does not pass validation."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.forms.schema import FieldDef, FieldType
from desktop.pdf.fonts import MAIN, markup, register_fonts
from desktop.pdf.jobs import PrintJob
from desktop.pdf.stamps import draw_state_stamp

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
TOP = 26 * mm  # room for the running header
BOTTOM = 18 * mm
BODY_W = PAGE_W - 2 * MARGIN
BLANK = "＿" * 14
CHOICE_BOXES = 6  # up to this many options print as tick boxes, like the paper form


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName=MAIN, fontSize=10, leading=14, wordWrap="CJK")
    return {
        "base": base,
        "label": ParagraphStyle("label", parent=base, textColor=colors.HexColor("#333333")),
        "title": ParagraphStyle("title", parent=base, fontSize=17, leading=22, alignment=TA_CENTER),
        "section": ParagraphStyle("section", parent=base, fontSize=11, leading=15, textColor=colors.white),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "note": ParagraphStyle("note", parent=base, fontSize=9.5, leading=14),
    }


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
    """A form's pages: the header and footer of ``decorate``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._casedesk_job: PrintJob | None = None

    def decorate_page(self, number: int, total: int) -> None:
        decorate(self, number, total, self._casedesk_job)


def decorate(c: pdfcanvas.Canvas, page: int, total: int, job: PrintJob | None) -> None:
    c.saveState()
    c.setFont(MAIN, 8.5)
    c.setFillColor(colors.HexColor("#444444"))
    if job is not None:
        left = f"{job.agency}　{job.station}"
        number = f"编号 No.：{job.number}" if job.number else "编号 No.：待定（尚未编号）" if job.numbered else ""
        c.drawString(MARGIN, PAGE_H - 14 * mm, left)
        c.drawRightString(PAGE_W - MARGIN, PAGE_H - 14 * mm, number)
        c.drawString(MARGIN, PAGE_H - 18.5 * mm, f"{job.form.title.zh}　{job.form.paper_code or ''}")
        c.setStrokeColor(colors.HexColor("#888888"))
        c.line(MARGIN, PAGE_H - 20 * mm, PAGE_W - MARGIN, PAGE_H - 20 * mm)
        if job.draft:
            c.setFont(MAIN, 9)
            c.setFillColor(colors.HexColor("#c92a2a"))
            c.drawCentredString(
                PAGE_W / 2, PAGE_H - 24 * mm, "草稿 DRAFT：本表未通过校验，不能作为正式档案 / fails validation"
            )
            c.setFont(MAIN, 48)
            c.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.18))
            c.translate(PAGE_W / 2, PAGE_H / 2)
            c.rotate(35)
            c.drawCentredString(0, 0, "草稿 DRAFT 未通过校验")
            c.rotate(-35)
            c.translate(-PAGE_W / 2, -PAGE_H / 2)
            c.setFillColor(colors.HexColor("#444444"))
        draw_state_stamp(c, job)
    c.setFont(MAIN, 8.5)
    c.drawCentredString(PAGE_W / 2, 10 * mm, f"第 {page} 页 / 共 {total} 页　Page {page} of {total}")
    c.drawRightString(PAGE_W - MARGIN, 10 * mm, "CaseDesk 社工个案桌面")
    c.restoreState()


# -- values as print text --------------------------------------------------------------------------
def value_text(f: FieldDef, value: Any, job: PrintJob) -> str | None:
    """The printed form of a stored value, or None when nothing was written."""
    if value is None or value == "" or value == []:
        return None
    if f.type in (FieldType.CHOICE, FieldType.MULTI_CHOICE):
        chosen = set(value) if isinstance(value, list) else {value}
        if len(f.options) <= CHOICE_BOXES:
            return "　".join(("■" if o.value in chosen else "□") + o.label.zh for o in f.options)
        return "、".join(f.option_label(v) for v in (value if isinstance(value, list) else [value]))
    if f.type is FieldType.YES_NO:
        return "■是　□否" if value is True else "□是　■否" if value is False else str(value)
    if f.type is FieldType.RATING:
        low, high = int(f.min or 0), int(f.max if f.max is not None else 5)
        return f"{value}（{low}–{high}）"
    if f.type is FieldType.MONEY:
        return f"¥{value}"
    if f.type is FieldType.ATTACHMENT:
        return "、".join(job.attachment_names.get(v, "附件") for v in value)
    if f.type is FieldType.SIGNATURE:
        return value.get("name") if isinstance(value, dict) else None
    text = str(value)
    if f.unit:
        text += f" {f.unit.zh}"
    return text


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """Every table's cells in the embedded font (ReportLab's default would reference Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), MAIN), *commands])


def _para(text: str | None, style: ParagraphStyle, blank: str = BLANK) -> Paragraph:
    return Paragraph(markup(text) if text else blank, style)


def _label(f: FieldDef, st: dict[str, ParagraphStyle]) -> Paragraph:
    return Paragraph(
        markup(f.label.zh) + f'<br/><font size="7" color="#777777">{markup(f.label.en)}</font>', st["label"]
    )


GRID = table_style(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f3f4f6")),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
)


def _field_table(rows: list[list[Any]]) -> Table:
    table = Table(rows, colWidths=[BODY_W * 0.3, BODY_W * 0.7])
    table.setStyle(GRID)
    return table


def _repeating_table(f: FieldDef, rows: list[dict[str, Any]], job: PrintJob, st: dict[str, ParagraphStyle]) -> Table:
    header = [Paragraph(markup(c.label.zh), st["small"]) for c in f.columns]
    body = [[_para(value_text(c, row.get(c.id), job), st["small"], blank="") for c in f.columns] for row in rows]
    while len(body) < 3:  # blank rows to fill by hand
        body.append([Paragraph("", st["small"]) for _ in f.columns])
    width = BODY_W / len(f.columns)
    table = Table([header, *body], colWidths=[width] * len(f.columns), repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e5e7eb")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _section_bar(title: str, st: dict[str, ParagraphStyle]) -> Table:
    bar = Table([[Paragraph(markup(title), st["section"])]], colWidths=[BODY_W])
    bar.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#4b5563"))]))
    return bar


class QrFlowable(Flowable):
    """A QR code drawn module by module on the canvas (no fonts involved), with a quiet zone."""

    def __init__(self, text: str, size: float = 24 * mm) -> None:
        super().__init__()
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(text)
        code.make()
        count = code.getModuleCount()
        self.dark = [(r, c) for r in range(count) for c in range(count) if code.isDark(r, c)]
        self.count, self.size = count, size

    def wrap(self, *_: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        cell = self.size / (self.count + 8)  # four modules of white around it
        self.canv.setFillColor(colors.black)
        for r, c in self.dark:
            self.canv.rect((c + 4) * cell, self.size - (r + 5) * cell, cell, cell, stroke=0, fill=1)


def form_flowables(job: PrintJob) -> list[Flowable]:
    """Everything one form prints, in order; the caller adds a page break between forms."""
    st = styles()
    flow: list[Flowable] = [FormMarker(job)]
    title = [
        Paragraph(markup(job.form.title.zh), st["title"]),
        Paragraph(markup(job.form.title.en), ParagraphStyle("sub", parent=st["small"], alignment=TA_CENTER)),
    ]
    if job.qr_text:
        head = Table([[title, QrFlowable(job.qr_text)]], colWidths=[BODY_W - 28 * mm, 28 * mm])
        head.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        flow.append(head)
    else:
        flow.extend(title)
    flow.append(Spacer(1, 4 * mm))
    for section in job.form.sections:
        fields = [f for f in section.fields if job.visible is None or f.id in job.visible or not f.holds_value]
        if not fields:
            continue
        flow.append(_section_bar(f"{section.title.zh}　{section.title.en}", st))
        rows: list[list[Any]] = []
        for f in fields:
            if f.type in (FieldType.TABLE, FieldType.LONG_TEXT, FieldType.NOTE):
                if rows:
                    flow.append(_field_table(rows))
                    rows = []
                if f.type is FieldType.NOTE:
                    flow.append(Paragraph(markup(f.text.zh if f.text else ""), st["note"]))
                elif f.type is FieldType.TABLE:
                    flow.append(Paragraph(markup(f.label.zh) + "　" + markup(f.label.en), st["label"]))
                    flow.append(_repeating_table(f, job.content.get(f.id) or [], job, st))
                else:  # long text flows across pages in its own paragraph, under a full-width label
                    label = Table([[_label(f, st)]], colWidths=[BODY_W])
                    label.setStyle(GRID)
                    flow.append(label)
                    text = value_text(f, job.content.get(f.id), job)
                    flow.append(_para(text, st["base"], blank=(BLANK * 3 + "<br/>") * 3))
                flow.append(Spacer(1, 2 * mm))
                continue
            rows.append([_label(f, st), _para(value_text(f, job.content.get(f.id), job), st["base"])])
        if rows:
            flow.append(_field_table(rows))
        flow.append(Spacer(1, 3 * mm))
    flow.extend(_review_block(job, st))
    flow.extend(_signature_block(job, st))
    return flow


def _review_block(job: PrintJob, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not job.form.approval and not job.reviews:
        return []
    rows = [
        [
            Paragraph(h, st["small"])
            for h in ("审批人 Reviewer", "姓名 Name", "结果 Decision", "意见 Opinion", "日期 Date")
        ]
    ]
    for line in job.reviews:
        rows.append(
            [
                _para(line.role, st["small"]),
                _para(line.name, st["small"], ""),
                _para(line.outcome, st["small"], ""),
                _para(line.opinion, st["small"], BLANK * 2),
                _para(line.date, st["small"], ""),
            ]
        )
    table = Table(rows, colWidths=[BODY_W * w for w in (0.17, 0.15, 0.12, 0.4, 0.16)], repeatRows=1)
    table.setStyle(GRID)
    return [KeepTogether([_section_bar("审批意见　Review", st), table]), Spacer(1, 3 * mm)]


def _signature_block(job: PrintJob, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not job.form.signers:
        return []
    cells = []
    for signer in job.form.signers:
        mark = job.signatures.get(signer.id)
        if mark is not None and mark.image is not None and not mark.void:
            signature: Flowable = Image(io.BytesIO(mark.image), width=38 * mm, height=14 * mm, kind="proportional")
        elif mark is not None and mark.void:
            signature = Paragraph("（签名已失效：签名后内容有修改）<br/>(void: changed after signing)", st["small"])
        else:
            signature = Paragraph(BLANK, st["base"])
        name = mark.name if mark else ""
        date = mark.date if mark and not mark.void else ""
        cells.append(
            [
                Paragraph(markup(signer.label.zh) + "：", st["label"]),
                signature,
                _para(f"日期：{date}" if date else None, st["small"], "日期：" + "＿" * 8),
                _para(name, st["small"], ""),
            ]
        )
    table = Table(cells, colWidths=[BODY_W * 0.28, BODY_W * 0.36, BODY_W * 0.2, BODY_W * 0.16])
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 8)]))
    return [KeepTogether([_section_bar("签署　Signatures", st), table])]


def render(jobs: Sequence[PrintJob], out: Path | BinaryIO, cover: list[Flowable] | None = None) -> None:
    """Write one PDF: an optional cover, then each form starting on a new page."""
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
        story.extend(form_flowables(job))
    doc.build(story, canvasmaker=NumberedCanvas)

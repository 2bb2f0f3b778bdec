"""A whole form laid out from its definition: title (and QR), then each section under its bar: short fields
packed in rows, notes as paragraphs, long texts in ruled boxes, tables as grids, scores as tick grids; then
the reviewers' frames (frames.py) and the signatures."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from desktop.forms.schema import FieldDef, FieldType, Section
from desktop.pdf.fonts import MAIN, markup
from desktop.pdf.jobs import PrintJob
from desktop.pdf.layout.blocks import section_bar, signature_block
from desktop.pdf.layout.boxes import writing_box
from desktop.pdf.layout.fields import field_rows, label_text
from desktop.pdf.layout.frames import review_frames
from desktop.pdf.layout.marks import QrFlowable
from desktop.pdf.layout.opinions import opinion_table
from desktop.pdf.layout.page import BODY_W, FormMarker, styles, table_style
from desktop.pdf.layout.scales import rating_grid
from desktop.pdf.layout.tables import table_flowable
from desktop.pdf.layout.values import is_blank, value_text

SHORT = "short"
KEEP = 30 * mm  # a section bar or a table's caption starts a new page rather than stand in less than this


def _kind(f: FieldDef, job: PrintJob, blank_form: bool) -> str:
    """How a field prints: in a row of short fields, a ruled box, a table, a note or a tick grid. A long text
    of a filled record prints in a row when it fits one line (or is empty: a line to write on)."""
    if f.type is FieldType.LONG_TEXT and not blank_form:
        text = value_text(f, job.content.get(f.id), job) or ""
        fits = "\n" not in text and stringWidth(f.label.zh + text, MAIN, 10) < BODY_W * 0.8
        return SHORT if fits else f.type.value
    if f.type in (FieldType.TABLE, FieldType.LONG_TEXT, FieldType.NOTE, FieldType.RATING):
        return f.type.value
    return SHORT


def runs(fields: list[FieldDef], job: PrintJob) -> Iterator[tuple[str, list[FieldDef]]]:
    """Consecutive fields of one kind (short fields, scores) grouped; the others one by one."""
    blank_form = is_blank(job)
    kind, run = "", []  # type: str, list[FieldDef]
    for f in fields:
        this = _kind(f, job, blank_form)
        if run and (this != kind or kind not in (SHORT, FieldType.RATING.value)):
            yield kind, run
            run = []
        kind = this
        run.append(f)
    if run:
        yield kind, run


def _title(job: PrintJob, english: bool) -> list[Flowable]:
    st = styles()
    title: list[Flowable] = [Paragraph(markup(job.form.title.zh), st["title"])]
    if english:
        title.append(Paragraph(markup(job.form.title.en), st["subtitle"]))
    if not job.qr_text:
        return [*title, Spacer(1, 3 * mm)]
    qr = 16 * mm
    head = Table([["", title, QrFlowable(job.qr_text, qr)]], colWidths=[qr, BODY_W - 2 * qr, qr])
    head.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return [head]


def _run(kind: str, fields: list[FieldDef], job: PrintJob, english: bool, alone: bool) -> list[Flowable]:
    """The flowables of a run of fields; a table alone in its section goes without a caption (the bar names it)."""
    st = styles()
    if kind == SHORT:
        return field_rows(fields, job, english)
    if kind == FieldType.RATING.value:
        return rating_grid(fields, job)
    f = fields[0]
    if f.type is FieldType.NOTE:
        return [Paragraph(markup(f.text.zh if f.text else ""), st["note"])]
    if f.type is FieldType.LONG_TEXT:
        return [writing_box(f, value_text(f, job.content.get(f.id), job), is_blank(job))]
    if alone:
        return [table_flowable(f, job)]
    caption = Paragraph(label_text(f, english) + "：", st["caption"])
    return [CondPageBreak(KEEP - 8 * mm), caption, table_flowable(f, job)]


def section_flowables(section: Section, job: PrintJob, english: bool) -> list[Flowable]:
    fields = [f for f in section.fields if job.visible is None or f.id in job.visible or not f.holds_value]
    if not fields:
        return []
    title = section.title.zh + (f"　{section.title.en}" if english else "")
    body: list[Flowable] = opinion_table(section, fields, job) if section.opinion_column else []
    for kind, run in [] if section.opinion_column else runs(fields, job):
        body += _run(kind, run, job, english, alone=len(fields) == 1)
    return [CondPageBreak(KEEP), section_bar(title), *body, Spacer(1, 1.5 * mm)]


def form_flowables(job: PrintJob, english: bool = False) -> list[Flowable]:
    """Everything one form prints, in order; the caller adds a page break between forms."""
    flow: list[Flowable] = [FormMarker(job), *_title(job, english)]
    for section in job.form.sections:
        flow += section_flowables(section, job, english)
    flow += review_frames(job)
    flow += signature_block(job)
    return flow

"""A stored value as print: plain text for cells and short fields, drawn option boxes for a choice whose
options fit on the paper, the leading mark of a coded option (○ for "○ 出席") inside a grid."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from desktop.forms.schema import FieldDef, FieldType, Option
from desktop.pdf.fonts import markup
from desktop.pdf.jobs import PrintJob
from desktop.pdf.layout.marks import ChoiceLine

CHOICE_BOXES = 8  # up to this many options print as tick boxes, like the paper form


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def is_blank(job: PrintJob) -> bool:
    """Nothing typed: every value empty, carried or computed (a blank form to fill by hand)."""
    return all(f.read_only or is_empty(job.content.get(f.id)) for f in job.form.value_fields)


def money_text(value: Any) -> str:
    try:
        return f"{Decimal(str(value)):,.2f}"
    except (InvalidOperation, ValueError):
        return str(value)


def option_mark(option: Option) -> str | None:
    """The mark a coded option leads with ("○ 出席" → "○"), or None."""
    head, _, rest = option.label.zh.partition(" ")
    ideograph = "\u4e00" <= head <= "\u9fff"
    return head if rest and len(head) == 1 and not ideograph and not (head.isascii() and head.isalnum()) else None


def value_text(f: FieldDef, value: Any, job: PrintJob, in_grid: bool = False) -> str | None:
    """The printed form of a stored value, or None when nothing was written."""
    if is_empty(value):
        return None
    if f.type in (FieldType.CHOICE, FieldType.MULTI_CHOICE):
        chosen = value if isinstance(value, list) else [value]
        marks = [option_mark(o) for o in f.options]
        if in_grid and all(marks):
            by_value = {o.value: m for o, m in zip(f.options, marks, strict=True)}
            return " ".join(by_value.get(v) or f.option_label(v) for v in chosen)
        return "、".join(f.option_label(v) for v in chosen)
    if f.type is FieldType.YES_NO:
        return "是" if value is True else "否" if value is False else str(value)
    if f.type is FieldType.MONEY:
        return money_text(value) if in_grid else f"{money_text(value)} {f.unit.zh if f.unit else '元'}"
    if f.type is FieldType.ATTACHMENT:
        return "、".join(job.attachment_names.get(v, "附件") for v in value)
    if f.type is FieldType.SIGNATURE:
        return value.get("name") if isinstance(value, dict) else None
    if f.type is FieldType.NUMBER and f.decimals and not isinstance(value, str):
        value = f"{Decimal(str(value)):.{f.decimals}f}"
    text = str(value)
    if f.unit and not in_grid:
        text += f" {f.unit.zh}"
    return text


def boxed_options(f: FieldDef, value: Any) -> list[tuple[str, bool]] | None:
    """(label, ticked) for a choice or yes/no printed as boxes; None when it prints as text."""
    if f.type is FieldType.YES_NO:
        return [("是", value is True), ("否", value is False)]
    if f.type in (FieldType.CHOICE, FieldType.MULTI_CHOICE) and len(f.options) <= CHOICE_BOXES:
        chosen = set(value) if isinstance(value, list) else {value}
        return [(o.label.zh, o.value in chosen) for o in f.options]
    return None


def value_flowable(f: FieldDef, value: Any, job: PrintJob, style: ParagraphStyle) -> Flowable:
    """What a short field's value cell holds: drawn boxes for a choice, else its text (blank: nothing)."""
    boxes = boxed_options(f, value)
    if boxes is not None and not f.read_only:
        return ChoiceLine(boxes, size=style.fontSize - 0.5, leading=style.leading)
    text = value_text(f, value, job)
    return Paragraph(markup(text) if text else "", style)

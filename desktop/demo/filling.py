"""Filling a demo form: a plausible value for a field nobody described by hand, every required field still
empty given one, and a scribble standing in for a signature. The tests fill their forms with these too."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.forms.compute import expression_names
from desktop.forms.schema import FieldDef, FieldType
from desktop.forms.validation import visible_fields
from desktop.workspace import Desk
from desktop.workspace.record_ops import RecordView

DEMO_DAY = dt.date(2026, 11, 16)


def sample_value(f: FieldDef, today: dt.date = DEMO_DAY) -> Any:
    """A plausible value for a field nobody described by hand."""
    if f.type is FieldType.TABLE:
        return [{c.id: sample_value(c, today) for c in f.columns if not c.read_only}]
    if f.pattern and f.type is FieldType.TEXT:  # a value the pattern accepts: an ID number or a phone
        return "11010519491231002X" if "{17}" in f.pattern else "13800000000"
    if f.type in (FieldType.CHOICE, FieldType.MULTI_CHOICE):
        first = f.options[0].value if f.options else None
        return [first] if f.type is FieldType.MULTI_CHOICE else first
    return {
        FieldType.TEXT: "已填写",
        FieldType.LONG_TEXT: "详见面谈记录。",
        FieldType.DATE: today.isoformat(),
        FieldType.TIME: "09:30",
        FieldType.NUMBER: max(int(f.min or 0), 5),
        FieldType.MONEY: "0.00",
        FieldType.YES_NO: True,
        FieldType.RATING: int(f.max or 5) - 1,
    }.get(f.type)


def demo_signature(seed: int = 1) -> bytes:
    """A hand-like scribble as a PNG, standing in for what the signature pad captures."""
    import io
    import math

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (320, 110), "white")
    points = [(20 + x * 3, 60 + 25 * math.sin(x / (6 + seed)) * math.cos(x / 17)) for x in range(95)]
    ImageDraw.Draw(image).line(points, fill="black", width=3)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def complete_required(desk: Desk, record: RecordView, content: dict[str, Any]) -> dict[str, Any]:
    """``content`` with every required visible field that is still empty given a plausible value."""
    form = desk.registry.get(record.form_id)
    content = {**record.content, **content}
    for _ in range(4):  # answering one field can show another
        for f in visible_fields(form, expression_names(form, content)):
            if f.required and not f.compute and content.get(f.id) in (None, "", []):
                content[f.id] = sample_value(f)
        content = desk.validate_record(record.id, content).content
    return content

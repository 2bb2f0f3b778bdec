"""What changed between two versions of a form, field by field, in the form's own words: what a
reviewer reads before deciding on a resubmitted form, and what a conflict shows side by side."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.forms.schema import FieldDef, FieldType, FormDef


@dataclass(frozen=True)
class FieldChange:
    field_id: str
    label: str
    before: str
    after: str


def display(field: FieldDef, value: Any, lang: str = "zh") -> str:
    """A value as a person reads it: option labels, yes/no, table rows one per line."""
    if value is None or value == "" or value == []:
        return "—"
    if field.type is FieldType.TABLE and isinstance(value, list):
        lines = []
        for row in value:
            if isinstance(row, dict):
                lines.append("；".join(display(c, row.get(c.id), lang) for c in field.columns))
        return "\n".join(lines)
    if isinstance(value, bool):
        return ("是" if value else "否") if lang == "zh" else ("yes" if value else "no")
    if isinstance(value, list):
        return "、".join(field.option_label(str(v), lang) for v in value)
    if field.options:
        return field.option_label(str(value), lang)
    return str(value)


def diff(form: FormDef, before: dict[str, Any] | None, after: dict[str, Any], lang: str = "zh") -> list[FieldChange]:
    """Every value field whose value differs, in the form's order. ``before`` None: a first submission,
    every filled field listed as new."""
    before = before or {}
    changes = []
    for field in form.value_fields:
        old, new = before.get(field.id), after.get(field.id)
        if old == new:
            continue
        changes.append(
            FieldChange(field.id, field.label.get(lang), display(field, old, lang), display(field, new, lang))
        )
    return changes

"""The pieces of a personal-information report (个人信息报告) as plain data: a form record's content under
its fields' labels (from the form definitions), the rows of a group's tables that are the person's own,
and values in words. The Desk decides what goes in (``privacy_ops``); the PDF and the JSON export are
made from what these return, so the two never say different things."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from desktop.forms.registry import Registry
from desktop.forms.schema import FieldDef, FieldType, FormDef

FORMAT = "casedesk-personal-report"
VERSION = 1
# What a transfer says in short (the whole form is in the case's records too).
TRANSFER_FIELDS = ("transfer_date", "scope", "to_agency", "to_worker", "reason_type", "client_consent", "reply",
                   "reply_date", "reply_within_deadline", "outcome")  # fmt: skip


def when(value: Any) -> str | None:
    """Dates and times as a person reads them (seconds, no microseconds)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def words(f: FieldDef, value: Any, files: Mapping[str, str]) -> Any:
    """A stored value in words: choices by their labels, yes/no, a signature's name, attachments by file
    name; a table as a list of rows, each a list of (label, words) pairs."""
    if value is None or value == "" or value == []:
        return None
    if f.type is FieldType.TABLE:
        rows = value if isinstance(value, list) else []
        out = []
        for row in rows:
            if not isinstance(row, dict):
                continue
            cells = [
                {"label_zh": c.label.zh, "label_en": c.label.en, "value": words(c, row.get(c.id), files)}
                for c in f.columns
            ]
            out.append([c for c in cells if c["value"] is not None])
        return out
    if f.type in (FieldType.CHOICE, FieldType.MULTI_CHOICE):
        values = value if isinstance(value, list) else [value]
        return "、".join(f.option_label(str(v)) for v in values)
    if f.type is FieldType.YES_NO:
        return "是" if value is True else "否" if value is False else str(value)
    if f.type is FieldType.SIGNATURE:
        return value.get("name") if isinstance(value, dict) else str(value)
    if f.type is FieldType.ATTACHMENT:
        return "、".join(files.get(str(v), "附件") for v in (value if isinstance(value, list) else [value]))
    if isinstance(value, dict | list):
        return str(value)
    text = str(value)
    return f"{text} {f.unit.zh}" if f.unit else text


def fields(form: FormDef | None, content: Mapping[str, Any], files: Mapping[str, str]) -> list[dict[str, Any]]:
    """Every value the record holds, under its section and label, in the form's order; a value whose
    field the definition no longer has is kept under its stored name (nothing held is left out)."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    if form is not None:
        for section in form.sections:
            for f in section.fields:
                seen.add(f.id)
                if not f.holds_value:
                    continue
                value = words(f, content.get(f.id), files)
                if value is None:
                    continue
                out.append(
                    {
                        "section": section.title.zh,
                        "label_zh": f.label.zh,
                        "label_en": f.label.en,
                        "value": value,
                    }
                )
    for key in sorted(set(content) - seen):
        value = content[key]
        if value not in (None, "", []):
            out.append({"section": "", "label_zh": key, "label_en": key, "value": str(value)})
    return out


def is_person(
    row: Mapping[str, Any],
    client_id: uuid.UUID,
    name: str,
    phone: str | None,
    columns: tuple[str, str] = ("name", "phone"),
) -> bool:
    """A row of a group's table (registration, roll) that is this person: linked to the client, or the
    same name (and phone, where both are written) for people registered by name only. ``columns`` are the
    name and phone columns the form declares (``participant_name``, ``participant_phone``)."""
    if row.get("client_id") == str(client_id):
        return True
    if row.get(columns[0]) != name:
        return False
    written = row.get(columns[1])
    return not phone or not written or written == phone


def own_rows(
    form: FormDef | None, content: Mapping[str, Any], client_id: uuid.UUID, name: str, phone: str | None
) -> list[dict[str, Any]]:
    """From a group's form, only this person's rows of its tables: a registration or a roll lists other
    people, who are no part of this person's report."""
    if form is None:
        return []
    out = []
    columns = (form.field_for("participant_name") or "name", form.field_for("participant_phone") or "phone")
    for f in form.fields:
        if f.type is not FieldType.TABLE:
            continue
        rows = content.get(f.id) or []
        mine = [r for r in rows if isinstance(r, dict) and is_person(r, client_id, name, phone, columns)]
        if mine:
            out.append({"label_zh": f.label.zh, "label_en": f.label.en, "value": words(f, mine, {})})
    return out


def form_title(registry: Registry, form_id: str) -> tuple[str, str]:
    if form_id in registry:
        title = registry.get(form_id).title
        return title.zh, title.en
    return form_id, form_id

"""How each field type stores its value, reads it back for expressions, and checks one value.

Stored values are plain JSON so that a revision hashes the same everywhere: text as str, dates as
"YYYY-MM-DD", times as "HH:MM", numbers as int (or a decimal string when ``decimals`` > 0), money as
a string with two decimals, choices as option values, yes/no as bool, tables as lists of row dicts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.forms.expressions import TableValue
from desktop.forms.schema import FieldDef, FieldType

TWO_PLACES = Decimal("0.01")


@dataclass
class ValueProblem:
    """One problem with one value: a message code and its parameters."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _to_decimal(raw: Any) -> Decimal | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, Decimal):
        return raw
    try:
        number = Decimal(str(raw).strip().replace(",", "").replace("，", ""))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def parse_date(raw: Any) -> dt.date | None:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    match = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", text) or re.fullmatch(
        r"(\d{4})年(\d{1,2})月(\d{1,2})日?", text
    )
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def parse_time(raw: Any) -> dt.time | None:
    if isinstance(raw, dt.time):
        return raw
    if not isinstance(raw, str):
        return None
    match = re.fullmatch(r"(\d{1,2})[:：](\d{2})", raw.strip())
    if not match:
        return None
    hour, minute = map(int, match.groups())
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def normalize(f: FieldDef, raw: Any) -> tuple[Any, ValueProblem | None]:
    """The stored form of ``raw`` for field ``f``, or the problem that stops it being stored.

    An empty input becomes None (or [] for lists); type problems keep the raw value so that
    nothing typed is lost while the worker corrects it.
    """
    if f.type is FieldType.TABLE:
        return _normalize_table(f, raw)
    if is_empty(raw):
        return ([] if f.type in (FieldType.MULTI_CHOICE, FieldType.ATTACHMENT) else None), None
    handler = _NORMALIZERS.get(f.type)
    if handler is None:
        return raw, None
    return handler(f, raw)


def _text(f: FieldDef, raw: Any) -> tuple[Any, ValueProblem | None]:
    if not isinstance(raw, str):
        raw = str(raw)
    value = raw.strip() if f.type is FieldType.TEXT else raw.rstrip()
    return value or None, None


def _date(f: FieldDef, raw: Any) -> tuple[Any, ValueProblem | None]:
    date = parse_date(raw)
    if date is None:
        return raw, ValueProblem("F005")
    return date.isoformat(), None


def _time(f: FieldDef, raw: Any) -> tuple[Any, ValueProblem | None]:
    time = parse_time(raw)
    if time is None:
        return raw, ValueProblem("F006")
    return time.strftime("%H:%M"), None


def _number(f: FieldDef, raw: Any) -> tuple[Any, ValueProblem | None]:
    number = _to_decimal(raw)
    if number is None:
        return raw, ValueProblem("F002")
    if f.decimals == 0:
        if number != number.to_integral_value():
            return raw, ValueProblem("F002")
        return int(number), None
    return str(number.quantize(Decimal(1).scaleb(-f.decimals))), None


def _money(f: FieldDef, raw: Any) -> tuple[Any, ValueProblem | None]:
    number = _to_decimal(str(raw).replace("¥", "").replace("元", "") if isinstance(raw, str) else raw)
    exponent = number.as_tuple().exponent if number is not None else 0
    if number is None or not isinstance(exponent, int) or exponent < -2:  # not finite, or finer than a fen
        return raw, ValueProblem("F012")
    return str(number.quantize(TWO_PLACES)), None


def _choice(f: FieldDef, raw: Any) -> tuple[Any, ValueProblem | None]:
    values = {o.value for o in f.options}
    if raw in values:
        return raw, None
    by_label = {o.label.zh: o.value for o in f.options} | {o.label.en: o.value for o in f.options}
    if raw in by_label:
        return by_label[raw], None
    return raw, ValueProblem("F007", {"value": raw})


def _multi(f: FieldDef, raw: Any) -> tuple[Any, ValueProblem | None]:
    items = raw if isinstance(raw, list) else [raw]
    chosen = []
    for item in items:
        value, problem = _choice(f, item)
        if problem:
            return raw, problem
        chosen.append(value)
    order = [o.value for o in f.options]
    return sorted(set(chosen), key=order.index), None


def _yes_no(f: FieldDef, raw: Any) -> tuple[Any, ValueProblem | None]:
    if isinstance(raw, bool):
        return raw, None
    text = str(raw).strip().lower()
    if text in {"是", "yes", "y", "true", "1", "有"}:
        return True, None
    if text in {"否", "no", "n", "false", "0", "无"}:
        return False, None
    return raw, ValueProblem("F015")


def _rating(f: FieldDef, raw: Any) -> tuple[Any, ValueProblem | None]:
    number = _to_decimal(raw)
    low, high = int(f.min if f.min is not None else 0), int(f.max if f.max is not None else 5)
    if number is None or number != number.to_integral_value() or not low <= number <= high:
        return raw, ValueProblem("F013", {"min": low, "max": high})
    return int(number), None


def _signature(f: FieldDef, raw: Any) -> tuple[Any, ValueProblem | None]:
    # A captured signature: who signed, when, and the image kept as an attachment.
    if isinstance(raw, dict) and isinstance(raw.get("name"), str) and raw.get("name"):
        allowed = {"name", "signed_at", "attachment", "revision_hash"}
        if set(raw) <= allowed:
            return dict(raw), None
    return raw, ValueProblem("F016")


def _attachment(f: FieldDef, raw: Any) -> tuple[Any, ValueProblem | None]:
    items = raw if isinstance(raw, list) else [raw]
    if all(isinstance(i, str) and re.fullmatch(r"[0-9a-f-]{32,36}", i) for i in items):
        return list(items), None
    return raw, ValueProblem("F016")


_NORMALIZERS = {
    FieldType.TEXT: _text,
    FieldType.LONG_TEXT: _text,
    FieldType.DATE: _date,
    FieldType.TIME: _time,
    FieldType.NUMBER: _number,
    FieldType.MONEY: _money,
    FieldType.CHOICE: _choice,
    FieldType.MULTI_CHOICE: _multi,
    FieldType.YES_NO: _yes_no,
    FieldType.RATING: _rating,
    FieldType.SIGNATURE: _signature,
    FieldType.ATTACHMENT: _attachment,
}


def _normalize_table(f: FieldDef, raw: Any) -> tuple[Any, ValueProblem | None]:
    if is_empty(raw):
        return [], None
    if not isinstance(raw, list) or not all(isinstance(r, dict) for r in raw):
        return raw, ValueProblem("F016")
    rows = []
    for row in raw:
        clean = {}
        for column in f.columns:
            value, _ = normalize(column, row.get(column.id))
            clean[column.id] = value
        # Keep cells of columns a newer definition dropped: nothing typed is thrown away.
        clean.update({k: v for k, v in row.items() if k not in clean})
        rows.append(clean)
    return rows, None


def to_expression(f: FieldDef, stored: Any) -> Any:
    """The value an expression sees: Decimal for numbers, date/time objects, TableValue for tables.
    A value that fails its type's check counts as missing, so a wrong entry never enters a total."""
    if f.type is not FieldType.TABLE and not is_empty(stored):
        stored, problem = normalize(f, stored)
        if problem:
            stored = None
    if is_empty(stored):
        if f.type is FieldType.TABLE:
            return TableValue([])
        return [] if f.type is FieldType.MULTI_CHOICE else None
    if f.type in (FieldType.NUMBER, FieldType.MONEY, FieldType.RATING):
        return _to_decimal(stored)
    if f.type is FieldType.DATE:
        return parse_date(stored)
    if f.type is FieldType.TIME:
        return parse_time(stored)
    if f.type is FieldType.TABLE:
        rows = [{c.id: to_expression(c, row.get(c.id)) for c in f.columns} for row in stored]
        return TableValue(rows)
    return stored


def from_expression(f: FieldDef, result: Any) -> Any:
    """Store a computed result in the field's own stored form (None when it cannot be)."""
    if result is None:
        return None
    if isinstance(result, TableValue):
        return None
    if isinstance(result, dt.date):
        result = result.isoformat()
    value, problem = normalize(f, result if not isinstance(result, Decimal) else _plain(result, f))
    return None if problem else value


def _plain(number: Decimal, f: FieldDef) -> str:
    if f.type is FieldType.MONEY:
        return str(number.quantize(TWO_PLACES))
    if f.type is FieldType.NUMBER and f.decimals == 0:
        return str(number.quantize(Decimal(1)))
    if f.type is FieldType.NUMBER:
        return str(number.quantize(Decimal(1).scaleb(-f.decimals)))
    return str(number)

"""Validation of a record's content against its form: a report whose errors block submission and
whose warnings are shown but do not. Each issue has a code, the field it belongs to, and a message
in both languages."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from desktop.errors import format_message
from desktop.forms import expressions, patterns
from desktop.forms.compute import expression_names, fill, normalize_content
from desktop.forms.schema import FieldDef, FieldType, FormDef, Text
from desktop.forms.values import ValueProblem, is_empty, normalize, to_expression

# A text field whose definition sets no max_length still has one (F008): a line a person types, and a long
# report (the longest seen are some 20,000 characters). A value past it is saved as a draft, never submitted.
TEXT_MAX = {FieldType.TEXT: 2_000, FieldType.LONG_TEXT: 50_000}


@dataclass(frozen=True)
class Issue:
    code: str
    level: str  # "error" or "warning"
    path: str  # "field" or "table[row].column" (row counted from 1, as the worker sees it)
    zh: str
    en: str

    def message(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh

    @property
    def field_id(self) -> str:
        return re.split(r"[\[.]", self.path, maxsplit=1)[0]


@dataclass
class Report:
    issues: list[Issue] = field(default_factory=list)
    content: dict[str, Any] = field(default_factory=dict)  # the normalised, filled content

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.level == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.level == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def codes(self) -> set[str]:
        return {i.code for i in self.issues}

    def for_field(self, field_id: str) -> list[Issue]:
        return [i for i in self.issues if i.field_id == field_id]


def visible_fields(form: FormDef, names: Mapping[str, Any]) -> list[FieldDef]:
    """The value fields shown for these values: sections and fields whose conditions hold."""
    shown: list[FieldDef] = []
    for section in form.sections:
        if not expressions.truthy(section.visible_if, names):
            continue
        shown.extend(f for f in section.fields if f.holds_value and expressions.truthy(f.visible_if, names))
    return shown


class _Checker:
    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.issues: list[Issue] = []

    def add(self, code: str, level: str, path: str, label: Text, **params: Any) -> None:
        self.issues.append(
            Issue(
                code=code,
                level=level,
                path=path,
                zh=format_message(code, "zh", label=label.zh, **params),
                en=format_message(code, "en", label=label.en, **params),
            )
        )

    def value(self, f: FieldDef, value: Any, path: str, problem: ValueProblem | None) -> None:
        if problem is not None:
            self.add(problem.code, "error", path, f.label, **problem.params)
            return
        if is_empty(value):
            if f.required and not f.compute:
                self.add("F001", "error", path, f.label)
            return
        if f.type in (FieldType.NUMBER, FieldType.MONEY):
            number = Decimal(str(value))
            if f.min is not None and number < Decimal(str(f.min)):
                self.add("F003", "error", path, f.label, min=f.min)
            if f.max is not None and number > Decimal(str(f.max)):
                self.add("F004", "error", path, f.label, max=f.max)
        if f.type in (FieldType.TEXT, FieldType.LONG_TEXT) and isinstance(value, str):
            limit = f.max_length if f.max_length is not None else TEXT_MAX[f.type]
            if len(value) > limit:
                self.add("F008", "error", path, f.label, max=limit)
            if f.min_length is not None and len(value) < f.min_length:
                self.add("F018", "error", path, f.label, min=f.min_length)
            if f.pattern and not patterns.matches(f.pattern, value):
                hint = f.pattern_hint or Text("格式不符", "unexpected format")
                self.issues.append(
                    Issue(
                        "F009",
                        "error",
                        path,
                        format_message("F009", "zh", label=f.label.zh, hint=hint.zh),
                        format_message("F009", "en", label=f.label.en, hint=hint.en),
                    )
                )
        if f.type is FieldType.DATE and f.not_future and dt.date.fromisoformat(value) > self.today:
            self.add("F017", "error", path, f.label)
        if f.type is FieldType.MULTI_CHOICE and f.max is not None and len(value) > f.max:
            self.add("F004", "error", path, f.label, max=int(f.max))

    def table(self, f: FieldDef, rows: Any, names: Mapping[str, Any]) -> None:
        if not isinstance(rows, list):
            self.add("F016", "error", f.id, f.label)
            return
        if f.required and not rows:
            self.add("F001", "error", f.id, f.label)
        elif f.min_rows is not None and 0 < len(rows) < f.min_rows:
            self.add("F010", "error", f.id, f.label, min=f.min_rows)
        if f.max_rows is not None and len(rows) > f.max_rows:
            self.add("F011", "error", f.id, f.label, max=f.max_rows)
        for index, row in enumerate(rows, start=1):
            scope = dict(names) | {c.id: to_expression(c, row.get(c.id)) for c in f.columns}
            for column in f.columns:
                if not expressions.truthy(column.visible_if, scope):
                    continue
                value, problem = normalize(column, row.get(column.id))
                label = Text(
                    f"{f.label.zh}第{index}行“{column.label.zh}”",
                    f"{f.label.en} row {index}, {column.label.en}",
                )
                self.value(replace(column, label=label), value, f"{f.id}[{index}].{column.id}", problem)


def validate(
    form: FormDef,
    content: Mapping[str, Any],
    context: Mapping[str, Any] | None = None,
    today: dt.date | None = None,
) -> Report:
    """Check ``content`` (as typed or stored) against ``form``; returns the report and the content as
    it would be stored (normalised, carried and computed values filled)."""
    normalized, problems = normalize_content(form, content)
    filled = fill(form, normalized, context)
    names = expression_names(form, filled)
    checker = _Checker(today or dt.date.today())
    shown = visible_fields(form, names)
    hidden = {f.id for f in form.value_fields} - {f.id for f in shown}
    # A value left in a hidden field (an answer the worker changed their mind about) is not
    # checked, and rules see it as missing.
    names = {k: (None if k in hidden else v) for k, v in names.items()}
    for f in shown:
        if f.type is FieldType.TABLE:
            checker.table(f, filled.get(f.id), names)
        else:
            checker.value(f, filled.get(f.id), f.id, problems.get(f.id))
    for rule in form.rules:
        if not expressions.truthy(rule.when, names, default=False) and rule.when:
            continue
        try:
            passed = bool(expressions.evaluate(rule.check, names))
        except expressions.ExpressionFailed:
            continue  # a rule over values not given yet does not apply yet
        if not passed:
            checker.issues.append(Issue(rule.code, rule.level, rule.field or "", rule.message.zh, rule.message.en))
    for key in content:
        if form.field(key) is None:
            checker.add("F014", "warning", key, Text(key, key), field=key)
    return Report(issues=checker.issues, content=filled)

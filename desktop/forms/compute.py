"""Filling what CaseDesk fills: normalised values, values carried from the case or group, and computed
values (row subtotals first, then form-level totals and rates, in dependency order)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.forms import expressions
from desktop.forms.schema import FieldDef, FieldType, FormDef
from desktop.forms.values import ValueProblem, from_expression, normalize, to_expression


def normalize_content(form: FormDef, content: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, ValueProblem]]:
    """Each known field in its stored form; values that do not fit are kept raw and reported.

    Fields the definition does not know (a newer or older version's) are kept untouched.
    """
    out: dict[str, Any] = {}
    problems: dict[str, ValueProblem] = {}
    for f in form.value_fields:
        value, problem = normalize(f, content.get(f.id, f.default))
        out[f.id] = value
        if problem:
            problems[f.id] = problem
    out.update({k: v for k, v in content.items() if form.field(k) is None})
    return out, problems


def expression_names(form: FormDef, content: Mapping[str, Any]) -> dict[str, Any]:
    return {f.id: to_expression(f, content.get(f.id)) for f in form.value_fields}


def _computed_order(form: FormDef) -> list[FieldDef]:
    computed = {f.id: f for f in form.fields if f.compute}
    order: list[FieldDef] = []
    done: set[str] = set()

    def visit(f: FieldDef) -> None:
        if f.id in done:
            return
        done.add(f.id)
        refs = expressions.references(f.compute or "")
        for name in refs.names | {t for t, _ in refs.columns}:
            if name in computed:
                visit(computed[name])
        order.append(f)

    for f in computed.values():
        visit(f)
    return order


def _fill_table_columns(form: FormDef, content: dict[str, Any]) -> None:
    for table in form.fields:
        if table.type is not FieldType.TABLE or not any(c.compute for c in table.columns):
            continue
        rows = content.get(table.id) or []
        if not isinstance(rows, list):
            continue
        names = expression_names(form, content)
        for row in rows:
            if not isinstance(row, dict):
                continue
            scope = dict(names) | {c.id: to_expression(c, row.get(c.id)) for c in table.columns}
            for column in table.columns:
                if column.compute:
                    try:
                        result = expressions.evaluate(column.compute, scope)
                    except expressions.ExpressionFailed:
                        result = None
                    row[column.id] = from_expression(column, result)
                    scope[column.id] = to_expression(column, row[column.id])


def _merge_carried_rows(table: FieldDef, current: Any, carried: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Carried rows (budget lines, members) with the cells the worker typed beside them kept."""
    rows = current if isinstance(current, list) else []
    merged = []
    for index, source in enumerate(carried):
        typed = rows[index] if index < len(rows) and isinstance(rows[index], dict) else {}
        merged.append({**typed, **source})
    merged.extend(r for r in rows[len(carried) :] if isinstance(r, dict))
    value, problem = normalize(table, merged)
    return merged if problem else value


def fill(form: FormDef, content: Mapping[str, Any], context: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Content with carried values taken from ``context`` and computed values recomputed.

    A carried value the context does not know is left as it was, so a record opened away from its
    case (say, in a bundle) keeps what was carried when it was saved.
    """
    out = dict(content)
    context = context or {}
    for f in form.value_fields:
        if f.carry and f.carry in context and context[f.carry] is not None:
            if f.type is FieldType.TABLE:
                out[f.id] = _merge_carried_rows(f, out.get(f.id), context[f.carry])
                continue
            value, problem = normalize(f, context[f.carry])
            out[f.id] = None if problem else value
    # Two passes: row cells may read form-level results (sessions held) that read other rows.
    for _ in range(2):
        _fill_table_columns(form, out)
        for f in _computed_order(form):
            try:
                result = expressions.evaluate(f.compute or "", expression_names(form, out))
            except expressions.ExpressionFailed:
                result = None
            out[f.id] = from_expression(f, result)
    return out

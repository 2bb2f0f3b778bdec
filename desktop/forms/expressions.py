"""Expressions in form definitions: computed values, conditional visibility and form rules.

The language is a small, safe subset of Python evaluated by ``simpleeval``: field ids are names,
``table.column`` is the list of a table column's values, and a few functions a form needs
(``sum``, ``avg``, ``rate``, ``age`` ...). Numbers are ``Decimal`` so that money adds up exactly.
"""

from __future__ import annotations

import ast
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from simpleeval import DISALLOW_METHODS, DISALLOW_PREFIXES, EvalWithCompoundTypes, InvalidExpression

from desktop.forms.id_numbers import check_id_number
from desktop.forms.limits import check_number, is_number

# Names every expression may use besides field ids.
CONSTANT_NAMES = frozenset({"True", "False", "None", "today"})


class TableValue:
    """A repeating table inside an expression: ``t.col`` lists a column's non-empty values."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows

    def __getattr__(self, column: str) -> list[Any]:
        if column.startswith("_"):
            raise AttributeError(column)
        return [row.get(column) for row in self.rows if row.get(column) not in (None, "", [])]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[Mapping[str, Any]]:
        return iter(self.rows)


def _numbers(values: Iterable[Any]) -> list[Decimal]:
    out = []
    for v in values:
        if v is None or v == "":
            continue
        if isinstance(v, bool):
            v = int(v)
        out.append(v if isinstance(v, Decimal) else Decimal(str(v)))
    return out


def _comparable(values: Iterable[Any]) -> list[Any]:
    """Dates and times compare as themselves, everything else as numbers."""
    given = [v for v in values if v not in (None, "")]
    if given and all(isinstance(v, dt.date | dt.time) for v in given):
        return given
    return _numbers(given)


def _sum(values: Iterable[Any]) -> Decimal:
    return sum(_numbers(values), Decimal(0))


def _avg(values: Iterable[Any]) -> Decimal | None:
    nums = _numbers(values)
    return (sum(nums, Decimal(0)) / len(nums)).quantize(Decimal("0.01")) if nums else None


def _count(values: Iterable[Any]) -> int:
    """Values given: a rating of 0 counts, an unticked yes/no (False) does not."""
    return sum(1 for v in values if not (v is None or v is False or v == "" or v == []))


def _count_if(values: Iterable[Any], *wanted: Any) -> int:
    return sum(1 for v in values if v in wanted)


def _rate(part: Any, whole: Any) -> Decimal | None:
    """``part`` as a percentage of ``whole``, to one decimal; None when ``whole`` is zero."""
    p, w = _numbers([part])[:1], _numbers([whole])[:1]
    if not p or not w or w[0] == 0:
        return None
    return (p[0] * 100 / w[0]).quantize(Decimal("0.1"))


def _age(birth: dt.date | None, on: dt.date | None = None) -> int | None:
    if birth is None:
        return None
    on = on or dt.date.today()
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


age = _age  # public: the workspace computes a client's age the same way forms do


def _days_between(start: dt.date | None, end: dt.date | None) -> int | None:
    if start is None or end is None:
        return None
    return (end - start).days


def _minutes_between(start: dt.time | None, end: dt.time | None) -> int | None:
    if start is None or end is None:
        return None
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or (isinstance(value, TableValue) and not value)


def _round(value: Any, places: int = 0) -> Decimal | None:
    nums = _numbers([value])
    if not nums:
        return None
    return nums[0].quantize(Decimal(1).scaleb(-places))


def _id_number_valid(value: Any) -> bool:
    return check_id_number(value if isinstance(value, str) else None).ok


def _id_birth_date(value: Any) -> dt.date | None:
    return check_id_number(value if isinstance(value, str) else None).birth_date


def _highest(values: Iterable[Any], order: list[Any]) -> Any:
    """The value that comes last in ``order`` (e.g. the highest risk level given)."""
    ranked = [v for v in values if v in order]
    return max(ranked, key=order.index) if ranked else None


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "highest": _highest,
    "id_number_valid": _id_number_valid,
    "id_birth_date": _id_birth_date,
    "sum": _sum,
    "avg": _avg,
    "count": _count,
    "count_if": _count_if,
    "rate": _rate,
    "age": _age,
    "days_between": _days_between,
    "minutes_between": _minutes_between,
    "empty": _empty,
    "round": _round,
    "len": len,
    "min": lambda values: min(_comparable(values), default=None),
    "max": lambda values: max(_comparable(values), default=None),
    "abs": lambda value: abs(_numbers([value])[0]) if _numbers([value]) else None,
}


class _DecimalEval(EvalWithCompoundTypes):  # type: ignore[misc]  # simpleeval has no type information
    """simpleeval with decimal literals, so that ``price * 1.5`` mixes with Decimal values."""

    @staticmethod
    def _eval_constant(node: ast.Constant) -> Any:
        value = node.value
        if isinstance(value, float):
            return Decimal(str(value))
        if isinstance(value, int) and not isinstance(value, bool):
            return Decimal(value)
        return value


@dataclass(frozen=True)
class References:
    """What an expression reads: plain names and ``table.column`` pairs."""

    names: frozenset[str]
    columns: frozenset[tuple[str, str]]


def parse(expression: str) -> ast.Expression:
    """Parse an expression; raises ``SyntaxError`` with the reason when it is not one."""
    return ast.parse(expression.strip(), mode="eval")


def references(expression: str) -> References:
    """Every field name and table column an expression reads (functions and constants excluded)."""
    tree = parse(expression)
    called = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    unknown_calls = called - FUNCTIONS.keys()
    if unknown_calls:
        raise SyntaxError(f"unknown function {sorted(unknown_calls)[0]}")
    names = {
        n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id not in called and n.id not in CONSTANT_NAMES
    }
    columns = {
        (n.value.id, n.attr) for n in ast.walk(tree) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
    }
    return References(frozenset(names), frozenset(columns))


class UnsafeExpression(ValueError):
    """An expression naming what no form needs: a private attribute (``x.__class__``) or a method
    simpleeval refuses (``format``); ``name`` is the name."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


_PRIVATE = tuple(DISALLOW_PREFIXES)  # "_", "func_": simpleeval's own list


def check_safe(expression: str, max_number: int) -> None:
    """At install, what simpleeval would refuse only when evaluating: names and attributes starting with
    ``_`` (or ``func_``) and the methods it disallows; and numbers past ``max_number`` (``limits.OutOfBounds``).
    Raises ``SyntaxError`` as ``references`` does."""
    references(expression)
    for node in ast.walk(parse(expression)):
        if isinstance(node, ast.Attribute) and (node.attr.startswith(_PRIVATE) or node.attr in DISALLOW_METHODS):
            raise UnsafeExpression(node.attr)
        if isinstance(node, ast.Name) and node.id.startswith(_PRIVATE):
            raise UnsafeExpression(node.id)
        if isinstance(node, ast.Constant) and is_number(node.value):
            check_number(node.value, -max_number, max_number, whole=False)


def depth(expression: str) -> int:
    """How deeply the expression's parts nest (``a + b + c`` is 3): the evaluator recurses as deep."""
    deepest = 0
    todo: list[tuple[ast.AST, int]] = [(parse(expression), 1)]
    while todo:
        node, level = todo.pop()
        deepest = max(deepest, level)
        todo.extend((child, level + 1) for child in ast.iter_child_nodes(node))
    return deepest


class ExpressionFailed(Exception):
    """An expression could not be evaluated with the values at hand (often: a value is missing)."""


def evaluate(expression: str, names: Mapping[str, Any]) -> Any:
    """Evaluate with ``names`` (already converted: Decimal, date, TableValue ...)."""
    scope = dict(names)
    scope.setdefault("today", dt.date.today())
    evaluator = _DecimalEval(functions=FUNCTIONS, names=scope)
    try:
        return evaluator.eval(expression.strip())
    except (
        InvalidExpression,
        TypeError,
        ArithmeticError,
        InvalidOperation,
        ValueError,
        AttributeError,
        KeyError,
        IndexError,
        RecursionError,
    ) as exc:
        raise ExpressionFailed(str(exc)) from exc


def truthy(expression: str | None, names: Mapping[str, Any], *, default: bool = True) -> bool:
    """A condition's value; ``default`` when it is absent or cannot be evaluated."""
    if not expression:
        return default
    try:
        return bool(evaluate(expression, names))
    except ExpressionFailed:
        return default

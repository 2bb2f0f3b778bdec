"""The bounds every number in a form definition keeps (docs/rules.md, "Form definitions").

A definition comes from the agency (``casedesk forms install``) or from the hub in a bundle; a number
past what the store, the editor or the printer can hold would break every record of its form (a
version past SQLite's integer range made every new record fail, and no fix could be installed over
it). Each bound is generous for a real form and small enough for every part of CaseDesk."""

from __future__ import annotations

import math
from typing import Any

MAX_DEFINITION_BYTES = 1_048_576  # one definition file (the largest packaged one is under 20 KB)
MAX_VERSION = 2**31 - 1  # the largest INTEGER of PostgreSQL (a hub on a server), well inside SQLite's
MAX_NUMBER = 10**15  # min, max, a default, a number in an expression: exact as a double, to the cent
MAX_DECIMALS = 6
MAX_TEXT_LENGTH = 100_000  # min_length, max_length, a default text (a long report is some 20,000)
MAX_ROWS = 1_000  # min_rows, max_rows of a table
MAX_RATING_STEPS = 100  # a rating's max − min: each step is an entry in the editor and on paper
MAX_EXPRESSION_LENGTH = 2_000  # characters of one expression
MAX_EXPRESSION_DEPTH = 50  # how deeply its parts nest (the deepest packaged one: 8); the evaluator recurses

# key -> (smallest, largest, whole numbers only)
MAX_PRINT_LINES = 40  # a layout hint: ruled lines of a writing box, blank rows of a table
FIELD_NUMBERS: dict[str, tuple[int, int, bool]] = {
    "min": (-MAX_NUMBER, MAX_NUMBER, False),
    "max": (-MAX_NUMBER, MAX_NUMBER, False),
    "decimals": (0, MAX_DECIMALS, True),
    "min_length": (0, MAX_TEXT_LENGTH, True),
    "max_length": (0, MAX_TEXT_LENGTH, True),
    "min_rows": (0, MAX_ROWS, True),
    "max_rows": (0, MAX_ROWS, True),
    "lines": (1, MAX_PRINT_LINES, True),
}
PAIRS = (("min", "max"), ("min_length", "max_length"), ("min_rows", "max_rows"))


class OutOfBounds(ValueError):
    """``low`` and ``high``: the bounds the value missed (for the message)."""

    def __init__(self, low: Any, high: Any) -> None:
        super().__init__(f"between {low} and {high}")
        self.low, self.high = low, high


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_number(value: Any, low: int, high: int, whole: bool) -> int | float:
    """``value`` if it is a finite number (a whole one if ``whole``) within ``low``..``high``."""
    if not is_number(value) or (whole and not isinstance(value, int)):
        raise TypeError("a whole number" if whole else "a number")
    if not (math.isfinite(value) and low <= value <= high):
        raise OutOfBounds(low, high)
    return int(value) if isinstance(value, int) else float(value)


def check_default(value: Any) -> None:
    """A default is a value of the field: a number or a text within the same bounds as typed ones."""
    if is_number(value):
        check_number(value, -MAX_NUMBER, MAX_NUMBER, whole=False)
    elif isinstance(value, str) and len(value) > MAX_TEXT_LENGTH:
        raise OutOfBounds(0, MAX_TEXT_LENGTH)

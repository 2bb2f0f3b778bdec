"""Chinese resident ID numbers (GB 11643-1999): the check behind a form's ``id_number_valid`` and
``id_birth_date`` and the one a new client's number meets. Masking one in a list stays with the rules about
people (desktop/workflow/people.py)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"


@dataclass(frozen=True)
class IdCheck:
    ok: bool
    problem: str | None = None  # "format", "checksum", "birth_date"
    birth_date: dt.date | None = None
    sex: str | None = None  # "male" / "female" (17th digit odd / even)


def check_id_number(text: str | None, today: dt.date | None = None) -> IdCheck:
    """A resident ID number: 18 characters, a valid birth date not in the future, and the check
    character of GB 11643-1999."""
    value = (text or "").strip().upper()
    if not re.fullmatch(r"\d{17}[\dX]", value):
        return IdCheck(False, "format")
    try:
        birth = dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return IdCheck(False, "birth_date")
    if birth > (today or dt.date.today()) or birth.year < 1900:
        return IdCheck(False, "birth_date")
    total = sum(int(d) * w for d, w in zip(value[:17], WEIGHTS, strict=True))
    if CHECK_CHARS[total % 11] != value[17]:
        return IdCheck(False, "checksum")
    return IdCheck(True, None, birth, "male" if int(value[16]) % 2 else "female")


def id_number_valid(text: str | None) -> bool:
    return check_id_number(text).ok

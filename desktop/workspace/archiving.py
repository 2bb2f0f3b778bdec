"""Filing a closed case or group in its archive bag: the one rule both follow. It must be closed, and every
slot of its archive set must hold an approved (or completed) form; what is missing is named in the refusal."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.errors import CaseDeskError
from desktop.forms.registry import Registry


def archive_file(
    row: Any, missing: list[str], registry: Registry, today: dt.date, *, closed: str, codes: tuple[str, str]
) -> None:
    """Mark ``row`` (a case or a group) archived today, or refuse: ``codes`` are the refusal when it is not
    ``closed`` and the refusal naming the forms ``missing`` from its archive set."""
    not_closed, lacking = codes
    if row.status != closed:
        raise CaseDeskError(not_closed)
    if missing:
        raise CaseDeskError(lacking, missing=registry.titles(missing))
    row.status = "archived"
    row.archived_on = today

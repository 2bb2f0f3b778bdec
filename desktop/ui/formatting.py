"""How times are shown: stored in UTC, shown in the computer's own time zone."""

from __future__ import annotations

import datetime as dt


def local_time(moment: dt.datetime, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime(fmt)

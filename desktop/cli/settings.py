"""The agency's settings and working-day calendar from ``casedesk``: ``settings show|set`` (deadlines,
standards, autosave) and ``calendar show|set`` (holidays and adjusted working days for a year the bundled data
does not know)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.cli.common import EXIT_OK, actions, command, emit, parse_date, signed_in


def cmd_calendar_show(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        calendar = desk.work_calendar()
        rows = [{"day": str(d), "kind": "holiday"} for d in sorted(calendar.holidays) if d.year == args.year]
        rows += [{"day": str(d), "kind": "workday"} for d in sorted(calendar.workdays) if d.year == args.year]
        known = args.year in calendar.known_years
        if not known:
            print(
                f"{args.year} 年的节假日安排尚未录入，按周一至周五计算 / no holiday data for {args.year}: "
                "Monday to Friday assumed",
                file=sys.stderr,
            )
        emit(args, sorted(rows, key=lambda r: r["day"]), ("day", "kind"))
    return EXIT_OK


def cmd_calendar_set(args: argparse.Namespace) -> int:
    holidays = [parse_date(v) for v in args.holiday]
    workdays = [parse_date(v) for v in args.workday]
    with signed_in(args) as desk:
        desk.set_calendar_year(args.year, holidays, workdays)
        emit(args, {"year": args.year, "holidays": len(args.holiday), "workdays": len(args.workday)})
    return EXIT_OK


def cmd_settings_show(args: argparse.Namespace) -> int:
    from desktop.settings import SETTINGS

    with signed_in(args) as desk:
        rows = [{"key": key, "value": desk.setting(key), "zh": d.zh, "en": d.en} for key, d in SETTINGS.items()]
        emit(args, rows, ("key", "value", "zh"))
    return EXIT_OK


def cmd_settings_set(args: argparse.Namespace) -> int:
    try:
        value = json.loads(args.value)
    except json.JSONDecodeError:
        value = args.value  # plain text
    with signed_in(args) as desk:
        emit(args, {"key": args.key, "value": desk.set_setting(args.key, value)})
    return EXIT_OK


def register(sub: Any) -> None:
    settings = actions(sub, "settings", "agency settings (deadlines, standards, autosave)")
    command(settings, "show", cmd_settings_show, "every setting with its value")
    p = command(
        settings, "set", cmd_settings_set, 'change one, e.g. group.standards \'{"youth": {"group_min_members": 6}}\''
    )
    p.add_argument("key")
    p.add_argument("value", help="a number, text, or JSON")

    calendar = actions(sub, "calendar", "the working-day calendar (holidays, adjusted working days)")
    command(calendar, "show", cmd_calendar_show, "one year's holidays and adjusted working days").add_argument(
        "year", type=int
    )
    p = command(calendar, "set", cmd_calendar_set, "enter a year the calendar data does not know (replaces it)")
    p.add_argument("year", type=int)
    p.add_argument("--holiday", action="append", default=[], help="a day off, YYYY-MM-DD (repeat)")
    p.add_argument("--workday", action="append", default=[], help="a weekend day worked, YYYY-MM-DD (repeat)")

"""The ``casedesk`` command. No Qt is imported unless the window is asked for.

Exit codes: 0 success, 1 refused or failed (the reason on stderr, with its code), 2 usage error.
Scripts pass ``CASEDESK_DATA_DIR``, ``CASEDESK_USER`` and ``CASEDESK_PASSWORD``."""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import os
import secrets
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.cli_files import run_command
from desktop.cli_output import json_text, printable
from desktop.cli_secrets import SecretArgument
from desktop.errors import CaseDeskError
from desktop.paths import data_dir

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _emit(args: argparse.Namespace, rows: list[dict[str, Any]] | dict[str, Any], columns: Sequence[str] = ()) -> None:
    """JSON with ``--json``, else a plain aligned table (or key: value lines for one item); either way no
    control character from the data reaches the terminal raw (``cli_output.printable``)."""
    if getattr(args, "json", False):
        print(json_text(json.dumps(rows, ensure_ascii=False, indent=2, default=str)))
        return
    if isinstance(rows, dict):
        for key, value in rows.items():
            print(f"{printable(key)}: {printable(value)}")
        return
    columns = list(columns or (rows[0].keys() if rows else []))
    table = [[printable(row.get(c, "") if row.get(c) is not None else "") for c in columns] for row in rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in table]) for i, c in enumerate(columns)]
    print("  ".join(_pad(c, widths[i]) for i, c in enumerate(columns)))
    for r in table:
        print("  ".join(_pad(v, widths[i]) for i, v in enumerate(r)))


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)  # CJK characters take two columns


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _password(args: argparse.Namespace) -> str:
    password = os.environ.get("CASEDESK_PASSWORD")
    if password:
        return password
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("密码 / Password: ")
    raise CaseDeskError("A008")


def _open(args: argparse.Namespace):  # noqa: ANN202 - returns a Desk (imported lazily)
    from desktop.workspace import open_desk

    user = args.user or os.environ.get("CASEDESK_USER")
    if not user:
        raise CaseDeskError("A008")
    return open_desk(data_dir(args.data_dir), user, _password(args))


# -- commands ----------------------------------------------------------------------------------
def cmd_version(args: argparse.Namespace) -> int:
    from desktop.workspace.store import head_revision

    _emit(args, {"casedesk": __version__, "schema": head_revision(), "python": sys.version.split()[0]})
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.workspace import create_workspace

    root = data_dir(args.data_dir)
    password = os.environ.get("CASEDESK_PASSWORD")  # never an argument: it would show in the process list
    generated = not password
    password = password or secrets.token_urlsafe(9)
    created = create_workspace(
        root,
        agency_name=args.agency,
        station_name=args.station,
        username=args.username,
        display_name=args.display_name or args.username,
        password=password,
        mode=args.mode,
    )
    info = created.info
    result = {"workspace": str(root), "mode": info.mode, "agency": info.agency_name, "username": args.username}
    if generated:
        result["password"] = password  # printed once: nobody else knows it
    result["recovery_key"] = created.recovery_code  # printed once: the agency writes it down and keeps it
    _emit(args, result)
    return EXIT_OK


def _forms(args: argparse.Namespace):  # noqa: ANN202 - a Registry (imported lazily)
    """The packaged forms with the workspace's updated definitions, if there is a workspace (no sign-in)."""
    from desktop.forms import default_registry
    from desktop.workspace.definition_ops import definitions_dir
    from desktop.workspace.layout import Layout

    return default_registry().with_updates(definitions_dir(Layout(data_dir(args.data_dir))))


def cmd_forms_list(args: argparse.Namespace) -> int:
    rows = [
        {
            "id": f.id,
            "zh": f.title.zh,
            "en": f.title.en,
            "family": f.family,
            "version": f.version,
            "paper_code": f.paper_code,
            "approval": list(f.approval),
        }
        for f in _forms(args)
    ]
    _emit(args, rows, ("id", "zh", "en", "family", "version"))
    return EXIT_OK


def cmd_forms_show(args: argparse.Namespace) -> int:
    form = _forms(args).get(args.form)
    rows = [
        {
            "section": s.title.zh,
            "id": f.id,
            "type": str(f.type),
            "zh": f.label.zh,
            "en": f.label.en,
            "required": f.required,
            "carry": f.carry,
            "compute": f.compute,
        }
        for s in form.sections
        for f in s.fields
        if f.holds_value
    ]
    _emit(args, rows, ("id", "type", "zh", "en", "required"))
    return EXIT_OK


def cmd_forms_install(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        form = desk.install_definition(Path(args.file))
    _emit(args, {"form": form.id, "version": form.version, "title": form.title.zh})
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.demo import build_demo

    root = data_dir(args.dir or args.data_dir)
    summary = build_demo(root)
    if args.json:
        _emit(args, summary)
        return EXIT_OK
    print(f"演示工作区 / Demo workspace: {root}")
    print("账号 / Accounts (用户名 / 密码 / 角色):")
    _emit(args, summary["accounts"], ("username", "password", "display_name", "roles"))
    counts = ", ".join(f"{k} {v}" for k, v in summary["counts"].items())
    print(f"内容 / Contents: {counts}")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from desktop.workspace import Layout

    info = Layout(data_dir(args.data_dir)).read_info()
    _emit(args, {"workspace": str(data_dir(args.data_dir)), **info.__dict__})
    return EXIT_OK


def _listing(fetch: Callable[[Any, argparse.Namespace], list[dict[str, Any]]], columns: Sequence[str]):  # noqa: ANN202
    def run(args: argparse.Namespace) -> int:
        with _open(args) as desk:
            _emit(args, fetch(desk, args), columns)
        return EXIT_OK

    return run


def _plain(row: Any, *keys: str) -> dict[str, Any]:
    return {
        k: (str(v) if v is not None and not isinstance(v, int | bool | list | dict | str) else v)
        for k in keys
        for v in [getattr(row, k)]
    }


LISTINGS: dict[str, tuple[Callable[[Any, argparse.Namespace], list[dict[str, Any]]], Sequence[str]]] = {
    "accounts": (
        lambda d, a: [_plain(x, "id", "username", "display_name", "roles", "active") for x in d.accounts()],
        ("username", "display_name", "roles", "active"),
    ),
    "clients": (
        lambda d, a: [_plain(x, "id", "name", "sex", "birth_date", "domain", "owner_id") for x in d.clients(a.search)],
        ("name", "sex", "birth_date", "domain", "id"),
    ),
    "cases": (
        lambda d, a: [
            _plain(
                x,
                "id",
                "archive_code",
                "number_pending",
                "case_type",
                "domain",
                "status",
                "client_id",
                "owner_id",
                "opened_on",
            )
            for x in d.cases(a.status)
            if not a.search or a.search.upper() in (x.archive_code or "")
        ],
        ("archive_code", "case_type", "domain", "status", "opened_on", "id"),
    ),
    "groups": (
        lambda d, a: [
            _plain(x, "id", "archive_code", "number_pending", "name", "kind", "domain", "status", "planned_start")
            for x in d.groups(a.status)
            if not a.search or a.search.upper() in (x.archive_code or "") or a.search in x.name
        ],
        ("archive_code", "name", "kind", "status", "planned_start", "id"),
    ),
    "records": (
        lambda d, a: [
            {k: v for k, v in r.as_json().items() if k != "content"} for r in d.records(form_id=a.form, status=a.status)
        ],
        ("form_id", "status", "revision_no", "pending_role", "service_date", "id"),
    ),
}


SHOW_FIELDS = {
    "cases": (
        "id",
        "archive_code",
        "number_pending",
        "case_type",
        "domain",
        "status",
        "risk_level",
        "approval_owed",
        "transferred",
        "opened_on",
        "closed_on",
        "follow_up_on",
        "archived_on",
        "client_id",
        "project_id",
        "owner_id",
        "service_line",
    ),
    "groups": (
        "id",
        "archive_code",
        "number_pending",
        "name",
        "kind",
        "domain",
        "agency_role",
        "status",
        "numbered_on",
        "planned_start",
        "planned_end",
        "venue",
        "project_id",
        "owner_id",
    ),
}


def _show(kind: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        import uuid

        with _open(args) as desk:
            found = desk.find_by_number(args.key)
            if found is None:
                try:
                    found = desk.case(uuid.UUID(args.key)) if kind == "cases" else desk.group(uuid.UUID(args.key))
                except ValueError:
                    found = None
            expected = "Case" if kind == "cases" else "ServiceGroup"
            if found is None or type(found).__name__ != expected:
                label = "个案 / case" if kind == "cases" else "小组/活动 / group"
                raise CaseDeskError("R008", kind=label, id=args.key)
            row = _plain(found, *SHOW_FIELDS[kind])
            if kind == "cases":
                row["sessions"] = desk.sessions_held(found.id)
                row["missing_for_archive"] = desk.archive_missing(found.id)
            else:
                row["missing_for_archive"] = desk.group_archive_missing(found.id)
            row["records"] = [
                {k: v for k, v in r.as_json().items() if k in ("id", "form_id", "status", "revision_no")}
                for r in (desk.records(case_id=found.id) if kind == "cases" else desk.records(group_id=found.id))
            ]
            _emit(args, row)
        return EXIT_OK

    return run


def cmd_calendar_show(args: argparse.Namespace) -> int:
    with _open(args) as desk:
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
        _emit(args, sorted(rows, key=lambda r: r["day"]), ("day", "kind"))
    return EXIT_OK


def cmd_calendar_set(args: argparse.Namespace) -> int:
    import datetime as dt

    def days(values: list[str]) -> list[dt.date]:
        try:
            return [dt.date.fromisoformat(v) for v in values]
        except ValueError as exc:
            raise CaseDeskError("C001", what=f"dates as YYYY-MM-DD ({exc})") from None

    with _open(args) as desk:
        desk.set_calendar_year(args.year, days(args.holiday), days(args.workday))
        _emit(args, {"year": args.year, "holidays": len(args.holiday), "workdays": len(args.workday)})
    return EXIT_OK


def cmd_pdf(args: argparse.Namespace) -> int:
    import uuid

    out = Path(args.out)
    with _open(args) as desk:
        key = args.bag or args.record
        if not key:
            raise CaseDeskError("C001", what="RECORD_ID or --bag CASE_OR_GROUP")
        if args.bag:
            found = desk.find_by_number(args.bag)
            item_id = found.id if found is not None else uuid.UUID(args.bag)
            desk.print_bag(item_id, out)
        else:
            desk.print_record(uuid.UUID(args.record), out)
        _emit(args, {"pdf": str(out)})
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        result = desk.verify(args.text)
        _emit(
            args,
            {
                "matches": result.matches,
                "revision": result.revision,
                "current": result.current,
                "number": result.number,
                "record_id": str(result.record_id) if result.record_id else None,
                "message": f"{result.message_zh} / {result.message_en}",
            },
        )
    return EXIT_OK if result.matches else EXIT_FAILED


def cmd_settings_show(args: argparse.Namespace) -> int:
    from desktop.settings import SETTINGS

    with _open(args) as desk:
        rows = [{"key": key, "value": desk.setting(key), "zh": d.zh, "en": d.en} for key, d in SETTINGS.items()]
        _emit(args, rows, ("key", "value", "zh"))
    return EXIT_OK


def cmd_settings_set(args: argparse.Namespace) -> int:
    try:
        value = json.loads(args.value)
    except json.JSONDecodeError:
        value = args.value  # plain text
    with _open(args) as desk:
        _emit(args, {"key": args.key, "value": desk.set_setting(args.key, value)})
    return EXIT_OK


def cmd_roster_import(args: argparse.Namespace) -> int:
    """Preview a roster (every row with its problems); with --yes, import it whole."""
    with _open(args) as desk:
        preview = desk.preview_roster(Path(args.file), args.kind)
        rows = [
            {"row": r.line, "name": r.values.get("name"), "problems": "；".join(r.errors) or "OK"} for r in preview.rows
        ]
        if not args.yes or preview.bad_rows:
            _emit(args, rows, ("row", "name", "problems"))
            if preview.bad_rows:
                raise CaseDeskError("X002", count=len(preview.bad_rows))
            print("预览完成，加 --yes 导入 / preview only: add --yes to import", file=sys.stderr)
            return EXIT_OK
        _emit(args, {"imported": desk.import_roster(preview)})
    return EXIT_OK


def cmd_records_export(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        _emit(args, {"xlsx": str(desk.export_xlsx(args.form, Path(args.out)))})
    return EXIT_OK


def cmd_cases_share(args: argparse.Namespace) -> int:
    import uuid

    with _open(args) as desk:
        found = desk.find_by_number(args.key)
        if found is None:
            try:
                found = desk.case(uuid.UUID(args.key))
            except ValueError:
                raise CaseDeskError("R008", kind="个案 / case", id=args.key) from None
        _emit(args, desk.anonymised_case(found.id))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casedesk",
        description="CaseDesk 社工个案桌面 — offline case, group and archive desk. "
        "Without a command it opens the window.",
    )
    parser.add_argument("--data-dir", help="workspace folder (default: CASEDESK_DATA_DIR or the user data folder)")
    parser.add_argument("--user", help="account to sign in as (default: CASEDESK_USER)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("version", help="program and schema versions")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_version)

    p = sub.add_parser(
        "init", help="create a new workspace without questions (password: CASEDESK_PASSWORD, else one is generated)"
    )
    p.add_argument("--agency", default="我的社工机构", help="agency name")
    p.add_argument("--station", default="本站", help="first station (镇街站点)")
    p.add_argument("--username", default="admin", help="first account (agency head and business lead)")
    p.add_argument("--display-name")
    p.add_argument("--password", action=SecretArgument, variable="CASEDESK_PASSWORD")  # refused: C003
    p.add_argument("--mode", default="standalone", choices=["standalone", "hub", "field"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_init)

    p = sub.add_parser("info", help="describe the workspace (no sign-in needed)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_info)

    forms = sub.add_parser("forms", help="the form catalogue")
    forms_sub = forms.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    p = forms_sub.add_parser("list", help="every form with its Chinese and English name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_forms_list)
    p = forms_sub.add_parser("show", help="the fields of one form")
    p.add_argument("form")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_forms_show)
    p = forms_sub.add_parser("install", help="install a newer version of a form (hub or standalone; devices get it)")
    p.add_argument("file", help="the form's YAML definition with a higher version")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_forms_install)

    p = sub.add_parser("demo", help="create a demo workspace with accounts for every role")
    p.add_argument("--data-dir", dest="dir", help="where to create it")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_demo)

    p = sub.add_parser("pdf", help="print a record, or a case's or group's archive bag, as a PDF")
    p.add_argument("record", nargs="?", help="record id")
    p.add_argument("--bag", help="archive number or id of a case or group: the whole archive bag")
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_pdf)
    p = sub.add_parser("verify", help="check a paper copy against the record (the text of its QR code)")
    p.add_argument("text")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_verify)

    roster = sub.add_parser("roster", help="rosters from Excel (elders, people under correction, 低保 households)")
    roster_sub = roster.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    p = roster_sub.add_parser("import", help="check a roster row by row; --yes imports it whole")
    p.add_argument("file")
    p.add_argument("--kind", required=True, choices=["elders", "corrections", "dibao"])
    p.add_argument("--yes", action="store_true", help="import (only when every row is clean)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_roster_import)
    p = sub.add_parser("export", help="one form's records to an Excel file")
    p.add_argument("form")
    p.add_argument("--out", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_records_export)

    settings = sub.add_parser("settings", help="agency settings (deadlines, standards, autosave)")
    settings_sub = settings.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    p = settings_sub.add_parser("show", help="every setting with its value")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_settings_show)
    p = settings_sub.add_parser("set", help='change one, e.g. group.standards \'{"youth": {"group_min_members": 6}}\'')
    p.add_argument("key")
    p.add_argument("value", help="a number, text, or JSON")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_settings_set)

    calendar = sub.add_parser("calendar", help="the working-day calendar (holidays, adjusted working days)")
    calendar_sub = calendar.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    p = calendar_sub.add_parser("show", help="one year's holidays and adjusted working days")
    p.add_argument("year", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_calendar_show)
    p = calendar_sub.add_parser("set", help="enter a year the calendar data does not know (replaces it)")
    p.add_argument("year", type=int)
    p.add_argument("--holiday", action="append", default=[], help="a day off, YYYY-MM-DD (repeat)")
    p.add_argument("--workday", action="append", default=[], help="a weekend day worked, YYYY-MM-DD (repeat)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_calendar_set)

    for name, (fetch, columns) in LISTINGS.items():
        group = sub.add_parser(name, help=f"{name} in the workspace (sign-in needed)")
        group_sub = group.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)
        p = group_sub.add_parser("list", help=f"list {name}")
        p.add_argument("--json", action="store_true")
        if name == "clients":
            p.add_argument("--search", help="name, ID number or phone contains")
        if name in ("cases", "groups"):
            p.add_argument("--search", help="archive number (or part of it) contains")
            p.add_argument("--status")
            show = group_sub.add_parser("show", help=f"one of the {name} by archive number or id")
            show.add_argument("key", help="archive number (e.g. QSN-GA-007-202611) or id")
            show.add_argument("--json", action="store_true")
            show.set_defaults(run=_show(name))
        if name == "cases":
            share = group_sub.add_parser("share", help="one case anonymised for teaching (JSON)")
            share.add_argument("key", help="archive number or id")
            share.set_defaults(run=cmd_cases_share, json=True)
        if name == "records":
            p.add_argument("--status")
        if name == "records":
            p.add_argument("--form", help="form id")
        p.set_defaults(run=_listing(fetch, columns))

    # Each group of commands lives in its own module (desktop/cli_<name>.py) and adds itself here.
    for name in ("sync", "audit", "backup", "keys", "spot", "indicators", "access", "privacy", "server", "selftest"):
        importlib.import_module(f"desktop.cli_{name}").register(sub)
    return parser


def open_window(args: argparse.Namespace) -> int:
    try:
        from desktop.ui.app import run  # Qt only when the window is wanted
    except ImportError as exc:
        print(
            f"CaseDesk 窗口无法启动（缺少 Qt 所需的系统库：{exc}）。请运行 bash run.sh 安装。\n"
            f"The CaseDesk window cannot start (Qt is missing a system library: {exc}). Run bash run.sh to "
            "install what it needs.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    return run(data_dir(args.data_dir))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        return open_window(args)
    try:
        return run_command(args)  # files private, an unwritable one W003 (desktop/cli_files.py)
    except CaseDeskError as exc:
        zh, en = printable(exc.message("zh")), printable(exc.message("en"))
        print(f"casedesk: [{exc.code}] {zh}\n          {en}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_FAILED
    except BrokenPipeError:  # the reader (e.g. head) stopped early: not a failure
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

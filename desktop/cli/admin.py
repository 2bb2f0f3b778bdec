"""Setting up an agency from ``casedesk``: ``accounts add|edit|disable|enable|import`` (beside ``accounts
list``), ``stations add|edit|close|list`` and ``projects add|edit|targets|list``. The domain decides who may and
what is refused (docs/rules.md, "Setting up an agency"); these only ask it.

A new account's first password comes from ``CASEDESK_NEW_PASSWORD`` or a prompt, never from an argument
(``--password`` is refused with where it goes, C003); without either (a script, or Enter alone at the prompt)
CaseDesk makes one and prints it once (``first_password`` in ``--json``). Every first password is temporary: its
owner sets their own at their first sign-in (``casedesk password change``; other commands refuse, A019). The
person signing in gives theirs as for any command."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from desktop.cli import listings
from desktop.cli.common import (
    EXIT_OK,
    SecretArgument,
    account,
    actions,
    by_name,
    command,
    emit,
    interactive,
    optional_date,
    parse_date,
    signed_in,
)
from desktop.cli.keys import FIRST_PASSWORD_NOTE
from desktop.cli.listings import plain
from desktop.errors import CaseDeskError

NEW_PASSWORD = "CASEDESK_NEW_PASSWORD"
STATION = "站点 / station"
PROJECT = "项目 / project"


# -- what is shown -----------------------------------------------------------------------------------------
def account_row(desk: Any, found: Any) -> dict[str, Any]:
    stations = {s.id: s.name for s in desk.stations()}
    names = {a.id: a.username for a in desk.accounts()}
    row = plain(found, "id", "username", "display_name", "roles", "active", "phone")
    row["station"] = stations.get(found.station_id)
    row["supervisor"] = names.get(found.supervisor_id)
    return row


def station_row(found: Any) -> dict[str, Any]:
    return plain(found, "id", "name", "township", "code", "closed_on")


def project_row(desk: Any, found: Any) -> dict[str, Any]:
    stations = {s.id: s.name for s in desk.stations()}
    names = {a.id: a.username for a in desk.accounts()}
    row = plain(found, "id", "name", "code", "funder", "contract_start", "contract_end", "domains", "targets")
    row["stations"] = [stations.get(x) for x in found.stations]
    row["workers"] = [names.get(x) for x in found.workers]
    row["active"] = found.active
    return row


def station_of(desk: Any, key: str | None) -> Any:
    return by_name(desk.stations(), key, ("name", "code", "id"), STATION)


def project_of(desk: Any, key: str) -> Any:
    return by_name(desk.projects(), key, ("name", "code", "id"), PROJECT)


def targets_of(pairs: list[str]) -> dict[str, float | int]:
    """``ID=NUMBER`` pairs as a project's targets; C001 for one that is not."""
    targets: dict[str, float | int] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        try:
            number = float(value)
        except ValueError:
            number = None
        if not sep or not key.strip() or number is None:
            raise CaseDeskError("C001", what=f"a target INDICATOR_ID=NUMBER (not {pair})")
        targets[key.strip()] = int(number) if number.is_integer() else number
    return targets


# -- accounts ----------------------------------------------------------------------------------------------
def given_first_password(prompt: str) -> str | None:
    """``CASEDESK_NEW_PASSWORD``, else typed twice at a terminal; None (CaseDesk makes one) without a terminal or
    when Enter alone is typed."""
    value = os.environ.get(NEW_PASSWORD)
    if value:
        return value
    if not interactive():
        return None
    typed = getpass.getpass(f"{prompt}（直接回车由程序生成 / Enter alone: CaseDesk makes one）: ")
    if typed and getpass.getpass("再输入一次 / Again: ") != typed:
        raise CaseDeskError("C001", what="两次输入不一致 / the two entries differ")
    return typed or None


def cmd_account_add(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        station = station_of(desk, args.station)
        supervisor = account(desk, args.supervisor)
        password = given_first_password("新账号的初始密码 / The new account's first password")
        made = desk.create_account(
            args.username,
            args.name or args.username,
            list(args.role),
            password,
            station_id=station.id if station else None,
            supervisor_id=supervisor.id if supervisor else None,
        )
        first = made.first_password
        if args.phone:
            made = desk.update_account(made.id, phone=args.phone)
        row = account_row(desk, made)
        if first is not None:
            row["first_password"] = first  # printed once: nobody else knows it
        emit(args, row)
    if first is not None:
        print(FIRST_PASSWORD_NOTE, file=sys.stderr)
    return EXIT_OK


def cmd_account_edit(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        found = account(desk, args.username)
        changes: dict[str, Any] = {}
        if args.name is not None:
            changes["display_name"] = args.name
        if args.role:
            changes["roles"] = list(args.role)
        if args.station is not None:
            changes["station_id"] = station_of(desk, args.station).id if args.station else None
        if args.no_supervisor:
            changes["supervisor_id"] = None
        elif args.supervisor is not None:
            changes["supervisor_id"] = account(desk, args.supervisor).id
        for key in ("phone", "note"):
            if getattr(args, key) is not None:
                changes[key] = getattr(args, key) or None
        if not changes:
            raise CaseDeskError("C001", what="--name, --role, --station, --supervisor, --phone or --note")
        emit(args, account_row(desk, desk.update_account(found.id, **changes)))
    return EXIT_OK


def cmd_account_active(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        found = account(desk, args.username)
        emit(args, account_row(desk, desk.update_account(found.id, active=args.active)))
    return EXIT_OK


def cmd_account_import(args: argparse.Namespace) -> int:
    """Preview a staff list (every row with its problems); with --yes, import it whole."""
    with signed_in(args) as desk:
        preview = desk.preview_staff(Path(args.file))
        rows = [
            {"row": r.line, "username": r.values.get("username"), "problems": "；".join(r.errors) or "OK"}
            for r in preview.rows
        ]
        if not args.yes or preview.bad_rows:
            emit(args, rows, ("row", "username", "problems"))
            if preview.bad_rows:
                raise CaseDeskError("X002", count=len(preview.bad_rows))
            print("预览完成，加 --yes 导入 / preview only: add --yes to import", file=sys.stderr)
            return EXIT_OK
        made = desk.import_staff(preview, given_first_password("这些账号的初始密码 / Their first password"))
        first = made[0].first_password if made else None
        rows = [account_row(desk, a) | ({"first_password": first} if first else {}) for a in made]
        emit(args, rows, ("username", "display_name", "roles", "station", *(("first_password",) if first else ())))
    if first is not None:
        print(FIRST_PASSWORD_NOTE, file=sys.stderr)
    return EXIT_OK


# -- stations ----------------------------------------------------------------------------------------------
def cmd_station_add(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        emit(args, station_row(desk.create_station(args.name, township=args.township, code=args.code)))
    return EXIT_OK


def cmd_station_edit(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        found = station_of(desk, args.key)
        changes = {k: getattr(args, k) for k in ("name", "township", "code") if getattr(args, k) is not None}
        if not changes:
            raise CaseDeskError("C001", what="--name, --township or --code")
        emit(args, station_row(desk.update_station(found.id, **changes)))
    return EXIT_OK


def cmd_station_close(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        emit(args, station_row(desk.close_station(station_of(desk, args.key).id)))
    return EXIT_OK


def cmd_station_list(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        found = desk.stations(open_only=not args.all)
        emit(args, [station_row(s) for s in found], ("name", "township", "code", "closed_on", "id"))
    return EXIT_OK


# -- projects ----------------------------------------------------------------------------------------------
def _project_changes(desk: Any, args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for key in ("code", "funder"):
        if getattr(args, key) is not None:
            changes[key] = getattr(args, key)
    if args.start is not None:
        changes["contract_start"] = parse_date(args.start)
    if args.end is not None:
        changes["contract_end"] = optional_date(args.end)
    if args.station or args.all_stations:
        changes["stations"] = [station_of(desk, key).id for key in args.station]
    if args.worker or args.any_worker:
        changes["workers"] = [account(desk, key).id for key in args.worker]
    if args.domain:
        changes["domains"] = list(args.domain)
    if args.target:
        changes["targets"] = targets_of(args.target)
    return changes


def cmd_project_add(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        made = desk.create_project(name=args.name, **_project_changes(desk, args))
        emit(args, project_row(desk, made))
    return EXIT_OK


def cmd_project_edit(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        found = project_of(desk, args.key)
        changes = _project_changes(desk, args)
        if args.name is not None:
            changes["name"] = args.name
        if not changes:
            raise CaseDeskError(
                "C001", what="--name, --code, --funder, --start, --end, --station, --worker, --domain or --target"
            )
        emit(args, project_row(desk, desk.update_project(found.id, **changes)))
    return EXIT_OK


def cmd_project_targets(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        found = project_of(desk, args.key)
        emit(args, project_row(desk, desk.set_project_targets(found.id, targets_of(args.target))))
    return EXIT_OK


def cmd_project_list(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        rows = [project_row(desk, p) for p in desk.projects()]
        emit(args, rows, ("name", "funder", "contract_start", "contract_end", "stations", "workers", "id"))
    return EXIT_OK


def _project_options(p: Any, *, new: bool) -> None:
    p.add_argument("--start", required=new, help="contract start, YYYY-MM-DD")
    p.add_argument("--end", required=new, help="contract end, YYYY-MM-DD (not before the start)")
    p.add_argument("--code")
    p.add_argument("--funder", help="购买方")
    p.add_argument("--station", action="append", default=[], help="a station it covers, by name or code (repeat)")
    p.add_argument("--all-stations", action="store_true", help="it covers the whole agency (no station named)")
    p.add_argument("--worker", action="append", default=[], help="the user name of a person on it (repeat)")
    p.add_argument("--any-worker", action="store_true", help="anyone at a station it covers may work under it")
    p.add_argument("--domain", action="append", default=[], help="a service domain it covers (repeat)")
    p.add_argument("--target", action="append", default=[], metavar="ID=NUMBER", help="项目指标 (repeat)")


def register(sub: Any) -> None:
    accounts = listings.GROUPS["accounts"]  # ``accounts list`` is the listing's
    p = command(
        accounts,
        "add",
        cmd_account_add,
        f"a new account (its first password: {NEW_PASSWORD}, a prompt, or without either one made and printed once; "
        "the person sets their own at their first sign-in)",
    )
    p.add_argument("username")
    p.add_argument("--name", help="the person's name as shown (default: the user name)")
    p.add_argument("--role", action="append", required=True, help="worker, supervisor, business_lead, … (repeat)")
    p.add_argument("--station", help="the station's name or code")
    p.add_argument("--supervisor", help="the supervisor's user name")
    p.add_argument("--phone")
    p.add_argument("--password", action=SecretArgument, variable=NEW_PASSWORD)
    p = command(accounts, "edit", cmd_account_edit, "change a name, roles (--role replaces them), station, supervisor")
    p.add_argument("username")
    p.add_argument("--name")
    p.add_argument("--role", action="append", default=[])
    p.add_argument("--station", help="the station's name or code ('' for none)")
    p.add_argument("--supervisor", help="the supervisor's user name")
    p.add_argument("--no-supervisor", action="store_true")
    p.add_argument("--phone")
    p.add_argument("--note")
    for name, active, text in (("disable", False, "disable an account (never deleted)"), ("enable", True, "enable")):
        p = command(accounts, name, cmd_account_active, text)
        p.add_argument("username")
        p.set_defaults(active=active)
    p = command(accounts, "import", cmd_account_import, "check a staff list (Excel) row by row; --yes imports it")
    p.add_argument("file")
    p.add_argument(
        "--yes",
        action="store_true",
        help=f"import (only when every row is clean; one first password: {NEW_PASSWORD}, a prompt, or one made)",
    )

    stations = actions(sub, "stations", "the agency's stations (sign-in needed)")
    p = command(stations, "add", cmd_station_add, "a new station")
    p.add_argument("name")
    p.add_argument("--township")
    p.add_argument("--code", help="its code in paper archive numbers, e.g. DC")
    p = command(stations, "edit", cmd_station_edit, "rename a station or change its township or code")
    p.add_argument("key", help="the station's name, code or id")
    p.add_argument("--name")
    p.add_argument("--township")
    p.add_argument("--code")
    p = command(stations, "close", cmd_station_close, "close a station (kept in the history, never deleted)")
    p.add_argument("key", help="the station's name, code or id")
    p = command(stations, "list", cmd_station_list, "the open stations (--all: and the closed)")
    p.add_argument("--all", action="store_true")

    projects = actions(sub, "projects", "the agency's service projects and their targets (sign-in needed)")
    p = command(projects, "add", cmd_project_add, "a new service project")
    p.add_argument("name")
    _project_options(p, new=True)
    p = command(projects, "edit", cmd_project_edit, "change a project")
    p.add_argument("key", help="the project's name, code or id")
    p.add_argument("--name")
    _project_options(p, new=False)
    p = command(projects, "targets", cmd_project_targets, "replace a project's targets (项目指标)")
    p.add_argument("key", help="the project's name, code or id")
    p.add_argument("target", nargs="*", metavar="ID=NUMBER", help="an indicator id and its target")
    command(projects, "list", cmd_project_list, "the service projects")

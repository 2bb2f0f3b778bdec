"""Corrections from the command line, each with its reason (docs/rules.md, "Corrections"): ``clients edit``,
``cases correct``, ``groups correct``, ``records void`` and ``records confirm``. They hang under the
listings' command groups (``desktop/cli/listings.py`` calls ``add``)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import (
    EXIT_OK,
    case_or_group,
    client_id,
    command,
    emit,
    optional_date,
    parse_id,
    record_id,
    signed_in,
)
from desktop.errors import CaseDeskError

CLIENT_FIELDS = ("name", "sex", "id_number", "birth_date", "phone", "address", "household", "domain")
CLIENT_SHOWN = ("id", "name", "sex", "birth_date", "phone", "address", "household_id", "domain")


def _shown(row: Any, keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: (None if getattr(row, k) is None else str(getattr(row, k))) for k in keys}


def cmd_clients_edit(args: argparse.Namespace) -> int:
    fields: dict[str, Any] = {}
    for name in CLIENT_FIELDS:
        value = getattr(args, name)
        if value is None:
            continue
        if name == "birth_date":
            fields[name] = optional_date(value)
        elif name == "household":
            fields["household_id"] = parse_id(value, kind="家庭 / household")
        else:
            fields[name] = value
    if not fields:
        raise CaseDeskError("C001", what="--name/--sex/--id-number/--birth-date/--phone/--address/--household/--domain")
    with signed_in(args) as desk:
        client = desk.update_client(client_id(desk, args.key), reason=args.reason or "", **fields)
        emit(args, _shown(client, CLIENT_SHOWN))  # the ID number itself is never printed
    return EXIT_OK


def cmd_cases_correct(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        _, found = case_or_group(desk, args.key, ("case",))
        case = desk.correct_case(found.id, args.reason or "", domain=args.domain, case_type=args.type)
        emit(args, _shown(case, ("id", "archive_code", "domain", "case_type", "status")))
    return EXIT_OK


def cmd_groups_correct(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        _, found = case_or_group(desk, args.key, ("group",))
        group = desk.correct_group(found.id, args.reason or "", domain=args.domain, kind=args.kind)
        emit(args, _shown(group, ("id", "archive_code", "name", "domain", "kind", "status")))
    return EXIT_OK


def cmd_records_void(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        record = desk.void_record(record_id(desk, args.id), args.reason or "")
        emit(args, {"id": str(record.id), "form_id": record.form_id, "status": record.status})
    return EXIT_OK


def cmd_records_confirm(args: argparse.Namespace) -> int:
    """Confirm the paper or phone approval of a record (its id), or the decision with that id."""
    with signed_in(args) as desk:
        wanted = record_id(desk, args.id)
        pending = [d for d in desk.unconfirmed_approvals() if wanted in (d.record_id, d.id)]
        if not pending:
            raise CaseDeskError("K006")
        for decision in pending:
            desk.confirm_offline_approval(decision.id)
        emit(args, {"record_id": str(pending[0].record_id), "confirmed": [str(d.id) for d in pending]})
    return EXIT_OK


def _reason(parser: Any) -> None:
    # Not argparse's "required": a correction without its reason is the domain's coded refusal (C001).
    parser.add_argument("--reason", help="why the correction is made (kept in the audit log); required")


def add(name: str, group: Any) -> None:
    """The corrections of the command group ``name`` (clients, cases, groups, records)."""
    if name == "clients":
        p = command(group, "edit", cmd_clients_edit, "correct a client's details, with the reason")
        p.add_argument("key", help="client id, or the archive number of one of their cases")
        for field in CLIENT_FIELDS:
            p.add_argument(f"--{field.replace('_', '-')}", dest=field)
        _reason(p)
    elif name in ("cases", "groups"):
        run = cmd_cases_correct if name == "cases" else cmd_groups_correct
        p = command(group, "correct", run, f"correct a {name[:-1]}'s domain or type, with the reason")
        p.add_argument("key", help="archive number or id")
        p.add_argument("--domain")
        p.add_argument("--type" if name == "cases" else "--kind", help="the case type" if name == "cases" else None)
        _reason(p)
    elif name == "records":
        p = command(group, "void", cmd_records_void, "void a record, with the reason (never deleted)")
        p.add_argument("id", help="record id")
        _reason(p)
        p = command(group, "confirm", cmd_records_confirm, "confirm the paper or phone approval you gave")
        p.add_argument("id", help="record id (or the decision's id)")

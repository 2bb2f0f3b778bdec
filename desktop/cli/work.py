"""A worker's day from ``casedesk``: ``clients add``, ``cases open``, ``records new|edit|submit``. Each asks the Desk
what the window asks it (the client panel, the open-case dialog, the record window); the domain decides.

``clients add`` reads the sex and the birth date from a valid ID number when they are not given (the domain
does); a sex the number contradicts, and clients who may be the same person, are warnings on stderr, not
refusals (the window asks; a script cannot be asked). ``cases open`` takes the case type, the service domain
and the project, none chosen beforehand. A record's content is the form's JSON (field id -> value) read from
a file, checked by the form's definition as the window checks it: an invalid one is refused whole (R013),
each error listed in both languages on stderr, nothing saved; ``records edit`` changes the fields the file
gives and keeps the others."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.cli import listings
from desktop.cli.admin import project_of, station_of
from desktop.cli.common import (
    EXIT_OK,
    KIND_LABELS,
    case_or_group,
    client_id,
    command,
    emit,
    optional_date,
    printable,
    record_id,
    signed_in,
)
from desktop.cli.corrections import CLIENT_SHOWN
from desktop.errors import CaseDeskError, InvalidContent
from desktop.forms.id_numbers import check_id_number
from desktop.workflow.people import mask_id_number

RECORD_SHOWN = ("id", "form_id", "status", "revision_no", "case_id", "group_id", "pending_role", "service_date")


# -- shared ------------------------------------------------------------------------------------------------
def option_value(desk: Any, list_name: str, value: str | None, what: str) -> str | None:
    """``value`` when it is one of the registry's option list ``list_name`` (what the window's list offers);
    C005 naming the choices otherwise."""
    if value is None:
        return None
    choices = [o.value for o in desk.registry.option_lists.get(list_name, ())]
    if value not in choices:
        raise CaseDeskError("C005", what=what, value=value, choices=", ".join(choices))
    return value


def warn(zh: str, en: str) -> None:
    print(f"casedesk: 提醒 / warning: {printable(zh)}\n          {printable(en)}", file=sys.stderr)


def issues_to_stderr(issues: Sequence[Any]) -> None:
    """Each validation issue in both languages, with the field it is on."""
    for issue in issues:
        print(f"  - {printable(issue.path)}: {printable(issue.zh)} / {printable(issue.en)}", file=sys.stderr)


def content_of(path: str) -> dict[str, Any]:
    """A record's content from a JSON file (an object, field id -> value); C001 for anything else."""
    try:
        content = json.loads(Path(path).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CaseDeskError("C001", what=f"--content: a JSON object, field id -> value ({exc})") from None
    if not isinstance(content, dict):
        raise CaseDeskError("C001", what="--content: a JSON object, field id -> value")
    return content


def record_row(view: Any, report: Any = None) -> dict[str, Any]:
    row = {k: v for k, v in view.as_json().items() if k in RECORD_SHOWN}
    if report is not None:
        row["warnings"] = [{"field": i.path, "zh": i.zh, "en": i.en} for i in report.warnings]
    return row


# -- clients -----------------------------------------------------------------------------------------------
def _id_warnings(desk: Any, id_number: str | None, sex: str | None) -> None:
    """The sex a valid ID number contradicts, as a warning (the window shows it and asks)."""
    check = check_id_number(id_number, desk.today()) if id_number else None
    if check is not None and check.ok and sex in ("male", "female") and sex != check.sex:
        given = desk.registry.option_label("sex", sex, "zh")
        warn(
            f"身份证号码显示为{desk.registry.option_label('sex', check.sex, 'zh')}性，但填写的是“{given}”",
            f"The ID number is a {'woman' if check.sex == 'female' else 'man'}'s, but {sex} is given",
        )


def _twin_warnings(desk: Any, name: str, birth: Any, id_number: str | None) -> None:
    twins = desk.likely_duplicates(name, birth, id_number)
    for twin in twins:
        who = f"{twin.name}  {twin.birth_date or ''}  {mask_id_number(twin.id_number)}  {twin.id}"
        warn(f"可能是同一人：{who}", f"may be the same person: {who}")


def cmd_clients_add(args: argparse.Namespace) -> int:
    birth = optional_date(args.birth_date)
    id_number = (args.id_number or "").strip() or None
    with signed_in(args) as desk:
        fields: dict[str, Any] = {
            "sex": option_value(desk, "sex", args.sex, "性别 / sex"),
            "birth_date": birth,
            "id_number": id_number,
            "phone": args.phone,
            "address": args.address,
            "domain": option_value(desk, "domain", args.domain, "服务领域 / domain"),
        }
        if args.station is not None:
            fields["station_id"] = station_of(desk, args.station).id
        _id_warnings(desk, id_number, args.sex)
        _twin_warnings(desk, args.name, birth, id_number)
        made = desk.create_client(args.name, **{k: v for k, v in fields.items() if v is not None})
        row = {k: (None if getattr(made, k) is None else str(getattr(made, k))) for k in CLIENT_SHOWN}
        emit(args, row)  # the ID number itself is never printed
    return EXIT_OK


# -- cases -------------------------------------------------------------------------------------------------
def client_of(desk: Any, key: str) -> Any:
    """The client ``key`` names: their id, the archive number of one of their cases, or their name (C004 when
    several clients in view bear it)."""
    named = [c for c in desk.clients(key) if c.name == key.strip()]
    if len(named) > 1:
        raise CaseDeskError("C004", key=key, kind=KIND_LABELS["client"])
    if named:
        return named[0]
    return desk.client(client_id(desk, key))


def cmd_cases_open(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        client = client_of(desk, args.client)
        case_type = option_value(desk, "case_type", args.type, "个案类型 / case type")
        domain = option_value(desk, "domain", args.domain, "服务领域 / domain")
        project = project_of(desk, args.project)
        if not project.active:
            raise CaseDeskError("R008", kind="在办项目 / active project", id=args.project)
        case = desk.create_case(client.id, project.id, case_type, domain, hotline=args.hotline, service_line="routine")
        row = listings.plain(case, "id", "archive_code", "number_pending", "case_type", "domain", "status")
        row |= {"client": client.name, "client_id": str(client.id), "project": project.name}
        row["first_form"] = desk.registry.form_of("case_basic" if case_type == "consultation" else "intake").id
        emit(args, row)
    return EXIT_OK


# -- records -----------------------------------------------------------------------------------------------
def cmd_records_new(args: argparse.Namespace) -> int:
    content = content_of(args.content)
    with signed_in(args) as desk:
        kind, found = case_or_group(desk, args.file)
        desk.registry.get(args.form)  # an unknown form: D016 before anything
        scope = {"case_id": found.id} if kind == "case" else {"group_id": found.id}
        try:
            view, report = desk.new_valid_record(args.form, content, minutes_spent=args.minutes, **scope)
        except InvalidContent as exc:
            issues_to_stderr(exc.issues)
            raise
        emit(args, record_row(view, report))
    return EXIT_OK


def _record_key(desk: Any, text: str) -> Any:
    """A record's id, or the first characters of one of the records in view."""
    return record_id(desk, text, among=lambda: [r.id for r in desk.records()])


def cmd_records_edit(args: argparse.Namespace) -> int:
    content = content_of(args.content)
    with signed_in(args) as desk:
        record = desk.record(_record_key(desk, args.id))
        try:
            view, report = desk.save_valid_record(record.id, {**record.content, **content})
        except InvalidContent as exc:
            issues_to_stderr(exc.issues)
            raise
        emit(args, record_row(view, report))
    return EXIT_OK


def cmd_records_submit(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        wanted = _record_key(desk, args.id)
        issues_to_stderr(desk.validate_record(wanted).errors)  # what keeps it from going (R003 follows)
        view, report = desk.submit_record(wanted)
        emit(args, record_row(view, report))
    return EXIT_OK


def register(sub: Any) -> None:
    """Under the listings' command groups (``clients``, ``cases``, ``records``)."""
    clients, cases, records = (listings.GROUPS[name] for name in ("clients", "cases", "records"))
    p = command(clients, "add", cmd_clients_add, "a new client (sex and birth date from a valid ID number)")
    p.add_argument("--name", required=True)
    p.add_argument("--id-number", help="18-character resident ID number (checked; never printed)")
    p.add_argument("--sex", choices=["male", "female", "unknown"])
    p.add_argument("--birth-date", help="YYYY-MM-DD")
    p.add_argument("--phone")
    p.add_argument("--address")
    p.add_argument("--domain", help="service domain, e.g. elderly, youth (the option list 'domain')")
    p.add_argument("--station", help="the station's name or code (default: yours)")

    p = command(cases, "open", cmd_cases_open, "open a case for a client: type, domain and project, none preset")
    p.add_argument("client", help="the client's name or id (or the archive number of one of their cases)")
    p.add_argument("--type", required=True, help="case type: consultation, counselling, treatment, transfer")
    p.add_argument("--domain", required=True, help="service domain, e.g. elderly, youth")
    p.add_argument("--project", required=True, help="the service project's name, code or id")
    p.add_argument("--hotline", action="store_true", help="a hotline consultation, served before approval")

    p = command(records, "new", cmd_records_new, "a new record of a case or group, its content from a JSON file")
    p.add_argument("file", help="the case or group: archive number or id")
    p.add_argument("form", help="form id, e.g. intake (casedesk forms list)")
    p.add_argument("--content", required=True, help="JSON file: field id -> value (casedesk forms show FORM)")
    p.add_argument("--minutes", type=int, help="minutes the service took")
    p = command(records, "edit", cmd_records_edit, "change a record's fields from a JSON file (the others kept)")
    p.add_argument("id", help="record id (or its first characters)")
    p.add_argument("--content", required=True, help="JSON file: field id -> value")
    p = command(records, "submit", cmd_records_submit, "submit a record to its reviewer")
    p.add_argument("id", help="record id (or its first characters)")

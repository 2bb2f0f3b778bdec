"""The sync commands of ``casedesk``: hub set-up, enrolment, bundles, the review inbox and conflicts.

Every step a supervisor or a worker does in the Sync page can be scripted here (docs/sync.md)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import uuid
from pathlib import Path
from typing import Any

from desktop.cli import _emit, _open, _password
from desktop.cli_output import printable
from desktop.cli_secrets import SecretArgument, secret
from desktop.errors import CaseDeskError
from desktop.paths import data_dir

EXIT_OK, EXIT_FAILED = 0, 1


def _passphrase() -> str:
    value = os.environ.get("CASEDESK_RECOVERY_PASSPHRASE")
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass("恢复口令 / Recovery passphrase (12+): ")
        if getpass.getpass("再输入一次 / Again: ") != first:
            raise CaseDeskError("C001", what="the same passphrase twice / 两次输入相同的口令")
        return first
    raise CaseDeskError("C001", what="CASEDESK_RECOVERY_PASSPHRASE")


def cmd_hub_init(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        result = desk.hub_init(Path(args.recovery_file), _passphrase())
    result["note"] = "恢复文件请离线保存（如保险柜中的U盘） / keep the recovery file offline"
    _emit(args, result)
    return EXIT_OK


def cmd_hub_enrol_file(args: argparse.Namespace) -> int:
    users = [u.strip() for u in args.users.split(",") if u.strip()] if args.users else None
    with _open(args) as desk:
        code = desk.enrol_device(args.device, Path(args.out), users)
    _emit(
        args,
        {
            "device": args.device,
            "file": args.out,
            "code": code,
            "note": "验证码请当面或电话告知，不要与文件一起发送 / give the code by hand, never with the file",
        },
    )
    return EXIT_OK


def cmd_hub_devices(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        rows = [
            {
                "name": d.name,
                "users": ",".join(d.users),
                "enrolled": d.enrolled_at.date().isoformat(),
                "first_bundle_in": d.first_bundle_in,
                "sent": d.sent,
                "received": d.received,
                "acknowledged": d.acknowledged,
                "revoked": d.revoked_at.date().isoformat() if d.revoked_at else "",
            }
            for d in desk.devices()
        ]
    _emit(args, rows, ["name", "users", "enrolled", "first_bundle_in", "sent", "received", "revoked"])
    return EXIT_OK


def cmd_hub_revoke(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        device = desk.revoke_device(args.device)
    _emit(args, {"device": device.name, "revoked": device.revoked_at})
    return EXIT_OK


def cmd_enrol(args: argparse.Namespace) -> int:
    from desktop.workspace.enrol import enrol

    root = data_dir(args.data_dir)
    user = args.user or os.environ.get("CASEDESK_USER")
    password = os.environ.get("CASEDESK_PASSWORD") if user else None
    if user and password is None:
        password = _password(args)
    code = secret("CASEDESK_ENROL_CODE", "一次性验证码 / One-time code: ")
    result = enrol(root, Path(args.file), code, username=user, password=password)
    _emit(args, result)
    return EXIT_OK


def cmd_bundle_export(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        results = desk.export_bundles(Path(args.to))
    rows = [{"file": str(r.path), "to": r.recipient, "sequence": r.sequence, "bytes": r.size} for r in results]
    if not rows and not args.json:
        print("没有需要发送的内容 / nothing to send")
        return EXIT_OK
    _emit(args, rows, ["file", "to", "sequence", "bytes"])
    return EXIT_OK


def cmd_bundle_import(args: argparse.Namespace) -> int:
    """Each file on its own: one refused file is reported and the others still go in."""
    failed = False
    out = []
    with _open(args) as desk:
        for name in args.files:
            try:
                summary = desk.import_bundle(Path(name))
                entry = summary.as_json()
                entry["result"] = (
                    "already imported / 已导入过，未作改动" if summary.already_imported else "imported / 已导入"
                )
            except CaseDeskError as exc:
                failed = True
                entry = {
                    "name": Path(name).name,
                    "result": f"refused / 已拒绝 [{exc.code}]",
                    "reason": exc.message("zh"),
                    "reason_en": exc.message("en"),
                }
            out.append(entry)
    if args.json:
        _emit(args, out)
    else:
        for entry in out:
            print(printable(f"{entry['name']}: {entry['result']}"))
            for key in ("reason", "reason_en", "inserted", "updated", "conflicts", "missing", "numbers_given"):
                if entry.get(key):
                    print(printable(f"    {key}: {entry[key]}"))
    return EXIT_FAILED if failed else EXIT_OK


def cmd_bundle_inspect(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        _emit(args, desk.inspect_bundle(Path(args.file)))
    return EXIT_OK


def _record_id(desk: Any, text: str) -> uuid.UUID:
    """A full record id, or the first characters of one in the inbox (what ``review list`` shows)."""
    try:
        return uuid.UUID(text)
    except ValueError:
        matches = [i.record_id for i in desk.review_inbox() if str(i.record_id).startswith(text.lower())]
        if len(matches) != 1:
            raise CaseDeskError("R001", id=text) from None
        return matches[0]


def cmd_review_list(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        items = [i.as_json() for i in desk.review_inbox(args.lang)]
    if not args.json:
        for item in items:
            item["record_id"] = item["record_id"][:13]
    _emit(args, items, ["record_id", "station", "worker", "form_title", "file_code", "revision_no", "changes"])
    return EXIT_OK


def cmd_review_show(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        changes = desk.review_diff(_record_id(desk, args.id), args.lang)
    _emit(args, [c.__dict__ for c in changes], ["label", "before", "after"])
    return EXIT_OK


def cmd_review_decide(args: argparse.Namespace) -> int:
    outcome = "approve" if args.review_command == "approve" else "return"
    with _open(args) as desk:
        record_id = _record_id(desk, args.id)
        view = desk.decide(record_id, outcome, args.comment)
    _emit(args, {"record": str(record_id), "status": view.status})
    return EXIT_OK


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        rows = [
            {"id": str(c.id), "table": c.tbl, "row": c.row_key, "fields": ",".join(c.fields), "detected": c.detected_at}
            for c in desk.conflicts()
        ]
    _emit(args, rows, ["id", "table", "row", "fields", "detected"])
    return EXIT_OK


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        try:
            conflict_id = uuid.UUID(args.id)
        except ValueError:
            raise CaseDeskError("B023", id=args.id) from None
        conflict = desk.resolve_conflict(conflict_id, args.keep)
    _emit(args, {"id": str(conflict.id), "kept": conflict.resolution})
    return EXIT_OK


def register(sub: Any) -> None:
    hub = sub.add_parser("hub", help="the supervisor's hub: set-up, enrolment of devices, revocation")
    hub_sub = hub.add_subparsers(dest="hub_command", metavar="ACTION", required=True)
    p = hub_sub.add_parser("init", help="make this workspace the agency's hub (keys and a recovery file)")
    p.add_argument("--recovery-file", required=True, help="where to write the recovery copy of the hub's keys")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_hub_init)
    p = hub_sub.add_parser("enrol-file", help="an enrolment file for a device; prints its one-time code")
    p.add_argument("--device", required=True, help="the device's name, e.g. 王芳的笔记本")
    p.add_argument("--out", required=True, help="the enrolment file to write")
    p.add_argument("--users", help="user names who work on the device, comma-separated (default: every worker)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_hub_enrol_file)
    p = hub_sub.add_parser("devices", help="enrolled devices and their bundles")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_hub_devices)
    p = hub_sub.add_parser("revoke", help="refuse a lost or retired device's bundles from now on")
    p.add_argument("device")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_hub_revoke)

    p = sub.add_parser("enrol", help="take an enrolment file: a new device workspace, or a standalone joining")
    p.add_argument("file")
    # The one-time code: CASEDESK_ENROL_CODE or a prompt, never an argument (the process list shows it).
    p.add_argument("--code", action=SecretArgument, variable="CASEDESK_ENROL_CODE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_enrol)

    bundle = sub.add_parser("bundle", help="bundle files between a device and its hub")
    bundle_sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    p = bundle_sub.add_parser("export", help="write bundles (at a hub: one per device with anything to send)")
    p.add_argument("--to", required=True, help="folder (a USB stick)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_bundle_export)
    p = bundle_sub.add_parser("import", help="import bundles, each checked and applied whole")
    p.add_argument("files", nargs="+")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_bundle_import)
    p = bundle_sub.add_parser("inspect", help="who sent a bundle, to whom, and what it holds")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_bundle_inspect)

    review = sub.add_parser("review", help="the review inbox: forms waiting for your decision")
    review_sub = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    p = review_sub.add_parser("list", help="what waits for you, by station and worker")
    p.add_argument("--lang", default="zh", choices=["zh", "en"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_review_list)
    p = review_sub.add_parser("show", help="what changed since the revision before")
    p.add_argument("id")
    p.add_argument("--lang", default="zh", choices=["zh", "en"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_review_show)
    for action, text in (("approve", "approve the waiting step"), ("return", "return it to the worker")):
        p = review_sub.add_parser(action, help=text)
        p.add_argument("id", help="record id (or its first characters from review list)")
        p.add_argument("--comment", help="the opinion (required to return)")
        p.add_argument("--json", action="store_true")
        p.set_defaults(run=cmd_review_decide)

    conflicts = sub.add_parser("conflicts", help="rows changed on both sides since the last sync")
    conflicts_sub = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    p = conflicts_sub.add_parser("list")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_conflicts_list)
    p = conflicts_sub.add_parser("resolve")
    p.add_argument("id")
    p.add_argument("--keep", required=True, choices=["local", "incoming"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_conflicts_resolve)

"""The sync commands of ``casedesk``: hub set-up, enrolment, bundles, the review inbox and conflicts.

Every step a supervisor or a worker does in the Sync page can be scripted here (docs/sync.md)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    SecretArgument,
    actions,
    command,
    emit,
    parse_id,
    password,
    printable,
    record_id,
    secret,
    signed_in,
)
from desktop.errors import CaseDeskError
from desktop.paths import data_dir


def _passphrase() -> str:
    return secret("CASEDESK_RECOVERY_PASSPHRASE", "恢复口令 / Recovery passphrase (12+): ", twice=True)


def cmd_hub_init(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        result = desk.hub_init(Path(args.recovery_file), _passphrase())
    result["note"] = "恢复文件请离线保存（如保险柜中的U盘） / keep the recovery file offline"
    emit(args, result)
    return EXIT_OK


def cmd_hub_enrol_file(args: argparse.Namespace) -> int:
    users = [u.strip() for u in args.users.split(",") if u.strip()] if args.users else None
    with signed_in(args) as desk:
        code = desk.enrol_device(args.device, Path(args.out), users)
    emit(
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
    with signed_in(args) as desk:
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
    emit(args, rows, ["name", "users", "enrolled", "first_bundle_in", "sent", "received", "revoked"])
    return EXIT_OK


def cmd_hub_revoke(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        device = desk.revoke_device(args.device)
    emit(args, {"device": device.name, "revoked": device.revoked_at})
    return EXIT_OK


def cmd_hub_assign(args: argparse.Namespace) -> int:
    users = [u.strip() for u in args.users.split(",") if u.strip()]
    with signed_in(args) as desk:
        device = desk.assign_device_users(args.device, users)
    emit(args, {"device": device.name, "users": ",".join(device.users)})
    return EXIT_OK


def cmd_enrol(args: argparse.Namespace) -> int:
    from desktop.workspace.enrol import enrol

    root = data_dir(args.data_dir)
    user = args.user or os.environ.get("CASEDESK_USER")
    given = password() if user else None
    code = secret("CASEDESK_ENROL_CODE", "一次性验证码 / One-time code: ")
    result = enrol(root, Path(args.file), code, username=user, password=given)
    emit(args, result)
    return EXIT_OK


def cmd_bundle_export(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        results = desk.export_bundles(Path(args.to))
    rows = [{"file": str(r.path), "to": r.recipient, "sequence": r.sequence, "bytes": r.size} for r in results]
    if not rows and not args.json:
        print("没有需要发送的内容 / nothing to send")
        return EXIT_OK
    emit(args, rows, ["file", "to", "sequence", "bytes"])
    return EXIT_OK


def cmd_bundle_import(args: argparse.Namespace) -> int:
    """Each file on its own: one refused file is reported and the others still go in."""
    failed = False
    out = []
    with signed_in(args) as desk:
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
        emit(args, out)
    else:
        for entry in out:
            print(printable(f"{entry['name']}: {entry['result']}"))
            for key in ("reason", "reason_en", "inserted", "updated", "conflicts", "missing", "numbers_given"):
                if entry.get(key):
                    print(printable(f"    {key}: {entry[key]}"))
    return EXIT_FAILED if failed else EXIT_OK


def cmd_bundle_inspect(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        emit(args, desk.inspect_bundle(Path(args.file)))
    return EXIT_OK


def _record_id(desk: Any, text: str) -> Any:
    """A full record id, or the first characters of one in the inbox (what ``review list`` shows)."""
    return record_id(desk, text, among=lambda: [i.record_id for i in desk.review_inbox()])


def cmd_review_list(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        items = [i.as_json() for i in desk.review_inbox(args.lang)]
    if not args.json:
        for item in items:
            item["record_id"] = item["record_id"][:13]
    emit(args, items, ["record_id", "station", "worker", "form_title", "file_code", "revision_no", "changes"])
    return EXIT_OK


def cmd_review_show(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        changes = desk.review_diff(_record_id(desk, args.id), args.lang)
    emit(args, [c.__dict__ for c in changes], ["label", "before", "after"])
    return EXIT_OK


def cmd_review_decide(args: argparse.Namespace) -> int:
    outcome = "approve" if args.review_command == "approve" else "return"
    with signed_in(args) as desk:
        record_id = _record_id(desk, args.id)
        view = desk.decide(record_id, outcome, args.comment)
    emit(args, {"record": str(record_id), "status": view.status})
    return EXIT_OK


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        rows = [
            {"id": str(c.id), "table": c.tbl, "row": c.row_key, "fields": ",".join(c.fields), "detected": c.detected_at}
            for c in desk.conflicts()
        ]
    emit(args, rows, ["id", "table", "row", "fields", "detected"])
    return EXIT_OK


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        conflict = desk.resolve_conflict(parse_id(args.id, "B023"), args.keep)
    emit(args, {"id": str(conflict.id), "kept": conflict.resolution})
    return EXIT_OK


def _hub(sub: Any) -> None:
    hub = actions(sub, "hub", "the supervisor's hub: set-up, enrolment of devices, revocation")
    p = command(hub, "init", cmd_hub_init, "make this workspace the agency's hub (keys and a recovery file)")
    p.add_argument("--recovery-file", required=True, help="where to write the recovery copy of the hub's keys")
    p = command(hub, "enrol-file", cmd_hub_enrol_file, "an enrolment file for a device; prints its one-time code")
    p.add_argument("--device", required=True, help="the device's name, e.g. 王芳的笔记本")
    p.add_argument("--out", required=True, help="the enrolment file to write")
    p.add_argument("--users", help="user names who work on the device, comma-separated (default: every worker)")
    command(hub, "devices", cmd_hub_devices, "enrolled devices and their bundles")
    command(hub, "revoke", cmd_hub_revoke, "refuse a lost or retired device's bundles from now on").add_argument(
        "device"
    )
    p = command(hub, "assign", cmd_hub_assign, "who signs in on an enrolled device (the next reply carries them)")
    p.add_argument("device", help="the device's name")
    p.add_argument("--users", required=True, help="every user name who works on it, comma-separated")
    p = command(sub, "enrol", cmd_enrol, "take an enrolment file: a new device workspace, or a standalone joining")
    p.add_argument("file")
    # The one-time code: CASEDESK_ENROL_CODE or a prompt, never an argument (the process list shows it).
    p.add_argument("--code", action=SecretArgument, variable="CASEDESK_ENROL_CODE")


def _review(sub: Any) -> None:
    review = actions(sub, "review", "the review inbox: forms waiting for your decision")
    p = command(review, "list", cmd_review_list, "what waits for you, by station and worker")
    p.add_argument("--lang", default="zh", choices=["zh", "en"])
    p = command(review, "show", cmd_review_show, "what changed since the revision before")
    p.add_argument("id")
    p.add_argument("--lang", default="zh", choices=["zh", "en"])
    for action, text in (("approve", "approve the waiting step"), ("return", "return it to the worker")):
        p = command(review, action, cmd_review_decide, text)
        p.add_argument("id", help="record id (or its first characters from review list)")
        p.add_argument("--comment", help="the opinion (required to return)")


def register(sub: Any) -> None:
    _hub(sub)
    bundle = actions(sub, "bundle", "bundle files between a device and its hub")
    p = command(bundle, "export", cmd_bundle_export, "write bundles (at a hub: one per device with anything to send)")
    p.add_argument("--to", required=True, help="folder (a USB stick)")
    p = command(bundle, "import", cmd_bundle_import, "import bundles, each checked and applied whole")
    p.add_argument("files", nargs="+")
    command(bundle, "inspect", cmd_bundle_inspect, "who sent a bundle, to whom, and what it holds").add_argument("file")
    _review(sub)
    conflicts = actions(sub, "conflicts", "rows changed on both sides since the last sync")
    command(conflicts, "list", cmd_conflicts_list)
    p = command(conflicts, "resolve", cmd_conflicts_resolve)
    p.add_argument("id")
    p.add_argument("--keep", required=True, choices=["local", "incoming"])

"""A laptop is lost: its workspace folder is copied whole — database, its journal, keystore, settings,
window layouts, attachments, drafts, backups, pre-upgrade copies, sync keys, whatever temporary files
were left — and searched for a known client's name, its pinyin, ID number and phone number in UTF-8,
UTF-16 (both byte orders) and GBK. Nothing may be found. The bundle the laptop exported, and the
temporary folder where opened attachments are decrypted, are searched as well."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.demo import complete_required
from desktop.security.crypto import database_key
from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.main_window import MainWindow
from desktop.workspace import backups
from desktop.workspace.attachment_ops import plain_copies_dir
from tests.sync.conftest import Agency, exchange

NAME = "欧阳晓菲"
SECRETS = {
    "name": NAME,
    "pinyin": "ouyangxiaofei",
    "pinyin spaced": "ouyang xiaofei",
    "ID number": "110101201003071233",
    "phone": "13912345678",
    "address": "石排镇下沙村七巷",
}
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "gbk")


def needles() -> dict[str, bytes]:
    found = {}
    for what, text in SECRETS.items():
        for encoding in ENCODINGS:
            found[f"{what} in {encoding}"] = text.encode(encoding)
    return found


def search(folder: Path) -> list[str]:
    hits = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        hits += [f"{path.relative_to(folder)}: {label}" for label, needle in needles().items() if needle in data]
    return hits


def test_a_copied_workspace_folder_holds_no_trace_of_a_client(qtbot, agency: Agency, tmp_path: Path):
    device = agency.a
    with agency.desk(device, "wang") as wang:
        client = wang.create_client(
            NAME, id_number=SECRETS["ID number"], phone=SECRETS["phone"], address=SECRETS["address"]
        )
        assert wang.clients("oyxf")[0].id == client.id  # the pinyin is held (for search), encrypted
        case = wang.create_case(client.id, wang.projects()[0].id, "counselling", "youth")
        intake = wang.new_record("intake", case_id=case.id)
        content = complete_required(
            wang,
            intake,
            {"intake_date": "2026-11-10", "open_case": True, "presenting_problem": f"{NAME}，电话 {SECRETS['phone']}"},
        )
        wang.save_record(intake.id, content)
        wang.submit_record(intake.id)
        consent = wang.new_record("consent", case_id=case.id)  # carries the name and ID number in
        assert consent.content["client_id_number"] == SECRETS["ID number"]
        wang.save_draft(consent.id, {**consent.content, "guardian_name": f"{NAME}的母亲"})  # autosaved typing
        scan = tmp_path / "consent.txt"
        scan.write_text(f"同意书 {NAME} {SECRETS['ID number']} {SECRETS['phone']}", encoding="utf-8")
        attachment = wang.add_attachment(scan, case_id=case.id)
        opened = wang.plain_copy(attachment)  # as when it is opened in another program
        assert NAME in opened.read_text(encoding="utf-8")
        temporary = plain_copies_dir(wang.info)

        window = MainWindow(wang, ScriptedDialogs())
        qtbot.addWidget(window)
        case_window = window.open_case(case.id)
        window.ops.wait()  # read on the worker
        qtbot.addWidget(case_window)
        case_window.close()
        window.close()
        backups.make_backup(wang.layout, database_key(wang.data_key), keep=7)
    assert not temporary.exists()  # signing out removed the decrypted copy

    exchange(agency, device, "wang")  # the bundle to the hub, and the reply
    copied = tmp_path / "stolen"
    shutil.copytree(device, copied)
    assert (copied / "backups").is_dir() and (copied / "attachments").is_dir()
    assert search(copied) == []
    assert search(agency.out) == []  # the bundles on the USB stick
    assert search(agency.hub) == []  # and the hub's workspace, which now holds the case too

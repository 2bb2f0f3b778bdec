"""Personal information: a client's report holds every record about them and nothing about anyone else;
retention lists what has passed its period; the agency head alone destroys it, all or nothing, logged by
archive number and counts, with a destruction list (docs/security.md, "Personal information")."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, text

from desktop.demo import complete_required, demo_signature
from desktop.errors import CaseDeskError
from desktop.models import (
    Attachment,
    AuditAnchor,
    AuditEntry,
    Base,
    Case,
    DestroyedItem,
    FormRecord,
    IssuedNumber,
    ServiceGroup,
)
from desktop.workspace import Desk
from desktop.workspace.backups import make_backup
from desktop.workspace.layout import Mode
from tests import raw_db
from tests.conftest import PASSWORDS, Team, approved_group

AS_OF = dt.date(2026, 11, 20)
CLOSED = dt.date(2015, 3, 10)  # ten years before AS_OF and more: a closed case due for destruction


def fill(desk: Desk, form_id: str, content: dict | None = None, *, submit: bool = True, **where):
    record = desk.new_record(form_id, **where)
    record, report = desk.save_record(record.id, complete_required(desk, record, content or {}))
    assert report.ok, [(i.code, i.path) for i in report.errors]
    if submit:
        record, _ = desk.submit_record(record.id)
    return record


def open_case(team: Team, desk: Desk, name: str, **client: Any):
    """A client with a case the supervisor has opened (numbered) from the intake."""
    person = desk.create_client(name, **client)
    case = desk.create_case(person.id, team.project_id, "counselling", "youth")
    intake = fill(desk, "intake", {"intake_date": "2026-11-10", "open_case": True}, case_id=case.id)
    with team.desk("sup") as sup:
        sup.decide(intake.id, "approve", opinion="同意开案")
    return person, desk.case(case.id), intake


def age(desk: Desk, model: type, item_id: Any, on: dt.date, **values: Any) -> None:
    """Move a file (and its forms) back in time: retention counts from dates the app sets as work happens."""
    moment = dt.datetime.combine(on, dt.time(9))
    with desk.session() as s:
        row = s.get(model, item_id)
        for key, value in {"updated_at": moment, **values}.items():
            setattr(row, key, value)
        column = {Case: FormRecord.case_id, ServiceGroup: FormRecord.group_id}.get(model)
        if column is not None:
            for record in s.scalars(select(FormRecord).where(column == item_id)):
                record.updated_at = moment


def close_long_ago(desk: Desk, case_id: Any, on: dt.date = CLOSED) -> None:
    age(desk, Case, case_id, on, status="closed", closed_on=on)


def counts(desk: Desk) -> dict[str, int]:
    with desk.session() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) or 0 for t in Base.metadata.sorted_tables}


@pytest.fixture
def served(team: Team, tmp_path: Path) -> dict[str, Any]:
    """张小明: household, a case with intake, a session, a transfer, a scan and a signature, a visit, a group.
    李小红: chen's client, with a case of her own. 李四: registered in the same group by name."""
    wang = team.desk("wang")
    home = wang.create_household("张家", address="东城路1号")
    person, case, intake = open_case(team, wang, "张小明", phone="13800001111", address="东城路1号")
    wang.add_household_member(home.id, "张小明", "儿子", client_id=person.id)
    wang.add_household_member(home.id, "张大山", "父亲")
    session = fill(wang, "record", {"process": "谈及学校适应的困难"}, case_id=case.id)
    transfer = fill(wang, "transfer", {"to_worker": "刘老师", "reason": "需要学业辅导"}, case_id=case.id)
    wang.attach_bytes(b"signed consent scan of zhang", "同意书扫描.jpg", record_id=intake.id)
    wang.sign(intake.id, "worker", "王社工", demo_signature())
    wang.comment(session.id, "下次带上成绩单")
    visit = fill(wang, "visit", {"findings": "家中整洁"}, submit=False, client_id=person.id)
    group = approved_group(team)
    fill(
        wang,
        "registration",
        {
            "participants": [
                {"name": "张小明", "client_id": str(person.id), "phone": "13800001111"},
                {"name": "李四", "phone": "13900002222", "address": "西城路9号"},
            ]
        },
        group_id=group.id,
    )
    chen = team.desk("chen")
    other, other_case, other_intake = open_case(team, chen, "李小红", phone="13700003333")
    fill(chen, "record", {"process": "李小红的秘密谈话"}, case_id=other_case.id)
    with team.desk("head") as head:
        head.audit("open", "client", person.id)
    return {
        "client": person, "case": case, "intake": intake, "session": session, "transfer": transfer,
        "visit": visit, "group": group, "home": home, "other": other, "other_case": other_case,
    }  # fmt: skip


# -- the client's report ----------------------------------------------------------------------------
def test_the_report_holds_every_record_of_the_client_and_nothing_of_anyone_else(team, served):
    with team.desk("head") as head:
        report = head.personal_report(served["client"].id)
    flat = json.dumps(report, ensure_ascii=False)
    assert report["report"]["complete"] is True
    details = {f["label_zh"]: f["value"] for f in report["client"]["fields"]}
    assert details["姓名"] == "张小明" and details["联系电话"] == "13800001111"
    assert {m["name"] for m in report["household"]["members"]} == {"张小明", "张大山"}
    (case,) = report["cases"]
    assert case["archive_code"] == served["case"].archive_code
    forms = [r["form_id"] for r in case["records"]]
    assert forms == ["intake", "record", "transfer"]
    session = case["records"][1]
    assert {"section", "label_zh", "label_en", "value"} <= set(session["fields"][0])
    assert any(f["value"] == "谈及学校适应的困难" for f in session["fields"])
    assert [c["text"] for c in session["comments"]] == ["下次带上成绩单"]
    intake = case["records"][0]
    assert [d["outcome"] for d in intake["decisions"]] == ["批准"] and intake["revisions"][0]["number"] == 1
    assert [r["form_id"] for r in report["records"]] == ["visit"]
    (group,) = report["groups"]
    assert group["name"] == "成长小组"
    assert "张小明" in json.dumps(group, ensure_ascii=False)
    assert {a["filename"] for a in report["attachments"]} >= {"同意书扫描.jpg", "signature-worker.png"}
    assert [(s["signer"], s["name"]) for s in report["signatures"]] == [("填表社工", "王社工")]
    (transfer,) = report["transfers"]
    assert any(f["value"] == "刘老师" for f in transfer["fields"])
    actions = {(a["who"], a["action"]) for a in report["access"]}
    assert ("王社工", "新建") in actions and ("周主任", "打开档案") in actions and ("李督导", "审批") in actions
    # Nobody else: not the other participant of the group, not chen's client.
    for stranger in ("李四", "13900002222", "西城路9号", "李小红", "13700003333", "李小红的秘密谈话"):
        assert stranger not in flat, stranger
    assert str(served["other_case"].id) not in flat


def test_a_worker_reports_only_on_a_client_they_may_see_and_the_report_says_it_is_their_view(team, served):
    with team.desk("chen") as chen, pytest.raises(CaseDeskError) as refused:
        chen.personal_report(served["client"].id)
    assert refused.value.code == "A009"
    with team.desk("wang") as wang:
        report = wang.personal_report(served["client"].id)
    assert (
        report["report"]["complete"] is False and "完整报告由机构负责人或业务负责人出具" in report["report"]["scope_zh"]
    )
    assert [c["archive_code"] for c in report["cases"]] == [served["case"].archive_code]
    # A worker reads their own entries of the log, not the supervisor's or the head's.
    assert {a["who"] for a in report["access"]} == {"王社工"}


def test_the_report_prints_in_chinese_exports_as_json_and_is_logged(team, served, tmp_path):
    with team.desk("head") as head:
        pdf = head.write_personal_report(served["client"].id, tmp_path / "report.pdf", "pdf")
        exported = head.write_personal_report(served["client"].id, tmp_path / "report.json", "json")
        entries = [e for e in head.audit_entries() if e.action == "report"]
        with pytest.raises(CaseDeskError) as bad:
            head.write_personal_report(served["client"].id, tmp_path / "report.txt", "txt")
    assert bad.value.code == "C001" and not (tmp_path / "report.txt").exists()
    words = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    for expected in ("个人信息报告", "张小明", "接案日期", "成长小组", "同意书扫描.jpg", "刘老师"):
        assert expected in words, expected
    assert "李四" not in words and "李小红" not in words
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == "casedesk-personal-report" and data["client"]["id"] == str(served["client"].id)
    assert [e.detail["format"] for e in entries] == ["json", "pdf"]
    assert {e.target for e in entries} == {str(served["client"].id)} and {e.kind for e in entries} == {"client"}


# -- retention: what is due --------------------------------------------------------------------------
def test_each_kind_is_due_the_day_after_its_period(team, served):
    wang = team.desk("wang")
    close_long_ago(wang, served["case"].id, dt.date(2016, 3, 10))
    declined = wang.create_case(served["client"].id, team.project_id, "counselling", "youth")
    age(wang, Case, declined.id, dt.date(2023, 6, 30), status="not_opened")
    age(wang, ServiceGroup, served["group"].id, dt.date(2016, 5, 2), status="archived",
        closed_on=dt.date(2016, 4, 1), archived_on=dt.date(2016, 5, 2))  # fmt: skip
    age(wang, FormRecord, served["visit"].id, dt.date(2016, 7, 4), service_date=dt.date(2016, 7, 1))
    with team.desk("head") as head:

        def due(on: dt.date) -> set[str]:
            return {d.key for d in head.retention_due(on)}

        assert f"case:{served['case'].id}" not in due(dt.date(2026, 3, 10))
        assert f"case:{served['case'].id}" in due(dt.date(2026, 3, 11))
        assert f"case:{declined.id}" not in due(dt.date(2026, 6, 30))
        assert f"case:{declined.id}" in due(dt.date(2026, 7, 1))
        assert f"group:{served['group'].id}" not in due(dt.date(2026, 5, 2))
        assert f"group:{served['group'].id}" in due(dt.date(2026, 5, 3))
        assert f"record:{served['visit'].id}" not in due(dt.date(2026, 7, 4))
        assert f"record:{served['visit'].id}" in due(dt.date(2026, 7, 5))
        # Open files never fall due, however old.
        assert f"case:{served['other_case'].id}" not in due(dt.date(2099, 1, 1))
        head.set_setting("retention.case_years", 20)
        assert f"case:{served['case'].id}" not in due(dt.date(2030, 1, 1))
        (line,) = [d for d in head.retention_due(dt.date(2036, 3, 11)) if d.key == f"case:{served['case'].id}"]
        assert line.label == served["case"].archive_code and line.records == 3 and line.files >= 2
        assert "张小明" not in repr(head.retention_due(dt.date(2036, 3, 11)))  # no personal details in the list
    for user in ("sup", "wang", "money"):
        with team.desk(user) as desk, pytest.raises(CaseDeskError) as refused:
            desk.retention_due(AS_OF)
        assert refused.value.code == "A004"


# -- destruction ------------------------------------------------------------------------------------
def test_destruction_removes_every_row_and_file_of_the_due_case_and_nothing_else(team, served, tmp_path):
    wang = team.desk("wang")
    shared = b"the same scan attached to both cases"
    wang.attach_bytes(shared, "共用扫描.jpg", record_id=served["session"].id)
    with team.desk("chen") as chen:
        kept = chen.records(case_id=served["other_case"].id)
        chen.attach_bytes(shared, "共用扫描.jpg", record_id=kept[0].id)
    wang.save_draft(served["session"].id, {"process": "unsaved typing"})
    chen_id = next(a.id for a in wang.accounts() if a.username == "chen")
    wang.share("case", served["case"].id, chen_id)
    close_long_ago(wang, served["case"].id)
    with team.desk("head") as head:
        with head.session() as s:
            mine = set(s.scalars(select(Attachment.sha256).where(Attachment.case_id == served["case"].id)))
            theirs = set(s.scalars(select(Attachment.sha256).where(Attachment.case_id == served["other_case"].id)))
        other_before = head.personal_report(served["other"].id)
        before = counts(head)
        result = head.destroy_due(AS_OF, "保存期限已满", tmp_path / "销毁清单.pdf", keys=[f"case:{served['case'].id}"])
        after = counts(head)
        other_after = head.personal_report(served["other"].id)  # chen's client's file, word for word
        with head.session() as s:
            assert s.get(Case, served["case"].id) is None
            assert s.scalars(select(IssuedNumber).where(IssuedNumber.code == served["case"].archive_code)).one()
            marks = list(s.scalars(select(DestroyedItem)))
            entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "destroy")))
    removed = {name: before[name] - after[name] for name in before if before[name] != after[name]}
    # The case with its 3 forms, 3 revisions, 1 decision, 1 comment, 1 signature, 3 attachments, 1 draft and
    # 1 share. The client stays: their visit and their group are not due. One log entry and 4 destroyed items
    # (the case and its 3 forms) are added; nothing else changed.
    assert removed == {
        "case_file": 1, "form_record": 3, "form_revision": 3, "decision": 1, "comment": 1, "signature": 1,
        "attachment": 3, "draft": 1, "share": 1, "audit_entry": -1, "destroyed_item": -4,
    }  # fmt: skip
    assert len(marks) == 4
    assert result.clients == 0 and result.households == 0
    for sha in mine - theirs:
        assert not wang.attachment_path(sha).exists()
    for sha in theirs:  # the file chen's record uses too is kept, and still opens
        assert wang.attachment_path(sha).exists() and wang.read_attachment(sha)
    assert other_after["cases"] == other_before["cases"]
    assert {(m.kind, m.archive_code) for m in marks} == {
        ("case", served["case"].archive_code),
        ("record", served["case"].archive_code),
    }
    assert len([m for m in marks if m.kind == "record"]) == 3
    (entry,) = entries
    assert entry.kind == "case" and entry.target == str(served["case"].id)
    assert entry.detail["archive_code"] == served["case"].archive_code and entry.detail["rows"]["form_record"] == 3
    assert "张小明" not in json.dumps(entry.detail, ensure_ascii=False)
    words = "".join(page.extract_text() for page in PdfReader(result.path).pages)
    assert "档案销毁清单" in words and served["case"].archive_code in words and "保存期限已满" in words
    assert "张小明" not in words and "13800001111" not in words


def test_a_client_and_household_with_nothing_else_left_go_with_their_last_case(team, tmp_path):
    wang = team.desk("wang")
    home = wang.create_household("赵家")
    person, case, _ = open_case(team, wang, "赵一")
    wang.add_household_member(home.id, "赵一", "本人", client_id=person.id)
    wang.add_household_member(home.id, "赵老太", "祖母")
    with wang.session() as s:
        s.get(Case, case.id).household_id = home.id
    close_long_ago(wang, case.id)
    with team.desk("head") as head:
        result = head.destroy_due(AS_OF, "保存期限已满", tmp_path / "list.pdf")
        assert result.clients == 1 and result.households == 1
        with head.session() as s:
            kinds = sorted(s.scalars(select(DestroyedItem.kind)))
        assert kinds.count("client") == 1 and kinds.count("household") == 1
        for call in (head.client, head.household):
            with pytest.raises(CaseDeskError) as gone:
                call(person.id if call == head.client else home.id)
            assert gone.value.code == "R008"
        assert head.households() == [] and head.clients() == []


def test_only_the_agency_head_destroys_and_only_with_a_reason_at_the_hub_or_standalone(team, served, tmp_path):
    close_long_ago(team.desk("wang"), served["case"].id)
    out = tmp_path / "list.pdf"
    for user in ("lead", "sup", "wang", "money"):
        with team.desk(user) as desk, pytest.raises(CaseDeskError) as refused:
            desk.destroy_due(AS_OF, "保存期限已满", out)
        assert refused.value.code == "A004"
    with team.desk("lead") as lead:  # the business lead may look at the list
        assert [d.key for d in lead.retention_due(AS_OF)] == [f"case:{served['case'].id}"]
    with team.desk("head") as head:
        for reason in ("", "  "):
            with pytest.raises(CaseDeskError) as refused:
                head.destroy_due(AS_OF, reason, out)
            assert refused.value.code == "V002"
        with pytest.raises(CaseDeskError) as refused:  # confirmed for a list it is no longer on
            head.destroy_due(AS_OF, "保存期限已满", out, keys=[f"case:{served['other_case'].id}"])
        assert refused.value.code == "V003"
        with pytest.raises(CaseDeskError) as refused:
            head.destroy_due(dt.date(2020, 1, 1), "保存期限已满", out)
        assert refused.value.code == "V004"
        head.info = dataclasses.replace(head.info, mode=Mode.FIELD)
        with pytest.raises(CaseDeskError) as refused:
            head.destroy_due(AS_OF, "保存期限已满", out)
        assert refused.value.code == "V001"
        assert head.case(served["case"].id)
    assert not out.exists()


@pytest.mark.parametrize("step", ["erasing the client", "writing the list"])
def test_a_destruction_that_fails_part_way_changes_nothing(team, served, tmp_path, monkeypatch, step):
    """The case, the visit and the group go first; then the client, who has nothing left; then the list.
    A failure at either step leaves the database, the files and the output folder exactly as they were."""
    wang = team.desk("wang")
    close_long_ago(wang, served["case"].id)
    age(wang, FormRecord, served["visit"].id, CLOSED, service_date=CLOSED)
    age(wang, ServiceGroup, served["group"].id, CLOSED, status="closed", closed_on=CLOSED)
    from desktop.pdf import privacy as pdf
    from desktop.workspace import erasure

    real_erase = erasure.erase
    reached: list[str] = []

    def erase(s, dead):
        if "client" in dead:
            reached.append("client")
            if step == "erasing the client":
                raise OSError(28, "No space left on device")
        return real_erase(s, dead)

    def broken_list(listing, out):
        reached.append("list")
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(erasure, "erase", erase)
    if step == "writing the list":
        monkeypatch.setattr(pdf, "destruction_list_pdf", broken_list)
    root = team.root
    files = sorted(p.relative_to(root).as_posix() for p in (root / "attachments").rglob("*") if p.is_file())
    with team.desk("head") as head:
        keys = [d.key for d in head.retention_due(AS_OF)]
        assert len(keys) == 3
        before = raw_db.fingerprint(root, PASSWORDS["head"])  # after the sign-in's own log entry
        with pytest.raises(OSError):
            head.destroy_due(AS_OF, "保存期限已满", tmp_path / "list.pdf", keys=keys)
        assert raw_db.fingerprint(root, PASSWORDS["head"]) == before
    assert reached[-1] == ("client" if step == "erasing the client" else "list")
    assert sorted(p.relative_to(root).as_posix() for p in (root / "attachments").rglob("*") if p.is_file()) == files
    assert list(tmp_path.glob("list.pdf*")) == []


def test_audit_entries_and_backups_past_their_period_are_destroyed_and_the_log_still_verifies(team, tmp_path):
    later = dt.date.today() + dt.timedelta(days=365 * 11)
    with team.desk("head") as head:
        old = head.layout.backups
        make_backup(head.layout, raw_db.key_for(team.root, PASSWORDS["head"]), keep=7, now=dt.datetime(2020, 1, 2))
        assert [b.name for b in old.glob("auto-2020*.db")]
        due = head.retention_due(later)
        mine = f"audit:{head.info.workspace_id}"
        keys = [d.key for d in due if d.period in ("audit", "backup")]
        assert mine in keys and any(k.startswith("backup:auto-2020") for k in keys)
        head.clock = lambda: later
        result = head.destroy_due(later, "日志与备份保存期限已满", tmp_path / "list.pdf", keys=keys)
        assert result.audit_entries > 0 and result.backups >= 1
        assert not list(old.glob("auto-2020*.db"))
        (check,) = head.verify_audit()
        assert check.ok and check.entries >= 1
        head.audit("open", "client", "x")  # the chain goes on
        assert all(c.ok for c in head.verify_audit())
        with head.session() as s:
            anchor = s.scalars(select(AuditAnchor)).one()
            assert s.scalar(select(func.min(AuditEntry.seq))) == anchor.seq + 1
            # An anchor moved by hand (no destruction names it) breaks the chain at once.
            s.execute(text("UPDATE audit_anchor SET seq = seq - 1"))
        (check,) = head.verify_audit()
        assert not check.ok


def test_both_pdfs_embed_their_fonts(team, served, tmp_path):
    """The Chinese font is embedded (a reader without it shows the same characters, not boxes)."""
    from tests.pdf.test_pdfs import fonts_of

    close_long_ago(team.desk("wang"), served["case"].id)
    with team.desk("head") as head:
        report = head.write_personal_report(served["client"].id, tmp_path / "r.pdf")
        listing = head.destroy_due(AS_OF, "保存期限已满", tmp_path / "list.pdf").path
    for pdf in (report, listing):
        fonts = fonts_of(pdf)
        assert fonts and all(embedded == "yes" for _, embedded in fonts), fonts
        assert all("WenQuanYi" in name or "HanaMin" in name for name, _ in fonts), fonts

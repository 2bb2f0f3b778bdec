"""Case work through the domain API: a whole case from intake to archive, and each case rule."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.demo import complete_required
from desktop.errors import AccessDenied, CaseDeskError
from tests.workflow.test_people import make_id

DAY = dt.date(2026, 11, 2)


@pytest.fixture
def desks(team):
    wang, sup, head = team.desk("wang"), team.desk("sup"), team.desk("head")
    for desk in (wang, sup, head):
        desk.clock = lambda: DAY
    return wang, sup, head


def fill(desk, case_id, form_id, content=None, *, submit=True, approvers=()):
    record = desk.new_record(form_id, case_id=case_id)
    record, report = desk.save_record(record.id, complete_required(desk, record, content or {}))
    assert report.ok, [(i.code, i.path, i.en) for i in report.errors]
    if submit:
        record, _ = desk.submit_record(record.id)
        for reviewer in approvers:
            record = reviewer.decide(record.id, "approve")
    return record


def test_a_whole_case_from_intake_to_archive(team, desks):
    wang, sup, head = desks
    client = wang.create_client("张小明", id_number=make_id("44010220120503001"))
    case = wang.create_case(client.id, team.project_id, "counselling", "youth")
    with pytest.raises(CaseDeskError) as caught:
        wang.new_record("record", case_id=case.id)  # no session before the intake is approved
    assert caught.value.code == "K001"
    fill(wang, case.id, "intake", {"intake_date": "2026-11-02", "open_case": True}, approvers=[sup])
    opened = wang.case(case.id)
    assert opened.status == "open" and opened.archive_code == "QSN-GA-001-202611"
    fill(wang, case.id, "consent", {"signed_on": "2026-11-02", "guardian_name": "林秀英"})
    fill(wang, case.id, "case_basic", {"filled_on": "2026-11-02"})
    fill(wang, case.id, "assessment", {"assessment_date": "2026-11-02"}, approvers=[sup])
    fill(wang, case.id, "plan", {"plan_date": "2026-11-02", "planned_sessions": 5}, approvers=[sup])
    for n in range(5):
        fill(
            wang,
            case.id,
            "record",
            {"session_date": f"2026-11-{2 + n:02d}", "start_time": "09:00", "end_time": "10:00", "new_risk": False},
            approvers=[sup],
        )
    assert wang.sessions_held(case.id) == 5
    fill(wang, case.id, "closing_eval", {})
    closing = fill(
        wang,
        case.id,
        "closing",
        {
            "closing_date": "2026-11-02",
            "service_start": "2026-11-02",
            "closing_reason": "goals_met",
            "follow_up_needed": True,
            "follow_up_date": "2026-12-02",
        },
    )
    assert wang.case(case.id).status == "closing"
    sup.decide(closing.id, "approve")
    head.decide(closing.id, "approve")
    closed = wang.case(case.id)
    assert (closed.status, closed.closed_on, closed.follow_up_on) == ("closed", DAY, dt.date(2026, 12, 2))
    with pytest.raises(CaseDeskError) as caught:
        wang.archive_case(case.id)
    assert caught.value.code == "K004" and "个案附件清单" in caught.value.message("zh")
    assert wang.archive_missing(case.id) == ["attachments"]
    checklist = wang.new_record("attachments", case_id=case.id)
    kinds = [row["kind"] for row in checklist.content["documents"]]
    assert kinds[:3] == ["intake", "consent", "case_basic"] and "record" in kinds  # generated from the case
    assert any(row["name"] == "个案记录表（5 份）" for row in checklist.content["documents"])
    rows = [{**row, "pages": 2, "in_bag": True} for row in checklist.content["documents"]]
    rows.append({"kind": "supporting", "name": "户口本复印件", "pages": 1, "in_bag": True})  # paper only
    checklist, report = wang.save_record(checklist.id, complete_required(wang, checklist, {"documents": rows}))
    assert report.ok, [(i.code, i.en) for i in report.errors]
    wang.submit_record(checklist.id)
    archived = wang.archive_case(case.id)
    assert archived.status == "archived" and archived.archive_code == "QSN-GA-001-202611"
    kinds = {t.kind for t in wang.tasks()}
    assert {"follow_up", "originals"} <= kinds and "archive" not in kinds


def test_the_archive_refusal_names_every_missing_form(team, desks):
    wang, sup, head = desks
    case = wang.create_case(wang.create_client("李四").id, team.project_id, "treatment", "family")
    fill(wang, case.id, "intake", {"open_case": True}, approvers=[sup])
    with wang.session() as s:  # a transferred case closed without its paperwork
        from desktop.models import Case

        row = s.get(Case, case.id)
        row.status, row.transferred = "closed", True
    missing = wang.archive_missing(case.id)
    assert missing == ["consent", "case_basic", "plan", "record", "closing", "closing_eval", "attachments", "transfer"]
    with pytest.raises(CaseDeskError) as caught:
        wang.archive_case(case.id)
    message = caught.value.message("zh")
    assert all(name in message for name in ("接受个案服务同意书", "个案转介表", "个案结束评估表"))


def test_a_case_that_is_not_closed_cannot_be_archived(team, desks):
    wang, sup, _ = desks
    case = wang.create_case(wang.create_client("王五").id, team.project_id, "counselling", "youth")
    with pytest.raises(CaseDeskError) as caught:
        wang.archive_case(case.id)
    assert caught.value.code == "K005"


def test_a_hotline_consultation_closes_the_same_day_with_its_approval_owed(team, desks):
    wang, sup, _ = desks
    case = wang.create_case(wang.create_client("匿名来电").id, team.project_id, "consultation", "youth", hotline=True)
    fill(wang, case.id, "case_basic", {"filled_on": "2026-11-02", "referral_source": "hotline"})
    fill(
        wang,
        case.id,
        "closing_info",
        {"contact_date": "2026-11-02", "referral_made": False, "crisis_found": False, "follow_up_needed": False},
    )
    done = wang.case(case.id)
    assert (done.status, done.opened_on, done.closed_on) == ("closed", DAY, DAY)
    assert done.archive_code == "QSN-ZX-001-202611" and done.approval_owed
    assert [t.kind for t in sup.tasks() if t.case_id == case.id] == ["hotline"]
    assert "hotline" in {t.kind for t in wang.tasks()}
    with pytest.raises(AccessDenied):
        wang.confirm_hotline_case(case.id)
    sup.confirm_hotline_case(case.id)
    assert not wang.case(case.id).approval_owed
    assert wang.archive_missing(case.id) == []
    with pytest.raises(CaseDeskError) as caught:
        other = wang.create_case(wang.create_client("赵六").id, team.project_id, "counselling", "youth")
        wang.new_record("closing_info", case_id=other.id)
    assert caught.value.code == "K002"


def test_a_session_dated_before_the_intake_is_refused_on_its_field(team, desks):
    wang, sup, _ = desks
    case = wang.create_case(wang.create_client("陈七").id, team.project_id, "counselling", "youth")
    fill(wang, case.id, "intake", {"intake_date": "2026-11-02", "open_case": True}, approvers=[sup])
    record = wang.new_record("record", case_id=case.id)
    record, report = wang.save_record(record.id, {**record.content, "session_date": "2026-10-20"})
    assert [i.path for i in report.errors if i.code == "REC04"] == ["session_date"]
    assert record.content["session_date"] == "2026-10-20"  # kept as typed, not submittable


def test_a_minor_at_risk_raises_the_flag_and_asks_for_the_mandatory_report(team, desks):
    wang, sup, _ = desks
    child = wang.create_client("小红", birth_date=dt.date(2014, 6, 1))
    case = wang.create_case(child.id, team.project_id, "counselling", "youth")
    fill(wang, case.id, "intake", {"open_case": True}, approvers=[sup])
    record = wang.new_record("assessment", case_id=case.id)
    content = complete_required(wang, record, {"abuse_neglect_risk": "high", "assessment_date": "2026-11-02"})
    assert content["mandatory_report_action"]  # required once the risk is there: the filler had to fill it
    content["mandatory_report_action"] = None
    _, report = wang.save_record(record.id, content)
    assert any(i.path == "mandatory_report_action" and i.code == "F001" for i in report.errors)
    assert wang.case(case.id).risk_level == "high"  # flagged as soon as it is saved
    wang.save_record(record.id, {**content, "mandatory_report_action": "已于当日报告派出所及民政办"})
    wang.submit_record(record.id)
    other = wang.create_case(wang.create_client("平安").id, team.project_id, "counselling", "youth")
    fill(wang, other.id, "intake", {"open_case": True}, submit=True)
    waiting = [t for t in sup.tasks() if t.kind == "review"]
    assert waiting[0].case_id == case.id and waiting[0].risk == "high"  # risk reaches the supervisor first


def test_an_approval_given_on_paper_counts_and_waits_for_confirmation(team, desks, tmp_path):
    wang, sup, _ = desks
    case = wang.create_case(wang.create_client("周八").id, team.project_id, "counselling", "youth")
    intake = fill(wang, case.id, "intake", {"open_case": True})
    scan = tmp_path / "签批.jpg"
    scan.write_bytes(b"\xff\xd8 signed")
    wang.record_offline_approval(intake.id, sup.account.id, DAY, "paper", evidence=scan, opinion="同意开案")
    assert wang.record(intake.id).status == "approved" and wang.case(case.id).status == "open"
    pending = wang.unconfirmed_approvals()
    assert len(pending) == 1 and pending[0].reviewer_id == sup.account.id and pending[0].evidence_id
    assert [t.kind for t in sup.tasks()].count("confirm") == 1
    with pytest.raises(AccessDenied):
        team.desk("lead").confirm_offline_approval(pending[0].id)
    sup.confirm_offline_approval(pending[0].id)
    assert wang.unconfirmed_approvals() == []
    plan = fill(wang, case.id, "plan", {"planned_sessions": 5})
    with pytest.raises(AccessDenied):  # a worker cannot record an approval from someone without the role
        wang.record_offline_approval(plan.id, team.desk("chen").account.id, DAY)
    assert wang.record(plan.id).status == "submitted"


def test_a_transfer_reply_is_due_in_working_days_across_a_public_holiday(team, desks):
    wang, sup, _ = desks
    case = wang.create_case(wang.create_client("吴九").id, team.project_id, "counselling", "youth")
    fill(wang, case.id, "intake", {"open_case": True}, approvers=[sup])
    transfer = fill(
        wang,
        case.id,
        "transfer",
        {"transfer_date": "2026-09-30", "consent_date": "2026-09-29", "client_consent": True, "reply": "pending"},
        approvers=[sup],
    )
    assert transfer.content["reply_due"] == "2026-10-10"  # 1–7 October off, Saturday 10 October worked
    assert wang.case(case.id).transferred
    due = [t for t in wang.tasks() if t.kind == "reply"]
    assert due and due[0].due == dt.date(2026, 10, 10) and due[0].overdue  # today is 2 November
    missing = wang.archive_missing(case.id)
    assert "transfer" not in missing and "consent" in missing  # the approved transfer form is on file


def test_counselling_closed_as_goals_met_needs_five_sessions(team, desks):
    wang, sup, _ = desks
    case = wang.create_case(wang.create_client("郑十").id, team.project_id, "counselling", "youth")
    fill(wang, case.id, "intake", {"open_case": True, "intake_date": "2026-11-01"}, approvers=[sup])
    for n in range(3):
        fill(wang, case.id, "record", {"session_date": f"2026-11-0{2 + n}"}, approvers=[sup])
    record = wang.new_record("closing", case_id=case.id)
    assert record.content["total_sessions"] == 3
    content = complete_required(wang, record, {"closing_reason": "goals_met"})
    _, report = wang.save_record(record.id, content)
    assert "CLOS01" in {i.code for i in report.errors}
    _, report = wang.save_record(record.id, {**content, "closing_reason": "client_request"})
    assert "CLOS01" not in report.codes()


def test_the_anonymised_export_holds_none_of_the_planted_identifiers(team, desks):
    import json

    from desktop.forms.schema import FieldType

    wang, sup, _ = desks
    id_number, phone, mother_phone = make_id("44010220120503001"), "13812345678", "020-87654321"
    client = wang.create_client("张小明", id_number=id_number, phone=phone, address="东兴路12号")
    case = wang.create_case(client.id, team.project_id, "counselling", "youth")
    fill(wang, case.id, "intake", {"open_case": True}, approvers=[sup])
    planted = f"张小明（{id_number}）住东兴路12号，母亲林秀英电话{mother_phone}，小明说父亲张建华常打他，手机{phone}"
    record = wang.new_record("case_basic", case_id=case.id)
    form = wang.registry.get("case_basic")
    content = complete_required(wang, record, {})
    for f in form.value_fields:  # every free-text field carries the identifiers
        if f.type in (FieldType.TEXT, FieldType.LONG_TEXT) and not f.read_only and f.id not in ("phone", "id_number"):
            content[f.id] = planted
    content["family_members"] = [
        {"name": "林秀英", "relationship": "parent", "occupation": f"电话{mother_phone}", "notes": planted},
        {"name": "张建华", "relationship": "parent", "notes": f"身份证{make_id('44010219800101005')}"},
    ]
    wang.save_record(record.id, content)
    export = wang.anonymised_case(case.id)
    text = json.dumps(export, ensure_ascii=False)
    for identifier in (
        "张小明",
        "小明",
        "林秀英",
        "张建华",
        id_number,
        phone,
        mother_phone,
        "东兴路12号",
        make_id("44010219800101005"),
        "2012-05-03",
    ):
        assert identifier not in text, identifier
    assert "服务对象A" in text and "家庭成员" in text and export["client"]["age"] == 14

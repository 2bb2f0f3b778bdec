"""Revisions, approval binding and role refusals through the domain API, on a real SQLite store."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.demo import complete_required
from desktop.errors import AccessDenied, CaseDeskError, WorkflowError

CONSENT = {
    "signed_on": "2026-11-20",
    "understood": True,
    "anonymised_use": True,
    "complaint_right_told": True,
    "services_explained": "每周一次面谈，协助处理学业压力",
}


@pytest.fixture
def case(team):
    with team.desk("wang") as wang:
        client = wang.create_client("张小明", sex="male", birth_date=dt.date(1990, 3, 4))
        return wang.create_case(client.id, team.project_id, "counselling", "youth")


def ready_record(team, case, form_id="intake", content=None):
    """A valid record of ``form_id`` owned by wang."""
    wang = team.desk("wang")
    record = wang.new_record(form_id, case_id=case.id)
    if content is None:
        content = sample_content(wang, record)
    record, report = wang.save_record(record.id, content)
    assert report.ok, [(i.code, i.path) for i in report.errors]
    return wang, record


def sample_content(desk, record):
    """Every required visible field filled with a plausible value (the demo's filler)."""
    return complete_required(desk, record, {})


def test_draft_saves_in_place_and_first_submission_makes_revision_one(team, case):
    wang, record = ready_record(team, case)
    assert record.status == "draft" and record.revision_no == 0
    record, _ = wang.save_record(record.id, {**record.content, "request": "再改一次"})
    assert record.revision_no == 0  # drafts are not revisions
    record, _ = wang.submit_record(record.id)
    assert (record.status, record.revision_no, record.pending_role) == ("submitted", 1, "supervisor")
    revisions = wang.revisions(record.id)
    assert [r.number for r in revisions] == [1] and revisions[0].content_hash == record.content_hash


def test_approval_binds_to_the_revision_and_an_edit_reopens_it(team, case):
    wang, record = ready_record(team, case)
    wang.submit_record(record.id)
    sup = team.desk("sup")
    approved = sup.decide(record.id, "approve", "同意开案")
    assert approved.status == "approved" and approved.approvals == 1
    edited, _ = wang.save_record(record.id, {**approved.content, "request": "补充：家长也希望参与"})
    assert edited.status == "draft" and edited.revision_no == 2
    assert edited.approvals == 0  # the approval was for revision 1's content
    decision = sup.decisions(record.id)[0]
    assert decision.content_hash == approved.content_hash != edited.content_hash
    resubmitted, _ = wang.submit_record(record.id)
    assert resubmitted.status == "submitted" and resubmitted.pending_role == "supervisor"
    assert sup.decide(record.id, "approve").status == "approved"


def test_saving_unchanged_content_after_approval_keeps_the_approval(team, case):
    wang, record = ready_record(team, case)
    wang.submit_record(record.id)
    approved = team.desk("sup").decide(record.id, "approve")
    again, _ = wang.save_record(record.id, approved.content)
    assert again.status == "approved" and again.revision_no == 1


def test_the_case_taking_its_number_after_approval_does_not_undo_the_approval(team, case):
    wang, record = ready_record(
        team,
        case,
        "consent",
        {
            "signed_on": "2026-11-20",
            "understood": True,
            "anonymised_use": True,
            "complaint_right_told": True,
            "services_explained": "每周面谈一次",
        },
    )
    record, _ = wang.submit_record(record.id)
    assert record.status == "approved" and record.content["case_number"] is None
    wang.open_case(case.id)  # the case is opened and numbered after the consent was completed
    saved, _ = wang.save_record(record.id, record.content)
    assert saved.status == "approved" and saved.revision_no == 1
    assert saved.content["case_number"] == wang.case(case.id).archive_code


def test_a_three_step_chain_needs_each_role_in_order(team):
    wang = team.desk("wang")
    group = wang.create_group(team.project_id, "青春同行成长小组", "developmental", "youth")
    record = wang.new_record("group_plan", group_id=group.id)
    record, report = wang.save_record(record.id, sample_content(wang, record))
    assert report.ok, [(i.code, i.path) for i in report.errors]
    record, _ = wang.submit_record(record.id)
    assert record.pending_role == "supervisor"
    with pytest.raises(AccessDenied):
        team.desk("head").decide(record.id, "approve")  # the agency head's turn has not come
    assert team.desk("sup").decide(record.id, "approve").pending_role == "business_lead"
    assert team.desk("lead").decide(record.id, "approve").pending_role == "agency_head"
    final = team.desk("head").decide(record.id, "approve", "同意")
    assert final.status == "approved" and final.approvals == 3


def test_a_return_sends_it_back_and_restarts_the_chain(team):
    wang = team.desk("wang")
    group = wang.create_group(team.project_id, "长者互助小组", "support", "elderly")
    record = wang.new_record("group_plan", group_id=group.id)
    record, _ = wang.save_record(record.id, sample_content(wang, record))
    wang.submit_record(record.id)
    team.desk("sup").decide(record.id, "approve")
    with pytest.raises(WorkflowError) as caught:
        team.desk("lead").decide(record.id, "return", "")
    assert caught.value.code == "R006"
    returned = team.desk("lead").decide(record.id, "return", "预算说明不足")
    assert returned.status == "returned"
    resubmitted, _ = wang.submit_record(record.id)
    assert resubmitted.pending_role == "supervisor"  # a new submission goes through every step again


def test_nobody_approves_their_own_work(team, case):
    sup = team.desk("sup")
    client = sup.create_client("李四")
    own_case = sup.create_case(client.id, team.project_id, "consultation", "family")
    record = sup.new_record("intake", case_id=own_case.id)
    record, report = sup.save_record(record.id, sample_content(sup, record))
    sup.submit_record(record.id)
    with pytest.raises(AccessDenied) as caught:
        sup.decide(record.id, "approve")
    assert caught.value.code == "A005"


def test_roles_are_refused_by_the_domain_whoever_calls(team, case):
    wang, record = ready_record(team, case)
    wang.submit_record(record.id)
    with pytest.raises(AccessDenied) as caught:
        wang.decide(record.id, "approve")
    assert caught.value.code == "A004"
    with pytest.raises(AccessDenied):
        team.desk("chen").decide(record.id, "approve")
    with pytest.raises(AccessDenied):
        wang.create_account("x1", "某人", ["worker"], "password-1")
    with pytest.raises(AccessDenied):
        team.desk("sup").create_project(name="p", contract_start=dt.date(2026, 1, 1), contract_end=dt.date(2026, 2, 1))
    with pytest.raises(AccessDenied):
        team.desk("money").create_client("某人")
    with pytest.raises(AccessDenied) as caught:
        team.desk("chen").save_record(record.id, record.content)  # another worker's content
    assert caught.value.code == "A009"
    with pytest.raises(AccessDenied):
        team.desk("sup").save_record(record.id, record.content)  # a reviewer never edits the worker's fields


def test_business_lead_decides_where_the_township_has_no_supervisor(team, case):
    wang, record = ready_record(team, case)
    wang.submit_record(record.id)
    with pytest.raises(AccessDenied):
        team.desk("lead").decide(record.id, "approve")  # there is a supervisor here
    head = team.desk("head")
    with head.session() as s:  # the supervisor leaves the agency
        from desktop.models import Account

        s.query(Account).filter_by(username="sup").one().active = False
    assert team.desk("lead").decide(record.id, "approve").status == "approved"


def test_comments_are_the_reviewers_and_do_not_touch_the_content(team, case):
    wang, record = ready_record(team, case)
    wang.submit_record(record.id)
    sup = team.desk("sup")
    sup.comment(record.id, "请补充家庭背景", field_id="request")
    after = wang.record(record.id)
    assert after.content == record.content or after.content_hash == wang.record(record.id).content_hash
    comments = wang.comments(record.id)
    assert [(c.text, c.field_id, c.author_id) for c in comments] == [("请补充家庭背景", "request", sup.account.id)]
    assert after.status == "submitted"


def test_invalid_content_is_saved_but_cannot_be_submitted(team, case):
    wang = team.desk("wang")
    record = wang.new_record("consent", case_id=case.id)
    record, report = wang.save_record(record.id, {"signed_on": "下周", "understood": False})
    assert {"F005", "CONS01"} <= report.codes()
    assert record.content["signed_on"] == "下周"  # kept as typed
    with pytest.raises(WorkflowError) as caught:
        wang.submit_record(record.id)
    assert caught.value.code == "R003"
    assert wang.record(record.id).status == "draft"


def test_consent_carries_the_clients_name_and_is_one_per_case(team, case):
    wang = team.desk("wang")
    record = wang.new_record("consent", case_id=case.id)
    assert record.content["client_name"] == "张小明" and record.content["worker_name"] == "王社工"
    with pytest.raises(CaseDeskError) as caught:
        wang.new_record("consent", case_id=case.id)
    assert caught.value.code == "R011"
    wang.void_record(record.id, "填错个案")
    assert wang.new_record("consent", case_id=case.id).status == "draft"


def test_void_keeps_the_record_and_needs_the_right_role(team, case):
    wang, record = ready_record(team, case)
    with pytest.raises(AccessDenied):
        team.desk("chen").void_record(record.id, "不是我的")
    voided = team.desk("sup").void_record(record.id, "重复录入")
    assert voided.status == "void"
    with pytest.raises(WorkflowError):
        wang.save_record(record.id, record.content)
    assert wang.records(status="void")[0].id == record.id


def test_case_scoped_form_needs_its_case(team):
    with pytest.raises(CaseDeskError) as caught:
        team.desk("wang").new_record("plan")
    assert caught.value.code == "R010"


def test_reassign_moves_the_case_and_its_records(team, case):
    wang, record = ready_record(team, case)
    chen = team.desk("chen")
    with pytest.raises(AccessDenied):
        wang.reassign("case", case.id, chen.account.id)
    team.desk("sup").reassign("case", case.id, chen.account.id)
    assert chen.case(case.id).owner_id == chen.account.id
    assert chen.record(record.id).owner_id == chen.account.id
    chen.save_record(record.id, {**record.content, "request": "陈社工接手后补充"})


def test_attachments_are_kept_by_hash_in_the_workspace_encrypted(team, case, tmp_path):
    wang, record = ready_record(team, case)
    scan = tmp_path / "签字同意书.jpg"
    scan.write_bytes(b"\xff\xd8fake-jpeg-bytes")
    attachment = wang.add_attachment(scan, record_id=record.id, description="纸质同意书扫描")
    stored = wang.attachment_path(attachment.sha256)
    assert stored.is_relative_to(team.root) and b"fake-jpeg" not in stored.read_bytes()
    assert wang.read_attachment(attachment.sha256) == scan.read_bytes()
    copy = wang.plain_copy(attachment)  # for an image viewer: a private temporary copy, gone at sign-out
    assert copy.read_bytes() == scan.read_bytes() and copy.name == "签字同意书.jpg"
    assert not copy.is_relative_to(team.root)
    wang.close()
    assert not copy.exists()
    wang = team.desk("wang")
    assert attachment.case_id == case.id and attachment.media_type == "image/jpeg"
    assert [a.filename for a in wang.attachments(record_id=record.id)] == ["签字同意书.jpg"]
    with pytest.raises(CaseDeskError) as caught:
        wang.add_attachment(tmp_path / "missing.jpg", record_id=record.id)
    assert caught.value.code == "R007"


def test_a_revision_held_beside_a_sync_conflict_never_collides_with_the_next_save(team, case):
    """A peer's revision 1 arrived while this draft was never submitted here (a sync conflict holds
    it): submitting takes revision 2, not a second revision 1."""
    from desktop.models import FormRevision

    wang = team.desk("wang")
    record = wang.new_record("consent", case_id=case.id)
    record, _ = wang.save_record(record.id, complete_required(wang, record, {"signed_on": "2026-11-02"}))
    with wang.session() as s:
        s.add(FormRevision(record_id=record.id, number=1, form_version=1, content={}, content_hash="x" * 64))
    submitted, _ = wang.submit_record(record.id)
    assert submitted.revision_no == 2
    assert [r.number for r in wang.revisions(record.id)] == [1, 2]

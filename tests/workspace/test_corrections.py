"""Every mistake correctable (docs/rules.md, "Corrections"): a client's details, a case's or group's domain
and type, voiding a record, confirming a paper approval; each with its reason, in the audit log and the
case's history, and each refusal leaving everything as it was."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from desktop.errors import AccessDenied, CaseDeskError
from desktop.models import AuditEntry, Case
from tests.pdf.test_pdfs import text_of
from tests.workflow.test_people import make_id
from tests.workspace.test_case_work import DAY, fill


@pytest.fixture
def desks(team):
    wang, sup, chen = team.desk("wang"), team.desk("sup"), team.desk("chen")
    for desk in (wang, sup, chen):
        desk.clock = lambda: DAY
    return wang, sup, chen


def code_of(call, *args, **kwargs) -> str:
    with pytest.raises(CaseDeskError) as caught:
        call(*args, **kwargs)
    return caught.value.code


def entries(desk, action: str, target) -> list[AuditEntry]:
    with desk.core.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action, AuditEntry.target == str(target))))


# -- a client's details ------------------------------------------------------------------------------
def test_the_worker_corrects_a_client_with_a_reason_and_the_log_keeps_no_values(desks):
    wang, _, _ = desks
    id_number = make_id("44010219900304001")
    client = wang.create_client("张小民", phone="13800000000")
    corrected = wang.update_client(client.id, name="张小明", id_number=id_number, reason="姓名和身份证号录错")
    assert (corrected.name, corrected.birth_date, corrected.sex) == ("张小明", dt.date(1990, 3, 4), "male")
    [entry] = entries(wang, "correct", client.id)
    assert entry.detail["fields"] == ["birth_date", "id_number", "name", "sex"]
    assert entry.detail["reason"] == "姓名和身份证号录错"
    assert id_number not in str(entry.detail) and "张小明" not in str(entry.detail)


def test_a_client_correction_is_refused_without_a_reason_outside_the_view_or_against_the_id(desks):
    wang, sup, chen = desks
    client = wang.create_client("李四", id_number=make_id("44010219850601002"))
    assert code_of(wang.update_client, client.id, phone="139", reason="  ") == "C001"
    with pytest.raises(AccessDenied):
        chen.update_client(client.id, phone="139", reason="号码录错")  # another worker's client
    assert code_of(wang.update_client, client.id, sex="male", reason="性别录错") == "P006"
    assert code_of(wang.update_client, client.id, birth_date=dt.date(1985, 6, 2), reason="录错") == "P003"
    assert code_of(wang.update_client, client.id, id_number="123", reason="录错") == "P001"
    unchanged = wang.client(client.id)
    assert (unchanged.phone, unchanged.sex, unchanged.birth_date) == (None, "female", dt.date(1985, 6, 1))
    assert entries(wang, "correct", client.id) == []
    assert sup.update_client(client.id, phone="13900000000", reason="电话录错").phone == "13900000000"


def test_a_client_correction_after_a_case_exists_shows_in_the_case_history(team, desks):
    wang, sup, _ = desks
    client = wang.create_client("王五")
    case = wang.create_case(client.id, team.project_id, "counselling", "youth")
    sup.update_client(client.id, address="东村 2 号", reason="地址录错")
    [entry] = [e for e in wang.case_timeline(case.id) if e.kind == "correction"]
    assert (entry.subject, entry.fields, entry.note, entry.actor) == ("client", ("address",), "地址录错", "李督导")


# -- a case's and a group's domain and type ------------------------------------------------------------
def test_the_worker_corrects_a_case_until_it_is_numbered_and_the_supervisor_after(team, desks):
    wang, sup, _ = desks
    case = wang.create_case(wang.create_client("赵六").id, team.project_id, "counselling", "youth")
    before = wang.correct_case(case.id, "领域选错", domain="family")  # just before numbering: the worker's
    assert (before.domain, before.archive_code) == ("family", None)
    numbered = wang.open_case(case.id, on=DAY)
    code = numbered.archive_code
    assert code
    with pytest.raises(AccessDenied) as refused:  # just after: no longer the worker's
        wang.correct_case(case.id, "其实是青少年", domain="youth")
    assert refused.value.code == "K008" and wang.case(case.id).domain == "family"
    after = sup.correct_case(case.id, "其实是青少年", domain="youth", case_type="treatment")
    assert (after.domain, after.case_type, after.archive_code) == ("youth", "treatment", code)  # the number stays
    [entry] = [e for e in entries(wang, "correct", case.id) if e.detail["archive_code"]]
    assert entry.detail["before"] == {"domain": "family", "case_type": "counselling"}
    assert entry.detail["after"] == {"domain": "youth", "case_type": "treatment"} and entry.detail["reason"]
    history = [(e.subject, e.fields, e.note) for e in wang.case_timeline(case.id) if e.kind == "correction"]
    assert history == [("case", ("domain",), "领域选错"), ("case", ("case_type", "domain"), "其实是青少年")]


def test_a_case_correction_is_refused_without_a_reason_or_for_an_unknown_value(team, desks):
    wang, _, chen = desks
    case = wang.create_case(wang.create_client("钱七").id, team.project_id, "counselling", "youth")
    assert code_of(wang.correct_case, case.id, "", domain="family") == "C001"
    assert code_of(wang.correct_case, case.id, "选错", domain="martian") == "K009"
    assert code_of(wang.correct_case, case.id, "选错", case_type="developmental") == "K009"  # a group kind
    assert code_of(wang.correct_case, case.id, "选错") == "C001"  # nothing to correct
    with pytest.raises(AccessDenied):
        chen.correct_case(case.id, "选错", domain="family")
    assert (wang.case(case.id).domain, wang.case(case.id).case_type) == ("youth", "counselling")
    assert entries(wang, "correct", case.id) == []


def test_a_group_is_corrected_freely_before_its_number_and_by_the_supervisor_after(team, desks):
    wang, sup, _ = desks
    group = wang.create_group(team.project_id, "成长小组", "developmental", "youth")
    assert wang.correct_group(group.id, "类型选错", kind="support").kind == "support"
    assert code_of(wang.correct_group, group.id, "其实是讲座", kind="lecture") == "K011"  # a group stays a group
    numbered = wang.number_group(group.id, on=DAY)
    with pytest.raises(AccessDenied) as refused:
        wang.correct_group(group.id, "领域选错", domain="family")
    assert refused.value.code == "K008"
    after = sup.correct_group(group.id, "领域选错", domain="family")
    assert (after.domain, after.kind, after.archive_code) == ("family", "support", numbered.archive_code)


# -- voiding a record ------------------------------------------------------------------------------------
def test_the_owner_voids_her_draft_and_only_a_supervisor_a_submitted_record(team, desks):
    wang, sup, _ = desks
    case = wang.create_case(wang.create_client("孙八").id, team.project_id, "counselling", "youth")
    draft = fill(wang, case.id, "intake", {"open_case": True}, submit=False)
    assert wang.void_record(draft.id, "重复录入").status == "void"
    submitted = fill(wang, case.id, "intake", {"open_case": True})
    with pytest.raises(AccessDenied) as refused:
        wang.void_record(submitted.id, "填错")
    assert refused.value.code == "K012" and wang.record(submitted.id).status == "submitted"
    assert code_of(sup.void_record, submitted.id, " ") == "C001"
    voided = sup.void_record(submitted.id, "填错个案")
    assert voided.status == "void"
    [entry] = entries(wang, "void", submitted.id)
    assert entry.detail == {"reason": "填错个案", "was": "submitted"}
    history = [(e.kind, e.record_id, e.note) for e in wang.case_timeline(case.id) if e.kind == "void"]
    assert (history[-1], len(history)) == (("void", submitted.id, "填错个案"), 2)
    assert {r.id for r in wang.records(case_id=case.id, status="void")} == {draft.id, submitted.id}
    assert wang.revisions(submitted.id)  # its history stays


def test_a_voided_record_leaves_the_archive_set_and_the_bag(team, desks, tmp_path):
    wang, sup, _ = desks
    case = wang.create_case(wang.create_client("周九").id, team.project_id, "counselling", "youth")
    fill(wang, case.id, "intake", {"open_case": True}, approvers=[sup])
    consent = fill(wang, case.id, "consent")  # approved on submission: it needs no approval
    title = wang.registry.get("consent").title.zh
    assert "consent" not in wang.archive_missing(case.id)
    assert title in text_of(wang.print_bag(case.id, tmp_path / "before.pdf"))
    sup.void_record(consent.id, "签错对象")
    assert "consent" in wang.archive_missing(case.id)  # the archive needs it again
    cover, *forms = text_of(wang.print_bag(case.id, tmp_path / "after.pdf")).split("\f")
    assert title not in "".join(forms) and re.search(title + r".*?缺", cover, re.S)  # on the cover: missing (缺)
    assert wang.record(consent.id).status == "void" and wang.revisions(consent.id)  # kept, with its history


def test_no_record_is_voided_in_an_archived_case(team, desks):
    wang, sup, _ = desks
    case = wang.create_case(wang.create_client("吴十").id, team.project_id, "counselling", "youth")
    draft = fill(wang, case.id, "intake", {"open_case": True}, submit=False)
    with wang.core.session() as s:
        s.get(Case, case.id).status = "archived"
    assert code_of(wang.void_record, draft.id, "重复录入") == "K010"
    assert code_of(sup.void_record, draft.id, "重复录入") == "K010"
    assert wang.record(draft.id).status == "draft" and entries(wang, "void", draft.id) == []


# -- confirming a paper or phone approval ----------------------------------------------------------------
def test_the_named_supervisor_confirms_a_paper_approval_and_her_task_goes(team, desks):
    wang, sup, _ = desks
    case = wang.create_case(wang.create_client("郑一").id, team.project_id, "counselling", "youth")
    intake = fill(wang, case.id, "intake", {"open_case": True})
    wang.record_offline_approval(intake.id, sup.account.id, DAY, "phone", opinion="同意开案")
    [pending] = wang.unconfirmed_approvals()
    assert [t.kind for t in sup.tasks()].count("confirm") == 1
    with pytest.raises(AccessDenied) as refused:
        team.desk("lead").confirm_offline_approval(pending.id)
    assert refused.value.code == "K007"
    assert code_of(wang.confirm_offline_approval, pending.id) == "K007"
    sup.confirm_offline_approval(pending.id)
    assert "confirm" not in [t.kind for t in sup.tasks()] and wang.unconfirmed_approvals() == []
    assert code_of(sup.confirm_offline_approval, pending.id) == "K006"  # once
    [decision] = [e for e in wang.case_timeline(case.id) if e.kind == "decision"]
    assert decision.channel == "phone" and decision.confirmed
    assert [e.kind for e in wang.case_timeline(case.id)].count("confirmed") == 1

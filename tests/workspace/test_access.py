"""Record-level access through the domain API: who sees what (docs/rules.md, "Who sees what"), sharing a
case or group and stopping, nobody approving their own work in any role, and who edits accounts and code
tables. Every refusal is checked by its code, every view by what it holds and what it lacks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.demo import complete_required
from desktop.errors import AccessDenied, CaseDeskError
from desktop.models import Account, AuditEntry, Share
from desktop.workspace import Desk
from tests.conftest import PASSWORDS, Team


def open_case(desk: Desk, team: Team, name: str, *, submit: bool = True):
    """A client of ``desk``'s, their case and its intake (submitted unless told otherwise)."""
    client = desk.create_client(name)
    case = desk.create_case(client.id, team.project_id, "counselling", "youth")
    intake = desk.new_record("intake", case_id=case.id)
    intake, report = desk.save_record(intake.id, complete_required(desk, intake, {"open_case": True}))
    assert report.ok
    if submit:
        intake, _ = desk.submit_record(intake.id)
    return client, case, intake


def refused(code: str, call, *args, **kwargs) -> None:
    with pytest.raises(CaseDeskError) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code, caught.value


def account_id(team: Team, username: str):
    with team.desk("head") as head:
        return next(a.id for a in head.accounts() if a.username == username)


def add_account(team: Team, username: str, roles: list[str], **where) -> Desk:
    """Another account (slow: its password is hashed with argon2), signed in."""
    PASSWORDS.setdefault(username, f"{username}-pass-1")
    with team.desk("head") as head:
        head.create_account(username, username, roles, PASSWORDS[username], **where)
    return team.desk(username)


def scan(tmp_path: Path, name: str = "scan.png") -> Path:
    path = tmp_path / name
    path.write_bytes(b"\x89PNG a scan of the signed paper form " + name.encode())
    return path


# -- a worker's caseload ------------------------------------------------------------------------------
def test_a_worker_cannot_list_or_open_another_workers_case_client_record_or_attachment(team, tmp_path):
    wang, chen = team.desk("wang"), team.desk("chen")
    home = wang.create_household("张家")
    client, case, intake = open_case(wang, team, "张小明")
    wang.add_household_member(home.id, "张小明", "child", client_id=client.id)
    attachment = wang.add_attachment(scan(tmp_path), record_id=intake.id)
    loose = wang.add_attachment(scan(tmp_path, "photo.png"), case_id=case.id)
    wang.comment(intake.id, "补充说明")
    own_client, own_case, own_intake = open_case(chen, team, "陈小红")

    # The owner sees all of it.
    assert [c.id for c in wang.cases()] == [case.id]
    assert {a.id for a in wang.attachments(case_id=case.id)} == {attachment.id, loose.id}
    assert wang.counts() == {"clients": 1, "households": 1, "cases": 1, "groups": 0, "records": 1}

    # Chen's lists hold only chen's own work.
    assert [c.id for c in chen.cases()] == [own_case.id]
    assert [c.id for c in chen.clients()] == [own_client.id]
    assert chen.clients("张") == [] and chen.clients("zxm") == [] and chen.households() == []
    assert [r.id for r in chen.records()] == [own_intake.id]
    assert chen.records(case_id=case.id) == [] and chen.attachments(case_id=case.id) == []
    assert chen.attachments(record_id=intake.id) == []
    assert chen.likely_duplicates("张小明", client.birth_date) == []
    assert chen.counts() == {"clients": 1, "households": 0, "cases": 1, "groups": 0, "records": 1}
    out = chen.export_xlsx("intake", tmp_path / "intakes.xlsx")
    from openpyxl import load_workbook

    exported = [row[0] for row in load_workbook(out).worksheets[0].iter_rows(min_row=2, values_only=True)]
    assert exported == [str(own_intake.id)]

    # A direct read or write of wang's is refused with A009, however it is asked.
    for call, args in (
        (chen.case, (case.id,)),
        (chen.client, (client.id,)),
        (chen.household, (home.id,)),
        (chen.household_members, (home.id,)),
        (chen.record, (intake.id,)),
        (chen.revisions, (intake.id,)),
        (chen.decisions, (intake.id,)),
        (chen.comments, (intake.id,)),
        (chen.signatures, (intake.id,)),
        (chen.review_diff, (intake.id,)),
        (chen.record_context, (intake.id,)),
        (chen.print_job, (intake.id,)),
        (chen.print_bag, (case.id, tmp_path / "bag.pdf")),
        (chen.case_timeline, (case.id,)),
        (chen.anonymised_case, (case.id,)),
        (chen.archive_missing, (case.id,)),
        (chen.comment, (intake.id, "我也看看")),
        (chen.save_record, (intake.id, intake.content)),
        (chen.void_record, (intake.id, "不要了")),
        (chen.update_client, (client.id,)),
        (chen.new_record, ("record",)),
        (chen.create_case, (client.id, team.project_id, "counselling", "youth")),
        (chen.add_attachment, (scan(tmp_path, "x.png"),)),
        (chen.share, ("case", case.id, chen.account.id)),
    ):
        kwargs = {}
        if call == chen.new_record:
            kwargs = {"case_id": case.id}
        if call == chen.add_attachment:
            kwargs = {"case_id": case.id}
        if call == chen.update_client:
            kwargs = {"reason": "录错"}
        with pytest.raises(AccessDenied) as caught:
            call(*args, **kwargs)
        assert caught.value.code == "A009", call.__name__
    assert not (tmp_path / "bag.pdf").exists()


def test_the_whole_agency_for_its_head_and_business_lead_never_a_complaint_about_them(team):
    wang, chen = team.desk("wang"), team.desk("chen")
    _, case_w, intake_w = open_case(wang, team, "张小明")
    _, case_c, _ = open_case(chen, team, "陈小红")
    lead_id = account_id(team, "lead")
    complaint = wang.new_record("complaint", hidden_from=lead_id)
    for username in ("head", "lead"):
        desk = team.desk(username)
        assert {c.id for c in desk.cases()} == {case_w.id, case_c.id}
        assert len(desk.clients()) == 2 and desk.record(intake_w.id).id == intake_w.id
    assert complaint.id in {r.id for r in team.desk("head").records()}
    assert complaint.id not in {r.id for r in team.desk("lead").records()}  # never shown to whom it concerns
    refused("A009", team.desk("lead").record, complaint.id)


# -- sharing --------------------------------------------------------------------------------------------
def test_sharing_opens_exactly_that_case_and_revoking_closes_it(team, tmp_path):
    wang, chen = team.desk("wang"), team.desk("chen")
    client, case, intake = open_case(wang, team, "张小明")
    other_client, other_case, other_intake = open_case(wang, team, "李小红")
    attachment = wang.add_attachment(scan(tmp_path), record_id=intake.id)
    chen_id = chen.account.id

    share = wang.share("case", case.id, chen_id)
    assert wang.share("case", case.id, chen_id).id == share.id  # sharing again changes nothing
    assert [s.account_id for s in wang.shares("case", case.id)] == [chen_id]

    # Exactly that case: its forms, client and attachments; not wang's other case.
    assert [c.id for c in chen.cases()] == [case.id]
    assert [c.id for c in chen.clients()] == [client.id]
    assert [r.id for r in chen.records()] == [intake.id]
    assert [a.id for a in chen.attachments(record_id=intake.id)] == [attachment.id]
    assert chen.case(case.id).id == case.id and chen.record(intake.id).content == intake.content
    chen.print_bag(case.id, tmp_path / "bag.pdf")
    refused("A009", chen.case, other_case.id)
    refused("A009", chen.client, other_client.id)
    refused("A009", chen.record, other_intake.id)
    # Shared to see and comment on: the content stays the owner's, and only they share it on.
    chen.comment(intake.id, "我周三可以陪同家访")
    refused("A009", chen.save_record, intake.id, intake.content)
    refused("A010", chen.share, "case", case.id, account_id(team, "sup"))
    refused("A010", chen.unshare, "case", case.id, chen_id)

    revoked = wang.unshare("case", case.id, chen_id)
    assert revoked.revoked_at is not None
    assert chen.cases() == [] and chen.clients() == [] and chen.records() == []
    assert chen.attachments(record_id=intake.id) == []
    refused("A009", chen.case, case.id)
    refused("A009", chen.record, intake.id)
    refused("A012", wang.unshare, "case", case.id, chen_id)
    assert wang.shares("case", case.id) == []
    assert [s.id for s in wang.shares("case", case.id, include_revoked=True)] == [share.id]  # history kept

    with team.desk("head").session() as s:
        logged = [
            (e.action, e.kind, e.target, e.detail.get("to"))
            for e in s.scalars(
                select(AuditEntry).where(AuditEntry.action.in_(("share", "unshare"))).order_by(AuditEntry.seq)
            )
        ]
    assert logged == [("share", "case", str(case.id), str(chen_id)), ("unshare", "case", str(case.id), str(chen_id))]


def test_who_may_share_a_group_and_with_whom(team):
    wang, chen, sup, lead, head = (team.desk(u) for u in ("wang", "chen", "sup", "lead", "head"))
    group = wang.create_group(team.project_id, "成长小组", "developmental", "youth")
    plan = wang.new_record("group_plan", group_id=group.id)
    refused("A009", chen.group, group.id)
    sup.share("group", group.id, chen.account.id)  # the owner's supervisor
    assert [g.id for g in chen.groups()] == [group.id] and [r.id for r in chen.records()] == [plan.id]
    lead.unshare("group", group.id, chen.account.id)  # the business lead
    assert chen.groups() == []
    head.share("group", group.id, chen.account.id)  # the agency head
    assert chen.group(group.id).id == group.id
    refused("A011", wang.share, "group", group.id, wang.account.id)  # the owner has it already
    refused("R008", wang.share, "group", group.id, plan.id)  # not an account
    refused("C001", wang.share, "client", group.id, chen.account.id)  # only cases and groups are shared
    assert wang.may_share("group", group.id) and not chen.may_share("group", group.id)
    refused("A009", team.desk("money").share, "group", group.id, chen.account.id)  # not even seen


# -- supervisors and their teams --------------------------------------------------------------------------
def test_a_supervisor_sees_their_team_and_not_another_team(team):
    with team.desk("head") as head:
        station = head.account.station_id
    sup2 = add_account(team, "sup2", ["supervisor"], station_id=station)
    zhang = add_account(team, "zhang", ["worker"], station_id=station, supervisor_id=sup2.account.id)
    with team.desk("head") as head:
        far = head.create_station("石排镇社工站", township="石排镇").id  # no supervisor serves it
    solo = add_account(team, "solo", ["worker"], station_id=far)  # no supervisor assigned
    sup, wang, chen = team.desk("sup"), team.desk("wang"), team.desk("chen")
    _, case_w, intake_w = open_case(wang, team, "张小明", submit=False)
    _, case_c, intake_c = open_case(chen, team, "陈小红")
    _, case_z, intake_z = open_case(zhang, team, "赵小刚")
    _, case_s, intake_s = open_case(solo, team, "孙小美")
    solo_basic = solo.new_record("case_basic", case_id=case_s.id)
    _, solo_other, _ = open_case(solo, team, "周小丽", submit=False)

    # Their team whole (a draft intake too), the other team not at all.
    assert {c.id for c in sup.cases()} >= {case_w.id, case_c.id} and case_z.id not in {c.id for c in sup.cases()}
    assert sup.record(intake_w.id).status == "draft"
    refused("A009", sup.case, case_z.id)
    refused("A009", sup.record, intake_z.id)
    refused("A009", sup.decide, intake_z.id, "approve")
    assert {i.record_id for i in sup.review_inbox()} == {intake_c.id, intake_s.id}
    assert {i.record_id for i in sup2.review_inbox()} == {intake_z.id, intake_s.id}
    assert {c.id for c in sup2.cases()} == {case_z.id, case_s.id}

    # A worker without a supervisor: what waits for a decision, and the case it belongs to; no more.
    assert sup.case(case_s.id).id == case_s.id
    refused("A009", sup.record, solo_basic.id)
    refused("A009", sup.case, solo_other.id)
    assert sup.decide(intake_s.id, "approve").status == "approved"
    assert sup.record(intake_s.id).status == "approved"  # decided by them: still theirs to read

    # Bulk decisions are checked one by one: the other team's is refused beside the team's.
    outcomes = {o.record_id: o for o in sup.decide_many([intake_c.id, intake_z.id], "approve")}
    assert outcomes[intake_c.id].ok and not outcomes[intake_z.id].ok
    assert outcomes[intake_z.id].message == "您无权查看或修改此记录"
    assert sup2.record(intake_z.id).status == "submitted"
    assert sup2.decide(intake_z.id, "approve").status == "approved"


def test_a_paper_approval_is_recorded_only_in_the_name_of_someone_whose_decision_it_is(team):
    with team.desk("head") as head:
        station = head.account.station_id
    sup2 = add_account(team, "sup2", ["supervisor"], station_id=station)
    wang = team.desk("wang")
    _, _, intake = open_case(wang, team, "张小明")
    refused("A009", wang.record_offline_approval, intake.id, sup2.account.id, dt.date(2026, 11, 2))
    assert wang.record(intake.id).status == "submitted"
    wang.record_offline_approval(intake.id, account_id(team, "sup"), dt.date(2026, 11, 2))
    assert wang.record(intake.id).status == "approved"


def test_a_finance_officer_sees_financial_forms_waiting_or_signed_and_their_groups(team):
    wang, sup, money = team.desk("wang"), team.desk("sup"), team.desk("money")
    _, case, _ = open_case(wang, team, "张小明")
    group = wang.create_group(team.project_id, "成长小组", "developmental", "youth")
    plan = wang.new_record("group_plan", group_id=group.id)
    wang.save_record(plan.id, complete_required(wang, plan, {}))
    assert money.records() == [] and money.groups() == []  # a draft waits for nobody
    wang.submit_record(plan.id)
    assert [r.id for r in money.records()] == [plan.id]
    assert [g.id for g in money.groups()] == [group.id] and money.group(group.id).id == group.id
    assert money.cases() == [] and money.clients() == []
    refused("A009", money.case, case.id)
    refused("A009", money.print_bag, group.id, Path("/nonexistent/bag.pdf"))  # the group's header, not its file
    money.sign(plan.id, "finance_officer", "赵会计", b"\x89PNG" + b"\x00" * 200)
    for reviewer in ("sup", "lead", "head"):
        team.desk(reviewer).decide(plan.id, "approve")
    assert money.record(plan.id).status == "approved"  # signed by them: still theirs to read
    registration = wang.new_record("registration", group_id=group.id)
    refused("A009", money.record, registration.id)
    assert sup.record(registration.id).id == registration.id


# -- drafts on a shared station laptop ------------------------------------------------------------------
def test_two_workers_on_one_station_laptop_see_nothing_of_each_others_drafts(team):
    wang, chen = team.desk("wang"), team.desk("chen")
    _, case, intake = open_case(wang, team, "张小明", submit=False)
    wang.save_draft(intake.id, {**intake.content, "request": "王的未保存输入"})
    assert [d.record_id for d in wang.drafts()] == [intake.id]
    assert chen.drafts() == [] and chen.draft(intake.id) is None
    refused("A009", chen.save_draft, intake.id, {"request": "陈的输入"})
    assert wang.draft(intake.id).content["request"] == "王的未保存输入"
    # The case moves to chen: the record is chen's now, wang's typing stays wang's and leaves wang's list.
    team.desk("sup").reassign("case", case.id, chen.account.id)
    assert chen.draft(intake.id) is None and chen.drafts() == []
    assert wang.drafts() == []
    chen.save_draft(intake.id, {**intake.content, "request": "陈的输入"})
    assert chen.draft(intake.id).content["request"] == "陈的输入"


# -- nobody approves their own work -----------------------------------------------------------------------
def test_a_worker_approves_nothing_not_even_their_own(team):
    wang = team.desk("wang")
    _, _, intake = open_case(wang, team, "张小明")
    refused("A004", wang.decide, intake.id, "approve")
    refused("A004", wang.record_offline_approval, intake.id, wang.account.id, dt.date(2026, 11, 2))
    assert [o.ok for o in wang.decide_many([intake.id], "approve")] == [False]
    assert wang.record(intake.id).status == "submitted"


def test_a_supervisor_never_approves_their_own_work(team):
    sup, wang = team.desk("sup"), team.desk("wang")
    _, own_case, own = open_case(sup, team, "李四")
    refused("A005", sup.decide, own.id, "approve")
    refused("A005", sup.decide, own.id, "return", "自己退回自己")
    refused("A005", sup.record_offline_approval, own.id, sup.account.id, dt.date(2026, 11, 2))
    (outcome,) = sup.decide_many([own.id], "approve")
    assert not outcome.ok and outcome.message == "不能审批自己的工作"
    assert sup.record(own.id).status == "submitted"
    # Nor a form a colleague wrote in a case the supervisor took over.
    _, case, intake = open_case(wang, team, "张小明")
    assert sup.decide(intake.id, "approve").status == "approved"  # their team's work: theirs to decide
    assessment = wang.new_record("assessment", case_id=case.id)
    wang.save_record(assessment.id, complete_required(wang, assessment, {}))
    wang.submit_record(assessment.id)
    sup.reassign("case", case.id, sup.account.id)
    sup.reassign("record", assessment.id, wang.account.id)  # the form stays the colleague's
    refused("A005", sup.decide, assessment.id, "approve")
    assert own_case.owner_id == sup.account.id


def test_a_business_lead_standing_in_for_a_supervisor_never_approves_their_own_work(team):
    head = team.desk("head")
    far = head.create_station("石排镇社工站", township="石排镇")
    lead_id = account_id(team, "lead")
    head.update_account(lead_id, station_id=far.id)  # the lead works where there is no supervisor
    solo = add_account(team, "solo", ["worker"], station_id=far.id)
    lead = team.desk("lead")
    _, _, own = open_case(lead, team, "吴某")
    _, _, theirs = open_case(solo, team, "孙小美")
    refused("A005", lead.decide, own.id, "approve")
    outcomes = {o.record_id: o.ok for o in lead.decide_many([own.id, theirs.id], "approve")}
    assert outcomes == {own.id: False, theirs.id: True}  # standing in works, for someone else's work
    assert lead.record(own.id).status == "submitted" and lead.record(theirs.id).status == "approved"


def test_an_agency_head_never_approves_their_own_work(team):
    wang, sup, lead, head = (team.desk(u) for u in ("wang", "sup", "lead", "head"))
    group = wang.create_group(team.project_id, "成长小组", "developmental", "youth")
    plan = wang.new_record("group_plan", group_id=group.id)
    wang.save_record(plan.id, complete_required(wang, plan, {}))
    wang.submit_record(plan.id)
    sup.decide(plan.id, "approve")
    lead.decide(plan.id, "approve")
    sup.reassign("group", group.id, head.account.id)  # the head took the group over
    refused("A005", head.decide, plan.id, "approve")
    assert [o.ok for o in head.decide_many([plan.id], "approve")] == [False]
    assert head.record(plan.id).status == "submitted"
    head.reassign("group", group.id, wang.account.id)
    assert head.decide(plan.id, "approve").status == "approved"


def test_a_finance_officer_never_approves_their_own_work(team):
    wang, sup, money = team.desk("wang"), team.desk("sup"), team.desk("money")
    _, _, intake = open_case(wang, team, "张小明")
    sup.reassign("record", intake.id, money.account.id)
    refused("A005", money.decide, intake.id, "approve")
    assert [o.ok for o in money.decide_many([intake.id], "approve")] == [False]
    assert money.record(intake.id).status == "submitted"


def test_a_hotline_consultation_is_never_confirmed_by_its_own_worker(team):
    sup = team.desk("sup")
    client = sup.create_client("热线来电者")
    case = sup.create_case(client.id, team.project_id, "consultation", "youth", hotline=True)
    with sup.session() as s:
        from desktop.models import Case

        s.get(Case, case.id).approval_owed = True
    refused("A005", sup.confirm_hotline_case, case.id)
    assert team.desk("lead").confirm_hotline_case(case.id).approval_owed is False


# -- accounts and code tables -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("username", "may"),
    [("head", True), ("lead", True), ("sup", False), ("wang", False), ("money", False)],
)
def test_only_the_agency_head_and_business_lead_edit_code_tables_and_accounts(team, username, may):
    desk = team.desk(username)
    chen_id = account_id(team, "chen")
    calls = (
        lambda: desk.save_code("category", "TST", "测试", "Test", domain="youth"),
        lambda: desk.update_account(chen_id, display_name="陈社工（改）"),
        lambda: desk.update_account(chen_id, active=False),
    )
    for call in calls:
        if may:
            call()
        else:
            with pytest.raises(AccessDenied) as caught:
                call()
            assert caught.value.code == "A004"
    with team.desk("head").session() as s:
        chen = s.get(Account, chen_id)
        assert (chen.display_name == "陈社工（改）", chen.active) == (may, not may)
    if not may:
        refused("A004", desk.create_account, f"x-{username}", "某人", ["worker"], "password-123")
        assert "TST" not in [c.code for c in desk.categories()]


def test_account_edits_keep_someone_who_can_manage_accounts(team):
    head, lead = team.desk("head"), team.desk("lead")
    refused("A013", head.update_account, head.account.id, active=False)
    refused("A013", lead.update_account, lead.account.id, roles=["worker"])
    refused("A014", head.update_account, account_id(team, "chen"), supervisor_id=account_id(team, "wang"))
    refused("A007", head.update_account, account_id(team, "chen"), roles=["boss"])
    # Moving chen to another supervisor moves chen's work out of the first supervisor's view.
    sup2 = add_account(team, "sup2", ["supervisor"])
    chen = team.desk("chen")
    _, case, _ = open_case(chen, team, "陈小红")
    assert team.desk("sup").case(case.id).id == case.id
    head.update_account(chen.account.id, supervisor_id=sup2.account.id)
    refused("A009", team.desk("sup").case, case.id)
    assert team.desk("sup2").case(case.id).id == case.id


def test_shares_are_rows_never_deleted(team):
    wang, chen = team.desk("wang"), team.desk("chen")
    _, case, _ = open_case(wang, team, "张小明", submit=False)
    for _ in range(2):
        wang.share("case", case.id, chen.account.id)
        wang.unshare("case", case.id, chen.account.id)
    with wang.session() as s:
        rows = list(s.scalars(select(Share).order_by(Share.granted_at)))
    assert len(rows) == 2 and all(r.revoked_at is not None and r.granted_by == wang.account.id for r in rows)

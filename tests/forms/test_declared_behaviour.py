"""Form behaviour declared in the definitions (docs/forms.md, "Behaviour"): a form's role, its archive
sets, what it needs before it starts and the fields its behaviour reads. The loader refuses a declared
field that is missing or of the wrong type (D023); a form of a new id that declares them installs and
takes a case through its whole life."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.demo import complete_required
from desktop.errors import CaseDeskError, DefinitionError
from desktop.forms.loader import build_form, safe_yaml
from desktop.forms.registry import DEFINITIONS_DIR, default_registry

DAY = dt.date(2026, 11, 2)
INTAKE = DEFINITIONS_DIR / "case" / "03_intake.yaml"
CLOSING = DEFINITIONS_DIR / "case" / "09_closing.yaml"


def build(text: str):
    return build_form(safe_yaml(text), default_registry().option_lists)


def refused(text: str) -> DefinitionError:
    with pytest.raises(DefinitionError) as caught:
        build(text)
    return caught.value


# -- what the packaged forms declare ----------------------------------------------------------------------
def test_the_packaged_declarations_give_the_archive_sets_and_the_gates_of_the_rules():
    registry = default_registry()
    flat = {name: [slot[0] for slot in registry.archive_slots(name)] for name in ("case", "consultation")}
    assert flat["case"] == [
        "consent",
        "case_basic",
        "intake",
        "plan",
        "record",
        "closing",
        "closing_eval",
        "attachments",
    ]
    assert flat["consultation"] == ["case_basic", "closing_info"]
    assert [s[0] for s in registry.archive_slots("case", "transferred_case")][-1] == "transfer"
    group = ["group_plan", "registration", "attendance", "session_record", "feedback", "financial_report"]
    assert [s[0] for s in registry.archive_slots("group")] == [*group, "group_report"]
    assert [s[0] for s in registry.archive_slots("activity")] == [
        "group_plan", "session_record", "feedback", "financial_report", "group_report"
    ]  # fmt: skip
    opened = {f.id for f in registry if "case_open" in f.needs}
    assert opened == {"assessment", "plan", "record", "transfer", "closing_eval", "closing"}
    approved = {f.id for f in registry if "plan_approved" in f.needs}
    assert approved == {"session_record", "attendance", "feedback", "financial_report", "group_report"}
    assert registry.form_of("intake").id == "intake" and registry.forms_with("response_deadline") == ("complaint",)
    assert registry.field_for("closing", "follow_up_date") == "follow_up_date"
    assert registry.field_for("registration", "participant_name") == "name"  # a column of the participants
    assert registry.field_for("consent", "follow_up_date") is None


# -- the loader refuses a declaration it cannot honour ----------------------------------------------------
def test_a_renamed_declared_field_is_refused_with_its_code():
    text = CLOSING.read_text(encoding="utf-8").replace("follow_up_date", "next_contact")  # fields, rules...
    text = text.replace("next_contact: next_contact}", "follow_up_date: follow_up_date}")  # ...not the declaration
    error = refused(text)
    assert error.code == "D023" and "follow_up_date" in error.message("en")


def test_a_declared_field_of_the_wrong_type_is_refused():
    text = CLOSING.read_text(encoding="utf-8").replace(
        "follow_up_date: follow_up_date}", "follow_up_date: follow_up_needed}"
    )
    error = refused(text)
    assert error.code == "D023" and "date" in error.message("en")


@pytest.mark.parametrize(
    ("path", "declared", "without"),
    [
        ("case/09_closing.yaml", "behaviour: {follow_up_needed: follow_up_needed, follow_up_date: follow_up_date}",
         "behaviour: {follow_up_needed: follow_up_needed}"),
        ("service/03_visit.yaml", "findings: findings, new_case_type: new_case_type,", "findings: findings,"),
        ("group/01_group_plan.yaml", "  focus: focus\n", ""),
    ],
)  # fmt: skip
def test_an_effect_whose_input_is_not_declared_is_refused(path, declared, without):
    text = (DEFINITIONS_DIR / path).read_text(encoding="utf-8")
    assert declared in text
    error = refused(text.replace(declared, without))
    assert error.code == "D024"


def test_a_column_role_must_name_a_column_of_its_declared_table():
    text = (DEFINITIONS_DIR / "group" / "03_registration.yaml").read_text(encoding="utf-8")
    assert refused(text.replace("participants.name,", "participants.nickname,")).code == "D023"
    assert refused(text.replace("participant_name: participants.name,", "participant_name: name,")).code == "D023"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (("behaviour: {channel:", "behaviour: {mood: channel, channel:"), "D009"),  # an unknown behaviour role
        (("role: intake\n", "role: triage\n"), "D013"),  # an unknown form role
        (("archive: case\n", "archive: [case, cupboard]\n"), "D013"),  # an unknown archive set
        (("role: intake\n", ""), "D004"),  # an archive place needs a role
        (("role: intake\n", "role: [intake]\n"), "D013"),  # one word
        (("archive: case\n", "archive: [[case]]\n"), "D013"),
        (("archive: case\n", "archive: {case: required}\n"), "D013"),
        (("behaviour: {channel: channel,", "behaviour: {channel: [channel],"), "D013"),
    ],
)
def test_the_declaration_words_are_a_fixed_vocabulary(change, code):
    text = INTAKE.read_text(encoding="utf-8")
    assert change[0] in text
    assert refused(text.replace(*change, 1)).code == code


# -- a form of a new id works everywhere ------------------------------------------------------------------
def copy_as(source: Path, folder: Path, form_id: str, *renames: tuple[str, str]) -> Path:
    """``source`` under a new id and title, with fields renamed (and their declarations with them)."""
    text = source.read_text(encoding="utf-8")
    old_id = safe_yaml(text)["id"]
    text = text.replace(f"id: {old_id}\n", f"id: {form_id}\n", 1)
    text = text.replace("title: {zh: ", "title: {zh: 本机构", 1)
    for old, new in renames:
        text = text.replace(old, new)
    path = folder / f"{form_id}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def fill(desk, case_id, form_id, content=None, approvers=()):
    record = desk.new_record(form_id, case_id=case_id)
    record, report = desk.save_record(record.id, complete_required(desk, record, content or {}))
    assert report.ok, [(i.code, i.path, i.en) for i in report.errors]
    record, _ = desk.submit_record(record.id)
    for reviewer in approvers:
        record = reviewer.decide(record.id, "approve")
    return record


def test_copies_of_the_intake_and_the_closing_under_new_ids_take_a_case_through_its_life(team):
    intake = copy_as(
        INTAKE, team.root, "school_intake",
        ("intake_date", "referred_on"), ("id: request,", "id: school_request,"),
        ("request: request}", "request: school_request}"),
    )  # fmt: skip
    closing = copy_as(
        CLOSING, team.root, "closing_brief",
        ("follow_up_date", "next_contact"), ("next_contact: next_contact}", "follow_up_date: next_contact}"),
    )  # fmt: skip
    with team.desk("head") as head:
        assert head.install_definition(intake).id == "school_intake"
        assert head.install_definition(closing).field_for("follow_up_date") == "next_contact"
        with pytest.raises(CaseDeskError) as again:
            head.install_definition(intake)  # the same version again
        assert again.value.code == "D018"
    wang, sup, head = team.desk("wang"), team.desk("sup"), team.desk("head")
    for desk in (wang, sup, head):
        desk.clock = lambda: DAY
    assert wang.registry.get("school_intake").date_field == "referred_on"
    case = wang.create_case(wang.create_client("张小明").id, team.project_id, "counselling", "youth")
    with pytest.raises(CaseDeskError) as caught:
        wang.new_record("closing_brief", case_id=case.id)  # needs: case_open, declared in the copy
    assert caught.value.code == "K001"
    first = fill(wang, case.id, "school_intake", {"referred_on": "2026-11-02", "open_case": True}, approvers=[sup])
    assert first.form_id == "school_intake" and wang.case(case.id).status == "open"  # its effects opened the case
    with pytest.raises(CaseDeskError) as twice:
        wang.new_record("intake", case_id=case.id)  # one intake a case, whichever form of the role it is
    assert twice.value.code == "R011"
    fill(wang, case.id, "consent", {"signed_on": "2026-11-02", "guardian_name": "林秀英"})
    fill(wang, case.id, "case_basic", {"filled_on": "2026-11-02"})
    fill(wang, case.id, "plan", {"plan_date": "2026-11-02", "planned_sessions": 5}, approvers=[sup])
    for day in range(2, 7):  # five sessions: the copy's date is the intake date sessions cannot precede
        session = {"session_date": f"2026-11-0{day}", "start_time": "09:00", "end_time": "10:00", "new_risk": False}
        assert fill(wang, case.id, "record", session, approvers=[sup]).content["intake_date"] == "2026-11-02"
    assert wang.archive_missing(case.id) == ["closing", "closing_eval", "attachments"]  # the intake slot is filled
    fill(wang, case.id, "closing_eval", {})
    ending = {"closing_date": "2026-11-02", "service_start": "2026-11-02", "closing_reason": "goals_met"}
    brief = fill(wang, case.id, "closing_brief", {**ending, "follow_up_needed": True, "next_contact": "2026-12-02"})
    assert wang.case(case.id).status == "closing"
    sup.decide(brief.id, "approve")
    head.decide(brief.id, "approve")
    closed = wang.case(case.id)
    assert (closed.status, closed.follow_up_on) == ("closed", dt.date(2026, 12, 2))  # read through the declaration
    assert wang.archive_missing(case.id) == ["attachments"]
    checklist = wang.new_record("attachments", case_id=case.id)
    listed = {row["name"]: row["kind"] for row in checklist.content["documents"]}  # each under its role
    assert listed["本机构接案信息表"] == "intake" and listed["本机构个案结案表（结案报告）"] == "closing"
    rows = [{**row, "pages": 1, "in_bag": True} for row in checklist.content["documents"]]
    checklist, report = wang.save_record(checklist.id, complete_required(wang, checklist, {"documents": rows}))
    assert report.ok, [(i.code, i.en) for i in report.errors]
    wang.submit_record(checklist.id)
    assert wang.archive_case(case.id).status == "archived"
    assert "follow_up" in {t.kind for t in wang.tasks()}
    for desk in (wang, sup, head):
        desk.close()


def test_a_registration_of_a_new_id_with_its_own_column_names_lists_the_members(team):
    """The members carried into the roll, a client's groups and the client's own report read the name
    column the copy declares."""
    path = copy_as(
        DEFINITIONS_DIR / "group" / "03_registration.yaml", team.root, "sign_up",
        ("participants.name", "participants.full_name"), ("- {id: name, type: text,", "- {id: full_name, type: text,"),
    )  # fmt: skip
    with team.desk("head") as head:
        head.install_definition(path)
    wang = team.desk("wang")
    client = wang.create_client("林小红", phone="13800000001")
    group = wang.create_group(team.project_id, "成长小组", "developmental", "youth")
    people = [
        {"full_name": "林小红", "phone": "13800000001", "eligible": True},
        {"full_name": "陈一", "eligible": True},
    ]
    record = wang.new_record("sign_up", group_id=group.id)
    record, report = wang.save_record(record.id, complete_required(wang, record, {"participants": people}))
    assert report.ok, [(i.code, i.path, i.en) for i in report.errors]
    assert [g.id for g in wang.participation(client.id)] == [group.id]
    with wang.session() as s:
        from desktop.models import ServiceGroup

        facts = wang.group_facts(s, s.get(ServiceGroup, group.id))
    assert facts["group.members"] == [{"name": "林小红"}, {"name": "陈一"}] and facts["group.member_count"] == 2
    wang.close()

"""Paper the archive can trust (docs/rules.md): a print shows the revision exactly, carried values as they were saved,
and its QR hash covers them; group sessions number 1..n; what is not approved is stamped and kept out of the bag,
the bag's cover naming it and the required forms still missing; a blank form of every definition prints clean."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

from desktop.demo import complete_required
from desktop.models import Case
from desktop.pdf.bag import write_pdf
from desktop.pdf.jobs import blank_job
from desktop.workflow.record_states import paper_hash
from tests.conftest import approved_group
from tests.pdf.test_pdfs import text_of
from tests.test_cli import cli

BORN = dt.date(2010, 3, 15)


def approve(team, desk, record_id):
    view, _ = desk.submit_record(record_id)
    if view.status == "submitted":
        view = team.desk("sup").decide(record_id, "approve")
    assert view.status == "approved"
    return view


def open_case(team, name="刘晓雨"):
    wang = team.desk("wang")
    client = wang.create_client(name, birth_date=BORN, sex="female")
    case = wang.create_case(client.id, team.project_id, "counselling", "youth")
    with wang.session() as s:  # every case form may be filled: open the case
        s.get(Case, case.id).status = "open"
    return wang, case


def filled(desk, form_id, content=None, **scope):
    record = desk.new_record(form_id, **scope)
    view, _ = desk.save_record(record.id, complete_required(desk, record, content or {}))
    return view


def test_a_revision_printed_a_year_later_shows_the_same_values_and_hash(team, tmp_path):
    wang, case = open_case(team)
    wang.clock = lambda: dt.date(2026, 3, 1)  # 15 years old, her birthday two weeks away
    assessment = filled(wang, "assessment", case_id=case.id)
    approve(team, wang, assessment.id)
    records = [filled(wang, "record", case_id=case.id) for _ in range(3)]
    for record in records:
        approve(team, wang, record.id)
    then = {r: (text_of(wang.print_record(r, tmp_path / f"then-{r}.pdf")), wang.print_job(r).qr_text)
            for r in (assessment.id, records[0].id)}  # fmt: skip
    assert wang.print_job(assessment.id).content["age"] == 15

    wang.clock = lambda: dt.date(2027, 3, 20)  # a year later: 17, and three more sessions held
    for _ in range(3):
        approve(team, wang, filled(wang, "record", case_id=case.id).id)
    for record_id, (text, qr) in then.items():
        assert text_of(wang.print_record(record_id, tmp_path / f"later-{record_id}.pdf")) == text
        assert wang.print_job(record_id).qr_text == qr and wang.verify(qr).matches
    # 第几节 as stored 1..n, in every print of the bag, not the case's count today.
    assert [wang.print_job(r.id).content["session_no"] for r in records] == [1, 2, 3]
    bag = text_of(wang.print_bag(case.id, tmp_path / "bag.pdf"), "-layout")
    assert [int(n) for n in re.findall(r"第几节\s+(\d+)", bag)] == [1, 2, 3, 4, 5, 6]


def test_a_paper_differing_from_its_revision_in_a_carried_value_fails_verify(team):
    wang, case = open_case(team)
    assessment = approve(team, wang, filled(wang, "assessment", case_id=case.id).id)
    qr = wang.print_job(assessment.id).qr_text
    prefix, number, record_id, revision, digest = qr.split("|")
    stored = next(r for r in wang.revisions(assessment.id) if r.number == int(revision))
    assert prefix == "CASEDESK2" and digest == paper_hash("assessment", stored.form_version, stored.content)
    altered = paper_hash("assessment", stored.form_version, {**stored.content, "age": stored.content["age"] + 1})
    result = wang.verify("|".join((prefix, number, record_id, revision, altered)))
    assert not result.matches and "altered" in result.message_en
    # A copy printed before this rule (its hash left carried values out) still verifies, saying what it checks.
    legacy = wang.verify("|".join(("CASEDESK1", number, record_id, revision, assessment.content_hash)))
    assert legacy.matches and "carried" in legacy.message_en


def test_group_sessions_store_and_print_as_1_to_n(team, tmp_path):
    group = approved_group(team)
    wang = team.desk("wang")
    times = {"start_time": "14:00", "end_time": "15:30"}
    sessions = [filled(wang, "session_record", times, group_id=group.id) for _ in range(3)]
    assert [s.content["session_no"] for s in sessions] == [1, 2, 3]
    again, _ = wang.save_record(sessions[0].id, {**sessions[0].content, "reflection": "第一节后来补充的反思"})
    assert again.content["session_no"] == 1  # saved again after later sessions: keeps its number
    for session in sessions:
        approve(team, wang, session.id)
    bag = text_of(wang.print_bag(group.id, tmp_path / "group-bag.pdf"), "-layout")
    assert [int(n) for n in re.findall(r"节次\s+(\d+)", bag.split("小组集会记录表", 2)[-1])][:3] == [1, 2, 3]


def test_a_draft_is_stamped_kept_out_of_the_bag_and_named_on_the_cover_with_what_is_missing(team, tmp_path):
    wang, case = open_case(team)
    approve(team, wang, filled(wang, "consent", case_id=case.id).id)
    draft = filled(wang, "case_basic", case_id=case.id)
    submitted = filled(wang, "assessment", case_id=case.id)
    wang.submit_record(submitted.id)
    for page in text_of(wang.print_record(draft.id, tmp_path / "draft.pdf")).split("\f")[:-1]:
        assert "草稿" in page and "未经审批，不作正式档案" in page  # on every page
    assert "待审批" in text_of(wang.print_record(submitted.id, tmp_path / "submitted.pdf"))
    approved = text_of(wang.print_record(wang.records(case_id=case.id, form_id="consent")[0].id, tmp_path / "ok.pdf"))
    assert "不作正式档案" not in approved and "草稿" not in approved

    pages = text_of(wang.print_bag(case.id, tmp_path / "bag.pdf")).split("\f")[:-1]
    cover, inside = pages[0], "".join(pages[1:])
    assert "接受个案服务同意书" in inside and "个案基本资料表" not in inside and "问题评估" not in inside
    assert re.search(r"个案基本资料表.*?草稿（未入袋）", cover, re.S)
    assert re.search(r"评估表.*?待审批（未入袋）", cover, re.S)
    assert re.search(r"个案服务计划书.*?\n缺\n", cover, re.S)  # required, nothing written yet
    assert not re.search(r"个案基本资料表\s+\S*\s*缺", cover)  # pending, so not also marked 缺
    wang.void_record(draft.id, "重填")
    assert "已作废" in text_of(wang.print_record(draft.id, tmp_path / "void.pdf"))


def test_every_form_prints_blank_for_hand_filling(team, tmp_path):
    wang = team.desk("wang")
    jobs = [blank_job(form, "示范社工服务中心") for form in wang.registry]
    write_pdf(jobs, tmp_path / "all-blank.pdf")
    text = text_of(tmp_path / "all-blank.pdf")
    assert all(form.title.zh in text for form in wang.registry)
    for mark in ("未通过校验", "草稿", "待审批", "不作正式档案", "CASEDESK"):
        assert mark not in text
    one = text_of(wang.print_blank("visit", tmp_path / "visit.pdf"))
    assert "家访/电话访问记录" in one and wang.agency().name in one  # signed in: the agency heads it
    ran = cli("pdf", "--blank", "consent", "--out", str(tmp_path / "consent.pdf"), "--json")  # nobody signed in
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout)["form"] == "consent" and "接受个案服务同意书" in text_of(tmp_path / "consent.pdf")


def test_0021_renumbers_the_group_sessions_an_older_workspace_stored(tmp_path: Path):
    from desktop.workspace import open_desk

    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "workspaces" / "schema-0020"
    shutil.copytree(fixture, tmp_path / "ws")
    username, password = json.loads((fixture / "manifest.json").read_text(encoding="utf-8"))["login"]
    with open_desk(tmp_path / "ws", username, password) as desk:
        by_group: dict = {}
        for record in sorted(desk.records(form_id="session_record"), key=lambda r: (r.created_at, str(r.id))):
            if record.status != "void":
                by_group.setdefault(record.group_id, []).append(record)
        assert by_group
        for records in by_group.values():
            assert [r.content["session_no"] for r in records] == list(range(1, len(records) + 1))
            for r in records:
                assert all(v.content["session_no"] == r.content["session_no"] for v in desk.revisions(r.id))


def _json(value):
    return json.loads(value) if isinstance(value, str) else value  # JSON text where the driver hands text


def session_numbers(connection) -> dict[str, list[tuple[int, list[int]]]]:
    """Each group's live session records in the order they were made: (stored number, the numbers its revisions
    hold), read under the app."""
    from sqlalchemy import text

    rows = connection.execute(
        text(
            "SELECT id, group_id, content FROM form_record WHERE form_id = 'session_record' AND status != 'void' "
            "ORDER BY group_id, created_at, id"
        )
    ).all()
    out: dict[str, list[tuple[int, list[int]]]] = {}
    for record_id, group_id, content in rows:
        kept = connection.execute(
            text("SELECT content FROM form_revision WHERE record_id = :r ORDER BY number"), {"r": record_id}
        ).all()
        numbers = [_json(k[0])["session_no"] for k in kept]
        out.setdefault(str(group_id), []).append((_json(content)["session_no"], numbers))
    return out


def test_0021_renumbers_on_postgresql_and_downgrades_back(pg, demo_template, tmp_path):
    """The hub's server runs 0021 too: down (numbers one higher, as stored before) and up again (1..n)."""
    from alembic import command

    from desktop.workspace.move import move_to_server
    from desktop.workspace.server import ServerSettings
    from desktop.workspace.store import alembic_config
    from tests import pg_server, raw_db
    from tests.conftest import copy_demo

    head = ("zhou", "casedesk-zhou")  # the demo's agency head
    root = copy_demo(demo_template, tmp_path / "hub")
    where = ServerSettings("127.0.0.1", pg.create_database(), pg_server.ROLE, pg.port)
    move_to_server(root, *head, where, pg_server.PASSWORD)
    engine = raw_db.server_engine(root, head[1])
    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            fixed = session_numbers(connection)
            assert fixed and all(
                [n for n, _ in records] == list(range(1, len(records) + 1)) for records in fixed.values()
            )
            command.downgrade(config, "0020")
            assert session_numbers(connection) == {
                g: [(n + 1, [k + 1 for k in kept]) for n, kept in records] for g, records in fixed.items()
            }
            command.upgrade(config, "head")
            assert session_numbers(connection) == fixed
    finally:
        engine.dispose()


def test_each_approval_step_prints_one_frame_with_its_last_word_in_this_submission(team, tmp_path):
    wang = team.desk("wang")
    group = wang.create_group(team.project_id, "青春同行成长小组", "developmental", "youth")
    plan = filled(wang, "group_plan", group_id=group.id)
    wang.submit_record(plan.id)
    team.desk("sup").comment(plan.id, "目标请写得可量度。", field_id="specific_goals")
    wang.comment(plan.id, "已知悉。", field_id="specific_goals")  # not a reviewer's: kept off the paper
    team.desk("sup").decide(plan.id, "approve", "同意，注意安全预案。")
    team.desk("lead").decide(plan.id, "return", "预算说明不足，请补充。")
    reviews = wang.print_job(plan.id).reviews
    assert wang.print_job(plan.id).field_opinions == {"specific_goals": "目标请写得可量度。"}
    assert [(r.role, r.outcome) for r in reviews] == [("督导", "批准"), ("业务负责人", "退回"), ("机构负责人", "")]
    text = text_of(wang.print_record(plan.id, tmp_path / "returned.pdf"), "-layout")
    assert "同意，注意安全预案。" in text and "预算说明不足，请补充。" in text and "机构负责人意见" in text
    wang.submit_record(plan.id)  # a new submission: every frame empty again
    assert [(r.role, r.outcome, r.name) for r in wang.print_job(plan.id).reviews] == [
        ("督导", "", ""),
        ("业务负责人", "", ""),
        ("机构负责人", "", ""),
    ]

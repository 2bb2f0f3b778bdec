"""The window's long lists a page at a time (desktop/workspace/listing_ops.py): ordered and searched in SQL,
cut to a page, within the account's view, with names looked up for the page only."""

from __future__ import annotations

import datetime as dt

from desktop.demo import complete_required
from desktop.models import Case, FormRecord
from tests.conftest import Team
from tests.workspace.test_access import open_case


def test_cases_page_newest_first_searched_by_client_or_number_within_the_view(team: Team) -> None:
    wang, chen = team.desk("wang"), team.desk("chen")
    cases = [wang.create_case(wang.create_client(name).id, team.project_id, "counselling", "youth")
             for name in ("张小明", "李小红", "王小军")]  # fmt: skip
    theirs = chen.create_case(chen.create_client("赵大海").id, team.project_id, "counselling", "youth")
    with wang.session() as s:  # a number, as the supervisor's approval of the intake gives one
        s.get(Case, cases[1].id).archive_code = "C-YOU-0007-202611"

    page = wang.case_page()
    assert [line.case.id for line in page] == [c.id for c in reversed(cases)]  # newest first, none of Chen's
    assert [line.client_name for line in page] == ["王小军", "李小红", "张小明"]
    assert [line.case.id for line in wang.case_page(offset=1, limit=1)] == [cases[1].id]
    assert [line.client_name for line in wang.case_page("zxm")] == ["张小明"]  # pinyin initials
    assert [line.client_name for line in wang.case_page("c-you-0007")] == ["李小红"]  # a number, any case
    assert wang.case_page("赵大海") == []  # another worker's client is not found
    assert [line.case.id for line in team.desk("head").case_page("赵大海")] == [theirs.id]  # the head sees all


def test_the_archive_list_holds_closed_cases_and_archived_ones_owing_their_originals(team: Team) -> None:
    wang = team.desk("wang")
    made = {}
    for status, handed in (("intake", None), ("closed", None), ("archived", None), ("archived", dt.date(2026, 9, 30))):
        case = wang.create_case(wang.create_client(f"{status}{handed or ''}").id, team.project_id, "counselling",
                                "youth")  # fmt: skip
        with wang.session() as s:
            row = s.get(Case, case.id)
            row.status, row.originals_handed_on = status, handed
        made[(status, handed)] = case.id
    listed = {line.case.id for line in wang.case_page(to_archive=True)}
    assert listed == {made[("closed", None)], made[("archived", None)]}


def test_records_page_names_what_each_form_is_about_without_reading_content(team: Team) -> None:
    wang = team.desk("wang")
    client, case, intake = open_case(wang, team, "张小明")  # submitted: waits for the supervisor
    visit = wang.new_record("visit", client_id=client.id)
    lines = wang.record_page()
    assert [line.id for line in lines] == [visit.id, intake.id]  # newest first
    assert [line.about for line in lines] == ["张小明", "张小明"]
    assert lines[1].status == "submitted" and lines[1].pending_role == "supervisor"
    assert lines[0].pending_role is None
    assert team.desk("chen").record_page() == []  # another worker's forms are not listed
    assert [line.id for line in wang.record_page(offset=1, limit=5)] == [intake.id]


def test_names_are_given_for_the_items_asked_and_only_within_the_view(team: Team) -> None:
    wang, chen = team.desk("wang"), team.desk("chen")
    client, case, intake = open_case(wang, team, "张小明")
    other_client, other_case, other_intake = open_case(chen, team, "李小红")
    names = wang.names(records=[intake.id, other_intake.id], cases=[other_case.id], clients=[other_client.id])
    assert set(names.records) == {intake.id}  # what Chen's form is about stays unknown to Wang
    assert names.records[intake.id] == ("intake", case.id, None, client.id)
    assert names.cases == {case.id: (None, client.id)}  # the record's case comes with it
    assert names.clients == {client.id: "张小明"}


def test_my_forms_dated_in_a_month_are_mine_and_not_void(team: Team) -> None:
    wang, chen = team.desk("wang"), team.desk("chen")
    client = wang.create_client("张小明")
    mine = [wang.new_record("visit", client_id=client.id) for _ in range(3)]
    chen.new_record("visit", client_id=chen.create_client("李小红").id)
    with wang.session() as s:
        for record, day, status in zip(mine, (dt.date(2026, 11, 3), dt.date(2026, 10, 31), dt.date(2026, 11, 30)),
                                       ("draft", "draft", "void"), strict=True):  # fmt: skip
            row = s.get(FormRecord, record.id)
            row.service_date, row.status = day, status
    assert wang.my_records_dated(dt.date(2026, 11, 1), dt.date(2026, 11, 30)) == [mine[0].id]


def test_drafts_typed_into_records_still_seen_are_listed(team: Team) -> None:
    wang = team.desk("wang")
    client, case, intake = open_case(wang, team, "张小明", submit=False)
    wang.save_draft(intake.id, complete_required(wang, intake, {}))
    assert [d.record_id for d in wang.drafts()] == [intake.id]
    assert team.desk("chen").drafts() == []

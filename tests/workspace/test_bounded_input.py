"""Bounded input at the Desk, whoever calls it: a client's, a household's and a group's fields have lengths and
refuse characters that hide or reorder text, a form's texts have default lengths, and a search is bounded and
taken literally (``%`` and ``_`` are what they are, not LIKE wildcards)."""

from __future__ import annotations

import time

import pytest

from desktop.errors import CaseDeskError
from desktop.workflow.text_limits import NAME_MAX, SEARCH_MAX
from tests.conftest import Team


def code_of(call, *args, **kwargs) -> str:
    with pytest.raises(CaseDeskError) as caught:
        call(*args, **kwargs)
    return caught.value.code


def test_a_million_character_name_is_refused_fast_and_nothing_is_saved(team: Team) -> None:
    wang = team.desk("wang")
    before = wang.counts()["clients"]
    start = time.perf_counter()
    assert code_of(wang.create_client, "张" * 1_000_000) == "P004"
    elapsed = time.perf_counter() - start
    assert elapsed < 0.5, elapsed  # it took 272 s to save, pinyin and all, before the bound
    assert wang.counts()["clients"] == before
    client = wang.create_client("张" * NAME_MAX)  # just inside
    assert len(client.name) == NAME_MAX and len(client.name_pinyin) == 5 * NAME_MAX
    assert code_of(wang.create_client, "张" * (NAME_MAX + 1)) == "P004"  # just outside
    assert code_of(wang.update_client, client.id, name="张" * (NAME_MAX + 1), reason="录错") == "P004"
    assert code_of(wang.update_client, client.id, address="路" * 301, reason="录错") == "P004"
    assert code_of(wang.create_client, "某人", note="记" * 5_001) == "P004"
    assert wang.create_client("某人", note="记" * 5_000).note == "记" * 5_000
    assert wang.client(client.id).name == "张" * NAME_MAX  # the refused edits changed nothing


def test_names_refuse_hidden_and_reordering_characters_and_keep_rare_cjk(team: Team) -> None:
    wang = team.desk("wang")
    rare = wang.create_client("𠮷田𪚥")  # Extension B and C: outside the Basic Multilingual Plane
    assert [c.id for c in wang.clients("𠮷")] == [rare.id]
    for bad in ("李\u202e四", "李\u2067四", "李\x1b[31m四", "李\ud842四", "李\n四"):
        assert code_of(wang.create_client, bad) == "P005", repr(bad)
        assert code_of(wang.update_client, rare.id, name=bad, reason="录错") == "P005", repr(bad)
    assert code_of(wang.update_client, rare.id, name="  ", reason="录错") == "C001"
    assert wang.update_client(rare.id, name=" 𠮷田 ", reason="录错").name == "𠮷田"


def test_households_their_members_and_groups_are_bounded_too(team: Team) -> None:
    wang = team.desk("wang")
    home = wang.create_household("家" * 100, situation="情况\n" * 1_000)  # 100 and 5,000: just inside
    assert code_of(wang.create_household, "家" * 101) == "P004"
    assert code_of(wang.create_household, "王家", situation="情" * 5_001) == "P004"
    assert code_of(wang.create_household, "王\u202d家") == "P005"
    assert code_of(wang.create_household, " ") == "C001"
    wang.add_household_member(home.id, "成" * NAME_MAX, relationship="子" * 30)
    assert code_of(wang.add_household_member, home.id, "成" * (NAME_MAX + 1)) == "P004"
    assert code_of(wang.add_household_member, home.id, "成员", relationship="子" * 31) == "P004"
    assert code_of(wang.add_household_member, home.id, "成\x00员") == "P005"
    wang.create_group(team.project_id, "组" * 200, "developmental", "youth")
    assert code_of(wang.create_group, team.project_id, "组" * 201, "developmental", "youth") == "P004"
    assert code_of(wang.create_group, team.project_id, "组\u2066", "developmental", "youth") == "P005"
    assert wang.counts()["households"] == 1 and len(wang.household_members(home.id)) == 1


def test_percent_and_underscore_in_a_search_are_literal(team: Team) -> None:
    wang = team.desk("wang")
    names = ("张三", "李四", "百分之%百", "下划_线", "反斜\\杠")
    made = {name: wang.create_client(name) for name in names}
    for name in names:
        case = wang.create_case(made[name].id, team.project_id, "counselling", "youth")
        assert case is not None
    group = wang.create_group(team.project_id, "50%的力量", "developmental", "youth")
    wang.create_group(team.project_id, "成长小组", "developmental", "youth")
    # Before: "%" listed everyone in view, "_" anyone with a name at all.
    assert [c.name for c in wang.clients("%")] == ["百分之%百"]
    assert [c.name for c in wang.clients("_")] == ["下划_线"]
    assert [c.name for c in wang.clients("\\")] == ["反斜\\杠"]
    assert [c.name for c in wang.clients("%%")] == [] and wang.clients("张%") == []
    assert [c.name for c in wang.clients("zs")] == ["张三"]  # pinyin initials still match from the start
    assert [line.client_name for line in wang.case_page("%")] == ["百分之%百"]
    assert [line.client_name for line in wang.case_page("_")] == ["下划_线"]
    assert [g.id for g in wang.group_page("%")] == [group.id]
    assert wang.group_page("_") == []


def test_a_search_over_its_limit_fails_cleanly_everywhere(team: Team) -> None:
    wang = team.desk("wang")
    wang.create_client("张三")
    assert wang.clients("张" * SEARCH_MAX) == []  # just inside: searched, nothing found
    assert wang.case_page("张" * SEARCH_MAX) == [] and wang.group_page("张" * SEARCH_MAX) == []
    for search in ("张" * (SEARCH_MAX + 1), "x" * 51_200, "张" * 60_000):  # one past it; over 50 KB
        start = time.perf_counter()
        assert code_of(wang.clients, search) == "L001"
        assert time.perf_counter() - start < 0.5
        assert code_of(wang.case_page, search) == "L001"
        assert code_of(wang.group_page, search) == "L001"
    assert code_of(wang.clients, "张\ud842") == "P005"


def test_a_form_text_without_its_own_limit_has_a_default_one(team: Team) -> None:
    from desktop.forms.schema import FieldType
    from desktop.forms.validation import TEXT_MAX, validate

    wang = team.desk("wang")
    form = wang.registry.get("record")  # a case record: 地点 (place) a line, 过程记录 (process) a report
    line, long = form.field("place"), form.field("process")
    assert (line.type, long.type) == (FieldType.TEXT, FieldType.LONG_TEXT) and not (line.max_length or long.max_length)

    def f008(content: dict) -> set[str]:
        return {i.field_id for i in validate(form, content).issues if i.code == "F008"}

    assert f008({"place": "字" * TEXT_MAX[FieldType.TEXT], "process": "字" * TEXT_MAX[FieldType.LONG_TEXT]}) == set()
    over = {"place": "字" * (TEXT_MAX[FieldType.TEXT] + 1), "process": "字" * (TEXT_MAX[FieldType.LONG_TEXT] + 1)}
    assert f008(over) == {"place", "process"}

    case = wang.create_case(wang.create_client("表单").id, team.project_id, "counselling", "youth")
    record = wang.new_record("intake", case_id=case.id)
    start = time.perf_counter()
    _view, report = wang.save_record(record.id, {"request": "字" * 1_000_000})  # a draft keeps what was typed
    assert "F008" in report.codes() and time.perf_counter() - start < 5
    with pytest.raises(CaseDeskError) as caught:
        wang.submit_record(record.id)
    assert caught.value.code == "R003"  # but it is never submitted


def test_a_roster_row_meets_the_same_bounds_as_a_new_client(team: Team, tmp_path) -> None:
    from openpyxl import Workbook

    wang = team.desk("wang")
    book = Workbook()
    for row in (
        ["姓名", "住址"],
        ["长" * (NAME_MAX + 1), None],
        ["名\u202e字", None],
        ["刚好" * (NAME_MAX // 2), "路" * 300],
    ):
        book.active.append(row)
    book.save(tmp_path / "names.xlsx")
    errors = [row.errors for row in wang.preview_roster(tmp_path / "names.xlsx", "elders").rows]
    assert "最多 50 个字" in errors[0][0] and "at most 50 characters" in errors[0][0]  # P004, as create_client
    assert "双向文字控制符（U+202E）" in errors[1][0]  # P005
    assert errors[2] == []  # just inside, both
    assert wang.counts()["clients"] == 0

"""The client register: search by pinyin, phone, ID or case number; duplicates; ID checks."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import CaseDeskError
from tests.workflow.test_people import make_id


def test_as_you_type_search(team):
    wang = team.desk("wang")
    zhang = wang.create_client("张三", phone="13800001234")
    wang.create_client("张珊珊")
    li = wang.create_client("李四", id_number=make_id("44010219900101003"))
    names = lambda q: [c.name for c in wang.clients(q)]  # noqa: E731
    assert names("zs") == ["张三", "张珊珊"]  # pinyin initials
    assert names("zhangs") == ["张三", "张珊珊"]  # full pinyin as typed so far
    assert names("zhangsan") == ["张三"]
    assert names("1380000") == ["张三"]
    assert names(li.id_number[:10]) == ["李四"]
    case = wang.create_case(zhang.id, team.project_id, "counselling", "youth")
    wang.open_case(case.id)
    assert names(wang.case(case.id).archive_code) == ["张三"]
    assert names("张") == ["张三", "张珊珊"]


def test_id_numbers_are_checked_and_fill_birth_date_and_sex(team):
    wang = team.desk("wang")
    client = wang.create_client("王五", id_number=make_id("44010220120503001").lower())
    assert client.birth_date == dt.date(2012, 5, 3) and client.sex == "male"
    assert client.id_number == client.id_number.upper()
    with pytest.raises(CaseDeskError) as caught:
        good = make_id("44010220120503001")
        wang.create_client("赵六", id_number=good[:17] + ("1" if good[17] != "1" else "2"))
    assert caught.value.code == "P001" and "*" in caught.value.message("zh")  # the number is masked
    with pytest.raises(CaseDeskError) as caught:
        wang.create_client("赵六", id_number=make_id("44010220120503001"), birth_date=dt.date(2012, 5, 4))
    assert caught.value.code == "P003"
    with pytest.raises(CaseDeskError) as caught:
        wang.create_client("赵六", birth_date=dt.date.today() + dt.timedelta(days=1))
    assert caught.value.code == "P002"
    assert [c.name for c in wang.clients("赵六")] == []  # nothing half-saved


def test_likely_duplicates_are_found_before_creating(team):
    wang = team.desk("wang")
    number = make_id("44010219800202004")
    first = wang.create_client("陈美玲", id_number=number)
    assert [c.id for c in wang.likely_duplicates("别的名字", id_number=number)] == [first.id]
    assert [c.id for c in wang.likely_duplicates("陈美玲", birth_date=dt.date(1980, 2, 2))] == [first.id]
    assert wang.likely_duplicates("陈美玲", birth_date=dt.date(1980, 2, 3)) == []

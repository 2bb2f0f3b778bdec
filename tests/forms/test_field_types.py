"""Each field type stores what it should and rejects what it must, with the right code."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.forms import validate
from tests.forms.helpers import field, make_form

PARSE_CODES = {"F002", "F005", "F006", "F007", "F012", "F013", "F015", "F016"}
SEX = [["male", "男", "Male"], ["female", "女", "Female"]]


def one(type_: str, value, **keys):
    form = make_form(field("x", type_, **keys))
    report = validate(form, {"x": value}, today=dt.date(2026, 11, 23))
    return report.content.get("x"), report.codes()


@pytest.mark.parametrize(
    ("type_", "keys", "raw", "stored"),
    [
        ("text", {}, "  张三  ", "张三"),
        ("long_text", {}, "第一行\n第二行\n", "第一行\n第二行"),
        ("date", {}, "2026/11/3", "2026-11-03"),
        ("date", {}, "2026年11月3日", "2026-11-03"),
        ("time", {}, "9:05", "09:05"),
        ("time", {}, "14：30", "14:30"),
        ("number", {}, "12", 12),
        ("number", {"decimals": 1}, "1.25", "1.2"),
        ("money", {}, "¥1,234.5", "1234.50"),
        ("money", {}, 3, "3.00"),
        ("choice", {"options": SEX}, "female", "female"),
        ("choice", {"options": SEX}, "女", "female"),
        ("multi_choice", {"options": SEX}, ["female", "male"], ["male", "female"]),
        ("yes_no", {}, "是", True),
        ("yes_no", {}, False, False),
        ("rating", {"min": 0, "max": 5}, "4", 4),
        ("attachment", {}, ["0192f3c1-8b7a-7cde-8f00-123456789abc"], ["0192f3c1-8b7a-7cde-8f00-123456789abc"]),
        ("signature", {}, {"name": "张三", "signed_at": "2026-11-23"}, {"name": "张三", "signed_at": "2026-11-23"}),
    ],
)
def test_accepted_values_are_stored_canonically(type_, keys, raw, stored):
    value, codes = one(type_, raw, **keys)
    assert value == stored
    assert not codes


@pytest.mark.parametrize(
    ("type_", "keys", "raw", "code"),
    [
        ("date", {}, "2026-02-30", "F005"),
        ("date", {}, "下周一", "F005"),
        ("date", {"not_future": True}, "2027-01-01", "F017"),
        ("time", {}, "25:00", "F006"),
        ("number", {}, "十二", "F002"),
        ("number", {}, "1.5", "F002"),
        ("number", {"min": 0}, "-1", "F003"),
        ("number", {"max": 130}, "131", "F004"),
        ("money", {}, "1.234", "F012"),
        ("money", {}, "abc", "F012"),
        ("choice", {"options": SEX}, "other", "F007"),
        ("multi_choice", {"options": SEX}, ["male", "x"], "F007"),
        ("yes_no", {}, "maybe", "F015"),
        ("rating", {"min": 0, "max": 5}, "6", "F013"),
        ("text", {"max_length": 3}, "四个字啊", "F008"),
        ("text", {"pattern": "[0-9]{17}[0-9Xx]", "pattern_hint": {"zh": "18位", "en": "18 chars"}}, "12345", "F009"),
        ("signature", {}, {"signed_at": "2026-11-23"}, "F016"),
        ("attachment", {}, ["../etc/passwd"], "F016"),
    ],
)
def test_rejected_values_keep_what_was_typed(type_, keys, raw, code):
    value, codes = one(type_, raw, **keys)
    assert code in codes
    if code in PARSE_CODES:
        assert value == raw  # nothing typed is lost while the worker corrects it


def test_required_and_empty():
    form = make_form(field("name", "text", required=True), field("note", "text"))
    report = validate(form, {"name": "   "})
    assert [(i.code, i.path) for i in report.errors] == [("F001", "name")]
    assert "name" in report.errors[0].en and report.errors[0].zh.startswith("“name”")


def test_table_rows_are_checked_cell_by_cell():
    form = make_form(
        field(
            "members",
            "table",
            min_rows=2,
            columns=[field("name", "text", required=True), field("age", "number", min=0)],
        )
    )
    report = validate(form, {"members": [{"name": "甲", "age": "-3"}]})
    assert {(i.code, i.path) for i in report.errors} == {("F010", "members"), ("F003", "members[1].age")}
    assert "第1行" in next(i.zh for i in report.errors if i.code == "F003")

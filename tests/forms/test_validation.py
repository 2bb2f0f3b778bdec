"""Computed values, conditional fields, rules (errors apart from warnings) and older records."""

from __future__ import annotations

from desktop.forms import validate
from desktop.forms.loader import build_form
from desktop.forms.registry import default_registry
from tests.forms.helpers import field, make_form

BUDGET = field(
    "budget",
    "table",
    columns=[
        field("item", "text"),
        field("unit_price", "money"),
        field("quantity", "number"),
        field("subtotal", "money", compute="unit_price * quantity"),
    ],
)
TOTAL = field("total", "money", compute="sum(budget.subtotal)")


def test_row_subtotals_and_the_total_follow_the_rows():
    form = make_form(BUDGET, TOTAL)
    rows = [
        {"item": "文具", "unit_price": "2.50", "quantity": 10},
        {"item": "茶点", "unit_price": "0.10", "quantity": 3},
    ]
    report = validate(form, {"budget": rows})
    assert [r["subtotal"] for r in report.content["budget"]] == ["25.00", "0.30"]
    assert report.content["total"] == "25.30"  # exact decimals: 0.1 * 3 is 0.30, not 0.30000000000000004
    rows[1]["quantity"] = 5
    assert validate(form, {"budget": rows}).content["total"] == "25.50"


def test_a_missing_input_leaves_the_computed_value_empty_not_an_error():
    form = make_form(BUDGET, TOTAL)
    report = validate(form, {"budget": [{"item": "文具", "unit_price": "2.50"}]})
    assert report.content["budget"][0]["subtotal"] is None
    assert report.content["total"] == "0.00"
    assert report.ok


def test_computed_values_typed_by_hand_are_overwritten():
    form = make_form(BUDGET, TOTAL)
    report = validate(form, {"budget": [], "total": "999.00"})
    assert report.content["total"] == "0.00"


def test_conditional_field_is_required_only_when_shown():
    form = make_form(
        field("reason", "choice", options=[["goals_met", "达到目标", "Goals met"], ["other", "其他", "Other"]]),
        field("other_reason", "text", required=True, visible_if="reason == 'other'"),
    )
    assert validate(form, {"reason": "goals_met"}).ok
    report = validate(form, {"reason": "other"})
    assert [(i.code, i.path) for i in report.errors] == [("F001", "other_reason")]


def test_errors_block_and_warnings_do_not():
    form = make_form(
        field("case_type", "choice", options="case_type"),
        field("sessions", "number"),
        field("members", "number"),
        rules=[
            {
                "code": "PLAN01",
                "when": "case_type in ['counselling', 'treatment']",
                "check": "sessions >= 5",
                "field": "sessions",
                "level": "error",
                "message": {"zh": "不少于5节", "en": "at least 5 sessions"},
            },
            {
                "code": "GRP01",
                "check": "members >= 8",
                "field": "members",
                "level": "warning",
                "message": {"zh": "少于8人", "en": "fewer than 8"},
            },
        ],
    )
    report = validate(form, {"case_type": "counselling", "sessions": 3, "members": 6})
    assert [i.code for i in report.errors] == ["PLAN01"] and [i.code for i in report.warnings] == ["GRP01"]
    assert not report.ok
    report = validate(form, {"case_type": "consultation", "sessions": 1, "members": 6})
    assert report.ok and [i.code for i in report.warnings] == ["GRP01"]
    assert report.for_field("members")[0].message("en") == "fewer than 8"


def test_a_rule_over_values_not_given_yet_waits():
    form = make_form(
        field("a", "number"),
        rules=[
            {
                "code": "A01",
                "check": "a > 1",
                "field": "a",
                "level": "error",
                "message": {"zh": "大于1", "en": "over 1"},
            }
        ],
    )
    assert validate(form, {}).ok


def test_carried_values_come_from_the_context_and_are_saved():
    form = make_form(field("client_name", "text", carry="client.name", required=True))
    report = validate(form, {"client_name": "手改"}, context={"client.name": "𠮷䶮㛃"})
    assert report.content["client_name"] == "𠮷䶮㛃"
    assert validate(form, {}).codes() == {"F001"}  # a carried value the case lacks is still required


def test_a_record_of_an_older_version_opens_after_fields_were_added_and_removed():
    registry = default_registry()
    old = {
        "id": "v",
        "version": 1,
        "family": "t",
        "scope": "standalone",
        "title": {"zh": "版", "en": "V"},
        "sections": [
            {"id": "s", "title": {"zh": "一", "en": "One"}, "fields": [field("name", "text"), field("retired", "text")]}
        ],
    }
    new = dict(
        old,
        version=2,
        sections=[
            {"id": "s", "title": {"zh": "一", "en": "One"}, "fields": [field("name", "text"), field("phone", "text")]}
        ],
    )
    v1, v2 = build_form(old, registry.option_lists), build_form(new, registry.option_lists)
    stored = validate(v1, {"name": "张三", "retired": "旧值"}).content
    report = validate(v2, stored)
    assert report.content["name"] == "张三" and report.content["phone"] is None
    assert report.content["retired"] == "旧值"  # kept, not thrown away
    assert [(i.code, i.level) for i in report.issues] == [("F014", "warning")]


def test_attendance_rate_counts_late_as_present():
    form = make_form(
        field(
            "marks",
            "table",
            columns=[
                field("s1", "choice", options="attendance_mark"),
                field("s2", "choice", options="attendance_mark"),
                field("attended", "number", compute="count_if([s1, s2], 'present', 'late')"),
            ],
        ),
        field("attendances", "number", compute="sum(marks.attended)"),
        field("rate", "number", decimals=1, compute="rate(attendances, len(marks) * 2)"),
    )
    report = validate(form, {"marks": [{"s1": "present", "s2": "late"}, {"s1": "absent", "s2": "present"}]})
    assert [r["attended"] for r in report.content["marks"]] == [2, 1]
    assert report.content["rate"] == "75.0"

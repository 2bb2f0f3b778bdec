"""The shipped catalogue: every form of DOMAIN.md loads, speaks both languages, and validates."""

from __future__ import annotations

import pytest

from desktop.forms import FieldType, default_registry, validate
from desktop.forms.compute import expression_names
from desktop.forms.validation import visible_fields

CASE_FORMS = [
    "consent",
    "case_basic",
    "intake",
    "assessment",
    "plan",
    "record",
    "transfer",
    "closing_eval",
    "closing",
    "closing_info",
    "attachments",
]
GROUP_FORMS = [
    "group_plan",
    "funding_request",
    "registration",
    "attendance",
    "session_record",
    "feedback",
    "financial_report",
    "group_report",
]


def test_the_nineteen_forms_are_there_in_catalogue_order():
    ids = [f.id for f in default_registry()]
    assert ids[: len(CASE_FORMS)] == CASE_FORMS
    assert ids[len(CASE_FORMS) : len(CASE_FORMS) + len(GROUP_FORMS)] == GROUP_FORMS


@pytest.mark.parametrize("form", list(default_registry()), ids=lambda f: f.id)
def test_each_form_is_complete_in_both_languages(form):
    assert form.title.zh and form.title.en
    assert form.value_fields, "a form holds values"
    for f in form.fields:
        if f.type is FieldType.NOTE:
            assert f.text and f.text.zh and f.text.en
        else:
            assert f.label.zh and f.label.en
        for column in f.columns:
            assert column.label.zh and column.label.en
    assert all(s.label.zh and s.label.en for s in form.signers)


@pytest.mark.parametrize("form", list(default_registry()), ids=lambda f: f.id)
def test_each_form_validates_an_empty_record_without_crashing(form):
    report = validate(form, {})
    shown = visible_fields(form, expression_names(form, report.content))
    required = {f.id for f in shown if f.required and not f.compute}
    missing = {i.path for i in report.errors if i.code == "F001"}
    assert required <= missing | {f.id for f in form.value_fields if f.carry}

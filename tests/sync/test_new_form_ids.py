"""An agency's form of a new id (docs/forms.md, "Behaviour"): installed at the hub, carried to a laptop
with the next reply, filled there and taking its declared role's place at the hub."""

from __future__ import annotations

from tests.forms.test_declared_behaviour import INTAKE, copy_as
from tests.sync.conftest import exchange, fill


def test_a_form_of_a_new_id_reaches_a_laptop_and_opens_a_case_through_its_role(agency):
    path = copy_as(INTAKE, agency.root, "school_intake")
    with agency.desk(agency.hub, "head") as head:
        assert head.install_definition(path).role == "intake"
    exchange(agency, agency.a, "wang")
    with agency.desk(agency.a, "wang") as wang:
        assert wang.registry.form_of("intake").id == "intake" and "school_intake" in wang.registry.forms_of("intake")
        case = wang.create_case(wang.create_client("张小明").id, wang.projects()[0].id, "counselling", "youth")
        intake = fill(wang, "school_intake", {"intake_date": "2026-11-10", "open_case": True}, case_id=case.id)
    up, _ = exchange(agency, agency.a, "wang")
    assert up[0].inserted["form_record"] == 1
    with agency.desk(agency.hub, "li") as li:
        li.decide(intake.id, "approve")
        assert li.case(case.id).status == "open" and li.archive_missing(case.id)[0] == "consent"

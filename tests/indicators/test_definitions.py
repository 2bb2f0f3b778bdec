"""The indicator definitions load, agree with the rest of CaseDesk, and a broken one is refused with a
message naming the file, the row and the reason."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.forms.registry import default_registry
from desktop.indicators.definitions import (
    CASE_STATES,
    DEFINITIONS_DIR,
    IndicatorDefinitionError,
    load_catalogue,
)
from desktop.models.services import STATUS_LABELS, CaseStatus
from desktop.workflow.group_rules import GROUP_KINDS

# The gaps: rows the records cannot answer yet, and what each waits for.
GAPS = {
    "corrections.parent_child_group.households": {"registration.participants.household"},
}
# A gap mark put on a computed row, in front of its notes (the broken-definition cases below).
GAP = "    missing:\n      - kind: {kind}\n        name: {name}\n        zh: 待补\n        en: wanted\n"
TRAININGS_NOTES = "    notes:\n      zh: 互助组织登记中“社工为组织开展的培训”每行计 1 次"
ROSTERS = {"correction_roster", "mutual_aid_org", "rural_roster"}  # small forms whose other dates may be read from JSON


def test_every_domain_file_loads_in_the_seeds_chapter_order():
    catalogue = load_catalogue()
    domains = [o.value for o in default_registry().option_lists["domain"]]
    assert [t.domain for t in catalogue.tables] == domains
    assert len(catalogue.rows) == 184
    ids = [r.id for r in catalogue.rows]
    assert len(ids) == len(set(ids))
    for table in catalogue.tables:
        assert all(r.domain == table.domain and r.id.startswith(f"{table.domain}.") for r in table.rows)


def test_each_rate_has_both_counts_and_each_count_has_a_date_unless_marked():
    for row in load_catalogue().rows:
        if row.missing:
            continue
        assert row.numerator is not None and row.numerator.date is not None, row.id
        assert (row.denominator is not None) == row.is_rate, row.id


def test_the_rows_the_records_cannot_answer_yet_are_the_known_gaps():
    catalogue = load_catalogue()
    assert {r.id: {m.qualified for m in r.missing} for r in catalogue.rows if r.missing} == GAPS


def test_dates_read_from_content_are_the_indexed_date_or_on_a_roster():
    """The design note promises that a record's period date is the indexed service_date (the form's
    date_field) except on small roster forms: this keeps that promise checked."""
    registry = default_registry()
    for row in load_catalogue().rows:
        for count in (row.numerator, row.denominator):
            if count is None or count.source != "records" or count.date is None:
                continue
            keys = [k for k in (count.date.key, *count.date.during) if k and "." not in k]
            for key in keys:
                assert key == registry.get(count.form).date_field or count.form in ROSTERS, (row.id, key)


def test_the_sets_agree_with_the_forms_and_the_workflow():
    catalogue = load_catalogue()
    kinds = [o.value for o in default_registry().option_lists["group_type"]]
    types = [o.value for o in default_registry().option_lists["case_type"]]
    assert set(catalogue.sets["group_kinds"].values) == GROUP_KINDS
    assert set(catalogue.sets["activity_kinds"].values) == set(kinds) - GROUP_KINDS
    assert set(catalogue.sets["case_work_types"].values) == set(types) - {"consultation"}
    assert set(catalogue.sets["opened"].values) == {"open", "closing", "closed", "archived"}
    assert set(catalogue.sets["closed"].values) == {"closed", "archived"}


def test_case_states_are_the_stores():
    assert set(CASE_STATES) == {s.value for s in CaseStatus}
    assert {k: v for k, v in CASE_STATES.items() if k in STATUS_LABELS} == {
        str(k): v for k, v in STATUS_LABELS.items() if k in {s.value for s in CaseStatus}
    }


# -- refusals ------------------------------------------------------------------------------------
def edited(tmp_path: Path, file: str, old: str, new: str) -> Path:
    """A copy of the packaged definitions with one edit."""
    directory = tmp_path / "definitions"
    shutil.copytree(DEFINITIONS_DIR, directory)
    path = directory / file
    content = path.read_text(encoding="utf-8")
    assert content.count(old) >= 1, f"{old!r} is not in {file}"
    path.write_text(content.replace(old, new, 1), encoding="utf-8")
    return directory


def refusal(tmp_path: Path, file: str, old: str, new: str) -> str:
    with pytest.raises(IndicatorDefinitionError) as caught:
        load_catalogue(edited(tmp_path, file, old, new))
    return str(caught.value)


def test_an_untouched_copy_loads(tmp_path):
    assert len(load_catalogue(edited(tmp_path, "youth.yaml", "rows:", "rows:")).rows) == 184


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        pytest.param(
            "youth.yaml",
            "form: closing_info",
            "form: closing_inf",
            ["youth.yaml", "youth.consultation.contacts", "form 'closing_inf' is not in the form registry"],
            id="unknown form",
        ),
        pytest.param(
            "youth.yaml",
            "date: contact_date",
            "date: contact_day",
            ["youth.consultation.contacts", "'contact_day' is not a field of form 'closing_info'"],
            id="unknown field",
        ),
        pytest.param(
            "youth.yaml",
            "{outcome: success}",
            "{outcome: succeeded}",
            ["youth.transfer.success_rate", "'succeeded' is not an option of outcome", "success, failure, pending"],
            id="unknown option",
        ),
        pytest.param(
            "youth.yaml",
            "where: {case_type: counselling}",
            "where: {case_type: counseling}",
            ["youth.counselling.filing_rate", "'counseling' is not an option of case_type"],
            id="unknown case type",
        ),
        pytest.param(
            "rural.yaml",
            "table: trainings",
            "table: training",
            ["rural.mutual_aid.trainings", "'training' is not a table field of form 'mutual_aid_org'"],
            id="unknown table",
        ),
        pytest.param(
            "rural.yaml",
            "measure: rows\n      date: date",
            "measure: rows\n      date: day",
            ["rural.mutual_aid.trainings", "'day' is not a column of table 'trainings'"],
            id="unknown column",
        ),
        pytest.param(
            "youth.yaml",
            "measure: {sum: present_count}",
            "measure: {sum: head_count}",
            ["youth.group.attendances", "'head_count' is not a field of form 'session_record'"],
            id="sum of a field that is not on the form",
        ),
        pytest.param(
            "youth.yaml",
            "measure: {sum: present_count}",
            "measure: {sum: place}",
            ["youth.group.attendances", "sum takes a number field"],
            id="sum of a text field",
        ),
        pytest.param(
            "elderly.yaml",
            "where: {mode: home_visit, outcome: at_home}",
            "where: {outcome: at_home}",
            ["elderly.home_visit.elders_seen", "'outcome' is hidden", "stale"],
            id="filter on a field hidden by its condition",
        ),
        pytest.param(
            "youth.yaml",
            "target: {minimum: 90}",
            "target: {minimum: 80}",
            ["youth.transfer.success_rate", "standard 90% needs unit % and target minimum 90"],
            id="target disagrees with the seed",
        ),
        pytest.param(
            "youth.yaml",
            "group.kind: $group_kinds",
            "group.kind: $group_kind",
            ["youth.group.groups", "no set 'group_kind' in sets.yaml"],
            id="unknown set",
        ),
        pytest.param(
            "youth.yaml",
            "date: case.closed_on",
            "date: group.closed_on",
            ["youth.counselling.closing_reports", "'group.closed_on' needs a group form"],
            id="group date on a case form",
        ),
        pytest.param(
            "women.yaml",
            "domain_by: project",
            "domain_by: case",
            ["women.staff_workshop.held", "domain_by 'case' does not fit records of training"],
            id="domain of a standalone form taken from a case",
        ),
        pytest.param(
            "youth.yaml",
            "measure: {distinct: case}",
            "measure: {distinct: group}",
            ["youth.transfer.cases", "distinct 'group' does not fit records of transfer"],
            id="distinct groups of a case form",
        ),
        pytest.param(
            "corrections.yaml",
            "where: {reoffended: true}",
            "where: {reoffended: 'yes'}",
            ["corrections.case.reoffending_rate", "a yes/no filter takes true or false"],
            id="yes/no filter with a word",
        ),
        pytest.param(
            "youth.yaml",
            "    denominator:\n",
            "    denominators:\n",
            ["youth.counselling.filing_rate", "unknown key 'denominators'"],
            id="unknown key",
        ),
        pytest.param(
            "rural.yaml",
            TRAININGS_NOTES,
            GAP.format(kind="form", name="correction_roster") + TRAININGS_NOTES,
            ["rural.mutual_aid.trainings", "'correction_roster' exists now"],
            id="a gap marked on a form that exists",
        ),
        pytest.param(
            "rural.yaml",
            TRAININGS_NOTES,
            GAP.format(kind="field", name="activity_name").replace("name:", "form: volunteer_service\n        name:")
            + TRAININGS_NOTES,
            ["rural.mutual_aid.trainings", "'activity_name' exists now"],
            id="a gap marked on a field that exists",
        ),
        pytest.param(
            "elderly.yaml",
            "      measure: {distinct: record}\n",
            "      measure: {distinct: household}\n",
            ["elderly.elder_volunteer.services", "distinct 'household' does not fit rows"],
            id="a distinct count that does not fit the items",
        ),
        pytest.param(
            "elderly.yaml",
            "where: {kind: volunteer_training, volunteer_group: [elder, elder_and_resident]}",
            "where: {volunteer_group: [elder, elder_and_resident]}",
            ["elderly.elder_volunteer.trainings", "'volunteer_group' is hidden", "stale"],
            id="the volunteers trained read without the volunteer trainings they are shown on",
        ),
        pytest.param(
            "rural.yaml",
            TRAININGS_NOTES,
            GAP.format(kind="setting", name="group.standards") + TRAININGS_NOTES,
            ["rural.mutual_aid.trainings", "'group.standards' exists now"],
            id="a gap marked on a setting that exists",
        ),
        pytest.param(
            "rural.yaml",
            "      source: area_population\n",
            "      source: area_population\n      form: mutual_aid_org\n",
            ["rural.mutual_aid.coverage_rate", "unknown key 'form'"],
            id="an area's population takes nothing but its source",
        ),
        pytest.param(
            "youth.yaml",
            "id: youth.consultation.contacts",
            "id: elderly.consultation.contacts",
            ["id must look like youth."],
            id="id outside its domain",
        ),
        pytest.param(
            "youth.yaml",
            "id: youth.treatment.opened",
            "id: youth.counselling.opened",
            ["youth.counselling.opened", "id used twice"],
            id="duplicate id",
        ),
        pytest.param(
            "youth.yaml",
            "unit: 人次\n    numerator:",
            "unit: 人\n    numerator:",
            ["youth.consultation.contacts", "the seed's cell 人次 is the unit"],
            id="unit disagrees with the seed",
        ),
        pytest.param(
            "family.yaml",
            "domain: family",
            "domain: families",
            ["'families' is not a domain code"],
            id="unknown domain",
        ),
    ],
)
def test_a_broken_definition_is_refused_with_its_reason(tmp_path, file, old, new, expected):
    message = refusal(tmp_path, file, old, new)
    for fragment in expected:
        assert fragment in message


def test_a_rate_without_a_denominator_is_refused_unless_marked(tmp_path):
    directory = edited(
        tmp_path, "youth.yaml", "    denominator:\n      source: cases", "    notes_x:\n      source: cases"
    )
    with pytest.raises(IndicatorDefinitionError, match="unknown key 'notes_x'"):
        load_catalogue(directory)
    path = directory / "youth.yaml"
    content = path.read_text(encoding="utf-8")
    start = content.index("    notes_x:")
    end = content.index("    notes:", start)
    path.write_text(content[:start] + content[end:], encoding="utf-8")
    with pytest.raises(IndicatorDefinitionError, match="a rate \\(unit %\\) needs a denominator"):
        load_catalogue(directory)


def test_a_marked_row_may_leave_its_counts_out(tmp_path):
    catalogue = load_catalogue()
    row = catalogue.get("corrections.parent_child_group.households")
    assert row.numerator is None and row.missing and not row.computable

"""Indicator rows computed from a hand-built workspace; every expected value is worked out here from
docs/indicators.md (what counts, which date places it, which states), not by the code under test."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.demo import complete_required
from desktop.indicators.compute import Scope, compute, count_query
from desktop.indicators.definitions import load_catalogue

NOVEMBER = Scope(dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def fill(desk, case_id, form_id, content=None, *, approvers=()):
    record = desk.new_record(form_id, case_id=case_id)
    record, report = desk.save_record(record.id, complete_required(desk, record, content or {}))
    assert report.ok, [(i.code, i.path, i.en) for i in report.errors]
    record, _ = desk.submit_record(record.id)
    for reviewer in approvers:
        record = reviewer.decide(record.id, "approve")
    return record


@pytest.fixture
def youth(team):
    """Youth and family cases opened in October and November 2026, some filed (case basic information)."""
    wang, sup = team.desk("wang"), team.desk("sup")

    def case(name: str, case_type: str, domain: str, day: dt.date, *, opened: bool = True, filed: bool = False):
        wang.clock = sup.clock = lambda: day
        client = wang.create_client(name)
        made = wang.create_case(client.id, team.project_id, case_type, domain)
        fill(wang, made.id, "intake", {"intake_date": day.isoformat(), "open_case": True},
             approvers=[sup] if opened else [])  # fmt: skip
        if filed:
            fill(wang, made.id, "case_basic", {"filled_on": day.isoformat()})
        return made

    made = {
        "a": case("甲", "counselling", "youth", dt.date(2026, 11, 3), filed=True),
        "b": case("乙", "counselling", "youth", dt.date(2026, 11, 10)),
        "c": case("丙", "counselling", "youth", dt.date(2026, 11, 12), opened=False),  # intake not decided
        "d": case("丁", "counselling", "family", dt.date(2026, 11, 5), filed=True),  # another domain
        "e": case("戊", "counselling", "youth", dt.date(2026, 10, 20), filed=True),  # before the period
        "f": case("己", "treatment", "youth", dt.date(2026, 11, 4), filed=True),
    }
    yield wang, made
    wang.close()
    sup.close()


def figures(desk, scope=NOVEMBER, domain="youth") -> dict[str, tuple]:
    catalogue = load_catalogue(registry=desk.registry)
    with desk.session() as s:
        found = compute(s, catalogue, desk.registry, Scope(scope.start, scope.end, domain=domain))
    return {f.indicator.id: (f.numerator, f.denominator, f.value) for f in found}


def test_cases_opened_and_filed_count_by_opening_day_domain_and_state(youth):
    wang, _ = youth
    got = figures(wang)
    # Opened in November, youth, counselling: a and b (c's intake is undecided, d is family, e is October).
    assert got["youth.counselling.opened"] == (2.0, None, 2.0)
    # Filed of those: a only (b has no case basic information): 1 of 2.
    assert got["youth.counselling.filing_rate"] == (1.0, 2.0, 50.0)
    assert got["youth.treatment.opened"] == (1.0, None, 1.0)
    assert got["youth.treatment.filing_rate"] == (1.0, 1.0, 100.0)
    # Nothing closed, no closing reports, no transfer: zero, and a rate with nothing to divide is None.
    assert got["youth.counselling.completed"][0] == 0.0
    assert got["youth.transfer.success_rate"][2] is None
    october = figures(wang, Scope(dt.date(2026, 10, 1), dt.date(2026, 10, 31)))
    assert october["youth.counselling.opened"] == (1.0, None, 1.0)  # e


def test_grouped_and_single_domain_queries_agree(youth):
    """compute() runs each count once for every domain that asks; each equals its one-domain query."""
    wang, _ = youth
    catalogue = load_catalogue(registry=wang.registry)
    with wang.session() as s:
        for figure in compute(s, catalogue, wang.registry, NOVEMBER):
            if figure.numerator is None:
                continue
            alone = s.execute(count_query(figure.indicator.numerator, wang.registry, figure.indicator.domain, NOVEMBER))
            assert float(alone.scalar() or 0) == figure.numerator, figure.indicator.id


def test_the_items_behind_a_number_are_the_ones_it_counts(youth, team):
    wang, made = youth
    rows = {p.figure.indicator.id: p for p in wang.indicators(NOVEMBER.start, NOVEMBER.end)}
    opened = wang.indicator_items("youth.counselling.opened", NOVEMBER.start, NOVEMBER.end)
    assert {i["id"] for i in opened} == {made["a"].id, made["b"].id}
    assert len(opened) == rows["youth.counselling.opened"].figure.numerator
    filed = wang.indicator_items("youth.counselling.filing_rate", NOVEMBER.start, NOVEMBER.end)
    assert [i["client"] for i in filed] == ["甲"]
    months = wang.indicator_months("youth.counselling.opened", dt.date(2026, 10, 1), NOVEMBER.end)
    assert [(m.month, f.numerator) for m, f in months] == [(10, 1.0), (11, 2.0)]  # e in October; a, b in November
    with team.desk("lead") as lead:
        workers = {
            w: f.numerator
            for w, f in lead.indicator_by_worker("youth.counselling.opened", NOVEMBER.start, NOVEMBER.end)
        }
        wang_id = next(a.id for a in lead.accounts() if a.username == "wang")
        assert workers[wang_id] == 2.0 and sum(v for v in workers.values()) == 2.0

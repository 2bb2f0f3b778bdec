"""Sharing travels with sync: a case shared with a colleague reaches their laptop whole, and a revoked share
closes it there. Bundles carry a device's scope: importing and exporting are never filtered by the view of
whoever happens to be signed in."""

from __future__ import annotations

import pytest

from desktop.errors import AccessDenied
from desktop.models import Case, Share
from tests.sync.conftest import PASSWORD, exchange, open_desk_info, open_intake, reply_for


def test_a_case_shared_at_the_hub_reaches_the_colleagues_laptop_and_revoking_closes_it(agency):
    with agency.desk(agency.a, "wang") as wang:
        case, intake = open_intake(wang, "张小明")
        other, _ = open_intake(wang, "李小红")
    exchange(agency, agency.a, "wang")
    with agency.desk(agency.hub, "li") as li:  # wang's supervisor shares it
        chen_id = next(a.id for a in li.accounts() if a.username == "chen")
        li.share("case", case.id, chen_id)
    _, down = exchange(agency, agency.b, "chen")
    assert down[0].inserted["case_file"] == 1 and down[0].inserted["share"] == 1
    with agency.desk(agency.b, "chen") as chen:
        assert [c.id for c in chen.cases()] == [case.id]  # exactly that case, not wang's other one
        assert [r.id for r in chen.records(case_id=case.id)] == [intake.id]
        with chen.session() as s:
            assert s.get(Case, other.id) is None  # never sent to chen's laptop at all
    with agency.desk(agency.hub, "li") as li:
        li.unshare("case", case.id, chen_id)
    _, down = exchange(agency, agency.b, "chen")
    assert down[0].updated["share"] == 1
    with agency.desk(agency.b, "chen") as chen:
        assert chen.cases() == []
        with pytest.raises(AccessDenied):
            chen.case(case.id)


def test_a_share_made_on_a_laptop_travels_up_and_down_to_the_colleague(agency):
    with agency.desk(agency.a, "wang") as wang:
        case, intake = open_intake(wang, "张小明")
        chen_id = next(a.id for a in wang.accounts() if a.username == "chen")
        wang.share("case", case.id, chen_id)
    up, _ = exchange(agency, agency.a, "wang")
    assert up[0].inserted["share"] == 1
    exchange(agency, agency.b, "chen")
    with agency.desk(agency.b, "chen") as chen:
        assert chen.record(intake.id).form_id == "intake"
        chen.comment(intake.id, "周三我可以陪同")
    exchange(agency, agency.b, "chen")
    exchange(agency, agency.a, "wang")
    with agency.desk(agency.a, "wang") as wang:
        assert [c.text for c in wang.comments(intake.id)] == ["周三我可以陪同"]
        with wang.session() as s:
            assert s.query(Share).count() == 1


def test_bundles_are_not_filtered_by_the_view_of_whoever_is_signed_in(agency):
    with agency.desk(agency.a, "wang") as wang:
        case, intake = open_intake(wang, "张小明")
        (up,) = wang.export_bundles(agency.out)
    # Another team's supervisor imports wang's bundle at the hub: she cannot see wang's case, and it arrives
    # whole (syncing at the hub is a supervisor's, the business lead's and the agency head's to do).
    with agency.desk(agency.hub, "head") as head:
        head.create_account("zhao", "赵督导", ["supervisor"], PASSWORD, station_id=head.account.station_id)
    with agency.desk(agency.hub, "zhao") as zhao:
        summary = zhao.import_bundle(up.path)
        assert summary.inserted["case_file"] == 1 and summary.inserted["form_record"] == 1
        assert zhao.cases() == []
        with pytest.raises(AccessDenied):
            zhao.record(intake.id)
    with agency.desk(agency.hub, "li") as li:
        li.decide(intake.id, "approve")
    # She exports the hub's replies: the one for wang's laptop carries the decision on wang's intake.
    with agency.desk(agency.hub, "zhao") as zhao:
        replies = zhao.export_bundles(agency.out)
    laptop = open_desk_info(agency.a)
    (reply,) = [r for r in replies if reply_for(r.path) == laptop]
    with agency.desk(agency.a, "wang") as wang:
        wang.import_bundle(reply.path)
        assert wang.record(intake.id).status == "approved" and wang.case(case.id).status == "open"

"""A standalone workspace joins the hub the same way a new device enrols, keeping its data and the
numbers it printed; the people and projects both sides know become one."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import CaseDeskError
from desktop.workspace import create_workspace, open_desk
from desktop.workspace.enrol import enrol
from desktop.workspace.layout import Layout
from tests.sync.conftest import PASSWORD, fingerprint

LOCAL_PASSWORD = "standalone-pass-1"


@pytest.fixture
def standalone(agency):
    root = agency.root / "alone"
    create_workspace(
        root,
        agency_name="恒爱社工（西城点）",
        station_name="西城站",
        username="xu",
        display_name="许站长",
        password=LOCAL_PASSWORD,
        roles=["business_lead"],
    )
    with open_desk(root, "xu", LOCAL_PASSWORD) as xu:
        xu.clock = lambda: dt.date(2026, 11, 5)
        xu.create_account("wang", "王社工", ["worker"], LOCAL_PASSWORD, station_id=xu.account.station_id)
        project = xu.create_project(
            name="东城青少年综合服务项目", contract_start=dt.date(2026, 1, 1), contract_end=dt.date(2026, 12, 31)
        )
    with open_desk(root, "wang", LOCAL_PASSWORD) as wang:
        wang.clock = lambda: dt.date(2026, 11, 5)
        client = wang.create_client("赵小华")
        case = wang.create_case(client.id, project.id, "consultation", "youth")
        printed = wang.open_case(case.id).archive_code
    return root, case.id, printed


def test_a_standalone_joins_keeping_its_cases_and_printed_numbers(agency, standalone):
    root, case_id, printed = standalone
    with agency.desk(agency.hub, "head") as head:
        code = head.enrol_device("西城点", agency.root / "alone.cdenrol", users=["wang"])
    with pytest.raises(CaseDeskError) as no_login:
        enrol(root, agency.root / "alone.cdenrol", code)
    assert no_login.value.code == "A008"
    result = enrol(root, agency.root / "alone.cdenrol", code, username="xu", password=LOCAL_PASSWORD)
    assert result["joined"] and result["accounts_matched"] == ["wang"]
    assert Layout(root).read_info().mode == "field"
    # wang keeps the standalone password, now as the hub's wang.
    with open_desk(root, "wang", LOCAL_PASSWORD) as wang:
        assert wang.case(case_id).archive_code == printed
        hub_wang = wang.account.id
        assert wang.projects()[0].name == "东城青少年综合服务项目" and len(wang.projects()) == 1
    with agency.desk(agency.hub, "li") as li:
        assert hub_wang == next(a.id for a in li.accounts() if a.username == "wang")
    up, down = exchange_local(agency, root)
    assert up[0].inserted["case_file"] == 1 and up[0].inserted["issued_number"] == 1
    with agency.desk(agency.hub, "head") as head:
        joined = head.case(case_id)
        assert joined.archive_code == printed and joined.owner_id == hub_wang
        xu = next(a for a in head.accounts() if a.username == "xu")
        assert not xu.active  # a device never grants anyone a role at the hub
        stations = {s.name for s in head.stations()}
        assert {"东城站", "西城站"} <= stations
        # The hub never hands out the numbers the standalone printed.
        client = head.create_client("中心对象")
        again = head.create_case(client.id, joined.project_id, "consultation", "youth")
        assert head.open_case(again.id, on=dt.date(2026, 11, 5)).archive_code != printed


def test_joining_is_refused_whole_when_both_sides_printed_the_same_number(agency, standalone):
    root, case_id, printed = standalone
    with agency.desk(agency.hub, "head") as head:
        head.clock = lambda: dt.date(2026, 11, 5)
        client = head.create_client("中心对象")
        project = head.projects()[0]
        case = head.create_case(client.id, project.id, "consultation", "youth")
        assert head.open_case(case.id, on=dt.date(2026, 11, 5)).archive_code == printed  # both gave 001
        code = head.enrol_device("西城点", agency.root / "alone.cdenrol", users=["wang"])
    enrol(root, agency.root / "alone.cdenrol", code, username="xu", password=LOCAL_PASSWORD)
    with open_desk(root, "wang", LOCAL_PASSWORD) as wang:
        (bundle,) = wang.export_bundles(agency.out)
    with agency.desk(agency.hub, "li") as li:
        before = fingerprint(agency.hub)
        with pytest.raises(CaseDeskError) as clash:
            li.import_bundle(bundle.path)
        assert clash.value.code == "N005" and printed in clash.value.message("zh")
        assert fingerprint(agency.hub) == before


def test_a_device_or_a_hub_cannot_take_an_enrolment_file(agency, standalone):
    with agency.desk(agency.hub, "head") as head:
        code = head.enrol_device("再来一台", agency.root / "x.cdenrol", users=["wang"])
    for where, user in ((agency.a, "wang"), (agency.hub, "head")):
        with pytest.raises(CaseDeskError) as refused:
            enrol(where, agency.root / "x.cdenrol", code, username=user, password=PASSWORD)
        assert refused.value.code == "B022"


def exchange_local(agency, root):
    """``exchange`` for a workspace whose people kept their standalone passwords."""
    with open_desk(root, "wang", LOCAL_PASSWORD) as wang:
        (up,) = wang.export_bundles(agency.out)
    with agency.desk(agency.hub, "li") as li:
        got_up = [li.import_bundle(up.path)]
        (reply,) = [r for r in li.export_bundles(agency.out) if r.recipient == "西城点"]
    with open_desk(root, "wang", LOCAL_PASSWORD) as wang:
        got_down = [wang.import_bundle(reply.path)]
    return got_up, got_down

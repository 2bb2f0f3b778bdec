"""Archive numbers across simulated offline devices: a hub, field devices and a standalone workspace,
each a real workspace, with the number blocks and registers the sync bundles will carry passed
in-process. Every hard case of the numbering design (docs/archive-numbers.md) has a test here."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest

from desktop.errors import AccessDenied, CaseDeskError
from desktop.workspace import Desk, create_workspace, open_desk

FORMAT = re.compile(r"^[A-Z][A-Z0-9]*-[A-Z][A-Z0-9]*-\d{3,}-\d{6}$")
PASSWORD = "numbers-pass-1"


class Station:
    """One workspace (hub, field device or standalone) and a business lead signed in to it."""

    def __init__(self, root: Path, mode: str) -> None:
        create_workspace(
            root,
            agency_name="恒爱社工",
            station_name=root.name,
            username="lead",
            display_name="吴业务",
            password=PASSWORD,
            mode=mode,
            roles=["business_lead"],
        )
        self.desk: Desk = open_desk(root, "lead", PASSWORD)
        self.day = dt.date(2026, 11, 10)
        self.desk.clock = lambda: self.day
        self.project = self.desk.create_project(
            name="项目", contract_start=dt.date(2026, 1, 1), contract_end=dt.date(2027, 12, 31)
        )
        self.client = self.desk.create_client("张三")

    def open_case(self, domain: str = "youth", case_type: str = "counselling", on: dt.date | None = None):
        case = self.desk.create_case(self.client.id, self.project.id, case_type, domain)
        return self.desk.open_case(case.id, on=on or self.day)


@pytest.fixture
def stations(tmp_path):
    made = []

    def make(name: str, mode: str) -> Station:
        station = Station(tmp_path / name, mode)
        made.append(station)
        return station

    yield make
    for station in made:
        station.desk.close()


def enrol(hub: Station, device: Station, size: int = 50) -> None:
    device.desk.accept_block(hub.desk.grant_block(device.desk.device_id, size))


def test_a_case_takes_its_number_when_opened_and_keeps_it(stations):
    alone = stations("standalone", "standalone")
    case = alone.open_case()
    assert case.archive_code == "QSN-GA-001-202611" and not case.number_pending
    assert alone.open_case().archive_code == "QSN-GA-002-202611"
    assert alone.open_case(case_type="consultation").archive_code == "QSN-ZX-001-202611"
    assert alone.open_case(domain="elderly").archive_code == "LNR-GA-001-202611"
    # Re-opening (and re-printing, which reads the same field) never renumbers.
    assert alone.desk.open_case(case.id, on=dt.date(2026, 12, 5)).archive_code == "QSN-GA-001-202611"
    root = alone.desk.layout.root
    alone.desk.close()
    with open_desk(root, "lead", PASSWORD) as again:
        assert again.case(case.id).archive_code == "QSN-GA-001-202611"
        assert again.find_by_number("qsn-ga-001-202611").id == case.id


def test_a_sector_funded_project_numbers_under_its_sector_code(stations):
    alone = stations("standalone", "standalone")
    funded = alone.desk.create_project(
        name="教育局驻校项目",
        contract_start=dt.date(2026, 1, 1),
        contract_end=dt.date(2026, 12, 31),
        archive_category="EDU",
    )
    case = alone.desk.create_case(alone.client.id, funded.id, "counselling", "school")
    assert alone.desk.open_case(case.id).archive_code == "EDU-GA-001-202611"


def test_an_approved_intake_opens_the_case_and_a_submitted_plan_numbers_the_group(team):
    from desktop.demo import complete_required

    wang = team.desk("wang")
    wang.clock = lambda: dt.date(2026, 11, 20)
    client = wang.create_client("李四")
    case = wang.create_case(client.id, team.project_id, "counselling", "family")
    intake = wang.new_record("intake", case_id=case.id)
    wang.save_record(intake.id, complete_required(wang, intake, {"open_case": True}))
    wang.submit_record(intake.id)
    assert wang.case(case.id).archive_code is None  # not before the supervisor's approval
    sup = team.desk("sup")
    sup.clock = lambda: dt.date(2026, 12, 1)  # approved in the next month: the case opens then
    sup.decide(intake.id, "approve")
    opened = wang.case(case.id)
    assert (opened.archive_code, opened.status, opened.opened_on) == ("JT-GA-001-202612", "open", dt.date(2026, 12, 1))
    assert wang.record_context(intake.id)["case.number"] == "JT-GA-001-202612"  # every form prints it now

    group = wang.create_group(team.project_id, "亲子沟通小组", "support", "family")
    plan = wang.new_record("group_plan", group_id=group.id)
    wang.save_record(plan.id, complete_required(wang, plan, {}))
    assert wang.group(group.id).archive_code is None  # a draft plan: number pending
    wang.submit_record(plan.id)
    assert wang.group(group.id).archive_code == "JT-XZ-001-202611"


def test_an_intake_that_opens_no_case_gives_no_number(team):
    from desktop.demo import complete_required

    wang = team.desk("wang")
    case = wang.create_case(wang.create_client("王五").id, team.project_id, "counselling", "youth")
    intake = wang.new_record("intake", case_id=case.id)
    wang.save_record(intake.id, complete_required(wang, intake, {"open_case": False}))
    wang.submit_record(intake.id)
    team.desk("sup").decide(intake.id, "approve")
    assert wang.case(case.id).archive_code is None


def test_a_voided_case_keeps_its_number_and_the_number_is_never_reused(stations):
    alone = stations("standalone", "standalone")
    first = alone.open_case()
    with alone.desk.session() as s:
        from desktop.models import Case

        s.get(Case, first.id).status = "void"
    assert alone.desk.case(first.id).archive_code == "QSN-GA-001-202611"
    assert alone.open_case().archive_code == "QSN-GA-002-202611"


def test_two_devices_and_the_hub_opening_in_the_same_month(stations):
    hub, a, b = stations("hub", "hub"), stations("a", "field"), stations("b", "field")
    enrol(hub, a)
    enrol(hub, b)
    codes = [s.open_case().archive_code for s in (hub, a, b, hub, a, b)]
    assert codes == [
        "QSN-GA-001-202611",
        "QSN-GA-051-202611",
        "QSN-GA-101-202611",
        "QSN-GA-002-202611",
        "QSN-GA-052-202611",
        "QSN-GA-102-202611",
    ]


def test_a_device_offline_across_a_month_end(stations):
    hub, device = stations("hub", "hub"), stations("device", "field")
    enrol(hub, device)
    nov = device.open_case(on=dt.date(2026, 11, 30))
    dec = device.open_case(on=dt.date(2026, 12, 1))  # no contact with the hub in between
    hub_dec = hub.open_case(on=dt.date(2026, 12, 1))
    assert nov.archive_code == "QSN-GA-051-202611"
    assert dec.archive_code == "QSN-GA-051-202612"  # a new month starts its own sequence
    assert hub_dec.archive_code == "QSN-GA-001-202612"


def test_a_device_whose_blocks_run_out_offline_waits_visibly_then_catches_up(stations):
    hub, device = stations("hub", "hub"), stations("device", "field")
    pending_before_enrolment = device.open_case()
    assert pending_before_enrolment.archive_code is None and pending_before_enrolment.number_pending
    enrol(hub, device, size=2)
    assert device.desk.case(pending_before_enrolment.id).archive_code == "QSN-GA-051-202611"
    second = device.open_case()
    third = device.open_case()
    assert second.archive_code == "QSN-GA-052-202611"
    assert third.archive_code is None and third.number_pending  # shown as pending, never a guess
    record = device.desk.new_record("consent", case_id=third.id)
    assert record.content["case_number"] is None  # forms print "number pending"
    given = device.desk.accept_block(hub.desk.grant_block(device.desk.device_id, 2))
    assert given == ["QSN-GA-053-202611"]
    assert device.desk.case(third.id).archive_code == "QSN-GA-053-202611"


def test_the_same_block_imported_twice_is_harmless_and_foreign_blocks_are_refused(stations):
    hub, a, b = stations("hub", "hub"), stations("a", "field"), stations("b", "field")
    grant = hub.desk.grant_block(a.desk.device_id, 5)
    a.desk.accept_block(grant)
    a.desk.accept_block(grant)  # the same bundle twice
    assert [a.open_case().archive_code for _ in range(5)][-1] == "QSN-GA-055-202611"
    assert a.open_case().archive_code is None
    with pytest.raises(CaseDeskError) as caught:
        b.desk.accept_block(grant)
    assert caught.value.code == "N008"
    with pytest.raises(CaseDeskError) as caught:
        a.desk.accept_block({**grant, "start": 53, "end": 60})
    assert caught.value.code == "N009"
    with pytest.raises(CaseDeskError) as caught:
        a.desk.grant_block(b.desk.device_id)
    assert caught.value.code == "N007"


def test_a_standalone_workspace_joins_a_hub_after_printing_numbers(stations):
    hub, alone = stations("hub", "hub"), stations("alone", "standalone")
    printed = [alone.open_case().archive_code for _ in range(3)]
    assert printed == ["QSN-GA-001-202611", "QSN-GA-002-202611", "QSN-GA-003-202611"]
    assert hub.open_case(domain="elderly").archive_code == "LNR-GA-001-202611"  # another key: no clash
    # Joining: the hub learns what the joiner printed, the joiner stops drawing from its own range
    # and draws from hub blocks that start above everything it printed.
    hub.desk.learn_numbers(alone.desk.issued_numbers(issuer=alone.desk.device_id))
    alone.desk.retire_own_range()
    alone.desk.accept_block(hub.desk.grant_block(alone.desk.device_id, 50))
    assert [c.archive_code for c in alone.desk.cases()][:3] == printed  # printed numbers stay valid
    assert alone.open_case().archive_code == "QSN-GA-051-202611"
    assert hub.open_case().archive_code == "QSN-GA-004-202611"  # the hub never gives 001-003 again
    hub.desk.learn_numbers(alone.desk.issued_numbers(issuer=alone.desk.device_id))  # idempotent


def test_joining_is_refused_when_both_sides_printed_the_same_number(stations):
    hub, alone = stations("hub", "hub"), stations("alone", "standalone")
    hub.open_case()
    alone.open_case()
    with pytest.raises(CaseDeskError) as caught:
        hub.desk.learn_numbers(alone.desk.issued_numbers(issuer=alone.desk.device_id))
    assert caught.value.code == "N005" and "QSN-GA-001-202611" in caught.value.message("zh")
    assert len(hub.desk.issued_numbers()) == 1  # refused whole: nothing learned


def test_thousands_of_openings_across_devices_and_months_are_distinct(stations):
    hub, a, b = stations("hub", "hub"), stations("a", "field"), stations("b", "field")
    for device in (a, b):
        enrol(hub, device, size=8)
    days = [dt.date(2026, 11, 28) + dt.timedelta(days=n) for n in range(8)]  # across a month end
    domains = ["youth", "elderly", "family"]
    kinds = ["counselling", "consultation"]
    codes, pending = [], []
    for i, (day, domain, kind, station) in enumerate(
        itertools.islice(itertools.cycle(itertools.product(days, domains, kinds, (hub, a, b))), 1200)
    ):
        case = station.open_case(domain=domain, case_type=kind, on=day)
        (codes if case.archive_code else pending).append((station, case))
        if i % 97 == 0:  # a bundle round trip now and then: fresh blocks, pending numbers given
            for device in (a, b):
                enrol(hub, device, size=8)
    for device in (a, b):
        enrol(hub, device, size=400)
    everything = [case.archive_code for s in (hub, a, b) for case in s.desk.cases()]
    assert len(everything) == 1200 + 0 and all(everything)  # nothing left pending after the last blocks
    assert len(set(everything)) == 1200  # all distinct across the three workspaces
    assert all(FORMAT.match(code) for code in everything)
    months = {code[-6:] for code in everything}
    assert months == {"202611", "202612"}


def test_code_table_edits_that_would_break_numbers_are_refused(stations, team):
    alone = stations("standalone", "standalone")
    desk = alone.desk
    alone.open_case()
    with pytest.raises(CaseDeskError) as caught:
        desk.save_code("category", "QSNX", "儿童青少年", "Youth", old_code="QSN", domain="youth")
    assert caught.value.code == "N003"
    with pytest.raises(CaseDeskError) as caught:
        desk.save_code("category", "LNR", "另一个", "Another")  # two entries, one code
    assert caught.value.code == "N004"
    with pytest.raises(CaseDeskError) as caught:
        desk.save_code("nature", "G-A", "个案", "Case")
    assert caught.value.code == "N002"
    desk.save_code("category", "QSN", "青少年服务", "Youth service", old_code="QSN", domain="youth")  # words only
    desk.save_code("category", "NCX", "农村", "Rural", old_code="NC", domain="rural")  # unused: may change
    assert {c.code for c in desk.categories()} >= {"QSN", "NCX"} and "NC" not in {c.code for c in desk.categories()}
    desk.save_code("nature", "HF", "回访", "Follow-up visit", applies_to=["follow_up"])
    assert any(n.code == "HF" for n in desk.natures())
    with pytest.raises(AccessDenied):
        team.desk("wang").save_code("nature", "ZZ", "新", "New")

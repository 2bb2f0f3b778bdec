"""The two rural rows counted against the area rather than the work (农村, docs/indicators.md 4.7): 开案率 over
the left-behind and migrant roster, and 互助组织人口覆盖率 over each station's service-area population (setting
indicators.area_population). September 2026 is the period; entries sit inside it, on its edges, or one day
outside; the expected numbers are written out from docs/indicators.md, never taken from the code under test."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import CaseDeskError
from tests.conftest import PASSWORDS
from tests.indicators.workbench import AFTER, BEFORE, Bench, copy_template, figures
from tests.test_cli import cli

OPENING, COVERAGE = "rural.case.opening_rate", "rural.mutual_aid.coverage_rate"


def d(day: int, month: int = 9) -> dt.date:
    return dt.date(2026, month, day)


@pytest.fixture(scope="module")
def rural(_team_template, tmp_path_factory):
    root, youth_project = copy_template(_team_template, tmp_path_factory.mktemp("rural"))
    b = Bench(root)
    b.west, b.east = b.station("西河镇社工站"), b.station("东岭镇社工站")
    b.pw = b.project("西河留守关爱项目", ["rural"], station_id=b.west)
    b.pe = b.project("东岭互助项目", ["rural"], station_id=b.east)
    wang = b.desk("wang")

    def roster(name: str, registered: dt.date, left: dt.date | None = None, *, submit: bool = True, project=None):
        client = wang.create_client(name)
        content = {"registered_on": registered.isoformat(), "category": "left_behind_child", "village": "西河村"}
        if left is not None:
            content.update(left_on=left.isoformat(), left_reason="父母返乡")
        b.on(registered)
        record = b.record("wang", "rural_roster", content, submit=submit, client_id=client.id,
                          project_id=project or b.pw)  # fmt: skip
        return client, record

    a, _ = roster("留守甲", d(1, 8))  # on the roster all period, a rural case opened 5 Sep: counted above and below
    b.case("留守甲", b.pw, "counselling", "rural", opened=d(5), client_id=a.id)
    b.on(d(10))
    b.record("wang", "rural_roster", {"registered_on": d(10).isoformat(), "category": "left_behind_child",
                                      "village": "西河村"}, client_id=a.id, project_id=b.pw)  # fmt: skip  # twice: once
    roster("留守乙", d(30))  # registered on the last day, no case: below only
    roster("留守丙", AFTER)  # registered after the period: neither
    roster("留守丁", d(1, 1), BEFORE)  # left the day before: neither
    e, _ = roster("留守戊", d(1, 1), d(1))  # left on the first day: below; its case opens after the period: not above
    b.case("留守戊", b.pw, "counselling", "rural", opened=AFTER, client_id=e.id)
    f, _ = roster("留守己", d(1, 8))  # a youth-domain case: not a rural case, so below only
    b.case("留守己", b.pw, "counselling", "youth", opened=d(3), client_id=f.id)
    roster("留守庚", d(2), submit=False)  # a draft: neither
    _, voided = roster("留守辛", d(2))
    b.desk("sup").void_record(voided.id, "登记错误")  # voided: neither
    # -- mutual-aid organisations (members added up; founded by the period's last day; still running)
    org = {"village": "西河村", "kind": "elders_association", "area_population": 3000, "members": []}

    def organisation(name: str, founded: dt.date, status: str, members: int, project) -> None:
        b.on(founded)
        content = {**org, "name": name, "founded_on": founded.isoformat(), "status": status, "member_count": members}
        if status == "dissolved":
            content["dissolved_on"] = d(20).isoformat()
        b.record("wang", "mutual_aid_org", content, project_id=project)

    organisation("西河老年协会", d(1, 3), "active", 30, b.pw)
    organisation("西河妇女互助会", d(30), "dormant", 20, b.pw)  # founded on the last day
    organisation("西河种植合作社", AFTER, "active", 50, b.pw)  # founded after: no
    organisation("西河读书会", d(1, 2), "dissolved", 40, b.pw)  # dissolved: no
    organisation("东岭老年协会", d(1, 4), "active", 60, b.pe)
    yield b
    b.close()


def test_the_opening_rate_is_the_roster_with_a_rural_case(rural):
    # On the roster in September: 甲 (once, though entered twice), 乙, 戊, 己 = 4; with a rural case opened by
    # 30 September: 甲 = 1. 1 / 4 = 25.0 %.
    assert figures(rural.desk("lead"), "rural")[OPENING] == (1, 4, 25.0)
    # The same at the west station, and nothing at the east, which has no roster: no rate.
    assert figures(rural.desk("lead"), "rural", station_id=rural.west)[OPENING] == (1, 4, 25.0)
    assert figures(rural.desk("lead"), "rural", station_id=rural.east)[OPENING] == (0, 0, None)


def test_the_coverage_rate_needs_every_stations_population(rural):
    head, lead = rural.desk("head"), rural.desk("lead")
    # West: 30 + 20 members; east: 60. No population recorded yet: the rate is not worked out.
    assert figures(lead, "rural")[COVERAGE] == (110, None, None)
    head.set_area_populations({rural.west: (2000, 2025)})
    assert figures(lead, "rural", station_id=rural.west)[COVERAGE] == (50, 2000, 2.5)  # 50 / 2000
    assert figures(lead, "rural", project_id=rural.pw)[COVERAGE] == (50, 2000, 2.5)  # the project's station
    others = [s.id for s in head.stations() if s.id not in (rural.west, rural.east)]
    assert figures(lead, "rural")[COVERAGE][1] is None  # the east (and any other station) still has none
    head.set_area_populations({rural.east: (4000, 2025), **{s: (1000, 2025) for s in others}})
    total = 2000 + 4000 + 1000 * len(others)
    assert figures(lead, "rural")[COVERAGE] == (110, total, round(100 * 110 / total, 1))
    assert {r["name"]: (r["population"], r["year"]) for r in head.area_populations()}["西河镇社工站"] == (2000, 2025)
    head.set_area_populations({rural.east: None})  # cleared
    assert figures(lead, "rural", station_id=rural.east)[COVERAGE] == (60, None, None)


def test_bad_populations_are_refused_whole(rural):
    head = rural.desk("head")
    before = head.area_populations()
    for bad in ({rural.west: (0, 2025)}, {rural.west: (100, 1800)}, {rural.west: (500, 2025), rural.east: (-1, 2025)}):
        with pytest.raises(CaseDeskError):
            head.set_area_populations(bad)
        assert head.area_populations() == before  # nothing kept half-way
    with pytest.raises(CaseDeskError):
        rural.desk("wang").set_area_populations({rural.west: (500, 2025)})  # the agency head's to set


def test_the_command_line_lists_and_sets_populations(rural):
    env = {"CASEDESK_DATA_DIR": str(rural.root), "CASEDESK_USER": "head", "CASEDESK_PASSWORD": PASSWORDS["head"]}
    made = cli("population", "--station", "东岭镇社工站", "--people", "4321", "--year", "2024", "--json", env=env)
    assert made.returncode == 0, made.stderr
    assert '"population": 4321' in made.stdout and '"year": 2024' in made.stdout
    half = cli("population", "--station", "东岭镇社工站", "--people", "100", env=env)
    assert half.returncode == 1 and "--year" in half.stderr
    assert {r["name"]: r["population"] for r in rural.desk("head").area_populations()}["东岭镇社工站"] == 4321

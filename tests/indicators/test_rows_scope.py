"""The scope of a table: one station, one project, one worker (docs/indicators.md, design note: "every record
and file carries project_id and owner_id, so agency, station, project and worker are further WHERE terms").

Both workers' accounts belong to 东城站, but some of their work is in projects of 石排站 (the projects name them):
a station's work is the work of the projects covering it alone, whoever did it. A project with no station is
nobody's station's work; one covering several stations counts, for each, what the people placed there do. A
record belongs to the worker who owns it, even in a colleague's group."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.indicators.workbench import Bench, copy_template, figures


def d(day: int) -> dt.date:
    return dt.date(2026, 9, day)


@pytest.fixture(scope="module")
def agency(_team_template, tmp_path_factory):
    root, unstationed = copy_template(_team_template, tmp_path_factory.mktemp("scope"))  # the template's project
    b = Bench(root)
    dongcheng = b.desk("head").account.station_id
    shipai = b.station("石排站")
    p1 = b.project("东城青少年项目", ["youth", "school"], dongcheng)
    p2 = b.project("石排青少年项目", ["youth", "school"], shipai)
    p3 = b.project("石排学校项目", ["youth", "school"], shipai)
    # Counselling cases opened in September (the supervisor approves each intake).
    b.case("王一", p1, "counselling", "youth", opened=d(2))
    b.case("王二", p2, "counselling", "youth", opened=d(3))
    b.case("陈一", p2, "counselling", "youth", opened=d(4), worker="chen")
    b.case("陈二", p3, "counselling", "youth", opened=d(5), worker="chen")
    b.case("陈三", unstationed, "counselling", "youth", opened=d(6), worker="chen")
    b.case("陈四", p1, "counselling", "youth", opened=d(7), worker="chen")
    # Workshops for the staff (training records, placed by their project's domains: in the school table).
    b.training(p2, "workshop", d(8), 5)
    b.training(p1, "workshop", d(9), 7, worker="chen")
    b.training(p3, "workshop", d(10), 3, worker="chen")
    # wang's group in 石排's project, co-led by chen: each records a session.
    group = b.group(p2, "石排成长小组", "developmental", "youth")
    b.desk("wang").share("group", group.id, b.account_id("chen"))
    b.group_session(group, d(11), 6)
    b.group_session(group, d(18), 4, worker="chen")
    yield b, {"dongcheng": dongcheng, "shipai": shipai, "p1": p1, "p2": p2, "p3": p3}
    b.close()


def numbers(b: Bench, **scope) -> tuple[float, float, float]:
    """(youth cases opened, youth group attendances, school staff-workshop participants) for the scope."""
    youth, school = figures(b.desk("head"), "youth", **scope), figures(b.desk("head"), "school", **scope)
    return (youth["youth.counselling.opened"][0], youth["youth.group.attendances"][0],
            school["school.staff_workshop.participants"][0])  # fmt: skip


def test_a_station_is_its_projects_work(agency):
    b, ids = agency
    # 石排站's projects are p2 and p3: cases 王二, 陈一, 陈二 (opened by workers of 东城站); the group's two
    # sessions, 6 + 4 present; the workshops of the 8th (5) and the 10th (3).
    assert numbers(b, station_id=ids["shipai"]) == (3, 10, 8)
    # 东城站's project is p1: 王一 and 陈四, the workshop of the 9th (7); 陈三's project has no station, so it is
    # in neither.
    assert numbers(b, station_id=ids["dongcheng"]) == (2, 0, 7)
    # The agency: all six cases, both sessions, the three workshops.
    assert numbers(b) == (6, 10, 15)


def test_a_project_is_its_own_work(agency):
    b, ids = agency
    # p2: 王二 and 陈一 (not 陈二, in p3 of the same station); the group's sessions; the workshop of the 8th.
    assert numbers(b, project_id=ids["p2"]) == (2, 10, 5)
    # p3: 陈二 and the workshop of the 10th.
    assert numbers(b, project_id=ids["p3"]) == (1, 0, 3)


def test_a_worker_is_what_they_own(agency):
    b, _ = agency
    # wang owns 王一 and 王二, his own session (6 present; chen's session in wang's group is chen's work) and the
    # workshop of the 8th.
    assert numbers(b, worker_id=b.account_id("wang")) == (2, 6, 5)
    # chen: 陈一 to 陈四, the session of the 18th (4 present), the workshops of the 9th and 10th.
    assert numbers(b, worker_id=b.account_id("chen")) == (4, 4, 10)


def test_a_project_of_several_stations_counts_where_its_people_are(_team_template, tmp_path):
    b = Bench(copy_template(_team_template, tmp_path)[0])
    try:
        head = b.desk("head")
        dongcheng, shipai = head.account.station_id, b.station("石排站")
        both = head.create_project(name="两镇青少年项目", contract_start=d(1), contract_end=d(30),
                                   domains=["youth"], stations=[dongcheng, shipai]).id  # fmt: skip
        head.update_account(b.account_id("chen"), station_id=shipai)  # wang stays at 东城站
        b.case("王一", both, "counselling", "youth", opened=d(2))
        b.case("陈一", both, "counselling", "youth", opened=d(3), worker="chen")
        b.case("陈二", both, "counselling", "youth", opened=d(4), worker="chen")
        assert numbers(b, station_id=dongcheng)[0] == 1  # wang's case, not chen's
        assert numbers(b, station_id=shipai)[0] == 2  # chen's two: no case counts for both stations
        assert numbers(b, project_id=both)[0] == 3
    finally:
        b.close()

"""Setting up an agency through the Desk: stations, accounts (one by one and from a staff list) and projects
with their targets; each rule at its boundary, and nothing changed by a refusal (docs/rules.md, "Setting up
an agency")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.errors import CaseDeskError
from desktop.workspace import open_desk
from tests.conftest import PASSWORDS, Team, copy_demo

NEW = "first-pass-1"


def refused(code: str, call, *args, **kwargs) -> None:
    with pytest.raises(CaseDeskError) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code, caught.value


def ids(desk) -> dict[str, object]:
    return {a.username: a.id for a in desk.accounts()}


# -- stations --------------------------------------------------------------------------------------------
def test_stations_are_added_edited_and_closed_never_deleted(team: Team):
    head = team.desk("head")
    far = head.create_station(" 石排镇社工站 ", township="石排镇", code="SP")
    assert (far.name, far.township, far.code, far.closed_on) == ("石排镇社工站", "石排镇", "SP", None)
    refused("O004", head.create_station, "石排镇社工站")  # just outside: the same name
    refused("O007", head.create_station, "  ")
    renamed = head.update_station(far.id, name="石排社工站", code="SPZ")
    assert (renamed.name, renamed.township, renamed.code) == ("石排社工站", "石排镇", "SPZ")
    assert head.update_station(far.id, name="石排社工站").name == "石排社工站"  # just inside: its own name
    refused("O004", head.update_station, far.id, name="东城站")

    closed = head.close_station(far.id)
    assert closed.closed_on == head.core.today()
    assert head.close_station(far.id).closed_on == closed.closed_on  # closing again changes nothing
    assert far.id in {s.id for s in head.stations()} and far.id not in {s.id for s in head.stations(open_only=True)}
    refused("O003", head.create_account, "liu", "刘社工", ["supervisor"], NEW, station_id=far.id)
    refused("O003", head.update_account, ids(head)["wang"], station_id=far.id)
    refused("O003", head.create_project, name="X", contract_start=dt.date(2026, 1, 1),
            contract_end=dt.date(2026, 2, 1), stations=[far.id])  # fmt: skip
    wang = team.desk("wang")
    refused("O003", wang.create_client, "赵大", station_id=far.id)  # nor a new client
    open_one = head.stations(open_only=True)[0]
    assert wang.create_client("赵二", station_id=open_one.id).station_id == open_one.id  # an open one takes her


def test_only_a_manager_sets_up_the_agency(team: Team):
    for who in ("sup", "wang", "money"):
        desk = team.desk(who)
        refused("A004", desk.create_station, "某站")
        refused("A004", desk.close_station, desk.stations()[0].id)
        refused("A004", desk.update_station, desk.stations()[0].id, name="改")
        refused("A004", desk.create_project, name="X", contract_start=dt.date(2026, 1, 1),
                contract_end=dt.date(2026, 2, 1))  # fmt: skip
        refused("A004", desk.set_project_targets, team.project_id, {})
        refused("A004", desk.create_account, "x1", "某人", ["worker"], NEW)
        refused("A004", desk.update_account, ids(desk)["chen"], active=False)
    assert team.desk("lead").create_station("某站").name == "某站"  # the business lead may


# -- accounts --------------------------------------------------------------------------------------------
def test_accounts_are_strict_and_refusals_change_nothing(team: Team):
    head = team.desk("head")
    station = head.account.station_id
    before = ids(head)
    refused("A002", head.create_account, "wang", "又一个王", ["worker"], NEW, station_id=station,
            supervisor_id=before["sup"])  # fmt: skip
    refused("A016", head.create_account, "x1", "某人", [], NEW)
    refused("A007", head.create_account, "x1", "某人", ["boss"], NEW)
    refused("A017", head.create_account, "x1", "某人", ["worker"], NEW, station_id=station)
    refused("A014", head.create_account, "x1", "某人", ["worker"], NEW, station_id=station,
            supervisor_id=before["wang"])  # fmt: skip
    assert ids(head) == before

    # Just inside: under the station's supervisor, or at a station no supervisor serves.
    liu = head.create_account("liu", "刘社工", ["worker"], NEW, station_id=station, supervisor_id=before["sup"])
    far = head.create_station("石排镇社工站")
    solo = head.create_account("solo", "孙社工", ["worker"], NEW, station_id=far.id)
    assert liu.supervisor_id == before["sup"] and solo.supervisor_id is None
    with open_desk(team.root, "liu", NEW) as signed:
        assert signed.account.username == "liu"

    # Edits: roles, station, supervisor; a worker keeps her supervisor where the station has one.
    refused("A017", head.update_account, liu.id, supervisor_id=None)
    refused("A017", head.update_account, solo.id, station_id=station)
    moved = head.update_account(solo.id, station_id=station, supervisor_id=before["sup"])
    assert (moved.station_id, moved.supervisor_id) == (station, before["sup"])
    refused("A016", head.update_account, liu.id, roles=[])
    assert head.update_account(liu.id, roles=["worker", "supervisor"], supervisor_id=None).roles == [
        "worker",
        "supervisor",
    ]
    assert head.update_account(liu.id, display_name="刘督导").display_name == "刘督导"


def test_disabling_and_enabling_keep_one_agency_head(team: Team):
    head, lead = team.desk("head"), team.desk("lead")
    who = ids(head)
    assert head.update_account(who["chen"], active=False).active is False
    refused("A003", open_desk, team.root, "chen", PASSWORDS["chen"])
    assert head.update_account(who["chen"], active=True).active is True
    # The only agency head: not disabled, nor her role taken (A013 for herself, A018 for anyone else).
    refused("A018", lead.update_account, who["head"], active=False)
    refused("A018", lead.update_account, who["head"], roles=["business_lead"])
    refused("A013", head.update_account, who["head"], active=False)
    assert head.accounts()[0].active and all(a.active for a in head.accounts() if a.username == "head")
    # Just inside: with a second agency head, the first may go.
    lead.update_account(who["lead"], roles=["business_lead", "agency_head"])
    assert lead.update_account(who["head"], active=False).active is False


def staff_list(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["用户名", "姓名", "角色", "站点", "督导", "电话"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_staff_list_is_checked_row_by_row_and_imported_whole(team: Team, tmp_path: Path):
    head = team.desk("head")
    before = ids(head)
    bad = staff_list(
        tmp_path / "bad.xlsx",
        [
            ["zhao", "赵督导", "督导", "东城站", None, "13800000000"],
            ["wang", "又一个王", "一线社工", "东城站", "sup", None],  # A002
            ["qian", "钱社工", "", "东城站", "sup", None],  # no role
            ["sun", "孙社工", "一线社工", "东城站", None, None],  # A017
            ["zhou", "周社工", "一线社工", "没有站", "zhao", None],  # no station
            ["wu", "吴社工", "一线社工", "东城站", "wang", None],  # A014
            ["zheng", "郑社工", "worker", "东城站", "zhao", None],  # just inside: a supervisor from the list
        ],
    )
    preview = head.preview_staff(bad)
    problems = {r.values["username"]: r.errors for r in preview.rows}
    assert [u for u, e in problems.items() if not e] == ["zhao", "zheng"]
    assert "A002" in problems["wang"][0] and "A016" in problems["qian"][0] and "A017" in problems["sun"][0]
    assert "A014" in problems["wu"][0] and problems["zhou"]
    refused("X002", head.import_staff, preview, NEW)
    assert ids(head) == before

    good = staff_list(
        tmp_path / "good.xlsx",
        [
            ["zhao", "赵督导", "督导", "东城站", None, None],
            ["zheng", "郑社工", "一线社工、worker", "东城站", "zhao", None],
        ],
    )
    refused("A004", team.desk("sup").preview_staff, good)
    made = head.import_staff(head.preview_staff(good), NEW)
    assert [(a.username, a.roles) for a in made] == [("zhao", ["supervisor"]), ("zheng", ["worker"])]
    assert made[1].supervisor_id == made[0].id
    with open_desk(team.root, "zheng", NEW) as zheng:
        assert zheng.account.supervisor_id == made[0].id
    refused("X002", head.import_staff, head.preview_staff(good), NEW)  # again: the names are taken


# -- projects and their targets ----------------------------------------------------------------------------
def test_projects_and_targets_on_real_indicators(team: Team):
    head = team.desk("head")
    day = dt.date(2026, 3, 1)
    refused("O001", head.create_project, name="X", contract_start=day, contract_end=day - dt.timedelta(days=1))
    one_day = head.create_project(name="一天项目", contract_start=day, contract_end=day)  # just inside
    assert one_day.contract_end == one_day.contract_start
    refused("O001", head.update_project, one_day.id, contract_end=day - dt.timedelta(days=1))
    refused("O006", head.update_project, one_day.id, domains=["astrology"])
    station = head.stations()[0].id
    edited = head.update_project(one_day.id, funder="镇政府", domains=["youth"], stations=[station], code="YT")
    assert (edited.funder, edited.domains, edited.stations, edited.code) == ("镇政府", ["youth"], [station], "YT")

    catalogue = head.indicator_catalogue()
    real = [r.id for r in catalogue.rows[:2]]
    refused("O002", head.set_project_targets, one_day.id, {real[0]: 5, "cases_opened": 30})
    refused("O005", head.set_project_targets, one_day.id, {real[0]: 0})
    refused("O005", head.set_project_targets, one_day.id, {real[0]: "many"})
    assert all(p.targets == {} for p in head.projects() if p.id == one_day.id)
    done = head.set_project_targets(one_day.id, {real[0]: 1, real[1]: 2.5})
    assert done.targets == {real[0]: 1, real[1]: 2.5}
    refused("O002", head.create_project, name="Y", contract_start=day, contract_end=day, targets={"groups": 6})


def test_the_demos_targets_name_real_indicators(demo_template: Path, tmp_path: Path):
    from desktop.demo import demo_password

    with open_desk(copy_demo(demo_template, tmp_path / "demo"), "zhou", demo_password("zhou")) as head:
        known = {r.id for r in head.indicator_catalogue().rows}
        targets = [p.targets for p in head.projects()]
        assert all(targets) and all(set(t) <= known for t in targets)


def test_a_project_is_open_to_the_stations_and_people_it_names(team: Team):
    """A project covers stations (none: the whole agency) and may name the people on it (none: anyone at a
    station it covers); a case or group goes only under a project open to its owner (O009)."""
    head, wang, chen = team.desk("head"), team.desk("wang"), team.desk("chen")
    home = head.account.station_id
    far = head.create_station("石排镇社工站")
    day = dt.date(2026, 3, 1)
    client = wang.create_client("赵大")

    elsewhere = head.create_project(name="石排项目", contract_start=day, contract_end=day, stations=[far.id])
    assert elsewhere not in wang.my_projects()
    refused("O009", wang.create_case, client.id, elsewhere.id, "counselling", "youth")
    both = head.update_project(elsewhere.id, stations=[far.id, home, far.id])  # just inside: her station too
    assert both.stations == [far.id, home] and both.id in {p.id for p in wang.my_projects()}
    assert wang.create_case(client.id, both.id, "counselling", "youth").project_id == both.id

    named = head.update_project(both.id, workers=[chen.account.id])  # only chen is on it now
    assert named.workers == [chen.account.id]
    assert named.id not in {p.id for p in wang.my_projects()} and named.id in {p.id for p in chen.my_projects()}
    refused("O009", wang.create_group, named.id, "成长小组", "group", "youth")
    elsewhere = head.update_project(named.id, stations=[far.id])  # chen is placed at home, yet named on it
    assert elsewhere.id in {p.id for p in chen.my_projects()}
    refused("O008", head.update_project, named.id, workers=[head.account.id, team_id(head, "money")])
    assert head.update_project(named.id, active=False).id not in {p.id for p in chen.my_projects()}

    head.close_station(far.id)  # a project keeps a station it covered; it cannot take on a closed one
    assert head.update_project(named.id, stations=[far.id, home]).stations == [far.id, home]
    other = head.create_project(name="另一个", contract_start=day, contract_end=day)
    refused("O003", head.update_project, other.id, stations=[far.id])
    assert other.stations == [] and other.id in {p.id for p in wang.my_projects()}  # the whole agency's


def team_id(desk, username: str):
    return ids(desk)[username]

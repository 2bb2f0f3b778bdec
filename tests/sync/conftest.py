"""Three real workspaces: a hub and two field devices enrolled through enrolment files and one-time
codes, their first bundles exchanged. Built once, copied for each test (argon2 is slow by design)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from desktop.demo import complete_required
from desktop.workspace import Desk, create_workspace, open_desk
from desktop.workspace.enrol import enrol
from desktop.workspace.server import ServerSettings, read_settings, server_file
from tests import pg_server, raw_db

PASSWORD = "sync-pass-1"
RECOVERY_PASSPHRASE = "agency-recovery-passphrase"
DAY = dt.date(2026, 11, 10)


@dataclass
class Agency:
    """The agency's folders; every desk it opens is closed when the test ends (closing twice is harmless)."""

    root: Path
    opened: list[Desk] = field(default_factory=list, repr=False)

    def close(self) -> None:
        while self.opened:
            self.opened.pop().close()

    @property
    def hub(self) -> Path:
        return self.root / "hub"

    @property
    def a(self) -> Path:  # 王社工's laptop
        return self.root / "dev-a"

    @property
    def b(self) -> Path:  # 陈社工's laptop
        return self.root / "dev-b"

    @property
    def out(self) -> Path:
        path = self.root / "usb"
        path.mkdir(exist_ok=True)
        return path

    def desk(self, where: Path, user: str) -> Desk:
        desk = open_desk(where, user, PASSWORD)
        desk.clock = lambda: DAY
        self.opened.append(desk)
        return desk


def fill(desk: Desk, form_id: str, content: dict | None = None, *, submit: bool = True, **where):
    record = desk.new_record(form_id, **where)
    record, report = desk.save_record(record.id, complete_required(desk, record, content or {}))
    assert report.ok, [(i.code, i.path, i.en) for i in report.errors]
    if submit:
        record, _ = desk.submit_record(record.id)
    return record


def open_intake(desk: Desk, name: str):
    """A new client's case with its intake filled and submitted (the supervisor's decision pending)."""
    client = desk.create_client(name)
    case = desk.create_case(client.id, desk.projects()[0].id, "counselling", "youth")
    intake = fill(desk, "intake", {"intake_date": "2026-11-10", "open_case": True}, case_id=case.id)
    return case, intake


def move_and_edit_on_both_laptops(agency: Agency, case: Any, intake: Any, field: str, texts: tuple[str, str]) -> None:
    """The hub moves wang's case to chen; before wang's laptop hears of it, wang and chen each edit the
    same field of its intake (``texts``: wang's, chen's); chen's laptop syncs. Wang's next bundle brings
    a conflict to the hub."""
    exchange(agency, agency.a, "wang")
    with agency.desk(agency.hub, "li") as li:
        chen = next(a for a in li.accounts() if a.username == "chen")
        li.reassign("case", case.id, chen.id)
    exchange(agency, agency.b, "chen")
    for device, user, text in ((agency.a, "wang", texts[0]), (agency.b, "chen", texts[1])):
        with agency.desk(device, user) as desk:
            desk.save_record(intake.id, {**desk.record(intake.id).content, field: text})
    exchange(agency, agency.b, "chen")


def fingerprint(root: Path) -> str:
    """Every row of every table: equal before and after means the database was not touched."""
    return raw_db.fingerprint(root, PASSWORD)


def build_agency(root: Path, server: Any = None) -> Agency:
    """The hub with its people and project, set up as the hub, and both laptops enrolled with their
    first bundles exchanged (the devices' public keys reach the hub, vouched for by the codes). With
    ``server`` (tests/pg_server.py) the hub is kept on a PostgreSQL database of its own."""
    agency = Agency(root)
    remote = {}
    if server is not None:
        remote = {"server": ServerSettings("127.0.0.1", server.create_database("hub"), pg_server.ROLE, server.port),
                  "server_password": pg_server.PASSWORD}  # fmt: skip
    create_workspace(
        agency.hub,
        agency_name="恒爱社工服务中心",
        station_name="东城站",
        username="head",
        display_name="周主任",
        password=PASSWORD,
        mode="hub",
        roles=["agency_head", "business_lead"],
        **remote,
    )
    with agency.desk(agency.hub, "head") as head:
        station = head.account.station_id
        own = {"station_id": station, "temporary": False}  # people who have set their own passwords already
        sup = head.create_account("li", "李督导", ["supervisor"], PASSWORD, **own)
        head.create_account("wang", "王社工", ["worker"], PASSWORD, supervisor_id=sup.id, **own)
        head.create_account("chen", "陈社工", ["worker"], PASSWORD, supervisor_id=sup.id, **own)
        head.create_project(
            name="东城青少年综合服务项目",
            contract_start=dt.date(2026, 1, 1),
            contract_end=dt.date(2026, 12, 31),
            domains=["youth", "family"],
        )
        head.hub_init(root / "recovery.json", RECOVERY_PASSPHRASE)
        code_a = head.enrol_device("王社工的笔记本", root / "a.cdenrol", users=["wang"])
        code_b = head.enrol_device("陈社工的笔记本", root / "b.cdenrol", users=["chen"])
    (root / "codes.txt").write_text(f"{code_a}\n{code_b}\n", encoding="utf-8")
    enrol(agency.a, root / "a.cdenrol", code_a)
    enrol(agency.b, root / "b.cdenrol", code_b)
    for device, user in ((agency.a, "wang"), (agency.b, "chen")):
        exchange(agency, device, user)
    shutil.rmtree(agency.out)
    agency.close()
    return agency


@pytest.fixture(scope="session", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.reliability)])
def _agency_template(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The agency twice: its hub in a SQLite file, and on a PostgreSQL server (every hub test runs on both).
    Built once per run: tests/ui/conftest.py brings this fixture in too, which pytest counts as a second
    session fixture, so the agencies built are kept here."""
    if request.param not in _AGENCIES:
        server = request.getfixturevalue("pg") if request.param == "postgresql" else None
        _AGENCIES[request.param] = build_agency(tmp_path_factory.mktemp(f"agency-{request.param}"), server).root
    return _AGENCIES[request.param]


_AGENCIES: dict[str, Path] = {}


def exchange(agency: Agency, device: Path, user: str, reviewer: str = "li") -> tuple[list, list]:
    """A device's bundle to the hub, then the hub's replies back to that device."""
    with agency.desk(device, user) as desk:
        (up,) = desk.export_bundles(agency.out)
    with agency.desk(agency.hub, reviewer) as hub:
        got_up = [hub.import_bundle(up.path)]
        replies = hub.export_bundles(agency.out)
        device_id = open_desk_info(device)
    got_down = []
    with agency.desk(device, user) as desk:
        for reply in replies:
            if reply_for(reply.path) == device_id:
                got_down.append(desk.import_bundle(reply.path))
    return got_up, got_down


def open_desk_info(root: Path) -> str:
    from desktop.workspace.layout import Layout

    return Layout(root).read_info().workspace_id


def reply_for(path: Path) -> str:
    from desktop.sync.container import read_header

    return read_header(path.read_bytes())["recipient"]


@pytest.fixture
def agency(_agency_template: Path, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Agency]:
    root = tmp_path / "agency"
    shutil.copytree(_agency_template, root)
    settings = read_settings(root / "hub")
    if settings is not None:  # the hub's database copied too, and the copy's folder pointed at it
        copy = clone_database(request.getfixturevalue("pg"), settings.database)
        data = json.loads(server_file(root / "hub").read_text(encoding="utf-8"))
        server_file(root / "hub").write_text(json.dumps({**data, "database": copy}), encoding="utf-8")
    agency = Agency(root)
    yield agency
    agency.close()


def clone_database(server: Any, template: str) -> str:
    """A copy of a database made by the server itself (nobody may be connected to the template)."""
    import psycopg

    name = f"{template}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server.dsn("postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return name

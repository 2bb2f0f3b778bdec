"""Shared fixtures. Qt runs offscreen (no display on CI); workspaces live in temporary folders."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

try:
    import fcntl
except ImportError:  # not POSIX: each pytest-xdist worker builds its own demo
    fcntl = None

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.security import crypto
from desktop.sync import enrolment
from desktop.workspace import Desk, create_workspace, open_desk
from tests import empty_store

# Signing in costs argon2id at 64 MiB and 3 passes by design (about half a second here), and the suite signs
# in hundreds of times. Keys the tests make are locked with cheap parameters instead: each key records its
# parameters, so signing in with them is cheap too, also in child processes. The one-time code of an
# enrolment file costs the same argon2id (desktop/sync/enrolment.py), and is made cheap the same way (its
# files record no parameters: one made here opens in this process only). Only this process's module
# constants are replaced, for the run (no variable or setting the app reads): `production_kdf` gives a test
# the shipped cost back, and tests/workspace/test_kdf_cost.py checks that the shipped cost is unchanged.
SHIPPED_KDF_PARAMS = dict(crypto.KDF_PARAMS)
SHIPPED_ENROL_KDF_PARAMS = dict(enrolment.KDF_PARAMS)
TEST_KDF_PARAMS = {"t": 1, "m": 8, "p": 1}


def pytest_configure(config: pytest.Config) -> None:
    crypto.KDF_PARAMS = TEST_KDF_PARAMS
    enrolment.KDF_PARAMS = TEST_KDF_PARAMS
    empty_store.install()  # a new workspace's migrations run once per process, then are replayed (tests/empty_store.py)
    _desks.install()


def pytest_unconfigure(config: pytest.Config) -> None:
    crypto.KDF_PARAMS = SHIPPED_KDF_PARAMS
    enrolment.KDF_PARAMS = SHIPPED_ENROL_KDF_PARAMS
    empty_store.uninstall()
    _desks.uninstall()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Whatever needs the PostgreSQL server is a reliability test (``-m "not reliability"`` leaves it out)."""
    for item in items:
        if "pg" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.reliability)


@pytest.fixture
def production_kdf(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """The argon2 parameters CaseDesk ships, for this test's new keys and enrolment files."""
    monkeypatch.setattr(crypto, "KDF_PARAMS", SHIPPED_KDF_PARAMS)
    monkeypatch.setattr(enrolment, "KDF_PARAMS", SHIPPED_ENROL_KDF_PARAMS)
    return SHIPPED_KDF_PARAMS


# -- every desk a test opens is closed ---------------------------------------------------------------------
# A desk left open keeps its engine, its connections and the database file open, and skips what closing does
# (plain copies removed, the file's size and time noted). Each desk is noted with the test that opened it and
# the scope of the fixture that did (the test's own if none). One opened in a test file, by its tests or their
# fixtures up to module scope, must be closed once the file's last test is torn down (a module fixture may open
# its desks lazily, during a test, and close them at the end); one opened by a wider fixture by the end of the
# run. Otherwise that teardown fails, naming each desk and the test that opened it (the desks are then closed).
@dataclass
class _Opened:
    desk: Desk
    test: str
    scope: str

    def __str__(self) -> str:
        where = "" if self.scope == "function" else f", by a {self.scope} fixture"  # else the test or its own
        return f"{self.desk.layout.root.name} (opened in {self.test}{where})"


class _DeskCheck:
    def __init__(self) -> None:
        self.open: dict[int, _Opened] = {}
        self.test = "(collection)"
        self.scopes: list[str] = []  # the scopes of the fixtures being set up, innermost last
        self.original: tuple = ()

    def install(self) -> None:
        self.original = (Desk.__init__, Desk.close)
        init, close = self.original

        def noted_init(desk: Desk, *args, **kwargs) -> None:
            init(desk, *args, **kwargs)
            self.open[id(desk)] = _Opened(desk, self.test, self.scopes[-1] if self.scopes else "function")

        def noted_close(desk: Desk) -> None:
            close(desk)
            self.open.pop(id(desk), None)

        Desk.__init__, Desk.close = noted_init, noted_close

    def uninstall(self) -> None:
        if self.original:
            Desk.__init__, Desk.close = self.original

    def left_open(self, item: pytest.Item, nextitem: pytest.Item | None) -> list[_Opened]:
        path = item.nodeid.split("::")[0]
        file_done = nextitem is None or nextitem.nodeid.split("::")[0] != path

        def due(opened: _Opened) -> bool:
            if opened.scope in ("function", "class", "module"):
                return file_done and opened.test.split("::")[0] == path
            return nextitem is None

        left = [opened for opened in self.open.values() if due(opened)]
        for opened in left:
            self.open.pop(id(opened.desk))
        return left


_desks = _DeskCheck()


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef: pytest.FixtureDef, request: pytest.FixtureRequest):
    _desks.scopes.append(fixturedef.scope)
    try:
        return (yield)
    finally:
        _desks.scopes.pop()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item):
    _desks.test = item.nodeid
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    result = yield
    left = _desks.left_open(item, nextitem)
    if left:
        names = "; ".join(map(str, left))
        for opened in left:
            opened.desk.close()
        pytest.fail(f"{len(left)} desk(s) opened and never closed: {names}", pytrace=False)
    return result


PASSWORDS = {
    "head": "head-pass-1",
    "lead": "lead-pass-1",
    "sup": "sup-pass-1",
    "wang": "wang-pass-1",
    "chen": "chen-pass-1",
    "money": "money-pass-1",
}


@pytest.fixture(scope="session")
def pg():
    """A PostgreSQL server on loopback for the run (tests/pg_server.py): skipped, saying why, where none can
    be started; a failure instead when CASEDESK_REQUIRE_POSTGRES=1 (CI)."""
    from tests import pg_server

    try:
        server = pg_server.start()
    except pg_server.Unavailable as exc:
        if pg_server.REQUIRED:
            pytest.fail(f"PostgreSQL is required here (CASEDESK_REQUIRE_POSTGRES=1) and did not start: {exc}")
        pytest.skip(f"no PostgreSQL server could be started: {exc}")
    yield server
    server.stop()


@dataclass
class Team:
    """A small agency: one account per role, a project, and the workspace folder. Every desk it opens is
    closed when the test ends (closing twice is harmless), so no test leaves an engine or a file open."""

    root: Path
    project_id: object
    opened: list[Desk] = field(default_factory=list, repr=False)

    def desk(self, username: str) -> Desk:
        desk = open_desk(self.root, username, PASSWORDS[username])
        self.opened.append(desk)
        return desk

    def close(self) -> None:
        while self.opened:
            self.opened.pop().close()


@pytest.fixture(scope="session")
def _team_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    root = tmp_path_factory.mktemp("template") / "ws"
    create_workspace(
        root,
        agency_name="恒爱社工服务中心",
        station_name="东城站",
        username="head",
        display_name="周主任",
        password=PASSWORDS["head"],
        roles=["agency_head"],
    )
    with open_desk(root, "head", PASSWORDS["head"]) as head:
        station = head.account.station_id
        # People who have set their own passwords already (a first one would send them to change it first).
        own = {"station_id": station, "temporary": False}
        head.create_account("lead", "吴业务", ["business_lead"], PASSWORDS["lead"], **own)
        sup = head.create_account("sup", "李督导", ["supervisor"], PASSWORDS["sup"], **own)
        head.create_account("wang", "王社工", ["worker"], PASSWORDS["wang"], supervisor_id=sup.id, **own)
        head.create_account("chen", "陈社工", ["worker"], PASSWORDS["chen"], supervisor_id=sup.id, **own)
        head.create_account("money", "赵会计", ["finance_officer"], PASSWORDS["money"], **own)
        project = head.create_project(
            name="东城青少年综合服务项目",
            contract_start=dt.date(2026, 1, 1),
            contract_end=dt.date(2026, 12, 31),
            domains=["youth", "family"],
        )
    return root, project.id


@pytest.fixture
def team(_team_template: tuple[Path, object], tmp_path: Path) -> Iterator[Team]:
    """A fresh copy of the template workspace for each test (cheaper than making its accounts again)."""
    source, project_id = _team_template
    root = tmp_path / "ws"
    shutil.copytree(source, root)
    team = Team(root=root, project_id=project_id)
    yield team
    team.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """The demo workspace (``desktop.demo.build_demo``), built once per run: with pytest-xdist's workers
    (bash test.sh), the first to need it builds it in the run's shared temporary folder, under a lock, and
    the others wait for it. Never open it: copy it (``copy_demo``) where a test needs the demo."""
    from desktop.demo import build_demo

    if not hasattr(request.config, "workerinput") or fcntl is None:  # one process: its own temporary folder
        root = tmp_path_factory.mktemp("demo-template") / "demo"
        build_demo(root)
        return root
    shared = tmp_path_factory.getbasetemp().parent  # the same folder for every worker of this run
    root, done = shared / "demo-template" / "demo", shared / "demo-template.done"
    with open(shared / "demo-template.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not done.exists():
                shutil.rmtree(root.parent, ignore_errors=True)  # a half build, should one have failed
                build_demo(root)
                done.touch()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return root


def copy_demo(template: Path, root: Path) -> Path:
    """A fresh copy of the demo workspace at ``root`` (an empty folder there is fine)."""
    shutil.copytree(template, root, dirs_exist_ok=True)
    return root


def approved_group(team: Team, name: str = "成长小组", kind: str = "developmental", domain: str = "youth"):
    """A group whose plan the supervisor has approved (sessions and reports may be recorded)."""
    from desktop.demo import complete_required

    wang = team.desk("wang")
    group = wang.create_group(team.project_id, name, kind, domain)
    plan = wang.new_record("group_plan", group_id=group.id)
    wang.save_record(plan.id, complete_required(wang, plan, {}))
    wang.submit_record(plan.id)
    team.desk("sup").decide(plan.id, "approve")
    return group

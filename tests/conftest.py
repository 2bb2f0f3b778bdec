"""Shared fixtures. Qt runs offscreen (no display on CI); workspaces live in temporary folders."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.workspace import Desk, create_workspace, open_desk  # noqa: E402

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
    """A small agency: one account per role, a project, and the workspace folder."""

    root: Path
    project_id: object

    def desk(self, username: str) -> Desk:
        return open_desk(self.root, username, PASSWORDS[username])


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
        head.create_account("lead", "吴业务", ["business_lead"], PASSWORDS["lead"], station_id=station)
        sup = head.create_account("sup", "李督导", ["supervisor"], PASSWORDS["sup"], station_id=station)
        head.create_account("wang", "王社工", ["worker"], PASSWORDS["wang"], station_id=station, supervisor_id=sup.id)
        head.create_account("chen", "陈社工", ["worker"], PASSWORDS["chen"], station_id=station, supervisor_id=sup.id)
        head.create_account("money", "赵会计", ["finance_officer"], PASSWORDS["money"], station_id=station)
        project = head.create_project(
            name="东城青少年综合服务项目",
            contract_start=dt.date(2026, 1, 1),
            contract_end=dt.date(2026, 12, 31),
            domains=["youth", "family"],
        )
    return root, project.id


@pytest.fixture
def team(_team_template: tuple[Path, object], tmp_path: Path) -> Team:
    """A fresh copy of the template workspace for each test (argon2 hashing is slow by design)."""
    source, project_id = _team_template
    root = tmp_path / "ws"
    shutil.copytree(source, root)
    return Team(root=root, project_id=project_id)


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

"""The demo agency's stations, accounts, projects and targets, each made through the Desk's agency services
(``create_station``, ``create_account``, ``create_project``, ``set_project_targets``) by the agency head, as an
agency sets itself up: every rule of "Setting up an agency" (docs/rules.md) applies to the demo too."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from desktop.demo.builder import Builder, demo_password

# The stations after the first (东城街道社工站, made with the workspace): name, township, code.
STATIONS = [("石排镇社工站", "石排镇", "SP")]

ACCOUNTS = [
    # username, display name, roles, station index (0 东城, 1 石排, None agency-wide)
    ("zhou", "周敏", ["agency_head"], None),
    ("wu", "吴建国", ["business_lead"], None),
    ("li", "李晓红", ["supervisor"], 0),
    ("wang", "王芳", ["worker"], 0),
    ("chen", "陈志强", ["worker"], 1),
    ("zhao", "赵丽", ["finance_officer"], None),
]

# A youth and family project at 东城 and an elderly care project at 石排: code, station index, the rest.
PROJECTS: list[tuple[str, int, dict[str, Any]]] = [
    (
        "DC-2026",
        0,
        {
            "name": "东城街道青少年与家庭综合服务项目",
            "funder": "东城街道办事处",
            "contract_start": dt.date(2026, 1, 1),
            "contract_end": dt.date(2026, 12, 31),
            "domains": ["youth", "family", "women", "corrections"],
        },
    ),
    (
        "SP-2026",
        1,
        {
            "name": "石排镇长者关爱服务项目",
            "funder": "石排镇人民政府",
            "contract_start": dt.date(2026, 3, 1),
            "contract_end": dt.date(2027, 2, 28),
            "domains": ["elderly", "rural"],
        },
    ),
]

# Each project's targets (项目指标), on rows of the indicator catalogue (docs/indicators.md).
TARGETS = {
    "DC-2026": {"youth.counselling.opened": 30, "youth.group.groups": 6, "youth.small_activity.held": 12},
    "SP-2026": {"elderly.case.completed": 20, "elderly.home_visit.elders_seen": 200},
}


def set_up_agency(b: Builder) -> dict[str, uuid.UUID]:
    """Stations, accounts, projects and their targets, in that order; the projects' ids by code."""
    stations = make_stations(b)
    make_accounts(b, stations)
    projects = make_projects(b, stations)
    set_targets(b, projects)
    return projects


def make_stations(b: Builder) -> list[uuid.UUID]:
    """The stations after the first; every station's id, the first first."""
    head = b.desk("zhou")
    made = [head.create_station(name, township=township, code=code) for name, township, code in STATIONS]
    return [head.stations()[0].id, *(s.id for s in made)]


def make_accounts(b: Builder, stations: list[uuid.UUID]) -> dict[str, uuid.UUID]:
    """An account for every role after the head's (made with the workspace); each worker under 李晓红."""
    head = b.desk("zhou")
    ids: dict[str, uuid.UUID] = {"zhou": head.account.id}
    for username, name, roles, station in ACCOUNTS[1:]:
        account = head.create_account(
            username,
            name,
            roles,
            demo_password(username),
            station_id=stations[station] if station is not None else None,
            supervisor_id=ids.get("li") if roles == ["worker"] else None,
            temporary=False,  # published with the demo for everyone to sign in with: nobody's first password
        )
        ids[username] = account.id
    return ids


def make_projects(b: Builder, stations: list[uuid.UUID]) -> dict[str, uuid.UUID]:
    """Every project of the demo: the one place it calls ``create_project``."""
    head = b.desk("zhou")
    return {
        code: head.create_project(code=code, stations=[stations[station]], **fields).id
        for code, station, fields in PROJECTS
    }


def set_targets(b: Builder, projects: dict[str, uuid.UUID]) -> None:
    head = b.desk("zhou")
    for code, targets in TARGETS.items():
        head.set_project_targets(projects[code], targets)

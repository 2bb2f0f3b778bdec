"""Building the demo workspace: the agency, then its clients, cases and groups, in the order they happen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.demo import cases, groups
from desktop.demo.agency import ACCOUNTS, set_up_agency
from desktop.demo.builder import Builder, demo_password
from desktop.demo.people import households_and_clients
from desktop.workspace import create_workspace


def build_demo(root: Path) -> dict[str, Any]:
    """The demo workspace at ``root``; what ``casedesk demo`` prints (the accounts, their passwords, the counts)."""
    create_workspace(
        root,
        agency_name="恒爱社会工作服务中心",
        station_name="东城街道社工站",
        username="zhou",
        display_name="周敏",
        password=demo_password("zhou"),
        roles=["agency_head"],
    )
    b = Builder(root)
    try:
        return populate(b)
    finally:
        b.close()


def populate(b: Builder) -> dict[str, Any]:
    """Everything in the order it happens: each step moves the demo's clock (``b.on``) where it needs to."""
    projects = set_up_agency(b)
    c = households_and_clients(b, projects["DC-2026"], projects["SP-2026"])
    cases.open_counselling_case(b, c)
    cases.intake_waiting_at_shipai(b, c)
    cases.closed_and_archived_case(b, c)
    cases.hotline_consultation(b, c)
    cases.returned_and_unfinished_intakes(b, c)
    groups.running_youth_group(b, c)
    groups.lecture_and_activity_plans(b, c)
    return {
        "workspace": str(b.root),
        "accounts": [
            {"username": u, "password": demo_password(u), "display_name": n, "roles": ",".join(r)}
            for u, n, r, _ in ACCOUNTS
        ],
        "counts": b.desk("zhou").counts(),
    }

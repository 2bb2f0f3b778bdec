"""The demo agency sets itself up as any agency does: each station, account and project it makes, and each
project's targets, through the Desk's agency services, whose audit entries they leave."""

from __future__ import annotations

from pathlib import Path

from desktop.demo import ACCOUNTS, demo_password
from desktop.demo.agency import PROJECTS, STATIONS, TARGETS
from desktop.workspace import open_desk
from tests.conftest import copy_demo


def test_the_demo_agency_is_set_up_through_the_agency_services(demo_template: Path, tmp_path: Path):
    root = copy_demo(demo_template, tmp_path / "demo")
    with open_desk(root, "zhou", demo_password("zhou")) as head:
        entries = [(e.action, e.kind, e.target, e.detail) for e in head.audit_entries(limit=5000)]
        stations, accounts, projects = head.stations(), head.accounts(), head.projects()
    made = {(action, kind, target) for action, kind, target, _ in entries}
    # The first station and the head's account come with the workspace; every other one through the services.
    assert [(s.name, s.township, s.code) for s in stations[1:]] == STATIONS
    assert all(("create", "station", str(s.id)) in made for s in stations[1:])
    assert sorted(a.username for a in accounts) == sorted(u for u, *_ in ACCOUNTS)
    assert all(("create", "account", str(a.id)) in made for a in accounts if a.username != "zhou")
    assert sorted(p.code for p in projects) == sorted(code for code, *_ in PROJECTS)
    for project in projects:
        assert ("create", "project", str(project.id)) in made
        assert ("edit", "project", str(project.id), {"fields": ["targets"]}) in entries
        assert project.targets == TARGETS[project.code]

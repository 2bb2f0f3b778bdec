"""Starting a group or activity: the group and its plan together, or nothing (Desk.start_group)."""

from __future__ import annotations

import pytest

from desktop.errors import CaseDeskError
from tests.conftest import Team


def test_a_group_starts_with_its_plan(team: Team) -> None:
    wang = team.desk("wang")
    plan = wang.start_group(team.project_id, " 亲子沟通小组 ", "support", "family")
    [group] = wang.groups()
    assert (group.name, group.kind, group.domain, group.owner_id) == ("亲子沟通小组", "support", "family",
                                                                     wang.account.id)  # fmt: skip
    assert plan.form_id == "group_plan" and plan.group_id == group.id and plan.status == "draft"
    assert [(e.action, e.kind) for e in wang.audit_entries()[:2]] == [("create", "group_plan"), ("create", "group")]


@pytest.mark.parametrize(
    ("name", "kind", "domain", "code"),
    [("  ", "support", "family", "F001"), ("小组", "party", "family", "F007"), ("小组", "support", "moon", "F007")],
)
def test_a_bad_start_is_refused_whole(team: Team, name: str, kind: str, domain: str, code: str) -> None:
    wang = team.desk("wang")
    with pytest.raises(CaseDeskError) as refused:
        wang.start_group(team.project_id, name, kind, domain)
    assert refused.value.code == code
    assert wang.groups() == [] and wang.records() == []


def test_when_the_plan_cannot_be_made_no_group_is_left_behind(team: Team, monkeypatch) -> None:
    wang = team.desk("wang")

    def broken(*args, **kwargs):
        raise CaseDeskError("R011", form="小组计划书")

    monkeypatch.setattr(wang.record_work, "create_record", broken)
    with pytest.raises(CaseDeskError):
        wang.start_group(team.project_id, "亲子沟通小组", "support", "family")
    assert wang.groups() == []


def test_who_does_not_serve_cannot_start_one(team: Team) -> None:
    with pytest.raises(CaseDeskError):
        team.desk("money").start_group(team.project_id, "小组", "support", "family")

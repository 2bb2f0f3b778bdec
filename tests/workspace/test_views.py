"""The views the Desk hands out hold every column of their table, and are copies the window cannot write back."""

import dataclasses
import uuid

import pytest

from desktop.models import Account, Case, Client, Household, Project, ServiceGroup, Station
from desktop.workspace.views import (
    AccountView,
    CaseView,
    ClientView,
    GroupView,
    HouseholdView,
    ProjectView,
    StationView,
    view_of,
)

PAIRS = [
    (CaseView, Case),
    (GroupView, ServiceGroup),
    (ClientView, Client),
    (HouseholdView, Household),
    (AccountView, Account),
    (StationView, Station),
    (ProjectView, Project),
]


@pytest.mark.parametrize(("view", "model"), PAIRS, ids=[v.__name__ for v, _ in PAIRS])
def test_a_view_holds_exactly_its_tables_columns(view, model):
    assert {f.name for f in dataclasses.fields(view)} == {c.key for c in model.__table__.columns}


def test_a_view_is_frozen_and_its_lists_are_copies():
    row = Account(id=uuid.uuid4(), username="li", display_name="李", roles=["worker"], active=True, language="zh")
    row.created_at = row.updated_at = None
    view = AccountView.of(row)
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.username = "wang"  # type: ignore[misc]
    view.roles.append("supervisor")
    assert row.roles == ["worker"]


def test_view_of_names_a_missing_attribute():
    with pytest.raises(AttributeError):
        view_of(StationView, object())

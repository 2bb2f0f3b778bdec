"""What a case's or group's summary offers the signed-in person, at each rule's edge."""

import datetime as dt
import uuid

from desktop.workspace.summary_ops import case_actions, group_actions
from desktop.workspace.views import CaseView, GroupView

ME, OTHER = uuid.uuid4(), uuid.uuid4()
NOW = dt.datetime(2026, 12, 1, 9, 0)


def case(**changes):
    values = dict(
        id=uuid.uuid4(), project_id=uuid.uuid4(), client_id=uuid.uuid4(), household_id=None,
        case_type="counselling", domain="elderly", status="open", archive_code=None, number_pending=False,
        opened_on=None, closed_on=None, hotline=False, approval_owed=False, risk_level="none", transferred=False,
        follow_up_on=None, archived_on=None, originals_handed_on=None, family_case=False, title=None,
        author_id=ME, owner_id=ME, service_line="routine", minutes_spent=None, created_at=NOW, updated_at=NOW,
    )  # fmt: skip
    values.update(changes)
    return CaseView(**values)


def group(**changes):
    values = dict(
        id=uuid.uuid4(), project_id=uuid.uuid4(), name="手工小组", kind="group", focus=None, domain="elderly",
        agency_role="host", status="running", archive_code=None, number_pending=False, numbered_on=None,
        closed_on=None, archived_on=None, planned_start=None, planned_end=None, venue=None, author_id=ME,
        owner_id=ME, service_line="routine", minutes_spent=None, created_at=NOW, updated_at=NOW,
    )  # fmt: skip
    values.update(changes)
    return GroupView(**values)


def test_archiving_is_offered_once_a_case_is_closed_and_not_while_closing():
    assert "archive" in case_actions(case(status="closed"), ME, ["worker"], False)
    assert "archive" not in case_actions(case(status="closing"), ME, ["worker"], False)
    assert "archive" not in case_actions(case(status="archived"), ME, ["worker"], False)


def test_a_hotline_approval_is_confirmed_by_a_reviewer_other_than_the_worker():
    owed = case(approval_owed=True, owner_id=OTHER)
    assert "confirm_hotline" in case_actions(owed, ME, ["supervisor"], False)
    assert "confirm_hotline" not in case_actions(owed, ME, ["worker"], False)  # no right to review
    assert "confirm_hotline" not in case_actions(case(approval_owed=True), ME, ["supervisor"], False)  # own case
    assert "confirm_hotline" not in case_actions(case(owner_id=OTHER), ME, ["supervisor"], False)  # nothing owed


def test_paper_originals_are_handed_over_once_after_closing():
    assert "hand_over_originals" in case_actions(case(status="closed"), ME, ["worker"], False)
    assert "hand_over_originals" in case_actions(case(status="archived"), ME, ["worker"], False)
    assert "hand_over_originals" not in case_actions(case(status="closing"), ME, ["worker"], False)
    handed = case(status="archived", originals_handed_on=dt.date(2026, 12, 1))
    assert "hand_over_originals" not in case_actions(handed, ME, ["worker"], False)


def test_reassigning_and_sharing_follow_the_persons_rights():
    assert "reassign" in case_actions(case(), ME, ["supervisor"], False)
    assert "reassign" not in case_actions(case(), ME, ["worker"], False)
    assert "share" in case_actions(case(), ME, ["worker"], True)
    assert "share" not in case_actions(case(), ME, ["worker"], False)


def test_a_group_is_archived_once_closed_and_shared_by_right():
    assert "archive" in group_actions(group(status="closed"), False)
    assert "archive" not in group_actions(group(status="reporting"), False)
    assert "share" in group_actions(group(), True)
    assert "share" not in group_actions(group(), False)

"""The record state machine and revision hashing, as pure functions."""

from __future__ import annotations

import pytest

from desktop.errors import CaseDeskError, WorkflowError
from desktop.workflow import record_states as st
from desktop.workflow.case_rules import sessions_needed, sessions_short
from desktop.workflow.permissions import Action, allowed, may_decide, may_fill_step, require

CHAIN = ("supervisor", "business_lead", "agency_head")


def test_hash_is_canonical_over_key_order_and_unicode_form():
    a = st.content_hash("plan", 1, {"b": 1, "a": "é"})
    b = st.content_hash("plan", 1, {"a": "e\u0301", "b": 1})  # decomposed é
    assert a == b
    assert a != st.content_hash("plan", 2, {"b": 1, "a": "é"})  # the version is bound too
    assert a != st.content_hash("plan", 1, {"b": 2, "a": "é"})


def test_saving_after_submission_or_approval_makes_a_revision_and_reopens():
    assert st.after_save("draft", False) == ("draft", False)
    assert st.after_save("returned", True) == ("returned", True)
    assert st.after_save("submitted", True) == ("draft", True)
    assert st.after_save("approved", True) == ("draft", True)
    with pytest.raises(WorkflowError):
        st.after_save("void", True)


def test_submit_needs_no_errors_and_a_draft_or_returned_record():
    st.check_submit("draft", 0)
    st.check_submit("returned", 0)
    with pytest.raises(WorkflowError) as caught:
        st.check_submit("draft", 2)
    assert caught.value.code == "R003"
    with pytest.raises(WorkflowError):
        st.check_submit("approved", 0)


def test_chain_steps_one_approval_each():
    assert st.after_submit((), 0) == "approved"
    assert st.after_submit(CHAIN, 0) == "submitted"
    assert [st.pending_step(CHAIN, n) for n in range(4)] == [0, 1, 2, None]
    assert st.after_decision(CHAIN, 1, "approve") == "submitted"
    assert st.after_decision(CHAIN, 3, "approve") == "approved"
    assert st.after_decision(CHAIN, 1, "return") == "returned"


def test_a_return_needs_an_opinion_and_only_submitted_records_are_decided():
    with pytest.raises(WorkflowError) as caught:
        st.check_decide("submitted", CHAIN, "return", "  ")
    assert caught.value.code == "R006"
    with pytest.raises(WorkflowError):
        st.check_decide("draft", CHAIN, "approve", None)
    with pytest.raises(WorkflowError) as caught:
        st.check_decide("submitted", (), "approve", None)
    assert caught.value.code == "R009"


def test_void_needs_a_reason():
    with pytest.raises(CaseDeskError):
        st.check_void("draft", "")
    with pytest.raises(WorkflowError):
        st.check_void("void", "again")


def test_role_permissions():
    assert allowed(["worker"], Action.SERVE)
    assert not allowed(["worker"], Action.REVIEW)
    assert not allowed(["worker"], Action.MANAGE_ACCOUNTS)
    assert allowed(["business_lead"], Action.EDIT_CODE_TABLES)
    assert not allowed(["supervisor"], Action.EDIT_CODE_TABLES)
    assert not allowed(["finance_officer"], Action.SERVE)
    with pytest.raises(CaseDeskError) as caught:
        require(["worker"], Action.MANAGE_ACCOUNTS)
    assert caught.value.code == "A004" and "一线社工" in caught.value.message("zh")


def test_business_lead_stands_in_for_a_missing_supervisor_only():
    assert may_fill_step("supervisor", ["supervisor"], station_has_supervisor=True)
    assert may_fill_step("supervisor", ["business_lead"], station_has_supervisor=False)
    assert not may_fill_step("supervisor", ["business_lead"], station_has_supervisor=True)
    assert not may_fill_step("agency_head", ["supervisor"], station_has_supervisor=True)


def test_who_may_decide_a_waiting_step_is_a_reviewer_whose_role_fills_it():
    """What the record window asks before it offers approve and return, and whom it offers for a paper approval."""
    assert may_decide("supervisor", ["supervisor"], station_has_supervisor=True)
    assert may_decide("supervisor", ["business_lead"], station_has_supervisor=False)
    assert not may_decide("supervisor", ["business_lead"], station_has_supervisor=True)
    assert not may_decide("supervisor", ["worker"], station_has_supervisor=False)
    assert not may_decide("finance_officer", ["supervisor"], station_has_supervisor=True)


def test_sessions_a_case_needs_and_lacks():
    assert sessions_needed("counselling") == sessions_needed("treatment") == 5
    assert sessions_needed("consultation") == 0
    assert sessions_short("counselling", 2) == 3 and sessions_short("counselling", 7) == 0
    assert sessions_short("consultation", 0) == 0

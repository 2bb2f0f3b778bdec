"""Autosaved drafts: private to their account, replaced on each autosave, gone once saved."""

from __future__ import annotations

import pytest

from desktop.errors import AccessDenied


def test_drafts_are_private_and_end_with_a_save(team):
    wang = team.desk("wang")
    client = wang.create_client("张小明")
    case = wang.create_case(client.id, team.project_id, "counselling", "youth")
    record = wang.new_record("intake", case_id=case.id)
    wang.save_draft(record.id, {"request": "正在输入"})
    wang.save_draft(record.id, {"request": "正在输入第二句"})
    assert [d.content["request"] for d in wang.drafts()] == ["正在输入第二句"]
    assert team.desk("chen").drafts() == []
    with pytest.raises(AccessDenied):
        team.desk("chen").save_draft(record.id, {"request": "别人的"})
    wang.save_record(record.id, {**record.content, "request": "正在输入第二句"})
    assert wang.draft(record.id) is None and wang.drafts() == []

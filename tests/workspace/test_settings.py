"""Settings read their declared default until the agency changes them, within their bounds."""

from __future__ import annotations

import pytest

from desktop.errors import AccessDenied, CaseDeskError


def test_defaults_changes_and_refusals(team):
    lead = team.desk("lead")
    assert lead.setting("transfer.reply_working_days") == 3
    assert lead.set_setting("transfer.reply_working_days", "5") == 5
    assert team.desk("wang").setting("transfer.reply_working_days") == 5
    with pytest.raises(CaseDeskError) as caught:
        lead.set_setting("transfer.reply_working_days", 0)
    assert caught.value.code == "F003"
    with pytest.raises(CaseDeskError):
        lead.set_setting("no.such.setting", 1)
    with pytest.raises(AccessDenied):
        team.desk("wang").set_setting("group.plan_lead_days", 7)
    assert lead.setting("group.plan_lead_days") == 14

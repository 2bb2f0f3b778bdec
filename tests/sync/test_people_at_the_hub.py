"""People the hub adds or disables reach the laptops with the next reply: a worker added at the hub and given
a laptop signs in there after one reply; a worker disabled at the hub can no longer sign in on her laptop."""

from __future__ import annotations

import pytest

from desktop.errors import AccessDenied, CaseDeskError
from desktop.workspace import open_desk
from tests.sync.conftest import PASSWORD, exchange


def test_a_worker_added_at_the_hub_signs_in_on_her_laptop_after_one_reply(agency):
    with agency.desk(agency.hub, "head") as head:
        li = next(a for a in head.accounts() if a.username == "li")
        head.create_account("zhao", "赵社工", ["worker"], PASSWORD, station_id=li.station_id, supervisor_id=li.id)
        head.assign_device_users("王社工的笔记本", ["wang", "zhao"])
        assert next(d for d in head.devices() if d.name == "王社工的笔记本").users == ["wang", "zhao"]
    with pytest.raises(CaseDeskError):
        open_desk(agency.a, "zhao", PASSWORD)  # not on the laptop before the reply
    exchange(agency, agency.a, "wang")
    with open_desk(agency.a, "zhao", PASSWORD) as zhao:
        assert zhao.account.display_name == "赵社工" and zhao.roles == ["worker"]
        client = zhao.create_client("新来的服务对象")  # and works there
        assert client.owner_id == zhao.account_id


def test_a_worker_disabled_at_the_hub_cannot_sign_in_on_her_laptop_after_the_next_reply(agency):
    with agency.desk(agency.hub, "head") as head:
        wang = next(a for a in head.accounts() if a.username == "wang")
    exchange(agency, agency.a, "wang")  # she still can, until the laptop hears
    with agency.desk(agency.hub, "head") as head:
        head.update_account(wang.id, active=False)
    with open_desk(agency.a, "wang", PASSWORD) as wang_there:  # the laptop has not heard yet: she works on
        client = wang_there.create_client("离职前的服务对象")
    exchange(agency, agency.a, "wang")  # her last bundle goes up, none of it lost; the reply brings the change
    with agency.desk(agency.hub, "head") as head:
        assert head.client(client.id).name == "离职前的服务对象"
    with pytest.raises(AccessDenied) as refused:
        open_desk(agency.a, "wang", PASSWORD)
    assert refused.value.code == "A003"


def test_only_an_enrolled_laptops_people_can_be_assigned_and_only_by_the_agency(agency):
    with agency.desk(agency.hub, "head") as head:
        with pytest.raises(CaseDeskError) as unknown:
            head.assign_device_users("王社工的笔记本", ["wang", "nobody"])
        assert unknown.value.code == "R008"
        with pytest.raises(CaseDeskError) as no_device:
            head.assign_device_users("没有这台电脑", ["wang"])
        assert no_device.value.code == "B021"
        assert next(d for d in head.devices() if d.name == "王社工的笔记本").users == ["wang"]
    with agency.desk(agency.hub, "li") as li, pytest.raises(AccessDenied):
        li.assign_device_users("王社工的笔记本", ["wang", "chen"])

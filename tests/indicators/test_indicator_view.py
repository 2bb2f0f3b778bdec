"""Whose numbers the dashboard may offer: the worker filter and the by-worker chart follow the person's view."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import AccessDenied

DAY = dt.date(2026, 11, 1)


def test_the_workers_one_may_ask_for_are_those_in_view(team):
    with team.desk("head") as head:
        ids = {a.username: a.id for a in head.accounts()}
        # A worker of another supervisor: outside sup's team, inside the agency head's view.
        far = head.create_station("石排镇社工站").id  # no supervisor serves it
        other = head.create_account("liu", "刘社工", ["worker"], "liu-pass-1", station_id=far)
        head_view = head.indicator_view()
    assert head_view.others and [name for _, name in head_view.workers] == sorted(["王社工", "陈社工", "刘社工"])
    with team.desk("sup") as sup:
        view = sup.indicator_view()
        assert view.others and {i for i, _ in view.workers} == {ids["wang"], ids["chen"]}
        with pytest.raises(AccessDenied):
            sup.indicators(DAY, DAY, worker_id=other.id)  # what the filter does not offer, the domain refuses
        assert {w for w, _ in sup.indicator_by_worker("youth.counselling.opened", DAY, DAY)} == {
            ids["wang"],
            ids["chen"],
        }
    with team.desk("wang") as wang:
        view = wang.indicator_view()
        assert not view.others and view.workers == [(ids["wang"], "王社工")]

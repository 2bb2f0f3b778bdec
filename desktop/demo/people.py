"""The demo's households and clients (one with a rare character in the name), and the cast the cases and
groups are about."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from desktop.demo.builder import Builder


@dataclass(frozen=True)
class Cast:
    """The projects, households and clients the demo's cases and groups are about (their ids)."""

    youth: uuid.UUID
    elders: uuid.UUID
    zhang_home: uuid.UUID
    xiaoming: uuid.UUID
    meiling: uuid.UUID
    xiaohong: uuid.UUID
    dawei: uuid.UUID
    jixiang: uuid.UUID
    liu_home: uuid.UUID
    guiying: uuid.UUID


def households_and_clients(b: Builder, youth: uuid.UUID, elders: uuid.UUID) -> Cast:
    """Two households and six clients, one with a rare character in the name."""
    wang, chen = b.desk("wang"), b.desk("chen")
    zhang_home = wang.create_household("张家", address="东城街道东兴路 12 号", economic_status="low_income")
    xiaoming = wang.create_client(
        "张小明",
        sex="male",
        birth_date=dt.date(2012, 5, 3),
        phone="13800000001",
        address="东城街道东兴路 12 号",
        domain="youth",
        local_hukou=True,
    )
    wang.add_household_member(zhang_home.id, "张小明", "child", client_id=xiaoming.id, birth_date=dt.date(2012, 5, 3))
    wang.add_household_member(zhang_home.id, "张建华", "parent")
    wang.add_household_member(zhang_home.id, "林秀英", "parent")
    meiling = wang.create_client("陈美玲", sex="female", birth_date=dt.date(1991, 8, 20), domain="women")
    xiaohong = wang.create_client("李小红", sex="female", birth_date=dt.date(2010, 2, 14), domain="youth")
    dawei = wang.create_client("黄大伟", sex="male", birth_date=dt.date(1986, 11, 2), domain="corrections")
    jixiang = wang.create_client(
        "王𠮷祥",
        sex="male",
        birth_date=dt.date(2016, 9, 9),
        domain="youth",
        note="名字含生僻字“𠮷”，打印与显示须用后备字体",
    )
    liu_home = chen.create_household("刘家", address="石排镇田边村 3 巷 5 号", economic_status="dibao")
    guiying = chen.create_client(
        "刘桂英",
        sex="female",
        birth_date=dt.date(1948, 1, 15),
        domain="elderly",
        address="石排镇田边村 3 巷 5 号",
        household_id=liu_home.id,
    )
    return Cast(
        youth,
        elders,
        zhang_home.id,
        xiaoming.id,
        meiling.id,
        xiaohong.id,
        dawei.id,
        jixiang.id,
        liu_home.id,
        guiying.id,
    )

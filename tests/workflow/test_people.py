"""ID numbers, masking and pinyin keys."""

from __future__ import annotations

import datetime as dt

from desktop.forms.id_numbers import CHECK_CHARS, WEIGHTS, check_id_number
from desktop.workflow.people import mask_id_number, mask_phone, pinyin_keys


def make_id(body17: str) -> str:
    """A valid ID number for a 17-digit body (the check character computed as GB 11643 says)."""
    return body17 + CHECK_CHARS[sum(int(d) * w for d, w in zip(body17, WEIGHTS, strict=True)) % 11]


def test_a_valid_number_gives_birth_date_and_sex():
    number = make_id("44010220120503001")  # 17th digit 1: odd, male
    check = check_id_number(number)
    assert check.ok and check.birth_date == dt.date(2012, 5, 3) and check.sex == "male"
    assert check_id_number("11010519491231002X").ok  # the published sample, check character X


def test_invalid_numbers_say_why():
    assert check_id_number("12345").problem == "format"
    good = make_id("44010220120503002")
    wrong_check = good[:17] + ("0" if good[17] != "0" else "1")
    assert check_id_number(wrong_check).problem == "checksum"
    assert check_id_number(make_id("44010220120230002")).problem == "birth_date"  # 30 February
    assert check_id_number(make_id("44010220991231002"), today=dt.date(2026, 11, 23)).problem == "birth_date"


def test_masking_keeps_enough_to_tell_people_apart():
    assert mask_id_number("44010220120503001X") == "440102********001X"
    assert mask_phone("13800001234") == "138****1234"
    assert mask_id_number(None) == "" and mask_phone("") == ""


def test_pinyin_keys():
    assert pinyin_keys("张三") == ("zhangsan", "zs")
    assert pinyin_keys("吕小红") == ("lvxiaohong", "lxh")

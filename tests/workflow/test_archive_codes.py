"""The archive-code rules as pure functions: format, parsing and drawing from blocks."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import CaseDeskError
from desktop.workflow.archive_codes import ArchiveCode, Block, check_code, free_in_blocks, next_sequence, yearmonth


def test_format_and_parse_round_trip():
    code = ArchiveCode("QSN", "GA", 7, "202611")
    assert str(code) == "QSN-GA-007-202611"
    assert ArchiveCode.parse("QSN-GA-007-202611") == code
    assert str(ArchiveCode("SQJZ", "XZ", 1234, "202701")) == "SQJZ-XZ-1234-202701"  # more digits when needed
    for bad in ("QSN-GA-07-202611", "qsn-GA-007-202611", "QSN-GA-007-2026-11", "QSN_GA_007_202611"):
        with pytest.raises(CaseDeskError):
            ArchiveCode.parse(bad)


def test_codes_that_cannot_print_are_refused():
    assert check_code(" edu ") == "EDU"
    for bad in ("", "Q-S", "1AB", "TOOLONGCODE", "青少"):
        with pytest.raises(CaseDeskError) as caught:
            check_code(bad)
        assert caught.value.code == "N002"


def test_year_month_is_the_opening_month():
    assert yearmonth(dt.date(2026, 11, 30)) == "202611"
    assert yearmonth(dt.date(2026, 12, 1)) == "202612"


def test_drawing_takes_the_smallest_free_number_inside_the_blocks():
    blocks = [Block(51, 53), Block(1, 2)]
    assert next_sequence(blocks, set()) == 1
    assert next_sequence(blocks, {1, 2}) == 51
    assert next_sequence(blocks, {1, 2, 51, 52, 53}) is None  # used up: pending, never a guess
    assert next_sequence([Block(1, None)], set(range(1, 1000))) == 1000
    assert free_in_blocks(blocks, {1, 52}) == 3
    assert free_in_blocks([Block(1, None)], set()) is None

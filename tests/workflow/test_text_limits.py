"""What a person may type into a client's, a household's or a group's fields, and into a search: the bounds at
their edges (just inside, just outside) and the characters refused (desktop/workflow/text_limits.py)."""

from __future__ import annotations

import time

import pytest

from desktop.errors import CaseDeskError
from desktop.workflow.text_limits import FIELDS, NAME_MAX, NOTE_MAX, SEARCH_MAX, check_fields, check_search


def refused(kind: str, **fields: object) -> CaseDeskError:
    with pytest.raises(CaseDeskError) as caught:
        check_fields(kind, fields)
    return caught.value


@pytest.mark.parametrize(
    ("kind", "field", "limit"),
    [(kind, field, bound[2]) for kind, fields in FIELDS.items() for field, bound in fields.items()],
)
def test_every_bounded_field_takes_its_limit_and_refuses_one_more(kind, field, limit):
    check_fields(kind, {field: "字" * limit})
    error = refused(kind, **{field: "字" * (limit + 1)})
    assert error.code == "P004" and f"{limit:,}" in error.message("en") and f"{limit + 1:,}" in error.message("zh")


def test_the_limits_are_the_stores_own_and_a_name_keeps_its_pinyin_within_its_column():
    from desktop.models import Client, Household, HouseholdMember, ServiceGroup

    models = {"client": Client, "household": Household, "member": HouseholdMember, "group": ServiceGroup}
    for kind, fields in FIELDS.items():
        for field, (_zh, _en, limit, _lines) in fields.items():
            width = getattr(models[kind].__table__.c[field].type, "length", None)
            assert width is None or limit <= width, (kind, field)
    assert Client.__table__.c["name_pinyin"].type.length >= NAME_MAX * 6  # "zhuang" is the longest syllable
    assert FIELDS["client"]["note"][2] == NOTE_MAX == 5_000


def test_a_million_character_name_is_refused_at_once():
    start = time.perf_counter()
    error = refused("client", name="张" * 1_000_000)
    elapsed = time.perf_counter() - start
    assert error.code == "P004" and "1,000,000" in error.message("en")
    assert elapsed < 0.01, elapsed


@pytest.mark.parametrize(
    ("char", "kind"),
    [
        ("\ud842", "surrogate"),  # half of 𠮷, alone
        ("\udfb7", "surrogate"),
        ("\x1b", "control"),  # the start of an ANSI escape
        ("\x00", "control"),
        ("\x7f", "control"),
        ("\x85", "control"),  # C1
        ("\u202a", "bidi"),  # first of the embeddings and overrides
        ("\u202e", "bidi"),  # right-to-left override, the last
        ("\u2066", "bidi"),  # first of the isolates
        ("\u2069", "bidi"),  # the last
        ("\n", "line"),
        ("\r", "line"),
        ("\t", "control"),
        ("\u2028", "line"),
    ],
)
def test_a_name_refuses_lone_surrogates_controls_and_bidirectional_controls(char, kind):
    from desktop.workflow.text_limits import KINDS

    error = refused("client", name=f"张{char}三")
    assert error.code == "P005"
    assert error.params["position"] == 2 and error.params["point"] == f"U+{ord(char):04X}"
    assert KINDS[kind][0] in error.message("zh") and KINDS[kind][1] in error.message("en")


@pytest.mark.parametrize(
    "name",
    [
        "𠮷田",  # Extension B, outside the Basic Multilingual Plane
        "𪚥𫝀𬺰𰻞",  # Extensions C, D, E and G
        "\ue000华",  # a private-use character, as some ID systems give rare characters
        "阿卜杜热合曼·买买提",
        "张\u202f三",  # narrow no-break space: just past the embeddings and overrides
        "张\u2065三",  # just before the isolates
        "张\u206a三",  # just after them
        "Zoë O'Brien-Smith",
    ],
)
def test_rare_cjk_and_other_real_names_are_kept(name):
    check_fields("client", {"name": name})


def test_notes_and_situations_may_span_lines_names_and_addresses_may_not():
    check_fields("client", {"note": "第一行\n第二行\r\n\t缩进"})
    check_fields("household", {"situation": "父亲务工\n母亲在家"})
    assert refused("client", address="东村\n1号").code == "P005"
    assert refused("client", note="红色\x1b[31m").code == "P005"
    assert refused("household", situation="\u202e").code == "P005"


def test_a_search_takes_its_limit_and_refuses_one_more_and_a_huge_one_at_once():
    assert check_search("  张三  ") == "张三" and check_search(None) == ""
    assert check_search("a" * SEARCH_MAX) == "a" * SEARCH_MAX
    with pytest.raises(CaseDeskError) as caught:
        check_search("a" * (SEARCH_MAX + 1))
    assert caught.value.code == "L001"
    start = time.perf_counter()
    with pytest.raises(CaseDeskError) as caught:
        check_search("张" * 60_000)  # 180 KB of UTF-8, past SQLite's 50,000-byte LIKE pattern
    assert caught.value.code == "L001" and time.perf_counter() - start < 0.01
    with pytest.raises(CaseDeskError) as caught:
        check_search("张\ud842")
    assert caught.value.code == "P005" and caught.value.params["position"] == 2

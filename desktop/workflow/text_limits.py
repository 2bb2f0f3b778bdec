"""Bounds on what a person types: the longest each field of a client, a household, a household member or a
group may be, the characters none of them may hold, and the longest search. Plain Python; the Desk checks every
write through here (create, edit, roster rows), so the window, the command line and an import meet the
same rule with the same message.

The lengths are the store's own column widths (``desktop/models/people.py``), so a value that passes also
fits a PostgreSQL hub; a person's name is held to 50 characters because its full pinyin (up to six letters a
character) has 300. Notes and a household's situation are free text: 5,000 characters, some three pages.
Each length is checked before anything else is done with the value, so a million-character paste is refused
at once instead of being turned into pinyin and saved."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

from desktop.errors import CaseDeskError

NAME_MAX = 50  # a person's name: 50 characters, so its full pinyin fits the 300 of its search key
NOTE_MAX = 5_000  # notes and a household's situation
SEARCH_MAX = 300  # a search: the longest a name's full pinyin can be; SQLite's LIKE stops at 50,000 bytes

# field -> (Chinese label, English label, most characters, may span lines)
FIELDS: dict[str, dict[str, tuple[str, str, int, bool]]] = {
    "client": {
        "name": ("姓名", "name", NAME_MAX, False),
        "phone": ("电话", "phone", 50, False),
        "address": ("住址", "address", 300, False),
        "note": ("备注", "note", NOTE_MAX, True),
        "sex": ("性别", "sex", 10, False),
        "domain": ("服务领域", "service domain", 30, False),
        "id_number": ("身份证号码", "ID number", 30, False),
    },
    "household": {
        "name": ("家庭名称", "household name", 100, False),
        "address": ("住址", "address", 300, False),
        "phone": ("电话", "phone", 50, False),
        "economic_status": ("经济状况", "economic status", 30, False),
        "situation": ("家庭情况", "situation", NOTE_MAX, True),
    },
    "member": {
        "name": ("姓名", "name", NAME_MAX, False),
        "relationship": ("与户主关系", "relationship", 30, False),
    },
    "group": {
        "name": ("小组/活动名称", "name of the group or activity", 200, False),
        "venue": ("地点", "venue", 200, False),
    },
}

# Characters that reorder what is shown around them (embeddings, overrides, isolates): in a name they can
# make one person's name read as another's, or hide part of it.
BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
LINE_BREAKS = frozenset("\n\r\t")
KINDS = {
    "surrogate": ("不成对的代理字符", "a lone surrogate"),
    "bidi": ("双向文字控制符", "a bidirectional control character"),
    "control": ("控制字符", "a control character"),
    "line": ("换行符", "a line break"),
}


def bad_character(text: str, *, multiline: bool = False) -> tuple[int, int, str] | None:
    """The first character a person's text may not hold, as (position from 1, code point, kind of ``KINDS``);
    None when there is none. Refused: lone surrogates (no database takes them, nothing prints them), control
    characters (a terminal or a printer acts on them) and bidirectional controls; line breaks only where the
    text may span lines (``multiline``, which keeps tabs too). Every other character is kept, rare CJK of the
    supplementary planes (𠮷, U+20BB7) and private-use characters included."""
    for position, char in enumerate(text, start=1):
        point = ord(char)
        if 0xD800 <= point <= 0xDFFF:
            kind = "surrogate"
        elif char in BIDI_CONTROLS:
            kind = "bidi"
        elif multiline and char in LINE_BREAKS:
            continue
        elif point in (0x0A, 0x0D, 0x2028, 0x2029):
            kind = "line"
        elif unicodedata.category(char) == "Cc":
            kind = "control"
        else:
            continue
        return position, point, kind
    return None


def _refuse(zh: str, en: str, bad: tuple[int, int, str]) -> CaseDeskError:
    position, point, kind = bad
    what, what_en = KINDS[kind]
    return CaseDeskError("P005", label=zh, label_en=en, what=what, what_en=what_en, point=f"U+{point:04X}",
                         position=position)  # fmt: skip


def check_text(value: Any, zh: str, en: str, limit: int, *, multiline: bool = False) -> None:
    """One typed value: at most ``limit`` characters (P004), no character ``bad_character`` refuses (P005).
    The length is checked first, so the cost of refusing does not grow with what was pasted."""
    if not isinstance(value, str):
        return
    if len(value) > limit:
        raise CaseDeskError("P004", label=zh, label_en=en, max=f"{limit:,}", length=f"{len(value):,}")
    bad = bad_character(value, multiline=multiline)
    if bad is not None:
        raise _refuse(zh, en, bad)


def check_fields(kind: str, fields: Mapping[str, Any]) -> None:
    """Every field given of a ``client``, ``household`` or household ``member``; fields without a bound here
    (dates, ids, flags) are left to their own checks."""
    for key, value in fields.items():
        bound = FIELDS[kind].get(key)
        if bound is not None:
            zh, en, limit, multiline = bound
            check_text(value, zh, en, limit, multiline=multiline)


def check_search(text: str | None) -> str:
    """A search as typed, trimmed: longer than ``SEARCH_MAX`` characters it is refused (L001) before any query
    is built; a lone surrogate (which no database takes) is refused as in a name (P005). Other characters are
    searched for as they are: they simply find nothing."""
    text = (text or "").strip()
    if len(text) > SEARCH_MAX:
        raise CaseDeskError("L001", max=SEARCH_MAX, length=f"{len(text):,}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _refuse("搜索", "search", (exc.start + 1, ord(text[exc.start]), "surrogate")) from None
    return text

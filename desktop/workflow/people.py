"""Rules about the people served: masking in lists, pinyin keys for search, and what makes two clients
likely the same person. Checking an ID number (GB 11643) is a rule of the forms: ``desktop.forms.id_numbers``."""

from __future__ import annotations


def mask_id_number(text: str | None) -> str:
    """440102********1234 → lists show enough to tell people apart, not enough to misuse."""
    if not text:
        return ""
    return text[:6] + "*" * max(len(text) - 10, 0) + text[-4:] if len(text) > 10 else "*" * len(text)


def mask_phone(text: str | None) -> str:
    if not text:
        return ""
    digits = text.strip()
    return digits[:3] + "****" + digits[-4:] if len(digits) >= 11 else digits[:2] + "***"


def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin without spaces, initials): 张三 → ("zhangsan", "zs")."""
    # Loaded on the first name written, not at start: pypinyin's dictionaries take some 50 MB of memory,
    # which a session that only reads (a supervisor's review, browsing the lists) never needs.
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(name, errors="ignore")
    initials = lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore")
    return "".join(syllables).lower(), "".join(initials).lower()

"""The audit log's hash chain: each entry's hash covers the one before it, so an entry changed,
removed or slipped in anywhere breaks every hash after it. Pure functions, tested on their own."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from desktop.canonical import canonical, encode_value

# What the hash covers: everything about the entry but its row id and the hashes themselves.
CHAINED = ("workspace", "seq", "at", "account_id", "action", "kind", "target", "detail")


def entry_hash(prev_hash: str | None, entry: Mapping[str, Any]) -> str:
    fields = {name: encode_value(entry[name]) for name in CHAINED}
    return hashlib.sha256((prev_hash or "").encode("ascii") + canonical(fields)).hexdigest()


def first_break(entries: Iterable[Mapping[str, Any]], after: tuple[int, str | None] = (0, None)) -> int | None:
    """The sequence number of the first entry that does not follow from the ones before it (a gap, a
    wrong link, a wrong hash), or None when the whole chain holds. ``entries`` in sequence order.
    ``after``: where the chain starts once its oldest entries passed their retention period (the last
    destroyed entry's number and hash); from the beginning otherwise."""
    expected, prev_hash = after[0] + 1, after[1]
    for entry in entries:
        if entry["seq"] != expected or entry["prev_hash"] != prev_hash:
            return expected
        if entry["hash"] != entry_hash(prev_hash, entry):
            return expected
        prev_hash, expected = entry["hash"], expected + 1
    return None

"""The audit chain's hashes are stored: the same entry must hash to the same bytes in every later CaseDesk.
Two known hashes pinned here (taken before the canonical encoding left desktop/sync/rows.py); a change to
how an entry is encoded breaks them, and every workspace's stored chain with them."""

from __future__ import annotations

import datetime as dt
import uuid

from desktop.workflow.audit_chain import entry_hash, first_break

WORKSPACE = uuid.UUID("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")
ACCOUNT = uuid.UUID("12345678-1234-5678-1234-567812345678")
FIRST = {
    "workspace": WORKSPACE,
    "seq": 1,
    "at": dt.datetime(2026, 11, 16, 9, 30, 5, 123456),
    "account_id": ACCOUNT,
    "action": "login",
    "kind": None,
    "target": None,
    "detail": {},
}
SECOND = {
    "workspace": WORKSPACE,
    "seq": 2,
    "at": dt.datetime(2026, 11, 16, 9, 31),
    "account_id": ACCOUNT,
    "action": "approve",
    "kind": "record",
    "target": "9c1b4a52e1d34f0b8a7e6d5c4b3a2f10",
    # Chinese text, a number past 64 bits (the standard library's path) and a float.
    "detail": {"form": "intake", "opinion": "同意。", "day": "2026-11-16", "big": 2**70, "rate": 0.5},
}
FIRST_HASH = "67e6044f09c73c5a88ec1dacd11918dd8760dcdfd3ce30c84804d2d3523c6b7e"
SECOND_HASH = "2df95259f4feac6f66fa634a062b3c2b698bd518447ffbd6a6c790eab956dc13"


def test_known_entries_hash_as_they_always_have() -> None:
    assert entry_hash(None, FIRST) == FIRST_HASH
    assert entry_hash(FIRST_HASH, SECOND) == SECOND_HASH


def test_an_entry_read_raw_from_the_store_hashes_as_the_object_does() -> None:
    """The chain is written from model objects (ids, datetimes) and checked from raw rows (strings)."""
    raw = {
        **FIRST,
        "workspace": WORKSPACE.hex,
        "account_id": ACCOUNT.hex,
        "at": "2026-11-16 09:30:05.123456",
    }
    assert entry_hash(None, raw) == FIRST_HASH


def test_the_pinned_chain_holds_and_a_changed_entry_breaks_it() -> None:
    chain = [
        {**FIRST, "prev_hash": None, "hash": FIRST_HASH},
        {**SECOND, "prev_hash": FIRST_HASH, "hash": SECOND_HASH},
    ]
    assert first_break(chain) is None
    chain[1] = {**chain[1], "detail": {**SECOND["detail"], "opinion": "不同意。"}}
    assert first_break(chain) == 2

"""A structure-aware fuzzer for what a hub imports (docs/security.md, "Mutated bundles").

Real bundles are mutated at every level, from the outside and from the inside:
- outsiders: bytes of the file flipped, cut and spliced; bundles sealed with keys the hub never enrolled;
- the inside view: a worker with her own enrolled laptop changes the header, the parts and the rows of her
  laptop's real bundle (structure-aware: accounts swapped for colleagues', parts only a hub writes added,
  decisions and shares forged, owners and states changed, rows from another chain) and seals it again
  with her laptop's own keys, so the signature is valid and only the content is hostile;
- the container itself: entry names that are not UTF-8, damaged deflate streams, nested headers, absurd
  bundle numbers.

Whatever comes in, the import either applies it or refuses it with a coded message in both languages, and
a refusal leaves the hub's database exactly as it was: no traceback, no partial write. CI runs a quick
fixed seed; ``-m slow`` runs 10,000 mutations across fixed seeds. CASEDESK_FUZZ_EXAMPLES and
CASEDESK_FUZZ_SEED replay one."""

from __future__ import annotations

import copy
import io
import json
import os
import random
import struct
import time
import uuid
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.canonical import canonical
from desktop.errors import CaseDeskError
from desktop.sync import container
from tests import raw_db
from tests.sync.conftest import PASSWORD, exchange, fill, fingerprint, open_intake

pytestmark = pytest.mark.reliability
EXAMPLES = int(os.environ.get("CASEDESK_FUZZ_EXAMPLES", "80"))
SEED = int(os.environ.get("CASEDESK_FUZZ_SEED", "20261123"))
SLOW_SEEDS = (20261207, 11, 424242, 7, 99991)  # 5 × 2,000 = 10,000 mutations

ODD_VALUES = [None, "", "x" * 5000, -1, 2**63, 3.5, True, [], {}, "2026-13-45", "../../etc", "张三\x00", {"a": [1]},
              "\u202e", "=HYPERLINK(\"x\")", "\ud800"]  # fmt: skip
ACTOR_COLUMNS = ("author_id", "owner_id", "reviewer_id", "recorded_by_id", "granted_by", "account_id",
                 "captured_by_id")  # fmt: skip


def hostile_seal(*args: Any) -> bytes:
    """Seal without the packer's own checks: a hostile sender writes whatever header and names it likes."""
    checks = container._check_header, container.check_entry_name
    container._check_header = container.check_entry_name = lambda value: None
    try:
        return container.seal(*args)
    finally:
        container._check_header, container.check_entry_name = checks


@dataclass
class Material:
    """What the fuzzer mutates: a real bundle of wang's laptop, opened, and who is who at the hub."""

    original: bytes
    header: dict[str, Any]
    entries: dict[str, bytes]
    rows: dict[str, Any]
    accounts: list[str]  # every account id at the hub (32 hex digits)
    workspaces: list[str]  # the hub's id and both laptops'
    colleague_ids: dict[str, list[str]]  # rows of chen's the hub holds, by table
    keys: Any = None
    hub: Any = None


@dataclass
class Tally:
    outcomes: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    slowest: float = 0.0


# -- mutations of rows ------------------------------------------------------------------------------------
def mutate_value(rng: random.Random, row: dict, m: Material) -> None:
    if not row:
        return
    key = rng.choice(sorted(row))
    action = rng.randrange(6)
    if action == 0:
        row[key] = rng.choice(ODD_VALUES)
    elif action == 1:
        del row[key]
    elif action == 2:
        row["unknown_" + key] = 1
    elif action == 3:
        row[key] = uuid.UUID(int=rng.getrandbits(128)).hex
    elif action == 4:  # someone else did it: a colleague, the supervisor, the head
        columns = [c for c in ACTOR_COLUMNS if c in row] or [key]
        row[rng.choice(columns)] = rng.choice(m.accounts)
    else:  # it hangs on a colleague's file
        for column, table in (("case_id", "case_file"), ("record_id", "form_record"), ("client_id", "client")):
            if column in row and m.colleague_ids.get(table):
                row[column] = rng.choice(m.colleague_ids[table])


def forge_rows(rng: random.Random, rows: dict, m: Material) -> None:
    """Rows a worker may not make, shaped as real ones: the inside attacks, at random."""
    record = rows["form_record"][0]
    revision = rows["form_revision"][0]
    action = rng.randrange(6)
    if action == 0:
        rows["decision"] = [{
            "id": uuid.uuid4().hex, "created_at": record["created_at"], "updated_at": record["created_at"],
            "record_id": record["id"], "revision_id": revision["id"], "content_hash": revision["content_hash"],
            "step": rng.choice([0, 1, 5, -1]), "role": rng.choice(["supervisor", "agency_head", "worker"]),
            "reviewer_id": rng.choice(m.accounts), "outcome": "approve", "opinion": "ok",
            "channel": rng.choice(["app", "paper", "phone"]), "submission": record["submission_count"],
            "recorded_by_id": rng.choice([None, *m.accounts]), "given_on": None, "evidence_id": None,
            "confirmed_at": rng.choice([None, record["created_at"]]),
        }]  # fmt: skip
        record["status"] = "approved"
    elif action == 1:
        kind, table = rng.choice([("case", "case_file"), ("group", "service_group")])
        target = rng.choice(m.colleague_ids.get(table) or [uuid.uuid4().hex])
        rows["share"] = [{
            "id": uuid.uuid4().hex, "target_kind": kind, "target_id": target, "account_id": rng.choice(m.accounts),
            "granted_by": rng.choice(m.accounts), "granted_at": record["created_at"], "revoked_at": None,
        }]  # fmt: skip
    elif action == 2:
        entry = dict(rows["audit_entry"][-1], id=uuid.uuid4().hex, workspace=rng.choice(m.workspaces))
        entry["seq"] = rng.choice([1, entry["seq"] + 1, 10**6])
        rows["audit_entry"].append(entry)
    elif action == 3:
        for table in ("case_file", "client", "form_record"):
            for row in rows.get(table, []):
                row["owner_id"] = rng.choice(m.accounts)
    elif action == 4:
        record["status"] = rng.choice(["void", "approved", "returned", "submitted", "nonsense"])
    else:
        table = rng.choice(sorted(rows))
        if rows[table]:
            rows[table].append(dict(rows[table][0], id=rng.choice(sum(m.colleague_ids.values(), []) or ["0" * 32])))


def mutate_rows(rng: random.Random, rows: dict, m: Material) -> dict:
    rows = copy.deepcopy(rows)
    tables = sorted(rows)
    action = rng.randrange(7)
    if action == 0 and tables:
        table = rng.choice(tables)
        if rows[table]:
            mutate_value(rng, rng.choice(rows[table]), m)
    elif action == 1 and tables:
        del rows[rng.choice(tables)]  # a table missing: references dangle
    elif action == 2:
        rows[rng.choice(["sync_peer", "draft", "nonsense", "destroyed_item", "audit_anchor"])] = [{"id": "x"}]
    elif action == 3 and tables:
        table = rng.choice(tables)
        rows[table] = rows[table] + rows[table]  # every row twice
    elif action == 4 and tables:
        rows[rng.choice(tables)] = rng.choice(ODD_VALUES)
    elif action == 5:
        forge_rows(rng, rows, m)
    else:
        for table in tables:
            for row in rows[table]:
                if rng.random() < 0.3:
                    mutate_value(rng, row, m)
    return rows


# -- mutations of the parts and the container --------------------------------------------------------------
def mutate_parts(rng: random.Random, entries: dict[str, bytes], m: Material) -> None:
    action = rng.randrange(6)
    if action == 0:
        entries["reference.json"] = canonical({"account": [{"id": rng.choice(m.accounts), "roles": ["agency_head"]}]})
        entries["leases.json"] = b"[]"
    elif action == 1:
        entries["keystore.json"] = canonical({"x": {"account_id": str(uuid.uuid4()), "password_hash": "$argon2"}})
    elif action == 2:
        entries["definitions/intake.yaml"] = b"id: intake\nversion: 9223372036854775808\n"
    elif action == 3:
        entries["manifest.json"] = json.dumps({"ack": rng.choice([0, -5, 10**9, "x", None, 2**70])}).encode()
    elif action == 4:
        entries["upward.json"] = canonical({"account": [{"id": uuid.uuid4().hex}]})
    else:
        name = rng.choice(sorted(entries))
        entries[name] = rng.choice([b"", b"{", b"[1,2", b"\xff\xfe", b'{"a":' * 5000, json.dumps(ODD_VALUES).encode()])


def raw_zip(rng: random.Random) -> bytes:
    """A zip no honest packer makes: a name flagged UTF-8 that is not, or a deflate stream cut short."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("rows.json", b'{"client": []}' * 50)
        archive.writestr("manifest.json", b'{"ack": 0}')
    data = bytearray(buffer.getvalue())
    if rng.random() < 0.5:  # the UTF-8 flag on a name that is Latin-1
        at = data.find(b"rows.json", 30)
        data[at : at + 1] = b"\xff"
        for sig in (b"PK\x03\x04", b"PK\x01\x02"):
            start = 0
            while (start := data.find(sig, start)) >= 0:
                flags_at = start + (6 if sig == b"PK\x03\x04" else 8)
                struct.pack_into("<H", data, flags_at, struct.unpack_from("<H", data, flags_at)[0] | 0x800)
                start += 4
    else:  # bytes of the first deflate stream replaced
        at = 30 + len("manifest.json") + 2
        data[at : at + 8] = rng.randbytes(8)
    return bytes(data)


def outsider_bytes(rng: random.Random, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(rng.randint(1, 4)):
        choice = rng.randrange(3)
        if choice == 0:
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        elif choice == 1:
            del data[rng.randrange(len(data)) :]
        else:
            at = rng.randrange(len(data))
            data[at:at] = rng.randbytes(rng.randint(1, 64))
        if not data:
            break
    return bytes(data)


def example(rng: random.Random, m: Material, sequence: int) -> bytes:
    """One hostile file, at a level chosen at random."""
    header = {k: v for k, v in m.header.items() if k not in ("payload_sha256", "ephemeral_public", "nonce")}
    header["sequence"] = sequence
    entries = dict(m.entries)
    level = rng.randrange(8)
    signing = m.keys.signing
    if level == 0:
        return outsider_bytes(rng, m.original)
    if level == 1:  # an outsider's keys: a laptop the hub never enrolled, or a stranger naming one it did
        signing = Ed25519PrivateKey.generate()
        if rng.random() < 0.5:
            header["sender"] = str(uuid.uuid4())
    elif level == 2:
        key = rng.choice(["counts", "kind", "created", "app_version", "sender_name", "sequence", "recipient"])
        odd = [v for v in ODD_VALUES if v != "\ud800"]  # a header is written as UTF-8: bad bytes are level 0's
        header[key] = rng.choice([*odd, "to-device", 0, 2**31, 2**62, 10**40])
    elif level == 3:
        mutate_parts(rng, entries, m)
    elif level == 4:
        payload = raw_zip(rng)
        return _seal_payload(header, payload, signing, m)
    elif level == 5:
        header["nested"] = json.loads("[" * 900 + "]" * 900) if rng.random() < 0.5 else "x" * 900_000
        if rng.random() < 0.5:
            return _nested_header(m.original)
    elif level == 6:  # rows of the right shape that a worker may not make
        rows = copy.deepcopy(m.rows)
        forge_rows(rng, rows, m)
        entries["rows.json"] = json.dumps(rows).encode()
    else:  # rows, structure-aware: values, tables, shapes
        entries["rows.json"] = json.dumps(mutate_rows(rng, m.rows, m)).encode()
    return hostile_seal(header, entries, signing, m.hub.public.encryption)


def _seal_payload(header: dict, payload: bytes, signing: Any, m: Material) -> bytes:
    original = container.pack_entries
    container.pack_entries = lambda entries: payload
    try:
        return hostile_seal(header, {}, signing, m.hub.public.encryption)
    finally:
        container.pack_entries = original


def _nested_header(original: bytes) -> bytes:
    """A header of 800 KB of nested arrays: past any parser's depth, and no key to open it."""
    header = b"[" * 400_000 + b"]" * 400_000
    rest = original[14 + struct.unpack_from(">I", original, 10)[0] :]
    return container.MAGIC + struct.pack(">HI", 1, len(header)) + header + rest


# -- the run -----------------------------------------------------------------------------------------------
def material(agency) -> Material:
    with agency.desk(agency.b, "chen") as chen:
        open_intake(chen, "陈的对象")
    exchange(agency, agency.b, "chen")
    with agency.desk(agency.a, "wang") as wang:
        for n in range(3):
            client = wang.create_client(f"对象{n}", phone="13800000000")
            case = wang.create_case(client.id, wang.projects()[0].id, "counselling", "youth")
            fill(wang, "intake", {"intake_date": "2026-11-10", "open_case": True}, case_id=case.id)
        attachment = agency.root / "scan.png"
        attachment.write_bytes(b"\x89PNG" + bytes(range(256)) * 10)
        wang.add_attachment(attachment, case_id=case.id)
        (bundle,) = wang.export_bundles(agency.out)
    hub_keys, device_keys = raw_db.sync_keys(agency.hub, PASSWORD), raw_db.sync_keys(agency.a, PASSWORD)
    original = bundle.path.read_bytes()
    opened = container.open_bundle(original, lambda h: device_keys.public.signing, hub_keys.encryption)
    with agency.desk(agency.hub, "head") as head:
        accounts = [a.id.hex for a in head.accounts()]
        chen = next(a.id for a in head.accounts() if a.username == "chen")
        colleague = {
            "case_file": [c.id.hex for c in head.cases() if c.owner_id == chen],
            "client": [c.id.hex for c in head.clients() if c.owner_id == chen],
            "form_record": [r.id.hex for r in head.records() if r.owner_id == chen],
        }
        workspaces = [head.info.workspace_id, *(d["id"] for d in head.sync_status()["peers"])]
    return Material(original, opened.header, dict(opened.entries), json.loads(opened.entries["rows.json"]),
                    accounts, workspaces, colleague, device_keys, hub_keys)  # fmt: skip


def run_fuzz(agency, seed: int, examples: int) -> Tally:
    rng = random.Random(seed)
    m = material(agency)
    tally = Tally()
    target = agency.out / "fuzz.cdbundle"
    with agency.desk(agency.hub, "li") as li:
        for n in range(examples):
            sequence = next(p for p in li.sync_status()["peers"] if p["name"] == "王社工的笔记本")["received"] + 1
            target.write_bytes(example(rng, m, sequence))
            before = fingerprint(agency.hub)
            started = time.perf_counter()
            try:
                li.import_bundle(target)
                tally.outcomes["applied"] += 1
            except CaseDeskError as exc:
                assert exc.message("zh") and exc.message("en")
                assert fingerprint(agency.hub) == before, f"example {n} (seed {seed}) wrote before refusing"
                tally.outcomes["refused"] += 1
                tally.codes[exc.code] += 1
            except Exception as exc:  # a traceback: the finding this fuzzer exists for
                raise AssertionError(f"example {n} (seed {seed}) ended in {type(exc).__name__}: {exc}") from exc
            tally.slowest = max(tally.slowest, time.perf_counter() - started)
    print(f"seed {seed}: {dict(tally.outcomes)}; codes {dict(tally.codes)}; slowest {tally.slowest:.2f} s")
    return tally


def test_mutated_bundles_are_applied_or_refused_whole(agency):
    tally = run_fuzz(agency, SEED, EXAMPLES)
    assert sum(tally.outcomes.values()) == EXAMPLES
    assert {"B029", "B031", "B003", "B004"} <= set(tally.codes), tally.codes  # every level reached the importer


@pytest.mark.slow
@pytest.mark.parametrize("seed", SLOW_SEEDS)
def test_ten_thousand_mutations(agency, seed):
    tally = run_fuzz(agency, seed, 2_000)
    assert sum(tally.outcomes.values()) == 2_000

"""A structure-aware fuzzer: valid bundles mutated at every level (bytes of the file; the header;
the JSON of rows, re-sealed with the device's real keys so the mutation reaches the importer).
Whatever comes in, the importer either applies it or refuses it with a coded message, and a refusal
leaves the database exactly as it was. CI runs a fixed number of examples; set
CASEDESK_FUZZ_EXAMPLES for a longer run, CASEDESK_FUZZ_SEED to replay one."""

from __future__ import annotations

import copy
import json
import os
import random
import uuid

from desktop.errors import CaseDeskError
from desktop.sync import container
from tests import raw_db
from tests.sync.conftest import PASSWORD, fill, fingerprint

EXAMPLES = int(os.environ.get("CASEDESK_FUZZ_EXAMPLES", "60"))
SEED = int(os.environ.get("CASEDESK_FUZZ_SEED", "20261123"))

ODD_VALUES = [None, "", "x" * 5000, -1, 2**63, 3.5, True, [], {}, "2026-13-45", "../../etc", "张三\x00", {"a": [1]}]


def mutate_value(rng: random.Random, row: dict) -> None:
    if not row:
        return
    key = rng.choice(sorted(row))
    action = rng.randrange(4)
    if action == 0:
        row[key] = rng.choice(ODD_VALUES)
    elif action == 1:
        del row[key]
    elif action == 2:
        row["unknown_" + key] = 1
    else:
        row[key] = str(uuid.UUID(int=rng.getrandbits(128)))


def mutate_rows(rng: random.Random, rows: dict) -> dict:
    rows = copy.deepcopy(rows)
    tables = sorted(rows)
    action = rng.randrange(6)
    if action == 0 and tables:
        table = rng.choice(tables)
        if rows[table]:
            mutate_value(rng, rng.choice(rows[table]))
    elif action == 1 and tables:
        del rows[rng.choice(tables)]  # a table missing: references dangle
    elif action == 2:
        rows[rng.choice(["sync_peer", "draft", "nonsense"])] = [{"id": "x"}]
    elif action == 3 and tables:
        table = rng.choice(tables)
        rows[table] = rows[table] + rows[table]  # every row twice
    elif action == 4 and tables:
        rows[rng.choice(tables)] = rng.choice(ODD_VALUES)
    else:
        for table in tables:
            for row in rows[table]:
                if rng.random() < 0.3:
                    mutate_value(rng, row)
    return rows


def hostile_seal(*args) -> bytes:
    """Seal without the packer's own checks: a hostile sender writes whatever header and names it likes."""
    checks = container._check_header, container.check_entry_name
    container._check_header = container.check_entry_name = lambda value: None
    try:
        return container.seal(*args)
    finally:
        container._check_header, container.check_entry_name = checks


def test_mutated_bundles_are_applied_or_refused_whole(agency):
    rng = random.Random(SEED)
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
    rows = json.loads(opened.entries["rows.json"])
    outcomes = {"applied": 0, "refused": 0}
    target = agency.out / "fuzz.cdbundle"
    with agency.desk(agency.hub, "li") as li:
        for example in range(EXAMPLES):
            level = rng.randrange(3)
            sequence = li.sync_status()["peers"][0]["received"] + 1
            if level == 0:  # raw bytes: flips, cuts, splices
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
                payload = bytes(data)
            else:
                header = {
                    k: v for k, v in opened.header.items() if k not in ("payload_sha256", "ephemeral_public", "nonce")
                }
                header["sequence"] = sequence
                entries = dict(opened.entries)
                if level == 1:
                    key = rng.choice(["counts", "kind", "ack", "created", "app_version", "sender_name"])
                    header[key] = rng.choice(ODD_VALUES)
                    entries["manifest.json"] = json.dumps({"ack": rng.choice([0, -5, 10**9, "x", None])}).encode()
                else:
                    entries["rows.json"] = json.dumps(mutate_rows(rng, rows)).encode()
                payload = hostile_seal(header, entries, device_keys.signing, hub_keys.public.encryption)
            target.write_bytes(payload)
            before = fingerprint(agency.hub)
            try:
                li.import_bundle(target)
                outcomes["applied"] += 1
            except CaseDeskError as exc:
                assert exc.message("zh") and exc.message("en")
                assert fingerprint(agency.hub) == before, f"example {example} (seed {SEED}) wrote before refusing"
                outcomes["refused"] += 1
    print(outcomes)
    assert outcomes["refused"] > 0 and sum(outcomes.values()) == EXAMPLES

"""The hub trusts a laptop only for what its people may do (docs/security.md, "A laptop is trusted for what
its people may do"). Each attack is built as a worker with her own enrolled laptop would build it: her
laptop's real bundle, changed, and sealed again with her laptop's own keys, so the signature is valid and
only the content is hostile. Each is refused with its code and the hub's database untouched; beside each,
what the same person may rightly do still goes through."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable

import pytest

from desktop.canonical import canonical
from desktop.errors import AccessDenied, CaseDeskError
from desktop.sync import engine
from desktop.sync.rows import encode_row
from desktop.workspace import open_desk
from tests import raw_db
from tests.sync.conftest import PASSWORD, exchange, open_intake
from tests.sync.test_bad_bundles import device_bundle, refused, reseal

MOMENT = "2026-11-10 09:00:00.000000"


def _ids(agency) -> dict[str, str]:
    """Account ids by user name, as rows carry them (32 hex digits)."""
    with agency.desk(agency.hub, "head") as head:
        return {a.username: a.id.hex for a in head.accounts()}


def _rows(change: Callable[[dict], None]) -> Callable[[dict[str, bytes]], None]:
    def entries(e: dict[str, bytes]) -> None:
        rows = json.loads(e["rows.json"])
        change(rows)
        e["rows.json"] = json.dumps(rows).encode()

    return entries


def _reference_of(agency) -> dict:
    """The agency's tables as the laptop holds them (what an attacker starts a forged reference from)."""
    with agency.desk(agency.a, "wang") as wang, wang.session() as s:
        return engine.collect_reference(s)


def _refused_b031(agency, path, rule_en: str) -> None:
    error = refused(agency, path, "B031")
    assert rule_en in error.message("en"), error.message("en")


# -- parts only a hub writes ----------------------------------------------------------------------------
def test_a_role_change_in_a_forged_reference_is_refused_and_the_head_still_signs_in(agency):
    reference = _reference_of(agency)
    for account in reference["account"]:
        if account["username"] == "wang":
            account["roles"] = ["agency_head", "business_lead", "supervisor"]
        elif account["username"] in ("head", "li"):
            account["active"] = False

    def add(e):
        e["reference.json"] = canonical(reference)
        e["leases.json"] = canonical([])

    error = refused(agency, reseal(agency, device_bundle(agency), add), "B029")
    assert "reference" in error.message("en")
    with agency.desk(agency.hub, "head") as head:
        assert head.account.active
        assert next(a for a in head.accounts() if a.username == "wang").roles == ["worker"]


def test_swapped_user_names_are_refused_and_the_next_reply_carries_no_colleagues_caseload(agency):
    with agency.desk(agency.b, "chen") as chen:
        open_intake(chen, "陈的对象")
    exchange(agency, agency.b, "chen")
    reference = _reference_of(agency)
    for account in reference["account"]:
        account["username"] = {"wang": "chen", "chen": "wang"}.get(account["username"], account["username"])

    def add(e):
        e["reference.json"] = canonical(reference)
        e["leases.json"] = canonical([])

    refused(agency, reseal(agency, device_bundle(agency), add), "B029")
    _, down = exchange(agency, agency.a, "wang")
    with agency.desk(agency.a, "wang") as wang:
        assert "陈的对象" not in {c.name for c in wang.clients()}


def test_a_keystore_entry_tied_to_the_head_is_refused(agency):
    ids = _ids(agency)
    keystore = raw_db_keystore_entry(agency, "wang")
    keystore["account_id"] = str(uuid.UUID(ids["head"]))

    def add(e):
        e["keystore.json"] = canonical({"backdoor": keystore})

    refused(agency, reseal(agency, device_bundle(agency), add), "B029")
    with agency.desk(agency.hub, "head") as head:
        assert "backdoor" not in head.layout.keystore_file.read_text(encoding="utf-8")


def raw_db_keystore_entry(agency, username: str) -> dict:
    data = json.loads((agency.a / "keystore.json").read_text(encoding="utf-8"))
    return dict(data["accounts"][username])


def test_an_overlapping_number_block_is_refused(agency):
    with agency.desk(agency.hub, "head") as head, head.session() as s:
        table = engine._table("number_lease")
        lease = dict(s.execute(engine.raw_select(table, dialect=s.get_bind().dialect.name)).mappings().first())
    lease = encode_row(engine._table("number_lease"), lease)
    lease["id"] = uuid.uuid4().hex

    def add(e):
        e["reference.json"] = canonical({})
        e["leases.json"] = canonical([lease])

    refused(agency, reseal(agency, device_bundle(agency), add), "B029")


def test_form_definitions_and_destructions_from_a_laptop_are_refused(agency):
    definition = b"id: intake\nversion: 99\n"

    def add_definition(e):
        e["definitions/intake.yaml"] = definition

    refused(agency, reseal(agency, device_bundle(agency), add_definition), "B029")

    def destroy(rows):
        rows["destroyed_item"] = [
            {"id": uuid.uuid4().hex, "kind": "case", "target_id": uuid.uuid4().hex, "archive_code": None,
             "destroyed_at": MOMENT, "destroyed_by": None, "reason": "x"}
        ]  # fmt: skip

    refused(agency, reseal(agency, device_bundle(agency), _rows(destroy)), "B029")


def test_a_bundle_claiming_to_go_from_hub_to_device_is_refused_at_the_hub(agency):
    def turn(h):
        h["kind"] = "to-device"

    refused(agency, reseal(agency, device_bundle(agency), change_header=turn), "B030")


# -- rows by right --------------------------------------------------------------------------------------
def _decision(intake_rows: dict, reviewer: str, *, channel: str = "app", recorded_by: str | None = None) -> dict:
    record = intake_rows["form_record"][0]
    revision = next(r for r in intake_rows["form_revision"] if r["record_id"] == record["id"])
    return {
        "id": uuid.uuid4().hex, "created_at": MOMENT, "updated_at": MOMENT, "record_id": record["id"],
        "revision_id": revision["id"], "content_hash": revision["content_hash"], "step": 0, "role": "supervisor",
        "reviewer_id": reviewer, "outcome": "approve", "opinion": "同意", "channel": channel,
        "submission": record["submission_count"], "recorded_by_id": recorded_by, "given_on": None,
        "evidence_id": None, "confirmed_at": None,
    }  # fmt: skip


def _approve(rows: dict) -> None:
    rows["form_record"][0]["status"] = "approved"
    rows["form_record"][0]["approved_at"] = MOMENT


def test_a_forged_supervisors_decision_is_refused_and_the_intake_waits_for_the_supervisor(agency):
    ids = _ids(agency)

    def forge(rows):
        rows["decision"] = [_decision(rows, ids["li"])]
        _approve(rows)

    path = device_bundle(agency)
    _refused_b031(agency, reseal(agency, path, _rows(forge)), "someone who does not work on this device")

    def self_approve(rows):  # in her own name: a worker does not decide, and never on her own work
        rows["decision"] = [_decision(rows, ids["wang"])]
        _approve(rows)

    _refused_b031(agency, reseal(agency, path, _rows(self_approve)), "may not decide this step")
    with agency.desk(agency.hub, "li") as li:
        li.import_bundle(path)  # the bundle as the laptop made it goes in
        assert any(i.form_id == "intake" for i in li.review_inbox())


def test_a_paper_approval_the_worker_records_goes_in_as_at_the_hub(agency):
    """Just inside: the worker records what the supervisor said on paper (the domain allows it at the hub
    too): it counts and waits for the supervisor's confirmation."""
    ids = _ids(agency)
    with agency.desk(agency.a, "wang") as wang:
        _, intake = open_intake(wang, "纸质审批对象")
        wang.record_offline_approval(intake.id, uuid.UUID(ids["li"]), dt.date(2026, 11, 10))
        (bundle,) = wang.export_bundles(agency.out)
    with agency.desk(agency.hub, "li") as li:
        li.import_bundle(bundle.path)
        assert li.record(intake.id).status == "approved"
        assert [d.reviewer_id.hex for d in li.unconfirmed_approvals()] == [ids["li"]]


def test_a_paper_approval_recorded_for_someone_who_may_not_give_it_is_refused(agency):
    ids = _ids(agency)

    def forge(rows):  # "recorded from paper", in chen's name: a colleague is no reviewer
        rows["decision"] = [_decision(rows, ids["chen"], channel="paper", recorded_by=ids["wang"])]
        _approve(rows)

    _refused_b031(agency, reseal(agency, device_bundle(agency), _rows(forge)), "may not decide this step")


def test_a_forged_share_of_a_colleagues_case_is_refused_and_brings_nothing_back(agency):
    with agency.desk(agency.b, "chen") as chen:
        case, _ = open_intake(chen, "陈的私密对象")
    exchange(agency, agency.b, "chen")
    ids = _ids(agency)
    path = device_bundle(agency)
    for granter, rule in ((ids["chen"], "does not work on this device"), (ids["wang"], "only the owner")):

        def forge(rows, granter=granter):
            rows["share"] = [
                {"id": uuid.uuid4().hex, "target_kind": "case", "target_id": case.id.hex, "account_id": ids["wang"],
                 "granted_by": granter, "granted_at": MOMENT, "revoked_at": None}
            ]  # fmt: skip

        _refused_b031(agency, reseal(agency, path, _rows(forge)), rule)
    exchange(agency, agency.a, "wang")
    with agency.desk(agency.a, "wang") as wang:
        assert "陈的私密对象" not in {c.name for c in wang.clients()}


def test_another_devices_rows_are_refused(agency):
    ids = _ids(agency)

    def carry(rows):  # a client made by chen (on his laptop), carried up by wang's
        client = dict(rows["client"][0], id=uuid.uuid4().hex, author_id=ids["chen"], owner_id=ids["chen"])
        rows["client"].append(client)

    _refused_b031(agency, reseal(agency, device_bundle(agency), _rows(carry)), "does not work on this device")


def test_a_new_form_in_a_colleagues_case_is_refused(agency):
    with agency.desk(agency.b, "chen") as chen:
        case, _ = open_intake(chen, "陈的对象")
    exchange(agency, agency.b, "chen")

    def slip(rows):
        record = dict(rows["form_record"][0], id=uuid.uuid4().hex, case_id=case.id.hex, archive_code=None)
        rows["form_record"].append(record)

    _refused_b031(agency, reseal(agency, device_bundle(agency), _rows(slip)), "outside that person's view")


def test_a_case_taken_over_on_a_laptop_is_refused(agency):
    """Just outside: a worker may not make herself owner of a colleague's case; a supervisor does that."""
    with agency.desk(agency.b, "chen") as chen:
        case, _ = open_intake(chen, "陈的对象")
    exchange(agency, agency.b, "chen")
    with agency.desk(agency.hub, "li") as li, li.session() as s:
        table = engine._table("case_file")
        row = dict(
            s.execute(engine.raw_select(table, dialect=s.get_bind().dialect.name).where(table.c.id == case.id))
            .mappings()
            .one()
        )
    ids = _ids(agency)

    def take(rows):
        rows["case_file"].append(dict(encode_row(table, row), owner_id=ids["wang"]))

    _refused_b031(agency, reseal(agency, device_bundle(agency), _rows(take)), "allowed to reassign")


def test_an_audit_row_with_the_hubs_id_is_refused_and_the_hubs_chain_still_verifies(agency):
    with agency.desk(agency.hub, "head") as head:
        hub_id = head.info.workspace_id

    def graft(rows):
        entry = dict(rows["audit_entry"][-1], id=uuid.uuid4().hex, workspace=hub_id, seq=10_000)
        rows["audit_entry"].append(entry)

    _refused_b031(agency, reseal(agency, device_bundle(agency), _rows(graft)), "own log only")
    with agency.desk(agency.hub, "head") as head:
        assert all(check.ok for check in head.verify_audit())


def test_a_changed_revision_is_refused(agency):
    path = device_bundle(agency)
    with agency.desk(agency.hub, "li") as li:
        li.import_bundle(path)
    with agency.desk(agency.a, "wang") as wang:
        client = wang.create_client("另一位")  # something new, so a bundle goes
        assert client
        (bundle,) = wang.export_bundles(agency.out)
    with agency.desk(agency.hub, "li") as li, li.session() as s:
        table = engine._table("form_revision")
        revision = encode_row(
            table,
            s.execute(engine.raw_select(table, json_text=True, dialect=s.get_bind().dialect.name)).mappings().first(),
        )

    def rewrite(rows):
        rows["form_revision"] = [dict(revision, content_hash="0" * 64)]

    _refused_b031(agency, reseal(agency, bundle.path, _rows(rewrite)), "written once")


# -- the hub's reply: checked whole before anything is written --------------------------------------------
def test_a_bad_keystore_entry_in_the_hubs_reply_leaves_the_laptop_untouched(agency):
    with agency.desk(agency.a, "wang") as wang:
        open_intake(wang, "新对象")
        (up,) = wang.export_bundles(agency.out)
    with agency.desk(agency.hub, "li") as li:
        li.import_bundle(up.path)
        (reply,) = [r for r in li.export_bundles(agency.out) if "王社工" in r.recipient]
    hub_keys, device_keys = raw_db.sync_keys(agency.hub, PASSWORD), raw_db.sync_keys(agency.a, PASSWORD)
    from desktop.sync import container

    opened = container.open_bundle(reply.path.read_bytes(), lambda h: hub_keys.public.signing, device_keys.encryption)
    entries = dict(opened.entries)
    entries["keystore.json"] = canonical({"newcomer": {"account_id": str(uuid.uuid4()), "public_key": "AAAA",
                                                       "private_key": {"x": 1}}})  # fmt: skip
    header = {k: v for k, v in opened.header.items() if k not in ("payload_sha256", "ephemeral_public", "nonce")}
    bad = reply.path.with_name("bad-reply.cdbundle")
    bad.write_bytes(container.seal(header, entries, hub_keys.signing, device_keys.public.encryption))
    keystore_before = (agency.a / "keystore.json").read_bytes()
    refused(agency, bad, "B003", where=agency.a, user="wang")
    assert (agency.a / "keystore.json").read_bytes() == keystore_before
    with agency.desk(agency.a, "wang") as wang:
        assert wang.import_bundle(reply.path).sequence == reply.sequence  # the real one still goes in


# -- who may sync at the hub -----------------------------------------------------------------------------
@pytest.mark.parametrize("who, roles", [("wang", None), ("cash", ["finance_officer"])])
def test_only_supervisors_and_the_agencys_leadership_sync_at_the_hub(agency, who, roles):
    path = device_bundle(agency)
    if roles:
        with agency.desk(agency.hub, "head") as head:
            head.create_account(who, "钱会计", roles, PASSWORD)
    with open_desk(agency.hub, who, PASSWORD) as desk:
        with pytest.raises(AccessDenied) as refused_import:
            desk.import_bundle(path)
        with pytest.raises(AccessDenied):
            desk.export_bundles(agency.out)
    assert refused_import.value.code == "A004"
    with agency.desk(agency.hub, "li") as li:
        assert li.import_bundle(path).inserted["client"] == 1


def test_a_worker_syncs_her_own_laptop(agency):
    with agency.desk(agency.a, "wang") as wang:
        open_intake(wang, "甲")
        (bundle,) = wang.export_bundles(agency.out)
    assert bundle.counts["client"] == 1


def test_refusals_name_no_ids(agency):
    """What a person reads names the table and the rule in words, never an id."""
    ids = _ids(agency)

    def carry(rows):
        rows["client"].append(dict(rows["client"][0], id=uuid.uuid4().hex, author_id=ids["chen"]))

    error: CaseDeskError = refused(agency, reseal(agency, device_bundle(agency), _rows(carry)), "B031")
    for lang in ("zh", "en"):
        assert not any(value in error.message(lang) for value in ids.values())
    assert "服务对象" in error.message("zh") and "client" in error.message("en")


def test_a_name_a_person_could_not_type_is_refused_from_a_laptop_too(agency):
    def disguise(rows):
        rows["client"][0]["name"] = "张\u202e明小"  # a right-to-left override: reads as another name

    refused(agency, reseal(agency, device_bundle(agency), _rows(disguise)), "P005")


def test_an_invented_earlier_log_is_refused(agency):
    """Only a joining standalone brings a log under its earlier id, in its first bundles; afterwards a "new"
    chain is an invention (here naming the agency head)."""
    ids = _ids(agency)

    def invent(rows):
        entry = dict(rows["audit_entry"][-1], id=uuid.uuid4().hex, workspace=str(uuid.uuid4()), seq=1,
                     account_id=ids["head"], prev_hash=None)  # fmt: skip
        rows["audit_entry"].append(entry)

    _refused_b031(agency, reseal(agency, device_bundle(agency), _rows(invent)), "own log only")

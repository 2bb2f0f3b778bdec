"""Two field devices and a hub, three real workspaces: enrol, work offline, export, import, review,
reply, import back (docs/sync.md)."""

from __future__ import annotations

import pytest

from desktop.errors import AccessDenied, CaseDeskError
from desktop.models import Case
from tests import raw_db
from tests.sync.conftest import (
    PASSWORD,
    exchange,
    fill,
    fingerprint,
    move_and_edit_on_both_laptops,
    open_intake,
    reply_for,
)


def test_intakes_reviewed_at_the_hub_come_back_approved_with_distinct_numbers(agency):
    with agency.desk(agency.a, "wang") as wang:
        case_a, intake_a = open_intake(wang, "张小明")
    with agency.desk(agency.b, "chen") as chen:
        case_b, intake_b = open_intake(chen, "李小红")
        with pytest.raises(CaseDeskError):
            chen.case(case_a.id)  # nothing of the other device's work here
    # Both devices send up; the supervisor sees both in the inbox, by worker and station.
    for device, user in ((agency.a, "wang"), (agency.b, "chen")):
        with agency.desk(device, user) as desk:
            (bundle,) = desk.export_bundles(agency.out)
        with agency.desk(agency.hub, "li") as li:
            summary = li.import_bundle(bundle.path)
            assert summary.inserted["form_record"] == 1 and summary.conflicts == 0
    with agency.desk(agency.hub, "li") as li:
        inbox = li.review_inbox()
        assert {(i.worker, i.form_id) for i in inbox} == {("王社工", "intake"), ("陈社工", "intake")}
        assert all(i.station == "东城站" and i.changes > 0 for i in inbox)
        assert any(c.label for c in li.review_diff(intake_a.id))
        results = li.decide_many([i.record_id for i in inbox], "approve")
        assert all(r.ok for r in results)
        hub_numbers = {li.case(case_a.id).archive_code, li.case(case_b.id).archive_code}
        replies = li.export_bundles(agency.out)
        assert len(replies) == 2  # one file per device with something to send
    # The replies go back; the workers see the decision and the case open with its number.
    for device, user, case, intake in ((agency.a, "wang", case_a, intake_a), (agency.b, "chen", case_b, intake_b)):
        with agency.desk(device, user) as desk:
            (reply,) = [r for r in replies if reply_for(r.path) == desk.info.workspace_id]
            summary = desk.import_bundle(reply.path)
            assert summary.updated.get("case_file") == 1
            record = desk.record(intake.id)
            assert record.status == "approved"
            (decision,) = desk.decisions(intake.id)
            assert decision.outcome == "approve"
            assert desk.case(case.id).status == "open"
            assert desk.case(case.id).archive_code in hub_numbers
            # The case opened, the worker goes on offline: sessions on the device need no round trip.
            fill(desk, "consent", {"signed_on": "2026-11-10"}, case_id=case.id)
    assert len(hub_numbers) == 2 and None not in hub_numbers


def test_numbers_given_on_devices_and_at_the_hub_never_collide(agency):
    codes = []
    for device, user in ((agency.a, "wang"), (agency.b, "chen")):
        with agency.desk(device, user) as desk:
            for n in range(3):
                client = desk.create_client(f"咨询{n}")
                case = desk.create_case(client.id, desk.projects()[0].id, "consultation", "youth")
                codes.append(desk.open_case(case.id).archive_code)
        exchange(agency, device, user)
    with agency.desk(agency.hub, "li") as li:
        client = li.create_client("中心咨询")
        case = li.create_case(client.id, li.projects()[0].id, "consultation", "youth")
        codes.append(li.open_case(case.id).archive_code)
        known = {n["code"] for n in li.issued_numbers()}
    assert None not in codes and len(set(codes)) == len(codes) == 7
    assert set(codes) <= known  # the hub's register knows every number printed on the devices


def test_importing_a_bundle_again_changes_nothing_and_says_so(agency):
    with agency.desk(agency.a, "wang") as wang:
        open_intake(wang, "张小明")
        (bundle,) = wang.export_bundles(agency.out)
    with agency.desk(agency.hub, "li") as li:
        first = li.import_bundle(bundle.path)
        before = fingerprint(agency.hub)
        again = li.import_bundle(bundle.path)
    assert not first.already_imported and again.already_imported
    assert fingerprint(agency.hub) == before


def test_a_device_sends_only_what_changed_since_the_hub_confirmed(agency):
    with agency.desk(agency.a, "wang") as wang:
        open_intake(wang, "张小明")
    up, down = exchange(agency, agency.a, "wang")
    assert up[0].inserted and down
    with agency.desk(agency.a, "wang") as wang:
        (bundle,) = wang.export_bundles(agency.out)
        header = wang.inspect_bundle(bundle.path)
    new_log = header["counts"].pop("audit_entry")
    assert header["counts"] == {"files": 0}  # confirmed rows do not travel again
    assert 0 < new_log <= 4  # only the log entries written since (signing in, the last export)


def test_unconfirmed_rows_travel_again_until_the_hub_confirms(agency):
    """A lost bundle loses nothing: the next one carries everything since the last confirmation,
    and the hub names the bundle it never saw."""
    with agency.desk(agency.a, "wang") as wang:
        open_intake(wang, "张小明")
        (lost,) = wang.export_bundles(agency.out)
        lost.path.unlink()  # the USB stick went through the wash
        wang.create_client("王五")
        (second,) = wang.export_bundles(agency.out)
    with agency.desk(agency.hub, "li") as li:
        summary = li.import_bundle(second.path)
    assert summary.missing == [lost.sequence]
    assert summary.inserted["client"] == 2 and summary.inserted["form_record"] == 1


def test_a_case_transferred_to_another_worker_arrives_on_their_laptop(agency):
    with agency.desk(agency.a, "wang") as wang:
        case, _ = open_intake(wang, "张小明")
    exchange(agency, agency.a, "wang")
    with agency.desk(agency.hub, "li") as li:
        chen = next(a for a in li.accounts() if a.username == "chen")
        li.reassign("case", case.id, chen.id)
    exchange(agency, agency.b, "chen")
    with agency.desk(agency.b, "chen") as chen_desk:
        moved = chen_desk.case(case.id)
        assert moved.owner_id == chen.id
        records = chen_desk.records(case_id=case.id)
        assert [r.form_id for r in records] == ["intake"] and records[0].owner_id == chen.id
        client = chen_desk.client(moved.client_id)
        assert client.name == "张小明"
    exchange(agency, agency.a, "wang")
    with agency.desk(agency.a, "wang") as wang:
        with wang.session() as s:
            assert s.get(Case, case.id).owner_id == chen.id  # wang's laptop learns the case moved
        assert wang.records(case_id=case.id) == []  # and it leaves wang's view there
        with pytest.raises(AccessDenied):
            wang.case(case.id)


def test_a_form_changed_on_both_sides_keeps_both_versions_until_a_person_decides(agency):
    with agency.desk(agency.a, "wang") as wang:
        case, intake = open_intake(wang, "张小明")
    move_and_edit_on_both_laptops(agency, case, intake, "first_assessment", ("王的补充", "陈的补充"))
    up, _ = exchange(agency, agency.a, "wang")
    assert up[0].conflicts == 1
    with agency.desk(agency.hub, "li") as li:
        assert li.record(intake.id).content["first_assessment"] == "陈的补充"  # nothing overwritten
        (conflict,) = li.conflicts()
        assert conflict.tbl == "form_record" and conflict.incoming["content"]["first_assessment"] == "王的补充"
        assert conflict.base["content"]["first_assessment"] not in ("王的补充", "陈的补充")  # what both started from
        resolved = li.resolve_conflict(conflict.id, "incoming")
        assert resolved.resolution == "incoming" and li.conflicts() == []
        record = li.record(intake.id)
        assert record.content["first_assessment"] == "王的补充" and record.status == "draft"
        texts = [r.content.get("first_assessment") for r in li.revisions(intake.id)]
        assert "王的补充" in texts and "陈的补充" in texts  # both versions kept in the history
    # The settled version reaches chen, who owns the case now.
    exchange(agency, agency.b, "chen")
    with agency.desk(agency.b, "chen") as chen_desk:
        assert chen_desk.record(intake.id).content["first_assessment"] == "王的补充"


def test_a_replaced_laptop_is_restored_from_the_hub(agency):
    with agency.desk(agency.a, "wang") as wang:
        case, intake = open_intake(wang, "张小明")
        attachment_file = agency.root / "scan.png"
        attachment_file.write_bytes(b"\x89PNG scan of the signed consent")
        wang.add_attachment(attachment_file, record_id=intake.id)
    exchange(agency, agency.a, "wang")
    with agency.desk(agency.hub, "head") as head:
        head.revoke_device("王社工的笔记本")
        code = head.enrol_device("王社工的新笔记本", agency.root / "new.cdenrol", users=["wang"])
    from desktop.workspace.enrol import enrol

    enrol(agency.root / "dev-new", agency.root / "new.cdenrol", code)
    _, down = exchange(agency, agency.root / "dev-new", "wang")
    assert down[0].inserted["case_file"] == 1
    with agency.desk(agency.root / "dev-new", "wang") as wang:
        assert wang.case(case.id).status == "intake"
        (attachment,) = wang.attachments(record_id=intake.id)
        assert wang.read_attachment(attachment.sha256).startswith(b"\x89PNG")
    # The old laptop, found again, is refused.
    with agency.desk(agency.a, "wang") as wang:
        wang.create_client("找回后新建")
        (bundle,) = wang.export_bundles(agency.out)
    with agency.desk(agency.hub, "li") as li:
        before = fingerprint(agency.hub)
        with pytest.raises(CaseDeskError) as refused:
            li.import_bundle(bundle.path)
    assert refused.value.code == "B011" and fingerprint(agency.hub) == before


def test_the_hub_alone_sets_up_devices(agency):
    with agency.desk(agency.hub, "li") as li, pytest.raises(AccessDenied):
        li.enrol_device("x", agency.root / "x.cdenrol")
    with agency.desk(agency.a, "wang") as wang, pytest.raises(AccessDenied):
        wang.revoke_device("陈社工的笔记本")
    with agency.desk(agency.hub, "head") as head:
        with pytest.raises(CaseDeskError) as taken:
            head.enrol_device("王社工的笔记本", agency.root / "dup.cdenrol")
        assert taken.value.code == "B019"
        assert {d.name for d in head.devices()} == {"王社工的笔记本", "陈社工的笔记本"}
        assert all(d.first_bundle_in for d in head.devices())


def test_recovery_file_opens_with_its_passphrase_only(agency):
    from desktop.sync.keys import read_recovery_file

    name, keys = read_recovery_file(agency.root / "recovery.json", "agency-recovery-passphrase")
    assert name == "恒爱社工服务中心"
    assert keys.public.to_json() == raw_db.sync_keys(agency.hub, PASSWORD).public.to_json()
    with pytest.raises(CaseDeskError) as wrong:
        read_recovery_file(agency.root / "recovery.json", "not the passphrase")
    assert wrong.value.code == "B009"


def test_an_approval_of_content_the_worker_has_since_edited_does_not_overwrite_the_edit(agency):
    """The worker edits a submitted form before the hub's reply arrives: the edit stands (an edit after
    approval reopens a form), the approval arrives as history, and no conflict is raised."""
    with agency.desk(agency.a, "wang") as wang:
        case, intake = open_intake(wang, "张小明")
        (up,) = wang.export_bundles(agency.out)
    with agency.desk(agency.hub, "li") as li:
        li.import_bundle(up.path)
        li.decide(intake.id, "approve")
        (reply,) = li.export_bundles(agency.out)
    with agency.desk(agency.a, "wang") as wang:
        edited, _ = wang.save_record(intake.id, {**wang.record(intake.id).content, "first_assessment": "补充"})
        summary = wang.import_bundle(reply.path)
        assert summary.conflicts == 0
        record = wang.record(intake.id)
        assert record.status == "draft" and record.content["first_assessment"] == "补充"
        assert [d.outcome for d in wang.decisions(intake.id)] == ["approve"]
    exchange(agency, agency.a, "wang")
    with agency.desk(agency.hub, "li") as li:
        assert li.record(intake.id).status == "draft"
        assert li.record(intake.id).content["first_assessment"] == "补充"
        assert li.conflicts() == []


def test_the_recovery_file_goes_outside_the_workspace_and_never_over_another(agency, tmp_path):
    from desktop.workspace import create_workspace

    root = tmp_path / "new-hub"
    create_workspace(root, agency_name="新机构", station_name="站", username="head", display_name="主任",
                     password=PASSWORD, mode="hub", roles=["agency_head"])  # fmt: skip
    existing = tmp_path / "old-recovery.json"
    existing.write_text("an earlier hub's recovery copy", encoding="utf-8")
    with agency.desk(root, "head") as head:
        for path, code in ((root / "recovery.json", "B025"), (existing, "B026")):
            with pytest.raises(CaseDeskError) as refused:
                head.hub_init(path, "a long enough passphrase")
            assert refused.value.code == code
        assert not (root / "recovery.json").exists() and not (root / "sync-keys.json").exists()
        assert existing.read_text(encoding="utf-8") == "an earlier hub's recovery copy"
        head.hub_init(tmp_path / "recovery.json", "a long enough passphrase")
    assert (tmp_path / "recovery.json").exists() and (root / "sync-keys.json").exists()

"""A destruction at the hub reaches the laptops and never comes back: the destroyed items travel down and a
laptop deletes what they name (rows, revisions, attachment files); rows a laptop sends later for a destroyed
file are dropped at the hub and counted; audit chains cut at the hub are cut on the laptop too and still
verify on both sides (docs/sync.md, "Destroyed files")."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from desktop.models import AuditAnchor, AuditEntry, Case, DestroyedItem, FormRecord
from desktop.workspace.audit_ops import check_chain
from tests.sync.conftest import DAY, exchange, fill, open_intake

LONG_AGO = dt.date(2015, 3, 10)


def closed_long_ago(agency, case_id) -> None:
    with agency.desk(agency.hub, "head") as head, head.session() as s:
        case = s.get(Case, case_id)
        case.status, case.closed_on = "closed", LONG_AGO


def served_on_the_laptop(agency):
    """王社工 opens two cases on her laptop; the supervisor opens both at the hub; the laptop hears of it."""
    with agency.desk(agency.a, "wang") as wang:
        case, intake = open_intake(wang, "张小明")
        wang.attach_bytes(b"a scan kept only in the destroyed case", "扫描.jpg", record_id=intake.id)
        kept, kept_intake = open_intake(wang, "李小红")
    exchange(agency, agency.a, "wang")
    with agency.desk(agency.hub, "li") as li:
        li.decide(intake.id, "approve", opinion="同意开案")
        li.decide(kept_intake.id, "approve", opinion="同意开案")
    exchange(agency, agency.a, "wang")
    return case, intake, kept


def test_a_destroyed_case_leaves_the_laptop_with_its_files(agency):
    case, intake, kept = served_on_the_laptop(agency)
    with agency.desk(agency.a, "wang") as wang:
        (scan,) = [a for a in wang.attachments(record_id=intake.id)]
        path = wang.attachment_path(scan.sha256)
        code = wang.case(case.id).archive_code
        assert path.exists() and code
    closed_long_ago(agency, case.id)
    with agency.desk(agency.hub, "head") as head:
        head.destroy_due(DAY, "保存期限已满", agency.root / "list.pdf")
    _, down = exchange(agency, agency.a, "wang")
    # The case, its intake and the client (nothing else of theirs was left at the hub).
    assert down[0].inserted["destroyed_item"] == 3
    with agency.desk(agency.a, "wang") as wang, wang.session() as s:
        assert s.get(Case, case.id) is None and s.get(FormRecord, intake.id) is None
        assert s.get(Case, kept.id) is not None  # the other case is untouched
        assert s.scalar(select(func.count()).select_from(DestroyedItem)) == 3
        (entry,) = s.scalars(select(AuditEntry).where(AuditEntry.action == "destroy"))
        assert entry.kind == "sync" and code in entry.detail["archive_codes"]
    assert not path.exists()
    # The next round trip carries nothing of it either way.
    up, down = exchange(agency, agency.a, "wang")
    assert up[0].refused_destroyed == 0 and "case_file" not in up[0].inserted


def test_the_hub_refuses_a_destroyed_case_coming_back_from_a_laptop_that_had_not_heard(agency):
    case, intake, kept = served_on_the_laptop(agency)
    closed_long_ago(agency, case.id)
    with agency.desk(agency.hub, "head") as head:
        head.destroy_due(DAY, "保存期限已满", agency.root / "list.pdf")
    with agency.desk(agency.a, "wang") as wang:  # still offline: she adds a session and a comment to it
        session = fill(wang, "record", case_id=case.id)
        wang.comment(intake.id, "补充说明")
        fill(wang, "record", case_id=kept.id)
    up, _ = exchange(agency, agency.a, "wang")
    assert up[0].refused_destroyed == 3  # the new session record, its revision and the comment
    assert up[0].inserted.get("form_record") == 1  # the session of the case that was kept
    with agency.desk(agency.hub, "head") as head, head.session() as s:
        assert s.get(Case, case.id) is None and s.get(FormRecord, session.id) is None
        assert s.scalar(select(func.count()).where(FormRecord.case_id == case.id)) == 0
        assert all(c.ok for c in head.verify_audit())
    with agency.desk(agency.a, "wang") as wang, wang.session() as s:  # the reply took it off the laptop too
        assert s.get(Case, case.id) is None and s.get(FormRecord, session.id) is None


def test_audit_entries_cut_at_the_hub_are_cut_on_the_laptop_and_both_chains_verify(agency):
    served_on_the_laptop(agency)
    device = agency.a
    from tests.sync.conftest import open_desk_info

    laptop = open_desk_info(device)
    later = DAY + dt.timedelta(days=365 * 11)
    with agency.desk(agency.hub, "head") as head:
        keys = [d.key for d in head.retention_due(later) if d.key == f"audit:{laptop}"]
        assert keys
        head.destroy_due(later, "日志保存期限已满", agency.root / "list.pdf", keys=keys)
        with head.session() as s:
            anchor = s.scalars(select(AuditAnchor).where(AuditAnchor.workspace == laptop)).one()
        assert all(c.ok for c in head.verify_audit())
    up, down = exchange(agency, device, "wang")
    with agency.desk(device, "wang") as wang, wang.session() as s:
        first = s.scalar(select(func.min(AuditEntry.seq)).where(AuditEntry.workspace == laptop))
        assert first == anchor.seq + 1
        assert check_chain(s, laptop).ok
    # The laptop's next bundle still verifies at the hub (B028 would refuse it).
    up, _ = exchange(agency, device, "wang")
    with agency.desk(agency.hub, "head") as head:
        assert all(c.ok for c in head.verify_audit())

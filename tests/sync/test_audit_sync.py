"""A device's audit log travels to the hub with its signed head; the hub checks the chain and refuses
a bundle whose log was changed on the laptop."""

from __future__ import annotations

from tests import raw_db
from tests.sync.conftest import PASSWORD, exchange, open_intake
from tests.sync.test_bad_bundles import refused


def test_the_hub_holds_and_verifies_each_devices_log(agency):
    with agency.desk(agency.a, "wang") as wang:
        case, intake = open_intake(wang, "张小明")
        device = wang.info.workspace_id
    exchange(agency, agency.a, "wang")
    with agency.desk(agency.hub, "head") as head:
        chains = {c.workspace: c for c in head.verify_audit()}
        assert chains[device].ok and chains[device].entries >= 5
        actions = [(e.action, e.target) for e in head.audit_entries(workspace=device)]
        assert ("submit", str(intake.id)) in actions and ("create", str(case.id)) in actions
    with agency.desk(agency.a, "wang") as wang:
        assert all(e.workspace == device for e in wang.audit_entries())  # the hub's log stays at the hub


def tamper(root, statement: str) -> None:
    db = raw_db.connect(root, PASSWORD)
    db.execute("DROP TRIGGER IF EXISTS audit_entry_sealed")
    db.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    db.execute(statement)
    db.commit()
    db.close()


def test_a_log_changed_on_the_laptop_refuses_its_bundle(agency):
    with agency.desk(agency.a, "wang") as wang:
        case, intake = open_intake(wang, "张小明")
        submitted = next(e for e in wang.audit_entries() if e.action == "submit")
    tamper(agency.a, f"UPDATE audit_entry SET action = 'edit' WHERE seq = {submitted.seq} AND action = 'submit'")
    with agency.desk(agency.a, "wang") as wang:
        (bundle,) = wang.export_bundles(agency.out)
    err = refused(agency, bundle.path, "B028")
    assert str(submitted.seq) in err.message("en")


def test_a_log_entry_removed_on_the_laptop_refuses_its_bundle(agency):
    with agency.desk(agency.a, "wang") as wang:
        open_intake(wang, "张小明")
        created = [e for e in wang.audit_entries() if e.action == "create"][-1]
    tamper(agency.a, f"DELETE FROM audit_entry WHERE seq = {created.seq} AND action = 'create'")
    with agency.desk(agency.a, "wang") as wang:
        (bundle,) = wang.export_bundles(agency.out)
    refused(agency, bundle.path, "B028")


def test_history_rewritten_after_it_reached_the_hub_is_refused(agency):
    with agency.desk(agency.a, "wang") as wang:
        open_intake(wang, "张小明")
    exchange(agency, agency.a, "wang")
    tamper(agency.a, 'UPDATE audit_entry SET detail = \'{"note": "never happened"}\' WHERE seq = 2')
    with agency.desk(agency.a, "wang") as wang:
        (bundle,) = wang.export_bundles(agency.out)
    refused(agency, bundle.path, "B028")

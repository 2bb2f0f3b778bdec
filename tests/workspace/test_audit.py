"""The audit log: what is recorded, who may read it, and that any change to it is caught."""

from __future__ import annotations

import json

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from desktop.demo import complete_required
from desktop.errors import AccessDenied
from desktop.workflow.audit_chain import entry_hash, first_break
from tests import raw_db
from tests.conftest import PASSWORDS


@pytest.fixture
def worked(team, tmp_path):
    """Wang signs in, registers a client, opens a case, fills and submits an intake, prints it;
    the supervisor approves it."""
    with team.desk("wang") as wang:
        client = wang.create_client("张小明")
        case = wang.create_case(client.id, team.project_id, "counselling", "youth")
        record = wang.new_record("intake", case_id=case.id)
        record, _ = wang.save_record(record.id, complete_required(wang, record, {"intake_date": "2026-11-02"}))
        wang.submit_record(record.id)
        wang.print_record(record.id, tmp_path / "intake.pdf")
    with team.desk("sup") as sup:
        sup.decide(record.id, "approve")
    return client, case, record


def test_every_step_is_logged_with_who_and_what(team, worked):
    client, case, record = worked
    with team.desk("head") as head:
        accounts = {a.id: a.username for a in head.accounts()}
        entries = list(reversed(head.audit_entries()))
    steps = [(accounts.get(e.account_id), e.action, e.target) for e in entries]
    wang_steps = [(action, target) for who, action, target in steps if who == "wang"]
    assert wang_steps == [
        ("login", None),
        ("create", str(client.id)),
        ("create", str(case.id)),
        ("create", str(record.id)),
        ("edit", str(record.id)),
        ("submit", str(record.id)),
        ("print", str(record.id)),
    ]
    assert ("sup", "decide", str(record.id)) in steps
    decided = next(e for e in entries if e.action == "decide")
    assert decided.detail["outcome"] == "approve" and decided.kind == "intake"


def test_the_chain_holds_and_any_change_to_the_file_is_caught(team, worked):
    with team.desk("head") as head:
        (chain,) = head.verify_audit()
        assert chain.ok and chain.entries >= 9
    db = raw_db.connect(team.root, PASSWORDS["head"])
    # The table refuses changes through SQL...
    for statement in ("UPDATE audit_entry SET action = 'login' WHERE seq = 3", "DELETE FROM audit_entry WHERE seq = 3"):
        with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
            db.execute(statement)
    # ...and someone who removes the guard and edits the file is still caught, at the entry changed.
    db.execute("DROP TRIGGER audit_entry_sealed")
    db.execute("UPDATE audit_entry SET detail = '{\"outcome\": \"return\"}' WHERE action = 'decide'")
    db.commit()
    changed = db.execute("SELECT seq FROM audit_entry WHERE action = 'decide'").fetchone()[0]
    db.close()
    with team.desk("head") as head:
        (chain,) = head.verify_audit()
    assert chain.broken_at == changed


def test_a_removed_entry_is_caught(team, worked):
    db = raw_db.connect(team.root, PASSWORDS["head"])
    db.execute("DROP TRIGGER audit_entry_no_delete")
    db.execute("DELETE FROM audit_entry WHERE seq = 4")
    db.commit()
    db.close()
    with team.desk("head") as head:
        (chain,) = head.verify_audit()
    assert chain.broken_at == 4


def test_workers_read_their_own_entries_and_only_the_agency_verifies(team, worked):
    with team.desk("wang") as wang:
        mine = wang.audit_entries()
        assert mine and {e.account_id for e in mine} == {wang.account.id}
        with pytest.raises(AccessDenied):
            wang.verify_audit()


def test_the_chain_function_names_the_first_entry_that_does_not_follow():
    entries, prev = [], None
    for seq in (1, 2, 3):
        entry = {"workspace": "w", "seq": seq, "at": f"2026-11-0{seq} 09:00:00.000000", "account_id": None,
                 "action": "login", "kind": None, "target": None, "detail": {}}  # fmt: skip
        entry["prev_hash"], entry["hash"] = prev, entry_hash(prev, entry)
        prev = entry["hash"]
        entries.append(entry)
    assert first_break(entries) is None
    assert first_break([entries[0], entries[2]]) == 2  # a gap
    forged = {**entries[1], "action": "print"}
    assert first_break([entries[0], forged, entries[2]]) == 2  # a changed entry
    rehashed = {**forged, "hash": entry_hash(forged["prev_hash"], forged)}
    assert first_break([entries[0], rehashed, entries[2]]) == 3  # re-sealed: the next link breaks


def test_the_command_line_lists_and_verifies(team, worked):
    from tests.test_cli import cli

    env = {"CASEDESK_PASSWORD": "head-pass-1"}
    listed = cli("--data-dir", str(team.root), "--user", "head", "audit", "list", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    assert {"login", "submit", "decide", "print"} <= {row["action"] for row in json.loads(listed.stdout)}
    verified = cli("--data-dir", str(team.root), "--user", "head", "audit", "verify", env=env)
    assert verified.returncode == 0 and "intact" in verified.stdout
    db = raw_db.connect(team.root, PASSWORDS["head"])
    db.execute("DROP TRIGGER audit_entry_sealed")
    db.execute("UPDATE audit_entry SET action = 'print' WHERE action = 'decide'")
    db.commit()
    db.close()
    broken = cli("--data-dir", str(team.root), "--user", "head", "audit", "verify", env=env)
    assert broken.returncode == 1 and "broken at entry" in broken.stdout

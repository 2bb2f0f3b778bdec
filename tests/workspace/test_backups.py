"""Backups: taken at sign-in once a day and rotated, restored on request, and a damaged database
refused at start-up with the backup to restore."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import WorkspaceError
from desktop.workspace import backups
from desktop.workspace.layout import Layout
from tests import raw_db
from tests.conftest import PASSWORDS
from tests.test_cli import cli


def test_sign_in_takes_a_backup_once_a_day_and_rotation_keeps_the_newest(team):
    layout = Layout(team.root)
    with team.desk("wang"):
        pass
    first = backups.backups(layout)
    assert len(first) == 1
    with team.desk("wang"):
        pass
    assert backups.backups(layout) == first  # not due again yet
    start = dt.datetime.now() + dt.timedelta(days=1)  # after the sign-in backup
    for day in range(9):
        backups.make_backup(
            layout, raw_db.key_for(team.root, PASSWORDS["head"]), keep=7, now=start + dt.timedelta(days=day)
        )
    kept = backups.backups(layout)
    assert len(kept) == 7 and kept[0].made == start + dt.timedelta(days=8)
    assert not list(layout.backups.glob("*.part"))


def test_a_backup_holds_the_data_and_restores_it(team):
    layout = Layout(team.root)
    with team.desk("wang") as wang:
        kept = wang.create_client("备份前的对象")
    made = backups.make_backup(layout, raw_db.key_for(team.root, PASSWORDS["head"]), keep=7)
    with team.desk("wang") as wang:
        wang.create_client("备份后的对象")
    backups.restore(layout, raw_db.key_for(team.root, PASSWORDS["head"]), made.name)
    with team.desk("wang") as wang:
        names = {c.name for c in wang.clients()}
    assert kept.name in names and "备份后的对象" not in names
    assert list(layout.backups.glob("damaged-*.db"))  # the file replaced is kept aside, not deleted


def test_a_damaged_database_is_refused_at_start_with_the_backup_to_restore(team):
    layout = Layout(team.root)
    made = backups.make_backup(layout, raw_db.key_for(team.root, PASSWORDS["head"]), keep=7)
    with open(layout.database, "r+b") as handle:  # a disk error in the middle of the file
        handle.seek(4096 * 3)
        handle.write(b"\xff" * 4096 * 4)
    for suffix in ("-wal", "-shm"):
        (team.root / f"casedesk.db{suffix}").unlink(missing_ok=True)
    with pytest.raises(WorkspaceError) as damaged:
        team.desk("wang")
    assert damaged.value.code == "W008" and made.name in damaged.value.message("en")
    restored = cli(
        "--data-dir", str(team.root), "--user", "head", "backup", "restore", made.name,
        env={"CASEDESK_PASSWORD": PASSWORDS["head"]},
    )  # fmt: skip
    assert restored.returncode == 0, restored.stderr
    with team.desk("wang") as wang:
        assert wang.clients() is not None
    with raw_db.connect(team.root, PASSWORDS["head"]) as db:
        assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    db.close()


def test_without_a_backup_the_message_says_where_to_turn(team):
    layout = Layout(team.root)
    for old in backups.backups(layout):
        old.path.unlink()
    layout.database.write_bytes(b"not a database at all" * 100)
    for suffix in ("-wal", "-shm"):
        (team.root / f"casedesk.db{suffix}").unlink(missing_ok=True)
    with pytest.raises(WorkspaceError) as damaged:
        team.desk("wang")
    assert damaged.value.code == "W010"


def damage(layout: Layout) -> None:
    """A disk error in the middle of the file."""
    with open(layout.database, "r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xff" * 4096 * 4)


def test_a_large_file_left_as_closed_is_checked_after_signing_in_and_damage_is_still_found(team, monkeypatch):
    monkeypatch.setattr(backups, "CHECK_AT_OPEN_BYTES", 0)  # the team's file counts as large
    layout = Layout(team.root)
    team.desk("wang").close()  # a clean close notes the file as left
    assert layout.closed_marker.exists()
    desk = team.desk("wang")
    assert desk.store_status.check_deferred and not layout.closed_marker.exists()  # open: no marker until closed
    desk.check_file()  # the deferred check: an intact file passes
    desk.close()
    backups.make_backup(layout, raw_db.key_for(team.root, PASSWORDS["head"]), keep=7)
    damage(layout)  # changed from outside CaseDesk since its close: checked before signing in
    with pytest.raises(WorkspaceError) as damaged:
        team.desk("wang")
    assert damaged.value.code == "W008"


def test_after_a_crash_a_large_file_is_checked_before_signing_in(team, monkeypatch):
    monkeypatch.setattr(backups, "CHECK_AT_OPEN_BYTES", 0)
    layout = Layout(team.root)
    team.desk("wang")  # never closed, as after a crash or a power cut
    assert not layout.closed_marker.exists()
    desk = team.desk("wang")
    assert not desk.store_status.check_deferred
    desk.close()


def test_the_deferred_check_reports_a_damaged_file_with_the_backup_to_restore(team, monkeypatch):
    monkeypatch.setattr(backups, "CHECK_AT_OPEN_BYTES", 0)
    layout = Layout(team.root)
    made = backups.make_backup(layout, raw_db.key_for(team.root, PASSWORDS["head"]), keep=7)
    team.desk("wang").close()
    desk = team.desk("wang")
    assert desk.store_status.check_deferred
    desk.engine.dispose()
    for suffix in ("-wal", "-shm"):
        (team.root / f"casedesk.db{suffix}").unlink(missing_ok=True)
    damage(layout)
    with pytest.raises(WorkspaceError) as damaged:
        desk.check_file()
    assert damaged.value.code == "W008" and made.name in damaged.value.message("en")


def test_a_small_file_is_checked_at_every_sign_in(team):
    layout = Layout(team.root)
    team.desk("wang").close()
    assert layout.closed_marker.exists()
    assert backups.check_at_open(layout)  # a few megabytes: checked whole, marker or not

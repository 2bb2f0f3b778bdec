"""Creating and opening workspaces, and the bad input each step meets."""

from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
import warnings
from pathlib import Path

import pytest

from desktop.errors import AccessDenied, CaseDeskError, WorkspaceError
from desktop.workspace import Layout, create_workspace, open_desk
from desktop.workspace.store import backup_database, head_revision
from tests import raw_db


def make(root: Path, **extra) -> None:
    create_workspace(
        root,
        agency_name="恒爱社工",
        station_name="东城站",
        username="admin",
        display_name="管理员",
        password="admin-pass-1",
        **extra,
    )


def test_a_workspace_under_a_non_ascii_path(tmp_path: Path):
    root = tmp_path / "张三" / "个案 工作区"
    make(root)
    with open_desk(root, "admin", "admin-pass-1") as desk:
        assert desk.agency().name == "恒爱社工"
        assert [s.name for s in desk.stations()] == ["东城站"]
        client = desk.create_client("𠮷䶮㛃")  # rare characters survive the round trip
        assert desk.clients("䶮")[0].id == client.id
    info = Layout(root).read_info()
    assert info.mode == "standalone" and info.agency_name == "恒爱社工"
    with raw_db.connect(root, "admin-pass-1") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_modes_are_kept(tmp_path: Path):
    make(tmp_path / "hub", mode="hub")
    assert Layout(tmp_path / "hub").read_info().mode == "hub"
    with pytest.raises(CaseDeskError):
        make(tmp_path / "odd", mode="cloud")


def test_wrong_password_and_unknown_user_say_the_same(tmp_path: Path):
    make(tmp_path / "ws")
    with pytest.raises(AccessDenied) as wrong:
        open_desk(tmp_path / "ws", "admin", "not-the-password")
    with pytest.raises(AccessDenied) as unknown:
        open_desk(tmp_path / "ws", "nobody", "admin-pass-1")
    assert wrong.value.code == unknown.value.code == "A001"


def test_a_folder_that_is_not_a_workspace(tmp_path: Path):
    (tmp_path / "photos").mkdir()
    with pytest.raises(WorkspaceError) as caught:
        open_desk(tmp_path / "photos", "admin", "admin-pass-1")
    assert caught.value.code == "W001" and "photos" in caught.value.message("zh")


def test_creating_over_a_workspace_or_a_full_folder_is_refused(tmp_path: Path):
    make(tmp_path / "ws")
    with pytest.raises(WorkspaceError) as caught:
        make(tmp_path / "ws")
    assert caught.value.code == "W002"
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("别动我", encoding="utf-8")
    with pytest.raises(WorkspaceError):
        make(tmp_path / "full")
    assert (tmp_path / "full" / "notes.txt").read_text(encoding="utf-8") == "别动我"


def test_a_short_password_leaves_nothing_behind(tmp_path: Path):
    with pytest.raises(CaseDeskError) as caught:
        create_workspace(
            tmp_path / "ws", agency_name="a", station_name="b", username="u", display_name="u", password="short"
        )
    assert caught.value.code == "A006"
    assert not (tmp_path / "ws" / "casedesk.db").exists() and not Layout(tmp_path / "ws").exists()


def test_a_read_only_folder(tmp_path: Path):
    # A folder nothing can be made in, for root too: its parent is a regular file (root writes past modes).
    (tmp_path / "a-file").write_bytes(b"")
    with pytest.raises(WorkspaceError) as caught:
        make(tmp_path / "a-file" / "ro")
    assert caught.value.code == "W003"
    # A folder its owner may read but not write (0500). Root writes past modes: as root the workspace is made
    # by a forked process that has given root up for an account of no privilege, the folder its own.
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    parent = Path(tempfile.mkdtemp()) if as_root else tmp_path  # the test folders are root's alone (0700)
    root = parent / "ro"
    root.mkdir()
    if as_root:
        parent.chmod(0o755)
        os.chown(root, NOBODY, NOBODY)
    root.chmod(0o500)
    try:
        assert (_made_as_nobody(root) if as_root else _made(root)) == f"W003 errno {errno.EACCES}"
    finally:
        root.chmod(0o700)
        if as_root:
            shutil.rmtree(parent)


NOBODY = 65534  # the unprivileged account of Linux systems


def _made(root: Path) -> str:
    """The code of the error making a workspace at ``root`` meets, and the system's errno behind it."""
    try:
        make(root)
    except CaseDeskError as exc:
        return f"{exc.code} errno {getattr(exc.__cause__, 'errno', None)}"
    return "made"


def _made_as_nobody(root: Path) -> str:
    """``_made`` in a forked process that has become the unprivileged account (uid and gid ``NOBODY``)."""
    reading, writing = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the child only makes a folder's files, then exits
        pid = os.fork()
    if pid == 0:  # the child: never back into pytest
        code = 1
        try:
            os.close(reading)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            os.write(writing, _made(root).encode())
            code = 0
        except BaseException as exc:
            os.write(writing, f"error: {exc!r}".encode())
        finally:
            os._exit(code)
    os.close(writing)
    with os.fdopen(reading, "rb") as pipe:
        told = pipe.read().decode()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, told
    return told


def test_a_read_only_workspace_is_refused_with_its_reason(tmp_path: Path, monkeypatch):
    make(tmp_path / "ws")
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK)
    with pytest.raises(WorkspaceError) as caught:
        open_desk(tmp_path / "ws", "admin", "admin-pass-1")
    assert caught.value.code == "W003"


def test_a_workspace_from_a_newer_version(tmp_path: Path):
    make(tmp_path / "ws")
    info_file = tmp_path / "ws" / "workspace.json"
    info = json.loads(info_file.read_text(encoding="utf-8"))
    info_file.write_text(json.dumps({**info, "format_version": 99}), encoding="utf-8")
    with pytest.raises(WorkspaceError) as caught:
        open_desk(tmp_path / "ws", "admin", "admin-pass-1")
    assert caught.value.code == "W004"
    info_file.write_text(json.dumps(info), encoding="utf-8")
    with raw_db.connect(tmp_path / "ws", "admin-pass-1") as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(WorkspaceError) as caught:
        open_desk(tmp_path / "ws", "admin", "admin-pass-1")
    assert caught.value.code == "W004" and "9999" in caught.value.message("en")


def test_damaged_description_file(tmp_path: Path):
    make(tmp_path / "ws")
    (tmp_path / "ws" / "workspace.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(WorkspaceError) as caught:
        open_desk(tmp_path / "ws", "admin", "admin-pass-1")
    assert caught.value.code == "W005"


def test_an_interrupted_upgrade_is_restored_from_its_backup(tmp_path: Path):
    root = tmp_path / "ws"
    make(root)
    with open_desk(root, "admin", "admin-pass-1") as desk:
        desk.create_client("升级前的服务对象")
    layout = Layout(root)
    backup = backup_database(
        layout.database, layout.backups / "pre-upgrade-test.db", raw_db.key_for(root, "admin-pass-1")
    )
    # The upgrade died half-way: the database is damaged and the marker is still there.
    with raw_db.connect(root, "admin-pass-1") as db:
        db.execute("DROP TABLE client")
    layout.migration_marker.write_text(
        json.dumps({"backup": str(backup), "from": "0001", "to": head_revision()}), encoding="utf-8"
    )
    with open_desk(root, "admin", "admin-pass-1") as desk:
        assert [c.name for c in desk.clients()] == ["升级前的服务对象"]
        assert desk.store_status.notices and "备份" in desk.store_status.notices[0]
    assert not layout.migration_marker.exists()

"""The agency hub on a PostgreSQL server (docs/hub.md), against a real server this run starts on loopback
(tests/pg_server.py): made on an empty database, its server password kept sealed, refused on a busy or
unreachable server, and the demo hub moved from its SQLite file with every table's count and digest equal,
the same indicators computed on both, and its attachments still readable."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import psycopg
import pytest

from desktop.errors import AccessDenied, CaseDeskError, WorkspaceError
from desktop.models.engine import cipher_connect, make_engine
from desktop.security.crypto import is_encrypted
from desktop.workspace import create_workspace, open_desk
from desktop.workspace import move as move_module
from desktop.workspace.layout import Layout
from desktop.workspace.move import move_to_server, table_digests
from desktop.workspace.server import ServerSettings, server_file
from tests import pg_server, raw_db
from tests.conftest import copy_demo
from tests.test_cli import cli

HEAD = ("zhou", "casedesk-zhou")  # the demo's agency head
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def settings(pg, database: str | None = None) -> ServerSettings:
    return ServerSettings("127.0.0.1", database or pg.create_database(), pg_server.ROLE, pg.port)


def tables_in(pg, database: str) -> list[str]:
    with psycopg.connect(pg.dsn(database)) as conn:
        rows = conn.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
        return [r[0] for r in rows]


def test_a_hub_made_on_the_server_keeps_its_password_sealed_and_its_files_there(pg, tmp_path: Path):
    where = settings(pg)
    root = tmp_path / "hub"
    create_workspace(root, agency_name="恒爱", station_name="东城", username="head", display_name="周主任",
                     password="head-pass-1", mode="hub", server=where, server_password=pg_server.PASSWORD)  # fmt: skip
    assert not Layout(root).database.exists()  # the records are on the server, not in the folder
    kept = server_file(root).read_text(encoding="utf-8")
    assert pg_server.PASSWORD not in kept and json.loads(kept)["database"] == where.database
    with pytest.raises(CaseDeskError) as wrong:
        open_desk(root, "head", "not-the-password")
    assert wrong.value.code == "A001"
    with open_desk(root, "head", "head-pass-1") as head:
        assert head.engine.dialect.name == "postgresql"
        client = head.create_client("张三")
        attachment = head.attach_bytes(b"%PDF-1.4 scanned consent", "同意书.pdf", client_id=client.id)
        assert head.read_attachment(attachment.sha256) == b"%PDF-1.4 scanned consent"
    assert not Layout(root).attachments.exists() or not any(Layout(root).attachments.rglob("*"))
    with psycopg.connect(pg.dsn(where.database)) as conn:  # on the server the file is encrypted by the app
        (stored,) = conn.execute("SELECT data FROM attachment_file").fetchone()
    assert is_encrypted(bytes(stored)) and b"scanned consent" not in bytes(stored)
    # the audit log is append-only on the server too
    with psycopg.connect(pg.dsn(where.database)) as conn, pytest.raises(psycopg.errors.RaiseException):
        conn.execute("DELETE FROM audit_entry")


def test_a_busy_or_unreachable_server_is_refused_and_nothing_is_left(pg, tmp_path: Path):
    where = settings(pg)
    create_workspace(tmp_path / "first", agency_name="恒爱", station_name="东城", username="head",
                     display_name="周主任", password="head-pass-1", mode="hub", server=where,
                     server_password=pg_server.PASSWORD)  # fmt: skip
    for server, code in ((where, "W013"), (ServerSettings("127.0.0.1", "nowhere", "nobody", pg.port + 1), "W012")):
        second = tmp_path / code
        with pytest.raises(WorkspaceError) as refused:
            create_workspace(second, agency_name="恒爱", station_name="东城", username="head", display_name="周",
                             password="head-pass-1", mode="hub", server=server,
                             server_password=pg_server.PASSWORD)  # fmt: skip
        assert refused.value.code == code
        assert not second.exists() or not any(second.iterdir())
    assert "attachment_file" in tables_in(pg, where.database)  # the first hub's database untouched


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_template: Path) -> Path:
    return copy_demo(demo_template, tmp_path_factory.mktemp("demo") / "demo")


def file_digests(root: Path) -> dict[str, tuple[int, str]]:
    engine = make_engine(cipher_connect(Layout(root).database, raw_db.key_for(root, HEAD[1])))
    try:
        return table_digests(engine)
    finally:
        engine.dispose()


def figures(root: Path) -> dict[str, tuple[float | None, float | None]]:
    with open_desk(root, *HEAD) as desk:
        return {p.figure.indicator.id: (p.figure.numerator, p.figure.denominator) for p in desk.indicators(*YEAR)}


def test_the_demo_hub_moves_onto_the_server_with_counts_and_digests_equal(pg, demo: Path, tmp_path: Path):
    root, reference = tmp_path / "hub", tmp_path / "reference"
    shutil.copytree(demo, root)
    where = settings(pg)
    moved = move_to_server(root, *HEAD, where, pg_server.PASSWORD)
    shutil.copytree(demo, reference)
    shutil.copy2(moved.kept, Layout(reference).database)  # the file as it was when it moved
    before = file_digests(reference)
    after = table_digests(raw_db.server_engine(root, HEAD[1]))
    assert moved.rows == {name: count for name, (count, _) in before.items()}
    assert moved.rows["form_record"] > 30 and moved.rows["client"] > 5  # the demo's work, not an empty hub
    signed_in = {"audit_entry"}  # signing in after the move (and the move itself) is logged on the server
    assert {k: v for k, v in after.items() if k not in signed_in} == {
        k: v for k, v in before.items() if k not in signed_in
    }
    assert after["audit_entry"][0] == before["audit_entry"][0] + 2
    assert not Layout(root).database.exists() and moved.kept.exists()
    with open_desk(root, *HEAD) as desk:
        assert desk.engine.dialect.name == "postgresql"
        assert [e.action for e in desk.audit_entries(limit=3)][:2] == ["login", "move_to_server"]
        for attachment in desk.attachments():
            assert desk.read_attachment(attachment.sha256)  # every file came along, still encrypted
        on_server = desk.quality_checks(*YEAR)
    with open_desk(reference, *HEAD) as desk:
        in_file = desk.quality_checks(*YEAR)
    assert figures(root) == figures(reference)  # the same indicator queries on both engines
    assert [(i.check, i.id) for i in on_server] == [(i.check, i.id) for i in in_file]


def test_a_move_that_does_not_check_out_leaves_the_folder_and_empties_the_server(pg, demo, tmp_path, monkeypatch):
    root = tmp_path / "hub"
    shutil.copytree(demo, root)
    where = settings(pg)
    real = move_module._table_digest

    def lose_a_client(connection, table):  # the server's copy reads back short
        found = real(connection, table)
        return (found[0] - 1, "") if connection.dialect.name == "postgresql" and table.name == "client" else found

    monkeypatch.setattr(move_module, "_table_digest", lose_a_client)
    with pytest.raises(WorkspaceError) as refused:
        move_to_server(root, *HEAD, where, pg_server.PASSWORD)
    assert refused.value.code == "W014" and "client" in str(refused.value)
    assert Layout(root).database.exists() and not server_file(root).exists()
    assert tables_in(pg, where.database) == []
    with open_desk(root, *HEAD) as desk:
        assert desk.engine.dialect.name == "sqlite"
    with pytest.raises(AccessDenied):
        move_to_server(root, "wang", "casedesk-wang", where, pg_server.PASSWORD)  # the agency head's to do


def test_the_command_line_makes_a_hub_on_the_server_and_moves_one_there(pg, demo: Path, tmp_path: Path):
    where = settings(pg)
    env = {"CASEDESK_DATA_DIR": str(tmp_path / "made"), "CASEDESK_PASSWORD": "head-pass-1",
           "CASEDESK_SERVER_PASSWORD": pg_server.PASSWORD}  # fmt: skip
    made = cli("server", "create", "--host", "127.0.0.1", "--port", str(pg.port), "--database", where.database,
               "--server-user", pg_server.ROLE, "--username", "head", "--json", env=env)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["server"] == where.describe() and "recovery_key" in made.stdout
    shown = cli("server", "show", "--json", env=env)
    assert json.loads(shown.stdout) == {"server": where.describe(), "kept_in": "server"}
    backup = cli("backup", "now", env={**env, "CASEDESK_USER": "head"})  # the server's to back up
    assert backup.returncode == 1 and "pg_dump" in backup.stderr
    root = tmp_path / "moving"
    shutil.copytree(demo, root)
    target = settings(pg)
    env = {"CASEDESK_DATA_DIR": str(root), "CASEDESK_USER": HEAD[0], "CASEDESK_PASSWORD": HEAD[1],
           "CASEDESK_SERVER_PASSWORD": pg_server.PASSWORD}  # fmt: skip
    args = ["server", "move", "--host", "127.0.0.1", "--port", str(pg.port), "--database", target.database,
            "--server-user", pg_server.ROLE, "--json"]  # fmt: skip
    moved = cli(*args, env=env)
    assert moved.returncode == 0, moved.stderr
    assert json.loads(moved.stdout)["rows"] > 500
    again = cli(*args, env=env)  # the folder is on the server now: nothing more to move
    assert again.returncode == 1 and "无需迁移" in again.stderr

"""Every released schema's fixture workspace opens and upgrades to the current head, keeping its data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.workflow.record_states import content_hash
from desktop.workspace import open_desk
from desktop.workspace.store import alembic_config, head_revision, known_revisions

FIXTURES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "workspaces").glob("schema-*"))


def test_there_is_a_fixture_for_the_current_schema():
    assert f"schema-{head_revision()}" in [f.name for f in FIXTURES], (
        "a schema change needs its fixture: python -m tests.fixtures.make_schema_fixture"
    )


def test_the_revisions_read_without_alembic_are_alembics():
    """Opening an up-to-date store reads the scripts' revision lines instead of loading Alembic."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    revisions, head = known_revisions()
    assert revisions == {r.revision for r in script.walk_revisions()} and len(revisions) >= 18
    assert [head] == list(script.get_heads())


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_fixture_upgrades_and_keeps_everything(fixture: Path, tmp_path: Path):
    manifest = json.loads((fixture / "manifest.json").read_text(encoding="utf-8"))
    root = tmp_path / "升级"
    shutil.copytree(fixture, root)
    username, password = manifest["login"]
    with open_desk(root, username, password) as desk:
        assert desk.store_status.to_revision == head_revision()
        if manifest["revision"] != head_revision():
            assert desk.store_status.backup is not None and desk.store_status.backup.exists()
        counts = desk.counts()
        assert counts == manifest["counts"]
        for record in desk.records():
            form = desk.registry.get(record.form_id)
            # Content still hashes to what decisions were bound to.
            assert content_hash(form.id, record.form_version, record.content, form.carried_ids) == record.content_hash
            assert desk.validate_record(record.id) is not None  # opens against today's definition
            if record.status == "approved":
                assert record.approvals >= len(form.approval)  # approvals given before still hold
        # Each demo project was at one station (project.station_id before 0020) and still covers it.
        stations = {s.id for s in desk.stations()}
        assert all(len(p.stations) == 1 and set(p.stations) <= stations for p in desk.projects())


def test_the_migrations_build_exactly_the_models(tmp_path: Path):
    """A model change without its migration would pass every other test on a new workspace and break
    every existing one: compare the migrated schema with the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from desktop.models import Base
    from desktop.models.engine import make_engine, plain_connect
    from tests.empty_store import real_upgrade as upgrade  # the migrations themselves, never their replay

    engine = make_engine(plain_connect(tmp_path / "fresh.db"))
    upgrade(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []


def test_the_suites_new_workspaces_hold_what_the_migrations_make(tmp_path: Path):
    """The suite's new workspaces get the migrations' result replayed (tests/empty_store.py): the same tables,
    indexes, triggers and rows as the migrations make on an empty database, the seeded rows with ids and times
    of their own as the migrations give them. (Alembic's table rebuilds list a table's constraints in no fixed
    order, so a table is compared line by line, and the ids and times of seeded rows are new in each run.)"""
    from desktop.models.engine import make_engine, plain_connect
    from desktop.workspace import store
    from tests import empty_store

    def migrated(path: Path, upgrade) -> tuple[set, dict, dict]:
        engine = make_engine(plain_connect(path))
        upgrade(engine)
        with engine.connect() as connection:
            schema = {
                (kind, name, tuple(sorted(line.strip("\t ,") for line in sql.splitlines())) if kind == "table" else sql)
                for kind, name, sql in connection.exec_driver_sql("SELECT type, name, sql FROM sqlite_master")
            }
            rows, fresh = {}, {}
            for kind, name, _ in schema:
                if kind != "table":
                    continue
                table = connection.exec_driver_sql(f'SELECT * FROM "{name}"')
                columns = list(table.keys())
                kept = [i for i, c in enumerate(columns) if c not in empty_store.FRESH]
                values = table.fetchall()
                rows[name] = sorted((tuple(v[i] for i in kept) for v in values), key=repr)
                fresh[name] = {c: {v[columns.index(c)] for v in values} for c in empty_store.FRESH if c in columns}
        engine.dispose()
        return schema, rows, fresh

    assert store.upgrade is empty_store.upgrade
    real = migrated(tmp_path / "real.db", empty_store.real_upgrade)
    first = migrated(tmp_path / "first.db", store.upgrade)  # the process's first empty database, if none before
    replayed = migrated(tmp_path / "replayed.db", store.upgrade)
    assert empty_store._migrated and replayed[:2] == real[:2] == first[:2]
    assert len(real[0]) > 40 and real[1]["alembic_version"] == [(head_revision(),)] and real[1]["calendar_day"]
    seeded = empty_store._migrated[0].seeded
    assert {"code_category", "code_nature"} <= set(seeded)
    for table in seeded:  # ids of their own, as each run of the migrations gives
        ids = replayed[2][table]["id"]
        assert len(ids) == len(real[1][table]) and not ids & first[2][table]["id"] and not ids & real[2][table]["id"]

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


def test_the_migrations_build_exactly_the_models(tmp_path: Path):
    """A model change without its migration would pass every other test on a new workspace and break
    every existing one: compare the migrated schema with the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from desktop.models import Base
    from desktop.models.engine import make_engine, plain_connect
    from desktop.workspace.store import upgrade

    engine = make_engine(plain_connect(tmp_path / "fresh.db"))
    upgrade(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []

"""a project covers stations (none: the whole agency) and may name the workers on it

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-08 02:00:00

``project.station_id`` (one station or none) becomes ``project.stations``, a JSON list of station ids as the
32 hex digits a row key holds, so a county project can cover several townships; ``project.workers`` lists the
accounts on it (none: any worker at a station it covers).
"""

from __future__ import annotations

import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.add_column(sa.Column("stations", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("workers", sa.JSON(), nullable=True))
    bind = op.get_bind()
    project = sa.table(
        "project", sa.column("id", sa.Uuid()), sa.column("station_id", sa.Uuid()), sa.column("stations", sa.JSON()),
        sa.column("workers", sa.JSON()),
    )  # fmt: skip
    for row in bind.execute(sa.select(project.c.id, project.c.station_id)).all():
        stations = [uuid.UUID(str(row.station_id)).hex] if row.station_id is not None else []
        bind.execute(project.update().where(project.c.id == row.id).values(stations=stations, workers=[]))
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.alter_column("stations", existing_type=sa.JSON(), nullable=False)
        batch_op.alter_column("workers", existing_type=sa.JSON(), nullable=False)
        batch_op.drop_constraint("fk_project_station_id_station", type_="foreignkey")
        batch_op.drop_column("station_id")


def downgrade() -> None:
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.add_column(sa.Column("station_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key("fk_project_station_id_station", "station", ["station_id"], ["id"])
    bind = op.get_bind()
    project = sa.table("project", sa.column("id", sa.Uuid()), sa.column("station_id", sa.Uuid()),
                       sa.column("stations", sa.Text()))  # fmt: skip
    for row in bind.execute(sa.select(project.c.id, project.c.stations)).all():
        stations = json.loads(row.stations) if isinstance(row.stations, str) else (row.stations or [])
        first = uuid.UUID(stations[0]) if stations else None
        bind.execute(project.update().where(project.c.id == row.id).values(station_id=first))
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_column("workers")
        batch_op.drop_column("stations")

"""spot checks of archived files

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-23 19:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "spot_check",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("draw_id", sa.Uuid(), nullable=False),
        sa.Column("draw_seed", sa.Integer(), nullable=False),
        sa.Column("drawn_at", sa.DateTime(), nullable=False),
        sa.Column("drawn_by", sa.Uuid(), nullable=False),
        sa.Column("target_kind", sa.String(length=10), nullable=False),
        sa.Column("target_id", sa.Uuid(), nullable=False),
        sa.Column("archive_code", sa.String(length=40), nullable=True),
        sa.Column("worker_id", sa.Uuid(), nullable=True),
        sa.Column("completeness", sa.Integer(), nullable=True),
        sa.Column("conformity", sa.Integer(), nullable=True),
        sa.Column("professional", sa.Integer(), nullable=True),
        sa.Column("checklist", sa.JSON(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("scored_at", sa.DateTime(), nullable=True),
        sa.Column("scored_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["drawn_by"], ["account.id"], name=op.f("fk_spot_check_drawn_by_account")),
        sa.ForeignKeyConstraint(["worker_id"], ["account.id"], name=op.f("fk_spot_check_worker_id_account")),
        sa.ForeignKeyConstraint(["scored_by"], ["account.id"], name=op.f("fk_spot_check_scored_by_account")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_spot_check")),
    )
    with op.batch_alter_table("spot_check", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_spot_check_draw_id"), ["draw_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_spot_check_target_id"), ["target_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_spot_check_worker_id"), ["worker_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("spot_check", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_spot_check_worker_id"))
        batch_op.drop_index(batch_op.f("ix_spot_check_target_id"))
        batch_op.drop_index(batch_op.f("ix_spot_check_draw_id"))
    op.drop_table("spot_check")

"""retention: destroyed items and audit anchors

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-25 09:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('destroyed_item',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('target_id', sa.Uuid(), nullable=False),
    sa.Column('archive_code', sa.String(length=40), nullable=True),
    sa.Column('destroyed_at', sa.DateTime(), nullable=False),
    sa.Column('destroyed_by', sa.Uuid(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_destroyed_item'))
    )
    with op.batch_alter_table('destroyed_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_destroyed_item_target_id'), ['target_id'], unique=False)

    op.create_table('audit_anchor',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('workspace', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('set_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_anchor')),
    sa.UniqueConstraint('workspace', name=op.f('uq_audit_anchor_workspace'))
    )


def downgrade() -> None:
    op.drop_table('audit_anchor')
    with op.batch_alter_table('destroyed_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_destroyed_item_target_id'))

    op.drop_table('destroyed_item')

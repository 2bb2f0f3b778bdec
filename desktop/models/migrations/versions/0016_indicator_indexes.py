"""indexes for counting records by form and period

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-23 20:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

PERIOD_COLUMNS = ["form_id", "service_date", "status", "case_id", "group_id", "client_id", "owner_id", "project_id"]


def upgrade() -> None:
    with op.batch_alter_table("form_record", schema=None) as batch_op:
        batch_op.create_index("ix_form_record_period", PERIOD_COLUMNS, unique=False)
        batch_op.create_index("ix_form_record_case_form", ["case_id", "form_id", "status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("form_record", schema=None) as batch_op:
        batch_op.drop_index("ix_form_record_case_form")
        batch_op.drop_index("ix_form_record_period")

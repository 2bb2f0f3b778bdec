"""indexes for the newest-first lists of records, cases and groups, and the client list in name order

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 08:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

# The window's lists read one page at a time, newest first: without these, each page sorts every row.
INDEXES = (
    ("form_record", "ix_form_record_created"),
    ("case_file", "ix_case_file_created"),
    ("service_group", "ix_service_group_created"),
)


# The client list walks it in name order (no sort), and as-you-type search reads every column it matches
# from it, a few megabytes, instead of the whole client table: only the matches are fetched from the table.
CLIENT_ORDER = ("ix_client_list_order", ["name_pinyin", "name", "id", "name_initials", "phone", "id_number"])


def upgrade() -> None:
    for table, name in INDEXES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(name, ["created_at"], unique=False)
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index(*CLIENT_ORDER, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index(CLIENT_ORDER[0])
    for table, name in INDEXES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(name)

"""the agency hub on PostgreSQL: attachments kept in the database, the audit log append-only, references
checked at commit when asked; a group's focus (from its plan)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 05:00:00

Both engines get the attachment_file table (used only on a server: a workspace in its own file keeps its
attachments as files). Otherwise SQLite is unchanged (0012 made the audit triggers there; a transaction
defers references with a pragma). On PostgreSQL the audit log refuses deletes and changes to a sealed entry, as on SQLite, and every
reference becomes DEFERRABLE (still checked at each statement unless a transaction defers it): a sync import
and the move from SQLite write rows that refer to each other in any order.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

GUARD = """
CREATE OR REPLACE FUNCTION casedesk_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$ LANGUAGE plpgsql
"""
REFERENCES = """
SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c
JOIN pg_namespace n ON n.oid = c.connamespace
WHERE c.contype = 'f' AND n.nspname = current_schema() AND NOT c.condeferrable
"""


def upgrade() -> None:
    with op.batch_alter_table("service_group", schema=None) as batch_op:
        batch_op.add_column(sa.Column("focus", sa.String(length=30), nullable=True))
    op.create_table(
        "attachment_file",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_file")),
    )
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(GUARD)
    op.execute(
        "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
        "FOR EACH ROW EXECUTE FUNCTION casedesk_audit_append_only()"
    )
    op.execute(
        "CREATE TRIGGER audit_entry_sealed BEFORE UPDATE ON audit_entry "
        "FOR EACH ROW WHEN (OLD.hash IS NOT NULL) EXECUTE FUNCTION casedesk_audit_append_only()"
    )
    for table, name in bind.exec_driver_sql(REFERENCES).fetchall():
        op.execute(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE')


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_sealed ON audit_entry")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS casedesk_audit_append_only()")
    op.drop_table("attachment_file")
    with op.batch_alter_table("service_group", schema=None) as batch_op:
        batch_op.drop_column("focus")

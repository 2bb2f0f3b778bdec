"""a group session record's number counts the sessions before it, not itself

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-08 03:00:00

A 小组集会记录表 carries its session number (``session_no``, carried from ``group.next_session_no``). Up to 0020 the
count behind it included the record itself, so the first session was stored as 2 (and a record saved again after
later sessions took a still larger number). This renumbers every live (not void) session record of each group
1..n in the order the records were made (created_at, then id), in the record's content and in every revision it
keeps (the paper prints the revision). ``session_no`` is a carried value, which ``content_hash`` leaves out: the
stored hashes, and the approvals and signatures bound to them, are unchanged. Downgrade puts the numbers back one
higher (the stored value before this fix for records saved once and never again).
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

FORM_ID = "session_record"
FIELD = "session_no"

record = sa.table(
    "form_record", sa.column("id", sa.Uuid()), sa.column("form_id", sa.String()), sa.column("group_id", sa.Uuid()),
    sa.column("status", sa.String()), sa.column("created_at", sa.DateTime()), sa.column("content", sa.JSON()),
)  # fmt: skip
revision_table = sa.table(
    "form_revision", sa.column("id", sa.Uuid()), sa.column("record_id", sa.Uuid()), sa.column("content", sa.JSON())
)  # fmt: skip


def _content(value: Any) -> dict[str, Any]:
    return json.loads(value) if isinstance(value, str) else dict(value or {})


def _renumber(number_of: Any) -> None:
    """Set ``session_no`` to ``number_of(position, stored)`` in each live session record and its revisions."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(record.c.id, record.c.group_id, record.c.content)
        .where(record.c.form_id == FORM_ID, record.c.status != "void", record.c.group_id.is_not(None))
        .order_by(record.c.group_id, record.c.created_at, record.c.id)
    ).all()
    position: dict[Any, int] = {}
    for row in rows:
        position[row.group_id] = position.get(row.group_id, 0) + 1
        content = _content(row.content)
        number = number_of(position[row.group_id], content.get(FIELD))
        if content.get(FIELD) != number:
            bind.execute(record.update().where(record.c.id == row.id).values(content={**content, FIELD: number}))
        kept = bind.execute(
            sa.select(revision_table.c.id, revision_table.c.content).where(revision_table.c.record_id == row.id)
        ).all()
        for stored in kept:
            old = _content(stored.content)
            if old.get(FIELD) != number:
                bind.execute(
                    revision_table.update()
                    .where(revision_table.c.id == stored.id)
                    .values(content={**old, FIELD: number})
                )


def upgrade() -> None:
    _renumber(lambda position, _stored: position)


def downgrade() -> None:
    _renumber(lambda position, _stored: position + 1)

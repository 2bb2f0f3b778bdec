"""Sync conflicts on the Desk: rows changed here and at a peer since they last agreed, kept in both
versions until a person chooses (docs/sync.md, "Changed on both sides")."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import CaseDeskError
from desktop.models import FormRecord, FormRevision, SyncConflict, utcnow
from desktop.sync import engine
from desktop.sync.rows import decode_row, row_hash
from desktop.workspace.core import Core


class ConflictService:
    """Sync conflicts, kept in both versions until a person chooses. Needs: the core."""

    def __init__(self, core: Core) -> None:
        self.core = core

    def conflicts(self, include_resolved: bool = False) -> list[SyncConflict]:
        with self.core.session() as s:
            query = select(SyncConflict).order_by(SyncConflict.detected_at)
            if not include_resolved:
                query = query.where(SyncConflict.resolved_at.is_(None))
            return list(s.scalars(query))

    def resolve_conflict(self, conflict_id: uuid.UUID, keep: str) -> SyncConflict:
        """Keep this workspace's version (``local``) or the peer's (``incoming``). Nothing is lost:
        for a form, the other side's revisions join the history, and the kept content becomes the
        newest revision, to be submitted and approved again if it changed."""
        if keep not in ("local", "incoming"):
            raise CaseDeskError("C001", what="keep local|incoming")
        with self.core.session() as s:
            conflict = s.get(SyncConflict, conflict_id)
            if conflict is None or conflict.resolved_at is not None:
                raise CaseDeskError("B023", id=str(conflict_id))
            table = engine._table(conflict.tbl)
            pk = table.primary_key.columns[0]
            key = decode_row(table, conflict.local)[pk.name] if conflict.local else None
            if conflict.tbl == "form_record":
                self._resolve_record(s, conflict, keep)
            elif keep == "incoming":
                row = decode_row(table, conflict.incoming)
                s.execute(table.update().where(pk == key).values(**row))
            conflict.resolved_at = utcnow()
            conflict.resolved_by = self.core.account.id
            conflict.resolution = keep
            self.core.audit(s, "resolve", conflict.tbl, conflict.row_key, keep=keep)
            return conflict

    def _resolve_record(self, s: Session, conflict: SyncConflict, keep: str) -> None:
        record = s.get(FormRecord, uuid.UUID(conflict.row_key))
        assert record is not None
        engine.defer_foreign_keys(s)
        number = s.scalar(select(func.max(FormRevision.number)).where(FormRevision.record_id == record.id)) or 0
        stash_ids = {}
        for item in conflict.stash:
            if item["table"] != "form_revision":
                continue
            row = decode_row(FormRevision.__table__, item["row"])
            number += 1
            row["number"] = number
            s.execute(FormRevision.__table__.insert(), [row])
            stash_ids[str(row["id"])] = number
        for item in conflict.stash:
            if item["table"] in ("decision", "comment"):
                table = engine._table(item["table"])
                s.execute(table.insert(), [decode_row(table, item["row"])])
        chosen = conflict.local if keep == "local" else conflict.incoming
        content = chosen.get("content") if chosen else None
        if content is None:
            content = record.content
        changed = row_hash({"c": content}) != row_hash({"c": record.content}) or bool(stash_ids)
        if changed:
            form = self.core.registry.get(record.form_id)
            record.content = content
            record.content_hash = str(chosen.get("content_hash") or record.content_hash)
            record.form_version = form.version
            record.revision_no = number + 1
            s.add(
                FormRevision(
                    record_id=record.id,
                    number=number + 1,
                    form_version=record.form_version,
                    content=dict(content),
                    content_hash=record.content_hash,
                    author_id=self.core.account.id,
                )
            )
            if record.status != "void":
                record.status = "draft"  # the settled content is submitted and approved afresh
        s.flush()

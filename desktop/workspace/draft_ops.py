"""Drafts on the Desk: the editor's unsaved typing, autosaved and offered back after a crash."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import delete, select

from desktop.errors import AccessDenied, CaseDeskError
from desktop.models import Draft, FormRecord, utcnow
from desktop.workspace.access_ops import AccessService
from desktop.workspace.core import Core


class DraftService:
    """Drafts are private: each account sees only its own. Needs: the core, and access (who sees a record)."""

    def __init__(self, core: Core, access: AccessService) -> None:
        self.core, self.access = core, access

    def save_draft(self, record_id: uuid.UUID, content: dict[str, Any]) -> None:
        with self.core.session() as s:
            record = s.get(FormRecord, record_id)
            if record is None:
                raise CaseDeskError("R001", id=str(record_id))
            if record.owner_id != self.core.account.id:
                raise AccessDenied("A009")
            draft = s.scalars(
                select(Draft).where(Draft.record_id == record_id, Draft.account_id == self.core.account.id)
            ).first()
            if draft is None:
                s.add(Draft(record_id=record_id, account_id=self.core.account.id, content=content))
            else:
                draft.content = content
                draft.saved_at = utcnow()

    def draft(self, record_id: uuid.UUID) -> Draft | None:
        with self.core.session() as s:
            return s.scalars(
                select(Draft).where(Draft.record_id == record_id, Draft.account_id == self.core.account.id)
            ).first()

    def drafts(self) -> list[Draft]:
        """The account's own drafts, of records it still sees (not one of a case reassigned away)."""
        with self.core.session() as s:
            # A join, not "IN (every visible record)": the account's few drafts are looked up, not the workspace.
            query = (
                select(Draft)
                .join(FormRecord, FormRecord.id == Draft.record_id)
                .where(Draft.account_id == self.core.account.id, self.access.visible(s).record())
                .order_by(Draft.saved_at.desc())
            )
            return list(s.scalars(query))

    def discard_draft(self, record_id: uuid.UUID) -> None:
        with self.core.session() as s:
            s.execute(delete(Draft).where(Draft.record_id == record_id, Draft.account_id == self.core.account.id))

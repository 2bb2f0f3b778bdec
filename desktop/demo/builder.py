"""The demo's builder: a desk for each account (signed in with the demo's passwords), a clock the demo moves
(so that cases open, and take numbers, in their month), and one record made, filled, submitted and decided."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from desktop.demo.filling import DEMO_DAY, complete_required
from desktop.workspace import Desk, open_desk
from desktop.workspace.record_ops import RecordView


def demo_password(username: str) -> str:
    return f"casedesk-{username}"


class Builder:
    """The demo's desks, one per account signed in lazily, all on the demo's clock."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.desks: dict[str, Desk] = {}
        self.day = DEMO_DAY

    def desk(self, username: str) -> Desk:
        if username not in self.desks:
            self.desks[username] = open_desk(self.root, username, demo_password(username))
            self.desks[username].clock = lambda: self.day
        return self.desks[username]

    def on(self, day: dt.date) -> Builder:
        """What follows happens on ``day`` (so that cases open, and take numbers, in their month)."""
        self.day = day
        return self

    def close(self) -> None:
        for desk in self.desks.values():
            desk.close()

    def record(
        self,
        worker: str,
        form_id: str,
        content: dict[str, Any],
        *,
        submit: bool = True,
        approvers: tuple[str, ...] = (),
        returned_by: tuple[str, str] | None = None,
        minutes: int | None = None,
        **scope: Any,
    ) -> RecordView:
        desk = self.desk(worker)
        record = desk.new_record(form_id, **scope)
        record, report = desk.save_record(record.id, complete_required(desk, record, content), minutes_spent=minutes)
        if not submit:
            return record
        if not report.ok:
            raise RuntimeError(f"demo {form_id} is invalid: {[(i.code, i.path) for i in report.errors]}")
        record, _ = desk.submit_record(record.id)
        for reviewer in approvers:
            record = self.desk(reviewer).decide(record.id, "approve", "同意。")
        if returned_by:
            reviewer, opinion = returned_by
            record = self.desk(reviewer).decide(record.id, "return", opinion)
        return record

    def set_state(self, model: type, item_id: uuid.UUID, **values: Any) -> None:
        """Seed a case's or group's state directly (their lifecycles come with later issues)."""
        with self.desk("zhou").session() as s:
            row = s.get(model, item_id)
            for key, value in values.items():
                setattr(row, key, value)

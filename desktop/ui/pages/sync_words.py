"""Words the sync screens share: what a table's rows are called, sizes, times stored as ISO text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from desktop.ui.formatting import local_time


class SyncWords(QObject):
    """Translated in its own context, so the Sync page, the conflict window and the dialogs agree."""

    def table(self, name: str) -> str:
        labels = {
            "household": self.tr("households"),
            "client": self.tr("clients"),
            "household_member": self.tr("household members"),
            "case_file": self.tr("cases"),
            "service_group": self.tr("groups and activities"),
            "form_record": self.tr("forms"),
            "form_revision": self.tr("form revisions"),
            "attachment": self.tr("attachments"),
            "decision": self.tr("decisions"),
            "comment": self.tr("comments"),
            "signature": self.tr("signatures"),
            "issued_number": self.tr("archive numbers"),
            "destroyed_item": self.tr("destroyed files"),
            "audit_anchor": self.tr("audit log starting points"),
            "files": self.tr("attached files"),
            "account": self.tr("account"),
            "station": self.tr("station"),
            "project": self.tr("service project"),
            "device": self.tr("device"),
        }
        return labels.get(name, name)

    def counts(self, counts: dict[str, int]) -> str:
        """``{"client": 2, "form_record": 1}`` as “clients 2, forms 1”; nothing as “nothing”."""
        parts = [self.table(name) + " " + str(n) for name, n in counts.items() if n]
        return self.tr(", ").join(parts) if parts else self.tr("nothing")

    @staticmethod
    def size(n: int) -> str:
        if n < 1024:
            return f"{n} B"
        if n < 1024 * 1024:
            return f"{n / 1024:.1f} KB"
        return f"{n / 1024 / 1024:.1f} MB"

    @staticmethod
    def when(value: str | dt.datetime | None) -> str:
        """A stored UTC moment (ISO text or datetime) in this computer's time."""
        if not value:
            return "—"
        moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
        if moment.tzinfo is not None:
            moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
        return local_time(moment)

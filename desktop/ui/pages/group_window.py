"""One group or activity: its state, the domain's standards beside what was achieved, what is due,
what the archive still lacks, its forms, archiving and the archive bag."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.models.services import service_status_label
from desktop.ui.dialogs import Dialogs
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.file_reads import GroupScreen, read_group
from desktop.ui.pages.file_window import FileWindow
from desktop.workflow.thresholds import KEYS
from desktop.workspace import Desk


class GroupWindow(FileWindow):
    kind = "group"
    depends = Changes.GROUPS | Changes.RECORDS | Changes.ACCOUNTS | Changes.SETTINGS  # what it shows
    archiving_changes = Changes.GROUPS

    def __init__(
        self,
        desk: Desk,
        ops: Ops,
        dialogs: Dialogs,
        group_id: uuid.UUID,
        lang: str = "zh",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, ops, dialogs, group_id, lang, parent)
        self.group_id = group_id
        self.resize(960, 680)
        self.standards = QLabel(self)
        self.standards.setWordWrap(True)
        self.new_button.setText(self.tr("New form for this group…"))
        self.archive_button.setText(self.tr("Archive the group or activity"))
        self.correct_button.setText(self.tr("Correct the domain or kind…"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self.standards)
        layout.addWidget(self.due)
        layout.addLayout(self._button_row((self.new_button, self.archive_button, self.bag_button, self.correct_button)))
        layout.addWidget(self.sharing)
        layout.addWidget(QLabel(self.tr("Forms of this group (double-click to open)"), self))
        layout.addWidget(self.records, 1)
        ops.changed.connect(self.refresh)
        self.refresh()

    def _reader(self) -> Callable[[], GroupScreen]:
        desk, group_id = self.desk, self.group_id
        return lambda: read_group(desk, group_id)

    def _reading_label(self) -> str:
        return self.tr("Reading the group…")

    def _show(self, screen: GroupScreen) -> None:
        lang, summary = self.lang, screen.summary
        group = summary.group
        self._show_name(group.archive_code, group.name)
        kind = self._option("group_type", group.kind)
        self.state.setText(
            f"{kind} · {self._option('domain', group.domain)} · {service_status_label(group.status, lang)}"
        )
        shown = [
            f"{KEYS[k][1] if lang == 'en' else KEYS[k][0]} {v}" for k, v in summary.standards.items() if v is not None
        ]
        self.standards.setText(self.tr("Standards for this domain: %1").replace("%1", "；".join(shown)))
        missing = summary.archive_missing if summary.archive_pending else []
        self.due.setText("\n".join(self._due_lines(missing, summary.due)))
        self.archive_button.setEnabled("archive" in summary.actions)
        self._show_correctable(group)
        self.sharing.show_sharing(group.owner_id, screen.sharing)
        self._show_records(summary.records)

    def _archive_call(self) -> Callable[[], Any]:
        desk, group_id = self.desk, self.group_id
        return lambda: desk.archive_group(group_id)

    def _correct_call(self, reason: str, changes: dict[str, Any]) -> Callable[[], Any]:
        desk, group_id = self.desk, self.group_id
        return lambda: desk.correct_group(group_id, reason, **changes)

"""One group or activity: its state, the domain's standards beside what was achieved, what is due,
what the archive still lacks, its forms, archiving and the archive bag."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from desktop.models.services import service_status_label
from desktop.ui.busy import BusyIndicator
from desktop.ui.dialogs import Dialogs
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.file_reads import GroupScreen, read_group
from desktop.ui.pages.sharing import SharePanel
from desktop.ui.pdf_preview import print_and_preview
from desktop.workflow.record_states import status_label
from desktop.workflow.thresholds import KEYS
from desktop.workspace import Desk


class GroupWindow(QWidget):
    open_record = Signal(object)
    new_form = Signal(object)
    closed = Signal(object)
    depends = Changes.GROUPS | Changes.RECORDS | Changes.ACCOUNTS | Changes.SETTINGS  # what it shows

    def __init__(
        self,
        desk: Desk,
        ops: Ops,
        dialogs: Dialogs,
        group_id: uuid.UUID,
        lang: str = "zh",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.desk, self.ops, self.dialogs, self.lang, self.group_id = desk, ops, dialogs, lang, group_id
        self.resize(960, 680)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.state = QLabel(self)
        self.standards = QLabel(self)
        self.standards.setWordWrap(True)
        self.due = QLabel(self)
        self.due.setWordWrap(True)
        self.records = QListWidget(self)
        self.records.itemActivated.connect(lambda item: self.open_record.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.new_button = QPushButton(self.tr("New form for this group…"), self)
        self.new_button.clicked.connect(lambda: self.new_form.emit(self.group_id))
        self.archive_button = QPushButton(self.tr("Archive the group or activity"), self)
        self.archive_button.clicked.connect(self.archive)
        self.bag_button = QPushButton(self.tr("Print the archive bag"), self)
        self.bag_button.clicked.connect(self.print_bag)
        self.sharing = SharePanel(desk, ops, dialogs, "group", group_id, lang, self)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(BusyIndicator(ops, self))
        header.addWidget(self.state)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.archive_button, self.bag_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.standards)
        layout.addWidget(self.due)
        layout.addLayout(buttons)
        layout.addWidget(self.sharing)
        layout.addWidget(QLabel(self.tr("Forms of this group (double-click to open)"), self))
        layout.addWidget(self.records, 1)
        ops.changed.connect(self.refresh)
        self.refresh()

    def _option(self, list_name: str, value: Any) -> str:
        return self.desk.registry.option_label(list_name, value, self.lang)

    def refresh(self, changes: Changes = Changes.ALL) -> None:
        """Read on the worker in one call (``file_reads.read_group``), then shown."""
        if not changes & self.depends:
            return
        desk, group_id = self.desk, self.group_id
        self.ops.run(lambda: read_group(desk, group_id), label=self.tr("Reading the group…"), on_done=self._show)

    def _show(self, screen: GroupScreen) -> None:
        desk, lang, group = self.desk, self.lang, screen.group
        number = group.archive_code or self.tr("number pending")
        self.setWindowTitle(f"{number} {group.name} — CaseDesk")
        self.title.setText(f"{number}　{group.name}")
        kind = self._option("group_type", group.kind)
        self.state.setText(
            f"{kind} · {self._option('domain', group.domain)} · {service_status_label(group.status, lang)}"
        )
        shown = [
            f"{KEYS[k][1] if lang == 'en' else KEYS[k][0]} {v}" for k, v in screen.standards.items() if v is not None
        ]
        self.standards.setText(self.tr("Standards for this domain: %1").replace("%1", "；".join(shown)))
        lines = []
        if group.status in ("reporting", "closed") and screen.archive_missing:
            names = "、".join(desk.registry.get(f).title.get(lang) for f in screen.archive_missing)
            lines.append(self.tr("The archive still lacks: %1").replace("%1", names))
        for task in screen.tasks:
            late = self.tr(" (overdue)") if task.overdue else ""
            lines.append(f"{task.label(lang)}: {task.due}{late}")
        self.due.setText("\n".join(lines))
        self.archive_button.setEnabled(group.status == "closed")
        self.sharing.show_sharing(group.owner_id, screen.sharing)
        self.records.clear()
        for record in screen.records:
            title = desk.registry.get(record.form_id).title.get(lang)
            item = QListWidgetItem(f"{title}　{status_label(record.status, lang)}　{record.service_date or ''}")
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.records.addItem(item)

    def archive(self) -> None:
        self.ops.run(
            lambda: self.desk.archive_group(self.group_id),
            label=self.tr("Archiving…"),
            changes=Changes.GROUPS,
        )

    def print_bag(self) -> None:
        """The whole archive bag as one PDF, made off the UI thread, then previewed for printing."""
        desk, group_id = self.desk, self.group_id
        print_and_preview(
            self,
            self.ops,
            self.dialogs,
            lambda: desk.print_bag(group_id, desk.preview_file(f"bag-{group_id}.pdf")),  # removed at sign-out
            self.tr("Preparing the archive bag…"),
            self.ops.failed.emit,
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closed.emit(self.group_id)
        super().closeEvent(event)

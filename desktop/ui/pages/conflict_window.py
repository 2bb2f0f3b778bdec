"""Conflicts: an item changed here and at a peer since they last agreed. Both versions side by side,
a form's in its own field labels; a person keeps one. What happens to the other is the domain's rule
(a form's other revisions join its history, and a changed form goes back to draft)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dialogs import Dialogs
from desktop.ui.messages import ShowsFailures
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.comparison import comparison_table
from desktop.ui.pages.sync_words import SyncWords
from desktop.workflow.record_states import status_label
from desktop.workflow.revision_diff import diff
from desktop.workspace import Desk

# Columns every row carries that say nothing to a person deciding between two versions.
QUIET_COLUMNS = {"id", "created_at", "updated_at", "content", "content_hash", "form_version", "revision_no"}


class ConflictWindow(ShowsFailures, QWidget):
    closed = Signal(object)

    def __init__(self, desk: Desk, ops: Ops, dialogs: Dialogs, lang: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.desk, self.ops, self.dialogs, self.lang = desk, ops, dialogs, lang
        self.words = SyncWords(self)
        self.conflicts: list[Any] = []
        self.peer_names: dict[str, str] = {}
        self.resize(1100, 680)
        self.setWindowTitle(self.tr("Conflicts to resolve"))
        self.title = QLabel(self.tr("Conflicts to resolve"), self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.hint = QLabel(
            self.tr(
                "Each item below was changed both here and on another device or the hub since they last "
                "agreed. Nothing was overwritten: both versions are kept until you choose one. For a form, "
                "the other side's revisions join its history either way; if its content changes, the form goes "
                "back to draft to be submitted and approved again."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._show_selected)
        self.list.setMinimumWidth(280)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.sides = comparison_table(self)
        self.keep_local_button = QPushButton(self.tr("Keep this workspace's version"), self)
        self.keep_local_button.clicked.connect(lambda: self.resolve("local"))
        self.keep_incoming_button = QPushButton(self.tr("Keep the other version"), self)
        self.keep_incoming_button.clicked.connect(lambda: self.resolve("incoming"))
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("background: #ebfbee; padding: 8px; border-radius: 4px;")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Waiting for a decision"), left))
        left_layout.addWidget(self.list)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.about)
        right_layout.addWidget(self.sides, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_local_button)
        buttons.addWidget(self.keep_incoming_button)
        right_layout.addLayout(buttons)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.list, self.keep_local_button)
        QWidget.setTabOrder(self.keep_local_button, self.keep_incoming_button)
        self.load()

    # -- data --------------------------------------------------------------------------------------
    def load(self) -> None:
        self.ops.run(self._fetch, on_done=self._show)

    def _fetch(self) -> tuple[list[Any], dict[str, str]]:
        names = {d.id: d.name for d in self.desk.devices()}
        peers = self.desk.sync_status()["peers"]
        hub = next((p["name"] for p in peers if p["role"] == "hub"), None)
        conflicts = self.desk.conflicts()
        for conflict in conflicts:
            if conflict.peer_id not in names and hub:
                names[conflict.peer_id] = hub  # at a device, the only peer is its hub
        return conflicts, names

    def _show(self, fetched: tuple[list[Any], dict[str, str]]) -> None:
        current = self.current_id()
        self.conflicts, self.peer_names = fetched
        self.list.clear()
        for conflict in self.conflicts:
            item = QListWidgetItem(self._describe(conflict), self.list)
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
        has = bool(self.conflicts)
        self.empty.setText(
            self.tr("No conflicts wait for a decision. You can close this window.")
            if not has
            else self.tr("%1 conflicts wait for a decision. Choose one on the left.").replace(
                "%1", str(len(self.conflicts))
            )
        )
        self.splitter.setVisible(has)
        ids = [c.id for c in self.conflicts]
        self.list.setCurrentRow(ids.index(current) if current in ids else (0 if has else -1))
        self.list.setFocus()

    def current_id(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _peer(self, conflict: Any) -> str:
        return self.peer_names.get(conflict.peer_id) or self.tr("the other side")

    def _describe(self, conflict: Any) -> str:
        row = conflict.local or conflict.incoming or {}
        what = self.words.table(conflict.tbl)
        if conflict.tbl == "form_record" and row.get("form_id") in self.desk.registry:
            what = self.desk.registry.get(row["form_id"]).title.get(self.lang)
        else:
            label = row.get("name") or row.get("title") or row.get("archive_code") or row.get("code")
            if label:
                what += " " + str(label)
        when = self.words.when(conflict.detected_at)
        return self.tr("%1\nfrom %2, %3").replace("%1", what).replace("%2", self._peer(conflict)).replace("%3", when)

    def side_rows(self, conflict: Any) -> list[tuple[str, str, str, bool]]:
        """(field, this workspace, the other side, changed on both sides) for what differs."""
        local, incoming = conflict.local or {}, conflict.incoming or {}
        both = set(conflict.fields or [])
        rows: list[tuple[str, str, str, bool]] = []
        if conflict.tbl == "form_record" and local.get("form_id") in self.desk.registry:
            form = self.desk.registry.get(local["form_id"])
            mine, theirs = local.get("content") or {}, incoming.get("content") or {}
            base = (conflict.base or {}).get("content") if conflict.base else None

            def on_both(key: str) -> bool:  # without the agreed version, every difference counts
                return base is None or (mine.get(key) != base.get(key) and theirs.get(key) != base.get(key))

            for change in diff(form, mine, theirs, self.lang):
                rows.append((change.label, change.before, change.after, on_both(change.field_id)))
            known = {f.id for f in form.value_fields}
            for key in sorted((set(mine) | set(theirs)) - known):  # kept in the content, not in today's form
                if mine.get(key) != theirs.get(key):
                    rows.append((key, self._value(mine.get(key)), self._value(theirs.get(key)), on_both(key)))
            if local.get("status") != incoming.get("status"):
                rows.append(
                    (
                        self.tr("Status"),
                        status_label(str(local.get("status")), self.lang),
                        status_label(str(incoming.get("status")), self.lang),
                        "status" in both,
                    )
                )
            return rows
        for key in sorted(set(local) | set(incoming), key=lambda k: (k not in both, k)):
            if key in QUIET_COLUMNS or local.get(key) == incoming.get(key):
                continue
            rows.append((key, self._value(local.get(key)), self._value(incoming.get(key)), key in both))
        return rows

    @staticmethod
    def _value(value: Any) -> str:
        return "—" if value is None or value == "" else str(value)

    def _show_selected(self, row: int) -> None:
        enabled = 0 <= row < len(self.conflicts)
        self.keep_local_button.setEnabled(enabled)
        self.keep_incoming_button.setEnabled(enabled)
        if not enabled:
            self.sides.setRowCount(0)
            self.about.clear()
            return
        conflict = self.conflicts[row]
        peer = self._peer(conflict)
        self.sides.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("This workspace"), self.tr("The other version (%1)").replace("%1", peer)]
        )
        rows = self.side_rows(conflict)
        self.about.setText(
            self.tr("Changed here and on %1. Fields changed on both sides are in bold.").replace("%1", peer)
            if rows
            else self.tr("The two versions differ only in bookkeeping; either choice keeps the same content.")
        )
        bold = QFont(self.font())
        bold.setBold(True)
        self.sides.setRowCount(len(rows))
        for r, (label, mine, theirs, on_both) in enumerate(rows):
            for c, text in enumerate((label, mine, theirs)):
                item = QTableWidgetItem(text)
                if on_both:
                    item.setFont(bold)
                self.sides.setItem(r, c, item)
        self.sides.resizeRowsToContents()

    # -- deciding ----------------------------------------------------------------------------------
    def resolve(self, keep: str) -> None:
        conflict_id = self.current_id()
        if conflict_id is None:
            return
        conflict = next(c for c in self.conflicts if c.id == conflict_id)
        question = (
            self.tr("Keep this workspace's version? The other version stays on record.")
            if keep == "local"
            else self.tr("Keep the version from %1? This workspace's version stays on record.").replace(
                "%1", self._peer(conflict)
            )
        )
        if not self.dialogs.confirm(self.tr("Resolve the conflict"), question):
            return
        self.ops.run(
            lambda: self.desk.resolve_conflict(conflict_id, keep),
            label=self.tr("Resolving…"),
            changes=Changes.ALL,
            on_done=lambda _: self.load(),
            on_error=self._failed,
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closed.emit(None)
        super().closeEvent(event)

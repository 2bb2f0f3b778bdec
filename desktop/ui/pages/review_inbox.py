"""The review inbox: forms waiting for the signed-in reviewer, grouped by station and worker (or one
sortable list), what changed in the selected one as a before/after table, and decisions on one form
or on every selected one. Who may decide what is the domain's rule (review_ops, record_ops.decide)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dialogs import Dialogs
from desktop.ui.messages import user_message
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.comparison import comparison_table
from desktop.ui.pages.page import Page
from desktop.ui.pages.sync_words import SyncWords
from desktop.workflow.permissions import Action, allowed
from desktop.workspace import Desk

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("form", "worker", "station", "file_code", "revision", "submitted", "changes")


class InboxItem(QTreeWidgetItem):
    """Sorts numbers as numbers and times as times, whatever the text shows."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        mine, theirs = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if mine is not None and theirs is not None and type(mine) is type(theirs):
            return mine < theirs
        return self.text(column) < other.text(column)


class ReviewInboxPage(Page):
    activated = Signal(object)  # a record id: open it in its window

    depends = Changes.RECORDS

    def __init__(self, desk: Desk, ops: Ops, dialogs: Dialogs, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, ops, dialogs, lang, parent)
        self.words = SyncWords(self)
        self.reviews = allowed(desk.roles, Action.REVIEW)
        self.items: list[Any] = []
        self._build_list()
        self._build_diff()
        self._build_buttons()
        self._lay_out()
        self.retranslate(lang)
        self._selection_changed()

    def _build_list(self) -> None:
        """The records waiting, grouped by station and worker or not."""
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.grouped = QCheckBox(self)
        self.grouped.setChecked(True)
        self.grouped.toggled.connect(lambda _: self._show_items(self.items))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSortingEnabled(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemActivated.connect(self._activate)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("background: #e7f5ff; padding: 8px; border-radius: 4px;")

    def _build_diff(self) -> None:
        """What changed in the chosen record, field by field."""
        self.diff_title = QLabel(self)
        self.diff_title.setWordWrap(True)
        self.diff = comparison_table(self)

    def _build_buttons(self) -> None:
        """Approve, return, comment and open, with their shortcuts."""
        self.approve_button = QPushButton(self)
        self.approve_button.clicked.connect(lambda: self.decide("approve"))
        self.return_button = QPushButton(self)
        self.return_button.clicked.connect(lambda: self.decide("return"))
        self.comment_button = QPushButton(self)
        self.comment_button.clicked.connect(self.add_comment)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._open_current)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        for keys, slot in (
            ("Ctrl+Return", lambda: self.decide("approve")),
            ("Ctrl+Shift+R", lambda: self.decide("return")),
            ("Ctrl+M", self.add_comment),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot).setContext(
                Qt.ShortcutContext.WidgetWithChildrenShortcut
            )

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.grouped)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.diff_title)
        lower_layout.addWidget(self.diff, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.return_button, self.comment_button, self.open_button):
            buttons.addWidget(button)
        buttons.addWidget(self.outcome, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.tree, self.approve_button)
        QWidget.setTabOrder(self.approve_button, self.return_button)
        QWidget.setTabOrder(self.return_button, self.comment_button)
        QWidget.setTabOrder(self.comment_button, self.open_button)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.title.setText(self.tr("Review inbox"))
        self.hint.setText(
            self.tr(
                "Forms waiting for your decision. Select one to see what changed; select several "
                "(Ctrl or Shift and click) to decide them together. Double-click opens the form."
            )
        )
        self.grouped.setText(self.tr("Group by station and worker"))
        self.tree.setHeaderLabels(
            [
                self.tr("Form"),
                self.tr("Worker"),
                self.tr("Station"),
                self.tr("File"),
                self.tr("Revision"),
                self.tr("Submitted"),
                self.tr("Changes"),
            ]
        )
        self.diff.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("Now")])
        self.approve_button.setText(self.tr("Approve"))
        self.approve_button.setToolTip(self.tr("Ctrl+Enter"))
        self.return_button.setText(self.tr("Return…"))
        self.return_button.setToolTip(self.tr("Ctrl+Shift+R: a return needs an opinion"))
        self.comment_button.setText(self.tr("Comment…"))
        self.comment_button.setToolTip(self.tr("Ctrl+M"))
        self.open_button.setText(self.tr("Open the form"))

    # -- the list ----------------------------------------------------------------------------------
    def _fetcher(self) -> Callable[[], list[Any]]:
        desk, lang = self.desk, self.lang
        return lambda: desk.review_inbox(lang)

    def _loaded(self, items: list[Any]) -> None:
        self._show_items(items)

    def _show_items(self, items: list[Any]) -> None:
        selected = set(self.selected_ids())
        self.items = items
        self.tree.blockSignals(True)
        self.tree.clear()
        self.tree.setSortingEnabled(False)
        groups: dict[tuple[str, str], QTreeWidgetItem] = {}
        for entry in items:
            parent: Any = self.tree
            if self.grouped.isChecked():
                key = (entry.station, entry.worker)
                if key not in groups:
                    group = QTreeWidgetItem(self.tree)
                    group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    group.setFirstColumnSpanned(True)
                    group.setExpanded(True)
                    groups[key] = group
                parent = groups[key]
            row = InboxItem(parent)
            values = {
                "form": entry.form_title,
                "worker": entry.worker,
                "station": entry.station,
                "file_code": " · ".join(x for x in (entry.client, entry.file_code or self.tr("not numbered yet")) if x),
                "revision": str(entry.revision_no),
                "submitted": self.words.when(entry.submitted_at),
                "changes": str(entry.changes),
            }
            sort_keys = {"revision": entry.revision_no, "changes": entry.changes, "submitted": str(entry.submitted_at)}
            for column, key in enumerate(COLUMNS):
                row.setText(column, values[key])
                row.setData(column, ID_ROLE, entry.record_id)
                if key in sort_keys:
                    row.setData(column, SORT_ROLE, sort_keys[key])
            row.setSelected(entry.record_id in selected)
        for (station, worker), group in groups.items():
            count = group.childCount()
            group.setText(0, f"{station or '—'} · {worker or '—'}（{count}）")
            group.setExpanded(True)
        self.tree.setSortingEnabled(True)
        self.tree.blockSignals(False)
        if not items:
            self.empty.setText(
                self.tr(
                    "Nothing waits for your decision. Forms your workers submit appear here, grouped by station "
                    "and worker; at the hub, they arrive when you import the township laptops' bundles (Sync)."
                )
                if self.reviews
                else self.tr(
                    "Your role does not review forms. Forms you submit go to your supervisor; their decisions "
                    "appear in My tasks and in each form's window."
                )
            )
        self.empty.setVisible(not items)
        self.splitter.setVisible(bool(items))
        self._selection_changed()

    def _row_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(0, ID_ROLE) is not None:
                out.append(top)
            out += [top.child(j) for j in range(top.childCount())]
        return out

    def select_ids(self, ids: list[uuid.UUID]) -> None:
        """Select these forms (keyboard users do it with Shift/Ctrl; tests through here)."""
        self.tree.clearSelection()
        for item in self._row_items():
            if item.data(0, ID_ROLE) in ids:
                item.setSelected(True)
                self.tree.setCurrentItem(item, 0, self.tree.selectionModel().SelectionFlag.NoUpdate)

    def selected_ids(self) -> list[uuid.UUID]:
        return [item.data(0, ID_ROLE) for item in self.tree.selectedItems() if item.data(0, ID_ROLE) is not None]

    def row_texts(self) -> list[list[str]]:
        return [[item.text(c) for c in range(len(COLUMNS))] for item in self._row_items()]

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        for button in (self.approve_button, self.return_button, self.comment_button):
            button.setEnabled(bool(ids) and self.reviews)
        self.open_button.setEnabled(len(ids) == 1)
        if len(ids) != 1:
            self.diff.setRowCount(0)
            self.diff_title.setText(
                self.tr("%1 forms selected: the buttons below act on all of them.").replace("%1", str(len(ids)))
                if ids
                else self.tr("Select a form to see what changed.")
            )
            return
        record_id, lang = ids[0], self.lang
        self.ops.run(lambda: (record_id, self.desk.review_diff(record_id, lang)), on_done=self._show_diff)

    def _show_diff(self, result: tuple[uuid.UUID, list[Any]]) -> None:
        record_id, changes = result
        if self.selected_ids() != [record_id]:
            return  # the selection moved on meanwhile
        entry = next((i for i in self.items if i.record_id == record_id), None)
        first = entry is not None and entry.revision_no <= 1
        if not changes:
            text = self.tr("No field changed since the revision before.")
        elif first:
            text = self.tr("First submission: every filled field is listed.")
        else:
            text = self.tr("Resubmitted: what changed since the revision before.")
        self.diff_title.setText(text)
        self.diff.setRowCount(len(changes))
        for r, change in enumerate(changes):
            for c, value in enumerate((change.label, change.before, change.after)):
                self.diff.setItem(r, c, QTableWidgetItem(value))
        self.diff.resizeRowsToContents()

    def diff_texts(self) -> list[tuple[str, str, str]]:
        return [tuple(self.diff.item(r, c).text() for c in range(3)) for r in range(self.diff.rowCount())]  # type: ignore[misc]

    def _activate(self, item: QTreeWidgetItem) -> None:
        record_id = item.data(0, ID_ROLE)
        if record_id is not None:
            self.activated.emit(record_id)

    def _open_current(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.activated.emit(ids[0])

    # -- deciding ----------------------------------------------------------------------------------
    def _names(self) -> dict[uuid.UUID, str]:
        return {i.record_id: f"{i.form_title} — {i.worker} {i.file_code}".strip() for i in self.items}

    def decide(self, outcome: str) -> None:
        ids = self.selected_ids()
        if not ids or not self.reviews:
            return
        if outcome == "approve":
            opinion = self.dialogs.ask_text(self.tr("Approve"), self.tr("Opinion (optional):"))
        else:
            opinion = self.dialogs.ask_text(self.tr("Return"), self.tr("Opinion (required to return):"))
        if opinion is None:
            return
        opinion = opinion.strip() or None
        if len(ids) == 1:
            record_id = ids[0]

            name = self._names().get(record_id, "")

            def done(_: Any) -> None:
                text = self.tr("Approved: %1") if outcome == "approve" else self.tr("Returned: %1")
                self.outcome.setText(text.replace("%1", name))

            self.ops.run(
                lambda: self.desk.decide(record_id, outcome, opinion),
                label=self.tr("Recording the decision…"),
                changes=Changes.RECORDS | Changes.CASES | Changes.GROUPS,
                on_done=done,
                on_error=self._failed,
            )
            return
        names = self._names()

        def done_many(results: list[Any]) -> None:
            passed = [r for r in results if r.ok]
            refused = [r for r in results if not r.ok]
            word = self.tr("approved") if outcome == "approve" else self.tr("returned")
            self.outcome.setText(
                self.tr("%1 of %2 forms %3.")
                .replace("%1", str(len(passed)))
                .replace("%2", str(len(results)))
                .replace("%3", word)
            )
            if refused:
                lines = [f"• {names.get(r.record_id, str(r.record_id))}: {r.message}" for r in refused]
                self.dialogs.error(
                    self.tr("Some forms were not decided"),
                    self.tr("These were refused; the others went through:") + "\n" + "\n".join(lines),
                )

        self.ops.run(
            lambda: self.desk.decide_many(ids, outcome, opinion, self.lang),
            label=self.tr("Recording the decisions…"),
            changes=Changes.RECORDS | Changes.CASES | Changes.GROUPS,
            on_done=done_many,
            on_error=self._failed,
        )

    def add_comment(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.reviews:
            return
        label = (
            self.tr("Comment on this form:")
            if len(ids) == 1
            else self.tr("Comment on the %1 selected forms:").replace("%1", str(len(ids)))
        )
        text = self.dialogs.ask_text(self.tr("Comment"), label)
        if not text or not text.strip():
            return
        names, lang = self._names(), self.lang

        def work() -> list[str]:
            refused = []
            for record_id in ids:
                try:
                    self.desk.comment(record_id, text)
                except Exception as exc:  # reported beside the form, the others go on
                    refused.append(f"• {names.get(record_id, str(record_id))}: {user_message(exc, lang)}")
            return refused

        def done(refused: list[str]) -> None:
            self.outcome.setText(self.tr("Comment added to %1 forms.").replace("%1", str(len(ids) - len(refused))))
            if refused:
                self.dialogs.error(self.tr("Some comments were not added"), "\n".join(refused))

        self.ops.run(work, label=self.tr("Adding the comment…"), changes=Changes.RECORDS, on_done=done)

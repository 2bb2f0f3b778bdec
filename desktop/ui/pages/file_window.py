"""What a case window and a group window share: a file (案卷) open in its own window, read in one worker
call and shown; its number (or "number pending") and name, what is due and what the archive still lacks,
its forms (double-click to open), the sharing panel, archiving and the archive bag. Each window adds what
is its own (a case's risk and timeline, a group's standards)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from desktop.ui.busy import BusyIndicator
from desktop.ui.dialogs import Dialogs
from desktop.ui.messages import ShowsFailures
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.correction_dialogs import FileCorrectionDialog
from desktop.ui.pages.sharing import SharePanel
from desktop.ui.pdf_preview import print_and_preview
from desktop.workflow.permissions import Action, allowed
from desktop.workflow.record_states import status_label
from desktop.workspace import Desk


class FileWindow(ShowsFailures, QWidget):
    open_record = Signal(object)  # record id
    new_form = Signal(object)  # the file's id
    closed = Signal(object)  # the file's id
    kind = ""  # "case" or "group": what the sharing panel shares
    depends = Changes.ALL  # what it shows
    archiving_changes = Changes.CASES | Changes.GROUPS  # what archiving it changes

    def __init__(
        self, desk: Desk, ops: Ops, dialogs: Dialogs, file_id: uuid.UUID, lang: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.desk, self.ops, self.dialogs, self.lang, self.file_id = desk, ops, dialogs, lang, file_id
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.state = QLabel(self)
        self.due = QLabel(self)
        self.due.setWordWrap(True)
        self.records = QListWidget(self)
        self.records.itemActivated.connect(lambda item: self.open_record.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.new_button = QPushButton(self)  # each window words it
        self.new_button.clicked.connect(lambda: self.new_form.emit(self.file_id))
        self.archive_button = QPushButton(self)
        self.archive_button.clicked.connect(self.archive)
        self.bag_button = QPushButton(self.tr("Print the archive bag"), self)
        self.bag_button.clicked.connect(self.print_bag)
        self.correct_button = QPushButton(self)  # each window words it
        self.correct_button.clicked.connect(self.correct)
        self.file_row: Any = None  # the case or group as last read (what a correction starts from)
        self.sharing = SharePanel(desk, ops, dialogs, self.kind, file_id, lang, self)
        self.archive_missing: list[str] = []  # as last read: the forms the archive set still lacks

    # -- layout ----------------------------------------------------------------------------------
    def _header(self, *beside_state: QWidget) -> QHBoxLayout:
        """The number and name, the busy indicator (this window is where the person looks), then the state."""
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(BusyIndicator(self.ops, self))
        for widget in (*beside_state, self.state):
            header.addWidget(widget)
        return header

    @staticmethod
    def _button_row(buttons: Sequence[QPushButton]) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- reading -----------------------------------------------------------------------------------
    def refresh(self, changes: Changes = Changes.ALL) -> None:
        """Read on the worker in one call (``file_reads``), then shown."""
        if not changes & self.depends:
            return
        self.ops.run(self._reader(), label=self._reading_label(), on_done=self._show)

    def _reader(self) -> Callable[[], Any]:
        raise NotImplementedError

    def _reading_label(self) -> str:
        raise NotImplementedError

    def _show(self, screen: Any) -> None:
        raise NotImplementedError

    # -- showing -----------------------------------------------------------------------------------
    def _show_name(self, archive_code: str | None, name: str) -> None:
        number = archive_code or self.tr("number pending")
        self.setWindowTitle(f"{number} {name} — CaseDesk")
        self.title.setText(f"{number}　{name}")

    def _due_lines(self, archive_missing: list[str], tasks: list[Any]) -> list[str]:
        """What the archive still lacks (given only once the file is closing), then what is due."""
        lines = []
        self.archive_missing = list(archive_missing)
        if archive_missing:
            names = "、".join(self.desk.registry.get(f).title.get(self.lang) for f in archive_missing)
            lines.append(self.tr("The archive still lacks: %1").replace("%1", names))
        for task in tasks:
            late = self.tr(" (overdue)") if task.overdue else ""
            lines.append(f"{task.label(self.lang)}: {task.due}{late}")
        return lines

    def _show_records(self, records: list[Any]) -> None:
        registry, lang = self.desk.registry, self.lang
        self.records.clear()
        for record in records:
            title = registry.get(record.form_id).title.get(lang)
            item = QListWidgetItem(f"{title}　{status_label(record.status, lang)}　{record.service_date or ''}")
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.records.addItem(item)

    def _option(self, list_name: str, value: Any) -> str:
        return self.desk.registry.option_label(list_name, value, self.lang)

    # -- actions -----------------------------------------------------------------------------------
    def archive(self) -> None:
        """Asked first (its forms are kept unchangeable from then on); then said what was done. While forms
        are missing nothing is asked: the refusal names them."""
        question = self.tr(
            "Archive %1? Its forms can no longer be changed once it is archived. Print the archive bag next and "
            "file the paper under its number."
        ).replace("%1", self.title.text())
        if not self.archive_missing and not self.dialogs.confirm(self.tr("Archive"), question):
            return

        def archived(view: Any) -> None:
            said = self.tr(
                "%1 was archived on %2. Its forms are read-only now; print the archive bag for the paper file."
            )
            self.dialogs.info(
                self.tr("Archived"), said.replace("%1", self.title.text()).replace("%2", str(view.archived_on))
            )

        self.ops.run(
            self._archive_call(), label=self.tr("Archiving…"), changes=self.archiving_changes, on_done=archived
        )

    def _archive_call(self) -> Callable[[], Any]:
        raise NotImplementedError

    def _show_correctable(self, row: Any) -> None:
        """The file as read: a correction starts from it. Those who serve correct (the domain says when not)."""
        self.file_row = row
        self.correct_button.setVisible(allowed(self.desk.roles, Action.SERVE))

    def correct(self) -> None:
        """The domain and the type (or kind) as they are, the new ones and the reason asked; the domain decides
        who may (after the archive number only a reviewer: K008) and a refusal is said in words."""
        row = self.file_row
        if row is None:
            return
        dialog = FileCorrectionDialog(self.desk.registry, self.kind, row, self.lang, self)
        if not self.dialogs.run(dialog) or not dialog.ready():  # no reason: nothing done
            return
        call = self._correct_call(dialog.reason_text(), dialog.changes())
        self.ops.run(
            call,
            label=self.tr("Correcting…"),
            changes=self.archiving_changes,
            on_done=lambda _: self.dialogs.info(
                self.tr("Corrected"),
                self.tr("%1 was corrected; its number stays as it is.").replace("%1", self.title.text()),
            ),
            on_error=self._failed,
        )

    def _correct_call(self, reason: str, changes: dict[str, Any]) -> Callable[[], Any]:
        raise NotImplementedError

    def print_bag(self) -> None:
        """The whole archive bag as one PDF, made off the UI thread, then previewed for printing."""
        desk, file_id = self.desk, self.file_id
        print_and_preview(
            self,
            self.ops,
            self.dialogs,
            lambda: desk.print_bag(file_id, desk.preview_file(f"bag-{file_id}.pdf")),  # removed at sign-out
            self.tr("Preparing the archive bag…"),
            self._failed,
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closed.emit(self.file_id)
        super().closeEvent(event)

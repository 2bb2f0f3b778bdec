"""到期销毁: what has passed its retention period on a chosen day, and — for the agency head — its
destruction with a reason, after a confirmation, off the UI thread with a progress bar, leaving a
destruction list (销毁清单) PDF for the paper archive. The periods, the list and the destruction are the
domain's (retention_ops.py); this page asks and shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.settings import SETTINGS
from desktop.ui.dialogs import Dialogs
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.page import Page
from desktop.ui.pages.tables import Prepared, RowsModel, model_view
from desktop.workflow.permissions import Action, allowed
from desktop.workflow.retention import IN_DAYS, PERIODS
from desktop.workspace import Desk

TITLE_STYLE = "font-size: 15pt; font-weight: bold;"
NOTE_STYLE = "background: #fff3bf; padding: 6px; border-radius: 4px;"
WARN_STYLE = "color: #c92a2a;"
COLUMNS = ("kind", "label", "starts", "kept_until", "records", "files")


class _Relay(QObject):
    """Called on the worker thread by the domain; the signal reaches the page on the UI thread."""

    moved = Signal(int, int, str)

    def __call__(self, done: int, total: int, label: str) -> None:
        self.moved.emit(done, total, label)


class PeriodsDialog(QDialog):
    """Each retention period, in years (backups in days), as the agency sets them."""

    def __init__(self, lengths: dict[str, int], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retention periods"))
        self.boxes: dict[str, QSpinBox] = {}
        form = QFormLayout(self)
        for period, length in lengths.items():
            box = QSpinBox(self)
            box.setRange(SETTINGS[PERIODS[period][0]].minimum or 1, 3650 if period in IN_DAYS else 100)
            box.setValue(length)
            box.setSuffix(self.tr(" days") if period in IN_DAYS else self.tr(" years"))
            self.boxes[period] = box
            form.addRow(PERIODS[period][1] if lang == "zh" else PERIODS[period][2], box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def lengths(self) -> dict[str, int]:
        return {period: box.value() for period, box in self.boxes.items()}


class RetentionPage(Page):
    depends = Changes.CASES | Changes.GROUPS | Changes.CLIENTS | Changes.RECORDS | Changes.SETTINGS

    def __init__(self, desk: Desk, ops: Ops, dialogs: Dialogs, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, ops, dialogs, lang, parent)
        self.may_destroy = allowed(desk.roles, Action.DESTROY)
        self.items: list[Any] = []
        self.lengths: dict[str, int] = {}
        self.shown_for: dt.date | None = None
        self.relay = _Relay(self)
        self.relay.moved.connect(self._progress)
        self.title = QLabel(self)
        self.title.setStyleSheet(TITLE_STYLE)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.as_of_label = QLabel(self)
        self.as_of = QDateEdit(self)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        today = desk.today()
        self.as_of.setDate(QDate(today.year, today.month, today.day))
        self.as_of.dateChanged.connect(lambda _: self.load())
        self.periods = QLabel(self)
        self.periods.setWordWrap(True)
        self.periods_button = QPushButton(self)
        self.periods_button.clicked.connect(self.change_periods)
        self.periods_button.setVisible(allowed(desk.roles, Action.MANAGE_AGENCY))
        # A model, not an item per cell: ten years of never-served intakes make a list of many thousands.
        self.model = RowsModel(COLUMNS, self)
        self.table = model_view(self.model, self)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(NOTE_STYLE)
        self.empty.setVisible(False)
        self.reason = QLineEdit(self)
        self.reason.textChanged.connect(lambda _: self._enable())
        self.destroy_button = QPushButton(self)
        self.destroy_button.setStyleSheet(WARN_STYLE)
        self.destroy_button.clicked.connect(self.destroy)
        self.only_head = QLabel(self)
        self.only_head.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.progress_label = QLabel(self)
        self.progress_label.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.as_of_label)
        top.addWidget(self.as_of)
        act = QHBoxLayout()
        act.addWidget(self.reason, 1)
        act.addWidget(self.destroy_button)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.progress_label, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        periods = QHBoxLayout()
        periods.addWidget(self.periods, 1)
        periods.addWidget(self.periods_button)
        layout.addLayout(periods)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(act)
        layout.addWidget(self.only_head)
        layout.addLayout(bar)
        self.reason.setVisible(self.may_destroy)
        self.destroy_button.setVisible(self.may_destroy)
        self.only_head.setVisible(not self.may_destroy)
        self.retranslate(lang)

    # -- words -------------------------------------------------------------------------------------
    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.title.setText(self.tr("Retention and destruction"))
        self.as_of_label.setText(self.tr("Due on"))
        self.hint.setText(
            self.tr(
                "Files kept past their retention period: closed cases and finished groups and activities from "
                "their archiving (or closing) date, other service records from their last change, the audit log "
                "and backups. Nothing here shows a person's name. The agency head destroys them with a reason; "
                "a destruction list (PDF) is made for the paper archive and the laptops delete the same files "
                "at their next sync."
            )
        )
        self.model.set_headers(
            [
                self.tr("Kind"),
                self.tr("Number or name"),
                self.tr("Period from"),
                self.tr("Kept until"),
                self.tr("Forms or entries"),
                self.tr("Attachments"),
            ]
        )
        self.reason.setPlaceholderText(self.tr("Reason for the destruction (printed on the destruction list)"))
        self.destroy_button.setText(self.tr("Destroy all of these…"))
        self.periods_button.setText(self.tr("Change the periods…"))
        self.only_head.setText(self.tr("Only the agency head destroys files. You may look at the list."))
        self._show()

    def _period_word(self, period: str) -> str:
        zh, en = PERIODS[period][1:]
        return zh if self.lang == "zh" else en

    # -- data --------------------------------------------------------------------------------------
    def day(self) -> dt.date:
        date = self.as_of.date()
        return dt.date(date.year(), date.month(), date.day())

    def _fetcher(self) -> Callable[[], Any]:
        day, words, lang = self.day(), {p: self._period_word(p) for p in PERIODS}, self.lang
        return lambda: self._fetch(day, words, lang)

    def _fetch(self, day: dt.date, words: dict[str, str], lang: str) -> tuple[dt.date, list[Any], dict, Prepared]:
        """Read and made into rows on the worker thread: ten years hold thousands of items."""
        items = self.desk.retention_due(day)
        return day, items, self.desk.retention_lengths(), self._rows(items, words, lang)

    def _rows(self, items: list[Any], words: dict[str, str], lang: str) -> Prepared:
        return self.model.prepare(
            [
                {
                    "id": item.key,
                    "kind": words[item.period],
                    "label": item.label_in(lang),
                    "starts": item.starts.isoformat(),
                    "kept_until": item.kept_until.isoformat(),
                    "records": item.records,
                    "files": item.files,
                }
                for item in items
            ]
        )

    def _loaded(self, found: tuple[dt.date, list[Any], dict[str, int], Prepared]) -> None:
        self.shown_for, self.items, self.lengths, rows = found
        self._show(rows)

    def _show(self, rows: Prepared | None = None) -> None:
        """``rows``: made on the worker thread; without them (a change of language) they are made here."""
        if self.lengths:
            parts = []
            for period, length in self.lengths.items():
                unit = self.tr("%1 days") if period in IN_DAYS else self.tr("%1 years")
                parts.append(f"{self._period_word(period)} {unit.replace('%1', str(length))}")
            self.periods.setText(self.tr("Retention periods: %1").replace("%1", self.tr(", ").join(parts)))
        if rows is None:
            rows = self._rows(self.items, {p: self._period_word(p) for p in PERIODS}, self.lang)
        self.model.reset(rows)
        self.table.resizeColumnsToContents()
        day = (self.shown_for or self.day()).isoformat()
        self.empty.setText(self.tr("Nothing has passed its retention period on %1.").replace("%1", day))
        self.empty.setVisible(self.shown_for is not None and not self.items)
        self._enable()

    def _enable(self) -> None:
        self.destroy_button.setEnabled(bool(self.items) and bool(self.reason.text().strip()) and not self.ops.running)

    def row_texts(self) -> list[list[str]]:
        """What the table shows, row by row (tests read it here)."""
        return [list(row) for row in self.model.texts]

    def change_periods(self) -> None:
        """The agency head or business lead sets the periods (the domain checks who may, and each value)."""
        if not self.lengths:
            return  # read with the page: not there yet
        dialog = PeriodsDialog(self.lengths, self.lang, self)
        if not self.dialogs.run(dialog):
            return
        chosen = dialog.lengths()

        desk = self.desk

        def save() -> None:
            for period, length in chosen.items():
                desk.set_setting(PERIODS[period][0], length)

        self.ops.run(save, changes=Changes.SETTINGS, on_done=lambda _: self.load(), on_error=self._failed)

    # -- destroying --------------------------------------------------------------------------------
    def destroy(self) -> None:
        if not self.may_destroy or not self.items:
            return
        reason = self.reason.text().strip()
        if not reason:
            self.dialogs.error(self.tr("Not done"), self.tr("Please give the reason for the destruction."))
            return
        day, keys = self.shown_for or self.day(), [item.key for item in self.items]
        out = self.dialogs.save_file(
            self.tr("Save the destruction list"), f"销毁清单-{day:%Y%m%d}.pdf", self.tr("PDF files (*.pdf)")
        )
        if out is None:
            return
        question = (
            self.tr("Destroy these %1 items for good? They cannot be brought back, here or on any laptop.").replace(
                "%1", str(len(keys))
            )
            + "\n\n"
            + "\n".join(f"{self._period_word(i.period)}  {i.label_in(self.lang)}" for i in self.items[:15])
            + ("\n…" if len(self.items) > 15 else "")
            + "\n\n"
            + self.tr("Reason: %1").replace("%1", reason)
        )
        if not self.dialogs.confirm(self.tr("Destroy"), question):
            return
        self.destroy_button.setEnabled(False)
        self.progress.setRange(0, len(keys) + 2)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.progress_label.setVisible(True)
        self.progress_label.setText(self.tr("Destroying…"))
        self.ops.run(
            lambda: self.desk.destroy_due(day, reason, out, keys=keys, progress=self.relay),
            label=self.tr("Destroying…"),
            changes=Changes.ALL,
            on_done=self._destroyed,
            on_error=self._failed,
        )

    def _progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if label:
            self.progress_label.setText(label)

    def _destroyed(self, result: Any) -> None:
        self.progress.setVisible(False)
        self.progress_label.setVisible(False)
        self.reason.clear()
        lines = [
            self.tr("%1 items destroyed.").replace("%1", str(len(result.lines))),
            self.tr("With them: %1 clients and %2 households that had nothing else left.")
            .replace("%1", str(result.clients))
            .replace("%2", str(result.households)),
            self.tr("Attachment files removed: %1").replace("%1", str(result.files_removed)),
            self.tr("The destruction list: %1").replace("%1", str(result.path)),
        ]
        self.dialogs.info(self.tr("Destroyed"), "\n".join(lines))
        self.load()

    def _failed(self, exc: Exception) -> None:
        self.progress.setVisible(False)
        self.progress_label.setVisible(False)
        self._enable()
        super()._failed(exc)

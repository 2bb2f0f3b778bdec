"""The small forms of the 抽查 page: what to draw, and one file's checklist. They run through
``Dialogs.run`` so tests fill them through their widgets; the scores are the domain's
(``desktop.workflow.spot_checks.score``), worked out again as each box changes."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.workflow import spot_checks as rules

ERROR_STYLE = "color: #c92a2a;"
NOTE_STYLE = "background: #fff3bf; padding: 6px; border-radius: 4px;"
FROM_RECORDS_STYLE = "color: #1864ab;"
SCORE_STYLE = "font-size: 13pt; font-weight: bold;"
MAX_SEED = 2**31 - 1


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(parent: QWidget, day: dt.date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(qdate(day))
    return edit


class SpotCheckWords(QObject):
    """Translated in its own context, so the page's columns and the dialogs say the same."""

    def dimensions(self) -> dict[str, str]:
        return {
            "completeness": self.tr("Completeness"),
            "conformity": self.tr("Conformity"),
            "professional": self.tr("Professional quality"),
        }

    def kind(self, kind: str) -> str:
        return self.tr("Case") if kind == "case" else self.tr("Group or activity")


class DrawDialog(QDialog):
    """The period the files were archived in, how many, and optionally whose, which kind and a seed."""

    def __init__(
        self,
        today: dt.date,
        stations: list[tuple[uuid.UUID, str]],
        workers: list[tuple[uuid.UUID, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Draw files for a spot check"))
        intro = QLabel(
            self.tr(
                "CaseDesk picks files at random among those archived in the period that you may see and that "
                "were not checked before."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.date_from = date_edit(self, pydate(qdate(today).addMonths(-3)))
        self.date_to = date_edit(self, today)
        self.count = QSpinBox(self)
        self.count.setRange(1, 500)
        self.count.setValue(5)
        self.station = QComboBox(self)
        self.station.addItem(self.tr("All stations"), None)
        for station_id, name in stations:
            self.station.addItem(name, station_id)
        self.worker = QComboBox(self)
        self.worker.addItem(self.tr("All workers"), None)
        for worker_id, name in workers:
            self.worker.addItem(name, worker_id)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Cases, groups and activities"), None)
        self.kind.addItem(self.tr("Cases only"), "case")
        self.kind.addItem(self.tr("Groups and activities only"), "group")
        self.seed = QLineEdit(self)
        self.seed.setValidator(QIntValidator(0, MAX_SEED, self))
        self.seed.setPlaceholderText(self.tr("Empty: a new random draw"))
        seed_hint = QLabel(
            self.tr(
                "To draw a sample again, enter the seed an earlier draw showed: the same seed over the same files "
                "draws the same files (files already checked are left out)."
            ),
            self,
        )
        seed_hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        self.to_label = QLabel(self.tr("to"), self)
        period.addWidget(self.to_label)
        period.addWidget(self.date_to)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Archived from"), period)
        form.addRow(self.tr("How many files"), self.count)
        form.addRow(self.tr("Station"), self.station)
        form.addRow(self.tr("Worker"), self.worker)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Seed (optional)"), self.seed)
        form.addRow("", seed_hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.draw_button = buttons.addButton(self.tr("Draw"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.draw_button.setDefault(True)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        order = [self.date_from, self.date_to, self.count, self.station, self.worker, self.kind, self.seed]
        for before, after in zip(order, [*order[1:], self.draw_button], strict=True):
            QWidget.setTabOrder(before, after)
        self.date_from.setFocus()
        self.setMinimumWidth(560)

    def try_accept(self) -> None:
        """Accepted only with a period that runs forwards (the domain would find nothing in one that does not)."""
        if self.date_from.date() > self.date_to.date():
            self.error.setText(self.tr("The period ends before it starts."))
            self.error.setVisible(True)
            return
        self.accept()

    def choice(self) -> dict[str, Any]:
        """The arguments of ``Desk.draw_spot_checks``."""
        seed = self.seed.text().strip()
        return {
            "count": self.count.value(),
            "archived_from": pydate(self.date_from.date()),
            "archived_to": pydate(self.date_to.date()),
            "station_id": self.station.currentData(),
            "worker_id": self.worker.currentData(),
            "kind": self.kind.currentData(),
            "seed": int(seed) if seed else None,
        }


class ScoreDialog(QDialog):
    """One drawn file's checklist, its items under their dimensions, each met or not; the three scores follow
    the boxes. Read-only for a file already scored (its stored answers)."""

    open_file = Signal()

    def __init__(
        self,
        about: str,
        kind: str,
        answers: dict[str, bool],
        from_records: set[str],
        lang: str,
        *,
        comment: str = "",
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind, self.read_only = kind, read_only
        # Window-modal, not application-modal: the case or group window it opens stays usable beside it.
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Spot check (scored)") if read_only else self.tr("Score a spot check"))
        top = self._build_top(about, read_only)
        groups = self._build_checklist(kind, answers, from_records, lang, read_only)
        scores = self._build_scores()
        buttons = self._build_comment_and_buttons(comment, read_only)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addLayout(groups)
        layout.addLayout(scores)
        layout.addWidget(self.comment)
        layout.addWidget(buttons)
        # The boxes, the comment, save; then the file itself (before the boxes on Shift+Tab).
        order = (
            [*self.boxes.values(), self.comment, self.save_button, self.open_button]
            if self.save_button
            else [self.open_button]
        )
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)
        order[0].setFocus()
        self.setMinimumWidth(620)
        self._rescore()

    def _build_top(self, about: str, read_only: bool) -> QHBoxLayout:
        """What file it is, the button that opens it, and how to score."""
        self.header = QLabel(about, self)
        self.header.setStyleSheet("font-weight: bold;")
        self.header.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the file"), self)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_file.emit)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.open_button)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        if read_only:
            self.intro.setText(self.tr("Scored: the answers given then. A spot check is scored once."))
        else:
            self.intro.setText(
                self.tr(
                    "Tick each item the file meets; an item left unticked counts as not met. Answers marked "
                    "“from the records” were filled in by CaseDesk from the file's forms: check them too."
                )
            )
            self.intro.setStyleSheet(NOTE_STYLE)
        return top

    def _build_checklist(
        self, kind: str, answers: dict[str, bool], from_records: set[str], lang: str, read_only: bool
    ) -> QVBoxLayout:
        """The checklist's items under their dimensions, a box each."""
        self.words = SpotCheckWords(self)
        names = self.words.dimensions()
        self.boxes: dict[str, QCheckBox] = {}
        self.from_records: dict[str, QLabel] = {}
        self.score_labels: dict[str, QLabel] = {}
        groups = QVBoxLayout()
        for dimension in rules.DIMENSIONS:
            group = QGroupBox(names[dimension], self)
            grid = QGridLayout(group)
            grid.setColumnStretch(0, 1)
            for row, item in enumerate(i for i in rules.CHECKLISTS[kind] if i.dimension == dimension):
                box = QCheckBox(item.zh if lang == "zh" else item.en[:1].upper() + item.en[1:], group)
                box.setChecked(bool(answers.get(item.id, False)))
                box.setEnabled(not read_only)
                box.toggled.connect(lambda _: self._rescore())
                self.boxes[item.id] = box
                grid.addWidget(box, row, 0)
                if item.id in from_records and not read_only:
                    note = QLabel(self.tr("from the records"), group)
                    note.setStyleSheet(FROM_RECORDS_STYLE)
                    self.from_records[item.id] = note
                    grid.addWidget(note, row, 1)
            groups.addWidget(group)
        return groups

    def _build_scores(self) -> QHBoxLayout:
        """The three scores, following the boxes."""
        scores = QHBoxLayout()
        for dimension in rules.DIMENSIONS:
            label = QLabel(self)
            label.setStyleSheet(SCORE_STYLE)
            self.score_labels[dimension] = label
            scores.addWidget(label)
            scores.addSpacing(24)
        scores.addStretch(1)
        return scores

    def _build_comment_and_buttons(self, comment: str, read_only: bool) -> QDialogButtonBox:
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(self.tr("Comment for the worker (optional)"))
        self.comment.setPlainText(comment)
        self.comment.setReadOnly(read_only)
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(80)
        if read_only:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
            self.save_button = None
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
            self.save_button = buttons.addButton(self.tr("Save the scores"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def answers(self) -> dict[str, bool]:
        return {item_id: box.isChecked() for item_id, box in self.boxes.items()}

    def comment_text(self) -> str:
        return self.comment.toPlainText().strip()

    def scores(self) -> dict[str, int]:
        return rules.score(self.kind, self.answers())

    def _rescore(self) -> None:
        names = self.words.dimensions()
        for dimension, value in self.scores().items():
            self.score_labels[dimension].setText(
                self.tr("%1: %2").replace("%1", names[dimension]).replace("%2", str(value))
            )

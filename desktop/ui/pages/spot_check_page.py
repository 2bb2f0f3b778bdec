"""抽查: the business lead, the agency head and supervisors draw archived files at random, score each on
the checklist (完整性 规范性 专业性), and read each worker's means for the performance review, with an
export for it. Who may, what is drawn and the scores are the domain's (spot_check_ops.py); this page
asks and shows, every Desk call through ``Ops``."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dialogs import Dialogs
from desktop.ui.formatting import local_time
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.page import Page
from desktop.ui.pages.spot_check_dialogs import (
    NOTE_STYLE,
    DrawDialog,
    ScoreDialog,
    SpotCheckWords,
    date_edit,
    pydate,
)
from desktop.ui.pages.tables import read_only_table
from desktop.workflow import spot_checks as rules
from desktop.workflow.permissions import Action, allowed
from desktop.workspace import Desk

TITLE_STYLE = "font-size: 15pt; font-weight: bold;"
ID_ROLE = Qt.ItemDataRole.UserRole


def _note(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    label.setVisible(False)
    return label


def _cell(text: str, bold: bool = False, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _mean(value: float) -> str:
    return f"{value:.1f}"


class SpotCheckPage(Page):
    open_file = Signal(str, object)  # "case" or "group", its id: the main window opens it

    depends = Changes.CASES | Changes.GROUPS | Changes.RECORDS

    def __init__(self, desk: Desk, ops: Ops, dialogs: Dialogs, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, ops, dialogs, lang, parent)
        self.words = SpotCheckWords(self)
        self.checks: list[Any] | None = None  # as fetched, open ones first
        self.names: dict[uuid.UUID, str] = {}
        self.stations: list[tuple[uuid.UUID, str]] = []
        self.workers: list[tuple[uuid.UUID, str]] = []
        self.last_draw: tuple[uuid.UUID, int, int] | None = None  # draw id, seed, files
        self.means: list[rules.WorkerScore] | None = None
        self._shown: list[Any] = []
        self.title = QLabel(self)
        self.title.setStyleSheet(TITLE_STYLE)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_checks_tab(), "")
        self.tabs.addTab(self._build_scores_tab(), "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.tabs, 1)
        order = [
            self.tabs, self.draw_button, self.score_button, self.open_button, self.open_only, self.table,
            self.scored_from, self.scored_to, self.export_button, self.scores_table,
        ]  # fmt: skip
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.retranslate(lang)

    def _build_checks_tab(self) -> QWidget:
        """The spot checks drawn: draw, score, open; the list."""
        checks_tab = QWidget(self)
        self.draw_button = QPushButton(checks_tab)
        self.draw_button.clicked.connect(self.draw)
        self.score_button = QPushButton(checks_tab)
        self.score_button.clicked.connect(self.score_selected)
        self.open_button = QPushButton(checks_tab)
        self.open_button.clicked.connect(self.open_selected)
        self.open_only = QCheckBox(checks_tab)
        self.open_only.toggled.connect(lambda _: self._show_checks())
        self.drawn_note = _note(checks_tab)
        self.table = read_only_table(checks_tab)
        self.table.setColumnCount(10)
        self.table.itemActivated.connect(lambda _: self.score_selected())
        self.table.itemSelectionChanged.connect(self._enable)
        self.empty = _note(checks_tab)
        bar = QHBoxLayout()
        for widget in (self.draw_button, self.score_button, self.open_button, self.open_only):
            bar.addWidget(widget)
        bar.addStretch(1)
        checks_layout = QVBoxLayout(checks_tab)
        checks_layout.addLayout(bar)
        checks_layout.addWidget(self.drawn_note)
        checks_layout.addWidget(self.table, 1)
        checks_layout.addWidget(self.empty)
        return checks_tab

    def _build_scores_tab(self) -> QWidget:
        """Each worker's means over the period scored, and their export."""
        scores_tab = QWidget(self)
        today = self.desk.today()
        self.scored_from_label = QLabel(scores_tab)
        self.scored_from = date_edit(scores_tab, dt.date(today.year, 1, 1))
        self.scored_to_label = QLabel(scores_tab)
        self.scored_to = date_edit(scores_tab, today)
        for edit in (self.scored_from, self.scored_to):
            edit.dateChanged.connect(lambda _: self.load_scores())
        self.export_button = QPushButton(scores_tab)
        self.export_button.clicked.connect(self.export)
        self.scores_hint = QLabel(scores_tab)
        self.scores_hint.setWordWrap(True)
        self.scores_table = read_only_table(scores_tab)
        self.scores_table.setColumnCount(6)
        self.scores_table.horizontalHeader().setStretchLastSection(False)  # the figures stay beside their names
        self.scores_table.horizontalHeader().setMinimumSectionSize(96)
        self.scores_empty = _note(scores_tab)
        period = QHBoxLayout()
        for widget in (self.scored_from_label, self.scored_from, self.scored_to_label, self.scored_to):
            period.addWidget(widget)
        period.addStretch(1)
        period.addWidget(self.export_button)
        scores_layout = QVBoxLayout(scores_tab)
        scores_layout.addLayout(period)
        scores_layout.addWidget(self.scores_hint)
        scores_layout.addWidget(self.scores_table, 1)
        scores_layout.addWidget(self.scores_empty)
        return scores_tab

    # -- words -------------------------------------------------------------------------------------
    def retranslate(self, lang: str) -> None:
        self.lang = lang
        names = self.words.dimensions()
        self.title.setText(self.tr("Spot checks"))
        self.hint.setText(
            self.tr(
                "Archived files drawn at random and scored on the checklist for completeness, conformity and "
                "professional quality (0–100 each); each worker's means count towards their performance review. "
                "Nobody scores their own file."
            )
        )
        self.tabs.setTabText(0, self.tr("Drawn files"))
        self.tabs.setTabText(1, self.tr("Scores per worker"))
        self.draw_button.setText(self.tr("Draw files…"))
        self.score_button.setText(self.tr("Score…"))
        self.open_button.setText(self.tr("Open the file"))
        self.open_only.setText(self.tr("Only those not scored yet"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Archive number"), self.tr("Kind"), self.tr("Worker"), self.tr("Drawn"), self.tr("Seed"),
                self.tr("Scored"), names["completeness"], names["conformity"], names["professional"],
                self.tr("Comment"),
            ]
        )  # fmt: skip
        self.scored_from_label.setText(self.tr("Scored from"))
        self.scored_to_label.setText(self.tr("to"))
        self.export_button.setText(self.tr("Export…"))
        self.scores_hint.setText(
            self.tr(
                "Each worker's mean scores over the files scored in the period, for the performance review; "
                "overall is the mean of the three."
            )
        )
        self.scores_table.setHorizontalHeaderLabels(
            [
                self.tr("Worker"), self.tr("Files"), names["completeness"], names["conformity"],
                names["professional"], self.tr("Overall"),
            ]
        )  # fmt: skip
        self._show_checks()
        self._show_scores()

    # -- data --------------------------------------------------------------------------------------
    def load(self) -> None:
        super().load()
        self.load_scores()

    def _fetch(self) -> dict[str, Any]:
        d = self.desk
        accounts = d.accounts()
        return {
            "checks": d.spot_checks(),
            "names": {a.id: a.display_name for a in accounts},
            "workers": [(a.id, a.display_name) for a in accounts if allowed(a.roles or [], Action.SERVE)],
            "stations": [(s.id, s.name) for s in d.stations()],
        }

    def _loaded(self, data: dict[str, Any]) -> None:
        # Open ones first, then the newest draw first, each draw's files by archive number.
        started: dict[uuid.UUID, dt.datetime] = {}
        for c in data["checks"]:
            started[c.draw_id] = min(c.drawn_at, started.get(c.draw_id, c.drawn_at))
        self.checks = sorted(
            data["checks"],
            key=lambda c: (c.scored_at is not None, -started[c.draw_id].timestamp(), c.archive_code or ""),
        )
        self.names, self.workers, self.stations = data["names"], data["workers"], data["stations"]
        self._show_checks()

    def load_scores(self) -> None:
        if not self.isVisible():
            return
        start, end = pydate(self.scored_from.date()), pydate(self.scored_to.date())
        self.ops.run(
            lambda: self.desk.spot_check_scores(start, end), on_done=self._scores_loaded, on_error=self._failed
        )

    def _scores_loaded(self, means: list[rules.WorkerScore]) -> None:
        self.means = sorted(means, key=lambda m: self.names.get(m.worker_id, ""))
        self._show_scores()

    # -- the list ----------------------------------------------------------------------------------
    def _show_checks(self) -> None:
        if self.checks is None:
            return
        shown = [c for c in self.checks if not (self.open_only.isChecked() and c.scored_at is not None)]
        was = self.selected()  # the same file stays selected as rows move (a scored one goes down)
        self.table.clearSelection()
        self._shown = shown
        fresh = self.last_draw[0] if self.last_draw else None
        self.table.setRowCount(len(shown))
        for r, check in enumerate(shown):
            scored = check.scored_at is not None
            cells = [
                check.archive_code or "—",
                self.words.kind(check.target_kind),
                self.names.get(check.worker_id, "—"),
                local_time(check.drawn_at, "%Y-%m-%d"),
                str(check.draw_seed),
                local_time(check.scored_at, "%Y-%m-%d") if scored else self.tr("not yet"),
                *(str(v) if scored else "" for v in (check.completeness, check.conformity, check.professional)),
                (check.comment or "").replace("\n", " "),
            ]
            for c, text in enumerate(cells):
                item = _cell(text, bold=check.draw_id == fresh, number=c in (4, 6, 7, 8))
                item.setData(ID_ROLE, check.id)
                self.table.setItem(r, c, item)
        if not self.checks:
            self.empty.setText(self.tr("No spot checks yet: click “Draw files…” to draw archived files at random."))
        else:
            self.empty.setText(
                self.tr("Every spot check is scored. Untick “Only those not scored yet” to see them all.")
            )
        self.empty.setVisible(not shown)
        if self.last_draw:
            _, seed, files = self.last_draw
            self.drawn_note.setText(
                self.tr(
                    "%1 files drawn with seed %2 (shown in bold). Keep the seed: over the same files it draws the "
                    "same sample."
                )
                .replace("%1", str(files))
                .replace("%2", str(seed))
            )
        self.drawn_note.setVisible(self.last_draw is not None)
        if was is not None:
            self.select(was.id)
        self._enable()

    def _enable(self) -> None:
        selected = self.selected() is not None
        self.score_button.setEnabled(selected)
        self.open_button.setEnabled(selected)

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self._shown[rows[0].row()] if rows and rows[0].row() < len(self._shown) else None

    def select(self, check_id: uuid.UUID) -> None:
        row = next((r for r, c in enumerate(self._shown) if c.id == check_id), None)
        if row is not None:
            self.table.selectRow(row)

    def row_texts(self) -> list[list[str]]:
        """What the list shows, row by row (tests read it here)."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    # -- drawing -----------------------------------------------------------------------------------
    def draw(self) -> None:
        dialog = DrawDialog(self.desk.today(), self.stations, self.workers, self)
        if not self.dialogs.run(dialog):
            return
        choice = dialog.choice()
        count = choice.pop("count")
        self.ops.run(
            lambda: self.desk.draw_spot_checks(count, **choice),
            label=self.tr("Drawing files…"),
            on_done=self._drawn,
            on_error=self._failed,
        )

    def _drawn(self, checks: list[Any]) -> None:
        self.last_draw = (checks[0].draw_id, checks[0].draw_seed, len(checks))
        self.open_only.setChecked(False)
        self.load()

    # -- scoring -----------------------------------------------------------------------------------
    def _about(self, check: Any) -> str:
        return "　".join(
            [
                check.archive_code or "—",
                self.words.kind(check.target_kind),
                self.names.get(check.worker_id, "—"),
                self.tr("drawn %1").replace("%1", local_time(check.drawn_at, "%Y-%m-%d")),
            ]
        )

    def score_selected(self) -> None:
        """A scored file shows its answers; an open one asks the records for theirs first (the domain refuses
        one's own file, or one scored meanwhile, before any box is ticked)."""
        check = self.selected()
        if check is None:
            return
        if check.scored_at is not None:
            dialog = ScoreDialog(
                self._about(check), check.target_kind, dict(check.checklist or {}), set(), self.lang,
                comment=check.comment or "", read_only=True, parent=self,
            )  # fmt: skip
            dialog.open_file.connect(lambda: self.open_check(check))
            self.dialogs.run(dialog)
            return
        self.ops.run(
            lambda: self.desk.spot_check_prefill(check.id),
            on_done=lambda prefill: self._score(check, prefill),
            on_error=self._failed,
        )

    def _score(self, check: Any, prefill: dict[str, bool]) -> None:
        dialog = ScoreDialog(self._about(check), check.target_kind, prefill, set(prefill), self.lang, parent=self)
        dialog.open_file.connect(lambda: self.open_check(check))
        if not self.dialogs.run(dialog):
            return
        answers, comment = dialog.answers(), dialog.comment_text()
        self.ops.run(
            lambda: self.desk.score_spot_check(check.id, answers, comment),
            label=self.tr("Saving the scores…"),
            on_done=lambda _: self.load(),
            on_error=self._failed,
        )

    # -- the file itself ---------------------------------------------------------------------------
    def open_selected(self) -> None:
        check = self.selected()
        if check is not None:
            self.open_check(check)

    def open_check(self, check: Any) -> None:
        """Asked of the domain first, off the UI thread: a file outside one's view is refused in words."""
        get = self.desk.case if check.target_kind == "case" else self.desk.group
        self.ops.run(
            lambda: get(check.target_id),
            on_done=lambda _: self.open_file.emit(check.target_kind, check.target_id),
            on_error=self._failed,
        )

    # -- each worker's means -----------------------------------------------------------------------
    def _show_scores(self) -> None:
        if self.means is None:
            return
        self.scores_table.setRowCount(len(self.means))
        for r, m in enumerate(self.means):
            cells = [
                self.names.get(m.worker_id, "—"),
                str(m.files),
                *(_mean(v) for v in (m.completeness, m.conformity, m.professional, m.overall)),
            ]
            for c, text in enumerate(cells):
                self.scores_table.setItem(r, c, _cell(text, number=c > 0))
        self.scores_empty.setText(
            self.tr(
                "No spot check was scored in this period. Once drawn files are scored on the “Drawn files” tab, "
                "each worker's means appear here."
            )
        )
        self.scores_empty.setVisible(not self.means)
        self.export_button.setEnabled(bool(self.means))

    def score_texts(self) -> list[list[str]]:
        """What the per-worker table shows, row by row (tests read it here)."""
        table = self.scores_table
        return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]

    def export(self) -> None:
        start, end = pydate(self.scored_from.date()), pydate(self.scored_to.date())
        out = self.dialogs.save_file(
            self.tr("Export the scores per worker"),
            f"抽查评分-{start:%Y%m%d}-{end:%Y%m%d}.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if out is None:
            return
        if out.suffix.lower() not in (".xlsx", ".csv"):
            out = out.with_name(out.name + ".xlsx")
        lang = self.lang
        self.ops.run(
            lambda: self.desk.export_spot_check_scores(start, end, out, lang),
            label=self.tr("Exporting…"),
            on_done=self._exported,
            on_error=self._failed,
        )

    def _exported(self, path: Path) -> None:
        self.dialogs.info(self.tr("Exported"), self.tr("The scores per worker are in %1").replace("%1", str(path)))

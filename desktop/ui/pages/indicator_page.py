"""指标: the eight domains' quality indicators for a period (docs/indicators.md), for the agency, a station,
a project (whose 项目指标 are the targets), a worker or a domain, in the seed's tables and order; for the
chosen row, achieved against target, month by month and worker by worker; every number opens the cases or
records behind it; the Excel workbook for the funder. The numbers are the Desk's (indicator_ops.py), each
asked off the UI thread through ``Ops``; a result that a newer choice overtook is dropped."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.indicators.targets import Progress
from desktop.ui.dialogs import Dialogs
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.indicator_charts import RowCharts
from desktop.ui.pages.indicator_filters import FilterBar, Filters
from desktop.ui.pages.indicator_items import ItemsWindow
from desktop.ui.pages.indicator_words import IndicatorWords, status_of
from desktop.ui.pages.page import Page
from desktop.ui.pages.spot_check_dialogs import NOTE_STYLE
from desktop.workflow import quality
from desktop.workspace import Desk

TITLE_STYLE = "font-size: 15pt; font-weight: bold;"
ID_ROLE = Qt.ItemDataRole.UserRole
TONE_FILL = {"met": "#d3f9d8", "pace": "#d0ebff", "short": "#ffe3e3", "none": "#f1f3f5"}
HEADER_FILL = "#dde7f3"
COLUMNS = 9  # 服务内容, 项目分类, 评估指标, value, target, achieved, status, needed a month, note


class IndicatorPage(Page):
    open_item = Signal(str, object)  # "case", "group" or "record", its id: the main window opens it

    depends = Changes.RECORDS | Changes.CASES | Changes.GROUPS | Changes.CLIENTS | Changes.SETTINGS

    def __init__(self, desk: Desk, ops: Ops, dialogs: Dialogs, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, ops, dialogs, lang, parent)
        self.words = IndicatorWords(self)
        self.rows: list[Progress] | None = None  # the last computation's, for ``computed_for``
        self.computed_for: Filters | None = None
        self.choices: dict[str, Any] | None = None  # stations, projects, the view, the domains
        self.chart_data: dict[str, Any] | None = None  # months and workers of the selected row
        self.windows: list[ItemsWindow] = []
        self._generation = 0  # the newest computation asked; older results are dropped
        self._chart_generation = 0
        self._row_ids: list[str | None] = []  # per table row; None for a domain's heading
        self.title = QLabel(self)
        self.title.setStyleSheet(TITLE_STYLE)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self._build_filters()
        self._build_table()
        self._build_detail()
        self._lay_out()
        self.retranslate(lang)

    def _build_filters(self) -> None:
        """The filter bar and what sits beside it: only the targets, export, quality."""
        # -- filters -------------------------------------------------------------------------------------
        self.bar = FilterBar(self.desk, self)
        self.bar.changed.connect(self.recompute)
        b = self.bar  # the filters' widgets, by name (tests and the tab order)
        self.period, self.date_from, self.date_to = b.period, b.date_from, b.date_to
        self.station, self.project, self.worker, self.domain = b.station, b.project, b.worker, b.domain
        self.only_targets = QCheckBox(self)
        self.only_targets.toggled.connect(lambda _: self._show_rows())
        self.export_button = QPushButton(self)
        self.export_menu = QMenu(self.export_button)
        self.export_xlsx = self.export_menu.addAction("", lambda: self.export("xlsx"))
        self.export_pdf = self.export_menu.addAction("", lambda: self.export("pdf"))
        self.export_button.setMenu(self.export_menu)
        self.export_button.setEnabled(False)
        self.quality_button = QPushButton(self)
        self.quality_button.clicked.connect(self.show_quality)
        self.quality_button.setEnabled(False)
        self.busy = QLabel(self)
        self.bar.when.addWidget(self.busy)
        self.bar.which.addWidget(self.only_targets)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setVisible(False)

    def _build_table(self) -> None:
        """The indicators' table, one row per indicator under its domain."""
        # -- the table -------------------------------------------------------------------------------------
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move in the list
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # fitted in _fit_columns
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)  # the note: cut, whole in its tip
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._quiet = False  # while the table is refilled: one question for the charts, after
        self.table.itemSelectionChanged.connect(lambda: None if self._quiet else self._selected_changed())
        self.table.itemActivated.connect(lambda _: self.drill())

    def _build_detail(self) -> None:
        """The chosen row: how far it is, and its charts, below the table."""
        # -- the chosen row: how far, and the charts -----------------------------------------------------------
        lower = QWidget(self)
        self.detail = QLabel(lower)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.drill_button = QPushButton(lower)
        self.drill_button.clicked.connect(lambda: self.drill())
        self.drill_button.setEnabled(False)
        self.charts = RowCharts(self.words, self.lang, lower)
        self.charts.drill.connect(lambda period, worker: self.drill(period, worker))
        self.target_chart, self.month_chart, self.worker_chart = self.charts.charts()
        self.worker_chart.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.detail, 1)
        top.addWidget(self.drill_button, 0, Qt.AlignmentFlag.AlignTop)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(top)
        lower_layout.addWidget(self.charts, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([520, 300])  # the table first; the charts need about 250 px to read

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.quality_button)
        heading.addWidget(self.export_button)
        layout.addLayout(heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.bar)
        layout.addWidget(self.note)
        layout.addWidget(self.splitter, 1)
        order = [
            self.period, self.date_from, self.date_to, self.station, self.project, self.worker, self.domain,
            self.only_targets, self.quality_button, self.export_button, self.table, self.drill_button,
            self.target_chart, self.month_chart, self.worker_chart,
        ]  # fmt: skip
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # -- words -------------------------------------------------------------------------------------------
    def retranslate(self, lang: str) -> None:
        self.lang = self.words.lang = self.charts.lang = lang
        self.title.setText(self.tr("Indicators"))
        self.hint.setText(
            self.tr(
                "The service-quality indicators of the eight domains for the period, in the standard's tables. "
                "Choose a project to measure against its targets. Double-click a number, or press Enter, to see "
                "the cases and records behind it."
            )
        )
        self.only_targets.setText(self.tr("Only rows with a target"))
        self.export_button.setText(self.tr("Export"))
        self.export_xlsx.setText(self.tr("Excel workbook…"))
        self.export_pdf.setText(self.tr("PDF report with the quality checks…"))
        self.quality_button.setText(self.tr("Quality checks…"))
        self.drill_button.setText(self.tr("Records behind the number…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Service"), self.tr("Item"), self.tr("Indicator"), self.tr("This period"), self.tr("Target"),
                self.tr("Achieved"), self.tr("Met / pace"), self.tr("Still needed"), self.tr("Note"),
            ]
        )  # fmt: skip
        self.bar.retranslate(lang)
        self.worker_chart.setVisible(bool(self.choices and self.choices["view"].others))
        self._show_rows()

    # -- data ----------------------------------------------------------------------------------------------
    def _fetch(self) -> dict[str, Any]:
        d = self.desk
        return {
            "catalogue": d.indicator_catalogue(),
            "stations": [(s.id, s.name) for s in d.stations()],
            "projects": [
                {
                    "id": p.id,
                    "name": p.name,
                    "stations": p.stations,
                    "targets": dict(p.targets or {}),
                    "contract": (p.contract_start, p.contract_end),
                }
                for p in d.projects()
            ],  # fmt: skip
            "view": d.indicator_view(),
            "domains": [t.domain for t in d.indicator_catalogue().tables],
        }

    def _loaded(self, choices: dict[str, Any]) -> None:
        self.choices = choices
        self.bar.set_choices(choices, self.lang)
        self.worker_chart.setVisible(choices["view"].others)
        self.recompute()

    def filters(self) -> Filters:
        return self.bar.filters()

    def recompute(self) -> None:
        self.bar.stop()
        if self.choices is None:
            return
        wanted = self.filters()
        if wanted.end < wanted.start:
            self._say(self.tr("The period ends before it starts: choose a later end date."))
            return
        self._generation += 1
        generation = self._generation

        def work() -> list[Progress] | None:
            if generation != self._generation:  # overtaken while it waited its turn
                return None
            return self.desk.indicators(wanted.start, wanted.end, domain=wanted.domain, **wanted.ids())

        self.busy.setText(self.tr("Computing…"))
        self.ops.run(
            work,
            label=self.tr("Computing the indicators…"),
            on_done=lambda rows: self._computed(generation, wanted, rows),
            on_error=lambda exc: self._failed(exc, generation),
        )

    def _computed(self, generation: int, wanted: Filters, rows: list[Progress] | None) -> None:
        if generation != self._generation or rows is None:
            return
        self.busy.setText("")
        self.rows, self.computed_for = rows, wanted
        self.export_button.setEnabled(bool(rows))
        self.quality_button.setEnabled(True)
        self._show_rows()

    # -- the table -----------------------------------------------------------------------------------------
    def _show_rows(self) -> None:
        if self.rows is None or self.choices is None:
            return
        was = self.selected_id()
        shown = [p for p in self.rows if p.target is not None or not self.only_targets.isChecked()]
        catalogue = self.choices["catalogue"]  # read with the choices, on the worker
        by_domain: dict[str, list[Progress]] = {}
        for p in shown:
            by_domain.setdefault(p.figure.indicator.domain, []).append(p)
        self.table.clearSpans()
        self.table.setRowCount(sum(len(v) + 1 for v in by_domain.values()))
        self._row_ids = []
        r = 0
        for table in catalogue.tables:  # the seed's order: chapter by chapter, row by row
            chosen = by_domain.get(table.domain)
            if not chosen:
                continue
            self._heading_row(r, table)
            r += 1
            previous: tuple[str, str] | None = None
            for p in chosen:
                row = p.figure.indicator
                first = (row.section, row.item) != previous
                self._fill_row(r, p, show_item=first, show_section=previous is None or previous[0] != row.section)
                previous = (row.section, row.item)
                r += 1
        self._fit_columns()
        self._say(self._empty_words(shown))
        # The same row stays chosen; its charts are asked again either way (the period may be new).
        self._quiet = True
        self.table.clearSelection()
        self.select(was if was is not None and was in self._row_ids else self._first_to_show(shown))
        self._quiet = False
        self._selected_changed()

    def _fit_columns(self) -> None:
        """Each column as wide as its widest cell, the domains' headings aside (they span the row), and the
        names capped (the longest 项目分类 runs to 17 characters; the whole name is in the cell's tip), so that
        the numbers fit beside them."""
        fm = self.table.fontMetrics()
        cjk = fm.horizontalAdvance("指")
        caps = {0: 6 * cjk + 16, 1: 11 * cjk + 16, 2: 16 * cjk + 16}
        header = self.table.horizontalHeader()
        for c in range(COLUMNS - 1):
            texts = [self.table.item(r, c).text() for r, i in enumerate(self._row_ids) if i is not None]
            widest = max([fm.horizontalAdvance(x) for x in texts] + [header.fontMetrics().horizontalAdvance(
                self.table.horizontalHeaderItem(c).text() if self.table.horizontalHeaderItem(c) else "")])  # fmt: skip
            self.table.setColumnWidth(c, min(widest + 16, caps.get(c, 10_000)))

    @staticmethod
    def _first_to_show(shown: list[Progress]) -> str | None:
        """Where to look first: the first row short of its target, else the first with a number."""
        short = [p for p in shown if p.met is False]
        counted = [p for p in shown if (p.figure.numerator or 0) > 0]
        first = short or counted or shown
        return first[0].figure.indicator.id if first else None

    def _heading_row(self, r: int, table: Any) -> None:
        label = self.desk.registry.option_label("domain", table.domain, self.lang)
        title = table.title.zh if self.lang == "zh" else table.title.en
        item = QTableWidgetItem(f"{label}　{title}")
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setBackground(QBrush(QColor(HEADER_FILL)))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(r, 0, item)
        for c in range(1, COLUMNS):
            blank = QTableWidgetItem("")
            blank.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(r, c, blank)
        self.table.setSpan(r, 0, 1, COLUMNS)
        self._row_ids.append(None)

    def _fill_row(self, r: int, p: Progress, show_item: bool, show_section: bool) -> None:
        row = p.figure.indicator
        w = self.words
        tone, status = status_of(p)
        name = row.indicator if self.lang == "zh" else row.label.en
        cells = [
            row.section if show_section else "", row.item if show_item else "", name, w.value(p), w.target(p),
            w.achieved(p), w.status(status), w.needed(p), w.note(p, self.lang),
        ]  # fmt: skip
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, row.id)
            if c in (3, 4, 5, 7):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 6 and tone:
                item.setBackground(QBrush(QColor(TONE_FILL[tone])))
            if not row.computable:
                item.setForeground(QBrush(QColor("#868e96")))
            item.setToolTip(f"{row.label.get(self.lang)}\n{row.standard}" if c < 3 else text)
            self.table.setItem(r, c, item)
        self._row_ids.append(row.id)

    def _empty_words(self, shown: list[Progress]) -> str:
        """What a new user needs to hear when the table has nothing to show, or no target to measure by."""
        if self.rows is not None and not any(
            (p.figure.numerator or 0) > 0 or (p.figure.denominator or 0) > 0 for p in self.rows
        ):
            return self.tr(
                "No work in this period counts yet. A record counts once it is approved (forms without approval "
                "once submitted), on its service date: record cases and groups, ask for approval, or choose a "
                "longer period."
            )
        if not shown:
            return self.tr("No row has a target. Choose a project whose targets are set, or untick the box.")
        wanted = self.computed_for
        project = next((p for p in self.choices["projects"] if wanted and p["id"] == wanted.project_id), None)
        if project is not None and not project["targets"]:
            return self.tr("This project has no targets (项目指标) set yet: only the standard's fixed rates have one.")
        if project is not None and wanted is not None and (wanted.start, wanted.end) != project["contract"]:
            # The targets stand for the whole contract: a quarter is measured against all of them.
            return self.tr(
                "The project's targets are for its whole contract and this period is measured against them as they "
                "stand: choose the period “The project's contract” to see how far the project is."
            )
        return ""

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self._row_ids[rows[0].row()] if rows and rows[0].row() < len(self._row_ids) else None

    def select(self, row_id: str | None) -> None:
        if row_id is not None and row_id in self._row_ids:
            r = self._row_ids.index(row_id)
            self.table.selectRow(r)
            self.table.scrollToItem(self.table.item(r, 0), QAbstractItemView.ScrollHint.PositionAtCenter)

    def progress_of(self, row_id: str | None) -> Progress | None:
        return next((p for p in self.rows or [] if p.figure.indicator.id == row_id), None)

    def cells(self, row_id: str) -> list[str]:
        """What the table shows for one row (tests read it here)."""
        r = self._row_ids.index(row_id)
        return [self.table.item(r, c).text() for c in range(COLUMNS)]

    def shown_ids(self) -> list[str]:
        return [i for i in self._row_ids if i is not None]

    # -- the chosen row ----------------------------------------------------------------------------------
    def _selected_changed(self) -> None:
        p = self.progress_of(self.selected_id())
        self.drill_button.setEnabled(p is not None and p.figure.indicator.computable)
        self._chart_generation += 1
        self.chart_data = None
        if p is None:
            self.detail.setText("")
            self.charts.clear()
            return
        self.detail.setText(self.words.how_far(p, self.lang))
        self.charts.show_row(p)
        if not p.figure.indicator.computable:
            return
        generation, wanted, row_id = self._chart_generation, self.computed_for, p.figure.indicator.id
        others = bool(self.choices and self.choices["view"].others)

        def work() -> dict[str, Any] | None:
            if generation != self._chart_generation or wanted is None:
                return None
            d, ids = self.desk, wanted.ids()
            return {
                "row": row_id,
                "months": d.indicator_months(row_id, wanted.start, wanted.end, **ids),
                "workers": d.indicator_by_worker(row_id, wanted.start, wanted.end, **ids) if others else [],
            }

        self.ops.run(work, on_done=lambda data: self._charts_loaded(generation, data), on_error=self._failed)

    def _charts_loaded(self, generation: int, data: dict[str, Any] | None) -> None:
        p, wanted = self.progress_of(data["row"] if data else None), self.computed_for
        if generation != self._chart_generation or data is None or p is None or wanted is None:
            return
        self.chart_data = data
        names = dict(self.choices["view"].workers) if self.choices else {}
        self.charts.show_numbers(p, wanted.start, wanted.end, data["months"], data["workers"], names)

    # -- behind a number ---------------------------------------------------------------------------------
    def drill(self, period: tuple[dt.date, dt.date] | None = None, worker: uuid.UUID | None = None) -> None:
        """The cases or records behind the chosen row's number (its month's, or one worker's, from a chart)."""
        p, wanted = self.progress_of(self.selected_id()), self.computed_for
        if p is None or wanted is None or not p.figure.indicator.computable:
            return
        row = p.figure.indicator
        start, end = period or (wanted.start, wanted.end)
        ids = {**wanted.ids(), **({"worker_id": worker} if worker is not None else {})}

        def work() -> dict[str, list[dict[str, Any]]]:
            found = {"numerator": self.desk.indicator_items(row.id, start, end, "numerator", **ids)}
            if row.denominator is not None:
                found["denominator"] = self.desk.indicator_items(row.id, start, end, "denominator", **ids)
            return found

        names = dict(self.choices["view"].workers) if self.choices else {}
        whose = names.get(worker, "") if worker is not None else ""
        self.ops.run(
            work,
            label=self.tr("Finding the records…"),
            on_done=lambda found: self._show_items(p, start, end, whose, period is None and worker is None, found),
            on_error=self._failed,
        )

    def _show_items(
        self, p: Progress, start: dt.date, end: dt.date, whose: str, whole: bool, found: dict[str, Any]
    ) -> None:
        heading = self.words.items_heading(p, start, end, whose, whole, self.lang)
        row = p.figure.indicator
        window = ItemsWindow(row.label.get(self.lang), heading, found, row.target.better == "lower", self)
        window.open_item.connect(self.open_item)
        window.closed.connect(lambda win: self.windows.remove(win) if win in self.windows else None)
        self.windows.append(window)
        window.show()
        window.raise_()

    # -- what pulls the numbers down ---------------------------------------------------------------------
    def show_quality(self) -> None:
        """The quality checks' findings for the period and filters shown, a tab per check (docs/rules.md)."""
        wanted = self.computed_for
        if wanted is None:
            return
        self.ops.run(
            lambda: self.desk.quality_checks(wanted.start, wanted.end, domain=wanted.domain, **wanted.ids()),
            label=self.tr("Checking the records…"),
            on_done=lambda issues: self._show_quality(wanted, issues),
            on_error=self._failed,
        )

    def _show_quality(self, wanted: Filters, issues: list[Any]) -> None:
        lists = []
        for check in quality.CHECKS:
            found = [
                {"kind": i.kind, "id": i.id, "code": i.code, "client": i.client, "date": i.due, "worker": i.worker,
                 "detail": i.detail}
                for i in issues if i.check == check
            ]  # fmt: skip
            if found:
                lists.append((quality.label(check, self.lang), found))
        heading = self.bar.heading(wanted, self.desk.info.agency_name, self.lang)
        heading.pop("生成 / made", None)
        what = "；".join(f"{k.split(' / ')[0 if self.lang == 'zh' else -1]}：{v}" for k, v in heading.items())
        if not lists:
            self.dialogs.info(self.tr("Quality checks"), self.tr("Nothing falls short for %1.").replace("%1", what))
            return
        note = self.tr("Late approvals, reports and archiving are as of today, whatever the period.")
        window = ItemsWindow("", f"{what}\n{note}", lists, parent=self)
        window.setWindowTitle(self.tr("Quality checks: %1 found").replace("%1", str(len(issues))))
        window.open_item.connect(self.open_item)
        window.closed.connect(lambda win: self.windows.remove(win) if win in self.windows else None)
        self.windows.append(window)
        window.show()
        window.raise_()

    # -- the workbook ------------------------------------------------------------------------------------
    def export(self, kind: str = "xlsx") -> None:
        """The table as the funder's Excel workbook, or as a PDF report that adds the quality checks."""
        if not self.rows or self.computed_for is None:
            return
        wanted, rows, lang = self.computed_for, list(self.rows), self.lang
        pdf = kind == "pdf"
        out = self.dialogs.save_file(
            self.tr("Export the indicators"),
            f"服务质量指标-{wanted.start:%Y%m%d}-{wanted.end:%Y%m%d}.{kind}",
            self.tr("PDF report (*.pdf)") if pdf else self.tr("Excel workbook (*.xlsx)"),
        )
        if out is None:
            return
        if out.suffix.lower() != f".{kind}":
            out = out.with_name(f"{out.name}.{kind}")
        heading = self.bar.heading(wanted, self.desk.info.agency_name, lang)

        def work() -> Path:
            found = self.desk.quality_checks(wanted.start, wanted.end, domain=wanted.domain, **wanted.ids())
            return self.desk.export_indicators(rows, out, heading, lang, found if pdf else None)

        self.ops.run(work, label=self.tr("Exporting…"), on_done=self._exported, on_error=self._failed)

    def _exported(self, path: Path) -> None:
        self.dialogs.info(self.tr("Exported"), self.tr("The indicators are in %1").replace("%1", str(path)))

    def _failed(self, exc: Exception, generation: int | None = None) -> None:
        if generation is not None:
            if generation != self._generation:
                return
            self.busy.setText("")
        super()._failed(exc)

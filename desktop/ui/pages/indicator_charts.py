"""The chosen row of the 指标 page in three bar charts: achieved against the target (and what was due by
today), month by month (``Desk.indicator_months``) with the target's share a month, and worker by worker
(``Desk.indicator_by_worker``, only for those who see more than their own work). A month's or a worker's bar
drills into what it counts."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop.indicators.compute import Figure
from desktop.indicators.drill import months
from desktop.indicators.targets import Progress
from desktop.ui.pages.bar_chart import Bar, BarChart, number
from desktop.ui.pages.indicator_words import IndicatorWords, status_of


class RowCharts(QWidget):
    drill = Signal(object, object)  # a period (first, last) or None, a worker's id or None

    def __init__(self, words: IndicatorWords, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words, self.lang = words, lang
        self.target_chart, self.month_chart, self.worker_chart = BarChart(self), BarChart(self), BarChart(self)
        self.target_chart.bar_clicked.connect(lambda _: self.drill.emit(None, None))
        self.month_chart.bar_clicked.connect(lambda span: self.drill.emit(span, None))
        self.worker_chart.bar_clicked.connect(lambda worker: self.drill.emit(None, worker))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.target_chart, 2)
        layout.addWidget(self.month_chart, 4)
        layout.addWidget(self.worker_chart, 3)

    def charts(self) -> tuple[BarChart, BarChart, BarChart]:
        return self.target_chart, self.month_chart, self.worker_chart

    def clear(self) -> None:
        for chart in self.charts():
            chart.set_data("", [])

    def show_row(self, p: Progress) -> None:
        """What the row itself says (achieved and target); the other two wait for their numbers."""
        w, row = self.words, p.figure.indicator
        title = self.tr("Achieved and target")
        if not row.computable:
            self.target_chart.set_data(title, [], empty=self.tr("Not computable yet"))
            for chart in (self.month_chart, self.worker_chart):
                chart.set_data("", [], empty=self.tr("Not computed until the records hold what is missing."))
            return
        tone, _ = status_of(p)
        bars = [Bar(self.tr("This period"), p.figure.value, w.number(p.figure, bare=True), tone or "normal", "row")]
        if p.expected_by_now is not None and p.met is False:
            bars.append(Bar(self.tr("Due by today"), p.expected_by_now, number(p.expected_by_now), "target"))
        if p.target is not None:
            bars.append(Bar(self.tr("Target"), p.target, w.bare_target(p), "target"))
        self.target_chart.set_data(title, bars)
        self.month_chart.set_data(self.tr("Month by month"), [], empty=self.tr("Computing…"))
        self.worker_chart.set_data(self.tr("By worker"), [], empty=self.tr("Computing…"))

    def show_numbers(
        self,
        p: Progress,
        start: dt.date,
        end: dt.date,
        by_month: list[tuple[dt.date, Figure]],
        by_worker: list[tuple[uuid.UUID, Figure]],
        names: dict[Any, str],
    ) -> None:
        w, row = self.words, p.figure.indicator
        spans = dict(months(start, end))
        one_year = start.year == end.year
        bars = [
            Bar(w.month(first, one_year, self.lang), f.value, w.number(f, bare=True), w.tone_of(f, p.target),
                (first, spans[first]))
            for first, f in by_month
        ]  # fmt: skip
        reference = None
        if p.target is not None:  # a rate's target holds every month; a count's is shared out over them
            share = p.target if row.is_rate else p.target / max(len(bars), 1)
            reference = (share, w.reference(share, row.is_rate, monthly=not row.is_rate))
        self.month_chart.set_data(self.tr("Month by month"), bars, reference, self.tr("No months in the period."))
        bars = [
            Bar(names.get(worker, "—"), f.value, w.number(f, bare=True), w.tone_of(f, p.target), worker)
            for worker, f in by_worker
        ]
        reference = (p.target, w.reference(p.target, True, monthly=False)) if row.is_rate and p.target else None
        self.worker_chart.set_data(self.tr("By worker"), bars, reference, self.tr("No worker in your view."))

"""Settings: each station's service-area population and the year of the figure, the denominator of the
mutual-aid coverage rate (互助组织人口覆盖率, docs/indicators.md). The agency head types them; others see
them. Saved whole through ``Desk.set_area_populations``, which checks every figure before keeping any."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.ui.dialogs import Dialogs
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.page import Page
from desktop.ui.pages.tables import fit_height, read_only_table
from desktop.workflow.permissions import Action, allowed
from desktop.workspace import Desk


class AreaPopulationTable(Page):
    """A part of the settings page: the settings page asks it to ``load``."""

    def __init__(self, desk: Desk, ops: Ops, dialogs: Dialogs, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, ops, dialogs, lang, parent)
        self.editable = allowed(desk.roles, Action.MANAGE_AGENCY)
        self.stations: list[uuid.UUID] = []
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666;")
        self.table = read_only_table(self, selectable=False)
        self.table.setColumnCount(3)
        self.table.horizontalHeader().setStretchLastSection(False)  # the figures stay beside their station
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(self.editable)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.table.setHorizontalHeaderLabels([self.tr("Station"), self.tr("Population"), self.tr("Year")])
        self.save_button.setText(self.tr("Save the populations"))
        text = self.tr(
            "The people living in each station's service area and the year of the figure: the mutual-aid "
            "organisations' coverage rate divides by them. 0: not known (the rate then shows —)."
        )
        self.hint.setText(text + ("" if self.editable else " " + self.tr("Set by the agency head.")))

    def _fetch(self) -> list[dict[str, Any]]:
        """The stations' figures, read on the worker."""
        return self.desk.area_populations()

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        self._show_rows(rows)

    def _show_rows(self, rows: list[dict[str, Any]]) -> None:
        self.stations = [row["station_id"] for row in rows]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(row["name"]))
            self.table.setCellWidget(r, 1, self._spin(0, 100_000_000, row["population"] or 0, grouped=True))
            self.table.setCellWidget(r, 2, self._spin(1949, 2100, row["year"] or dt.date.today().year))
        self.table.setColumnWidth(1, 160)
        self.table.resizeRowsToContents()
        fit_height(self.table, 260)

    def _spin(self, low: int, high: int, value: int, grouped: bool = False) -> QSpinBox:
        spin = QSpinBox(self.table)
        spin.setRange(low, high)
        spin.setGroupSeparatorShown(grouped)  # 23,456 people; the year 2025 as it is written
        spin.setValue(value)
        spin.setEnabled(self.editable)
        return spin

    def figures(self) -> dict[uuid.UUID, tuple[int, int] | None]:
        """What the table holds: (population, year) per station, None where the population is 0."""
        out: dict[uuid.UUID, tuple[int, int] | None] = {}
        for r, station in enumerate(self.stations):
            people: Any = self.table.cellWidget(r, 1)
            year: Any = self.table.cellWidget(r, 2)
            out[station] = (people.value(), year.value()) if people.value() else None
        return out

    def save(self) -> None:
        figures, desk = self.figures(), self.desk
        self.ops.run(
            lambda: desk.set_area_populations(figures),
            label=self.tr("Saving…"),
            changes=Changes.SETTINGS,
            on_done=lambda _: self.dialogs.info(self.tr("Saved"), self.tr("The populations are saved.")),
            on_error=self._failed,
        )

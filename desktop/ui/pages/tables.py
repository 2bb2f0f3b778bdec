"""The lists behind Home, Records, Review, Cases and Groups: plain tables filled off the UI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.ops import Ops

ID_ROLE = Qt.ItemDataRole.UserRole


def read_only_table(parent: QWidget, selectable: bool = True) -> QTableWidget:
    """The pages' lists: rows selected whole, columns fitted to their contents, no row numbers."""
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.SingleSelection if selectable else QAbstractItemView.SelectionMode.NoSelection
    )
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


def fill_rows(table: QTableWidget, rows: list[list[str]], data: list[Any] | None = None) -> None:
    """The rows' texts, each row's ``data`` kept under ID_ROLE of its cells."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if data is not None:
                item.setData(ID_ROLE, data[r])
            table.setItem(r, c, item)
    table.resizeRowsToContents()


def fit_height(table: QTableWidget, limit: int) -> None:
    """A short list as tall as its rows (up to ``limit``), so no empty box sits on the page."""
    frame = 2 * table.frameWidth() + table.horizontalHeader().sizeHint().height()
    rows_height = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(min(frame + rows_height + 6, limit))


class ListPage(QWidget):
    """A titled table; ``load`` fetches rows in the background; double-click or Enter opens one."""

    activated = Signal(object)  # the id of the row's item

    def __init__(
        self,
        ops: Ops,
        fetch: Callable[[str], list[dict[str, Any]]],
        columns: Sequence[str],
        parent: QWidget | None = None,
        searchable: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ops, self.fetch, self.columns = ops, fetch, list(columns)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setVisible(searchable)
        self.search.textChanged.connect(self.load)
        self.table = read_only_table(self)
        self.table.itemActivated.connect(self._activate)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.search)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self.empty_text = ""

    def add_button(self, button: QWidget) -> None:
        self.buttons.insertWidget(self.buttons.count() - 1, button)

    def set_headers(self, headers: Sequence[str]) -> None:
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))

    def load(self) -> None:
        query = self.search.text()
        self.ops.run(lambda: self.fetch(query), on_done=self.show_rows)

    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, key in enumerate(self.columns):
                item = QTableWidgetItem("" if row.get(key) is None else str(row.get(key)))
                item.setData(ID_ROLE, row.get("id"))
                self.table.setItem(r, c, item)
        if not rows and self.empty_text:
            self.hint.setText(self.empty_text)

    def selected_id(self) -> Any:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(ID_ROLE) if item else None

    def _activate(self, item: QTableWidgetItem) -> None:
        self.activated.emit(item.data(ID_ROLE))


class PlaceholderPage(QWidget):
    """A screen a later issue fills: it says so plainly instead of pretending."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(1)

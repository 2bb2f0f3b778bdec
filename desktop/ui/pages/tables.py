"""The lists behind Home, Clients, Cases, Groups, Records and Archive: read a page at a time off the UI
thread, and the plain tables of the other pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.ops import Changes, Ops
from desktop.workflow.text_limits import SEARCH_MAX

ID_ROLE = Qt.ItemDataRole.UserRole
PAGE_ROWS = 200  # rows fetched at a time, as in desktop.workspace.listing_ops.PAGE


def list_view(view: QAbstractItemView, selectable: bool = True) -> None:
    """How the pages' lists behave: read-only, rows selected whole, no row numbers, the last column stretched,
    and Tab leaving the list (the arrows move in it), never a trap of cells."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.SingleSelection if selectable else QAbstractItemView.SelectionMode.NoSelection
    )
    view.setTabKeyNavigation(False)
    view.horizontalHeader().setStretchLastSection(True)  # type: ignore[attr-defined]
    view.verticalHeader().setVisible(False)  # type: ignore[attr-defined]


def model_view(model: RowsModel, parent: QWidget) -> QTableView:
    """A long list over a model: columns sized once from the first rows, then left to the person."""
    view = QTableView(parent)
    view.setModel(model)
    list_view(view)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setResizeContentsPrecision(100)  # widths from the first rows, quickly
    return view


def read_only_table(parent: QWidget, selectable: bool = True) -> QTableWidget:
    """The pages' short lists: columns fitted to their contents."""
    table = QTableWidget(parent)
    list_view(table, selectable)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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


@dataclass
class Prepared:
    texts: list[list[str]]
    ids: list[Any]


class RowsModel(QAbstractTableModel):
    """A list's rows as plain texts, a page at a time: the view asks for more (``more_wanted``) as it
    scrolls near the end, and the page fetches it off the UI thread."""

    more_wanted = Signal()

    def __init__(self, columns: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.headers = list(columns)
        self.texts: list[list[str]] = []
        self.ids: list[Any] = []
        self.more = False  # the last page was full: there may be more rows
        self.loading = False

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.texts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts[index.row()][index.column()]
        if role == ID_ROLE:
            return self.ids[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return None

    def set_headers(self, headers: Sequence[str]) -> None:
        self.headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self.headers) - 1, 0))

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self.more and not self.loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self.loading = True
            self.more_wanted.emit()

    def prepare(self, rows: list[dict[str, Any]]) -> Prepared:
        """The rows as texts and ids: pure Python, done on the worker thread with the fetch, so that thousands
        of rows never hold up the window."""
        texts = [["" if row.get(key) is None else str(row.get(key)) for key in self.columns] for row in rows]
        return Prepared(texts, [row.get("id") for row in rows])

    def reset(self, rows: Prepared, more: bool = False) -> None:
        self.beginResetModel()
        self.texts, self.ids = rows.texts, rows.ids
        self.more, self.loading = more, False
        self.endResetModel()

    def append(self, rows: Prepared, more: bool) -> None:
        self.more, self.loading = more, False
        if rows.ids:
            self.beginInsertRows(QModelIndex(), len(self.texts), len(self.texts) + len(rows.ids) - 1)
            self.texts.extend(rows.texts)
            self.ids.extend(rows.ids)
            self.endInsertRows()


class ListPage(QWidget):
    """A titled list fetched off the UI thread a page at a time (more as it scrolls), searched as one
    types; double-click or Enter opens a row. ``fetch(query, offset, limit)`` gives a page of rows; with
    ``paged=False`` its first answer is the whole list (a short one, such as one person's tasks)."""

    activated = Signal(object)  # the id of the row's item

    def __init__(
        self,
        ops: Ops,
        fetch: Callable[[str, int, int], list[dict[str, Any]]],
        columns: Sequence[str],
        parent: QWidget | None = None,
        searchable: bool = False,
        paged: bool = True,
        page_rows: int = PAGE_ROWS,
        depends: Changes = Changes.ALL,
    ) -> None:
        super().__init__(parent)
        self.ops, self.fetch, self.columns = ops, fetch, list(columns)
        self.depends = depends  # what it shows: the main window reads it again when one of these changed
        self.paged, self.page_rows = paged, page_rows
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setVisible(searchable)
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX)  # the domain refuses a longer search (L001): never typed past it
        self.search.textChanged.connect(self.load)
        self.model = RowsModel(columns, self)
        self.model.more_wanted.connect(self._load_more)
        self.table = model_view(self.model, self)
        self.table.activated.connect(lambda index: self.activated.emit(self.model.ids[index.row()]))
        # What an empty list means and what to do next, in place of the list.
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid); font-size: 12pt; padding: 24px;")
        self.empty.setVisible(False)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.search)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(self.buttons)
        self.empty_text = ""  # said when the list is empty and nothing is searched
        self.no_match_text = ""  # said when a search finds nothing
        self._generation = 0  # a newer load makes older answers stale
        self._fitted = False

    def add_button(self, button: QWidget) -> None:
        self.buttons.insertWidget(self.buttons.count() - 1, button)

    def set_headers(self, headers: Sequence[str]) -> None:
        self.model.set_headers(headers)

    def load(self) -> None:
        """The first page for what the search box holds; an answer to an older load is dropped."""
        self._generation += 1
        generation, query, limit = self._generation, self.search.text(), self.page_rows
        self.model.loading = True
        prepare = self.model.prepare
        self.ops.run(
            lambda: prepare(self.fetch(query, 0, limit)),
            on_done=lambda rows: self._loaded(generation, rows, True),
            on_error=self._failed,
        )

    def _load_more(self) -> None:
        generation, query, offset, limit = self._generation, self.search.text(), self.model.rowCount(), self.page_rows
        prepare = self.model.prepare
        self.ops.run(
            lambda: prepare(self.fetch(query, offset, limit)),
            on_done=lambda rows: self._loaded(generation, rows, False),
            on_error=self._failed,
        )

    def _failed(self, exc: Exception) -> None:
        self.model.loading = False  # a later scroll or refresh may try again
        self.ops.failed.emit(exc)

    def _loaded(self, generation: int, rows: Prepared, first: bool) -> None:
        if generation != self._generation:
            return  # typed on since: the newer load answers
        more = self.paged and len(rows.ids) >= self.page_rows
        if first:
            self.model.reset(rows, more)
        else:
            self.model.append(rows, more)
        if first and rows.ids and not self._fitted:
            self.table.resizeColumnsToContents()  # once, from the first page: later pages keep the widths
            self._fitted = True
        empty = self.model.rowCount() == 0
        searched = bool(self.search.text().strip())
        text = (
            (self.no_match_text.replace("%1", self.search.text().strip()) if searched else self.empty_text)
            if empty
            else ""
        )
        self.empty.setText(text)
        self.empty.setVisible(bool(text))
        self.table.setVisible(not text)

    def row_texts(self) -> list[list[str]]:
        """What the list shows, row by row (tests read it here)."""
        return [list(row) for row in self.model.texts]

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))

    def selected_id(self) -> Any:
        row = self.table.currentIndex().row()
        return self.model.ids[row] if 0 <= row < len(self.model.ids) else None

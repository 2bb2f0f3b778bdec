"""The cases or records behind one number of the 指标 page (``Desk.indicator_items``), in a window of their
own beside the dashboard, so that several can stay open while cases and records are opened from them. A
rate lists its numerator and its denominator, and what pulls it down: the denominator's items the numerator
does not count (a case opened and not filed, a transfer that did not succeed). The same window lists the
quality checks' findings (``Desk.quality_checks``), a tab per check, each with what falls short."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.pages.tables import read_only_table

ID_ROLE = Qt.ItemDataRole.UserRole
LIMIT = 1000  # Desk.indicator_items lists at most this many


class ItemsWindow(QWidget):
    """``found``: the numerator's items, and a rate's denominator's, as ``describe_items`` gives them; or the
    lists ready made, each named (the quality checks: items with a ``detail``, what falls short)."""

    open_item = Signal(str, object)  # "case", "group" or "record", its id: the main window opens it
    closed = Signal(object)

    def __init__(
        self,
        label: str,
        heading: str,
        found: dict[str, list[dict[str, Any]]] | list[tuple[str, list[dict[str, Any]]]],
        lower_is_better: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Behind the number: %1").replace("%1", label))
        self.lists = self._lists(found, lower_is_better) if isinstance(found, dict) else found
        self.heading = QLabel(heading, self)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.parent_button = QPushButton(self.tr("Open its case or group"), self)
        self.parent_button.clicked.connect(self.open_parent)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        if any(len(items) >= LIMIT for _, items in self.lists):
            self.show_note(self.tr("Only the first %1 are listed.").replace("%1", str(LIMIT)))
        self.tabs = QTabWidget(self)
        self.tables: list[QTableWidget] = []
        for name, items in self.lists:
            table = self._table(items)
            self.tables.append(table)
            self.tabs.addTab(table, self.tr("%1 (%2)").replace("%1", name).replace("%2", str(len(items))))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.parent_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.tabs.currentChanged.connect(lambda _: self._enable())
        order = [self.tabs, *self.tables, self.open_button, self.parent_button, self.close_button]
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self._enable()
        self.resize(760, 460)

    def _lists(
        self, found: dict[str, list[dict[str, Any]]], lower_is_better: bool
    ) -> list[tuple[str, list[dict[str, Any]]]]:
        """A count's items; a rate's numerator, denominator, and the denominator's items the numerator leaves
        out, which pull a rate down (when both list the same kind of thing; for a rate where lower is better,
        such as 重新犯罪率, the numerator is what pulls it the wrong way)."""
        if "denominator" not in found:
            return [(self.tr("Counted"), found["numerator"])]
        top, bottom = found["numerator"], found["denominator"]
        lists = [(self.tr("Numerator"), top), (self.tr("Denominator"), bottom)]
        whole = len(top) < LIMIT and len(bottom) < LIMIT  # a cut list cannot tell what the other leaves out
        if whole and not lower_is_better and {i["kind"] for i in top} <= {i["kind"] for i in bottom}:
            counted = {i["id"] for i in top}
            lists.append((self.tr("Pulling the rate down"), [i for i in bottom if i["id"] not in counted]))
        return lists

    def _table(self, items: list[dict[str, Any]]) -> QTableWidget:
        kinds = {"case": self.tr("Case"), "group": self.tr("Group or activity"), "worker": self.tr("Worker")}
        headers = [self.tr("Kind"), self.tr("Number or form"), self.tr("Client"), self.tr("Date"), self.tr("Worker")]
        details = any("detail" in item for item in items)
        if details:  # a quality check's findings: the client, group or occasion; the date due, if late
            headers[2:4] = [self.tr("Client or group"), self.tr("Due")]
            headers.append(self.tr("Short of"))
        table = read_only_table(self)
        table.setColumnCount(len(headers))
        table.setRowCount(len(items))
        table.setHorizontalHeaderLabels(headers)
        for r, item in enumerate(items):
            kind = kinds.get(item["kind"], self.tr("Record"))
            cells = [kind, item["code"] or "—", item["client"] or "—", str(item["date"] or "—"), item["worker"] or "—"]
            if details:
                cells.append(item["detail"] if not item["date"] else "—")
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, r)
                table.setItem(r, c, cell)
        table.itemActivated.connect(lambda _: self.open_selected())
        table.itemSelectionChanged.connect(self._enable)
        if items:
            table.selectRow(0)
        return table

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # -- reading (tests) -----------------------------------------------------------------------------
    def ids(self, tab: int = 0) -> list[uuid.UUID]:
        return [item["id"] for item in self.lists[tab][1]]

    def texts(self, tab: int = 0) -> list[list[str]]:
        table = self.tables[tab]
        return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]

    # -- opening ---------------------------------------------------------------------------------------
    def selected(self) -> dict[str, Any] | None:
        tab = self.tabs.currentIndex()
        if tab < 0:
            return None
        rows = self.tables[tab].selectionModel().selectedRows()
        return self.lists[tab][1][rows[0].row()] if rows else None

    def _enable(self) -> None:
        item = self.selected()
        self.open_button.setEnabled(item is not None and item["kind"] != "worker")
        self.parent_button.setEnabled(item is not None and bool(item.get("case_id") or item.get("group_id")))

    def open_selected(self) -> None:
        item = self.selected()
        if item is not None and item["kind"] != "worker":  # a worker's routine share opens nothing
            self.open_item.emit(item["kind"], item["id"])

    def open_parent(self) -> None:
        item = self.selected()
        if item is None:
            return
        if item.get("case_id"):
            self.open_item.emit("case", item["case_id"])
        elif item.get("group_id"):
            self.open_item.emit("group", item["group_id"])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closed.emit(self)
        super().closeEvent(event)

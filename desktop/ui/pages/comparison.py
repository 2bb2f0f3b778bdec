"""A read-only table of a field, one version and another, side by side: what a reviewer sees changed since
the revision before, and what two sides of a sync conflict hold."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget


def comparison_table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(parent)
    table.setTabKeyNavigation(False)  # Tab moves on; the arrows move in the list
    table.setColumnCount(3)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    return table

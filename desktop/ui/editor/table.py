"""A repeating table: typed columns, add / remove / reorder rows, Enter on the last row adds one,
choice cells edited with a drop-down, computed cells read-only and kept up to date."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.forms.schema import FieldDef, FieldType
from desktop.ui.editor.fields import FieldWidget

VALUE = Qt.ItemDataRole.UserRole
CHOICE_TYPES = (FieldType.CHOICE, FieldType.YES_NO, FieldType.RATING)
COMPUTED_BRUSH = QBrush(QColor("#f1f3f5"))


def choice_entries(column: FieldDef, lang: str) -> list[tuple[Any, str]]:
    if column.type is FieldType.YES_NO:
        return [(True, "是" if lang == "zh" else "Yes"), (False, "否" if lang == "zh" else "No")]
    if column.type is FieldType.RATING:
        low, high = int(column.min or 0), int(column.max if column.max is not None else 5)
        return [(n, str(n)) for n in range(low, high + 1)]
    return [(o.value, o.label.get(lang)) for o in column.options]


class _ChoiceDelegate(QStyledItemDelegate):
    def __init__(self, table: TableField) -> None:
        super().__init__(table)
        self.table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        column = self.table.field.columns[index.column()]
        if column.type not in CHOICE_TYPES:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItem("", None)
        for value, label in choice_entries(column, self.table.lang):
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            value = index.data(VALUE)
            editor.setCurrentIndex(max(0, editor.findData(value)) if value is not None else 0)
            return
        super().setEditorData(editor, index)

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), VALUE)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
            return
        super().setModelData(editor, model, index)


class _Grid(QTableWidget):
    def __init__(self, owner: TableField) -> None:
        super().__init__(owner)
        self.owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.state() != QTableWidget.State.EditingState and self.currentRow() == self.rowCount() - 1:
            self.owner.add_row()
            return
        super().keyPressEvent(event)


class TableField(FieldWidget):
    def __init__(self, field: FieldDef, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        box = QVBoxLayout()
        self.grid = _Grid(self)
        self.grid.setColumnCount(len(field.columns))
        self.grid.setHorizontalHeaderLabels([c.label.get(lang) + (" *" if c.required else "") for c in field.columns])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.setItemDelegate(_ChoiceDelegate(self))
        self.grid.setMinimumHeight(120)
        self.grid.itemChanged.connect(self._emit)
        box.addWidget(self.grid)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add row"), self)
        self.remove_button = QPushButton(self.tr("Remove row"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.layout_.addLayout(box)
        self._extra: list[dict[str, Any]] = []  # cells of columns this definition does not know

    # -- rows ------------------------------------------------------------------------------------
    def _cell(self, column: FieldDef, value: Any) -> QTableWidgetItem:
        item = QTableWidgetItem()
        item.setData(VALUE, value)
        item.setData(Qt.ItemDataRole.DisplayRole, self._display(column, value))
        if column.read_only:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setBackground(COMPUTED_BRUSH)
        return item

    def _display(self, column: FieldDef, value: Any) -> str:
        if value is None:
            return ""
        if column.type in CHOICE_TYPES:
            return next((label for v, label in choice_entries(column, self.lang) if v == value), str(value))
        if isinstance(value, list):
            return "、".join(column.option_label(v, self.lang) for v in value)
        return str(value)

    def add_row(self, values: dict[str, Any] | None = None) -> None:
        values = values or {}
        self._loading, was_loading = True, self._loading
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        for index, column in enumerate(self.field.columns):
            self.grid.setItem(row, index, self._cell(column, values.get(column.id)))
        self._loading = was_loading
        self._extra.insert(row, {k: v for k, v in values.items() if self.field.column(k) is None})
        editable = next((i for i, c in enumerate(self.field.columns) if not c.read_only), 0)
        self.grid.setCurrentCell(row, editable)
        self._emit()

    def remove_row(self) -> None:
        row = self.grid.currentRow()
        if row >= 0:
            self.grid.removeRow(row)
            del self._extra[row]
            self._emit()

    def move_row(self, step: int) -> None:
        row = self.grid.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.grid.rowCount():
            return
        rows = self.value()
        rows[row], rows[target] = rows[target], rows[row]
        self.set_value(rows)
        self.grid.setCurrentCell(target, self.grid.currentColumn())
        self._emit()

    # -- values ----------------------------------------------------------------------------------
    def value(self) -> Any:
        rows = []
        for r in range(self.grid.rowCount()):
            row: dict[str, Any] = dict(self._extra[r]) if r < len(self._extra) else {}
            for index, column in enumerate(self.field.columns):
                item = self.grid.item(r, index)
                if item is None:
                    row[column.id] = None
                elif column.type in CHOICE_TYPES or column.read_only:
                    row[column.id] = item.data(VALUE)
                else:
                    text = item.data(Qt.ItemDataRole.DisplayRole)
                    row[column.id] = text if text not in ("", None) else None
            rows.append(row)
        return rows

    def _set(self, value: Any) -> None:
        self.grid.setRowCount(0)
        self._extra = []
        for row in value or []:
            if isinstance(row, dict):
                self.add_row(row)

    def show_computed(self, rows: list[dict[str, Any]]) -> None:
        """Refresh computed cells from the engine's result, without counting it as an edit."""
        self._loading = True
        try:
            for r, row in enumerate(rows[: self.grid.rowCount()]):
                for index, column in enumerate(self.field.columns):
                    if column.read_only:
                        item = self.grid.item(r, index)
                        if item is not None and item.data(VALUE) != row.get(column.id):
                            item.setData(VALUE, row.get(column.id))
                            item.setData(Qt.ItemDataRole.DisplayRole, self._display(column, row.get(column.id)))
        finally:
            self._loading = False

    def focus_widget(self) -> QWidget:
        return self.grid

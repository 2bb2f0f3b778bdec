"""The agency's archive code tables (服务类别, 服务性质): list, add, edit. The domain refuses edits that
would break printed numbers; this page only shows its answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dialogs import Dialogs
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.page import Page
from desktop.workflow.permissions import Action, allowed
from desktop.workspace import Desk


class CodeTablePage(Page):
    """A part of the settings page: the settings page asks it to ``load``."""

    def __init__(self, desk: Desk, ops: Ops, dialogs: Dialogs, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, ops, dialogs, lang, parent)
        self.table_kind = QComboBox(self)
        self.table_kind.currentIndexChanged.connect(self.load)
        self.grid = QTableWidget(self)
        self.grid.setTabKeyNavigation(False)  # Tab moves on; the arrows move in the list
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.verticalHeader().setVisible(False)
        self.grid.currentCellChanged.connect(lambda *_: self._pick())
        self.code = QLineEdit(self)
        self.zh = QLineEdit(self)
        self.en = QLineEdit(self)
        self.extra = QLineEdit(self)
        self.active = QCheckBox(self)
        self.active.setChecked(True)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.clear)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(5)]
        for label, widget in zip(self.labels, (self.code, self.zh, self.en, self.extra, self.active), strict=True):
            self.form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table_kind)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self._old_code: str | None = None
        self._rows: list[Any] = []
        editable = allowed(desk.roles, Action.EDIT_CODE_TABLES)
        for widget in (self.code, self.zh, self.en, self.extra, self.active, self.save_button, self.new_button):
            widget.setEnabled(editable)

    @property
    def kind(self) -> str:
        return "category" if self.table_kind.currentIndex() <= 0 else "nature"

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        index = max(self.table_kind.currentIndex(), 0)
        self.table_kind.blockSignals(True)
        self.table_kind.clear()
        self.table_kind.addItems([self.tr("Service categories"), self.tr("Service natures")])
        self.table_kind.setCurrentIndex(index)
        self.table_kind.blockSignals(False)
        texts = [
            self.tr("Code"),
            self.tr("Chinese name"),
            self.tr("English name"),
            self.tr("Used for"),
            self.tr("In use"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.save_button.setText(self.tr("Save code"))
        self.new_button.setText(self.tr("New code"))
        self.note.setText(
            self.tr(
                "A code already in archive numbers keeps its letters; its names may change. "
                "Only the agency head and the business lead edit code tables."
            )
        )
        self._show_rows(self._rows)  # the headers in the new language

    def _fetcher(self) -> Callable[[], list[Any]]:
        """The table chosen now, read on the worker."""
        desk, kind = self.desk, self.kind
        return lambda: desk.categories() if kind == "category" else desk.natures()

    def _loaded(self, rows: list[Any]) -> None:
        self._show_rows(rows)

    def _show_rows(self, rows: list[Any]) -> None:
        self._rows = rows
        headers = [self.tr("Code"), self.tr("Chinese name"), self.tr("English name"), self.tr("Used for")]
        self.grid.setColumnCount(len(headers))
        self.grid.setHorizontalHeaderLabels(headers)
        self.grid.setRowCount(len(rows))
        for r, row in enumerate(rows):
            used = row.domain if self.kind == "category" else "、".join(row.applies_to or [])
            for c, value in enumerate((row.code + ("" if row.active else " ✕"), row.zh, row.en, used or "")):
                self.grid.setItem(r, c, QTableWidgetItem(value))

    def _pick(self) -> None:
        r = self.grid.currentRow()
        if not 0 <= r < len(self._rows):
            return
        row = self._rows[r]
        self._old_code = row.code
        self.code.setText(row.code)
        self.zh.setText(row.zh)
        self.en.setText(row.en)
        self.extra.setText(row.domain or "" if self.kind == "category" else ", ".join(row.applies_to or []))
        self.active.setChecked(row.active)

    def clear(self) -> None:
        self._old_code = None
        for edit in (self.code, self.zh, self.en, self.extra):
            edit.clear()
        self.active.setChecked(True)
        self.grid.clearSelection()
        self.code.setFocus()

    def save(self) -> None:
        kind, old = self.kind, self._old_code
        code, zh, en, extra = self.code.text(), self.zh.text().strip(), self.en.text().strip(), self.extra.text()
        active = self.active.isChecked()
        if not (zh and en):
            self.dialogs.error(self.tr("Not done"), self.tr("Please fill in every field."))
            return
        options: dict[str, Any] = (
            {"domain": extra.strip() or None}
            if kind == "category"
            else {"applies_to": [k.strip() for k in extra.replace("，", ",").split(",") if k.strip()]}
        )

        def done(_: object) -> None:
            self.load()
            self.clear()

        desk = self.desk
        self.ops.run(
            lambda: desk.save_code(kind, code, zh, en, old_code=old, active=active, **options),
            label=self.tr("Saving…"),
            changes=Changes.SETTINGS,
            on_done=done,
        )

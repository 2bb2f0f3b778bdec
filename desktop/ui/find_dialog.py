"""Finding one of many (a client among thousands) by typing, in a small dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import current_language
from desktop.ui.messages import user_message
from desktop.workflow.text_limits import SEARCH_MAX


class FindDialog(QDialog):
    """A search box over a list of matches, refreshed as one types: the search runs on a worker of the
    dialog's own (it reads the workspace), an answer to older typing is dropped. Enter or a double-click
    takes the highlighted one, the arrow keys move between them."""

    def __init__(
        self, parent: QWidget | None, title: str, label: str, search: Callable[[str], list[tuple[str, Any]]]
    ) -> None:
        super().__init__(parent)
        from desktop.ui.ops import Ops

        self.setWindowTitle(title)
        self.search = search
        self.ops = Ops(self)
        self._generation = 0
        self.query = QLineEdit(self)
        self.query.setMaxLength(SEARCH_MAX)  # the domain refuses a longer search (L001)
        self.matches = QListWidget(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.query.textChanged.connect(self.refresh)
        self.query.returnPressed.connect(self.accept)
        self.matches.itemActivated.connect(lambda _: self.accept())
        layout = QVBoxLayout(self)
        prompt = QLabel(label, self)
        prompt.setBuddy(self.query)
        layout.addWidget(prompt)
        layout.addWidget(self.query)
        layout.addWidget(self.matches, 1)
        layout.addWidget(self.buttons)
        self.resize(420, 420)
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation, query, search = self._generation, self.query.text(), self.search
        self.ops.run(lambda: search(query), on_done=lambda found: self._show(generation, found), on_error=self._failed)

    def _failed(self, exc: Exception) -> None:
        """Said in the list itself, in the person's words (``user_message``): the dialog stays open to type on."""
        self.matches.clear()
        self.matches.addItem(user_message(exc, current_language()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _show(self, generation: int, found: list[tuple[str, Any]]) -> None:
        if generation != self._generation:
            return  # typed on since: the newer search answers
        self.matches.clear()
        for text, value in found:
            item = QListWidgetItem(text, self.matches)
            item.setData(Qt.ItemDataRole.UserRole, value)
        self.matches.setCurrentRow(0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.matches.count() > 0)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - the arrows move in the list while typing
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):  # from the search box (the list handles its own)
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.matches.setCurrentRow(max(0, min(self.matches.count() - 1, self.matches.currentRow() + step)))
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self.ops.wait(2000)  # no answer arrives after the dialog is gone
        super().done(result)

    def chosen(self) -> Any:
        item = self.matches.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

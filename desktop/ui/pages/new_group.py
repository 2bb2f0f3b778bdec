"""Starting a group or an activity from the Groups page: its name, kind, service domain and project. The Desk
makes it with its plan (``Desk.start_group``), which the window opens next."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.forms.registry import Registry


class NewGroupDialog(QDialog):
    """Every field is needed; OK stays off until the name is typed."""

    def __init__(self, registry: Registry, projects: list[Any], lang: str, parent: QWidget | None = None) -> None:
        """``projects``: the agency's active service projects, read before the dialog opens."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New group or activity"))
        lists = registry.option_lists
        self.name = QLineEdit(self)
        self.kind = _combo(self, [(o.label.get(lang), o.value) for o in lists["group_type"]])
        self.domain = _combo(self, [(o.label.get(lang), o.value) for o in lists["domain"]])
        self.project = _combo(self, [(p.name, p.id) for p in projects])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Its plan is opened next, to fill in and submit to the supervisor."), self))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Service domain"), self.domain)
        form.addRow(self.tr("Service project"), self.project)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        ready = bool(self.name.text().strip()) and self.project.count() > 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "kind": self.kind.currentData(),
            "domain": self.domain.currentData(),
            "project_id": self.project.currentData(),
        }


def _combo(parent: QWidget, items: list[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox(parent)
    for label, value in items:
        combo.addItem(label, value)
    return combo

"""Starting a group or an activity from the Groups page: its name, kind, service domain and project. The Desk
makes it with its plan (``Desk.start_group``), which the window opens next. The kind and the domain start on
“please choose”: nothing is recorded that nobody picked."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.forms.registry import Registry
from desktop.ui.pages.choices import and_list, option_combo


class NewGroupDialog(QDialog):
    """Every field is needed; OK stays off until the name is typed and the kind and the domain are chosen, and
    the line above it says what is still to give. Enter confirms once it is on, Escape cancels."""

    def __init__(self, registry: Registry, projects: list[Any], lang: str, parent: QWidget | None = None) -> None:
        """``projects``: the agency's active service projects, read before the dialog opens."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New group or activity"))
        self.setMinimumWidth(420)  # the line of what is still to choose fits on one line
        self.lang = lang
        prompt = self.tr("Please choose")
        self.name = QLineEdit(self)
        self.kind = option_combo(self, registry, "group_type", lang, prompt)
        self.domain = option_combo(self, registry, "domain", lang, prompt)
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
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        form.addRow(self.missing)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._enable)
        for combo in (self.kind, self.domain):
            combo.currentIndexChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        missing = [
            what
            for what, given in (
                (self.tr("the name"), bool(self.name.text().strip())),
                (self.tr("the kind"), self.kind.currentData() is not None),
                (self.tr("the service domain"), self.domain.currentData() is not None),
            )
            if not given
        ]
        still = self.tr("Still to give: %1.")
        self.missing.setText(still.replace("%1", and_list(missing, self.lang)) if missing else "")
        self.missing.setVisible(bool(missing))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not missing and self.project.count() > 0)
        ok.setDefault(True)

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

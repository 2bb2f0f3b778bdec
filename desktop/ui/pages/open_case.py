"""Opening a case for a client: its type, its service domain and its project are asked, none chosen
beforehand (a client's domain is shown, not taken), and a consultation may be marked as a hotline call."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.forms.registry import Registry
from desktop.ui.pages.choices import and_list, fill_items, option_combo


class OpenCaseDialog(QDialog):
    """OK stays off until the type, the domain and the project are chosen; the line above it says what is
    still to choose. Enter confirms once it is on, Escape cancels."""

    def __init__(
        self, registry: Registry, projects: list[Any], client: Any, lang: str, parent: QWidget | None = None
    ) -> None:
        """``projects``: the agency's active service projects; ``client``: the client's view (name, domain)."""
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("Open a case"))
        self.setMinimumWidth(460)  # the line of what is still to choose fits on one line
        prompt = self.tr("Please choose")
        intro = self.tr("A new case for %1.").replace("%1", client.name)
        if client.domain:
            domain = registry.option_label("domain", client.domain, lang)
            intro += "\n" + self.tr("The client's domain on record: %1").replace("%1", domain)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.case_type = option_combo(self, registry, "case_type", lang, prompt)
        self.domain = option_combo(self, registry, "domain", lang, prompt)
        self.project = QComboBox(self)
        fill_items(self.project, [(p.name, p.id) for p in projects], prompt)
        if len(projects) == 1:
            self.project.setCurrentIndex(1)
        self.hotline = QCheckBox(self.tr("A hotline consultation (12355/12351), served before approval"), self)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.intro)
        form.addRow(self.tr("Case type"), self.case_type)
        form.addRow(self.tr("Service domain"), self.domain)
        form.addRow(self.tr("Service project"), self.project)
        form.addRow(self.hotline)
        form.addRow(self.missing)
        form.addRow(self.buttons)
        for combo in (self.case_type, self.domain, self.project):
            combo.currentIndexChanged.connect(self._enable)
        self.case_type.setFocus()
        self._enable()

    def _enable(self) -> None:
        names = (
            (self.case_type, self.tr("the case type")),
            (self.domain, self.tr("the service domain")),
            (self.project, self.tr("the service project")),
        )
        missing = [name for combo, name in names if combo.currentData() is None]
        still = self.tr("Still to choose: %1.")
        self.missing.setText(still.replace("%1", and_list(missing, self.lang)) if missing else "")
        self.missing.setVisible(bool(missing))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not missing)
        ok.setDefault(True)
        consultation = self.case_type.currentData() == "consultation"
        self.hotline.setEnabled(consultation)
        if not consultation:
            self.hotline.setChecked(False)

    def values(self) -> dict[str, Any]:
        return {
            "case_type": self.case_type.currentData(),
            "domain": self.domain.currentData(),
            "project_id": self.project.currentData(),
            "hotline": self.hotline.isChecked(),
        }

"""The Settings page: the interface language, the workspace folder, the idle time before every window
locks, the agency's settings (deadlines, standards, retention, holidays), the archive code tables, and the
stations' service-area populations."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QLabel, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from desktop.ui.dialogs import Dialogs
from desktop.ui.i18n import LANGUAGES
from desktop.ui.lock import LOCK_SETTING
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.agency_settings import AgencySettings
from desktop.ui.pages.area_population import AreaPopulationTable
from desktop.ui.pages.code_tables import CodeTablePage
from desktop.workflow.permissions import Action, allowed
from desktop.workspace import Desk


class SettingsPage(QScrollArea):
    """Scrolls rather than making the main window taller than a small laptop screen."""

    depends = Changes.SETTINGS | Changes.ACCOUNTS  # what it shows
    language_chosen = Signal(str)
    lock_minutes_changed = Signal(int)  # 0: never

    def __init__(self, desk: Desk, ops: Ops, dialogs: Dialogs, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.ops, self.lang = desk, ops, lang
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.title = QLabel(body)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        form = QFormLayout()
        self.language_box = QComboBox(body)
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.currentIndexChanged.connect(
            lambda _: self.language_chosen.emit(self.language_box.currentData())
        )
        self.language_label = QLabel(body)
        self.workspace_label = QLabel(body)
        self.workspace_value = QLabel(str(desk.layout.root), body)
        self.workspace_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # An agency setting: its head sets it (the domain refuses anyone else); others see it.
        self.lock_minutes = QSpinBox(body)
        self.lock_minutes.setRange(0, 480)
        self.lock_minutes.setMaximumWidth(160)
        self.lock_minutes.setKeyboardTracking(False)  # "15" is one change, not 1 then 15
        self._lock_minutes = 0  # as the workspace holds it (read with the page, on the worker)
        self.lock_minutes.setEnabled(allowed(desk.roles, Action.MANAGE_AGENCY))
        self.lock_minutes.valueChanged.connect(self._set_lock_minutes)
        self.lock_label = QLabel(body)
        self.lock_hint = QLabel(body)
        self.lock_hint.setWordWrap(True)
        self.lock_hint.setStyleSheet("color: #666;")
        form.addRow(self.language_label, self.language_box)
        form.addRow(self.workspace_label, self.workspace_value)
        form.addRow(self.lock_label, self.lock_minutes)
        form.addRow("", self.lock_hint)
        self.agency_title = QLabel(body)
        self.agency_title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.agency = AgencySettings(desk, ops, dialogs, lang, body)
        self.codes_title = QLabel(body)
        self.codes_title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.code_tables = CodeTablePage(desk, ops, dialogs, lang, body)
        self.population_title = QLabel(body)
        self.population_title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.populations = AreaPopulationTable(desk, ops, dialogs, lang, body)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.agency_title)
        layout.addWidget(self.agency)
        layout.addWidget(self.codes_title)
        layout.addWidget(self.code_tables, 1)
        layout.addWidget(self.population_title)
        layout.addWidget(self.populations)
        self.setWidget(body)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.title.setText(self.tr("Settings"))
        self.language_label.setText(self.tr("Language"))
        self.workspace_label.setText(self.tr("Workspace folder"))
        self.lock_label.setText(self.tr("Lock every window after (idle minutes)"))
        self.lock_minutes.setSpecialValueText(self.tr("never"))
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_hint.setText(
            self.tr(
                "With no keyboard or mouse input for this long, every CaseDesk window is covered until the "
                "password is typed again; unsaved typing is kept. 0: never. Ctrl+L locks at once."
            )
            + (
                ""
                if self.lock_minutes.isEnabled()
                else ("" if lang == "zh" else " ") + self.tr("Set by the agency head.")
            )
        )
        self.agency_title.setText(self.tr("Agency settings"))
        self.agency.retranslate(lang)
        self.codes_title.setText(self.tr("Archive code tables"))
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(list(LANGUAGES).index(lang))
        self.language_box.blockSignals(False)
        self.code_tables.retranslate(lang)
        self.population_title.setText(self.tr("Service-area population"))
        self.populations.retranslate(lang)

    def load(self) -> None:
        """What the page shows, read on the worker (the main window asks when it is in view)."""
        desk = self.desk
        self.ops.run(lambda: int(desk.setting(LOCK_SETTING)), on_done=self.show_lock_minutes)
        self.agency.load()
        self.code_tables.load()
        self.populations.load()

    def show_lock_minutes(self, minutes: int) -> None:
        self._lock_minutes = minutes
        self.lock_minutes.blockSignals(True)
        self.lock_minutes.setValue(minutes)
        self.lock_minutes.blockSignals(False)

    def _set_lock_minutes(self, minutes: int) -> None:
        def refused(exc: Exception) -> None:
            self.show_lock_minutes(self._lock_minutes)
            self.ops.failed.emit(exc)

        def done(value: int) -> None:
            self._lock_minutes = int(value)
            self.lock_minutes_changed.emit(int(value))

        desk = self.desk
        self.ops.run(
            lambda: desk.set_setting(LOCK_SETTING, minutes), changes=Changes.SETTINGS, on_done=done, on_error=refused
        )

"""Settings: the agency's own settings that had only a command line before (``casedesk settings set``,
``calendar set``): the deadlines and other day counts, the group and activity standards per service domain,
the retention periods, and the holidays of a year the calendar data does not know. The agency head and the
business lead change them (the domain refuses anyone else); others see the values read-only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import CaseDeskError
from desktop.settings import SETTINGS, SettingDef, coerce
from desktop.ui.dialogs import Dialogs
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.page import Page
from desktop.ui.pages.tables import fit_height
from desktop.workflow import retention, thresholds
from desktop.workflow.permissions import Action, allowed
from desktop.workspace import Desk

STANDARDS = "group.standards"
RETENTION_KEYS = tuple(key for key, _zh, _en in retention.PERIODS.values())
# Shown elsewhere on the settings page (the lock), or not the agency's to type (the workspace's mode).
_ELSEWHERE = {"security.auto_lock_minutes"}
DEADLINE_KEYS = tuple(
    key
    for key, d in SETTINGS.items()
    if d.type is int and key not in RETENTION_KEYS and key not in _ELSEWHERE and d.minimum is not None
)


def _two_lines(words: str) -> str:
    """A long column title ("Community correction") on two lines, so eight domains fit a laptop's width."""
    if len(words) <= 10 or " " not in words:
        return words
    middle = len(words) // 2
    cut = min((i for i, ch in enumerate(words) if ch == " "), key=lambda i: abs(i - middle))
    return words[:cut] + "\n" + words[cut + 1 :]


def _hint(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #666;")
    return label


class _Section(Page):
    """One box of the agency's settings: a title, a hint, its fields and one save button."""

    def __init__(self, desk: Desk, ops: Ops, dialogs: Dialogs, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, ops, dialogs, lang, parent)
        self.editable = allowed(desk.roles, Action.MANAGE_AGENCY)
        self.box = QGroupBox(self)
        self.box.setStyleSheet("QGroupBox { font-weight: bold; } QGroupBox * { font-weight: normal; }")
        self.hint = _hint(self.box)
        self.save_button = QPushButton(self.box)
        self.save_button.setEnabled(self.editable)
        self.save_button.setVisible(self.editable)
        self.save_button.clicked.connect(self.save)
        self.body = QVBoxLayout(self.box)
        self.body.addWidget(self.hint)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.box)

    def add_buttons(self, *widgets: QWidget) -> None:
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.save_button)
        self.body.addLayout(row)

    def set_hint(self, text: str) -> None:
        if not self.editable:
            text += ("" if self.lang == "zh" else " ") + self.tr("Set by the agency head or the business lead.")
        self.hint.setText(text)

    def save(self) -> None:
        raise NotImplementedError

    def _save(self, work: Callable[[], Any], saved: str, after: Callable[[Any], None] | None = None) -> None:
        self.save_button.setEnabled(False)  # one save at a time

        def done(result: Any) -> None:
            self.save_button.setEnabled(self.editable)
            if after is not None:
                after(result)
            self.dialogs.info(self.tr("Saved"), saved)

        self.ops.run(work, label=self.tr("Saving…"), changes=Changes.SETTINGS, on_done=done, on_error=self._failed)

    def _failed(self, exc: Exception) -> None:
        """The refusal in the person's words: the message without its code."""
        self.save_button.setEnabled(self.editable)
        if isinstance(exc, CaseDeskError):
            self.dialogs.error(self.tr("Not done"), exc.message(self.lang))
        else:
            super()._failed(exc)


class NumberSettings(_Section):
    """Whole-number settings as spin boxes, each from its declaration: its words, its minimum."""

    def __init__(
        self, keys: tuple[str, ...], desk: Desk, ops: Ops, dialogs: Dialogs, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, ops, dialogs, lang, parent)
        self.keys = keys
        self.stored: dict[str, int] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.labels: dict[str, QLabel] = {}
        self.spins: dict[str, QSpinBox] = {}
        for key in keys:
            definition = SETTINGS[key]
            spin = QSpinBox(self.box)
            spin.setRange(definition.minimum or 0, 100_000)
            spin.setMinimumWidth(120)
            spin.setReadOnly(not self.editable)
            if not self.editable:
                spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            spin.setValue(int(definition.default))
            label = QLabel(self.box)
            label.setBuddy(spin)
            self.labels[key], self.spins[key] = label, spin
            self.form.addRow(label, spin)
        self.body.addLayout(self.form)
        self.add_buttons()

    def label_of(self, definition: SettingDef) -> str:
        return definition.zh if self.lang == "zh" else definition.en

    def retranslate_fields(self) -> None:
        for key, label in self.labels.items():
            definition = SETTINGS[key]
            label.setText(self.label_of(definition))
            self.spins[key].setToolTip(self.tr("At least %1").replace("%1", str(definition.minimum)))

    def _fetch(self) -> dict[str, int]:
        return {key: int(self.desk.setting(key)) for key in self.keys}

    def _loaded(self, values: dict[str, int]) -> None:
        self.stored = dict(values)
        for key, value in values.items():
            self.spins[key].setValue(value)

    def values(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins.items()}

    def save(self) -> None:
        values, stored, desk = self.values(), dict(self.stored), self.desk

        def work() -> dict[str, int]:
            for key, value in values.items():
                coerce(key, value)  # every value checked before any is kept
            for key, value in values.items():
                if stored.get(key) != value:
                    desk.set_setting(key, value)
            return values

        def done(saved: dict[str, int]) -> None:
            self.stored = dict(saved)

        self._save(work, self.tr("The settings are saved."), done)


class DeadlineSettings(NumberSettings):
    def __init__(self, desk: Desk, ops: Ops, dialogs: Dialogs, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(DEADLINE_KEYS, desk, ops, dialogs, lang, parent)
        self.save_button.setObjectName("save_deadlines")

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.box.setTitle(self.tr("Deadlines and other day counts"))
        self.save_button.setText(self.tr("Save the deadlines"))
        self.set_hint(
            self.tr(
                "The days the task list and the reminders count with, how often a draft is kept, and the "
                "automatic backups."
            )
        )
        self.retranslate_fields()


class RetentionSettings(NumberSettings):
    def __init__(self, desk: Desk, ops: Ops, dialogs: Dialogs, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(RETENTION_KEYS, desk, ops, dialogs, lang, parent)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.box.setTitle(self.tr("Retention periods"))
        self.save_button.setText(self.tr("Save the retention periods"))
        self.set_hint(
            self.tr(
                "How long each kind of file is kept before the Retention page lists it for destruction: years "
                "from the closing or archiving date, days for backups."
            )
        )
        self.retranslate_fields()


class StandardsSettings(_Section):
    """The quantity standards, a row per standard and a column per service domain. A grey figure is the
    seed's; a bold one is the agency's own. Clearing a cell goes back to the seed's figure."""

    def __init__(self, desk: Desk, ops: Ops, dialogs: Dialogs, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, ops, dialogs, lang, parent)
        self.overrides: dict[str, dict[str, int]] = {}
        self.domains = list(thresholds.DOMAINS)
        self.keys = list(thresholds.KEYS)
        self.table = QTableWidget(len(self.keys), len(self.domains), self.box)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control; the arrows move in the grid
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(60)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if not self.editable:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemChanged.connect(self._edited)
        self.reset_button = QPushButton(self.box)
        self.reset_button.setEnabled(self.editable)
        self.reset_button.setVisible(self.editable)
        self.reset_button.clicked.connect(self.reset_cell)
        self.body.addWidget(self.table)
        self.add_buttons(self.reset_button)
        self._fill()

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.box.setTitle(self.tr("Group and activity standards"))
        self.save_button.setText(self.tr("Save the standards"))
        self.reset_button.setText(self.tr("Use the seed's figure"))
        self.set_hint(
            self.tr(
                "The minimums the quality checks hold groups, activities and lectures to, per service domain. "
                "Grey: the seed's figure; bold: the agency's own. Type a figure to change one; clear it to go "
                "back to the seed's. —: the seed sets no such standard."
            )
        )
        options = {o.value: o.label.get(lang) for o in self.desk.registry.option_lists["domain"]}
        self.table.setHorizontalHeaderLabels([_two_lines(options.get(d, d)) for d in self.domains])
        self.table.setVerticalHeaderLabels([thresholds.KEYS[k][0 if lang == "zh" else 1] for k in self.keys])
        self._fill()

    def _fetch(self) -> dict[str, dict[str, int]]:
        return dict(self.desk.setting(STANDARDS) or {})

    def _loaded(self, overrides: dict[str, dict[str, int]]) -> None:
        self.overrides = {d: {k: int(v) for k, v in values.items() if v is not None} for d, values in overrides.items()}
        self._fill()

    def seed(self, domain: str, key: str) -> int | None:
        return thresholds.standards(domain)[key]

    def _fill(self) -> None:
        self.table.blockSignals(True)
        for r, key in enumerate(self.keys):
            for c, domain in enumerate(self.domains):
                own = self.overrides.get(domain, {}).get(key)
                seed = self.seed(domain, key)
                item = QTableWidgetItem("—" if own is None and seed is None else str(own if own is not None else seed))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                font = QFont(item.font())
                font.setBold(own is not None)
                item.setFont(font)
                if own is None:
                    item.setForeground(QBrush(QColor("#888")))
                seed_text = "—" if seed is None else str(seed)
                item.setToolTip(self.tr("The seed's figure: %1").replace("%1", seed_text))
                if not self.editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        fit_height(self.table, 400)

    def _edited(self, item: QTableWidgetItem) -> None:
        domain, key = self.domains[item.column()], self.keys[item.row()]
        text = item.text().strip()
        own = self.overrides.setdefault(domain, {})
        if text in ("", "—"):
            own.pop(key, None)
        elif text.isdigit() and 0 <= int(text) <= 100_000:
            if int(text) == self.seed(domain, key):
                own.pop(key, None)
            else:
                own[key] = int(text)
        else:
            self.dialogs.error(self.tr("Not done"), self.tr("A standard is a whole number, 0 or more."))
        if not own:
            self.overrides.pop(domain, None)
        self._fill()

    def reset_cell(self) -> None:
        item = self.table.currentItem()
        if item is None:
            return
        self.overrides.get(self.domains[item.column()], {}).pop(self.keys[item.row()], None)
        self.overrides = {d: v for d, v in self.overrides.items() if v}
        self._fill()

    def set_value(self, domain: str, key: str, value: int | str | None) -> None:
        """Types a figure into a cell (None clears it), as the person would."""
        item = self.table.item(self.keys.index(key), self.domains.index(domain))
        item.setText("" if value is None else str(value))

    def save(self) -> None:
        overrides, desk = {d: dict(v) for d, v in self.overrides.items() if v}, self.desk
        self._save(lambda: desk.set_setting(STANDARDS, overrides), self.tr("The standards are saved."))


class CalendarSettings(_Section):
    """One year's holidays and adjusted working days (调休): the State Council publishes them each autumn;
    a year not entered counts Monday to Friday."""

    def __init__(self, desk: Desk, ops: Ops, dialogs: Dialogs, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, ops, dialogs, lang, parent)
        self.days: dict[dt.date, str] = {}
        self.year_label = QLabel(self.box)
        self.year = QSpinBox(self.box)
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year + 1)
        self.year.setKeyboardTracking(False)
        self.year.valueChanged.connect(lambda _: self.load())
        self.year_label.setBuddy(self.year)
        self.status = QLabel(self.box)
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addWidget(self.status, 1)
        self.day = QDateEdit(self.box)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.kind = QComboBox(self.box)
        self.kind.addItem("", "holiday")
        self.kind.addItem("", "workday")
        self.add_button = QPushButton(self.box)
        self.add_button.clicked.connect(self.add_day)
        self.day.installEventFilter(self)  # Enter in the date or the kind adds the day
        self.kind.installEventFilter(self)
        entry = QHBoxLayout()
        entry.addWidget(self.day)
        entry.addWidget(self.kind)
        entry.addWidget(self.add_button)
        entry.addStretch(1)
        self.list = QListWidget(self.box)
        self.list.setMinimumHeight(160)
        self.list.setMaximumHeight(240)
        self.remove_button = QPushButton(self.box)
        self.remove_button.clicked.connect(self.remove_day)
        for widget in (self.day, self.kind, self.add_button, self.remove_button):
            widget.setEnabled(self.editable)
        for widget in (self.day, self.kind, self.add_button, self.remove_button):
            widget.setVisible(self.editable)
        self.body.addLayout(top)
        self.body.addLayout(entry)
        self.body.addWidget(self.list)
        self.add_buttons(self.remove_button)
        self.known = False
        self._limit_days()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt names it
        if (
            watched in (self.day, self.kind)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.editable
        ):
            self.add_day()
            return True
        return super().eventFilter(watched, event)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.box.setTitle(self.tr("Holidays and adjusted working days"))
        self.year_label.setText(self.tr("Year"))
        self.kind.setItemText(0, self.tr("Holiday (a day off)"))
        self.kind.setItemText(1, self.tr("Adjusted working day (a weekend day worked)"))
        self.add_button.setText(self.tr("Add the day"))
        self.remove_button.setText(self.tr("Remove the selected day"))
        self.save_button.setText(self.tr("Save the year"))
        self.set_hint(
            self.tr(
                "Deadlines in working days skip weekends and holidays. Enter a year's days as the State "
                "Council publishes them; saving replaces the year's list. A year not entered counts Monday "
                "to Friday."
            )
        )
        self._show_days()

    def _limit_days(self) -> None:
        year = self.year.value()
        self.day.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))
        if self.day.date().year() != year:
            self.day.setDate(QDate(year, 1, 1))

    def _fetcher(self) -> Callable[[], Any]:
        year, desk = self.year.value(), self.desk

        def fetch() -> tuple[int, dict[dt.date, str], bool]:
            calendar = desk.work_calendar()
            days = {d: "holiday" for d in calendar.holidays if d.year == year}
            days.update({d: "workday" for d in calendar.workdays if d.year == year})
            return year, days, year in calendar.known_years

        return fetch

    def _loaded(self, data: tuple[int, dict[dt.date, str], bool]) -> None:
        year, days, known = data
        if year != self.year.value():
            return  # another year was chosen meanwhile; its own read follows
        self.days, self.known = dict(days), known
        self._limit_days()
        self._show_days()

    def kind_text(self, kind: str) -> str:
        return self.tr("holiday") if kind == "holiday" else self.tr("adjusted working day")

    def _show_days(self) -> None:
        weekdays = (
            ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
            if self.lang == "zh"
            else ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        )
        self.list.clear()
        for day in sorted(self.days):
            item = QListWidgetItem(f"{day:%Y-%m-%d}  {weekdays[day.weekday()]}  {self.kind_text(self.days[day])}")
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.list.addItem(item)
        holidays = sum(1 for k in self.days.values() if k == "holiday")
        text = (
            self.tr("Holidays: %1; adjusted working days: %2.")
            .replace("%1", str(holidays))
            .replace("%2", str(len(self.days) - holidays))
        )
        if not self.known:
            text += " " + self.tr("Not entered yet: Monday to Friday are counted.")
        self.status.setText(text)

    def add_day(self) -> None:
        """The day in the entry box with its kind; a day already listed takes the new kind."""
        self.days[self.day.date().toPython()] = self.kind.currentData()
        self._show_days()
        self.day.setDate(self.day.date().addDays(1))

    def remove_day(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.days.pop(item.data(Qt.ItemDataRole.UserRole), None)
            self._show_days()

    def save(self) -> None:
        year, desk = self.year.value(), self.desk
        holidays = sorted(d for d, k in self.days.items() if k == "holiday")
        workdays = sorted(d for d, k in self.days.items() if k == "workday")
        self._save(
            lambda: desk.set_calendar_year(year, holidays, workdays),
            self.tr("The days of %1 are saved.").replace("%1", str(year)),
        )


class AgencySettings(QWidget):
    """The four boxes, one below the other; the settings page scrolls them."""

    def __init__(self, desk: Desk, ops: Ops, dialogs: Dialogs, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deadlines = DeadlineSettings(desk, ops, dialogs, lang, self)
        self.standards = StandardsSettings(desk, ops, dialogs, lang, self)
        self.retention = RetentionSettings(desk, ops, dialogs, lang, self)
        self.calendar = CalendarSettings(desk, ops, dialogs, lang, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for section in self.sections():
            layout.addWidget(section)

    def sections(self) -> list[_Section]:
        return [self.deadlines, self.standards, self.retention, self.calendar]

    def retranslate(self, lang: str) -> None:
        for section in self.sections():
            section.retranslate(lang)

    def load(self) -> None:
        for section in self.sections():
            section.load()

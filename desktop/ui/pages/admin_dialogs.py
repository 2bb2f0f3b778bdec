"""The dialogs of 机构管理: a station, an account and a project, each new or changed, and a project's targets
chosen from the indicator catalogue. Each dialog only gathers what the person chose; the Desk checks it (a
refusal comes back as a message and the dialog's values are kept to try again)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.roles import ROLE_LABELS, Role
from desktop.ui.pages.choices import and_list, choose_value, fill_items
from desktop.ui.pages.spot_check_dialogs import date_edit, pydate

ID_ROLE = Qt.ItemDataRole.UserRole


def role_names(roles: list[str], lang: str) -> str:
    """Roles as the person reads them: 督导、一线社工 / Supervisor, Social worker."""
    labels = [ROLE_LABELS[Role(r)][0 if lang == "zh" else 1] for r in roles if r in Role._value2member_map_]
    return ("、" if lang == "zh" else ", ").join(labels)


def checklist(parent: QWidget, items: list[tuple[str, Any]], checked: list[Any], rows: int = 5) -> QListWidget:
    """A short list of check boxes (stations, domains, people): Space ticks the current one."""
    box = QListWidget(parent)
    for label, value in items:
        item = QListWidgetItem(label, box)
        item.setData(ID_ROLE, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
    box.setMaximumHeight(max(rows, 2) * 24 + 8)
    return box


def ticked(box: QListWidget) -> list[Any]:
    return [box.item(i).data(ID_ROLE) for i in range(box.count()) if box.item(i).checkState() == Qt.CheckState.Checked]


class _Form(QDialog):
    """A dialog of rows above OK and Cancel, with a line saying what is still to give (OK is off meanwhile)."""

    def __init__(self, title: str, lang: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout(self)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #8a4b00;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.missing)
        self.form.addRow(self.buttons)
        self.check()

    def still_missing(self) -> list[str]:
        return []

    def check(self) -> None:
        missing = self.still_missing()
        self.missing.setText(
            self.tr("Still to give: %1.").replace("%1", and_list(missing, self.lang)) if missing else ""
        )
        self.missing.setVisible(bool(missing))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not missing)
        ok.setDefault(True)


class StationDialog(_Form):
    """A station's name (needed), township and code (the letters in its paper archive codes)."""

    def __init__(self, lang: str, station: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New station") if station is None else self.tr("Change the station"), lang, parent)
        self.name = QLineEdit(station.name if station else "", self)
        self.township = QLineEdit((station.township or "") if station else "", self)
        self.code = QLineEdit((station.code or "") if station else "", self)
        self.code.setMaxLength(20)
        self.township.setPlaceholderText(self.tr("e.g. 石排镇"))
        self.code.setPlaceholderText(self.tr("e.g. SP"))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Township"), self.township)
        self.form.addRow(self.tr("Code"), self.code)
        self.name.textChanged.connect(self.check)
        self.finish()

    def still_missing(self) -> list[str]:
        return [] if self.name.text().strip() else [self.tr("the name")]

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "township": self.township.text(), "code": self.code.text()}


class AccountDialog(_Form):
    """A person's name, user name (fixed once made: their history and sign-in keep it), roles, station and
    supervisor. ``stations``: the open ones; ``supervisors``: the active supervisors as (name, id)."""

    def __init__(
        self,
        lang: str,
        stations: list[Any],
        supervisors: list[tuple[str, uuid.UUID]],
        account: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New account") if account is None else self.tr("Change the account")
        super().__init__(title, lang, parent)
        self.display_name = QLineEdit(account.display_name if account else "", self)
        self.username = QLineEdit(account.username if account else "", self)
        self.username.setReadOnly(account is not None)
        self.username.setMaxLength(64)
        roles = [(ROLE_LABELS[r][0 if lang == "zh" else 1], r.value) for r in Role]
        self.roles = checklist(self, roles, list(account.roles) if account else [], rows=len(roles))
        self.station = QComboBox(self)
        fill_items(self.station, [(s.name, s.id) for s in stations], self.tr("The agency (no station)"))
        self.supervisor = QComboBox(self)
        own = account.id if account else None
        fill_items(self.supervisor, [x for x in supervisors if x[1] != own], self.tr("None"))
        if account is not None:
            choose_value(self.station, account.station_id)
            choose_value(self.supervisor, account.supervisor_id)
        self.form.addRow(self.tr("Full name"), self.display_name)
        self.form.addRow(self.tr("User name (for signing in)"), self.username)
        self.form.addRow(self.tr("Roles"), self.roles)
        self.form.addRow(self.tr("Station"), self.station)
        self.form.addRow(self.tr("Supervisor"), self.supervisor)
        hint = QLabel(self.tr("A social worker's supervisor reviews her forms and sees her work."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        self.form.addRow("", hint)
        self.display_name.textChanged.connect(self.check)
        self.username.textChanged.connect(self.check)
        self.roles.itemChanged.connect(lambda _: self.check())
        self.finish()

    def still_missing(self) -> list[str]:
        missing = []
        if not self.display_name.text().strip():
            missing.append(self.tr("the full name"))
        if not self.username.text().strip():
            missing.append(self.tr("the user name"))
        if not ticked(self.roles):
            missing.append(self.tr("a role"))
        return missing

    def values(self) -> dict[str, Any]:
        return {
            "display_name": self.display_name.text().strip(),
            "username": self.username.text().strip(),
            "roles": ticked(self.roles),
            "station_id": self.station.currentData(),
            "supervisor_id": self.supervisor.currentData(),
        }


class ProjectDialog(_Form):
    """A service project: name, code, funder, contract period, the stations and domains it covers and the
    people on it (none ticked: the whole agency, every domain, anyone at a station it covers)."""

    def __init__(self, lang: str, choices: dict[str, Any], project: Any = None, parent: QWidget | None = None) -> None:
        """``choices``: "stations" (id, name, closed), "domains" (value, label), "people" (id, name)."""
        super().__init__(self.tr("New service project") if project is None else self.tr("Change the project"), lang,
                         parent)  # fmt: skip
        today = dt.date.today()
        self.name = QLineEdit(project.name if project else "", self)
        self.code = QLineEdit((project.code or "") if project else "", self)
        self.funder = QLineEdit((project.funder or "") if project else "", self)
        self.funder.setPlaceholderText(self.tr("e.g. 石排镇人民政府"))
        self.start = date_edit(self, project.contract_start if project else dt.date(today.year, 1, 1))
        self.end = date_edit(self, project.contract_end if project else dt.date(today.year, 12, 31))
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.end)
        period.addStretch(1)
        covered = list(project.stations) if project else []
        stations = [(s["name"], s["id"]) for s in choices["stations"] if not s["closed"] or s["id"] in covered]
        self.stations = checklist(self, stations, covered)
        self.domains = checklist(self, choices["domains"], list(project.domains) if project else [])
        self.people = checklist(self, choices["people"], list(project.workers) if project else [])
        self.active = QCheckBox(self.tr("Open for new cases and groups"), self)
        self.active.setChecked(project.active if project else True)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Code"), self.code)
        self.form.addRow(self.tr("Funder"), self.funder)
        self.form.addRow(self.tr("Contract period"), period)
        self.form.addRow(self.tr("Stations covered"), self.stations)
        self.form.addRow("", self._hint(self.tr("None ticked: the whole agency.")))
        self.form.addRow(self.tr("Service domains"), self.domains)
        self.form.addRow(self.tr("People on it"), self.people)
        self.form.addRow("", self._hint(self.tr("None ticked: anyone at a station it covers.")))
        self.form.addRow("", self.active)
        self.name.textChanged.connect(self.check)
        self.start.dateChanged.connect(self.check)
        self.end.dateChanged.connect(self.check)
        self.finish()

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setStyleSheet("color: #666;")
        return label

    def still_missing(self) -> list[str]:
        missing = [] if self.name.text().strip() else [self.tr("the name")]
        if pydate(self.end.date()) < pydate(self.start.date()):
            missing.append(self.tr("a contract end on or after its start"))
        return missing

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "code": self.code.text(),
            "funder": self.funder.text(),
            "contract_start": pydate(self.start.date()),
            "contract_end": pydate(self.end.date()),
            "stations": ticked(self.stations),
            "domains": ticked(self.domains),
            "workers": ticked(self.people),
            "active": self.active.isChecked(),
        }


class TargetsDialog(QDialog):
    """A project's targets (项目指标): rows of the indicator catalogue, each with the number the contract sets.
    ``rows``: the catalogue's rows as (id, label, unit, table title), in the catalogue's order."""

    def __init__(
        self, lang: str, rows: list[tuple[str, str, str, str]], targets: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lang, self.rows = lang, {r[0]: r for r in rows}
        self.setWindowTitle(self.tr("Project targets"))
        self.setMinimumSize(640, 420)
        intro = QLabel(self.tr("Choose an indicator from the catalogue and give the number the contract asks for."))
        intro.setWordWrap(True)
        self.chooser = QComboBox(self)
        self.chooser.setEditable(True)  # type to find an indicator by its words
        self.chooser.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for ident, label, unit, table in rows:
            self.chooser.addItem(f"{table} · {label}（{unit}）", ident)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self._add_chosen)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self._remove)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Target")])
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 460)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for ident, value in targets.items():
            self._add(ident, value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.chooser, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)

    def _add_chosen(self) -> None:
        ident = self.chooser.currentData()
        if ident is not None and ident not in self.targets():
            self._add(ident, 1)

    def _add(self, ident: str, value: Any) -> None:
        row = self.rows.get(ident)
        r = self.table.rowCount()
        self.table.insertRow(r)
        item = QTableWidgetItem(f"{row[3]} · {row[1]}（{row[2]}）" if row else ident)
        item.setData(ID_ROLE, ident)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(r, 0, item)
        spin = QDoubleSpinBox(self.table)
        spin.setRange(0, 1_000_000)
        spin.setDecimals(1 if row and row[2] == "%" else 0)
        spin.setValue(float(value) if isinstance(value, int | float) else 0)
        self.table.setCellWidget(r, 1, spin)

    def _remove(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)

    def targets(self) -> dict[str, float | int]:
        """The targets as given (a whole number stays whole); a zero is refused by the Desk with its reason."""
        out: dict[str, float | int] = {}
        for r in range(self.table.rowCount()):
            spin: Any = self.table.cellWidget(r, 1)
            value = spin.value()
            out[self.table.item(r, 0).data(ID_ROLE)] = int(value) if float(value).is_integer() else value
        return out

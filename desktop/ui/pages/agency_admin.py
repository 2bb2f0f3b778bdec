"""机构管理 (Agency management), for the agency head and the business lead: the agency's stations, the accounts
of the people who work in it, and its service projects with their targets. Nothing is ever deleted here: a
station is closed and an account disabled, so the history keeps their names. Every change goes through the
Desk, which checks it as the command line's ``stations``, ``accounts`` and ``projects`` commands are checked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dialogs import Dialogs
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.account_actions import AccountActions
from desktop.ui.pages.admin_dialogs import ProjectDialog, StationDialog, TargetsDialog, role_names
from desktop.ui.pages.page import Page
from desktop.ui.pages.tables import ID_ROLE, fill_rows, read_only_table
from desktop.workflow.permissions import Action, allowed
from desktop.workspace import Desk


class AgencyAdminPage(Page):
    depends = Changes.ACCOUNTS | Changes.SETTINGS

    def __init__(self, desk: Desk, ops: Ops, dialogs: Dialogs, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, ops, dialogs, lang, parent)
        self.data: dict[str, Any] = {"stations": [], "accounts": [], "projects": [], "domains": []}
        self.manages_agency = allowed(desk.roles, Action.MANAGE_AGENCY)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666;")
        self.tabs = QTabWidget(self)
        self.stations, self.station_buttons = self._tab(("add", self.add_station), ("edit", self.edit_station),
                                                        ("close", self.close_station))  # fmt: skip
        self.accounts_actions = AccountActions(self)
        self.accounts, self.account_buttons = self._tab(*self.accounts_actions.buttons())
        self.projects, self.project_buttons = self._tab(("add", self.add_project), ("edit", self.edit_project),
                                                        ("targets", self.edit_targets))  # fmt: skip
        for table, edit in ((self.stations, self.edit_station), (self.accounts, self.accounts_actions.edit),
                            (self.projects, self.edit_project)):  # fmt: skip
            table.doubleClicked.connect(lambda _index, edit=edit: edit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.tabs, 1)

    def _tab(self, *actions: tuple[str, Callable[[], None]]) -> tuple[QTableWidget, dict[str, QPushButton]]:
        body = QWidget(self.tabs)
        table = read_only_table(body)
        buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, call in actions:
            buttons[name] = QPushButton(body)
            buttons[name].clicked.connect(call)
            row.addWidget(buttons[name])
        row.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        self.tabs.addTab(body, "")
        return table, buttons

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.title.setText(self.tr("Agency management"))
        self.hint.setText(
            self.tr(
                "The agency's stations, the people who work in it and its service projects. Nothing is deleted: "
                "a station is closed and an account disabled, and their names stay on their work."
            )
        )
        for i, name in enumerate((self.tr("Stations"), self.tr("Accounts"), self.tr("Service projects"))):
            self.tabs.setTabText(i, name)
        texts = {"add": self.tr("Add…"), "edit": self.tr("Change…"), "close": self.tr("Close the station…"),
                 "targets": self.tr("Targets…")}  # fmt: skip
        for buttons in (self.station_buttons, self.project_buttons):
            for name, button in buttons.items():
                button.setText(texts[name])
        self.accounts_actions.retranslate()
        for button in (*self.station_buttons.values(), *self.project_buttons.values()):
            button.setEnabled(self.manages_agency)
        self._show(self.data)

    # -- reading and showing -------------------------------------------------------------------------------
    def _fetch(self) -> dict[str, Any]:
        d = self.desk
        return {
            "stations": d.stations(),
            "accounts": d.accounts(),
            "projects": d.projects(),
            "domains": [(o.label.get(self.lang), o.value) for o in d.registry.option_lists["domain"]],
        }

    def _loaded(self, data: dict[str, Any]) -> None:
        self.data = data
        self._show(data)

    def _show(self, data: dict[str, Any]) -> None:
        names = {s.id: s.name for s in data["stations"]}
        people = {a.id: a.display_name for a in data["accounts"]}
        self._show_stations(data["stations"])
        self._show_accounts(data["accounts"], names, people)
        self._show_projects(data["projects"], names, people, dict((v, k) for k, v in data["domains"]))

    def _show_stations(self, stations: list[Any]) -> None:
        self.stations.setColumnCount(4)
        self.stations.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Township"), self.tr("Code"),
                                                 self.tr("State")])  # fmt: skip
        closed = self.tr("Closed on %1")
        rows = [
            [s.name, s.township or "", s.code or "", closed.replace("%1", str(s.closed_on)) if s.closed_on else
             self.tr("Open")]
            for s in stations
        ]  # fmt: skip
        fill_rows(self.stations, rows, [s.id for s in stations])

    def _show_accounts(self, accounts: list[Any], stations: dict[Any, str], people: dict[Any, str]) -> None:
        self.accounts.setColumnCount(6)
        headers = [
            self.tr("Full name"),
            self.tr("User name"),
            self.tr("Roles"),
            self.tr("Station"),
            self.tr("Supervisor"),
        ]
        self.accounts.setHorizontalHeaderLabels([*headers, self.tr("State")])
        rows = [
            [a.display_name, a.username, role_names(a.roles, self.lang), stations.get(a.station_id, ""),
             people.get(a.supervisor_id, ""), self.tr("Active") if a.active else self.tr("Disabled")]
            for a in accounts
        ]  # fmt: skip
        fill_rows(self.accounts, rows, [a.id for a in accounts])

    def _show_projects(
        self, projects: list[Any], stations: dict[Any, str], people: dict[Any, str], domains: dict[str, str]
    ) -> None:
        self.projects.setColumnCount(7)
        self.projects.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Funder"), self.tr("Contract period"),
                                                 self.tr("Stations"), self.tr("Domains"), self.tr("People on it"),
                                                 self.tr("Targets")])  # fmt: skip
        sep = "、" if self.lang == "zh" else ", "
        rows = []
        for p in projects:
            state = "" if p.active else self.tr(" (closed to new work)")
            rows.append([
                p.name + state, p.funder or "", f"{p.contract_start} – {p.contract_end}",
                sep.join(stations.get(x, "") for x in p.stations) or self.tr("The whole agency"),
                sep.join(domains.get(x, x) for x in p.domains) or self.tr("All"),
                sep.join(people.get(x, "") for x in p.workers) or self.tr("Anyone at its stations"),
                str(len(p.targets)),
            ])  # fmt: skip
        fill_rows(self.projects, rows, [p.id for p in projects])

    def chosen(self, table: QTableWidget, kind: str) -> Any:
        """The row selected in ``table`` as its view, or None (with a word to the person)."""
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        if item is None:
            self.dialogs.info(self.tr("Nothing chosen"), self.tr("Choose a row in the list first."))
            return None
        wanted = item.data(ID_ROLE)
        return next((x for x in self.data[kind] if x.id == wanted), None)

    def change(self, call: Callable[[], Any], retry: Callable[[], None] | None = None) -> None:
        """Run a change on the worker (the lists then show it); a refusal is said in the person's words and
        ``retry`` reopens the dialog with what was typed."""

        def refused(exc: Exception) -> None:
            self._failed(exc)
            if retry is not None:
                retry()

        self.ops.run(call, label=self.tr("Saving…"), changes=Changes.ACCOUNTS | Changes.SETTINGS, on_error=refused)

    # -- stations ------------------------------------------------------------------------------------------
    def add_station(self, dialog: StationDialog | None = None) -> None:
        dialog = dialog or StationDialog(self.lang, None, self)
        if self.dialogs.run(dialog):
            values, desk = dialog.values(), self.desk
            self.change(lambda: desk.create_station(**values), lambda: self.add_station(dialog))

    def edit_station(self) -> None:
        station = self.chosen(self.stations, "stations")
        if station is not None:
            self._edit_station(station, StationDialog(self.lang, station, self))

    def _edit_station(self, station: Any, dialog: StationDialog) -> None:
        if self.dialogs.run(dialog):
            values, desk = dialog.values(), self.desk
            self.change(lambda: desk.update_station(station.id, **values), lambda: self._edit_station(station, dialog))

    def close_station(self) -> None:
        station = self.chosen(self.stations, "stations")
        if station is None or station.closed_on is not None:
            return
        question = self.tr(
            "Close %1? No new account, client or project goes there; its history keeps its name. A closed "
            "station is never deleted."
        ).replace("%1", station.name)
        if self.dialogs.confirm(self.tr("Close the station"), question):
            desk = self.desk
            self.change(lambda: desk.close_station(station.id))

    # -- projects ------------------------------------------------------------------------------------------
    def _project_choices(self) -> dict[str, Any]:
        serving = [a for a in self.data["accounts"] if a.active and allowed(a.roles, Action.SERVE)]
        return {
            "stations": [
                {"id": s.id, "name": s.name, "closed": s.closed_on is not None} for s in self.data["stations"]
            ],
            "domains": self.data["domains"],
            "people": [(a.display_name, a.id) for a in serving],  # whom the Desk accepts on a project (O008)
        }

    def add_project(self, dialog: ProjectDialog | None = None) -> None:
        dialog = dialog or ProjectDialog(self.lang, self._project_choices(), None, self)
        if self.dialogs.run(dialog):
            values, desk = dialog.values(), self.desk
            self.change(lambda: desk.create_project(**values), lambda: self.add_project(dialog))

    def edit_project(self) -> None:
        project = self.chosen(self.projects, "projects")
        if project is not None:
            self._edit_project(project, ProjectDialog(self.lang, self._project_choices(), project, self))

    def _edit_project(self, project: Any, dialog: ProjectDialog) -> None:
        if self.dialogs.run(dialog):
            values, desk = dialog.values(), self.desk
            self.change(lambda: desk.update_project(project.id, **values), lambda: self._edit_project(project, dialog))

    def edit_targets(self) -> None:
        project = self.chosen(self.projects, "projects")
        if project is None:
            return
        desk, lang = self.desk, self.lang

        def rows() -> list[tuple[str, str, str, str]]:
            catalogue = desk.indicator_catalogue()
            domain = {t.domain: desk.registry.option_label("domain", t.domain, lang) for t in catalogue.tables}
            return [(r.id, r.label.get(lang), r.unit, domain[t.domain]) for t in catalogue.tables for r in t.rows]

        self.ops.run(rows, on_done=lambda found: self._ask_targets(project, found), on_error=self._failed)

    def _ask_targets(self, project: Any, rows: list[tuple[str, str, str, str]], targets: Any = None) -> None:
        dialog = TargetsDialog(self.lang, rows, targets if targets is not None else project.targets, self)
        if not self.dialogs.run(dialog):
            return
        chosen, desk = dialog.targets(), self.desk
        self.change(
            lambda: desk.set_project_targets(project.id, chosen), lambda: self._ask_targets(project, rows, chosen)
        )

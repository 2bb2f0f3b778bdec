"""What the 指标 page asks for: a period (this month, quarter or year, the chosen project's contract, or one's
own dates), a station, a project (whose 项目指标 are the targets), a worker (only those in one's view: a
worker has only themself) and a domain. A change is announced once the choices settle, so that typing a
date asks the Desk once, not at every keystroke."""

from __future__ import annotations

import calendar
import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.pages.spot_check_dialogs import date_edit, pydate, qdate
from desktop.workflow.visibility import scope_for
from desktop.workspace import Desk

PERIODS = ("month", "quarter", "year", "contract", "custom")


@dataclass(frozen=True)
class Filters:
    start: dt.date
    end: dt.date
    station_id: uuid.UUID | None = None
    project_id: uuid.UUID | None = None
    worker_id: uuid.UUID | None = None
    domain: str | None = None

    def ids(self) -> dict[str, uuid.UUID | None]:
        return {"station_id": self.station_id, "project_id": self.project_id, "worker_id": self.worker_id}


def period_of(kind: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """This month, quarter or year, whole (the pace compares what is done with the share gone by today)."""
    if kind == "year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    first_month = (today.month - 1) // 3 * 3 + 1 if kind == "quarter" else today.month
    last_month = first_month + 2 if kind == "quarter" else first_month
    last_day = calendar.monthrange(today.year, last_month)[1]
    return dt.date(today.year, first_month, 1), dt.date(today.year, last_month, last_day)


def _combo(parent: QWidget, letters: int = 5) -> QComboBox:
    """As wide as the row allows, down to ``letters`` characters (the list drops down whole): the page must
    fit beside the navigation in a small window."""
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    return combo


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.choices: dict[str, Any] | None = None  # stations, projects, the view, the domains (the page fetches)
        self.period_label, self.to_label = QLabel(self), QLabel(self)
        self.period = _combo(self, 8)
        self.date_from, self.date_to = date_edit(self, desk.today()), date_edit(self, desk.today())
        self.station, self.project, self.worker, self.domain = (
            _combo(self),
            _combo(self, 10),
            _combo(self),
            _combo(self),
        )
        self.period_label.setBuddy(self.period)
        for _ in PERIODS:
            self.period.addItem("")
        self.period.setCurrentIndex(PERIODS.index("quarter"))
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.changed)
        self._set_dates()
        self.period.currentIndexChanged.connect(lambda _: (self._set_dates(), self.schedule()))
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _: self.schedule())
        self.station.currentIndexChanged.connect(lambda _: (self._fill_projects(), self._set_dates(), self.schedule()))
        self.project.currentIndexChanged.connect(lambda _: (self._set_dates(), self.schedule()))
        for combo in (self.worker, self.domain):
            combo.currentIndexChanged.connect(lambda _: self.schedule())
        # Two rows: when; then whose and which (the combos share the row's width).
        self.when = QHBoxLayout()
        for widget in (self.period_label, self.period, self.date_from, self.to_label, self.date_to):
            self.when.addWidget(widget)
        self.when.addStretch(1)
        self.which = which = QHBoxLayout()
        for combo, stretch in ((self.station, 2), (self.project, 4), (self.worker, 2), (self.domain, 2)):
            which.addWidget(combo, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.when)
        layout.addLayout(which)

    def retranslate(self, lang: str) -> None:
        self.period_label.setText(self.tr("&Period"))
        self.to_label.setText(self.tr("to"))
        texts = [
            self.tr("This month"), self.tr("This quarter"), self.tr("This year"), self.tr("The project's contract"),
            self.tr("From… to…"),
        ]  # fmt: skip
        for index, text in enumerate(texts):
            self.period.setItemText(index, text)
        for combo, name in ((self.station, self.tr("Station")), (self.project, self.tr("Project")),
                            (self.worker, self.tr("Worker")), (self.domain, self.tr("Domain"))):  # fmt: skip
            combo.setAccessibleName(name)
            combo.setToolTip(name)
        self.set_choices(self.choices, lang)

    # -- the choices -----------------------------------------------------------------------------------------
    def set_choices(self, choices: dict[str, Any] | None, lang: str) -> None:
        self.choices = choices
        if choices is None:
            return
        view = choices["view"]
        self._fill(self.station, [(None, self.tr("All stations")), *choices["stations"]])
        self._fill_projects()
        if view.others:
            everyone = scope_for(self.desk.account.id, self.desk.roles).agency_wide  # the domain's scope rule
            self._fill(self.worker, [(None, self.tr("All workers") if everyone else self.tr("My team")), *view.workers])
        else:  # a worker: their own numbers, nobody else's to choose
            self._fill(self.worker, [(None, self.desk.account.display_name)])
        self.worker.setEnabled(view.others)
        label = self.desk.registry.option_label
        self._fill(
            self.domain, [(None, self.tr("All domains")), *((d, label("domain", d, lang)) for d in choices["domains"])]
        )
        self._set_dates()

    def _fill_projects(self) -> None:
        if self.choices is None:
            return
        station = self._id(self.station)
        found = [
            (p["id"], p["name"])
            for p in self.choices["projects"]
            if station is None or not p["stations"] or station in p["stations"]
        ]
        self._fill(self.project, [(None, self.tr("All projects")), *found])

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[Any, str]]) -> None:
        """Refill, keeping the choice; quietly (a refill is not a new question). Ids are kept as text (Qt
        finds a Python object by identity, and each fetch makes new ones), "" for all (PySide miscounts a None
        kept in an item, and crashes collecting it)."""
        was = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, "" if data is None else str(data))
        combo.setCurrentIndex(max(combo.findData(was), 0) if was else 0)
        combo.blockSignals(False)

    def chosen_project(self) -> dict[str, Any] | None:
        project = self._id(self.project)
        return next((p for p in (self.choices or {}).get("projects", []) if p["id"] == project), None)

    def _set_dates(self) -> None:
        """A period of one's own takes the dates typed; the others set them (the contract's: once a project with
        a contract is chosen, else it is not offered)."""
        project = self.chosen_project()
        contract = project["contract"] if project and all(project["contract"]) else None
        model = self.period.model()
        if isinstance(model, QStandardItemModel):
            model.item(PERIODS.index("contract")).setEnabled(contract is not None)
        kind = PERIODS[self.period.currentIndex()]
        if kind == "contract" and contract is None:
            self.period.setCurrentIndex(PERIODS.index("year"))  # comes back here through the signal
            return
        custom = kind == "custom"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        if not custom:
            start, end = contract if kind == "contract" and contract else period_of(kind, self.desk.today())
            for edit, day in ((self.date_from, start), (self.date_to, end)):
                edit.blockSignals(True)
                edit.setDate(qdate(day))
                edit.blockSignals(False)

    # -- the question ------------------------------------------------------------------------------------------
    def filters(self) -> Filters:
        return Filters(
            pydate(self.date_from.date()), pydate(self.date_to.date()), self._id(self.station),
            self._id(self.project), self._id(self.worker), self.domain.currentData() or None,
        )  # fmt: skip

    @staticmethod
    def _id(combo: QComboBox) -> uuid.UUID | None:
        data = combo.currentData()
        return uuid.UUID(data) if data else None

    def schedule(self) -> None:
        if self.choices is not None:
            self._timer.start()

    def settling(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()

    def heading(self, wanted: Filters, agency: str, lang: str) -> dict[str, str]:
        """What was counted, as ``casedesk indicators`` writes it on the workbook's first sheet."""
        choices = self.choices or {"stations": [], "projects": [], "view": None}
        everyone = "全部 / all"
        workers = dict(choices["view"].workers) if choices["view"] else {}
        if choices["view"] is not None and not choices["view"].others:
            everyone = self.desk.account.display_name  # a worker's own numbers
        heading = {
            "期间 / period": f"{wanted.start.isoformat()} – {wanted.end.isoformat()}",
            "机构 / agency": agency,
            "站点 / station": dict(choices["stations"]).get(wanted.station_id, "全部 / all"),
            "项目 / project": {p["id"]: p["name"] for p in choices["projects"]}.get(wanted.project_id, "全部 / all"),
            "社工 / worker": workers.get(wanted.worker_id, everyone),
        }
        if wanted.domain is not None:
            heading["领域 / domain"] = self.desk.registry.option_label("domain", wanted.domain, lang)
        heading["生成 / made"] = dt.datetime.now().isoformat(sep=" ", timespec="minutes")
        return heading

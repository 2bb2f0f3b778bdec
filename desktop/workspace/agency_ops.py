"""The agency on the Desk: its record, stations, projects and settings, and the accounts of the people who
work in it (creating one, checking the signed-in person's password again, their interface language).

A new account's first password, given by the agency head or generated here (``first_password``), is temporary:
its owner sets their own at their first sign-in (``Keystore.is_temporary``, ``KeyService.must_change_password``)."""

from __future__ import annotations

import dataclasses
import re
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import CaseDeskError
from desktop.models import Account, Agency, Project, Setting, Station
from desktop.roles import ROLE_LABELS, Role
from desktop.settings import coerce
from desktop.workflow.permissions import Action, allowed
from desktop.workspace import visible
from desktop.workspace.attempts import write_to_audit
from desktop.workspace.audit_ops import AuditService
from desktop.workspace.core import Core
from desktop.workspace.keystore import Keystore, check_password_strength, first_password
from desktop.workspace.layout import Layout
from desktop.workspace.roster_ops import RosterPreview, RosterRow, read_table
from desktop.workspace.staff_rules import check_placement, check_roles, open_station
from desktop.workspace.views import AccountView, ProjectView, StationView


@dataclasses.dataclass(frozen=True)
class NewAccount(AccountView):
    """A new account, and its first password when CaseDesk made it (None when the agency head gave one): shown
    to her once, to hand over; never stored in the clear, and temporary like any first password."""

    first_password: str | None = dataclasses.field(default=None, repr=False)

    @classmethod
    def made(cls, account: Account, password: str | None) -> NewAccount:
        view = AccountView.of(account)
        return cls(**{f.name: getattr(view, f.name) for f in dataclasses.fields(AccountView)}, first_password=password)


class AgencyService:
    """The agency, its stations, projects, settings and accounts. Needs: the core and the audit log (the wrong
    passwords noted before an unlock)."""

    def __init__(self, core: Core, audit_log: AuditService) -> None:
        self.core, self.audit_log = core, audit_log
        self._indicator_ids: frozenset[str] | None = None

    # -- agency, stations, projects ------------------------------------------------------------
    def agency(self) -> Agency:
        with self.core.session() as s:
            agency = s.scalars(select(Agency)).first()
            if agency is None:
                raise CaseDeskError("W005", reason="the workspace has no agency")
            return agency

    def stations(self, open_only: bool = False) -> list[StationView]:
        """Every station (a closed one keeps its name in the history), or with ``open_only`` those a new
        account, client or project may go to."""
        with self.core.session() as s:
            query = select(Station).order_by(Station.name)
            if open_only:
                query = query.where(Station.closed_on.is_(None))
            return [StationView.of(x) for x in s.scalars(query)]

    def create_station(self, name: str, township: str | None = None, code: str | None = None) -> StationView:
        self.core.require(Action.MANAGE_AGENCY)
        with self.core.session() as s:
            name = _station_name(s, name, None)
            station = Station(agency_id=self.agency().id, name=name, township=_text(township), code=_text(code))
            s.add(station)
            s.flush()
            self.core.audit(s, "create", "station", station.id)
            return StationView.of(station)

    def update_station(self, /, station_id: uuid.UUID, **changes: Any) -> StationView:
        """Rename a station, or change its township or code (``name``, ``township``, ``code``)."""
        self.core.require(Action.MANAGE_AGENCY)
        unknown = set(changes) - STATION_FIELDS
        if unknown:
            raise CaseDeskError("C001", what=f"station fields: {', '.join(sorted(STATION_FIELDS))}")
        with self.core.session() as s:
            station = _station(s, station_id)
            if "name" in changes:
                station.name = _station_name(s, changes["name"], station.id)
            for key in ("township", "code"):
                if key in changes:
                    setattr(station, key, _text(changes[key]))
            self.core.audit(s, "edit", "station", station.id, fields=sorted(changes))
            s.flush()
            return StationView.of(station)

    def close_station(self, station_id: uuid.UUID) -> StationView:
        """Close a station, never delete it: its name stays on its history, and no new account, client or
        project goes there. Closing a closed station changes nothing."""
        self.core.require(Action.MANAGE_AGENCY)
        with self.core.session() as s:
            station = _station(s, station_id)
            if station.closed_on is None:
                station.closed_on = self.core.today()
                self.core.audit(s, "close", "station", station.id)
            s.flush()
            return StationView.of(station)

    def projects(self) -> list[ProjectView]:
        with self.core.session() as s:
            return [
                ProjectView.of(x) for x in s.scalars(select(Project).order_by(Project.contract_start, Project.name))
            ]

    def my_projects(self) -> list[ProjectView]:
        """The projects a case or group of the signed-in person's may go under (``ProjectView.open_to``)."""
        me = self.core.account
        return [p for p in self.projects() if p.open_to(me.id, me.station_id)]

    def create_project(self, /, **fields: Any) -> ProjectView:
        """A service project: ``name``, ``contract_start`` and ``contract_end`` (O001 when it ends before it
        starts), and ``code``, ``funder``, ``stations`` (the ids of those it covers, none for the whole agency;
        one newly covered must be open, O003), ``workers`` (the ids of the people on it, none for anyone at a
        station it covers; each an active account that serves, O008), ``domains`` (known ones, O006),
        ``archive_category``, ``targets`` (indicator id -> a positive number, O002/O005), ``active``."""
        self.core.require(Action.MANAGE_AGENCY)
        unknown = set(fields) - PROJECT_FIELDS
        if unknown or not {"name", "contract_start", "contract_end"} <= set(fields):
            raise CaseDeskError("C001", what=f"project fields: {', '.join(sorted(PROJECT_FIELDS))}")
        with self.core.session() as s:
            project = Project(agency_id=self.agency().id, domains=[], targets={}, active=True, stations=[], workers=[])
            self._apply_project(s, project, fields)
            s.add(project)
            s.flush()
            self.core.audit(s, "create", "project", project.id)
            return ProjectView.of(project)

    def update_project(self, /, project_id: uuid.UUID, **changes: Any) -> ProjectView:
        """Change a project's fields (those ``create_project`` takes), each checked the same way."""
        self.core.require(Action.MANAGE_AGENCY)
        unknown = set(changes) - PROJECT_FIELDS
        if unknown:
            raise CaseDeskError("C001", what=f"project fields: {', '.join(sorted(PROJECT_FIELDS))}")
        with self.core.session() as s:
            project = s.get(Project, project_id)
            if project is None:
                raise CaseDeskError("R008", kind="项目 / project", id=str(project_id))
            self._apply_project(s, project, changes)
            self.core.audit(s, "edit", "project", project.id, fields=sorted(changes))
            s.flush()
            return ProjectView.of(project)

    def set_project_targets(self, project_id: uuid.UUID, targets: dict[str, Any]) -> ProjectView:
        """Replace a project's targets (项目指标): each keyed by a row of the indicator catalogue."""
        return self.update_project(project_id, targets=targets)

    def _apply_project(self, s: Session, project: Project, changes: dict[str, Any]) -> None:
        if "name" in changes:
            name = _text(changes["name"])
            if not name:
                raise CaseDeskError("O007")
            project.name = name
        for key in ("code", "funder", "archive_category"):
            if key in changes:
                setattr(project, key, _text(changes[key]))
        if "contract_start" in changes:
            project.contract_start = changes["contract_start"]
        if "contract_end" in changes:
            project.contract_end = changes["contract_end"]
        if project.contract_end < project.contract_start:
            raise CaseDeskError("O001", start=str(project.contract_start), end=str(project.contract_end))
        if "stations" in changes:
            project.stations = _covered_stations(s, project.stations or [], changes["stations"])
        if "workers" in changes:
            project.workers = _project_workers(s, changes["workers"])
        if "domains" in changes:
            known = {o.value for o in self.core.registry.option_lists["domain"]}
            for domain in changes["domains"]:
                if domain not in known:
                    raise CaseDeskError("O006", domain=domain)
            project.domains = list(dict.fromkeys(changes["domains"]))
        if "targets" in changes:
            project.targets = self.checked_targets(changes["targets"])
        if "active" in changes:
            project.active = bool(changes["active"])

    def checked_targets(self, targets: dict[str, Any]) -> dict[str, float | int]:
        """Targets keyed by real indicator ids (O002) with positive numbers (O005)."""
        ids = self.indicator_ids()
        checked: dict[str, float | int] = {}
        for key, value in targets.items():
            if key not in ids:
                raise CaseDeskError("O002", id=key)
            if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0 or value != value:
                raise CaseDeskError("O005", id=key, value=value)
            checked[key] = value
        return checked

    def indicator_ids(self) -> frozenset[str]:
        if self._indicator_ids is None:
            from desktop.indicators.definitions import load_catalogue

            self._indicator_ids = frozenset(r.id for r in load_catalogue(registry=self.core.registry).rows)
        return self._indicator_ids

    # -- settings ---------------------------------------------------------------------------------
    def setting(self, key: str) -> Any:
        return self.core.setting(key)

    def set_setting(self, key: str, value: Any) -> Any:
        self.core.require(Action.MANAGE_AGENCY)
        value = coerce(key, value)
        with self.core.session() as s:
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value
        return value

    # -- accounts ---------------------------------------------------------------------------------
    def accounts(self) -> list[AccountView]:
        with self.core.session() as s:
            return [AccountView.of(x) for x in s.scalars(select(Account).order_by(Account.username))]

    def create_account(
        self,
        username: str,
        display_name: str,
        roles: list[str],
        password: str | None = None,
        station_id: uuid.UUID | None = None,
        supervisor_id: uuid.UUID | None = None,
        *,
        temporary: bool = True,
    ) -> NewAccount:
        """An account and its keystore entry: a transaction of its own (``add_account``), the keystore last.
        Its first password is ``password``, or without one a generated one returned in ``first_password`` (to be
        shown once); either is temporary: the person sets their own at their first sign-in. ``temporary=False``
        only where the password is published with the workspace (the demo's) or in a test.
        Refused: a user name taken (A002), no role (A016), a closed station (O003), a supervisor who is not
        one (A014), a worker with no supervisor where her station has one (A017)."""
        self.core.require(Action.MANAGE_ACCOUNTS)
        check_roles(username, roles)
        with self.core.session() as s:
            open_station(s, station_id)
            check_placement(
                s,
                account_id=None,
                display_name=display_name,
                roles=roles,
                station_id=station_id,
                supervisor_id=supervisor_id,
            )
        generated = password is None
        password = first_password() if password is None else password
        account = add_account(
            self.core.layout,
            self.core.session_factory,
            username,
            display_name,
            roles,
            password,
            station_id=station_id,
            supervisor_id=supervisor_id,
            data_key=self.core.data_key,
            temporary=temporary,
        )
        with self.core.session() as s:
            self.core.audit(s, "create", "account", account.id)
        return NewAccount.made(account, password if generated else None)

    def preview_staff(self, path: Path) -> RosterPreview:
        """Read a staff list (用户名, 姓名, 角色, 站点, 督导, 电话, 备注) and check every row as a new account is
        checked, against the accounts there are and the rows above and below it; nothing is stored."""
        self.core.require(Action.MANAGE_ACCOUNTS)
        table = read_table(path, STAFF_COLUMNS, {"username", "display_name", "roles"})
        keystore_names = set(Keystore(self.core.layout.keystore_file).usernames())
        with self.core.session() as s:
            accounts = list(s.scalars(select(Account)))
            stations = list(s.scalars(select(Station)))
            rows = [RosterRow(line, values) for line, values in table]
            for row in rows:
                _read_staff_row(row, stations)
            taken = {a.username for a in accounts} | keystore_names
            supervisors = {a.username: a.station_id for a in accounts if a.active and a.has_role(Role.SUPERVISOR)}
            supervisors |= {
                r.values["username"]: r.values["station_id"]
                for r in rows
                if r.values["username"] and Role.SUPERVISOR in r.values["roles"]
            }
            seen: set[str] = set()
            for row in rows:
                _check_staff_row(row, taken, seen, supervisors)
        return RosterPreview("staff", rows)

    def import_staff(self, preview: RosterPreview, password: str | None = None) -> list[NewAccount]:
        """Every account of a checked staff list with one first password the agency hands out (``password``, or
        without one a generated one, in each account's ``first_password``), temporary as any first password; or
        none: a list with any bad row is refused whole (X002), as is a user name taken meanwhile (A002)."""
        self.core.require(Action.MANAGE_ACCOUNTS)
        if preview.kind != "staff":
            raise CaseDeskError("C001", what="a staff list / 员工名单")
        if preview.bad_rows:
            raise CaseDeskError("X002", count=len(preview.bad_rows))
        generated = password is None
        password = first_password() if password is None else password
        check_password_strength(password)
        keystore = Keystore(self.core.layout.keystore_file)
        with self.core.session() as s:
            made: dict[str, Account] = {}
            for row in preview.rows:
                v = row.values
                if s.scalar(select(Account.id).where(Account.username == v["username"])) is not None:
                    raise CaseDeskError("A002", username=v["username"])
                made[v["username"]] = Account(
                    username=v["username"],
                    display_name=v["display_name"],
                    roles=list(v["roles"]),
                    station_id=v["station_id"],
                    phone=v["phone"],
                    note=v["note"],
                )
                s.add(made[v["username"]])
            s.flush()
            for row in preview.rows:
                name = row.values["supervisor"]
                if name:
                    chief = made.get(name) or s.scalars(select(Account).where(Account.username == name)).one()
                    made[row.values["username"]].supervisor_id = chief.id
            s.flush()
            for account in made.values():
                self.core.audit(s, "create", "account", account.id, via="staff list")
            keystore.add_many([(a.username, a.id) for a in made.values()], password, self.core.data_key, temporary=True)
            return [NewAccount.made(a, password if generated else None) for a in made.values()]

    def verify_password(self, password: str) -> None:
        """Check the signed-in person's password again (unlocking a locked window); raises A001 when wrong,
        A015 while wrong ones make it wait. Then the wrong passwords noted meanwhile go into the audit log."""
        core = self.core
        Keystore(core.layout.keystore_file).unlock(core.account.username, password, where="unlock")
        write_to_audit(core.layout.root, core.data_key, self.audit_log.audit_unattributed)

    def set_my_language(self, lang: str) -> None:
        """The signed-in person's interface language, kept for their next sign-in."""
        if lang not in ("zh", "en"):
            raise CaseDeskError("C001", what="language zh|en")
        with self.core.session() as s:
            account = s.get(Account, self.core.account_id)
            assert account is not None  # the signed-in account
            account.language = lang
        self.core.account.language = lang

    def station_has_supervisor(self, station_id: uuid.UUID | None) -> bool:
        with self.core.session() as s:
            return visible.station_has_supervisor(s, station_id)


STATION_FIELDS = frozenset({"name", "township", "code"})
PROJECT_FIELDS = frozenset(
    {"name", "code", "funder", "contract_start", "contract_end", "stations", "workers", "domains",
     "archive_category", "targets", "active"}
)  # fmt: skip


STAFF_COLUMNS: dict[str, str] = {
    "用户名": "username",
    "姓名": "display_name",
    "角色": "roles",
    "站点": "station",
    "督导": "supervisor",
    "电话": "phone",
    "联系电话": "phone",
    "备注": "note",
}
ROLE_WORDS: dict[str, str] = {
    word.lower(): role.value for role, pair in ROLE_LABELS.items() for word in (role.value, *pair)
}


def _read_staff_row(row: RosterRow, stations: list[Station]) -> None:
    """A staff row's cells as an account's values: roles by their code or Chinese or English name, separated
    by 、 , or /; the station by its name or code (an open one)."""
    v = row.values
    for key in ("username", "display_name", "station", "supervisor", "phone", "note"):
        v[key] = _text(v.get(key))
    roles: list[str] = []
    for word in re.split(r"[、,，/;；]+", str(v.get("roles") or "")):
        word = word.strip()
        if word:
            role = ROLE_WORDS.get(word.lower())
            if role is None:
                row.errors.append(f"未知角色 / unknown role: {word[:30]}")
            elif role not in roles:
                roles.append(role)
    v["roles"] = roles
    v["station_id"] = None
    if v["station"]:
        station = next((x for x in stations if v["station"] in (x.name, x.code)), None)
        if station is None:
            row.errors.append(f"没有此站点 / no such station: {v['station'][:40]}")
        elif station.closed_on is not None:
            row.errors.append(f"{CaseDeskError('O003', name=station.name)}")
        else:
            v["station_id"] = station.id


def _check_staff_row(row: RosterRow, taken: set[str], seen: set[str], supervisors: dict[str, uuid.UUID | None]) -> None:
    """The rules of a new account, each problem reported on its row."""
    v = row.values
    if not v["username"]:
        row.errors.append("缺少用户名 / no user name")
    elif v["username"] in taken or v["username"] in seen:
        row.errors.append(str(CaseDeskError("A002", username=v["username"])))
    else:
        seen.add(v["username"])
    if not v["display_name"]:
        row.errors.append("缺少姓名 / no name")
    if not v["roles"] and not row.errors:
        row.errors.append(str(CaseDeskError("A016", username=v["username"])))
    if v["supervisor"]:
        if v["supervisor"] not in supervisors or v["supervisor"] == v["username"]:
            row.errors.append(str(CaseDeskError("A014", name=v["supervisor"])))
    elif Role.WORKER in v["roles"] and Role.SUPERVISOR not in v["roles"]:
        others = {name: at for name, at in supervisors.items() if name != v["username"]}
        if any(at in (None, v["station_id"]) for at in others.values()):
            station = v["station"] or "机构 / the agency"
            row.errors.append(str(CaseDeskError("A017", station=station, name=v["display_name"])))
    for key, limit in (("username", 64), ("display_name", 100), ("phone", 50), ("note", 2000)):
        if v[key] and len(v[key]) > limit:
            row.errors.append(f"{key} 超过 {limit} 个字符 / longer than {limit} characters")


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _covered_stations(s: Session, before: list[str], stations: Any) -> list[str]:
    """The stations a project covers, as stored (32 hex digits): each one that exists, and open unless the
    project covered it already (closing a station leaves the projects that served it as they were)."""
    chosen: list[str] = []
    for station_id in stations or ():
        key = uuid.UUID(str(station_id)).hex
        if key not in before:
            open_station(s, uuid.UUID(key))
        elif s.get(Station, uuid.UUID(key)) is None:
            raise CaseDeskError("R008", kind="站点 / station", id=key)
        if key not in chosen:
            chosen.append(key)
    return chosen


def _project_workers(s: Session, workers: Any) -> list[str]:
    """The people on a project, as stored: each an active account whose roles serve clients (O008)."""
    chosen: list[str] = []
    for account_id in workers or ():
        account = s.get(Account, uuid.UUID(str(account_id)))
        if account is None or not account.active or not allowed(account.roles or [], Action.SERVE):
            raise CaseDeskError("O008", name=account.display_name if account else str(account_id))
        if account.id.hex not in chosen:
            chosen.append(account.id.hex)
    return chosen


def _station(s: Session, station_id: uuid.UUID) -> Station:
    station = s.get(Station, station_id)
    if station is None:
        raise CaseDeskError("R008", kind="站点 / station", id=str(station_id))
    return station


def _station_name(s: Session, name: str, station_id: uuid.UUID | None) -> str:
    """A station's name: not empty (O007), used by no other station (O004)."""
    text = _text(name)
    if not text:
        raise CaseDeskError("O007")
    if s.scalar(select(Station.id).where(Station.name == text, Station.id != station_id)) is not None:
        raise CaseDeskError("O004", name=text)
    return text


def add_account(
    layout: Layout,
    sessions: Any,
    username: str,
    display_name: str,
    roles: list[str],
    password: str,
    *,
    station_id: uuid.UUID | None = None,
    supervisor_id: uuid.UUID | None = None,
    data_key: bytes,
    temporary: bool = False,
) -> Account:
    """Create an account row and its keystore entry together (the keystore last, so a refused
    password leaves no row behind); the workspace's data key is sealed to the new account's key.
    ``temporary``: a first password handed out, which its owner replaces at their first sign-in."""
    for role in roles:
        if role not in Role._value2member_map_:
            raise CaseDeskError("A007", role=role)
    username = username.strip()
    if not username:
        raise CaseDeskError("C001", what="username / 用户名")
    keystore = Keystore(layout.keystore_file)
    if username in keystore.usernames():
        raise CaseDeskError("A002", username=username)
    check_password_strength(password)
    with sessions() as s, s.begin():
        if s.scalars(select(Account).where(Account.username == username)).first() is not None:
            raise CaseDeskError("A002", username=username)
        account = Account(
            username=username,
            display_name=display_name,
            roles=list(roles),
            station_id=station_id,
            supervisor_id=supervisor_id,
        )
        s.add(account)
        s.flush()
        keystore.add(username, account.id, password, data_key, temporary=temporary)
    return account

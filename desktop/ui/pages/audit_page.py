"""The audit log page: who did what, when, to which file, newest first, in words a person reads; a filter
by person, action or file; and, for the agency head and the business lead, a check that no entry was
changed or removed. What each person may read, and the check itself, are the domain's (audit_ops.py)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dialogs import Dialogs
from desktop.ui.formatting import local_time
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.page import Page
from desktop.ui.pages.sync_words import SyncWords
from desktop.workflow.permissions import Action, allowed
from desktop.workspace import Desk
from desktop.workspace.layout import Mode

TITLE_STYLE = "font-size: 15pt; font-weight: bold;"
NOTE_STYLE = "background: #fff3bf; padding: 6px; border-radius: 4px;"
BROKEN_STYLE = "color: #c92a2a; font-weight: bold;"
COLUMNS = ("time", "who", "what", "file", "workspace")


class AuditPage(Page):
    depends = Changes.ALL

    def __init__(self, desk: Desk, ops: Ops, dialogs: Dialogs, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, ops, dialogs, lang, parent)
        self.words = SyncWords(self)
        self.reads_all = allowed(desk.roles, Action.READ_AUDIT)
        self.data: dict[str, Any] | None = None
        self.checks: list[Any] | None = None
        self.devices: dict[str, str] = {}  # workspace id -> device name, at a hub
        self._rows: list[list[str]] = []
        self.title = QLabel(self)
        self.title.setStyleSheet(TITLE_STYLE)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(260)
        self.filter.textChanged.connect(lambda _: self._show_rows())
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move in the list
        self.table.setColumnCount(len(COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(NOTE_STYLE)
        self.empty.setVisible(False)
        self.verify_button = QPushButton(self)
        self.verify_button.clicked.connect(self.verify)
        self.verify_button.setVisible(allowed(desk.roles, Action.READ_AUDIT))
        self.checks_box = QVBoxLayout()
        self.check_labels: list[QLabel] = []
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, activated=self.filter.setFocus)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.filter)
        verify_row = QHBoxLayout()
        verify_row.addWidget(self.verify_button)
        verify_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(verify_row)
        layout.addLayout(self.checks_box)
        self.retranslate(lang)

    # -- words -------------------------------------------------------------------------------------
    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.title.setText(self.tr("Audit log"))
        self.filter.setPlaceholderText(self.tr("Filter by person, action or file (Ctrl+F)"))
        self.hint.setText(
            self.tr(
                "Everything done in CaseDesk, newest first (the latest 500 entries): who did it, and to which "
                "file. Entries cannot be changed; “Verify the log” checks that none was altered or removed."
            )
            if self.reads_all
            else self.tr(
                "What you did in CaseDesk, newest first (the latest 500 entries). The agency head and the "
                "business lead read everyone's entries."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Who"), self.tr("What"), self.tr("File"), self.tr("Workspace")]
        )
        self.verify_button.setText(self.tr("Verify the log"))
        if self.data is not None:
            self._show_rows()
        if self.checks is not None:
            self._show_checks(self.checks)

    def action_label(self, action: str) -> str:
        labels = {
            "login": self.tr("signed in"),
            "open": self.tr("opened a file"),
            "create": self.tr("created"),
            "edit": self.tr("edited"),
            "submit": self.tr("submitted for approval"),
            "decide": self.tr("decided"),
            "comment": self.tr("wrote a comment"),
            "void": self.tr("voided"),
            "reassign": self.tr("changed the responsible worker"),
            "print": self.tr("printed"),
            "export": self.tr("exported a bundle"),
            "import": self.tr("imported a bundle"),
            "resolve": self.tr("resolved a conflict"),
            "lock": self.tr("locked the screen"),
            "unlock": self.tr("unlocked the screen"),
            "report": self.tr("produced a personal information report"),
            "destroy": self.tr("destroyed (retention period passed)"),
            "share": self.tr("shared a file"),
            "unshare": self.tr("stopped sharing a file"),
            "password_change": self.tr("changed their password"),
            "password_reset": self.tr("set a colleague's new password"),
            "recovery_key_new": self.tr("made a new recovery key"),
            "recover": self.tr("set a password with the recovery key"),
            "spot_check_draw": self.tr("drew files for a spot check"),
            "indicators_export": self.tr("exported the indicators"),
            "move_to_server": self.tr("moved the hub onto the database server"),
            "spot_check_score": self.tr("scored a spot check"),
            "spot_check_export": self.tr("exported spot-check scores"),
            "sign_in_failed": self.tr("wrong password"),
        }
        return labels.get(action, action)

    def failed_text(self, detail: dict[str, Any]) -> str:
        """Wrong passwords noted before a sign-in: the name tried, how often, and where."""
        count = str(detail.get("count", ""))
        if detail.get("unrecorded"):
            return self.tr("%1 more wrong passwords (names not kept)").replace("%1", count)
        places = {
            "sign_in": self.tr("signing in"),
            "unlock": self.tr("unlocking the screen"),
            "recover": self.tr("the recovery key"),
            "password_change": self.tr("changing the password"),
        }
        where = places.get(str(detail.get("where")), str(detail.get("where", "")))
        text = self.tr("wrong password for “%1”, %2 times (%3)").replace("%2", count).replace("%3", where)
        return text.replace("%1", str(detail.get("username", "?")))  # last: a name may hold "%2"

    # -- data --------------------------------------------------------------------------------------
    def _fetch(self) -> dict[str, Any]:
        """The entries and what their files are called (those files only), read on the worker thread; words
        are made on the UI's."""
        d = self.desk
        hub = d.info.mode == Mode.HUB
        entries = d.audit_entries()
        wanted: dict[str, set[uuid.UUID]] = {"clients": set(), "cases": set(), "groups": set(), "records": set()}
        for e in entries:
            kinds = {"case": ("cases",), "group": ("groups",), "client": ("clients",), "record": ("records",)}
            for name in kinds.get(e.kind or "", ("records",) if e.kind in d.registry else ()):
                wanted[name].update(_uuids(e.target))
            if e.kind == "bag":
                wanted["cases"].update(_uuids(e.target))
                wanted["groups"].update(_uuids(e.target))
        names = d.names(**wanted)
        return {
            "entries": entries,
            "names": {str(a.id): a.display_name for a in d.accounts()},
            "stations": {str(x.id): x.name for x in d.stations()},
            "projects": {str(x.id): x.name for x in d.projects()},
            "clients": {str(k): v for k, v in names.clients.items()},
            "cases": {str(k): (code, str(client)) for k, (code, client) in names.cases.items()},
            "groups": {str(k): v for k, v in names.groups.items()},
            "records": {str(k): tuple(str(i or "") for i in (form, *ids)) for k, (form, *ids) in names.records.items()},
            "devices": {v.id: v.name for v in d.devices()} if hub else {},
            "hub": hub,
        }

    def _loaded(self, data: dict[str, Any]) -> None:
        self.data = data
        self.devices.update(data["devices"])
        self._show_rows()

    def workspace_name(self, workspace: str) -> str:
        """This workspace, or at a hub the device whose chain it is (by its name)."""
        if workspace == self.desk.info.workspace_id:
            return self.tr("This workspace")
        return self.devices.get(workspace, workspace)

    def _case(self, case_id: str) -> str:
        case = self.data["cases"].get(case_id) if self.data else None
        if case is None:
            return self.tr("case %1").replace("%1", case_id)
        code, client_id = case
        text = self.tr("case %1").replace("%1", code or self.tr("not numbered yet"))
        name = self.data["clients"].get(client_id)
        return f"{text} · {name}" if name else text

    def _group(self, group_id: str) -> str:
        group = self.data["groups"].get(group_id) if self.data else None
        if group is None:
            return self.tr("group or activity %1").replace("%1", group_id)
        code, name = group
        return f"{code} · {name}" if code else name

    def _record(self, record_id: str, form_id: str | None = None) -> str:
        """A form by its title, with the case, group or client it belongs to where this person sees it."""
        record = self.data["records"].get(record_id) if self.data else None
        form_id = record[0] if record else form_id
        registry = self.desk.registry
        title = registry.get(form_id).title.get(self.lang) if form_id in registry else self.tr("form")
        if record is None:
            return f"{title} {record_id}" if form_id is None else title
        _, case_id, group_id, client_id = record
        if case_id:
            return f"{title} · {self._case(case_id)}"
        if group_id:
            return f"{title} · {self._group(group_id)}"
        name = self.data["clients"].get(client_id)
        return f"{title} · {name}" if name else title

    def file_text(self, entry: Any) -> str:
        """What the entry is about, in a form a person recognises; the id when nothing better is known."""
        kind, target, detail = entry.kind, entry.target or "", entry.detail or {}
        if kind is None:
            return ""
        if entry.action == "destroy":
            return self._destroyed(kind, target, detail)
        if kind == "case":
            return self._case(target)
        if kind == "group":
            return self._group(target)
        if kind == "client":
            return self.data["clients"].get(target) or self.tr("client %1").replace("%1", target)
        if kind == "record":
            return self._record(target)
        if kind == "records":
            return self.tr("%1 forms").replace("%1", str(detail.get("count", "")))
        if kind == "bag":
            about = self._case(target) if target in self.data["cases"] else self._group(target)
            return self.tr("archive bag of %1").replace("%1", about)
        if kind == "bundle":
            if detail.get("to"):
                text = self.tr("bundle no. %1 to %2").replace("%2", str(detail["to"]))
            elif detail.get("sender"):
                text = self.tr("bundle no. %1 from %2").replace("%2", str(detail["sender"]))
            else:
                text = self.tr("bundle no. %1")
            return text.replace("%1", target)
        if kind in self.desk.registry:
            return self._record(target, kind)
        if kind == "spot_check":
            return self._spot_check(detail)
        # The agency's own rows by their names; never an id a person cannot read.
        named = {"account": self.data["names"], "station": self.data["stations"], "project": self.data["projects"],
                 "device": self.data["devices"]}  # fmt: skip
        name = named.get(kind, {}).get(target, "")
        return f"{self.words.table(kind)} {name}".strip()

    def _spot_check(self, detail: dict[str, Any]) -> str:
        """A score names the file; a draw its count and seed; an export its period."""
        if detail.get("archive_code"):
            return detail["archive_code"]
        start, end = (detail.get("period") or ["", ""])[:2]
        if "seed" in detail:
            text = self.tr("%1 files archived %2 to %3, seed %4").replace("%4", str(detail["seed"]))
            return text.replace("%1", str(detail.get("files", ""))).replace("%2", start).replace("%3", end)
        return self.tr("scores per worker, scored %1 to %2").replace("%1", start).replace("%2", end)

    def _destroyed(self, kind: str, target: str, detail: dict[str, Any]) -> str:
        """A destroyed file by its archive number alone (its rows are gone; the log never held a name)."""
        code = detail.get("archive_code") or self.tr("not numbered")
        texts = {
            "case": self.tr("case %1").replace("%1", code),
            "group": self.tr("group or activity %1").replace("%1", code),
            "record": self.tr("a form (%1)").replace("%1", code),
            "client": self.tr("a client with nothing else left"),
            "household": self.tr("a household with nothing else left"),
            "audit_log": self.tr("audit log entries up to no. %1 (%2)")
            .replace("%1", str(detail.get("through", "")))
            .replace("%2", self.workspace_name(str(detail.get("workspace", target)))),
            "backup": self.tr("backup %1").replace("%1", target),
            "sync": self.tr("files the hub destroyed: %1").replace(
                "%1", "、".join(detail.get("archive_codes") or []) or "—"
            ),
        }
        return texts.get(kind, f"{kind} {target}".strip())

    def what_text(self, entry: Any) -> str:
        what, detail = self.action_label(entry.action), entry.detail or {}
        if entry.action == "sign_in_failed":
            return self.failed_text(detail)
        if entry.action == "decide" and detail.get("outcome"):
            outcome = self.tr("approved") if detail["outcome"] == "approve" else self.tr("returned")
            what += self.tr(" (%1)").replace("%1", outcome)
        if entry.action == "lock" and detail.get("reason") == "idle":
            what += self.tr(" (idle)")
        if entry.action == "reassign" and detail.get("to"):
            what += " → " + self.data["names"].get(str(detail["to"]), str(detail["to"]))
        return what

    def _show_rows(self) -> None:
        if self.data is None:
            return
        data = self.data
        entries = data["entries"]
        several = data["hub"] or len({e.workspace for e in entries}) > 1
        self.table.setColumnHidden(COLUMNS.index("workspace"), not several)
        rows = [
            [
                local_time(e.at, "%Y-%m-%d %H:%M:%S"),
                data["names"].get(str(e.account_id), str(e.account_id or "—")),
                self.what_text(e),
                self.file_text(e),
                self.workspace_name(e.workspace),
            ]
            for e in entries
        ]
        needle = self.filter.text().strip().lower()
        if needle:
            rows = [row for row in rows if any(needle in cell.lower() for cell in row[1:4])]
        self._rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if not rows:
            self.empty.setText(
                self.tr("No entry matches “%1”. Clear the filter to see every entry.").replace("%1", needle)
                if needle
                else self.tr(
                    "Nothing recorded yet. Sign-ins, new and changed forms, approvals, prints and bundles "
                    "appear here as they happen."
                )
            )
        self.empty.setVisible(not rows)

    def row_texts(self) -> list[list[str]]:
        """What the table shows, row by row (tests read it here)."""
        return [list(row) for row in self._rows]

    # -- verifying ---------------------------------------------------------------------------------
    def verify(self) -> None:
        if not self.verify_button.isVisible() or not self.verify_button.isEnabled():
            return
        self.verify_button.setEnabled(False)
        self.ops.run(
            self._verify,
            label=self.tr("Verifying the log…"),
            on_done=self._verified,
            on_error=self._failed,
        )

    def _verify(self) -> tuple[list[Any], dict[str, str]]:
        checks = self.desk.verify_audit()
        devices = {v.id: v.name for v in self.desk.devices()} if self.desk.info.mode == Mode.HUB else {}
        return checks, devices

    def _verified(self, result: tuple[list[Any], dict[str, str]]) -> None:
        checks, devices = result
        self.verify_button.setEnabled(True)
        self.devices.update(devices)
        self._show_checks(checks)

    def _failed(self, exc: Exception) -> None:
        self.verify_button.setEnabled(True)
        super()._failed(exc)

    def _show_checks(self, checks: list[Any]) -> None:
        self.checks = checks
        for label in self.check_labels:
            self.checks_box.removeWidget(label)
            label.deleteLater()
        self.check_labels = []
        own = self.desk.info.workspace_id
        ordered = sorted(checks, key=lambda c: (c.workspace != own, self.workspace_name(c.workspace)))
        texts = [(self._check_text(c), not c.ok) for c in ordered]
        for text, broken in texts or [(self.tr("The log is empty: there is nothing to verify."), False)]:
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet(BROKEN_STYLE if broken else "")
            label.setProperty("broken", broken)
            self.checks_box.addWidget(label)
            self.check_labels.append(label)

    def _check_text(self, check: Any) -> str:
        name = self.workspace_name(check.workspace)
        if check.ok and check.entries == 1:
            text = self.tr("%1: intact, 1 entry")
        elif check.ok:
            text = self.tr("%1: intact, %2 entries")
        else:
            text = self.tr("%1: changed or removed at entry %2 — report this to the agency head")
        return text.replace("%2", str(check.entries if check.ok else check.broken_at)).replace("%1", name)

    def check_texts(self) -> list[tuple[str, bool]]:
        """Each chain's outcome as shown, and whether it is shown as broken (tests read it here)."""
        return [(label.text(), bool(label.property("broken"))) for label in self.check_labels]


def _uuids(target: str | None) -> list[uuid.UUID]:
    """An entry's target as an id, when it is one (bundles and backups are named otherwise)."""
    try:
        return [uuid.UUID(target)] if target else []
    except ValueError:
        return []

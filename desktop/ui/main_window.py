"""The main window: navigation to every area, the lists of work, record windows, the language switch,
a busy indicator for background operations, window layout remembered per account, and the lock."""

from __future__ import annotations

import uuid
from calendar import monthrange
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop.forms.schema import FormScope
from desktop.roles import role_label
from desktop.ui.account_keys import AccountKeyActions
from desktop.ui.dialogs import Dialogs
from desktop.ui.editor.record_window import RecordWindow
from desktop.ui.i18n import LANGUAGES, install_language
from desktop.ui.lock import Locker, idle_ms
from desktop.ui.messages import user_message
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages import rows
from desktop.ui.pages.audit_page import AuditPage
from desktop.ui.pages.client_panel import ClientPanel
from desktop.ui.pages.conflict_window import ConflictWindow
from desktop.ui.pages.indicator_page import IndicatorPage
from desktop.ui.pages.retention_page import RetentionPage
from desktop.ui.pages.review_inbox import ReviewInboxPage
from desktop.ui.pages.settings_page import SettingsPage
from desktop.ui.pages.spot_check_page import SpotCheckPage
from desktop.ui.pages.sync_page import SyncPage
from desktop.ui.pages.tables import ListPage
from desktop.ui.window_layout import layout_settings, restore_layout, save_layout
from desktop.workflow.permissions import Action, allowed
from desktop.workspace import Desk

PAGES = (
    "home", "clients", "cases", "groups", "records", "review", "archive", "spot_checks", "indicators", "sync", "audit",
    "retention", "settings",
)  # fmt: skip


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, dialogs: Dialogs | None = None, lang: str = "zh", idle: int | None = None) -> None:
        """``idle``: milliseconds without input before every window locks (tests); the workspace's setting
        when None, 0 never."""
        super().__init__()
        self.desk = desk
        self.lang = lang
        self.dialogs = dialogs or Dialogs(self)
        self.ops = Ops(self)
        self.ops.failed.connect(lambda exc: self.dialogs.error(self.tr("Not done"), user_message(exc, self.lang)))
        self.ops.changed.connect(self.refresh)
        self.ops.busy.connect(self._busy)
        self.record_windows: dict[uuid.UUID, RecordWindow] = {}
        self.case_windows: dict[uuid.UUID, QWidget] = {}
        self._build()
        self.locker = Locker(desk, self.ops, lang, idle_ms(desk) if idle is None else idle, self)
        self.settings_page.lock_minutes_changed.connect(lambda minutes: self.locker.set_idle(minutes * 60_000))
        self.retranslate()
        restore_layout(layout_settings(self.desk.layout.root, self.desk.account.username), self, self.splitter)
        self.nav.setCurrentRow(0)
        self.refresh(Changes.ALL)
        kept = len(self.desk.drafts())
        if kept:
            self.statusBar().showMessage(
                self.tr("%1 forms have unsaved typing kept from last time: see My tasks").replace("%1", str(kept))
            )
        # What opening the store did that the person must know (an upgrade restored, the workspace encrypted).
        notices = list(self.desk.store_status.notices)
        if notices:
            QTimer.singleShot(0, lambda: self.dialogs.info(self.tr("Please note"), "\n\n".join(notices)))
        if self.desk.store_status.check_deferred:  # a large file: checked whole while the person works
            self.ops.run(
                self.desk.check_file,
                label=self.tr("Checking the workspace file…"),
                on_error=lambda exc: self.dialogs.error(
                    self.tr("The workspace file is damaged"), user_message(exc, self.lang)
                ),
            )

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setMaximumWidth(190)
        for _ in PAGES:
            self.nav.addItem("")
        # Pages for some roles: what passed its retention period (head, business lead), spot checks (and supervisors).
        for page, action in (("retention", Action.RETENTION), ("spot_checks", Action.SPOT_CHECK)):
            self.nav.item(PAGES.index(page)).setHidden(not allowed(self.desk.roles, action))
        self.stack = QStackedWidget(self)
        d = self.desk
        self.pages: dict[str, QWidget] = {
            "home": ListPage(
                self.ops,
                lambda q, o, n: rows.task_rows(d, self.lang, self._words()),
                ("task", "form", "due", "about"),
                self,
                paged=False,
            ),  # fmt: skip
            "clients": ListPage(
                self.ops,
                lambda q, o, n: rows.client_rows(d, self.lang, q, o, n),
                ("name", "sex", "birth_date", "domain", "phone", "id_number"),
                self,
                searchable=True,
            ),
            "cases": ListPage(
                self.ops,
                lambda q, o, n: rows.case_rows(d, self.lang, self._words(), q, o, n),
                ("number", "client", "case_type", "domain", "status", "risk", "opened_on"),
                self,
                searchable=True,
            ),
            "groups": ListPage(
                self.ops,
                lambda q, o, n: rows.group_rows(d, self.lang, self._words(), q, o, n),
                ("number", "name", "kind", "domain", "status"),
                self,
                searchable=True,
            ),
            "records": ListPage(
                self.ops,
                lambda q, o, n: rows.record_rows(d, self.lang, self._words(), o, n),
                ("form", "status", "date", "about"),
                self,
            ),
            "review": ReviewInboxPage(d, self.ops, self.dialogs, self.lang, self),
            "archive": ListPage(
                self.ops,
                lambda q, o, n: rows.archive_rows(d, self.lang, q, o, n),
                ("number", "client", "status", "closed_on", "missing", "originals"),
                self,
                searchable=True,
            ),
            "spot_checks": SpotCheckPage(d, self.ops, self.dialogs, self.lang, self),
            "indicators": IndicatorPage(d, self.ops, self.dialogs, self.lang, self),
            "sync": SyncPage(d, self.ops, self.dialogs, self.lang, self),
            "audit": AuditPage(d, self.ops, self.dialogs, self.lang, self),
            "retention": RetentionPage(d, self.ops, self.dialogs, self.lang, self),
            "settings": SettingsPage(d, self.ops, self.dialogs, self.lang, self),
        }
        self.settings_page = self.pages["settings"]
        self.settings_page.language_chosen.connect(self.set_language)
        self.code_tables = self.settings_page.code_tables
        for name in PAGES:
            self.stack.addWidget(self.pages[name])
        self.client_panel = ClientPanel(
            self.desk, self.ops, self.dialogs, self.lang, self.pages["clients"].selected_id, self.open_record, self
        )
        self.pages["clients"].layout().addWidget(self.client_panel)
        self.pages["clients"].activated.connect(self.client_panel.show_client)
        for name in ("records", "review"):
            self.pages[name].activated.connect(self.open_record)
        self.pages["sync"].conflicts_requested.connect(self.open_conflicts)
        self.conflict_window: ConflictWindow | None = None
        self.pages["home"].activated.connect(self._open_task)
        self.pages["cases"].activated.connect(self.open_case)
        self.pages["archive"].activated.connect(self.open_case)
        self.service_new = QPushButton(self)
        self.service_new.clicked.connect(self.new_service_record)
        self.pages["records"].add_button(self.service_new)
        self.month_print_button = QPushButton(self)
        self.month_print_button.clicked.connect(self.print_month)
        self.pages["records"].add_button(self.month_print_button)
        self.originals_button = QPushButton(self)
        self.originals_button.clicked.connect(self._originals_handed)
        self.pages["archive"].add_button(self.originals_button)
        self.verify_input = QLineEdit(self)
        self.verify_input.returnPressed.connect(self.verify_paper)
        self.verify_button = QPushButton(self)
        self.verify_button.clicked.connect(self.verify_paper)
        self.pages["archive"].add_button(self.verify_input)
        self.pages["archive"].add_button(self.verify_button)
        self.pages["groups"].activated.connect(self.open_group)
        self.pages["spot_checks"].open_file.connect(
            lambda kind, i: (self.open_case if kind == "case" else self.open_group)(i)
        )
        self.pages["indicators"].open_item.connect(lambda kind, i: self._open_task((kind, i)))
        self.case_new = QPushButton(self)
        self.case_new.clicked.connect(lambda: self.new_record_for("case", self.pages["cases"].selected_id()))
        self.pages["cases"].add_button(self.case_new)
        self.group_start = QPushButton(self)
        self.group_start.clicked.connect(self.start_group)
        self.pages["groups"].add_button(self.group_start)
        self.group_new = QPushButton(self)
        self.group_new.clicked.connect(lambda: self.new_record_for("group", self.pages["groups"].selected_id()))
        self.pages["groups"].add_button(self.group_new)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy, no percentage
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.busy_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.account_label = QLabel(self)
        self.statusBar().addWidget(self.account_label)
        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        self.refresh_action = QAction(
            self, shortcut=QKeySequence.StandardKey.Refresh, triggered=lambda: self.refresh(Changes.ALL)
        )
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        # From any CaseDesk window, not only this one: a form window is where one stands up from.
        self.lock_action = QAction(self, shortcut=QKeySequence("Ctrl+L"), triggered=lambda: self.locker.lock())
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.file_menu.addActions([self.refresh_action, self.lock_action, self.quit_action])
        self.view_menu = menu.addMenu("")
        self.language_actions = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, triggered=lambda _=False, c=code: self.set_language(c))
            self.language_actions[code] = action
            self.view_menu.addAction(action)
        self.help_menu = menu.addMenu("")
        self.about_action = QAction(self, triggered=self._about)
        self.help_menu.addAction(self.about_action)
        self.key_actions = AccountKeyActions(self)

    # -- language --------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        if lang == self.lang and self.language_actions[lang].isChecked():
            return
        self.lang = install_language(lang)
        self.retranslate()
        self.refresh(Changes.ALL)
        self.ops.run(lambda: self.desk.set_my_language(self.lang))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CaseDesk — social work case desk") + f" — {self.desk.info.agency_name}")
        names = [
            self.tr("Home"),
            self.tr("Clients"),
            self.tr("Cases"),
            self.tr("Groups & activities"),
            self.tr("Records"),
            self.tr("Review inbox"),
            self.tr("Archive"),
            self.tr("Spot checks"),
            self.tr("Indicators"),
            self.tr("Sync"),
            self.tr("Audit log"),
            self.tr("Retention"),
            self.tr("Settings"),
        ]
        for row, name in enumerate(names):
            self.nav.item(row).setText(name)
        headers = {
            "home": [self.tr("Task"), self.tr("Form"), self.tr("Due"), self.tr("About")],
            "clients": [
                self.tr("Name"),
                self.tr("Sex"),
                self.tr("Date of birth"),
                self.tr("Domain"),
                self.tr("Phone"),
                self.tr("ID number"),
            ],
            "cases": [
                self.tr("Case number"),
                self.tr("Client"),
                self.tr("Case type"),
                self.tr("Domain"),
                self.tr("Status"),
                self.tr("Risk"),
                self.tr("Opened"),
            ],
            "groups": [self.tr("Number"), self.tr("Name"), self.tr("Kind"), self.tr("Domain"), self.tr("Status")],
            "records": [self.tr("Form"), self.tr("Status"), self.tr("Date"), self.tr("About")],
            "archive": [
                self.tr("Case number"),
                self.tr("Client"),
                self.tr("Status"),
                self.tr("Closed"),
                self.tr("The archive still lacks"),
                self.tr("Paper originals due"),
            ],
        }
        titles = {
            "home": self.tr("My tasks"),
            "clients": self.tr("Clients"),
            "cases": self.tr("Cases"),
            "groups": self.tr("Groups & activities"),
            "records": self.tr("All form records"),
            "archive": self.tr("Archive"),
        }
        hints = {
            "home": self.tr(
                "What is due: drafts, returns, decisions, replies, follow-ups, archiving. Double-click to open."
            ),
            "clients": self.tr(
                "Search as you type: name, pinyin initials (zs finds Zhang San), phone, ID number or case number. "
                "Double-click a client to see their details."
            ),
            "cases": self.tr(
                "Search by archive number or client. Double-click a case to see it; “New form” fills any case form."
            ),
            "groups": self.tr(
                "Search by archive number or name. Double-click one to see it; “New form” fills any of its forms."
            ),
            "records": self.tr("Every form record you may see. Double-click to open."),
            "archive": self.tr(
                "Closed cases: what each still lacks for the archive bag, and paper originals due to the agency "
                "by the quarter's end. Search by archive number or client; double-click a case to archive it and "
                "print its bag."
            ),
        }
        # An empty list says what a new person does next; a search that finds nothing says how to widen it.
        empty = {
            "home": self.tr("Nothing is due. New work starts on the Clients page: add a client, then open a case."),
            "clients": self.tr(
                "No clients yet. Type a new client's name and date of birth in the boxes below and press "
                "“Add client”, or import a roster from Excel."
            ),
            "cases": self.tr(
                "No cases yet. On the Clients page, select a client and press “Open a case for the selected client…”."
            ),
            "groups": self.tr(
                "No groups or activities yet. Press “New group or activity…” below: its plan opens next, to fill "
                "in and submit two weeks ahead."
            ),
            "records": self.tr("No forms yet. Forms are made from a case, a group, or “New service record…” below."),
            "archive": self.tr("No closed cases wait for the archive. Cases appear here once they are closed."),
        }
        no_match = self.tr("Nothing matches “%1”. Check the spelling, or clear the search to see the whole list.")
        for name, header in headers.items():
            page = self.pages[name]
            page.set_headers(header)
            page.title.setText(titles[name])
            page.hint.setText(hints[name])
            page.search.setPlaceholderText(self.tr("Search…"))
            page.empty_text = empty[name]
            page.no_match_text = no_match
        self.case_new.setText(self.tr("New form for this case…"))
        self.group_new.setText(self.tr("New form for this group…"))
        self.group_start.setText(self.tr("New group or activity…"))
        self.originals_button.setText(self.tr("Paper originals handed to the agency"))
        self.month_print_button.setText(self.tr("Print my forms of this month…"))
        self.service_new.setText(self.tr("New service record…"))
        self.verify_input.setPlaceholderText(self.tr("Scan or paste a paper form's QR code to check it"))
        self.verify_button.setText(self.tr("Check the paper copy"))
        self.settings_page.retranslate(self.lang)
        self.locker.lang = self.lang
        self.client_panel.retranslate(self.lang)
        for name in ("review", "sync", "audit", "retention", "spot_checks", "indicators"):
            self.pages[name].retranslate(self.lang)
        if self.conflict_window is not None:
            self.conflict_window.lang = self.lang
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.refresh_action.setText(self.tr("Refresh"))
        self.lock_action.setText(self.tr("Lock now"))
        self.key_actions.retranslate()
        self.quit_action.setText(self.tr("Quit"))
        self.about_action.setText(self.tr("About CaseDesk"))
        for code, action in self.language_actions.items():
            action.setChecked(code == self.lang)
        roles = "、".join(role_label(r, self.lang) for r in self.desk.roles)
        brackets = "（{}）" if self.lang == "zh" else " ({})"
        self.account_label.setText(self.desk.account.display_name + brackets.format(roles))

    # -- data ------------------------------------------------------------------------------------
    def refresh(self, changes: Any = Changes.ALL) -> None:
        for name in ("home", "clients", "cases", "groups", "records", "review", "archive", "sync", "audit"):
            self.pages[name].load()
        self.pages["retention"].load()
        self.pages["spot_checks"].load()
        self.pages["indicators"].load()

    def new_service_record(self) -> Any:
        """Records that are neither a case's nor a group's: visits, elders' files, supervision, volunteers,
        trainings, complaints, rosters, mutual-aid organisations, household profiles."""
        forms = [f for f in self.desk.registry if f.scope.value in ("client", "household", "standalone")]
        labels = [f.title.get(self.lang) for f in forms]
        choice = self.dialogs.choose(self.tr("New service record"), self.tr("Which record?"), labels)
        if choice is None:
            return None
        form = forms[labels.index(choice)]
        scope: dict[str, Any] = {}
        if form.scope.value == "client":
            picked = self.dialogs.find(
                self.tr("New service record"),
                self.tr("For which client? Type a name, pinyin initials, phone or ID number:"),
                lambda text: [(f"{c.name}　{c.birth_date or ''}", c.id) for c in self.desk.clients(text, limit=50)],
            )
            if picked is None:
                return None
            scope["client_id"] = picked
        elif form.scope.value == "household":
            households = self.desk.households()
            names = [h.name for h in households]
            picked = self.dialogs.choose(self.tr("New service record"), self.tr("For which household?"), names)
            if picked is None:
                return None
            scope["household_id"] = households[names.index(picked)].id
        if form.role == "complaint":
            staff = [a for a in self.desk.accounts() if a.active]
            names = [self.tr("Nobody in particular")] + [a.display_name for a in staff]
            picked = self.dialogs.choose(
                self.tr("Complaint"), self.tr("Whom does it concern? (they will not see it)"), names
            )
            if picked is None:
                return None
            if picked != names[0]:
                scope["hidden_from"] = staff[names.index(picked) - 1].id
        try:
            record = self.desk.new_record(form.id, **scope)
        except Exception as exc:  # shown in the user's words
            self.dialogs.error(self.tr("Not done"), user_message(exc, self.lang))
            return None
        self.refresh(Changes.RECORDS)
        return self.open_record(record.id)

    def start_group(self) -> None:
        """A new group or activity, then its plan opened to fill in."""
        from desktop.ui.pages.new_group import NewGroupDialog

        if not any(p.active for p in self.desk.projects()):
            self.dialogs.error(self.tr("Not done"), self.tr("The agency has no service project yet."))
            return
        dialog = NewGroupDialog(self.desk, self.lang, self)
        if not self.dialogs.run(dialog):
            return
        values = dialog.values()
        start = self.desk.start_group
        self.ops.run(lambda: start(**values).id, changes=Changes.GROUPS | Changes.RECORDS, on_done=self.open_record)

    def verify_paper(self) -> None:
        """A QR scanner types the code's text into the field; the domain says what the paper is."""
        text = self.verify_input.text().strip()
        if not text:
            return
        result = self.desk.verify(text)
        message = result.message_en if self.lang == "en" else result.message_zh
        if result.number:
            message += f"\n{result.number}"
        (self.dialogs.info if result.matches else self.dialogs.error)(self.tr("Check the paper copy"), message)
        self.verify_input.clear()

    def print_month(self) -> None:
        """Every form of mine dated this month, in one PDF, off the UI thread with progress and cancel."""
        from desktop.ui.batch_print import BatchPrintWindow

        today = self.desk.today()
        ids = self.desk.my_records_dated(
            today.replace(day=1), today.replace(day=monthrange(today.year, today.month)[1])
        )
        if not ids:
            self.dialogs.info(self.tr("Print"), self.tr("No forms of yours are dated this month."))
            return
        out = self.desk.preview_file(f"month-{today:%Y%m}-{self.desk.account.username}.pdf")  # gone at sign-out
        self.batch_window = BatchPrintWindow(self.desk, self.ops, self.dialogs, ids, out, self.lang)
        self.batch_window.show()

    def _words(self) -> dict[str, str]:
        """Words the list rows need, in the window's language."""
        return {
            "pending": self.tr("pending"),
            "unsaved": self.tr("unsaved typing kept"),
            "overdue": self.tr(" (overdue)"),
        }

    def _originals_handed(self) -> None:
        case_id = self.pages["archive"].selected_id()
        if case_id is None:
            self.dialogs.info(self.tr("Archive"), self.tr("Select a case first."))
            return
        self.ops.run(lambda: self.desk.hand_over_originals([case_id]), changes=Changes.CASES)

    def _open_task(self, target: Any) -> None:
        if not target:
            return
        kind, item_id = target
        {"record": self.open_record, "case": self.open_case, "group": self.open_group}[kind](item_id)

    def open_case(self, case_id: Any) -> Any:
        if case_id is None:
            return None
        from desktop.ui.pages.case_window import CaseWindow

        window = self.case_windows.get(case_id)
        if window is None:
            window = CaseWindow(self.desk, self.ops, self.dialogs, case_id, self.lang)
            window.open_record.connect(self.open_record)
            window.new_form.connect(lambda cid: self.new_record_for("case", cid))
            window.closed.connect(lambda cid: self.case_windows.pop(cid, None))
            self.case_windows[case_id] = window
            self.ops.run(lambda: self.desk.audit("open", "case", case_id))  # once per opening of the window
        window.show()
        window.raise_()
        return window

    def open_group(self, group_id: Any) -> Any:
        if group_id is None:
            return None
        from desktop.ui.pages.group_window import GroupWindow

        window = self.case_windows.get(group_id)
        if window is None:
            window = GroupWindow(self.desk, self.ops, self.dialogs, group_id, self.lang)
            window.open_record.connect(self.open_record)
            window.new_form.connect(lambda gid: self.new_record_for("group", gid))
            window.closed.connect(lambda gid: self.case_windows.pop(gid, None))
            self.case_windows[group_id] = window
            self.ops.run(lambda: self.desk.audit("open", "group", group_id))
        window.show()
        window.raise_()
        return window

    def open_conflicts(self) -> ConflictWindow:
        """Items changed both here and at a peer, side by side, for a person to keep one."""
        if self.conflict_window is None:
            self.conflict_window = ConflictWindow(self.desk, self.ops, self.dialogs, self.lang)
            self.conflict_window.closed.connect(lambda _: setattr(self, "conflict_window", None))
        else:
            self.conflict_window.load()
        self.conflict_window.show()
        self.conflict_window.raise_()
        self.conflict_window.activateWindow()
        return self.conflict_window

    def _option(self, list_name: str, value: Any) -> str:
        return self.desk.registry.option_label(list_name, value, self.lang)

    # -- records ---------------------------------------------------------------------------------
    def open_record(self, record_id: Any) -> RecordWindow | None:
        if record_id is None:
            return None
        window = self.record_windows.get(record_id)
        if window is None:
            window = RecordWindow(self.desk, self.ops, self.dialogs, record_id, self.lang)
            window.closed.connect(lambda rid: self.record_windows.pop(rid, None))
            self.record_windows[record_id] = window
            self.desk.audit("open", window.record.form_id, record_id)  # a form shows a client's details too
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def new_record_for(self, scope: str, item_id: Any) -> RecordWindow | None:
        if item_id is None:
            self.dialogs.info(self.tr("New form"), self.tr("Select a case or a group first."))
            return None
        forms = [f for f in self.desk.registry if f.scope == FormScope(scope)]
        labels = [f"{f.title.get(self.lang)}（{f.paper_code or f.id}）" for f in forms]
        choice = self.dialogs.choose(self.tr("New form"), self.tr("Which form?"), labels)
        if choice is None:
            return None
        form = forms[labels.index(choice)]
        try:
            record = self.desk.new_record(form.id, **{f"{scope}_id": item_id})
        except Exception as exc:  # shown in the user's words
            self.dialogs.error(self.tr("Not done"), user_message(exc, self.lang))
            return None
        self.refresh(Changes.RECORDS)
        return self.open_record(record.id)

    # -- chrome ----------------------------------------------------------------------------------
    def _busy(self, busy: bool, label: str) -> None:
        self.progress.setVisible(busy)
        self.busy_label.setText(label if busy else "")

    def _about(self) -> None:
        from desktop import __version__

        folder = self.tr("Workspace folder")
        self.dialogs.info(
            self.tr("About CaseDesk"),
            f"CaseDesk 社工个案桌面 {__version__}\n{folder}: {self.desk.layout.root}",
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.locker.stop()
        for window in [*self.record_windows.values(), *self.case_windows.values(), self.conflict_window]:
            if window is not None:
                window.close()
        self.ops.wait()
        save_layout(layout_settings(self.desk.layout.root, self.desk.account.username), self, self.splitter)
        self.desk.close()  # every connection closed: the file is as CaseDesk leaves it
        super().closeEvent(event)

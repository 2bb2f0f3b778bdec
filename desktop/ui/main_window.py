"""The main window: navigation to every area, the lists of work, record windows, the language switch,
a busy indicator for background operations, window layout remembered per account, and the lock."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop.roles import role_label
from desktop.ui.account_keys import AccountKeyActions
from desktop.ui.busy import BusyIndicator
from desktop.ui.dialogs import Dialogs
from desktop.ui.editor.record_window import RecordWindow
from desktop.ui.i18n import LANGUAGES, install_language
from desktop.ui.lock import Locker, idle_ms
from desktop.ui.messages import show_failure, user_message
from desktop.ui.new_work import NewWork
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages import rows
from desktop.ui.pages.agency_admin import AgencyAdminPage
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
    "retention", "agency", "settings",
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
        self.ops.failed.connect(lambda exc: show_failure(self.dialogs, exc, self.lang))
        self.ops.changed.connect(self.refresh)
        self.stale: set[str] = set()  # pages whose data changed while out of view: read again when shown
        self.new_work = NewWork(self)
        self.record_windows: dict[uuid.UUID, RecordWindow] = {}
        self.case_windows: dict[uuid.UUID, QWidget] = {}
        self._build()
        # The lock is armed before the window shows: its time is read on the worker and waited for here (the
        # Settings page shows it at once too).
        lock_msecs: list[int] = []
        self.ops.run(lambda: idle_ms(desk), on_done=lock_msecs.append)
        self.ops.wait()
        self.settings_page.show_lock_minutes(lock_msecs[0] // 60_000 if lock_msecs else 0)
        self.locker = Locker(desk, self.ops, lang, (lock_msecs or [0])[0] if idle is None else idle, self)
        self.settings_page.lock_minutes_changed.connect(lambda minutes: self.locker.set_idle(minutes * 60_000))
        self.retranslate()
        restore_layout(layout_settings(self.desk.layout.root, self.desk.account.username), self, self.splitter)
        self.nav.setCurrentRow(0)
        self.refresh(Changes.ALL)
        self.ops.run(self.desk.drafts, on_done=self._drafts_kept)
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

    def _drafts_kept(self, drafts: list[Any]) -> None:
        if drafts:
            kept = self.tr("%1 forms have unsaved typing kept from last time: see My tasks")
            self.statusBar().showMessage(kept.replace("%1", str(len(drafts))))

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setMaximumWidth(190)
        for _ in PAGES:
            self.nav.addItem("")
        # Pages for some roles: what passed its retention period (head, business lead), spot checks (and supervisors).
        for page, action in (("retention", Action.RETENTION), ("spot_checks", Action.SPOT_CHECK),
                             ("agency", Action.MANAGE_ACCOUNTS)):  # fmt: skip
            self.nav.item(PAGES.index(page)).setHidden(not allowed(self.desk.roles, action))
        self.stack = QStackedWidget(self)
        self.pages: dict[str, Any] = self._make_pages()
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
        self.blank_print_button = QPushButton(self)
        self.blank_print_button.clicked.connect(lambda: self.new_work.print_blank())
        self.pages["records"].add_button(self.blank_print_button)
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
        self.stack.currentChanged.connect(self._page_shown)
        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.busy = BusyIndicator(self.ops, self)  # anything over 200 ms, in words
        self.statusBar().addPermanentWidget(self.busy)
        self.account_label = QLabel(self)
        self.statusBar().addWidget(self.account_label)
        self._build_menus()

    def _build_menus(self) -> None:
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

    def _make_pages(self) -> dict[str, Any]:
        """Every page, each with the kinds of change it depends on (the list pages are told theirs)."""
        d = self.desk
        return {
            "home": ListPage(
                self.ops,
                lambda q, o, n: rows.task_rows(d, self.lang, self._words()),
                ("task", "form", "due", "about"),
                self,
                depends=Changes.RECORDS | Changes.CASES | Changes.GROUPS | Changes.CLIENTS | Changes.DRAFTS,
                paged=False,
            ),  # fmt: skip
            "clients": ListPage(
                self.ops,
                lambda q, o, n: rows.client_rows(d, self.lang, q, o, n),
                ("name", "sex", "birth_date", "domain", "phone", "id_number"),
                self,
                depends=Changes.CLIENTS | Changes.CASES,
                searchable=True,
            ),
            "cases": ListPage(
                self.ops,
                lambda q, o, n: rows.case_rows(d, self.lang, self._words(), q, o, n),
                ("number", "client", "case_type", "domain", "status", "risk", "opened_on"),
                self,
                depends=Changes.CASES | Changes.CLIENTS | Changes.RECORDS,
                searchable=True,
            ),
            "groups": ListPage(
                self.ops,
                lambda q, o, n: rows.group_rows(d, self.lang, self._words(), q, o, n),
                ("number", "name", "kind", "domain", "status"),
                self,
                depends=Changes.GROUPS | Changes.RECORDS,
                searchable=True,
            ),
            "records": ListPage(
                self.ops,
                lambda q, o, n: rows.record_rows(d, self.lang, self._words(), o, n),
                ("form", "status", "date", "about"),
                self,
                depends=Changes.RECORDS | Changes.DRAFTS,
            ),
            "review": ReviewInboxPage(d, self.ops, self.dialogs, self.lang, self),
            "archive": ListPage(
                self.ops,
                lambda q, o, n: rows.archive_rows(d, self.lang, q, o, n),
                ("number", "client", "status", "closed_on", "missing", "originals"),
                self,
                depends=Changes.CASES | Changes.CLIENTS | Changes.RECORDS,
                searchable=True,
            ),
            "spot_checks": SpotCheckPage(d, self.ops, self.dialogs, self.lang, self),
            "indicators": IndicatorPage(d, self.ops, self.dialogs, self.lang, self),
            "sync": SyncPage(d, self.ops, self.dialogs, self.lang, self),
            "audit": AuditPage(d, self.ops, self.dialogs, self.lang, self),
            "retention": RetentionPage(d, self.ops, self.dialogs, self.lang, self),
            "agency": AgencyAdminPage(d, self.ops, self.dialogs, self.lang, self),
            "settings": SettingsPage(d, self.ops, self.dialogs, self.lang, self),
        }

    # -- language --------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        if lang == self.lang and self.language_actions[lang].isChecked():
            return
        self.lang = install_language(lang)
        self.retranslate()
        self.refresh(Changes.ALL)
        desk, lang = self.desk, self.lang
        self.ops.run(lambda: desk.set_my_language(lang), changes=Changes.SETTINGS)

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
            self.tr("Agency management"),
            self.tr("Settings"),
        ]
        for row, name in enumerate(names):
            self.nav.item(row).setText(name)
        headers, titles, hints, empty = self._list_texts()
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
        self.blank_print_button.setText(self.tr("Print a blank form…"))
        self.service_new.setText(self.tr("New service record…"))
        self.verify_input.setPlaceholderText(self.tr("Scan or paste a paper form's QR code to check it"))
        self.verify_button.setText(self.tr("Check the paper copy"))
        self.settings_page.retranslate(self.lang)
        self.locker.lang = self.lang
        self.client_panel.retranslate(self.lang)
        for name in ("review", "sync", "audit", "retention", "spot_checks", "indicators", "agency"):
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

    def _list_texts(self) -> tuple[dict[str, list[str]], dict[str, str], dict[str, str], dict[str, str]]:
        """The list pages' headers, titles, hints and what an empty list says, in the window's language."""
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
        return headers, titles, hints, empty

    # -- data ------------------------------------------------------------------------------------
    def refresh(self, changes: Any = Changes.ALL) -> None:
        """The page in view reads again what it shows if something it depends on changed; the others are
        marked stale and read again when shown (``_page_shown``)."""
        current = self.stack.currentWidget()
        for name, page in self.pages.items():
            if not (page.depends & changes):
                continue
            if page is current:
                self.stale.discard(name)
                page.load()
            else:
                self.stale.add(name)

    def _page_shown(self, index: int) -> None:
        name = PAGES[index]
        if name in self.stale:
            self.stale.discard(name)
            self.pages[name].load()

    def new_service_record(self) -> None:
        self.new_work.new_service_record()

    def start_group(self) -> None:
        self.new_work.start_group()

    def verify_paper(self) -> None:
        text = self.verify_input.text().strip()
        if text:
            self.new_work.verify_paper(text)
            self.verify_input.clear()

    def print_month(self) -> None:
        self.new_work.print_month()

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
        opens = {"record": self.open_record, "case": self.open_case, "group": self.open_group}
        opens["confirm"] = self.confirm_approval
        opens[kind](item_id)

    def confirm_approval(self, record_id: Any) -> RecordWindow | None:
        """A paper or phone approval to confirm (My tasks): the form opens, and its reviewer is asked at once."""
        window = self.open_record(record_id)
        if window is not None and window.record is not None:
            window.confirm_approval()
        elif window is not None:  # asked once the form is read on the worker
            window.opened.connect(window.confirm_approval, Qt.ConnectionType.SingleShotConnection)
        return window

    def open_case(self, case_id: Any) -> Any:
        from desktop.ui.pages.case_window import CaseWindow

        return self._open_file("case", case_id, CaseWindow)

    def open_group(self, group_id: Any) -> Any:
        from desktop.ui.pages.group_window import GroupWindow

        return self._open_file("group", group_id, GroupWindow)

    def _open_file(self, kind: str, file_id: Any, window_class: Any) -> Any:
        """A case or group in its window: the one already open, or a new one (its opening audited once)."""
        if file_id is None:
            return None
        window = self.case_windows.get(file_id)
        if window is None:
            window = window_class(self.desk, self.ops, self.dialogs, file_id, self.lang)
            window.open_record.connect(self.open_record)
            window.new_form.connect(lambda fid: self.new_record_for(kind, fid))
            window.closed.connect(lambda fid: self.case_windows.pop(fid, None))
            self.case_windows[file_id] = window
            self._audit_open(kind, file_id)  # once per opening of the window
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
            window.opened.connect(lambda: self._audit_open(window.record.form_id, record_id))  # it shows a client too
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def new_record_for(self, scope: str, item_id: Any) -> None:
        self.new_work.new_record_for(scope, item_id)

    def _audit_open(self, kind: str, item_id: Any) -> None:
        desk = self.desk
        self.ops.run(lambda: desk.audit("open", kind, item_id), changes=Changes.AUDIT)

    # -- chrome ----------------------------------------------------------------------------------
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

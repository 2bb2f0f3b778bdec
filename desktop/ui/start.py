"""Before the main window: a first run offers a new agency, the demo workspace or joining a hub (an
enrolment file and the one-time code given by hand); then the sign-in for the workspace, and for a person
signing in with a password someone gave them, their own password first (desktop/ui/own_password.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dialogs import Dialogs
from desktop.ui.messages import ShowsFailures, user_message
from desktop.ui.ops import Ops
from desktop.ui.recovery import RecoveryPage
from desktop.ui.wait_note import Countdown, wait_seconds
from desktop.workspace.layout import Layout

if TYPE_CHECKING:
    from desktop.workspace import Created, Desk

# Loaded while the person types their name: the Desk brings in SQLAlchemy and the form definitions, which
# the sign-in window does not need to show (a start as quick as an empty window's).
WARM_UP = ("desktop.workspace.open", "desktop.workspace.desk")


class StartWindow(ShowsFailures, QWidget):
    """Emits ``signed_in`` with an open Desk."""

    signed_in = Signal(object)

    def __init__(self, data_dir: Path, dialogs: Dialogs | None = None, lang: str = "zh") -> None:
        super().__init__()
        self.data_dir = data_dir
        self.lang = lang
        self.dialogs = dialogs or Dialogs(self)
        self.ops = Ops(self)
        self.setWindowTitle("CaseDesk 社工个案桌面")
        self.resize(760, 560)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._first_run())
        self.stack.addWidget(self._sign_in())
        self.stack.addWidget(self._join())
        self.recovery = RecoveryPage(lambda: self.data_dir, self.ops, lang, self)
        self.recovery.back.connect(self.show_page)
        self.recovery.recovered.connect(self.signed_in.emit)
        self.stack.addWidget(self.recovery)
        layout = QVBoxLayout(self)
        heading = QLabel("CaseDesk 社工个案桌面", self)
        heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        layout.addWidget(heading)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        layout.addWidget(self.where)
        layout.addWidget(self.stack, 1)
        self.show_page()

    def show_page(self) -> None:
        exists = Layout(self.data_dir).exists()
        self.stack.setCurrentIndex(1 if exists else 0)
        self.where.setText(self.tr("Workspace folder: %1").replace("%1", str(self.data_dir)))
        if exists:
            self.username.setFocus()

    # -- first run ---------------------------------------------------------------------------------
    def _first_run(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("This folder has no workspace yet. Choose how to start:"), page)
        layout.addWidget(intro)
        new_box = QGroupBox(self.tr("Set up a new agency (standalone)"), page)
        form = QFormLayout(new_box)
        self.agency = QLineEdit(page)
        self.station = QLineEdit(page)
        self.new_name = QLineEdit(page)
        self.new_user = QLineEdit(page)
        self.new_password = QLineEdit(page)
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password2 = QLineEdit(page)
        self.new_password2.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Agency name"), self.agency)
        form.addRow(self.tr("Station (township)"), self.station)
        form.addRow(self.tr("Your name"), self.new_name)
        form.addRow(self.tr("User name"), self.new_user)
        form.addRow(self.tr("Password (8 or more characters)"), self.new_password)
        form.addRow(self.tr("Password again"), self.new_password2)
        self.create_button = QPushButton(self.tr("Create the workspace"), page)
        self.create_button.clicked.connect(self.create_new)
        form.addRow(self.create_button)
        layout.addWidget(new_box)
        row = QHBoxLayout()
        self.demo_button = QPushButton(self.tr("Open the demo workspace"), page)
        self.demo_button.clicked.connect(self.open_demo)
        self.hub_button = QPushButton(self.tr("Join a supervisor's hub…"), page)
        self.hub_button.clicked.connect(self.show_join)
        row.addWidget(self.demo_button)
        row.addWidget(self.hub_button)
        layout.addLayout(row)
        self.hub_note = QLabel(
            self.tr(
                "A township laptop joins the supervisor's hub with the enrolment file the agency head made "
                "for it and the one-time code they give you by hand."
            ),
            page,
        )
        self.hub_note.setWordWrap(True)
        layout.addWidget(self.hub_note)
        layout.addStretch(1)
        return page

    def create_new(self) -> None:
        from desktop.ui.account_keys import RecoveryKeyDialog
        from desktop.workspace import create_workspace

        if self.new_password.text() != self.new_password2.text():
            self.dialogs.error(self.tr("Not done"), self.tr("The two passwords differ."))
            return
        values = dict(
            agency_name=self.agency.text().strip(),
            station_name=self.station.text().strip(),
            username=self.new_user.text().strip(),
            display_name=self.new_name.text().strip(),
            password=self.new_password.text(),
        )
        if not all(values.values()):
            self.dialogs.error(self.tr("Not done"), self.tr("Please fill in every field."))
            return

        def done(created: Created) -> None:
            self.dialogs.run(RecoveryKeyDialog(created.recovery_code, self))
            self.show_page()
            self.username.setText(values["username"])
            self.password.setText(values["password"])
            self.sign_in()

        self.ops.run(
            lambda: create_workspace(self.data_dir, **values),
            label=self.tr("Creating…"),
            on_done=done,
            on_error=self._failed,
        )

    def open_demo(self) -> None:
        from desktop.demo import build_demo

        def done(summary: dict) -> None:
            accounts = "\n".join(
                f"{a['username']} / {a['password']}  {a['display_name']}（{a['roles']}）" for a in summary["accounts"]
            )
            self.dialogs.info(self.tr("Demo workspace"), self.tr("Accounts (user name / password):") + "\n" + accounts)
            self.show_page()
            self.username.setText("wang")

        self.ops.run(
            lambda: build_demo(self.data_dir),
            label=self.tr("Making the demo…"),
            on_done=done,
            on_error=self._failed,
        )

    # -- joining a hub -----------------------------------------------------------------------------
    def _join(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        box = QGroupBox(self.tr("Join a supervisor's hub"), page)
        intro = QLabel(
            self.tr(
                "The agency head enrolled this laptop at the hub and gave you two things apart: an enrolment "
                "file (ending in .cdenrol) and a one-time code of twelve letters and digits. With both, this "
                "laptop becomes a field device: it receives your accounts and cases from the hub, and its "
                "work goes to the hub as bundle files (the Sync page)."
            ),
            box,
        )
        intro.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(intro)
        self.join_file = QLineEdit(box)
        self.join_file_button = QPushButton(self.tr("Choose…"), box)
        self.join_file_button.clicked.connect(self._choose_enrolment)
        file_row = QHBoxLayout()
        file_row.addWidget(self.join_file, 1)
        file_row.addWidget(self.join_file_button)
        self.join_code = QLineEdit(box)
        self.join_code.setPlaceholderText("XXXX-XXXX-XXXX")
        self.join_code.returnPressed.connect(self.join_hub)
        self.join_folder = QLineEdit(str(self.data_dir), box)
        self.join_folder_button = QPushButton(self.tr("Choose…"), box)
        self.join_folder_button.clicked.connect(self._choose_join_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.join_folder, 1)
        folder_row.addWidget(self.join_folder_button)
        form.addRow(self.tr("Enrolment file"), file_row)
        form.addRow(self.tr("One-time code"), self.join_code)
        form.addRow(self.tr("Empty folder for the new workspace"), folder_row)
        self.join_error = QLabel(box)
        self.join_error.setStyleSheet("color: #c92a2a;")
        self.join_error.setWordWrap(True)
        form.addRow(self.join_error)
        buttons = QHBoxLayout()
        self.join_back = QPushButton(self.tr("Back"), box)
        self.join_back.clicked.connect(self.show_page)
        self.join_button = QPushButton(self.tr("Join the hub"), box)
        self.join_button.setDefault(True)
        self.join_button.setAutoDefault(True)
        self.join_button.clicked.connect(self.join_hub)
        buttons.addStretch(1)
        buttons.addWidget(self.join_back)
        buttons.addWidget(self.join_button)
        form.addRow(buttons)
        layout.addWidget(box)
        layout.addStretch(1)
        for first, second in (
            (self.join_file, self.join_file_button),
            (self.join_file_button, self.join_code),
            (self.join_code, self.join_folder),
            (self.join_folder, self.join_folder_button),
            (self.join_folder_button, self.join_button),
            (self.join_button, self.join_back),
        ):
            QWidget.setTabOrder(first, second)
        return page

    def show_join(self) -> None:
        self.stack.setCurrentIndex(2)
        self.join_error.clear()
        (self.join_code if self.join_file.text() else self.join_file).setFocus()

    def _choose_enrolment(self) -> None:
        kinds = self.tr("Enrolment files") + " (*.cdenrol)"
        path = self.dialogs.open_file(self.tr("Choose the enrolment file"), kinds)
        if path is not None:
            self.join_file.setText(str(path))
            self.join_code.setFocus()

    def _choose_join_folder(self) -> None:
        path = self.dialogs.choose_folder(self.tr("An empty folder for the new workspace"))
        if path is not None:
            self.join_folder.setText(str(path))

    def join_hub(self) -> None:
        from desktop.workspace.enrol import enrol

        file, code, folder = self.join_file.text().strip(), self.join_code.text().strip(), self.join_folder.text()
        folder = folder.strip()
        if not file or not code or not folder:
            self.join_error.setText(self.tr("Choose the enrolment file, type the code and choose a folder."))
            return
        enrolment, root = Path(file), Path(folder)
        default_dir = self.data_dir

        def done(result: dict) -> None:
            self.join_button.setEnabled(True)
            self.data_dir = root
            self.join_code.clear()
            self.show_page()
            users = result.get("users") or []
            self.username.setText(users[0] if len(users) == 1 else "")
            (self.password if len(users) == 1 else self.username).setFocus()
            self.dialogs.info(
                self.tr("Joined the hub"),
                self.tr(
                    "This laptop is now “%1”, a field device of the hub “%2”. Sign in with the user name and "
                    "password you use at the agency."
                )
                .replace("%1", str(result.get("device", "")))
                .replace("%2", str(result.get("hub", "")))
                + (
                    "\n\n"
                    + self.tr("Next time, start CaseDesk with this folder: casedesk --data-dir %1").replace(
                        "%1", str(root)
                    )
                    if root.resolve() != default_dir.resolve()
                    else ""
                ),
            )

        def failed(exc: Exception) -> None:
            self.join_button.setEnabled(True)
            self.join_error.setText(user_message(exc, self.lang))
            self.join_code.selectAll()
            self.join_code.setFocus()

        self.join_error.setText(self.tr("Checking the code and making the workspace…"))
        self.join_button.setEnabled(False)
        self.ops.run(
            lambda: enrol(root, enrolment, code),
            label=self.tr("Joining the hub…"),
            on_done=done,
            on_error=failed,
        )

    # -- sign-in -----------------------------------------------------------------------------------
    def _sign_in(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.username = QLineEdit(page)
        self.password = QLineEdit(page)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.sign_in)
        self.sign_in_button = QPushButton(self.tr("Sign in"), page)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_in_error = QLabel(page)
        self.sign_in_error.setStyleSheet("color: #c92a2a;")
        self.sign_in_wait = Countdown(self.sign_in_error.setText, lambda: self.lang, page)
        self.sign_in_wait.over.connect(lambda: self.sign_in_button.setEnabled(True))
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.sign_in_button)
        form.addRow(self.sign_in_error)
        self.forgot_button = QPushButton(self.tr("Forgot the password…"), page)
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.show_recovery)
        form.addRow(self.forgot_button)
        return page

    def show_recovery(self) -> None:
        self.stack.setCurrentWidget(self.recovery)
        self.recovery.start(self.username.text().strip())

    def sign_in(self) -> None:
        """Off the UI thread; one attempt at a time (Enter pressed twice is not two guesses), none while a
        wait after wrong passwords counts down (the domain would refuse it: A015)."""
        from desktop.workspace import open_desk

        if not self.sign_in_button.isEnabled():
            return
        username, password = self.username.text().strip(), self.password.text()

        def done(opened: tuple[Desk, bool]) -> None:
            desk, must_change = opened
            self.sign_in_button.setEnabled(True)
            self.password.clear()
            if must_change:
                self.set_own_password(desk, password)
            else:
                self.signed_in.emit(desk)

        def failed(exc: Exception) -> None:
            if seconds := wait_seconds(exc):
                self.sign_in_wait.start(seconds)
            else:
                self.sign_in_button.setEnabled(True)
                self.sign_in_error.setText(user_message(exc, self.lang))
            self.password.selectAll()
            self.password.setFocus()

        def open_it() -> tuple[Desk, bool]:
            desk = open_desk(self.data_dir, username, password)
            return desk, desk.must_change_password()

        self.sign_in_button.setEnabled(False)
        self.sign_in_error.clear()
        self.ops.run(open_it, label=self.tr("Signing in…"), on_done=done, on_error=failed)

    def set_own_password(self, desk: Desk, given: str) -> None:
        """A first or reset password: the person sets their own before the workspace opens; cancelling signs
        them out (the Desk closed, nothing opened, the sign-in page again)."""
        from desktop.ui.own_password import OwnPasswordDialog

        dialog = OwnPasswordDialog(given, self.lang, self)
        if not self.dialogs.run(dialog):
            self._sign_out(desk)
            return
        new = dialog.password()

        def done(_: object) -> None:
            self.sign_in_button.setEnabled(True)
            self.signed_in.emit(desk)

        def failed(exc: Exception) -> None:
            self.sign_in_button.setEnabled(True)
            self._sign_out(desk)
            self._failed(exc)

        self.sign_in_button.setEnabled(False)  # one sign-in at a time, as while signing in
        self.ops.run(
            lambda: desk.change_my_password(given, new),
            label=self.tr("Setting your password…"),
            on_done=done,
            on_error=failed,
        )

    def _sign_out(self, desk: Desk) -> None:
        desk.close()
        self.show_page()

"""Before the main window: a first run offers a new agency, the demo workspace or joining a hub;
then the sign-in for the workspace."""

from __future__ import annotations

from pathlib import Path

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
from desktop.ui.editor.record_window import user_message
from desktop.ui.ops import Ops
from desktop.workspace import Desk, Layout, create_workspace, open_desk


class StartWindow(QWidget):
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
        self.hub_button = QPushButton(self.tr("Join a supervisor's hub"), page)
        self.hub_button.setEnabled(False)
        self.hub_button.setToolTip(self.tr("Joining a hub comes with the sync issue; not built yet."))
        row.addWidget(self.demo_button)
        row.addWidget(self.hub_button)
        layout.addLayout(row)
        self.hub_note = QLabel(
            self.tr("Joining a supervisor's hub by enrolment file comes with sync: not built yet."), page
        )
        self.hub_note.setWordWrap(True)
        layout.addWidget(self.hub_note)
        layout.addStretch(1)
        return page

    def create_new(self) -> None:
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

        def done(_: object) -> None:
            self.show_page()
            self.username.setText(values["username"])
            self.password.setText(values["password"])
            self.sign_in()

        self.ops.run(
            lambda: create_workspace(self.data_dir, **values),
            label=self.tr("Creating…"),
            on_done=done,
            on_error=lambda e: self.dialogs.error(self.tr("Not done"), user_message(e, self.lang)),
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
            on_error=lambda e: self.dialogs.error(self.tr("Not done"), user_message(e, self.lang)),
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
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.sign_in_button)
        form.addRow(self.sign_in_error)
        return page

    def sign_in(self) -> None:
        username, password = self.username.text().strip(), self.password.text()

        def done(desk: Desk) -> None:
            self.password.clear()
            self.signed_in.emit(desk)

        def failed(exc: Exception) -> None:
            self.sign_in_error.setText(user_message(exc, self.lang))
            self.password.selectAll()
            self.password.setFocus()

        self.sign_in_error.clear()
        self.ops.run(
            lambda: open_desk(self.data_dir, username, password),
            label=self.tr("Signing in…"),
            on_done=done,
            on_error=failed,
        )

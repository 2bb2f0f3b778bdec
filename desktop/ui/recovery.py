"""The start window's page for a forgotten password: the agency's recovery key sets a new one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.ui.messages import user_message
from desktop.ui.ops import Ops
from desktop.ui.wait_note import Countdown, wait_seconds


class RecoveryPage(QWidget):
    """Emits ``recovered`` with the signed-in Desk; ``back`` returns to the sign-in page."""

    recovered = Signal(object)
    back = Signal()

    def __init__(self, data_dir: Callable[[], Path], ops: Ops, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir, self.ops, self.lang = data_dir, ops, lang
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Forgotten password"), self)
        form = QFormLayout(box)
        intro = QLabel(
            self.tr(
                "The agency head keeps the workspace's recovery key on paper. With it you set a new password "
                "for your account here; your work is untouched. The recovery key is not a password: give it "
                "back to the agency head afterwards."
            ),
            box,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.username = QLineEdit(box)
        self.code = QLineEdit(box)
        self.code.setPlaceholderText("XXXX-XXXX-…")
        self.password = QLineEdit(box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit(box)
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2.returnPressed.connect(self.recover)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Recovery key"), self.code)
        form.addRow(self.tr("New password (8 or more characters)"), self.password)
        form.addRow(self.tr("New password again"), self.password2)
        self.error = QLabel(box)
        self.error.setStyleSheet("color: #c92a2a;")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        self.wait = Countdown(self.error.setText, lambda: self.lang, self)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"), box)
        self.back_button.clicked.connect(self.back.emit)
        self.recover_button = QPushButton(self.tr("Set the new password and sign in"), box)
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(self.recover)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.recover_button)
        form.addRow(buttons)
        layout.addWidget(box)
        layout.addStretch(1)
        self.wait.over.connect(lambda: self.recover_button.setEnabled(True))

    def start(self, username: str) -> None:
        self.username.setText(username)
        self.error.clear()
        (self.code if username else self.username).setFocus()

    def recover(self) -> None:
        if not self.recover_button.isEnabled():  # checking already, or waiting after wrong keys (A015)
            return
        username, code = self.username.text().strip(), self.code.text().strip()
        password = self.password.text()
        if not username or not code or not password:
            self.error.setText(self.tr("Fill in the user name, the recovery key and the new password."))
            return
        if password != self.password2.text():
            self.error.setText(self.tr("The two passwords differ."))
            return

        def done(desk: object) -> None:
            self.recover_button.setEnabled(True)
            for field in (self.code, self.password, self.password2):
                field.clear()
            self.recovered.emit(desk)

        def failed(exc: Exception) -> None:
            if seconds := wait_seconds(exc):
                self.wait.start(seconds)
                return
            self.recover_button.setEnabled(True)
            self.error.setText(user_message(exc, self.lang))

        self.error.setText(self.tr("Checking the recovery key…"))
        self.recover_button.setEnabled(False)
        root = self.data_dir()
        self.ops.run(
            lambda: _recover(root, code, username, password),
            label=self.tr("Setting the new password…"),
            on_done=done,
            on_error=failed,
        )


def _recover(root: Path, code: str, username: str, password: str) -> object:
    from desktop.workspace import recover_account  # the Desk: loaded when needed, not to show the window

    return recover_account(root, code, username, password)

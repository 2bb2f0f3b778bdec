"""Passwords and the recovery key in the window: change one's password (File menu), make a new recovery
key (agency head, business lead), and the dialog that shows a recovery key once, large, to be written
down. The rules and the cryptography are in the domain (desktop/workspace/key_ops.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.ui.messages import show_failure
from desktop.workflow.permissions import Action, allowed


class RecoveryKeyDialog(QDialog):
    """The recovery key, once: the agency writes it down and locks it away."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery key"))
        self.code_label = QLabel(code, self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(16)
        font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(font)
        self.code_label.setWordWrap(True)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setStyleSheet("padding: 12px; border: 2px solid #1864ab; border-radius: 6px;")
        advice = QLabel(
            self.tr(
                "The workspace is encrypted: without a password nothing in it can be read. If a password is "
                "forgotten, only this recovery key opens it (“Forgot the password…” on the sign-in page). "
                "Write it down or print it now, and give it to the agency head to keep locked away. It is "
                "shown only now; anyone who holds it can open the workspace."
            ),
            self,
        )
        advice.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("I have written it down"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(advice)
        layout.addWidget(self.code_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)


class PasswordDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change my password"))
        form = QFormLayout(self)
        self.current = QLineEdit(self)
        self.new = QLineEdit(self)
        self.again = QLineEdit(self)
        for field in (self.current, self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password (8 or more characters)"), self.new)
        form.addRow(self.tr("New password again"), self.again)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c92a2a;")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def _check(self) -> None:
        if not self.current.text() or not self.new.text():
            self.error.setText(self.tr("Type the current password and the new one."))
        elif self.new.text() != self.again.text():
            self.error.setText(self.tr("The two new passwords differ."))
        else:
            self.accept()


class AccountKeyActions(QObject):
    """The File menu's password and recovery-key actions of a main window (its desk, ops, dialogs)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.password_action = QAction(window, triggered=self.change_password)
        self.recovery_action = QAction(window, triggered=self.new_recovery_key)
        self.recovery_action.setVisible(allowed(window.desk.roles, Action.MANAGE_ACCOUNTS))
        window.file_menu.insertActions(window.lock_action, [self.password_action, self.recovery_action])

    def retranslate(self) -> None:
        self.password_action.setText(self.tr("Change my password…"))
        self.recovery_action.setText(self.tr("New recovery key…"))

    def change_password(self) -> None:
        window = self.window
        dialog = PasswordDialog(window)
        if not window.dialogs.run(dialog):
            return
        old, new = dialog.current.text(), dialog.new.text()
        window.ops.run(
            lambda: window.desk.change_my_password(old, new),
            label=self.tr("Changing the password…"),
            on_done=lambda _: window.dialogs.info(
                self.tr("Password changed"), self.tr("Use the new password from the next sign-in.")
            ),
            on_error=lambda exc: show_failure(window.dialogs, exc, window.lang),
        )

    def new_recovery_key(self) -> None:
        window = self.window
        if not window.dialogs.confirm(
            self.tr("New recovery key"),
            self.tr(
                "A new recovery key replaces the one the agency keeps now: the old paper stops working. "
                "Make a new one when the old one is lost or someone may have seen it. Continue?"
            ),
        ):
            return
        window.ops.run(
            window.desk.new_recovery_key,
            label=self.tr("Making the recovery key…"),
            on_done=lambda code: window.dialogs.run(RecoveryKeyDialog(code, window)),
            on_error=lambda exc: show_failure(window.dialogs, exc, window.lang),
        )

"""The first sign-in with a password someone handed out (a new account's first one, or a reset one): before
anything opens, the person sets a password only they know. Cancelling (or Escape) signs them out again. The
rule a password must meet is the domain's (``check_password_strength``); changing it is ``change_my_password``."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.errors import CaseDeskError
from desktop.workspace.keystore import check_password_strength


class OwnPasswordDialog(QDialog):
    """The new password, twice; accepted only when it meets the rule and both entries agree."""

    def __init__(self, given: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.given, self.lang = given, lang
        self.setWindowTitle(self.tr("Set your own password"))
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "You signed in with a password someone gave you. Before you start, choose a new password that "
                "only you know; the one you were given stops working."
            ),
            self,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.new = QLineEdit(self)
        self.again = QLineEdit(self)
        for field in (self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.returnPressed.connect(self._check)
        form.addRow(self.tr("New password (8 or more characters)"), self.new)
        form.addRow(self.tr("New password again"), self.again)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c92a2a;")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Set my password"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Sign out"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(480)

    def password(self) -> str:
        return self.new.text()

    def _check(self) -> None:
        try:
            check_password_strength(self.new.text())
        except CaseDeskError as exc:
            self.error.setText(exc.message(self.lang))  # the rule in the person's words, without its code
            self.new.setFocus()
            return
        if self.new.text() == self.given:
            self.error.setText(self.tr("Choose a password other than the one you were given."))
            self.new.selectAll()
            self.new.setFocus()
            return
        if self.new.text() != self.again.text():
            self.error.setText(self.tr("The two new passwords differ."))
            self.again.selectAll()
            self.again.setFocus()
            return
        self.error.clear()
        self.accept()

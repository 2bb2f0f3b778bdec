"""The small forms of the Sync page: enrolling a device, the one-time code shown once, and setting up
the hub with its recovery file. Each checks what it can before the domain is asked (which checks
again); they run through ``Dialogs.run`` so tests fill them through their widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.sync.keys import MIN_RECOVERY_PASSPHRASE
from desktop.ui.dialogs import Dialogs
from desktop.workspace.hub_ops import recovery_file_refusal

ENROL_SUFFIX = ".cdenrol"
ERROR_STYLE = "color: #c92a2a;"


def _fit(dialog: QDialog, width: int) -> None:
    """Wide enough to read, tall enough for its wrapped text (a window's layout does not ask by itself)."""
    dialog.setMinimumWidth(width)
    layout = dialog.layout()
    height = layout.heightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
    dialog.resize(width, max(height, layout.sizeHint().height()))
    dialog.setMinimumHeight(dialog.height())


def _lay_out(dialog: QDialog, parts: list, tab_order: list[QWidget], width: int) -> None:
    """A form dialog's parts top to bottom, Tab in the given order, focus on the first, sized to fit."""
    layout = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)
    for before, after in zip(tab_order, tab_order[1:], strict=False):
        QWidget.setTabOrder(before, after)
    tab_order[0].setFocus()
    _fit(dialog, width)


def _path_row(parent: QWidget, edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class EnrolDialog(QDialog):
    """A device's name, the workers who will sign in on it, and where to write its enrolment file."""

    def __init__(self, dialogs: Dialogs, workers: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.setWindowTitle(self.tr("Enrol a device"))
        intro = QLabel(
            self.tr(
                "A township laptop joins this hub with an enrolment file made here and a one-time code you "
                "give its worker by hand. Name the laptop so you will recognise it in the list."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Wang's laptop, Dongcheng station"))
        self.users = QListWidget(self)
        for display, username in workers:
            item = QListWidgetItem(f"{display}（{username}）", self.users)
            item.setData(Qt.ItemDataRole.UserRole, username)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.users.setMaximumHeight(160)
        self.out = QLineEdit(self)
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.clicked.connect(self._choose_out)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Make the enrolment file"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Device name"), self.name)
        form.addRow(self.tr("Who works on it (tick, Space)"), self.users)
        form.addRow(self.tr("Enrolment file"), _path_row(self, self.out, self.browse))
        _lay_out(
            self,
            [intro, form, self.error, self.buttons],
            [self.name, self.users, self.out, self.browse, self.buttons],
            560,
        )

    def _choose_out(self) -> None:
        suggested = (self.name.text().strip() or "device") + ENROL_SUFFIX
        kinds = self.tr("Enrolment files") + f" (*{ENROL_SUFFIX})"
        path = self.dialogs.save_file(self.tr("Save the enrolment file"), suggested, kinds)
        if path is not None:
            self.out.setText(str(path))

    def set_users(self, usernames: list[str]) -> None:
        for row in range(self.users.count()):
            item = self.users.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in usernames
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen_users(self) -> list[str]:
        return [
            self.users.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.users.count())
            if self.users.item(r).checkState() == Qt.CheckState.Checked
        ]

    def out_path(self) -> Path:
        path = Path(self.out.text().strip())
        return path if path.suffix == ENROL_SUFFIX else path.with_name(path.name + ENROL_SUFFIX)

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Give the device a name."))
            self.name.setFocus()
        elif not self.chosen_users():
            self.error.setText(self.tr("Tick at least one worker who will sign in on it."))
            self.users.setFocus()
        elif not self.out.text().strip():
            self.error.setText(self.tr("Choose where to save the enrolment file (a USB stick, for instance)."))
            self.out.setFocus()
        elif self.out_path().exists():
            self.error.setText(self.tr("That file exists already: choose another name."))
            self.out.setFocus()
        else:
            super().accept()


class CodeDialog(QDialog):
    """The one-time code, large, once: it travels by voice or by hand, never with the file."""

    def __init__(self, code: str, device: str, out: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("One-time code for %1").replace("%1", device))
        done = QLabel(self.tr("The enrolment file is saved: %1").replace("%1", str(out)), self)
        done.setWordWrap(True)
        done.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label = QLabel(code, self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(30)
        font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setStyleSheet("padding: 16px; border: 2px solid #1864ab; border-radius: 6px;")
        advice = QLabel(
            self.tr(
                "Give this code to the worker yourself: read it out in person or on the phone, or write it "
                "on paper. Never send it with the file or in the same message: the file is useless without "
                "the code, so a lost USB stick gives nothing away.\n\nThe worker chooses “Join a supervisor's "
                "hub” when CaseDesk first starts on the laptop, picks the file and types the code. The code is "
                "shown only now; if it is lost, revoke the device and enrol it again."
            ),
            self,
        )
        advice.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("I have noted the code"))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(done)
        layout.addWidget(self.code_label)
        layout.addWidget(advice)
        layout.addWidget(buttons)
        _fit(self, 580)


class HubSetupDialog(QDialog):
    """Where the recovery file goes and the passphrase that protects it (twice)."""

    def __init__(self, dialogs: Dialogs, workspace: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialogs, self.workspace = dialogs, Path(workspace)
        self.setWindowTitle(self.tr("Set up this workspace as the hub"))
        intro = QLabel(
            self.tr(
                "This computer becomes the agency's hub: township laptops send their work here and get the "
                "decisions back. It makes the hub's keys and a recovery file holding a copy of them, locked "
                "with a passphrase.\n\nThe recovery file is for the agency head to keep offline: on a USB stick "
                "in the agency's safe, not on this computer, with the passphrase written down apart from it. "
                "If this computer is lost or broken, the recovery file is the only way to read the bundles "
                "the laptops send without enrolling every one of them again."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.path = QLineEdit(self)
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.clicked.connect(self._choose)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase2 = QLineEdit(self)
        self.passphrase2.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Set up the hub"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Recovery file"), _path_row(self, self.path, self.browse))
        form.addRow(
            self.tr("Passphrase (%1 or more characters)").replace("%1", str(MIN_RECOVERY_PASSPHRASE)), self.passphrase
        )
        form.addRow(self.tr("Passphrase again"), self.passphrase2)
        order = [self.path, self.browse, self.passphrase, self.passphrase2, self.buttons]
        _lay_out(self, [intro, form, self.error, self.buttons], order, 620)

    def _choose(self) -> None:
        kinds = self.tr("Recovery files") + " (*.json)"
        path = self.dialogs.save_file(self.tr("Save the recovery file"), "casedesk-hub-recovery.json", kinds)
        if path is not None:
            self.path.setText(str(path))

    def recovery_path(self) -> Path:
        return Path(self.path.text().strip())

    def accept(self) -> None:
        path = self.recovery_path()
        if not self.path.text().strip():
            self.error.setText(self.tr("Choose where to write the recovery file (a USB stick, for instance)."))
            self.path.setFocus()
        elif refusal := recovery_file_refusal(path, self.workspace):
            if refusal == "B025":
                self.error.setText(
                    self.tr("Not inside the workspace folder: the recovery file must be kept away from this computer.")
                )
            else:
                self.error.setText(self.tr("That file exists already: choose another name."))
            self.path.setFocus()
        elif len(self.passphrase.text()) < MIN_RECOVERY_PASSPHRASE:
            self.error.setText(
                self.tr("The passphrase needs at least %1 characters.").replace("%1", str(MIN_RECOVERY_PASSPHRASE))
            )
            self.passphrase.setFocus()
        elif self.passphrase.text() != self.passphrase2.text():
            self.error.setText(self.tr("The two passphrases differ."))
            self.passphrase2.selectAll()
            self.passphrase2.setFocus()
        else:
            super().accept()

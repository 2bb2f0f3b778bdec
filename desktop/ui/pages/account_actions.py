"""The accounts tab of 机构管理: add a person, change their name, roles, station and supervisor, disable and
enable them (never delete), set a new password for one who lost theirs, and import the agency's staff list
from Excel (checked row by row, imported whole or not at all). A first or new password is made by CaseDesk
and shown once, to hand over; the person sets their own when they first sign in with it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.roles import Role
from desktop.ui.pages.admin_dialogs import AccountDialog
from desktop.workflow.permissions import Action, allowed

if TYPE_CHECKING:
    from desktop.ui.pages.agency_admin import AgencyAdminPage


class AccountActions(QObject):
    """What the accounts tab's buttons do, on its page (``page``: its lists, dialogs and worker)."""

    def __init__(self, page: AgencyAdminPage) -> None:
        super().__init__(page)
        self.page = page

    def buttons(self) -> list[tuple[str, Callable[[], None]]]:
        return [("add", self.add), ("edit", self.edit), ("active", self.toggle_active),
                ("password", self.new_password), ("import", self.import_staff)]  # fmt: skip

    def retranslate(self) -> None:
        texts = {"add": self.tr("Add…"), "edit": self.tr("Change…"), "active": self.tr("Disable or enable…"),
                 "password": self.tr("New password…"), "import": self.tr("Import the staff list…")}  # fmt: skip
        manages = allowed(self.page.desk.roles, Action.MANAGE_ACCOUNTS)
        for name, button in self.page.account_buttons.items():
            button.setText(texts[name])
            button.setEnabled(manages)

    def _supervisors(self) -> list[tuple[str, Any]]:
        return [(a.display_name, a.id) for a in self.page.data["accounts"]
                if a.active and a.has_role(Role.SUPERVISOR)]  # fmt: skip

    def _stations(self) -> list[Any]:
        return [s for s in self.page.data["stations"] if s.closed_on is None]

    # -- one account ---------------------------------------------------------------------------------------
    def add(self, dialog: AccountDialog | None = None) -> None:
        page = self.page
        dialog = dialog or AccountDialog(page.lang, self._stations(), self._supervisors(), None, page)
        if not page.dialogs.run(dialog):
            return
        values, desk = dialog.values(), page.desk

        def made(account: Any) -> None:
            show_password(page, account.display_name, account.username, account.first_password)

        def refused(exc: Exception) -> None:
            page._failed(exc)
            self.add(dialog)  # again, with what was typed

        page.ops.run(
            lambda: desk.create_account(
                values["username"], values["display_name"], values["roles"], None,
                station_id=values["station_id"], supervisor_id=values["supervisor_id"],
            ),
            label=self.tr("Saving…"),
            changes=page.depends,
            on_done=made,
            on_error=refused,
        )  # fmt: skip

    def edit(self) -> None:
        account = self.page.chosen(self.page.accounts, "accounts")
        if account is not None:
            self._edit(
                account, AccountDialog(self.page.lang, self._stations(), self._supervisors(), account, self.page)
            )

    def _edit(self, account: Any, dialog: AccountDialog) -> None:
        if not self.page.dialogs.run(dialog):
            return
        values, desk = dialog.values(), self.page.desk
        changes = {k: values[k] for k in ("display_name", "roles", "station_id", "supervisor_id")}
        self.page.change(lambda: desk.update_account(account.id, **changes), lambda: self._edit(account, dialog))

    def toggle_active(self) -> None:
        page = self.page
        account = page.chosen(page.accounts, "accounts")
        if account is None:
            return
        if account.active:
            question = self.tr(
                "Disable %1? They can no longer sign in here, nor on a laptop after its next bundle. Their work "
                "and their name on it stay; an account is never deleted, and can be enabled again."
            )
            title = self.tr("Disable the account")
        else:
            question = self.tr("Enable %1 again? They can sign in with their password as before.")
            title = self.tr("Enable the account")
        if page.dialogs.confirm(title, question.replace("%1", account.display_name)):
            desk, active = page.desk, not account.active
            page.change(lambda: desk.update_account(account.id, active=active))

    def new_password(self) -> None:
        page = self.page
        account = page.chosen(page.accounts, "accounts")
        if account is None:
            return
        question = self.tr(
            "Set a new password for %1? Their old password stops working. CaseDesk makes the new one and shows "
            "it once; they choose their own when they next sign in."
        ).replace("%1", account.display_name)
        if not page.dialogs.confirm(self.tr("New password"), question):
            return
        desk = page.desk
        page.ops.run(
            lambda: desk.reset_password(account.username),
            label=self.tr("Saving…"),
            changes=page.depends,
            on_done=lambda password: show_password(page, account.display_name, account.username, password),
            on_error=page._failed,
        )

    # -- the staff list ------------------------------------------------------------------------------------
    def import_staff(self) -> None:
        page = self.page
        path = page.dialogs.open_file(self.tr("Import the staff list"), "Excel (*.xlsx)")
        if path is None:
            return
        desk = page.desk
        page.ops.run(
            lambda: desk.preview_staff(path),
            label=self.tr("Reading the staff list…"),
            on_done=self._staff_read,
            on_error=page._failed,
        )

    def _staff_read(self, preview: Any) -> None:
        page = self.page
        if preview.bad_rows:
            row_word = self.tr("Row %1")
            lines = [
                f"{row_word.replace('%1', str(r.line))}: {r.values.get('username') or ''} — {'；'.join(r.errors)}"
                for r in preview.bad_rows[:20]
            ]
            more = len(preview.bad_rows) - 20
            if more > 0:
                lines.append(self.tr("… and %1 more.").replace("%1", str(more)))
            text = self.tr("Nothing imported. Correct these rows and import the list again:")
            page.dialogs.error(self.tr("Import the staff list"), text + "\n" + "\n".join(lines))
            return
        question = self.tr(
            "All %1 people on the list are in order. Make their accounts? They share one first password, shown "
            "next, and each chooses their own at their first sign-in."
        ).replace("%1", str(len(preview.rows)))
        if not page.dialogs.confirm(self.tr("Import the staff list"), question):
            return
        desk = page.desk
        page.ops.run(
            lambda: desk.import_staff(preview),
            label=self.tr("Importing…"),
            changes=page.depends,
            on_done=self._staff_made,
            on_error=page._failed,
        )

    def _staff_made(self, made: list[Any]) -> None:
        if made:
            names = ("、" if self.page.lang == "zh" else ", ").join(a.display_name for a in made)
            show_password(self.page, names, ", ".join(a.username for a in made), made[0].first_password)


def show_password(page: AgencyAdminPage, name: str, username: str, password: str | None) -> None:
    """The first or new password, shown once (it is kept nowhere in the clear): to copy or write down and hand
    over in person."""
    if password:
        page.dialogs.run(PasswordShownOnce(name, username, password, page))


class PasswordShownOnce(QDialog):
    def __init__(self, name: str, username: str, password: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("First password"))
        self.password = password
        intro = QLabel(
            self.tr(
                "The password for %1 (user name: %2). Hand it over in person. It is shown only this once: "
                "CaseDesk keeps no readable copy. At their first sign-in they choose their own."
            )
            .replace("%1", name)
            .replace("%2", username),
            self,
        )
        intro.setWordWrap(True)
        shown = QLabel(password, self)
        shown.setStyleSheet("font-family: monospace; font-size: 16pt; padding: 8px; border: 1px solid #bbb;")
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        copy = QPushButton(self.tr("Copy"), self)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(password))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(shown)
        layout.addWidget(copy)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

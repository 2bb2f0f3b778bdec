"""Signing in with a password someone handed out: the window asks for the person's own password before the
workspace opens; a weak or mistyped one is refused in their words, and cancelling opens nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.errors import CaseDeskError
from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.own_password import OwnPasswordDialog
from desktop.ui.start import StartWindow
from desktop.workspace import Layout, open_desk
from desktop.workspace.keystore import Keystore
from tests.conftest import PASSWORDS, Team

GIVEN = "given-by-head-1"


def _with_first_password(team: Team) -> None:
    with open_desk(team.root, "head", PASSWORDS["head"]) as head:
        head.create_account("zhao", "赵会计", ["finance_officer"], GIVEN, station_id=head.account.station_id)


def _start(qtbot, team: Team, dialogs: ScriptedDialogs, username: str, password: str) -> StartWindow:
    start = StartWindow(team.root, dialogs)
    qtbot.addWidget(start)
    start.show()
    start.username.setText(username)
    start.password.setText(password)
    return start


def _typed(dialog: OwnPasswordDialog, new: str, again: str) -> str:
    dialog.new.setText(new)
    dialog.again.setText(again)
    dialog._check()
    return dialog.error.text()


def test_a_first_password_is_replaced_before_the_workspace_opens(qtbot, team: Team):
    _with_first_password(team)
    dialogs = ScriptedDialogs()
    said: list[str] = []

    def fill(dialog: OwnPasswordDialog) -> bool:
        said.append(_typed(dialog, "short-7", "short-7"))  # one character under the rule
        said.append(_typed(dialog, GIVEN, GIVEN))  # the one she was given
        said.append(_typed(dialog, "zhao-own-pass", "zhao-own-pasS"))  # mistyped
        assert dialog.result() != QDialog.DialogCode.Accepted
        _typed(dialog, "zhao-own-pass", "zhao-own-pass")
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.dialog_script = fill
    start = _start(qtbot, team, dialogs, "zhao", GIVEN)
    with qtbot.waitSignal(start.signed_in, timeout=30000) as signed:
        qtbot.mouseClick(start.sign_in_button, Qt.MouseButton.LeftButton)
    desk = signed.args[0]
    assert desk.account.username == "zhao" and not desk.must_change_password()
    desk.close()
    assert [type(d) for d in dialogs.dialogs_run] == [OwnPasswordDialog]
    assert "至少需要 8 个字符" in said[0] and "别人给您的密码" in said[1] and "不一致" in said[2]
    assert not any("[A" in text or "A006" in text for text in said)  # no code on screen
    open_desk(team.root, "zhao", "zhao-own-pass").close()


def test_cancelling_signs_out_and_opens_nothing(qtbot, team: Team):
    _with_first_password(team)
    dialogs = ScriptedDialogs()
    dialogs.dialog_script = lambda dialog: False  # Cancel (Sign out) or Escape
    start = _start(qtbot, team, dialogs, "zhao", GIVEN)
    emitted: list[object] = []
    start.signed_in.connect(emitted.append)
    qtbot.mouseClick(start.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.dialogs_run), timeout=30000)
    start.ops.wait()
    qtbot.wait(50)
    assert emitted == [] and start.stack.currentIndex() == 1 and start.password.text() == ""
    assert start.sign_in_button.isEnabled()
    assert Keystore(Layout(team.root).keystore_file).is_temporary("zhao")  # still the password she was given
    with open_desk(team.root, "zhao", GIVEN) as zhao:
        assert zhao.must_change_password()


def test_escape_cancels_the_dialog_and_an_own_password_asks_nothing(qtbot, team: Team):
    dialog = OwnPasswordDialog(GIVEN, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new.setText("zhao-own-pass")
    qtbot.keyClick(dialog.new, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert _typed(dialog, "short-7", "short-7") == CaseDeskError("A006", min=8).message("en")

    dialogs = ScriptedDialogs()
    start = _start(qtbot, team, dialogs, "wang", PASSWORDS["wang"])  # her own password already
    with qtbot.waitSignal(start.signed_in, timeout=30000) as signed:
        qtbot.keyClick(start.password, Qt.Key.Key_Return)
    signed.args[0].close()
    assert dialogs.dialogs_run == []

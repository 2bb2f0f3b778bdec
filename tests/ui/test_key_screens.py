"""Passwords and the recovery key in the window: the key shown once at creation, a forgotten password
recovered from the start window, one's own password changed, a new recovery key by the agency head."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.account_keys import PasswordDialog, RecoveryKeyDialog
from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.main_window import MainWindow
from desktop.ui.start import StartWindow
from desktop.workspace import open_desk
from tests.conftest import PASSWORDS


def test_a_new_workspace_shows_its_recovery_key_which_later_sets_a_forgotten_password(qtbot, tmp_path):
    dialogs = ScriptedDialogs()
    shown: list[str] = []
    dialogs.dialog_script = lambda d: shown.append(d.code_label.text()) or True
    start = StartWindow(tmp_path / "新机构", dialogs)
    qtbot.addWidget(start)
    start.show()
    for field, text in ((start.agency, "恒爱社工"), (start.station, "东城站"), (start.new_name, "周敏"),
                        (start.new_user, "zhou"), (start.new_password, "zhou-pass-1"),
                        (start.new_password2, "zhou-pass-1")):  # fmt: skip
        field.setText(text)
    with qtbot.waitSignal(start.signed_in, timeout=30000) as signed:
        qtbot.mouseClick(start.create_button, Qt.MouseButton.LeftButton)
    signed.args[0].close()
    assert [type(d) for d in dialogs.dialogs_run] == [RecoveryKeyDialog] and len(shown[0].split("-")) == 14

    start = StartWindow(tmp_path / "新机构", dialogs)
    qtbot.addWidget(start)
    start.show()
    start.username.setText("zhou")
    qtbot.mouseClick(start.forgot_button, Qt.MouseButton.LeftButton)
    page = start.recovery
    assert start.stack.currentWidget() is page and page.username.text() == "zhou"
    page.code.setText(shown[0][:-1] + ("A" if shown[0][-1] != "A" else "B"))
    page.password.setText("zhou-pass-2")
    page.password2.setText("zhou-pass-2")
    qtbot.mouseClick(page.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "校验不符" in page.error.text(), timeout=10000)
    page.code.setText(shown[0].lower())
    with qtbot.waitSignal(start.signed_in, timeout=30000) as signed:
        qtbot.keyClick(page.password2, Qt.Key.Key_Return)
    assert signed.args[0].account.username == "zhou"
    signed.args[0].close()
    open_desk(tmp_path / "新机构", "zhou", "zhou-pass-2").close()


def test_change_my_password_and_a_new_recovery_key_from_the_file_menu(qtbot, team):
    dialogs = ScriptedDialogs()
    wang = team.desk("wang")
    window = MainWindow(wang, dialogs)
    qtbot.addWidget(window)
    assert not window.key_actions.recovery_action.isVisible()  # a worker makes no recovery key

    def fill(dialog: PasswordDialog, current: str) -> bool:
        dialog.current.setText(current)
        dialog.new.setText("wang-new-pass")
        dialog.again.setText("wang-new-pass")
        dialog._check()
        return dialog.result() == PasswordDialog.DialogCode.Accepted

    dialogs.dialog_script = lambda d: fill(d, "not-my-password")
    window.key_actions.password_action.trigger()
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "error", timeout=10000)
    assert "密码不正确" in dialogs.shown[-1][2]
    dialogs.dialog_script = lambda d: fill(d, PASSWORDS["wang"])
    window.key_actions.password_action.trigger()
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "info", timeout=10000)
    window.close()
    wang.close()
    open_desk(team.root, "wang", "wang-new-pass").close()

    head = team.desk("head")
    window = MainWindow(head, dialogs)
    qtbot.addWidget(window)
    assert window.key_actions.recovery_action.isVisible()
    codes: list[str] = []
    dialogs.dialog_script = lambda d: codes.append(d.code_label.text()) or True
    window.key_actions.recovery_action.trigger()
    qtbot.waitUntil(lambda: bool(codes), timeout=10000)
    window.close()
    head.close()
    from desktop.workspace import recover_account

    recover_account(team.root, codes[0], "head", "head-new-pass").close()


def test_what_opening_did_is_told_once_in_the_window(qtbot, tmp_path):
    """An earlier CaseDesk's workspace is encrypted at its first sign-in: the window says so and asks for
    a recovery key (the notice the store gives, shown as a message)."""
    import json
    import shutil
    from pathlib import Path

    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "workspaces" / "schema-0012"
    root = tmp_path / "旧工作区"
    shutil.copytree(fixture, root)
    username, password = json.loads((root / "manifest.json").read_text(encoding="utf-8"))["login"]
    dialogs = ScriptedDialogs()
    desk = open_desk(root, username, password)
    window = MainWindow(desk, dialogs)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: any(kind == "info" for kind, _, _ in dialogs.shown), timeout=5000)
    (notice,) = [text for kind, _, text in dialogs.shown if kind == "info"]
    assert "工作区已加密" in notice and "恢复密钥" in notice
    window.close()
    desk.close()

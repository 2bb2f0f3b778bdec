"""After wrong passwords the windows say how long to wait and take no attempt meanwhile, without holding the
window up; the agency head reads the failures on the audit page. The domain's clock and the countdown's are
fakes moved by hand; earlier failures are counted with a stand-in check, so only a few argon2 checks run."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.errors import AccessDenied
from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.main_window import PAGES, MainWindow
from desktop.ui.start import StartWindow
from desktop.workspace import attempts as attempts_module
from desktop.workspace.attempts import Attempts
from tests.conftest import PASSWORDS

WAIT_1S = "错误次数过多，请 1 秒后再试  [A015]"
LATER = 1e12  # a monotonic time long after any countdown's end


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(attempts_module, "clock", fake)
    return fake


def wrong_before(root, username: str, where: str, times: int = 2) -> None:
    """Failures counted as the window's would be, without argon2."""

    def wrong() -> None:
        raise AccessDenied("A001")

    for _ in range(times):
        with pytest.raises(AccessDenied):
            Attempts(root).check(username, wrong, where=where)


def settle(window: MainWindow) -> None:
    for _ in range(3):
        window.ops.wait()
        window.locker.checks.wait()
        QApplication.processEvents()


def test_the_lock_screen_counts_down_takes_no_attempt_meanwhile_and_the_head_reads_it(qtbot, team, clock):
    wang = team.desk("wang")
    window = MainWindow(wang, ScriptedDialogs(), idle=0)
    qtbot.addWidget(window)
    window.show()
    window.locker.lock()
    settle(window)
    panel = window.locker.panel_of(window)
    wrong_before(team.root, "wang", "unlock")

    panel.password.setText("not-the-password")  # the third: checked at once, and the next must wait
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.locker.checks.running == 0, timeout=15000)
    settle(window)
    assert window.locker.locked and panel.message.text() == WAIT_1S
    assert not panel.unlock_button.isEnabled() and panel.password.isEnabled()  # typing goes on meanwhile
    panel.password.setText(PASSWORDS["wang"])
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert window.locker.checks.running == 0 and window.locker.locked  # no attempt while it counts down

    countdown = window.locker.wait
    countdown.clock = lambda: LATER  # the second has passed
    countdown.tick()
    assert not countdown.running and panel.unlock_button.isEnabled() and not panel.message.isVisible()
    clock.now += 1
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locker.locked, timeout=15000)
    settle(window)
    assert Attempts(team.root).failures("wang") == (0, 0)
    window.close()
    wang.close()

    head = team.desk("head")
    audit = MainWindow(head, ScriptedDialogs())
    qtbot.addWidget(audit)
    audit.show()
    audit.nav.setCurrentRow(PAGES.index("audit"))
    audit.ops.wait()
    audit.ops.wait()
    rows = audit.pages["audit"].row_texts()
    assert ("—", "用户名“wang”密码错误 3 次（解锁屏幕）", "") in [tuple(row[1:4]) for row in rows]
    audit.close()
    head.close()


def test_the_sign_in_window_takes_one_attempt_at_a_time_and_counts_down(qtbot, team, clock):
    start = StartWindow(team.root, ScriptedDialogs())
    qtbot.addWidget(start)
    start.show()
    wrong_before(team.root, "chen", "sign_in")
    start.username.setText("chen")
    start.password.setText("not-the-password")
    start.sign_in()
    start.sign_in()  # Enter pressed twice is one attempt
    assert start.ops.running == 1 and not start.sign_in_button.isEnabled()
    start.ops.wait()
    assert start.sign_in_error.text() == WAIT_1S and not start.sign_in_button.isEnabled()
    assert Attempts(team.root).failures("chen") == (3, 3)
    start.sign_in()
    assert start.ops.running == 0  # none while it counts down
    start.sign_in_wait.clock = lambda: LATER
    start.sign_in_wait.tick()
    assert start.sign_in_button.isEnabled() and start.sign_in_error.text() == ""


def test_a_window_gone_while_locked_leaves_the_lock_screen_answering(qtbot, team):
    """A second window (a record's, say) closed and deleted while every window is locked: a wrong password is
    still answered on the screen that is left, and the right one still unlocks."""
    from PySide6.QtWidgets import QWidget

    wang = team.desk("wang")
    window = MainWindow(wang, ScriptedDialogs(), idle=0)
    qtbot.addWidget(window)
    window.show()
    other = QWidget()
    other.show()
    window.locker.lock()
    settle(window)
    assert len(window.locker.panels()) == 2
    other.deleteLater()  # gone, and its lock panel with it
    QApplication.processEvents()
    panel = window.locker.panel_of(window)
    panel.password.setText("not-the-password")
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.locker.checks.running == 0, timeout=15000)
    settle(window)
    assert window.locker.locked and "密码不正确" in panel.message.text()
    panel.password.setText(PASSWORDS["wang"])
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.locker.locked, timeout=15000)

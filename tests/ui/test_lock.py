"""The lock through the real windows (pytest-qt, offscreen): every window covered after the idle time or
on Ctrl+L, nothing of a client readable anywhere while locked, the password checked, unsaved typing and
cursor kept, shortcuts and menus inert, and 0 never locking."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.main_window import PAGES, MainWindow
from tests.conftest import PASSWORDS

NAME = "张小明"
ID_NUMBER = "110101201001011237"
NEUTRAL = "CaseDesk — 已锁定"


# -- what a person could read ------------------------------------------------------------------------------
def model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            column = 0  # columnCount() is not public on every model PySide wraps
            while (index := model.index(row, column, parent)).isValid():
                value = index.data(Qt.ItemDataRole.DisplayRole)
                if value is not None:
                    yield str(value)
                if column == 0 and model.rowCount(index) > 0:  # a tree's branch
                    stack.append(index)
                column += 1


def widget_texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        yield widget.toPlainText()
    if isinstance(widget, QAbstractSpinBox):
        yield widget.text()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView):
        yield from model_texts(widget)
    yield widget.toolTip()


def readable() -> list[str]:
    """Every visible window's title and every visible widget's text, cells of lists and tables included."""
    texts = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        texts.append(window.windowTitle())
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.isVisible():
                texts.extend(widget_texts(widget))
    return texts


def shows(needle: str) -> bool:
    return any(needle in text for text in readable())


def visible_titles() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]


# -- set-up ------------------------------------------------------------------------------------------------
@pytest.fixture
def wang(team):
    desk = team.desk("wang")
    yield desk
    desk.close()


@pytest.fixture
def casework(wang, team):
    client = wang.create_client(NAME, id_number=ID_NUMBER)
    case = wang.create_case(client.id, team.project_id, "counselling", "youth")
    intake = wang.new_record("intake", case_id=case.id)
    return client, case, intake


def settle(window: MainWindow) -> None:
    for _ in range(3):
        window.ops.wait()
        window.locker.checks.wait()
        QApplication.processEvents()


class FakeClock:
    """The lock's clock in these tests: time moves only when the test says (no real waiting)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def idle_for(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    """``seconds`` pass with nobody at the keyboard; the lock's timer then checks (as it does when it fires)."""
    clock.advance(seconds)
    window.locker.check_idle()


def idle_until_locked(window: MainWindow, clock: FakeClock, limit: float = 5.0) -> float:
    """Time passes in small steps, the timer checking after each, until the lock comes: the seconds it took."""
    start = clock.now
    while not window.locker.locked and clock.now - start < limit:
        idle_for(window, clock, 0.05)
    assert window.locker.locked
    return clock.now - start


def on_fake_clock(window: MainWindow, idle: int) -> FakeClock:
    """The window's lock measured on a fake clock from now, with ``idle`` milliseconds; its timer armed."""
    clock = FakeClock()
    window.locker.clock = clock
    window.locker.set_idle(idle)
    assert window.locker._timer.isActive()  # the real timer armed too
    return clock


def main_window(qtbot, desk, idle: int | None = 0) -> MainWindow:
    window = MainWindow(desk, ScriptedDialogs(), idle=idle)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    window.nav.setCurrentRow(PAGES.index("clients"))
    settle(window)
    return window


def open_everything(qtbot, window: MainWindow, case, intake):
    case_window = window.open_case(case.id)
    qtbot.addWidget(case_window)
    form = window.open_record(intake.id)
    qtbot.addWidget(form)
    settle(window)
    return case_window, form


def activate(qtbot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=3000)


def unlock(qtbot, window: MainWindow, password: str, where: QWidget | None = None) -> None:
    panel = window.locker.panel_of(where or window)
    panel.password.setText(password)
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.locker.checks.running == 0, timeout=15000)
    settle(window)


def type_text(qtbot, edit: QWidget, text: str) -> None:
    """ASCII on the keyboard, Chinese committed by the input method, as a worker types."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(edit, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(edit, event)


def actions(desk) -> list[tuple[str, dict]]:
    return [(e.action, e.detail or {}) for e in reversed(desk.audit_entries()) if e.action in ("lock", "unlock")]


# -- tests -------------------------------------------------------------------------------------------------
def test_idle_time_locks_every_window_and_no_client_detail_is_readable(qtbot, wang, casework):
    client, case, intake = casework
    window = main_window(qtbot, wang, idle=60_000)  # opening the windows takes longer than the short time
    case_window, form = open_everything(qtbot, window, case, intake)
    box = QMessageBox(QMessageBox.Icon.Information, NAME, f"{NAME} {ID_NUMBER}", parent=window)
    box.open()  # a message box up when the laptop is left (window-modal, never exec() in a test)
    qtbot.addWidget(box)
    assert shows(NAME) and shows(ID_NUMBER)  # the walk does find them before the lock
    assert any(NAME in title for title in visible_titles())
    titles = {w: w.windowTitle() for w in (window, case_window, form, box)}
    box_size = box.size()
    clock = on_fake_clock(window, 600)
    idle_for(window, clock, 0.3)
    assert not window.locker.locked
    assert 0.29 < idle_until_locked(window, clock) < 0.36  # locked once the 600 ms have passed
    settle(window)
    assert not shows(NAME) and not shows(ID_NUMBER)
    assert all(title == NEUTRAL for title in visible_titles())
    for w in (window, case_window, form, box):
        assert w.isVisible()  # locked, not closed
        panel = window.locker.panel_of(w)
        assert panel is not None and panel.isVisible() and panel.geometry() == w.rect()
        assert panel.who.text() == "当前登录：王社工" and panel.heading.text() == "CaseDesk 已锁定"
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert [a for a, _ in actions(wang)] == ["lock"] and actions(wang)[0][1] == {"reason": "idle"}
    assert box.width() > box_size.width()  # a message box is too small for the panel: enlarged while locked
    QApplication.clipboard().clear()
    button = window.locker.panel_of(box).unlock_button
    qtbot.keyClick(button, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # a message box copies its text
    qtbot.keyClick(button, Qt.Key.Key_Escape)  # and Escape answers it
    assert box.isVisible() and ID_NUMBER not in QApplication.clipboard().text()
    for w in (box, form, window):
        w.close()
        assert w.isVisible()  # closing a dialog would answer it, closing the main window quit: not while locked

    unlock(qtbot, window, PASSWORDS["wang"], where=form)
    assert not window.locker.locked and window.locker.panels() == []
    assert {w: w.windowTitle() for w in titles} == titles
    assert box.size() == box_size  # enlarged for the lock panel, given back its size
    assert shows(NAME) and shows(ID_NUMBER)
    assert window.menuBar().isVisible() and form.editor.isVisible() and case_window.records.isVisible()
    assert [a for a, _ in actions(wang)] == ["lock", "unlock"]

    # The audit page says it in words.
    window.nav.setCurrentRow(PAGES.index("audit"))
    settle(window)
    what = [row[2] for row in window.pages["audit"].row_texts()]
    assert what[:2] == ["解锁屏幕", "锁定屏幕（无操作）"]
    box.close()


def test_input_before_the_idle_time_postpones_the_lock(qtbot, wang, casework):
    window = main_window(qtbot, wang)  # the idle time set once on the test's clock: no race with the set-up
    clock = on_fake_clock(window, 1000)
    search = window.pages["clients"].search
    idle_for(window, clock, 0.6)
    qtbot.keyClick(search, Qt.Key.Key_A)  # a key
    idle_for(window, clock, 0.6)
    assert not window.locker.locked  # 1.2 s after start: the key postponed it
    event = QInputMethodEvent()
    event.setCommitString("张")
    QApplication.sendEvent(search, event)  # Chinese committed by the input method counts as typing
    typed = clock.now
    idle_for(window, clock, 0.6)
    assert not window.locker.locked
    idle_until_locked(window, clock)
    assert clock.now - typed >= 0.95
    unlock(qtbot, window, PASSWORDS["wang"])
    assert not window.locker.locked
    assert window.locker._timer.isActive()  # the timer armed again
    idle_for(window, clock, 0.5)
    assert not window.locker.locked  # unlocking starts the idle time again
    idle_until_locked(window, clock)
    unlock(qtbot, window, PASSWORDS["wang"])


def test_unsaved_typing_and_its_cursor_survive_the_lock(qtbot, wang, casework):
    _, case, intake = casework
    window = main_window(qtbot, wang)
    _, form = open_everything(qtbot, window, case, intake)
    activate(qtbot, form)
    edit = form.editor.rows["request"].widget.focus_widget()
    edit.setFocus()
    type_text(qtbot, edit, "家里有困难 need help")
    cursor = edit.textCursor()
    cursor.setPosition(3)
    edit.setTextCursor(cursor)
    assert form.editor.dirty and edit.hasFocus()

    qtbot.keyClick(edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # lock now, from the form window
    settle(window)
    assert window.locker.locked and [a for a, _ in actions(wang)] == ["lock"]
    assert not edit.isVisible() and form.windowTitle() == NEUTRAL
    assert not shows("家里有困难")
    assert wang.draft(intake.id).content["request"] == "家里有困难 need help"  # kept as a draft as well
    assert window.locker.panel_of(form).password.hasFocus()

    unlock(qtbot, window, PASSWORDS["wang"], where=form)
    assert edit.isVisible() and edit.toPlainText() == "家里有困难 need help"
    assert edit.textCursor().position() == 3 and edit.hasFocus()
    assert form.editor.dirty and form.editor.content()["request"] == "家里有困难 need help"
    assert wang.record(intake.id).content.get("request") in (None, "")  # nothing saved behind the worker's back
    qtbot.keyClicks(edit, "X")
    assert edit.toPlainText() == "家里有X困难 need help"  # typing goes on where it stopped


def test_a_wrong_password_keeps_everything_locked_and_says_so(qtbot, wang, casework):
    _, case, intake = casework
    window = main_window(qtbot, wang)
    open_everything(qtbot, window, case, intake)
    window.locker.lock()
    settle(window)
    panel = window.locker.panel_of(window)

    qtbot.keyClick(panel.password, Qt.Key.Key_Return)  # nothing typed
    assert window.locker.locked and panel.message.text() == "请输入密码以解锁。"
    unlock(qtbot, window, "not-the-password")
    assert window.locker.locked and not shows(NAME)
    assert panel.message.isVisible() and panel.message.text() == "密码不正确，请重新输入。"
    assert panel.password.text() == "" and panel.password.isEnabled()
    unlock(qtbot, window, PASSWORDS["chen"])  # a colleague's password is not the signed-in person's
    assert window.locker.locked and panel.message.text() == "密码不正确，请重新输入。"
    assert [a for a, _ in actions(wang)] == ["lock"]

    panel.password.setText(PASSWORDS["wang"])
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locker.locked, timeout=15000)
    settle(window)
    assert shows(NAME) and window.pages["clients"].table.isVisible()
    assert [a for a, _ in actions(wang)] == ["lock", "unlock"]


def test_shortcuts_and_menus_do_nothing_while_locked(qtbot, wang, casework):
    _, case, intake = casework
    window = main_window(qtbot, wang)
    _, form = open_everything(qtbot, window, case, intake)
    activate(qtbot, form)
    type_text(qtbot, form.editor.rows["request"].widget.focus_widget(), "unsaved")
    window.locker.lock()
    settle(window)

    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save
    settle(window)
    assert form.editor.dirty and wang.record(intake.id).content.get("request") in (None, "")
    qtbot.keyClick(form, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Lock now, again
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # Quit
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # the File menu
    settle(window)
    assert window.isVisible() and form.isVisible() and window.locker.locked
    assert QApplication.activePopupWidget() is None
    assert [a for a, _ in actions(wang)] == ["lock"]

    unlock(qtbot, window, PASSWORDS["wang"])
    activate(qtbot, form)
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # the same keys act once unlocked
    qtbot.waitUntil(lambda: not form.editor.dirty, timeout=5000)
    assert wang.record(intake.id).content["request"] == "unsaved"
    qtbot.keyClick(form, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locker.locked
    unlock(qtbot, window, PASSWORDS["wang"])


class KeyWatcher(QWidget):
    """A window that acts on keys itself (as a message box answers Escape and, on Windows, copies on Ctrl+C)."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[int] = []

    def keyPressEvent(self, event) -> None:  # noqa: N802
        self.keys.append(event.key())


def test_keys_typed_on_a_lock_panel_never_reach_the_window_under_it(qtbot, wang):
    window = main_window(qtbot, wang)
    other = KeyWatcher()
    qtbot.addWidget(other)
    other.show()
    qtbot.keyClick(other, Qt.Key.Key_Escape)
    assert other.keys == [Qt.Key.Key_Escape]  # the window does see keys when unlocked
    other.keys.clear()
    window.locker.lock()
    panel = window.locker.panel_of(other)
    for target in (panel.password, panel.unlock_button):
        qtbot.keyClick(target, Qt.Key.Key_Escape)
        qtbot.keyClick(target, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(target, Qt.Key.Key_Return)
    qtbot.keyClick(panel.unlock_button, Qt.Key.Key_X)
    assert other.keys == [] and window.locker.locked
    unlock(qtbot, window, PASSWORDS["wang"], where=other)
    other.close()


def test_zero_never_locks_but_lock_now_still_does(qtbot, team, wang):
    window = main_window(qtbot, wang, idle=0)
    clock = FakeClock()
    window.locker.clock = clock
    window.locker.set_idle(0)
    clock.advance(1200)  # twenty minutes and more with nobody at the keyboard
    qtbot.wait(50)  # a timer armed by mistake, even of 1 ms, would fire here
    assert not window.locker.locked and not window.locker._timer.isActive()
    window.lock_action.trigger()
    assert window.locker.locked
    unlock(qtbot, window, PASSWORDS["wang"])
    window.close()

    default = MainWindow(wang, ScriptedDialogs())
    qtbot.addWidget(default)
    assert default.locker.idle == 10 * 60_000  # the workspace's default
    with team.desk("head") as head:
        head.set_setting("security.auto_lock_minutes", 0)  # 0 is a value the agency may choose
    never = main_window(qtbot, wang, idle=None)
    assert never.locker.idle == 0 and not never.locker._timer.isActive()
    qtbot.wait(300)
    assert not never.locker.locked


def test_the_idle_time_is_set_in_settings_by_the_agency_head(qtbot, team, wang):
    head = team.desk("head")
    window = main_window(qtbot, head, idle=None)
    window.nav.setCurrentRow(PAGES.index("settings"))
    page = window.settings_page
    assert page.lock_minutes.isEnabled() and page.lock_minutes.value() == 10
    assert page.lock_label.text() == "无操作自动锁定（分钟）"
    page.lock_minutes.setValue(3)
    settle(window)
    assert head.setting("security.auto_lock_minutes") == 3 and window.locker.idle == 3 * 60_000
    page.lock_minutes.setValue(0)
    settle(window)
    assert head.setting("security.auto_lock_minutes") == 0 and window.locker.idle == 0
    assert page.lock_minutes.text() == "从不"
    assert window.lock_action.text() == "立即锁定" and window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.lock_action in window.file_menu.actions()
    window.close()
    head.close()

    worker = main_window(qtbot, wang, idle=None)
    assert not worker.settings_page.lock_minutes.isEnabled() and worker.locker.idle == 0
    assert "由机构负责人设置" in worker.settings_page.lock_hint.text()


def test_what_a_window_does_while_locked_stays_covered_and_counts_at_unlock(qtbot, wang, casework):
    client, case, intake = casework
    window = main_window(qtbot, wang)
    case_window, form = open_everything(qtbot, window, case, intake)
    assert form.save_button.isVisible() and not form.approve_button.isVisible()
    window.locker.lock()
    settle(window)

    # A save or a sync finishing while locked: the windows refresh themselves, title and buttons included.
    wang.update_client(client.id, name="张大明", reason="名字录错")
    case_window.refresh()
    form.save_button.setVisible(False)
    form.approve_button.setVisible(True)
    late = QMessageBox(QMessageBox.Icon.Warning, "张大明", f"张大明 {ID_NUMBER}", parent=form)
    late.open()  # an error message arriving while locked
    qtbot.addWidget(late)
    settle(window)
    assert not shows("张大明") and not shows(ID_NUMBER) and all(t == NEUTRAL for t in visible_titles())
    assert not form.approve_button.isVisible() and window.locker.panel_of(late) is not None

    unlock(qtbot, window, PASSWORDS["wang"], where=late)
    assert "张大明" in case_window.windowTitle()  # the title it asked for while locked
    assert not form.save_button.isVisible() and form.approve_button.isVisible() and form.submit_button.isVisible()
    assert late.isVisible() and shows(ID_NUMBER)
    late.close()


def test_english_lock_panel(qtbot, wang):
    window = main_window(qtbot, wang)
    window.set_language("en")
    window.locker.lock()
    panel = window.locker.panel_of(window)
    assert panel.heading.text() == "CaseDesk is locked" and panel.who.text() == "Signed in: 王社工"
    assert window.windowTitle() == "CaseDesk — locked"
    unlock(qtbot, window, "wrong-password")
    assert panel.message.text() == "The password is not right. Try again."
    unlock(qtbot, window, PASSWORDS["wang"])
    assert not window.locker.locked
    window.set_language("zh")

"""Locking every CaseDesk window when the laptop is left alone (or on request), and unlocking with the
signed-in person's password.

While locked, each window's own widgets are hidden, not destroyed (unsaved typing, cursors and scroll
positions stay as they were) and a lock panel covers the window; window titles, which may carry a
client's name or an archive number, read a neutral title. One application-wide event filter both
notices input (the idle time) and, while locked, swallows shortcuts and covers windows and widgets
that appear."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import AccessDenied
from desktop.ui.messages import user_message
from desktop.ui.ops import Ops
from desktop.ui.wait_note import Countdown, wait_seconds
from desktop.workspace import Desk

LOCK_SETTING = "security.auto_lock_minutes"

# Someone is at the keyboard: keys, the input method's committed text (Chinese), mouse, wheel, touch, pen.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.InputMethod,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)
# Transient windows that never hold a client's details and close by themselves.
UNLOCKED_KINDS = frozenset(
    {Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen, Qt.WindowType.Desktop}
)
# Set by Qt when code calls show()/hide()/setVisible(); cleared on what the lock hides, so that a window's own
# setVisible() while locked is seen (a hidden widget's setVisible(False) sends no event) and honoured at unlock.
EXPLICIT = Qt.WidgetAttribute.WA_WState_ExplicitShowHide

PANEL_STYLE = """
LockPanel { background: #e9edf2; }
QFrame#box { background: white; border: 1px solid #c5ccd6; border-radius: 8px; }
QLabel#heading { font-size: 18pt; font-weight: bold; }
QLabel#who { font-size: 12pt; }
QLineEdit, QPushButton { min-height: 28px; }
QLabel#note { color: #555; }
QLabel#message { color: #c92a2a; }
"""


def idle_ms(desk: Desk) -> int:
    """The workspace's idle time before locking, in milliseconds (0: never)."""
    return max(int(desk.setting(LOCK_SETTING)), 0) * 60_000


class LockPanel(QWidget):
    """Covers one window: who is signed in, the password, and what went wrong."""

    unlock_requested = Signal(str)

    def __init__(self, display_name: str, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.setStyleSheet(PANEL_STYLE)
        box = QFrame(self)
        box.setObjectName("box")
        box.setFixedWidth(480)  # a fixed width, so the wrapped note gets the height it needs
        self.heading = QLabel(self.tr("CaseDesk is locked"), box)
        self.heading.setObjectName("heading")
        self.who = QLabel(self.tr("Signed in: %1").replace("%1", display_name), box)
        self.who.setObjectName("who")
        self.note = QLabel(
            self.tr(
                "Locked to keep clients' details private. Your unsaved typing is kept: type your password to go on."
            ),
            box,
        )
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.password = QLineEdit(box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self._submit)
        self.unlock_button = QPushButton(self.tr("Unlock"), box)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.message = QLabel(box)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.unlock_button)
        column = QVBoxLayout(box)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(12)
        column.addWidget(self.heading)
        column.addWidget(self.who)
        column.addLayout(row)
        column.addWidget(self.message)
        column.addWidget(self.note)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(box)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    def _submit(self) -> None:
        if self.password.isEnabled():
            self.unlock_requested.emit(self.password.text())

    def checking(self, busy: bool) -> None:
        self.password.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if busy:
            self.say(self.tr("Checking…"), error=False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Kept here: the window under the panel must not act on them (a message box answers Escape or
        # Enter and copies its text on Ctrl+C).
        event.accept()

    def say(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet("" if error else "color: #555;")
        self.message.setText(text)
        self.message.setVisible(bool(text))


@dataclass
class _Covered:
    """One locked window and what to give back to it."""

    window: QWidget
    panel: LockPanel
    title: str
    focus: QWidget | None
    hidden: list[tuple[QWidget, bool, bool]] = field(default_factory=list)  # widget, explicit, retained size
    limits: tuple[QSize, QSize, QSize] | None = None  # minimum, maximum, size, when enlarged for the panel


class Locker(QObject):
    """Locks every top-level CaseDesk window after ``idle`` milliseconds without input (0: never) or when
    ``lock()`` is called; the password given on any lock panel unlocks them all.

    ``clock`` gives the seconds the idle time is measured on (``time.monotonic``); a test gives a clock of its
    own (here or, like ``Desk.clock``, by setting ``clock``, then ``set_idle``), moves it on and calls
    ``check_idle()``, what the timer calls, instead of waiting."""

    locked_changed = Signal(bool)

    def __init__(
        self,
        desk: Desk,
        ops: Ops,
        lang: str,
        idle: int,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.desk, self.ops, self.lang = desk, ops, lang
        self.checks = Ops(self)  # a password check takes a moment (argon2): never behind a long export
        self.wait = Countdown(self._say_wait, lambda: self.lang, self)  # after wrong passwords (A015)
        self.wait.over.connect(lambda: self._say_wait(""))
        self._covered: dict[QWidget, _Covered] = {}
        self._active: QWidget | None = None
        self._checking = False
        self._idle = 0
        self.clock = clock
        self._last_input = self.clock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check_idle)
        self._app = QApplication.instance()
        self._app.installEventFilter(self)
        self.set_idle(idle)

    # -- the idle time ---------------------------------------------------------------------------------
    @property
    def idle(self) -> int:
        return self._idle

    def set_idle(self, msecs: int) -> None:
        self._idle = max(int(msecs), 0)
        self._last_input = self.clock()
        self._arm(self._idle)

    def _arm(self, msecs: int) -> None:
        if self._idle and not self.locked:
            self._timer.start(max(msecs, 1))
        else:
            self._timer.stop()

    def check_idle(self) -> None:
        """Input only notes the time (cheap on every mouse move); the timer re-arms for what is left."""
        left = self._idle - int((self.clock() - self._last_input) * 1000)
        if left > 0:
            self._arm(left)
        else:
            self.lock(reason="idle")

    def stop(self) -> None:
        """The main window is closing: no more locking, and the filter leaves the application."""
        self._timer.stop()
        self._idle = 0
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    # -- locking ---------------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return bool(self._covered)

    def neutral_title(self) -> str:
        return self.tr("CaseDesk — locked")

    def lock(self, reason: str = "by hand") -> None:
        if self.locked or self._app is None:
            return
        windows = [w for w in QApplication.topLevelWidgets() if self._lockable(w) and w.isVisible()]
        if not windows:
            return
        self._timer.stop()
        while (popup := QApplication.activePopupWidget()) is not None:  # an open menu or list
            popup.close()
            if QApplication.activePopupWidget() is popup:
                break
        self._active = QApplication.activeWindow()
        for window in windows:
            autosave = getattr(window, "autosave_now", None)
            if callable(autosave):
                autosave()  # typing kept as a draft too, as closing keeps it
        for window in windows:
            self._cover(window)
        active = self._covered.get(self._active) if self._active is not None else None
        if active is not None:
            active.panel.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ops.run(lambda: self.desk.audit("lock", reason=reason))
        self.locked_changed.emit(True)

    @staticmethod
    def _lockable(widget: QWidget) -> bool:
        return widget.isWindow() and widget.windowType() not in UNLOCKED_KINDS and not isinstance(widget, LockPanel)

    def _cover(self, window: QWidget) -> None:
        panel = LockPanel(self.desk.account.display_name, window)
        panel.unlock_requested.connect(partial(self.unlock_with, panel))
        state = _Covered(window, panel, window.windowTitle(), window.focusWidget())
        self._covered[window] = state
        for child in window.children():
            if isinstance(child, QWidget) and child is not panel and not child.isWindow() and not child.isHidden():
                self._hide(state, child)
        need = panel.minimumSizeHint().expandedTo(QSize(380, 260))
        if window.width() < need.width() or window.height() < need.height():  # a small message box
            state.limits = (window.minimumSize(), window.maximumSize(), window.size())
            window.setMinimumSize(0, 0)
            window.setMaximumSize(16777215, 16777215)
            window.resize(window.size().expandedTo(need))
        panel.setGeometry(window.rect())
        panel.show()
        panel.raise_()
        window.setWindowTitle(self.neutral_title())
        panel.password.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _hide(state: _Covered, child: QWidget) -> None:
        policy = child.sizePolicy()
        retained = policy.retainSizeWhenHidden()
        policy.setRetainSizeWhenHidden(True)  # the layout keeps its place: nothing moves at unlock
        child.setSizePolicy(policy)
        explicit = child.testAttribute(EXPLICIT)
        child.hide()
        child.setAttribute(EXPLICIT, False)
        state.hidden.append((child, explicit, retained))

    # -- while locked ----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if not self._covered:
            if kind in INPUT_EVENTS:
                self._last_input = self.clock()
            return False
        if kind == QEvent.Type.Shortcut:
            return True  # no menu action or shortcut acts on hidden widgets
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and not isinstance(watched, LockPanel):
            if watched.isWindow():
                if watched not in self._covered and self._lockable(watched):
                    self._cover(watched)
            elif (state := self._covered.get(watched.parentWidget())) is not None:
                state.panel.raise_()
                QTimer.singleShot(0, self, partial(self._hide_again, watched))  # not inside its own show
        elif kind == QEvent.Type.WindowTitleChange and (state := self._covered.get(watched)) is not None:
            title = state.window.windowTitle()
            if title != self.neutral_title():
                state.title = title  # given back at unlock
                state.window.setWindowTitle(self.neutral_title())
        elif kind == QEvent.Type.Resize and (state := self._covered.get(watched)) is not None:
            state.panel.setGeometry(state.window.rect())
        elif kind == QEvent.Type.LayoutRequest and (state := self._covered.get(watched)) is not None:
            return state.limits is not None  # a message box would shrink back to its text's size
        elif kind == QEvent.Type.Close and watched in self._covered:
            event.ignore()  # closing a dialog answers it; closing the main window signs out: after unlocking
            return True
        return False

    def _hide_again(self, child: QWidget) -> None:
        """A window showed a widget of its own while locked: hidden until unlock, then shown as it asked."""
        if not shiboken6.isValid(child) or child.isHidden():
            return
        state = self._covered.get(child.parentWidget())
        if state is None:
            return
        kept = next((entry for entry in state.hidden if entry[0] is child), None)
        if kept is not None:
            state.hidden.remove(kept)
            self._hide(state, child)
            state.hidden[-1] = (child, kept[1], kept[2])  # what it was before the lock
        else:
            self._hide(state, child)

    # -- unlocking -------------------------------------------------------------------------------------
    def unlock_with(self, panel: LockPanel, password: str) -> None:
        """Checked off the UI thread; a wrong password leaves everything locked and says so on ``panel``."""
        if not self.locked or self._checking or self.wait.running:
            return
        if not password:
            panel.say(self.tr("Type your password to unlock."))
            return
        self._checking = True
        for live in self._live_panels():
            live.checking(True)

        def wrong(exc: Exception) -> None:
            self._checking = False
            for live in self._live_panels():
                live.checking(False)
                live.say("")
            if isinstance(exc, AccessDenied) and exc.code == "A001":
                text = self.tr("The password is not right. Try again.")
            else:
                text = user_message(exc, self.lang)
            if shiboken6.isValid(panel):
                panel.password.clear()
                panel.say(text)
                panel.password.setFocus(Qt.FocusReason.OtherFocusReason)
            if seconds := wait_seconds(exc):
                self.wait.start(seconds)

        def right(_: object) -> None:
            self._checking = False
            self.unlock()

        self.checks.run(lambda: self.desk.verify_password(password), on_done=right, on_error=wrong)

    def _say_wait(self, text: str) -> None:
        """The wait left after wrong passwords, on every lock panel; their buttons off until it is over."""
        for state in self._covered.values():
            if shiboken6.isValid(state.panel):
                state.panel.say(text)
                state.panel.unlock_button.setEnabled(not text)

    def unlock(self) -> None:
        """Everything as it was: widgets shown again (unless their window hid them meanwhile), titles,
        sizes and focus back; the person's unlocking is logged."""
        if not self.locked:
            return
        self.wait.stop()
        covered, self._covered = self._covered, {}
        for state in covered.values():
            self._uncover(state)
        active = self._active
        self._active = None
        if active is not None and shiboken6.isValid(active) and active.isVisible():
            active.raise_()
            active.activateWindow()
        self.ops.run(lambda: self.desk.audit("unlock"))
        self._last_input = self.clock()
        self._arm(self._idle)
        self.locked_changed.emit(False)

    @staticmethod
    def _uncover(state: _Covered) -> None:
        window = state.window
        if not shiboken6.isValid(window):
            return
        for child, explicit, retained in state.hidden:
            if not shiboken6.isValid(child):
                continue
            if not child.testAttribute(EXPLICIT):  # untouched while locked
                child.show()
                child.setAttribute(EXPLICIT, explicit)
            policy = child.sizePolicy()
            policy.setRetainSizeWhenHidden(retained)
            child.setSizePolicy(policy)
        if shiboken6.isValid(state.panel):
            state.panel.hide()
            state.panel.deleteLater()
        if state.limits is not None:
            minimum, maximum, size = state.limits
            window.setMinimumSize(minimum)
            window.setMaximumSize(maximum)
            window.resize(size)
        window.setWindowTitle(state.title)
        focus = state.focus
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)  # not Tab: a line edit keeps its cursor

    def _live_panels(self) -> list[LockPanel]:
        """The panels still on screen: a window closed (and deleted) while locked takes its panel with it."""
        return [state.panel for state in self._covered.values() if shiboken6.isValid(state.panel)]

    # -- tests and screenshots -------------------------------------------------------------------------
    def panels(self) -> list[LockPanel]:
        return [state.panel for state in self._covered.values()]

    def panel_of(self, window: QWidget) -> LockPanel | None:
        state = self._covered.get(window)
        return state.panel if state is not None else None

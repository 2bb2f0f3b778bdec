"""The wait the domain asks for after wrong passwords (A015), counted down on screen in the person's words.

The domain refuses an attempt made before the wait is over (``desktop.workspace.attempts``); the window
only says how long is left and keeps its button off meanwhile, so nothing waits on a thread and nothing
freezes."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.errors import CaseDeskError, format_message


def wait_seconds(exc: Exception) -> int:
    """The seconds an A015 refusal asks the person to wait (0 for any other error)."""
    if isinstance(exc, CaseDeskError) and exc.code == "A015":
        return max(int(exc.params.get("seconds", 1)), 1)
    return 0


class Countdown(QObject):
    """Shows the A015 message with the seconds left through ``show`` (a few times a second, so no second is
    skipped), in the language ``lang()`` names; when the wait is over, ``show("")`` and ``over``. ``clock`` is
    replaceable (tests)."""

    over = Signal()

    def __init__(self, show: Callable[[str], None], lang: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show, self.lang = show, lang
        self.clock: Callable[[], float] = time.monotonic
        self._until = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def left(self) -> int:
        return max(0, math.ceil(self._until - self.clock()))

    def start(self, seconds: int) -> None:
        self._until = self.clock() + seconds
        self._timer.start()
        self.tick()

    def stop(self) -> None:
        self._timer.stop()

    def tick(self) -> None:
        left = self.left()
        if left <= 0:
            self._timer.stop()
            self.show("")
            self.over.emit()
            return
        self.show(f"{format_message('A015', self.lang(), seconds=left)}  [A015]")

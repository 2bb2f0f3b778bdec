"""One way to do work (Anki's habit): every write and every long read runs through ``Ops.run`` off
the UI thread, with a busy indicator, and then announces what changed so screens refresh themselves."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from enum import Flag, auto
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.errors import CaseDeskError


class Changes(Flag):
    NONE = 0
    RECORDS = auto()
    CLIENTS = auto()
    CASES = auto()
    GROUPS = auto()
    ACCOUNTS = auto()
    SETTINGS = auto()
    DRAFTS = auto()
    ALL = RECORDS | CLIENTS | CASES | GROUPS | ACCOUNTS | SETTINGS | DRAFTS


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the UI thread, shown in the user's words
            if not isinstance(exc, CaseDeskError):
                traceback.print_exc()
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Ops(QObject):
    """Runs operations in a thread pool; ``busy`` drives the progress indicator, ``changed`` the
    screens, ``failed`` the error message."""

    busy = Signal(bool, str)
    changed = Signal(object)  # Changes
    failed = Signal(object)  # the exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one writer at a time: SQLite serialises writes anyway
        self._running = 0
        self._jobs: set[_Job] = set()

    def run(
        self,
        fn: Callable[[], Any],
        *,
        label: str = "",
        changes: Changes = Changes.NONE,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        job = _Job(fn)
        job.setAutoDelete(False)
        self._jobs.add(job)
        self._running += 1
        self.busy.emit(True, label)

        def finish() -> None:
            self._jobs.discard(job)
            self._running -= 1
            if not self._running:
                self.busy.emit(False, "")

        def done(result: Any) -> None:
            finish()
            if on_done:
                on_done(result)
            if changes:
                self.changed.emit(changes)

        def failed(exc: Exception) -> None:
            finish()
            (on_error or self.failed.emit)(exc)

        job.signals.done.connect(done)
        job.signals.failed.connect(failed)
        self.pool.start(job)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every operation finished (tests, and closing the window)."""
        return self.pool.waitForDone(msecs)

    @property
    def running(self) -> int:
        return self._running

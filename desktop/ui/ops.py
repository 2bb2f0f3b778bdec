"""One way to do work (Anki's habit): every Desk call from the window, reads included, runs through
``Ops.run`` off the UI thread, with a busy indicator, and then announces what changed (``Changes``). Each
page and window says which kinds of change it shows (``depends``): the one in view reads again, the others
are marked stale and read again when shown. In the UI tests the Desk refuses a session on the window's
thread (``Desk.forbid_thread``), so a read slipped back onto it fails a test."""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from enum import Flag, auto
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

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
    AUDIT = auto()  # only the audit log was written (a file opened, a report printed)
    ALL = RECORDS | CLIENTS | CASES | GROUPS | ACCOUNTS | SETTINGS | DRAFTS | AUDIT


class Ops(QObject):
    """Runs operations on a worker thread; ``busy`` drives the progress indicator, ``changed`` the
    screens, ``failed`` the error message. Results come back to the UI thread through a queued
    signal, so callbacks always run where widgets live."""

    busy = Signal(bool, str)
    changed = Signal(object)  # Changes
    failed = Signal(object)  # the exception
    _finished = Signal(object, object, object)  # job id, result, exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # One worker: SQLite serialises writes anyway, and operations finish in the order asked.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="casedesk-op")
        self._pending: dict[int, tuple[Any, Any, Changes]] = {}
        self._futures: set[Future] = set()
        self._next = 0
        self._finished.connect(self._deliver)

    def run(
        self,
        fn: Callable[[], Any],
        *,
        label: str = "",
        changes: Changes = Changes.NONE,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        self._next += 1
        job = self._next
        self._pending[job] = (on_done, on_error, changes)
        self.busy.emit(True, label)

        def work() -> None:
            try:
                result = fn()
            except Exception as exc:  # delivered to the UI thread, shown in the user's words
                if not isinstance(exc, CaseDeskError):
                    traceback.print_exc()
                self._finished.emit(job, None, exc)
            else:
                self._finished.emit(job, result, None)

        future = self._executor.submit(work)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)

    def _deliver(self, job: int, result: Any, exc: Exception | None) -> None:
        on_done, on_error, changes = self._pending.pop(job)
        if not self._pending:
            self.busy.emit(False, "")
        if exc is not None:
            (on_error or self.failed.emit)(exc)
            return
        if on_done:
            on_done(result)
        if changes:
            self.changed.emit(changes)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every operation finished and its result was delivered (tests; closing)."""
        deadline = time.monotonic() + msecs / 1000
        while self._pending and time.monotonic() < deadline:
            futures_wait(list(self._futures), timeout=0.05)
            QCoreApplication.processEvents()
        return not self._pending

    @property
    def running(self) -> int:
        return len(self._pending)

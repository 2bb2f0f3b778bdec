"""An unexpected error never shows a stack trace to the person working: it is written, whole, to a log in the
workspace's folder (``logs/errors.log``, kept to a few hundred kilobytes) and the person is told in their words
what happened, that their saved work is safe, and which file to send to their supervisor.

The log is private: its folder 0700, each file created 0600 (rotated ones too), and a database error is written
without the values bound to its statement (a client's name, phone, ID number): the engines hide them
(``hide_parameters``) and the log hides them again for an error that comes from elsewhere."""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading
import traceback
from collections.abc import Callable
from logging import Formatter, getLogger
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal

from desktop import __version__

LOG_NAME = "casedesk.errors"
PRIVATE_FILE, PRIVATE_FOLDER = 0o600, 0o700


class PrivateLogFile(RotatingFileHandler):
    """A rotating log whose every file is made readable by the person's system account alone."""

    def _open(self):
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, PRIVATE_FILE)  # a log an earlier CaseDesk left world-readable
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)


def without_bound_values(error: BaseException | None) -> None:
    """A database error (SQLAlchemy's ``StatementError``) anywhere in the chain prints without its parameters."""
    seen: set[int] = set()
    todo = [error]
    while todo:
        error = todo.pop()
        if error is None or id(error) in seen:
            continue
        seen.add(id(error))
        if hasattr(error, "hide_parameters") and hasattr(error, "params"):
            error.hide_parameters = True
        todo += [error.__cause__, error.__context__]


class CrashLog(QObject):
    """Installed once per run: ``sys.excepthook`` and ``threading.excepthook`` come here."""

    happened = Signal(str)  # the log file, delivered on the UI thread

    def __init__(self, folder: Path, tell: Callable[[str, str], None]) -> None:
        super().__init__()
        self.path = folder / "logs" / "errors.log"
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        if hasattr(os, "getuid"):
            os.chmod(self.path.parent, PRIVATE_FOLDER)  # a folder an earlier CaseDesk made open to others
        self.logger = getLogger(LOG_NAME)
        self.logger.propagate = False
        for earlier in list(self.logger.handlers):  # one log per run: this workspace's
            self.logger.removeHandler(earlier)
            earlier.close()
        handler = PrivateLogFile(self.path, maxBytes=256_000, backupCount=2, encoding="utf-8")
        handler.setFormatter(Formatter("%(message)s"))
        self.logger.addHandler(handler)
        self.tell = tell
        self.happened.connect(self._tell, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.record
        threading.excepthook = lambda args: self.record(args.exc_type, args.exc_value, args.exc_traceback)

    def record(self, kind: type[BaseException], error: BaseException | None, tb: TracebackType | None) -> None:
        if kind is KeyboardInterrupt:
            return
        when = dt.datetime.now().isoformat(sep=" ", timespec="seconds")
        without_bound_values(error)
        text = "".join(traceback.format_exception(kind, error, tb))
        self.logger.error("=== %s · CaseDesk %s · Python %s\n%s", when, __version__, sys.version.split()[0], text)
        self.happened.emit(str(self.path))

    def _tell(self, path: str) -> None:
        title = self.tr("Something went wrong")
        body = self.tr(
            "CaseDesk ran into an unexpected problem and stopped what it was doing. Everything you saved before "
            "is safe. The details are in %1: please send that file to your supervisor."
        ).replace("%1", path)
        self.tell(title, body)

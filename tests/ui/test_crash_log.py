"""An unexpected error (here, one raised in a worker thread and one on the UI thread) is written whole to the
workspace's error log, and the person sees a message in their words naming the file, never the stack trace."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication

from desktop.ui.crash_log import CrashLog


def test_an_unexpected_error_is_logged_and_told_plainly(qapp, tmp_path):
    told = []
    log = CrashLog(tmp_path, lambda title, text: told.append((title, text)))
    try:
        raise ValueError("数据对不上 — the cause")
    except ValueError as exc:
        log.record(type(exc), exc, exc.__traceback__)

    def worker() -> None:
        raise RuntimeError("in a worker thread")

    hook, threading.excepthook = threading.excepthook, lambda a: log.record(a.exc_type, a.exc_value, a.exc_traceback)
    try:
        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
    finally:
        threading.excepthook = hook
    for _ in range(5):
        QApplication.processEvents()
    written = (tmp_path / "logs" / "errors.log").read_text(encoding="utf-8")
    assert "ValueError: 数据对不上 — the cause" in written and "Traceback (most recent call last)" in written
    assert "RuntimeError: in a worker thread" in written and "CaseDesk" in written
    assert len(told) == 2
    title, text = told[0]
    assert title == "出错了" and str(tmp_path / "logs" / "errors.log") in text and "督导" in text
    assert "Traceback" not in text and "ValueError" not in text

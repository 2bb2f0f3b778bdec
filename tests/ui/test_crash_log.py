"""An unexpected error (here, one raised in a worker thread and one on the UI thread) is written whole to the
workspace's error log, and the person sees a message in their words naming the file, never the stack trace."""

from __future__ import annotations

import threading

import pytest
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


def test_the_log_is_private_and_holds_no_bound_values(qapp, tmp_path):
    """A database error's bound values (a client's name, phone, ID number) never reach the log, which only the
    person's system account can read: folder 0700, every file 0600, one an earlier CaseDesk left included."""
    import os

    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    from desktop.models.engine import make_engine, plain_connect

    (tmp_path / "logs").mkdir(mode=0o755)
    (tmp_path / "logs" / "errors.log").write_text("earlier\n", encoding="utf-8")
    os.chmod(tmp_path / "logs" / "errors.log", 0o644)
    log = CrashLog(tmp_path, lambda title, text: None)
    row = {"n": "张三", "i": "110105194912310021"}  # a traceback shows the lines it passes, not this one
    engine = make_engine(plain_connect(tmp_path / "t.db"))
    with engine.begin() as c:
        c.execute(text("CREATE TABLE client (id INTEGER PRIMARY KEY, name TEXT, id_number TEXT UNIQUE)"))
        c.execute(text("INSERT INTO client (name, id_number) VALUES (:n, :i)"), row)
    with pytest.raises(IntegrityError) as caught, engine.begin() as c:
        c.execute(text("INSERT INTO client (name, id_number) VALUES (:n, :i)"), row)  # the same ID number again
    log.record(caught.type, caught.value, caught.value.__traceback__)
    # An error raised by an engine made without hide_parameters is hidden by the log itself.
    leaky = IntegrityError("INSERT INTO client VALUES (?)", ("13800138000",), Exception("UNIQUE"))
    log.record(IntegrityError, leaky, None)
    for handler in log.logger.handlers:
        handler.doRollover()  # a rotated file is made private too
    log.record(ValueError, ValueError("after rotation"), None)
    written = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "logs").iterdir())
    assert "IntegrityError" in written and "UNIQUE constraint failed" in written and "after rotation" in written
    assert "张三" not in written and "110105194912310021" not in written and "13800138000" not in written
    assert oct((tmp_path / "logs").stat().st_mode & 0o777) == "0o700"
    assert sorted(p.name for p in (tmp_path / "logs").iterdir()) == ["errors.log", "errors.log.1"]
    assert {oct(p.stat().st_mode & 0o777) for p in (tmp_path / "logs").iterdir()} == {"0o600"}
    engine.dispose()

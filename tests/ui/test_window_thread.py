"""The window off the database thread: the Desk refuses a session on the window's thread (on in every UI
test), and each page reads again only what a change touched, the page in view at once and the others when
they are shown."""

from __future__ import annotations

import threading

import pytest

from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.main_window import PAGES, MainWindow
from desktop.ui.ops import Changes
from desktop.ui.pages import rows


def test_a_desk_call_from_window_code_on_the_ui_thread_fails(qtbot, team):
    wang = team.desk("wang")
    window = MainWindow(wang, ScriptedDialogs())  # the UI tests' conftest forbids the thread here
    qtbot.addWidget(window)
    window.ops.wait()
    with pytest.raises(RuntimeError, match="the database was asked on the window's thread"):
        rows.task_rows(wang, "zh", window._words())  # window code, run where widgets live
    found: list[object] = []
    worker = threading.Thread(target=lambda: found.append(rows.task_rows(wang, "zh", window._words())))
    worker.start()
    worker.join()
    assert found == [[]]  # the same read on another thread is let through
    wang.forbid_thread(None)
    assert rows.task_rows(wang, "zh", window._words()) == []  # and None lifts the guard
    window.close()


def test_the_page_in_view_reads_what_changed_and_the_others_when_shown(qtbot, team):
    window = MainWindow(team.desk("wang"), ScriptedDialogs())
    qtbot.addWidget(window)
    window.ops.wait()
    loads: list[str] = []
    for name, page in window.pages.items():
        original = page.load
        page.load = lambda name=name, original=original: (loads.append(name), original())
    assert window.stack.currentWidget() is window.pages["home"]
    assert window.stale == set(PAGES) - {"home"}  # only the page in view was read on opening
    window.nav.setCurrentRow(PAGES.index("groups"))
    window.nav.setCurrentRow(PAGES.index("home"))
    window.ops.wait()
    assert loads == ["groups"] and "groups" not in window.stale
    loads.clear()

    window.ops.changed.emit(Changes.CLIENTS)
    window.ops.wait()
    assert loads == ["home"]  # the page in view, at once
    assert {"clients", "cases", "archive", "audit", "sync"} <= window.stale and "groups" not in window.stale
    loads.clear()
    window.ops.changed.emit(Changes.SETTINGS)
    assert loads == []  # my tasks do not show settings
    assert {"settings", "indicators", "retention"} <= window.stale

    window.nav.setCurrentRow(PAGES.index("cases"))
    window.ops.wait()
    assert loads == ["cases"] and "cases" not in window.stale  # stale: read when shown
    window.nav.setCurrentRow(PAGES.index("groups"))
    window.nav.setCurrentRow(PAGES.index("cases"))
    window.ops.wait()
    assert loads == ["cases"]  # nothing changed since: shown as it was read
    window.close()

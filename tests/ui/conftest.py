"""Qt fixtures: fonts loaded once, Chinese by default, a registry with a test form of every type, and the
sync tests' agency (a hub and two enrolled laptops)."""

from __future__ import annotations

import sys
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml

import desktop.ui
from desktop.forms.loader import build_form
from desktop.forms.registry import Registry, default_registry
from desktop.ui.fonts import apply_fonts
from desktop.ui.i18n import install_language
from desktop.workspace import Desk
from desktop.workspace.core import Core
from tests.sync.conftest import _agency_template, agency  # noqa: F401 - a hub and two laptops, for the sync screens

ALL_TYPES_FORM = Path(__file__).with_name("all_types.yaml")


@pytest.fixture(scope="session", autouse=True)
def _fonts(qapp):
    apply_fonts(qapp)
    install_language("zh")
    yield
    install_language("zh")


@pytest.fixture(scope="session")
def registry() -> Registry:
    base = default_registry()
    extra = build_form(yaml.safe_load(ALL_TYPES_FORM.read_text(encoding="utf-8")), base.option_lists)
    return Registry([*base, extra], dict(base.option_lists))


# -- the window off the database thread -----------------------------------------------------------------
# A Desk handed to a window refuses sessions on the main (UI) thread: the window's work must go through
# the operation helper. The test's own calls (setting up, jumping ahead, asserting) are the test's, not the
# window's: a session asked from a test file before any window code on the way is let through.
_UI_CODE = str(Path(desktop.ui.__file__).parent)
_TESTS = str(Path(__file__).parents[1])


def _asked_by_the_test() -> bool:
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(_UI_CODE):
            return False
        if name.startswith(_TESTS) and name != __file__:
            return True
        frame = frame.f_back
    return False


@contextmanager
def _lifted(core: Core, original: Any) -> Iterator[Any]:
    """The test's own session: the guard lifted while it opens (through the public method only)."""
    core.forbid_thread(None)
    try:
        manager = original(core)
        session = manager.__enter__()
    finally:
        core.forbid_thread(threading.main_thread())
    try:
        yield session
    except BaseException:
        if not manager.__exit__(*sys.exc_info()):
            raise
    else:
        manager.__exit__(None, None, None)


@pytest.fixture(autouse=True)
def _window_off_the_database_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui.editor.record_window import RecordWindow
    from desktop.ui.main_window import MainWindow

    # Every service asks the Core for its unit of work: the guard and its lifting live there.
    original_session = Core.session
    guarded: weakref.WeakSet[Core] = weakref.WeakSet()  # the cores of desks handed to a window

    def session(core: Core) -> Any:
        if core in guarded and threading.current_thread() is threading.main_thread() and _asked_by_the_test():
            return _lifted(core, original_session)
        return original_session(core)

    monkeypatch.setattr(Core, "session", session)
    for window_class in (MainWindow, RecordWindow):
        original_init = window_class.__init__

        def init(self: Any, desk: Desk, *args: Any, _original: Any = original_init, **kwargs: Any) -> None:
            desk.forbid_thread(threading.main_thread())
            guarded.add(desk.core)
            _original(self, desk, *args, **kwargs)

        monkeypatch.setattr(window_class, "__init__", init)

"""What every page of the main window does the same way: it reads what it shows on the worker (``_fetch``)
and shows it on the UI thread (``_loaded``). The main window calls ``load`` when the page is in view and
something it ``depends`` on changed, or when the page comes into view after going stale."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.ui.dialogs import Dialogs
from desktop.ui.messages import ShowsFailures
from desktop.ui.ops import Changes, Ops
from desktop.workspace import Desk


class Page(ShowsFailures, QWidget):
    depends: Changes = Changes.ALL  # the kinds of change that make what the page shows out of date

    def __init__(self, desk: Desk, ops: Ops, dialogs: Dialogs, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.ops, self.dialogs, self.lang = desk, ops, dialogs, lang

    def load(self) -> None:
        self.ops.run(self._fetcher(), on_done=self._loaded, on_error=self._failed)

    def _fetcher(self) -> Callable[[], Any]:
        """What runs on the worker: ``_fetch``, or a closure over what the page holds now (a date, words)."""
        return self._fetch

    def _fetch(self) -> Any:
        raise NotImplementedError

    def _loaded(self, data: Any) -> None:
        raise NotImplementedError

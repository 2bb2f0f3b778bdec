"""An error in the person's words: kept apart from the windows so that the sign-in window needs nothing
heavier to show one."""

from __future__ import annotations

from typing import Any

from desktop.errors import CaseDeskError


def user_message(exc: Exception, lang: str) -> str:
    """Our coded messages as they are, anything else without a trace."""
    if isinstance(exc, CaseDeskError):
        return f"{exc.message(lang)}  [{exc.code}]"
    return ("操作未能完成：" if lang == "zh" else "The operation could not be completed: ") + str(exc)


def show_failure(dialogs: Any, exc: Exception, lang: str) -> None:
    """The one way a window says an operation was not done: a title and the error in the person's words."""
    dialogs.error("未能完成" if lang == "zh" else "Not done", user_message(exc, lang))


class ShowsFailures:
    """Mixed into a page or window that holds ``dialogs`` and ``lang``: ``_failed`` is the ``on_error`` of its
    operations, and says it with ``show_failure``. A screen that must also undo something (a progress bar,
    a button held) overrides it and then calls ``super()._failed``."""

    dialogs: Any
    lang: str

    def _failed(self, exc: Exception) -> None:
        show_failure(self.dialogs, exc, self.lang)

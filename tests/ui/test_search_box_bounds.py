"""The window's search boxes stop at the length the domain searches (text_limits.SEARCH_MAX): a pasted page
becomes the longest search allowed instead of an error at each keystroke."""

from __future__ import annotations

from desktop.ui.find_dialog import FindDialog
from desktop.workflow.text_limits import SEARCH_MAX


def test_the_find_dialog_takes_the_longest_search_and_no_more(qtbot) -> None:
    asked: list[str] = []
    dialog = FindDialog(None, "找", "谁？", lambda text: asked.append(text) or [])
    qtbot.addWidget(dialog)
    dialog.query.setText("张" * SEARCH_MAX)
    assert dialog.query.text() == "张" * SEARCH_MAX  # just inside
    dialog.query.setText("李" * (SEARCH_MAX + 1000))
    assert dialog.query.text() == "李" * SEARCH_MAX  # cut, never refused
    dialog.ops.wait()  # the searches run off the UI thread
    assert all(len(text) <= SEARCH_MAX for text in asked)

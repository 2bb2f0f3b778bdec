"""The long lists a page at a time, what an empty screen says, finding a client by typing, starting a group
from the Groups page, and every screen walked with the Tab key."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.find_dialog import FindDialog
from desktop.ui.main_window import PAGES, MainWindow
from desktop.ui.ops import Ops
from desktop.ui.pages.new_group import NewGroupDialog
from desktop.ui.pages.tables import ListPage

NAMES = [f"对象{i:03d}" for i in range(450)]


def fake_fetch(asked: list[tuple[str, int, int]]):
    def fetch(query: str, offset: int, limit: int) -> list[dict]:
        asked.append((query, offset, limit))
        found = [n for n in NAMES if query in n]
        return [{"id": n, "name": n} for n in found[offset : offset + limit]]

    return fetch


def test_a_list_reads_a_page_and_more_as_it_scrolls(qtbot) -> None:
    asked: list[tuple[str, int, int]] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    page = ListPage(Ops(parent), fake_fetch(asked), ("name",), parent, searchable=True)
    page.load()
    page.ops.wait()
    assert len(page.row_texts()) == 200 and asked == [("", 0, 200)]
    page.table.scrollToBottom()  # the view asks the model for more at the end of the list
    page.model.fetchMore(QModelIndex())
    page.ops.wait()
    page.model.fetchMore(QModelIndex())
    page.ops.wait()
    assert [r[0] for r in page.row_texts()] == NAMES and not page.model.canFetchMore(QModelIndex())
    assert asked[1:] == [("", 200, 200), ("", 400, 200)]
    page.select_row(430)
    assert page.selected_id() == NAMES[430]


def test_typing_fast_shows_only_the_last_search_and_an_empty_result_says_so(qtbot) -> None:
    asked: list[tuple[str, int, int]] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    page = ListPage(Ops(parent), fake_fetch(asked), ("name",), parent, searchable=True)
    page.empty_text, page.no_match_text = "还没有服务对象。", "没有与“%1”相符的结果。"
    parent.show()
    for text in ("对", "对象", "对象04"):  # three keystrokes before any answer arrives
        page.search.setText(text)
    page.ops.wait()
    assert [r[0] for r in page.row_texts()] == [f"对象04{i}" for i in range(10)]
    page.search.setText("没有这个人")
    page.ops.wait()
    assert page.empty.isVisible() and not page.table.isVisible()
    assert page.empty.text() == "没有与“没有这个人”相符的结果。"
    page.fetch = lambda q, o, n: []
    page.search.setText("")
    page.ops.wait()
    assert page.empty.text() == "还没有服务对象。"


def test_every_list_page_of_a_new_workspace_says_what_to_do_next(qtbot, team) -> None:
    window = MainWindow(team.desk("wang"), ScriptedDialogs())
    qtbot.addWidget(window)
    window.show()
    for name in ("home", "clients", "cases", "groups", "records", "archive"):
        window.nav.setCurrentRow(PAGES.index(name))
        window.ops.wait()
        page = window.pages[name]
        assert page.empty.isVisible() and len(page.empty.text()) > 20, name
    clients = window.pages["clients"]
    assert "新增" in clients.empty.text()  # names the button that adds the first client
    window.close()


def test_a_client_is_found_by_typing_in_the_find_dialog(qtbot, team) -> None:
    wang = team.desk("wang")
    for name in ("张三", "张小明", "李小红"):
        wang.create_client(name)

    def search(text: str) -> list[tuple[str, object]]:
        return [(c.name, c.id) for c in wang.clients(text, limit=50)]

    dialog = FindDialog(None, "新建服务记录", "为哪位服务对象？", search)
    qtbot.addWidget(dialog)
    dialog.ops.wait()  # the search runs off the UI thread
    assert dialog.matches.count() == 3
    qtbot.keyClicks(dialog.query, "zx")  # pinyin initials of 张小明
    dialog.ops.wait()
    assert [dialog.matches.item(i).text() for i in range(dialog.matches.count())] == ["张小明"]
    dialog.query.setText("张")
    dialog.ops.wait()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)  # the arrows move in the list while typing
    assert dialog.matches.currentRow() == 1
    chosen = dialog.matches.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.chosen() == chosen
    dialog.query.setText("没有")
    dialog.ops.wait()
    assert dialog.matches.count() == 0 and not dialog.buttons.buttons()[0].isEnabled()


def test_a_group_is_started_from_the_groups_page_and_its_plan_opens(qtbot, team) -> None:
    wang = team.desk("wang")
    dialogs = ScriptedDialogs()
    window = MainWindow(wang, dialogs)
    qtbot.addWidget(window)

    def fill(dialog: NewGroupDialog) -> bool:
        ok = dialog.buttons.buttons()[0]
        assert not ok.isEnabled()  # a name first
        dialog.name.setText("亲子沟通小组")
        dialog.kind.setCurrentIndex(dialog.kind.findData("support"))
        dialog.domain.setCurrentIndex(dialog.domain.findData("family"))
        return ok.isEnabled()

    dialogs.dialog_script = fill
    qtbot.mouseClick(window.group_start, Qt.MouseButton.LeftButton)
    window.ops.wait()
    [group] = wang.groups()
    assert (group.name, group.kind, group.domain, group.project_id) == ("亲子沟通小组", "support", "family",
                                                                       team.project_id)  # fmt: skip
    [plan] = wang.records(group_id=group.id)
    assert plan.form_id == "group_plan" and plan.id in window.record_windows  # opened to fill in
    window.nav.setCurrentRow(PAGES.index("groups"))  # out of view when it changed: read again when shown
    window.ops.wait()
    assert [r[1] for r in window.pages["groups"].row_texts()] == ["亲子沟通小组"]
    window.close()


def reachable(window: MainWindow, page: QWidget) -> list[QWidget]:
    """What a person can reach on the page: shown, enabled and taking focus by Tab."""
    return [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None and (not isinstance(w, QAbstractButton) or w.text())
    ]  # fmt: skip


def test_every_screen_is_walked_by_the_tab_key_from_the_navigation(qtbot, team) -> None:
    window = MainWindow(team.desk("head"), ScriptedDialogs())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for row, name in enumerate(PAGES):
        if window.nav.item(row).isHidden():
            continue
        window.nav.setCurrentRow(row)
        window.ops.wait()
        page = window.pages[name]
        wanted = reachable(window, page)
        window.nav.setFocus()
        walked: list[QWidget] = []
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
            if walked and focused is walked[-1]:
                continue  # Tab inside one widget (a date's day, month and year) before moving on
            if focused is window.nav or focused in walked:
                break  # round the window and back: the whole chain is walked
            walked.append(focused)
        on_page = [w for w in walked if page.isAncestorOf(w)]
        if wanted:  # an empty list hides its table: such a page may hold nothing to reach
            assert walked and page.isAncestorOf(walked[0]), f"{name}: Tab from the navigation enters the page"
        missing = [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}" for w in wanted if w not in on_page]
        assert not missing, f"{name}: not reached by Tab: {missing}"
    window.close()

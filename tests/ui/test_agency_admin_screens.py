"""机构管理 through its widgets: a refusal is said in words and the dialog comes back with what was typed;
closing a station and disabling an account are asked first; a new password is shown once and is temporary;
a staff list with a bad row imports nobody and says which row; only the head and business lead see the page."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.main_window import PAGES, MainWindow
from desktop.ui.pages.account_actions import PasswordShownOnce
from desktop.ui.pages.admin_dialogs import StationDialog


def admin_window(qtbot, desk, dialogs: ScriptedDialogs) -> tuple[MainWindow, object]:
    window = MainWindow(desk, dialogs)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(PAGES.index("agency"))
    page = window.pages["agency"]
    page.load()
    window.ops.wait()
    return window, page


def select(table, text: str) -> None:
    table.selectRow(next(r for r in range(table.rowCount()) if table.item(r, 0).text() == text))


def test_a_refused_station_is_said_and_its_dialog_comes_back(qtbot, team):
    head = team.desk("head")
    dialogs = ScriptedDialogs()
    window, page = admin_window(qtbot, head, dialogs)
    seen: list[StationDialog] = []

    def taken_name(dialog: StationDialog) -> bool:
        seen.append(dialog)
        if len(seen) == 1:
            dialog.name.setText("东城站")  # the name of the station there is
            return True
        return False  # the second time: the person cancels

    dialogs.dialog_script = taken_name
    page.station_buttons["add"].click()
    window.ops.wait()
    errors = [text for kind, _, text in dialogs.shown if kind == "error"]
    assert len(errors) == 1 and "已有名为“东城站”的站点" in errors[0]
    assert len(seen) == 2 and seen[1] is seen[0] and seen[1].name.text() == "东城站"  # what was typed, kept
    assert [s.name for s in head.stations()] == ["东城站"]
    window.close()


def test_closing_a_station_and_disabling_an_account_are_asked_first(qtbot, team):
    head = team.desk("head")
    far = head.create_station("石排站")
    dialogs = ScriptedDialogs()
    window, page = admin_window(qtbot, head, dialogs)
    select(page.stations, "石排站")
    dialogs.confirm_answer = False
    page.station_buttons["close"].click()
    window.ops.wait()
    assert dialogs.shown[-1][0] == "confirm" and head.stations()[1].closed_on is None
    dialogs.confirm_answer = True
    page.station_buttons["close"].click()
    window.ops.wait()
    assert next(s for s in head.stations() if s.id == far.id).closed_on is not None
    assert "关闭" in page.stations.item(1, 3).text()

    page.tabs.setCurrentIndex(1)
    select(page.accounts, "陈社工")
    page.account_buttons["active"].click()
    window.ops.wait()
    assert "停用" in dialogs.shown[-1][1]
    assert not next(a for a in head.accounts() if a.username == "chen").active
    window.close()


def test_a_new_password_is_shown_once_and_is_temporary(qtbot, team):
    head = team.desk("head")
    dialogs = ScriptedDialogs()
    shown: list[str] = []
    dialogs.dialog_script = lambda d: shown.append(d.password) or True if isinstance(d, PasswordShownOnce) else False
    window, page = admin_window(qtbot, head, dialogs)
    select(page.accounts, "王社工")
    page.account_buttons["password"].click()
    window.ops.wait()
    assert len(shown) == 1 and len(shown[0]) >= 8
    from desktop.workspace import open_desk

    with open_desk(team.root, "wang", shown[0]) as wang:
        assert wang.must_change_password()
    window.close()


def test_a_staff_list_with_a_bad_row_imports_nobody(qtbot, team, tmp_path: Path):
    head = team.desk("head")
    book = Workbook()
    sheet = book.active
    sheet.append(["用户名", "姓名", "角色", "站点", "督导"])
    sheet.append(["zhao", "赵社工", "一线社工", "东城站", "sup"])
    sheet.append(["wang", "又一个王", "一线社工", "东城站", "sup"])  # the user name is taken
    path = tmp_path / "员工.xlsx"
    book.save(path)
    dialogs = ScriptedDialogs()
    dialogs.file_answer = path
    window, page = admin_window(qtbot, head, dialogs)
    before = len(head.accounts())
    page.account_buttons["import"].click()
    window.ops.wait()
    kind, _, text = dialogs.shown[-1]
    assert kind == "error" and "第 3 行" in text and "wang" in text
    assert len(head.accounts()) == before
    window.close()


def test_only_the_head_and_the_business_lead_see_the_page(qtbot, team):
    for user, hidden in (("head", False), ("lead", False), ("sup", True), ("wang", True)):
        window = MainWindow(team.desk(user), ScriptedDialogs())
        qtbot.addWidget(window)
        assert window.nav.item(PAGES.index("agency")).isHidden() is hidden, user
        window.close()

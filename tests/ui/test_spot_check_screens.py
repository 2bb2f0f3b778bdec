"""The 抽查 page through the real widgets on a real workspace: who sees it, drawing and scoring through its
dialogs (scripted, so nothing blocks), the refusal of one's own file, and each worker's means."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.main_window import PAGES, MainWindow
from desktop.ui.pages.spot_check_dialogs import DrawDialog, ScoreDialog
from desktop.workflow import spot_checks as rules
from tests.workspace.test_spot_checks import ALL_YES, DAY, archived_cases

JUNE = dt.date(2026, 6, 1)


def window_for(qtbot, desk, page: str = "spot_checks") -> tuple[MainWindow, ScriptedDialogs]:
    dialogs = ScriptedDialogs()
    window = MainWindow(desk, dialogs)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(PAGES.index(page))
    settle(window)
    return window, dialogs


def settle(window: MainWindow) -> None:
    for _ in range(3):
        window.ops.wait()


def row_of(page, code: str) -> int:
    return next(r for r, row in enumerate(page.row_texts()) if row[0] == code)


def test_the_page_is_there_for_the_lead_the_head_and_supervisors_and_not_for_a_worker(qtbot, team):
    for user in ("lead", "head", "sup"):
        window, _ = window_for(qtbot, team.desk(user))
        item = window.nav.item(PAGES.index("spot_checks"))
        assert not item.isHidden() and item.text() == "抽查"
        page = window.pages["spot_checks"]
        assert page.row_texts() == [] and page.empty.isVisibleTo(page)
        assert page.empty.text() == "还没有抽查：点“抽取档案……”从已归档的档案中随机抽取。"
        assert not page.score_button.isEnabled() and not page.open_button.isEnabled()  # nothing selected
        window.close()
    for user in ("wang", "money"):
        window, dialogs = window_for(qtbot, team.desk(user), "home")
        assert window.nav.item(PAGES.index("spot_checks")).isHidden()
        window.refresh()  # the hidden page asks the domain nothing (it would refuse them)
        settle(window)
        assert [kind for kind, *_ in dialogs.shown] == []
        window.close()


def test_drawing_through_the_dialog_lists_the_drawn_files(qtbot, team):
    wang_cases = archived_cases(team, "wang", 4)
    archived_cases(team, "chen", 2)
    window, dialogs = window_for(qtbot, team.desk("lead"))
    page = window.pages["spot_checks"]
    seen: list[DrawDialog] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, DrawDialog)
        seen.append(dialog)
        dialog.show()  # Tab walks the form top to bottom, then to “抽取”
        dialog.activateWindow()
        dialog.date_from.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.date_from)
        walked = []
        for _ in range(8):
            walked.append(QApplication.focusWidget())
            dialog.focusNextChild()
        assert walked == [
            dialog.date_from, dialog.date_to, dialog.count, dialog.station, dialog.worker, dialog.kind, dialog.seed,
            dialog.draw_button,
        ]  # fmt: skip
        dialog.hide()
        today = QDate.currentDate()  # the default: the last three months
        assert (dialog.date_from.date(), dialog.date_to.date()) == (today.addMonths(-3), today)
        dialog.date_from.setDate(QDate(2026, 6, 30))
        dialog.date_to.setDate(QDate(2026, 6, 1))
        dialog.try_accept()  # a period running backwards is not taken
        assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error.text() == "结束日期早于开始日期。"
        dialog.date_from.setDate(QDate(2026, 6, 1))
        dialog.date_to.setDate(QDate(2026, 6, 30))
        dialog.count.setValue(3)
        dialog.worker.setCurrentIndex(dialog.worker.findText("王社工"))
        dialog.kind.setCurrentIndex(dialog.kind.findData("case"))
        dialog.seed.setText("42")
        dialog.try_accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.dialog_script = fill
    qtbot.mouseClick(page.draw_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert len(seen) == 1
    rows = page.row_texts()
    today = dt.date.today().isoformat()
    assert len(rows) == 3
    assert {tuple(row[1:6]) for row in rows} == {("个案", "王社工", today, "42", "未评分")}
    with team.desk("lead") as lead:
        drawn = lead.spot_checks()
        assert {c.target_id for c in drawn} <= set(wang_cases) and {c.draw_seed for c in drawn} == {42}
        assert sorted(row[0] for row in rows) == sorted(c.archive_code for c in drawn)
        # The same seed over the same files draws the same files: what the rules give over the four.
        codes = {c: f"QSN-GA-wang{n:02d}-202606" for n, c in enumerate(wang_cases)}
        expected = rules.draw(wang_cases, 3, 42, key=str)
        assert sorted(row[0] for row in rows) == sorted(codes[c] for c in expected)
    assert page.drawn_note.isVisibleTo(page) and "已抽取 3 份档案，随机种子 42" in page.drawn_note.text()
    assert all(page.table.item(r, 0).font().bold() for r in range(3))  # this draw stands out

    # chen has no group archived: the draw says so in the user's words, and the list stays as it was.
    def chen_groups(dialog: QDialog) -> bool:
        dialog.date_from.setDate(QDate(2026, 6, 1))
        dialog.worker.setCurrentIndex(dialog.worker.findText("陈社工"))
        dialog.kind.setCurrentIndex(dialog.kind.findData("group"))
        return True

    dialogs.dialog_script = chen_groups
    page.draw()
    settle(window)
    assert (
        dialogs.shown[-1][0] == "error"
        and "没有可抽查的档案" in dialogs.shown[-1][2]
        and "Q003" in dialogs.shown[-1][2]
    )
    assert len(page.row_texts()) == 3


def test_scoring_through_the_dialog_stores_the_scores_worked_out_by_hand(qtbot, team):
    wang_cases = archived_cases(team, "wang", 2)
    with team.desk("lead") as lead:
        drawn = {c.target_id: c for c in lead.draw_spot_checks(2, JUNE, DAY, seed=1)}
    first, second = drawn[wang_cases[0]], drawn[wang_cases[1]]
    window, dialogs = window_for(qtbot, team.desk("lead"))
    page = window.pages["spot_checks"]
    page.table.selectRow(row_of(page, first.archive_code))
    # Tab walks the buttons, the filter and into the list.
    window.activateWindow()
    page.draw_button.setFocus()
    walked = []
    for _ in range(5):
        walked.append(QApplication.focusWidget())
        page.focusNextChild()
    assert walked == [page.draw_button, page.score_button, page.open_button, page.open_only, page.table]
    live: list[tuple[str, str, str]] = []

    def labels(dialog: ScoreDialog) -> tuple[str, str, str]:
        return tuple(dialog.score_labels[d].text() for d in rules.DIMENSIONS)

    def score(dialog: QDialog) -> bool:
        assert isinstance(dialog, ScoreDialog) and first.archive_code in dialog.header.text()
        # The records say the archive lacks its forms: answered (no), and marked as coming from them.
        assert set(dialog.boxes) == {i.id for i in rules.CHECKLISTS["case"]}
        assert not dialog.boxes["forms_present"].isChecked()
        assert (
            list(dialog.from_records) == ["forms_present"]
            and dialog.from_records["forms_present"].text() == "据档案记录"
        )
        assert not any(box.isChecked() for box in dialog.boxes.values())
        live.append(labels(dialog))
        for box in dialog.boxes.values():
            box.setChecked(True)
        live.append(labels(dialog))
        for item in ("signed_dated", "attachments", "method"):
            dialog.boxes[item].setChecked(False)
            live.append(labels(dialog))
        dialog.comment.setPlainText("  签名缺两处；记录少反思。 ")
        return True

    dialogs.dialog_script = score
    qtbot.mouseClick(page.score_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert [kind for kind, *_ in dialogs.shown] == ["dialog"], dialogs.shown
    # The labels followed every box: nothing met, all met, then one item off at a time.
    assert live == [
        ("完整性：0", "规范性：0", "专业性：0"),
        ("完整性：100", "规范性：100", "专业性：100"),
        ("完整性：75", "规范性：100", "专业性：100"),
        ("完整性：50", "规范性：100", "专业性：100"),
        ("完整性：50", "规范性：100", "专业性：75"),
    ]
    with team.desk("lead") as lead:
        stored = next(c for c in lead.spot_checks() if c.id == first.id)
    # Worked by hand: completeness 2 of 4 items, conformity 4 of 4, professional 3 of 4.
    assert (stored.completeness, stored.conformity, stored.professional) == (50, 100, 75)
    assert stored.checklist == {**ALL_YES, "signed_dated": False, "attachments": False, "method": False}
    assert stored.comment == "签名缺两处；记录少反思。" and stored.scored_by == lead.account.id
    rows = page.row_texts()
    assert [row[0] for row in rows] == [second.archive_code, first.archive_code]  # open ones first
    assert rows[1][5:] == [dt.date.today().isoformat(), "50", "100", "75", "签名缺两处；记录少反思。"]
    page.open_only.setChecked(True)
    assert [row[0] for row in page.row_texts()] == [second.archive_code]

    # A scored file opens read-only with its answers; cancelling the next one's checklist stores nothing.
    page.open_only.setChecked(False)
    page.table.selectRow(row_of(page, first.archive_code))
    dialogs.dialog_script = lambda d: not d.boxes["method"].isChecked() and not d.boxes["method"].isEnabled()
    page.table.itemActivated.emit(page.table.item(row_of(page, first.archive_code), 0))  # double-click / Enter
    settle(window)
    assert dialogs.dialogs_run[-1].read_only and dialogs.dialogs_run[-1].save_button is None
    page.table.selectRow(row_of(page, second.archive_code))
    dialogs.dialog_script = lambda d: False
    page.score_selected()
    settle(window)
    with team.desk("lead") as lead:
        assert next(c for c in lead.spot_checks() if c.id == second.id).scored_at is None

    # The file itself, from the row, in its own window.
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert second.target_id in window.case_windows and window.case_windows[second.target_id].isVisible()
    # The log page names the draw by its count and seed, the score by the file's number.
    window.nav.setCurrentRow(PAGES.index("audit"))
    settle(window)
    logged = [(what, file) for _, _, what, file, _ in window.pages["audit"].row_texts() if "抽" in what]
    assert logged == [
        ("抽查评分", first.archive_code),
        ("抽取抽查档案", "2026-06-01 至 2026-06-30 归档的档案 2 份，随机种子 1"),
    ]


def test_scoring_ones_own_file_shows_the_refusal_before_the_checklist(qtbot, team):
    own = archived_cases(team, "sup", 1)
    with team.desk("lead") as lead:
        mine = lead.draw_spot_checks(1, JUNE, DAY, seed=9)[0]
    assert mine.target_id == own[0]
    window, dialogs = window_for(qtbot, team.desk("sup"))
    page = window.pages["spot_checks"]
    page.table.selectRow(0)
    dialogs.dialog_script = lambda d: True
    qtbot.mouseClick(page.score_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert dialogs.dialogs_run == []
    assert dialogs.shown == [("error", "未能完成", "不能抽查评分自己的档案  [Q002]")]
    with team.desk("lead") as lead:
        assert lead.spot_checks()[0].scored_at is None


def test_the_per_worker_table_shows_each_workers_means_and_exports_them(qtbot, team, tmp_path):
    wang_cases = archived_cases(team, "wang", 2)
    chen_cases = archived_cases(team, "chen", 1)
    with team.desk("lead") as lead:
        drawn = {c.target_id: c.id for c in lead.draw_spot_checks(3, JUNE, DAY, seed=2)}
        lead.score_spot_check(drawn[wang_cases[0]], ALL_YES)
        lead.score_spot_check(drawn[wang_cases[1]], {**ALL_YES, "signed_dated": False, "attachments": False})
        lead.score_spot_check(drawn[chen_cases[0]], {**ALL_YES, "archived_in_time": False, "outcome": False})
    window, dialogs = window_for(qtbot, team.desk("head"))
    page = window.pages["spot_checks"]
    page.tabs.setCurrentIndex(1)
    # Worked by hand: wang (100,100,100) and (50,100,100); chen (100,75,75).
    assert page.score_texts() == [
        ["王社工", "2", "75.0", "100.0", "100.0", "91.7"],
        ["陈社工", "1", "100.0", "75.0", "75.0", "83.3"],
    ]
    assert not page.scores_empty.isVisibleTo(page)
    dialogs.save_answer = tmp_path / "抽查评分"  # no suffix typed: a workbook
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    settle(window)
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "抽查评分.xlsx").active
    assert [list(r) for r in sheet.iter_rows(values_only=True)][1] == ["王社工", 2, 75, 100, 100, 91.7]
    assert dialogs.shown[-1][0] == "info" and "抽查评分.xlsx" in dialogs.shown[-1][2]

    page.scored_from.setDate(QDate(2025, 1, 1))
    page.scored_to.setDate(QDate(2025, 12, 31))
    settle(window)
    assert page.score_texts() == [] and page.scores_empty.isVisibleTo(page)
    assert not page.export_button.isEnabled()


def test_the_page_in_english(qtbot, team):
    from desktop.ui.i18n import install_language

    archived_cases(team, "wang", 1)
    with team.desk("lead") as lead:
        lead.draw_spot_checks(1, JUNE, DAY, seed=4)
    window, _ = window_for(qtbot, team.desk("lead"))
    try:
        window.set_language("en")
        settle(window)
        page = window.pages["spot_checks"]
        assert window.nav.item(PAGES.index("spot_checks")).text() == "Spot checks"
        assert page.draw_button.text() == "Draw files…" and page.tabs.tabText(1) == "Scores per worker"
        headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
        assert headers[:3] == ["Archive number", "Kind", "Worker"] and headers[6:9] == [
            "Completeness", "Conformity", "Professional quality",
        ]  # fmt: skip
        assert page.row_texts()[0][1] == "Case" and page.row_texts()[0][5] == "not yet"
    finally:
        install_language("zh")

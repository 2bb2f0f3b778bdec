"""Drafts survive a killed process; the shell starts, switches language, remembers its layout, and
renders rare characters with real glyphs."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QRawFont
from PySide6.QtWidgets import QApplication

from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.editor.record_window import RecordWindow
from desktop.ui.fonts import load_fonts
from desktop.ui.i18n import I18N_DIR, install_language
from desktop.ui.main_window import PAGES, MainWindow
from desktop.ui.ops import Ops
from desktop.ui.start import StartWindow
from tests.conftest import PASSWORDS

CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")


@pytest.mark.reliability
def test_a_draft_survives_sigkill_mid_typing(qtbot, team):
    wang = team.desk("wang")
    client = wang.create_client("张小明")
    case = wang.create_case(client.id, team.project_id, "counselling", "youth")
    record = wang.new_record("intake", case_id=case.id)
    team.desk("head").set_setting("editor.autosave_seconds", 1)
    child = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("crash_child.py")),
            str(team.root),
            PASSWORDS["wang"],
            str(record.id),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert child.stdout.readline().strip() == "AUTOSAVED"
    finally:
        child.send_signal(signal.SIGKILL)  # the power cut
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert wang.record(record.id).content.get("request") is None  # never saved

    dialogs = ScriptedDialogs()
    dialogs.confirm_answer = True
    window = RecordWindow(wang, Ops(), dialogs, record.id)
    window.ops.wait()  # the record is read on the worker
    qtbot.addWidget(window)
    assert dialogs.shown[0][0] == "confirm"
    assert window.editor.rows["request"].widget.value().startswith("孩子近两个月成绩下滑")
    assert window.editor.dirty


def test_first_run_demo_then_sign_in(qtbot, tmp_path):
    dialogs = ScriptedDialogs()
    start = StartWindow(tmp_path / "新工作区", dialogs)
    qtbot.addWidget(start)
    start.show()
    assert start.stack.currentIndex() == 0 and start.hub_button.isEnabled()
    qtbot.mouseClick(start.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: start.stack.currentIndex() == 1, timeout=60000)
    assert "casedesk-wang" in dialogs.shown[-1][2]
    start.password.setText("wrong-password")
    qtbot.mouseClick(start.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(start.sign_in_error.text()))
    assert "用户名或密码不正确" in start.sign_in_error.text()
    with qtbot.waitSignal(start.signed_in, timeout=10000) as signed:
        start.password.setText("casedesk-wang")
        qtbot.keyClick(start.password, Qt.Key.Key_Return)
    assert signed.args[0].account.username == "wang"
    signed.args[0].close()


def test_switching_to_english_leaves_no_chinese_in_menus_and_navigation(qtbot, team):
    desk = team.desk("wang")
    desk.create_case(desk.create_client("李小红").id, team.project_id, "counselling", "youth")
    window = MainWindow(desk, ScriptedDialogs(), lang="zh")
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "首页"
    window.set_language("en")
    texts = [window.nav.item(i).text() for i in range(window.nav.count())]
    for menu in (window.file_menu, window.view_menu, window.help_menu):
        texts.append(menu.title())
        texts += [a.text() for a in menu.actions() if a.text() not in ("简体中文",)]
    texts += [window.pages[name].title.text() for name in ("home", "records", "review", "archive", "sync")]
    assert texts and not [t for t in texts if CJK.search(t)]
    assert "Home" in texts
    window.set_language("zh")
    assert window.nav.item(0).text() == "首页"
    window.nav.setCurrentRow(PAGES.index("cases"))  # a page out of view reads again when shown
    window.ops.wait()
    statuses = {row[4] for row in window.pages["cases"].row_texts()}
    assert statuses == {"待接案审批"}  # labels, never raw status codes


def test_new_form_for_a_case_from_the_cases_page(qtbot, team):
    desk = team.desk("wang")
    client = desk.create_client("李小红")
    case = desk.create_case(client.id, team.project_id, "counselling", "youth")
    dialogs = ScriptedDialogs()
    dialogs.choice_answer = "个案服务计划书"
    window = MainWindow(desk, dialogs)
    qtbot.addWidget(window)
    window.new_record_for("case", case.id)
    window.ops.wait()  # the record is made on the worker, and its window opened when it is ready
    assert not window.record_windows  # no plan before the intake is approved
    assert dialogs.shown[-1][0] == "error" and "K001" in dialogs.shown[-1][2]
    dialogs.choice_answer = "接案信息表"
    window.new_record_for("case", case.id)
    window.ops.wait()
    [record_window] = window.record_windows.values()
    assert record_window is not None and record_window.form.id == "intake"
    assert record_window.editor.rows["client_name"].widget.value() == "李小红"
    record_window.close()
    window.ops.wait()


def test_window_layout_is_remembered_per_account(qtbot, team):
    desk = team.desk("wang")
    window = MainWindow(desk, ScriptedDialogs())
    qtbot.addWidget(window)
    window.show()
    window.resize(720, 520)
    window.close()
    assert (team.root / "ui" / "wang.ini").exists()
    again = MainWindow(team.desk("wang"), ScriptedDialogs())
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (720, 520)
    again.ops.wait()


def test_rare_characters_have_glyphs_in_the_loaded_fonts(qapp):
    families = load_fonts()
    raw_fonts = [QRawFont.fromFont(QFont(family)) for family in families]
    for ch in "𠮷䶮㛃王":
        assert any(raw.supportsCharacter(ord(ch)) for raw in raw_fonts), ch

    def ink(text: str) -> QImage:
        image = QImage(64, 64, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        font = QFont()
        font.setFamilies(families)
        font.setPixelSize(40)
        painter.setFont(font)
        painter.drawText(QPoint(8, 48), text)
        painter.end()
        return image

    missing = ink("\ue000")  # a private-use character: drawn as the missing-glyph box
    for ch in "𠮷䶮㛃":
        image = ink(ch)
        assert image != missing, f"{ch} renders as the missing-glyph box"
        assert any(image.pixelColor(x, y) != QColor("white") for x in range(64) for y in range(64))


def test_every_interface_string_is_translated():
    tree = ET.parse(I18N_DIR / "casedesk_zh_CN.ts")
    messages = list(tree.iter("message"))
    assert len(messages) > 100
    unfinished = [
        m.find("source").text
        for m in messages
        if m.find("translation").get("type") == "unfinished" or not m.find("translation").text
    ]
    assert unfinished == []
    qm = I18N_DIR / "casedesk_zh_CN.qm"
    assert qm.exists() and qm.stat().st_mtime >= (I18N_DIR / "casedesk_zh_CN.ts").stat().st_mtime - 5


def test_the_code_has_no_string_missing_from_the_translation(tmp_path):
    """lupdate over today's code finds nothing the .ts lacks."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (Path(__file__).resolve().parents[2] / "desktop" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    have = {
        (c.find("name").text, m.find("source").text)
        for c in ET.parse(I18N_DIR / "casedesk_zh_CN.ts").iter("context")
        for m in c.iter("message")
    }
    found = {
        (c.find("name").text, m.find("source").text) for c in ET.parse(fresh).iter("context") for m in c.iter("message")
    }
    assert found - have == set()


def test_no_translated_string_hides_inside_an_f_string():
    """lupdate cannot see tr() inside an f-string; such a string would stay English in Chinese."""
    ui = Path(__file__).resolve().parents[2] / "desktop" / "ui"
    hidden = [
        f"{p.name}:{n}"
        for p in ui.rglob("*.py")
        for n, line in enumerate(p.read_text("utf-8").splitlines(), 1)
        if re.search(r"\{self\.tr\(", line)
    ]
    assert hidden == []


def test_language_install_round_trip(qapp):
    assert install_language("en") == "en"
    assert QApplication.translate("MainWindow", "Home") == "Home"
    assert install_language("zh") == "zh"
    assert QApplication.translate("MainWindow", "Home") == "首页"


def test_the_application_opens_on_the_first_run_page_then_the_main_window(qtbot, tmp_path, demo_template):
    from desktop.ui.app import Application

    app = Application(tmp_path / "ws", lang="zh")
    qtbot.addWidget(app.start)
    assert app.start.stack.currentIndex() == 0  # no workspace yet: the first-run choices
    from tests.conftest import copy_demo

    copy_demo(demo_template, tmp_path / "ws")
    app.start.show_page()
    with qtbot.waitSignal(app.start.signed_in, timeout=10000):
        app.start.username.setText("li")
        app.start.password.setText("casedesk-li")
        app.start.sign_in()
    assert app.main is not None and app.main.isVisible()
    qtbot.addWidget(app.main)
    app.main.ops.wait()
    app.main.desk.close()


def test_code_tables_are_edited_in_settings_and_refusals_are_shown(qtbot, team):
    lead = team.desk("lead")
    case = lead.create_case(lead.create_client("某某").id, team.project_id, "counselling", "youth")
    lead.open_case(case.id)  # QSN is now in a printed number
    dialogs = ScriptedDialogs()
    window = MainWindow(lead, dialogs)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(PAGES.index("settings"))  # the tables are read when the page is shown
    window.ops.wait()
    page = window.code_tables
    qsn = next(r for r in range(page.grid.rowCount()) if page.grid.item(r, 0).text() == "QSN")
    page.grid.setCurrentCell(qsn, 0)
    page.code.setText("QSNX")
    page.save()
    window.ops.wait()
    assert dialogs.shown and dialogs.shown[-1][0] == "error" and "N003" in dialogs.shown[-1][2]
    page.clear()
    page.code.setText("NEW1")
    page.zh.setText("新服务")
    page.en.setText("New service")
    page.save()
    window.ops.wait()
    assert any(c.code == "NEW1" for c in lead.categories())
    worker_window = MainWindow(team.desk("wang"), ScriptedDialogs())
    qtbot.addWidget(worker_window)
    assert not worker_window.code_tables.save_button.isEnabled()
    worker_window.ops.wait()

"""Signing on the pad, previewing the very PDF, printing through the dialog service."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from desktop.demo import complete_required
from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.editor.record_window import RecordWindow
from desktop.ui.ops import Ops
from tests.conftest import approved_group


def scribble(qtbot, pad) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 70))
    for x, y in ((60, 30), (110, 80), (160, 35), (220, 75)):
        qtbot.mouseMove(pad, QPoint(x, y))
        # mouseMove does not carry the pressed button offscreen: feed the stroke directly as well
        pad.strokes[-1].append(QPoint(x, y).toPointF())
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(240, 60))


def test_sign_on_the_pad_preview_and_print(qtbot, team):
    wang = team.desk("wang")
    client = wang.create_client("钱小花")
    case = wang.create_case(client.id, team.project_id, "counselling", "youth")
    record = wang.new_record("consent", case_id=case.id)
    wang.save_record(record.id, complete_required(wang, record, {}))
    dialogs = ScriptedDialogs()
    window = RecordWindow(wang, Ops(), dialogs, record.id)
    window.ops.wait()  # the record is read on the worker
    qtbot.addWidget(window)
    window.show()
    window.side.setCurrentIndex(3)
    window.signer_box.setCurrentIndex(window.signer_box.findData("client"))
    window.signer_name.setText("钱小花")
    window.keep_signature()
    assert dialogs.shown[-1][0] == "error"  # a blank pad is not a signature
    scribble(qtbot, window.pad)
    assert not window.pad.is_blank
    window.keep_signature()
    window.ops.wait()
    signatures = wang.signatures(record.id)
    assert [(s.signer_id, s.name, s.void) for s in signatures] == [("client", "钱小花", False)]
    assert "钱小花" in window.signature_list.item(0).text()

    qtbot.mouseClick(window.preview_button, Qt.MouseButton.LeftButton)
    window.ops.wait()
    preview = window.preview_window
    qtbot.addWidget(preview)
    assert len(preview.pages) >= 1 and preview.pages[0].width() > 500
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][0] == "print" and dialogs.shown[-1][1].endswith(".pdf")
    # The preview is plaintext: in this CaseDesk's private temporary folder, never the workspace's, and gone at
    # sign-out (tests/reliability/test_plain_leftovers.py: and after a crash).
    assert preview.pdf.is_relative_to(wang.plain_files().folder()) and not preview.pdf.is_relative_to(team.root)
    assert oct(preview.pdf.parent.stat().st_mode & 0o777) == "0o700"
    wang.close()
    assert not preview.pdf.exists()


def test_batch_printing_runs_off_the_ui_thread_and_can_be_cancelled(qtbot, team):
    import datetime as dt

    from desktop.ui.batch_print import BatchPrintWindow
    from desktop.ui.main_window import MainWindow

    wang = team.desk("wang")
    group = approved_group(team, "月度小组", "support")
    ids = []
    for _ in range(4):  # feedback forms dated today
        record = wang.new_record("feedback", group_id=group.id)
        wang.save_record(record.id, complete_required(wang, record, {"feedback_date": dt.date.today().isoformat()}))
        ids.append(record.id)
    dialogs = ScriptedDialogs()
    window = MainWindow(wang, dialogs)
    qtbot.addWidget(window)
    window.print_month()
    window.ops.wait()  # the month's forms are found on the worker
    batch = window.batch_window
    qtbot.waitUntil(lambda: batch.result is not None, timeout=30000)
    assert batch.bar.value() == batch.bar.maximum() and batch.result.exists()
    window.batch_window.preview.close()

    out = wang.preview_file("cancelled.pdf")
    cancelled = BatchPrintWindow(wang, window.ops, dialogs, ids, out)
    qtbot.addWidget(cancelled)
    cancelled.cancel()
    window.ops.wait()
    assert cancelled.result is None and not out.exists()
    assert "已取消" in cancelled.label.text()


def test_the_app_checks_a_paper_copy_from_its_qr_text(qtbot, team):
    from desktop.ui.main_window import MainWindow
    from desktop.workspace.print_ops import qr_text

    wang = team.desk("wang")
    case = wang.create_case(wang.create_client("核对").id, team.project_id, "counselling", "youth")
    record = wang.new_record("intake", case_id=case.id)
    dialogs = ScriptedDialogs()
    window = MainWindow(wang, dialogs)
    qtbot.addWidget(window)
    window.verify_input.setText(wang.print_job(record.id).qr_text)  # what the paper's QR code holds
    window.verify_paper()
    window.ops.wait()  # checked on the worker
    assert dialogs.shown[-1][0] == "info" and "一致" in dialogs.shown[-1][2]
    window.verify_input.setText(qr_text(None, record.id, 0, "0" * 64))
    window.verify_paper()
    window.ops.wait()
    assert dialogs.shown[-1][0] == "error" and "不符" in dialogs.shown[-1][2]
    window.ops.wait()


def test_a_blank_form_is_chosen_by_its_title_and_previewed_for_hand_filling(qtbot, team):
    import subprocess

    from desktop.ui.main_window import MainWindow

    wang = team.desk("wang")
    dialogs = ScriptedDialogs()
    window = MainWindow(wang, dialogs)
    qtbot.addWidget(window)
    dialogs.choice_answer = None  # cancelled: nothing made
    window.blank_print_button.click()
    window.ops.wait()
    assert dialogs.shown[-1][0] == "choose" and not hasattr(window, "preview_window")
    dialogs.choice_answer = "家访/电话访问记录"
    window.blank_print_button.click()
    window.ops.wait()
    preview = window.preview_window
    qtbot.addWidget(preview)
    text = subprocess.run(["pdftotext", str(preview.pdf), "-"], capture_output=True, text=True).stdout
    assert "家访/电话访问记录" in text and "恒爱社工服务中心" in text and "草稿" not in text  # clean, for a pen
    assert preview.pdf.is_relative_to(wang.plain_files().folder())
    window.close()

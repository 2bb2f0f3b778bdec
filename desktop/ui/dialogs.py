"""Every modal dialog goes through this small service, so that tests replace it and never block on
a real ``exec()`` (offscreen, a modal dialog waits forever)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)


class Dialogs:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(self.parent, title, label)
        return text if ok else None

    def print_pdf(self, pdf: Path) -> bool:
        """The system's print dialog, then the PDF's own pages (rasterised at the printer's resolution)."""
        from PySide6.QtCore import QRect, Qt  # here, not at start: resolving Qt's namespace costs 14 ms
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.ui.pdf_preview import page_images

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self.parent).exec() != QPrintDialog.DialogCode.Accepted:
            return False
        from PySide6.QtGui import QPainter

        painter = QPainter(printer)
        images = page_images(pdf, dpi=min(printer.resolution(), 300))
        for index, image in enumerate(images):
            if index:
                printer.newPage()
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(0, 0, scaled.width(), scaled.height()), image)
        painter.end()
        return True

    def choose(self, title: str, label: str, options: list[str]) -> str | None:
        choice, ok = QInputDialog.getItem(self.parent, title, label, options, 0, False)
        return choice if ok else None

    def open_file(self, title: str, filters: str = "") -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", filters)
        return Path(path) if path else None

    def save_file(self, title: str, suggested: str = "", filters: str = "") -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, filters)
        return Path(path) if path else None

    def open_files(self, title: str, filters: str = "") -> list[Path]:
        paths, _ = QFileDialog.getOpenFileNames(self.parent, title, "", filters)
        return [Path(p) for p in paths]

    def find(self, title: str, label: str, search: Callable[[str], list[tuple[str, Any]]]) -> Any:
        """One of many (a client among thousands), found by typing: ``search`` gives (label, value) pairs."""
        from desktop.ui.find_dialog import FindDialog  # loaded when first wanted: the sign-in window shows sooner

        dialog = FindDialog(self.parent, title, label, search)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_folder(self, title: str) -> Path | None:
        path = QFileDialog.getExistingDirectory(self.parent, title)
        return Path(path) if path else None

    def run(self, dialog: QDialog) -> bool:
        """A dialog of our own (a small form): True when the person confirmed it."""
        return dialog.exec() == QDialog.DialogCode.Accepted


class ScriptedDialogs(Dialogs):
    """For tests: records what was shown and answers from a script."""

    def __init__(self) -> None:
        super().__init__(None)
        self.shown: list[tuple[str, str, str]] = []
        self.confirm_answer = True
        self.text_answer: str | None = None
        self.file_answer: Path | None = None
        self.choice_answer: str | None = None  # a label, or None to cancel
        self.save_answer: Path | None = None
        self.files_answer: list[Path] = []
        self.folder_answer: Path | None = None
        self.find_answer: str | None = None  # typed into a find dialog; its first match is taken
        # Fills a dialog of our own through its widgets and says whether it was confirmed; None cancels.
        self.dialog_script: Callable[[QDialog], bool] | None = None
        self.dialogs_run: list[QDialog] = []

    def info(self, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def error(self, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def confirm(self, title: str, text: str) -> bool:
        self.shown.append(("confirm", title, text))
        return self.confirm_answer

    def ask_text(self, title: str, label: str) -> str | None:
        self.shown.append(("ask_text", title, label))
        return self.text_answer

    def open_file(self, title: str, filters: str = "") -> Path | None:
        self.shown.append(("open_file", title, filters))
        return self.file_answer

    def save_file(self, title: str, suggested: str = "", filters: str = "") -> Path | None:
        self.shown.append(("save_file", title, suggested))
        return self.save_answer

    def open_files(self, title: str, filters: str = "") -> list[Path]:
        self.shown.append(("open_files", title, filters))
        return list(self.files_answer)

    def find(self, title: str, label: str, search: Callable[[str], list[tuple[str, Any]]]) -> Any:
        self.shown.append(("find", title, label))
        # As the real dialog does, the search runs off the UI thread (it reads the workspace).
        with ThreadPoolExecutor(max_workers=1) as worker:
            found = worker.submit(search, self.find_answer).result() if self.find_answer is not None else []
        return found[0][1] if found else None

    def choose_folder(self, title: str) -> Path | None:
        self.shown.append(("choose_folder", title, ""))
        return self.folder_answer

    def run(self, dialog: QDialog) -> bool:
        self.shown.append(("dialog", type(dialog).__name__, dialog.windowTitle()))
        self.dialogs_run.append(dialog)
        return bool(self.dialog_script(dialog)) if self.dialog_script else False

    def print_pdf(self, pdf: Path) -> bool:
        self.shown.append(("print", str(pdf), ""))
        return True

    def choose(self, title: str, label: str, options: list[str]) -> str | None:
        self.shown.append(("choose", title, label))
        if self.choice_answer is None:
            return None
        return next(o for o in options if self.choice_answer in o)

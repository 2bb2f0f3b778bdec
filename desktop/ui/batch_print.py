"""Printing many forms at once off the UI thread, with a progress bar and a Cancel button."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.ui.dialogs import Dialogs
from desktop.ui.messages import user_message
from desktop.ui.ops import Ops
from desktop.ui.pdf_preview import PdfPreview
from desktop.workspace import Desk


class _Progress(QObject):
    step = Signal(int, int)  # emitted from the worker thread, delivered on the UI thread


class BatchPrintWindow(QWidget):
    def __init__(
        self,
        desk: Desk,
        ops: Ops,
        dialogs: Dialogs,
        record_ids: list[uuid.UUID],
        out: Path,
        lang: str = "zh",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.desk, self.ops, self.dialogs, self.lang = desk, ops, dialogs, lang
        self.setWindowTitle(self.tr("Printing %1 forms").replace("%1", str(len(record_ids))))
        self.label = QLabel(self.tr("Preparing %1 forms…").replace("%1", str(len(record_ids))), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, len(record_ids) + 1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        for widget in (self.label, self.bar, self.cancel_button):
            layout.addWidget(widget)
        self._stop = threading.Event()
        self.progress = _Progress(self)
        self.progress.step.connect(lambda done, total: self.bar.setValue(done))
        self.result: Path | None = None
        self.ops.run(
            lambda: desk.print_batch(record_ids, out, progress=self.progress.step.emit, cancelled=self._stop.is_set),
            label=self.tr("Printing…"),
            on_done=self._done,
            on_error=self._failed,
        )

    def cancel(self) -> None:
        self._stop.set()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))

    def _done(self, path: Path) -> None:
        self.result = path
        self.preview = PdfPreview(path, self.dialogs)
        self.preview.show()
        self.close()

    def _failed(self, exc: Exception) -> None:
        self.label.setText(user_message(exc, self.lang))
        self.cancel_button.setEnabled(False)

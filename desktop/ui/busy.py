"""The busy indicator: what is being done, in words, and a moving bar, shown only when an operation takes
longer than a moment (200 ms), so quick reads never flicker."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from desktop.ui.ops import Ops

SHOW_AFTER_MS = 200


class BusyIndicator(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy, no percentage
        self.progress.setMaximumWidth(160)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(SHOW_AFTER_MS)
        self._later.timeout.connect(lambda: self.setVisible(True))
        self.setVisible(False)
        ops.busy.connect(self.show_busy)

    def show_busy(self, busy: bool, label: str) -> None:
        if busy:
            if label or not self.label.text():
                self.label.setText(label)
            if not self.isVisible() and not self._later.isActive():
                self._later.start()
        else:
            self._later.stop()
            self.label.setText("")
            self.setVisible(False)

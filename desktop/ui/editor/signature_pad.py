"""A signature pad: sign with the mouse, a pen or a finger (Qt turns pen and touch into the same
events); the strokes become a PNG kept with the revision they sign."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[list[QPointF]] = []
        self.setMinimumSize(280, 110)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)

    def clear(self) -> None:
        self.strokes = []
        self.update()
        self.changed.emit()

    @property
    def is_blank(self) -> bool:
        return not any(len(stroke) > 1 for stroke in self.strokes)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.strokes.append([event.position()])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.strokes and event.buttons() & Qt.MouseButton.LeftButton:
            self.strokes[-1].append(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.strokes:
            self.strokes[-1].append(event.position())
            self.update()
            self.changed.emit()

    def _draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(QColor("#111111"), 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        )
        for stroke in self.strokes:
            for a, b in zip(stroke, stroke[1:], strict=False):
                painter.drawLine(a, b)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QColor("#bbbbbb"))
        painter.drawLine(10, self.height() - 20, self.width() - 10, self.height() - 20)
        self._draw(painter)

    def to_png(self) -> bytes:
        image = QImage(self.size(), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        self._draw(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data.data())

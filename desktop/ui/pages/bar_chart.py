"""A small bar chart drawn with QPainter (PySide6-Essentials has no QtCharts): a title, a value axis with
round ticks, one bar per category with its value written above it, an optional dashed reference line
(a target) and a word for each bar's tone, so that colour is never the only sign. What it paints is kept in
``bars`` and ``reference`` for tests to read. A bar can be clicked, or chosen with the arrow keys and Enter,
to drill into what it counts."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

TONES = {
    "normal": QColor("#4c6ef5"),
    "met": QColor("#2f9e44"),
    "short": QColor("#e03131"),
    "pace": QColor("#1c7ed6"),
    "target": QColor("#adb5bd"),
}
REFERENCE = QColor("#c92a2a")
AXIS = QColor("#868e96")
GRID = QColor("#e9ecef")
TEXT = QColor("#212529")


@dataclass(frozen=True)
class Bar:
    label: str  # under the bar
    value: float | None  # None: nothing to show (a rate with nothing to divide)
    text: str  # over the bar: the value as the table writes it
    tone: str = "normal"
    key: Any = None  # what a click drills into (a month, a worker); None: not clickable


def nice_top(value: float, whole: bool = False) -> tuple[float, float]:
    """The axis's top and its step: the smallest 1-2-5 step making at most four intervals over ``value``;
    ``whole``: counts, whose ticks stay whole numbers."""
    if value <= 0:
        return 1.0, 1.0 if whole else 0.25
    raw = value / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    if whole:
        step = max(1.0, step if float(step).is_integer() else math.ceil(step))
    return step * math.ceil(value / step - 1e-9), step


def number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


class BarChart(QWidget):
    bar_clicked = Signal(object)  # the bar's key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.bars: list[Bar] = []
        self.reference: tuple[float, str] | None = None
        self.empty = ""
        self.current = -1
        self._version = 0  # bumped with the data: the drawn pixmap is drawn again
        self._cache: QPixmap | None = None
        self._cache_key: tuple[Any, ...] = ()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def set_data(
        self, title: str, bars: list[Bar], reference: tuple[float, str] | None = None, empty: str = ""
    ) -> None:
        """``reference``: a dashed line at a value, with its words (“目标 90%”); ``empty``: said instead of
        an empty plot."""
        self.title, self.bars, self.reference, self.empty = title, list(bars), reference, empty
        self.current = min(self.current, len(self.bars) - 1)
        self._version += 1
        summary = "; ".join(f"{b.label} {b.text}" for b in self.bars)
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 220)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(120, 140)

    # -- geometry ------------------------------------------------------------------------------------
    def _plot(self) -> tuple[QRectF, float, float]:
        """The plot area, the axis's top value and step."""
        fm = QFontMetrics(self.font())
        values = [b.value for b in self.bars if b.value is not None]
        if self.reference is not None:
            values.append(self.reference[0])
        counts = [b.value for b in self.bars if b.value is not None]  # whole numbers: whole ticks
        top, step = nice_top(max(values, default=0.0), all(float(v).is_integer() for v in counts))
        ticks = [number(step * n) for n in range(int(round(top / step)) + 1)]
        left = max(fm.horizontalAdvance(t) for t in ticks) + 10
        head = fm.height() * 2 + 6  # the title, then room for the values over the bars
        foot = fm.height() * self._label_lines(left) + 8
        width, height = max(self.width() - left - 8, 10), max(self.height() - head - foot, 10)
        return QRectF(left, head, width, height), top, step

    def _label_lines(self, left: float) -> int:
        """Two lines under the bars when a label is wider than its bar's column and the column is wide
        enough to wrap into (“按今天应达” beside “目标”); else one, and every k-th label."""
        if not self.bars:
            return 1
        fm = QFontMetrics(self.font())
        column = (self.width() - left - 8) / len(self.bars)
        widest = max(fm.horizontalAdvance(b.label) for b in self.bars) + 6
        return 2 if column < widest <= 2 * column and column >= 3 * fm.height() else 1

    def _slots(self, plot: QRectF) -> list[QRectF]:
        """Each bar's column."""
        n = max(len(self.bars), 1)
        width = plot.width() / n
        return [QRectF(plot.left() + i * width, plot.top(), width, plot.height()) for i in range(len(self.bars))]

    def bar_at(self, x: float, y: float) -> int:
        plot, _, _ = self._plot()
        for i, slot in enumerate(self._slots(plot)):
            if slot.left() <= x < slot.right() and 0 <= y <= plot.bottom() + QFontMetrics(self.font()).height() + 6:
                return i
        return -1

    # -- painting ------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Drawn once into a pixmap for its data, size and focus, then copied: hovering, tooltips and other
        windows passing over repaint without drawing every bar again (PySide6 6.12 on CPython 3.11 drops a
        reference to None with each call to a Qt method returning nothing, and a chart makes dozens)."""
        key = (self.width(), self.height(), self.hasFocus(), self.current, self._version)
        if self._cache is None or self._cache_key != key:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            self._draw(painter)
            painter.end()
            self._cache, self._cache_key = pixmap, key
        p = QPainter(self)
        p.drawPixmap(0, 0, self._cache)
        p.end()

    def _draw(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        bold = self.font()
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(TEXT)
        p.drawText(
            QRectF(0, 0, self.width(), fm.height() + 2),
            Qt.AlignmentFlag.AlignLeft,
            self._elide(self.title, self.width(), bold),
        )
        p.setFont(self.font())
        if not self.bars:
            p.setPen(AXIS)
            p.drawText(
                QRectF(8, fm.height() + 8, self.width() - 16, self.height() - fm.height() - 16),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty,
            )
            return
        plot, top, step = self._plot()

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * min(value, top) / top

        self._draw_value_axis(p, plot, top, step, y_of)
        self._draw_bars(p, plot, y_of)
        if self.reference is not None:
            self._draw_reference(p, plot, y_of)

    def _draw_value_axis(
        self, p: QPainter, plot: QRectF, top: float, step: float, y_of: Callable[[float], float]
    ) -> None:
        """Round ticks and light grid lines, then the two axes."""
        fm = QFontMetrics(self.font())
        tick = 0.0
        while tick <= top + 1e-9:
            y = y_of(tick)
            p.setPen(GRID)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(AXIS)
            label = number(tick)
            p.drawText(QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()), Qt.AlignmentFlag.AlignRight, label)
            tick += step
        p.setPen(AXIS)
        p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

    def _draw_bars(self, p: QPainter, plot: QRectF, y_of: Callable[[float], float]) -> None:
        """Each bar, its value above it and its label under it; the focused one outlined."""
        fm = QFontMetrics(self.font())
        slots = self._slots(plot)
        # Labels under the bars: wrapped onto two lines, or every k-th when they would run into each other.
        lines = self._label_lines(plot.left())
        widest = max(fm.horizontalAdvance(b.label) for b in self.bars) + 6
        every = 1 if lines == 2 or widest <= slots[0].width() else math.ceil(widest / max(slots[0].width(), 1))
        values_fit = max(fm.horizontalAdvance(b.text) for b in self.bars) + 2 <= slots[0].width()
        for i, (bar, slot) in enumerate(zip(self.bars, slots, strict=True)):
            width = min(slot.width() * 0.62, 56.0)
            x = slot.center().x() - width / 2
            if bar.value is not None and bar.value > 0:
                rect = QRectF(x, y_of(bar.value), width, plot.bottom() - y_of(bar.value))
                p.fillRect(rect, TONES.get(bar.tone, TONES["normal"]))
            if i == self.current and self.hasFocus():
                pen = QPen(TEXT)
                pen.setStyle(Qt.PenStyle.DotLine)
                p.setPen(pen)
                p.drawRect(slot.adjusted(1, 1, -1, fm.height() + 4))
            p.setPen(TEXT)
            if values_fit or i % every == 0:
                over = y_of(bar.value or 0.0) - fm.height() - 2
                p.drawText(
                    QRectF(slot.left() - 20, over, slot.width() + 40, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    bar.text,
                )
            if i % every == 0:
                p.setPen(AXIS if bar.key is None else TEXT)
                span = slot.width() * every
                under = QRectF(slot.center().x() - span / 2, plot.bottom() + 3, span, fm.height() * lines)
                if lines == 2:
                    flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
                    p.drawText(under, flags, bar.label)
                else:
                    p.drawText(under, Qt.AlignmentFlag.AlignHCenter, self._elide(bar.label, span, self.font()))

    def _draw_reference(self, p: QPainter, plot: QRectF, y_of: Callable[[float], float]) -> None:
        """The dashed line of the target or the pace, with its words."""
        assert self.reference is not None
        fm = QFontMetrics(self.font())
        value, words = self.reference
        y = y_of(value)
        pen = QPen(REFERENCE, 1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(REFERENCE)
        box = QRectF(plot.left(), y - fm.height() - 1, plot.width() - 2, fm.height())
        p.drawText(box, Qt.AlignmentFlag.AlignRight, words)

    @staticmethod
    def _elide(text: str, width: float, font: Any) -> str:
        return QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(width))

    # -- choosing a bar ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.bar_at(event.position().x(), event.position().y())
        if index >= 0:
            self.current = index
            self.update()
            self._click(index)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.bar_at(event.position().x(), event.position().y())
        clickable = index >= 0 and self.bars[index].key is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        self.setToolTip(self._tip(index) if index >= 0 else "")  # the bar under the pointer
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.bars:
            step = -1 if key == Qt.Key.Key_Left else 1
            self.current = max(0, min(len(self.bars) - 1, self.current + step))
            self.update()
            QToolTip.showText(self.mapToGlobal(self.rect().center()), self._tip(self.current), self)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and 0 <= self.current < len(self.bars):
            self._click(self.current)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        if self.current < 0 and self.bars:
            self.current = 0
        self.update()
        super().focusInEvent(event)

    def _tip(self, index: int) -> str:
        bar = self.bars[index]
        return f"{bar.label}: {bar.text}"

    def _click(self, index: int) -> None:
        if self.bars[index].key is not None:
            self.bar_clicked.emit(self.bars[index].key)

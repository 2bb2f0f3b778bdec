"""Drawn marks: check boxes (a square, ticked with a drawn stroke, never a font glyph), a line of options
each behind its box that wraps to the width it is given, and the verification QR code."""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Flowable

from desktop.pdf.fonts import MAIN

BOX = 3.4 * mm


def draw_box(c: pdfcanvas.Canvas, x: float, y: float, ticked: bool, size: float = BOX) -> None:
    """A square with its lower left corner at (x, y); a tick drawn through it when ``ticked``."""
    c.saveState()
    c.setLineWidth(0.6)
    c.setStrokeColor(colors.black)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if ticked:
        c.setLineWidth(1.1)
        path = c.beginPath()
        path.moveTo(x + size * 0.18, y + size * 0.52)
        path.lineTo(x + size * 0.42, y + size * 0.2)
        path.lineTo(x + size * 0.86, y + size * 0.9)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


class CheckBox(Flowable):
    """One box on its own, centred in the width it is given (a cell of a tick grid)."""

    def __init__(self, ticked: bool, size: float = BOX) -> None:
        super().__init__()
        self.ticked, self.size, self.width = ticked, size, size

    def wrap(self, avail_w: float, _h: float) -> tuple[float, float]:
        self.width = avail_w
        return avail_w, self.size

    def draw(self) -> None:
        draw_box(self.canv, (self.width - self.size) / 2, 0, self.ticked, self.size)


class ChoiceLine(Flowable):
    """Options each behind a drawn box (ticked when chosen), laid left to right and wrapped to the width."""

    GAP = 4 * mm

    def __init__(self, options: list[tuple[str, bool]], size: float = 9.5, leading: float = 13) -> None:
        super().__init__()
        self.options, self.size, self.leading = options, size, leading
        self.placed: list[tuple[float, int, str, bool]] = []
        self.width = 0.0
        self.height = 0.0

    def _item_width(self, label: str) -> float:
        return BOX + 1.2 * mm + stringWidth(label, MAIN, self.size)

    def wrap(self, avail_w: float, _h: float) -> tuple[float, float]:
        self.placed, x, line = [], 0.0, 0
        for label, ticked in self.options:
            width = self._item_width(label)
            if x and x + width > avail_w:
                x, line = 0.0, line + 1
            self.placed.append((x, line, label, ticked))
            x += width + self.GAP
        self.width, self.height = avail_w, (line + 1) * self.leading
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        for x, line, label, ticked in self.placed:
            baseline = self.height - (line + 1) * self.leading + (self.leading - self.size) / 2 + 1.5
            draw_box(c, x, baseline - 0.6, ticked)
            c.setFont(MAIN, self.size)
            c.setFillColor(colors.black)
            c.drawString(x + BOX + 1.2 * mm, baseline, label)


class QrFlowable(Flowable):
    """A QR code drawn on the canvas (no fonts involved), with a quiet zone: each row's runs of dark modules as
    one rectangle, all filled as one path."""

    def __init__(self, text: str, size: float = 22 * mm) -> None:
        super().__init__()
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(text)
        # One fixed mask pattern rather than the best of eight (``make``): any of the eight is a valid code that
        # every reader decodes; scoring them all took most of a bag's print time.
        code.version = code.calculate_version()
        code.makeImpl(False, 0)
        count = code.getModuleCount()
        self.runs: list[tuple[int, int, int]] = []  # (row, first column, length)
        for r in range(count):
            c = 0
            while c < count:
                if code.isDark(r, c):
                    start = c
                    while c < count and code.isDark(r, c):
                        c += 1
                    self.runs.append((r, start, c - start))
                c += 1
        self.count, self.size = count, size

    def wrap(self, *_: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        cell = self.size / (self.count + 8)  # four modules of white around it
        self.canv.setFillColor(colors.black)
        path = self.canv.beginPath()
        for r, c, length in self.runs:
            path.rect((c + 4) * cell, self.size - (r + 5) * cell, length * cell, cell)
        self.canv.drawPath(path, stroke=0, fill=1)

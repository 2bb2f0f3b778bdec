"""Boxed writing areas: a long text's label at the top of a ruled box, the written text on the rules, and
blank ruled lines to write on by hand (as many as the definition's ``lines:`` asks, else a few). A box
longer than the page splits between lines, its label repeated with （续）, never left alone at a page foot."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from desktop.forms.schema import FieldDef
from desktop.pdf.fonts import markup
from desktop.pdf.layout.page import BODY_W, SHADE, styles

BLANK_LINES = 3  # ruled lines for hand-writing when the definition does not say
RULE = 8 * mm  # the spacing of a blank line to write on
PAD = 4


class RuledBox(Flowable):
    """A label strip on top, then the text set on ruled lines, then ``blank`` empty ruled lines."""

    def __init__(self, label: str, text: str | None, blank: int, continued: bool = False) -> None:
        super().__init__()
        st = styles()
        self.label_para = Paragraph(label + ("（续）" if continued else "："), st["label"])
        self.label, self.blank = label, blank
        self.body = Paragraph(markup(text), st["base"]) if text else None
        self.width = self.height = self.label_h = self.body_h = 0.0

    def wrap(self, avail_w: float, _h: float) -> tuple[float, float]:
        self.width = BODY_W if avail_w >= BODY_W - 20 else avail_w  # as wide as the tables around it
        self.label_h = self.label_para.wrap(avail_w - 2 * PAD, 1e6)[1] + 2 * PAD
        self.hAlign = "CENTER"
        self.body_h = self.body.wrap(avail_w - 2 * PAD, 1e6)[1] + PAD if self.body else 0.0
        self.height = self.label_h + self.body_h + self.blank * RULE + (PAD if self.blank else 0)
        return self.width, self.height

    def split(self, avail_w: float, avail_h: float) -> list[Flowable]:
        self.wrap(avail_w, avail_h)
        room = avail_h - self.label_h - PAD
        if room < RULE:  # not even one line fits under the label: move the whole box on
            return []
        if self.body is not None and self.body_h > room:
            parts = self.body.split(avail_w - 2 * PAD, room)
            if len(parts) < 2:
                return []
            head = RuledBox(self.label, None, 0)
            head.body = parts[0]
            tail = RuledBox(self.label, None, self.blank, continued=True)
            tail.body = parts[1]
            return [head, tail]
        fit = int((room - self.body_h) // RULE)
        if fit >= self.blank or fit < 1:
            return []
        head = RuledBox(self.label, None, fit)
        head.body = self.body
        return [head, RuledBox(self.label, None, self.blank - fit, continued=True)]

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(SHADE)
        c.rect(0, self.height - self.label_h, self.width, self.label_h, stroke=0, fill=1)
        self.label_para.drawOn(c, PAD, self.height - self.label_h + PAD)
        c.setStrokeColor(colors.HexColor("#bbbbbb"))
        c.setLineWidth(0.4)
        top = self.height - self.label_h
        if self.body is not None:
            self.body.drawOn(c, PAD, top - self.body_h + PAD / 2)
            leading = self.body.style.leading
            y = top - leading - 1
            while y > top - self.body_h:
                c.line(PAD, y, self.width - PAD, y)
                y -= leading
        for n in range(1, self.blank + 1):
            y = top - self.body_h - n * RULE
            c.line(PAD, y, self.width - PAD, y)
        c.setStrokeColor(colors.HexColor("#888888"))
        c.setLineWidth(0.5)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        c.restoreState()


def writing_box(f: FieldDef, text: str | None, blank_form: bool) -> RuledBox:
    """A long text's box: the text written; else on a blank form the definition's ``lines:`` (else three)
    to write on, and one line on a filled record."""
    blank = 0 if text else (f.lines or BLANK_LINES) if blank_form else 1
    return RuledBox(markup(f.label.zh), text, blank)

"""How the 指标 page writes a row's numbers: the value (a % for a rate, with its fraction), the target, the
share achieved, met or on pace (a word beside the colour, never the colour alone), what is still needed a
month, what the records lack, and the sentence saying how far the row is from its target."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QObject

from desktop.indicators.compute import Figure
from desktop.indicators.targets import Progress
from desktop.ui.pages.bar_chart import number

# The units of docs/indicators.md, in English: data like a row's label.en, not words of the window.
UNITS_EN = {
    "人次": "person-times", "例": "cases", "份": "reports", "个": "", "次": "times", "节": "sessions",
    "户": "households", "人": "people", "小时": "hours",
}  # fmt: skip


def status_of(p: Progress) -> tuple[str | None, str]:
    """(the tone that colours it, the word's key)."""
    row = p.figure.indicator
    if not row.computable:
        return "none", "missing"
    if p.figure.value is None:
        return None, "nothing"
    if p.target is None:
        return None, "no_target"
    if p.met:
        return "met", "met"
    if row.is_rate or p.on_pace is None:
        return "short", "not_met"
    return ("pace", "on_pace") if p.on_pace else ("short", "behind")


class IndicatorWords(QObject):
    """Translated in its own context; the page asks it for every number's text."""

    lang = "zh"  # the page sets it as the language changes

    def unit(self, unit: str) -> str:
        """The definitions' own unit in Chinese (like the seed's cells); in English, its word from the
        definitions' vocabulary (none for 个, which only says “how many”)."""
        return UNITS_EN.get(unit, unit) if self.lang == "en" else unit

    def number(self, f: Figure, bare: bool = False) -> str:
        """The figure alone: 50.0% for a rate; 12, or with ``bare`` False 12 人次, for a count."""
        if f.value is None:
            return "—"
        if f.indicator.is_rate:
            return f"{f.value:.1f}%"
        return number(f.value) if bare else self.with_unit(f.value, f.indicator.unit)

    def with_unit(self, value: float, unit: str) -> str:
        return f"{number(value)} {self.unit(unit)}".strip()

    def value(self, p: Progress) -> str:
        f = p.figure
        if not f.indicator.computable:
            return "—"
        if f.indicator.is_rate:
            return (
                self.tr("%1 (%2/%3)")
                .replace("%1", self.number(f))
                .replace("%2", number(f.numerator or 0))
                .replace("%3", "—" if f.denominator is None else number(f.denominator))  # an unknown population
            )
        return self.number(f)

    def bare_target(self, p: Progress) -> str:
        if p.target is None:
            return ""
        return f"{number(p.target)}%" if p.figure.indicator.is_rate else number(p.target)

    def target(self, p: Progress) -> str:
        row = p.figure.indicator
        if p.target is None:
            return "—"
        if row.is_rate:
            return ("≤ " if row.target.better == "lower" else "≥ ") + self.bare_target(p)
        return self.with_unit(p.target, row.unit)

    @staticmethod
    def achieved(p: Progress) -> str:
        return "" if p.achieved is None else f"{p.achieved:.1f}%"

    def status(self, key: str) -> str:
        return {
            "missing": self.tr("Not computable yet"),
            "nothing": self.tr("Nothing to count yet"),
            "no_target": self.tr("No target"),
            "met": self.tr("Met"),
            "not_met": self.tr("Not met"),
            "on_pace": self.tr("On pace"),
            "behind": self.tr("Behind pace"),
        }[key]

    def needed(self, p: Progress) -> str:
        row = p.figure.indicator
        if row.is_rate or p.target is None or p.met is not False:
            return ""
        if p.needed_per_month is None:
            return self.tr("period over")
        return self.tr("%1 / month").replace("%1", self.with_unit(p.needed_per_month, row.unit))

    def note(self, p: Progress, lang: str) -> str:
        row = p.figure.indicator
        if not row.computable:
            lacking = "；".join(m.text.get(lang) for m in row.missing)
            return self.tr("The records lack: %1").replace("%1", lacking)
        if row.target.period == "year":
            return self.tr("The standard states this per year.")
        return ""

    def how_far(self, p: Progress, lang: str) -> str:
        """One sentence: where the row stands against its target, and what is left to do."""
        row, f = p.figure.indicator, p.figure
        label = row.label.get(lang)
        if not row.computable:
            return self.tr("%1 cannot be computed yet. %2").replace("%1", label).replace("%2", self.note(p, lang))
        if f.value is None:
            return self.tr("%1: nothing to count in this period yet.").replace("%1", label)
        if p.target is None:
            return (
                self.tr("%1: %2. No target: choose a project whose targets name this row.")
                .replace("%1", label)
                .replace("%2", self.value(p))
            )
        _, key = status_of(p)
        words = self.tr("%1: %2, target %3 — %4.")
        text = words.replace("%1", label).replace("%2", self.value(p)).replace("%3", self.target(p))
        text = text.replace("%4", self.status(key))
        if not row.is_rate and p.met is False and p.expected_by_now is not None:
            due = self.with_unit(p.expected_by_now, row.unit)
            gap = "" if lang == "zh" else " "  # Chinese sentences run on without a space
            text += gap + self.tr("By today %1 were due.").replace("%1", due)
            if p.needed_per_month is not None:
                text += gap + self.tr("Still needed: %1.").replace("%1", self.needed(p))
        return text

    # -- the charts ----------------------------------------------------------------------------------------
    @staticmethod
    def tone_of(f: Figure, target: float | None) -> str:
        """A rate's month or worker against the target (a count's months are parts of a whole: no tone)."""
        row = f.indicator
        if not row.is_rate or target is None or f.value is None:
            return "normal"
        met = f.value <= target if row.target.better == "lower" else f.value >= target
        return "met" if met else "short"

    @staticmethod
    def month(first: dt.date, one_year: bool, lang: str) -> str:
        locale = QLocale(QLocale.Language.Chinese if lang == "zh" else QLocale.Language.English)
        return locale.toString(QDate(first.year, first.month, 1), "MMM" if one_year else "yyyy-MM")

    def reference(self, value: float, rate: bool, monthly: bool) -> str:
        shown = f"{number(value)}%" if rate else number(value)
        return (self.tr("Target a month %1") if monthly else self.tr("Target %1")).replace("%1", shown)

    def items_heading(self, p: Progress, start: dt.date, end: dt.date, whose: str, whole: bool, lang: str) -> str:
        """What is listed: the row, the period (and worker); for the whole row, the number itself."""
        label = p.figure.indicator.label.get(lang)
        lines = [" · ".join(x for x in (label, f"{start.isoformat()} – {end.isoformat()}", whose) if x)]
        if whole:
            lines.append(self.tr("This period: %1.").replace("%1", self.value(p)))
        count = p.figure.indicator.numerator
        if count is not None and count.measure.kind == "sum":
            lines.append(
                self.tr(
                    "The number adds up what these records hold (people attending, hours), so it can differ "
                    "from how many are listed."
                )  # fmt: skip
            )
        elif count is not None and count.measure.kind == "distinct":
            lines.append(
                self.tr(
                    "Each person, case, household or group counts once, so the number can differ from how "
                    "many are listed."
                )  # fmt: skip
            )
        return "\n".join(lines)

"""Fonts loaded from our own resources (never the system's, whose CJK coverage is unpredictable):
WenQuanYi Micro Hei for text, HanaMin subsets as the fallback for rare characters in names."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.paths import RESOURCES_DIR

FONT_DIR = RESOURCES_DIR / "fonts"
FONT_FILES = ("wqy-microhei.ttc", "HanaMinA-rare.ttf", "HanaMinB-rare.ttf")


def load_fonts() -> list[str]:
    """Register the shipped fonts; returns their families, main text font first."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
        if font_id < 0:
            raise RuntimeError(f"cannot load font {FONT_DIR / name}")
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def apply_fonts(app: QApplication, point_size: int = 10) -> QFont:
    """Make the shipped fonts the application's, with the rare-character fonts as fallbacks."""
    families = load_fonts()
    font = QFont()
    font.setFamilies(families)
    font.setPointSize(point_size)
    app.setFont(font)
    return font

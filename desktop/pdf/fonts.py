"""Fonts for the PDFs: WenQuanYi Micro Hei embedded as a subset, and the HanaMin subsets for rare
characters in names, chosen character by character so that nothing prints blank."""

from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import textsplit
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph

from desktop.paths import RESOURCES_DIR

FONT_DIR = RESOURCES_DIR / "fonts"
MAIN = "WQYMicroHei"
FALLBACKS = ("HanaMinA", "HanaMinB")


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab 5 writes a code point past U+FFFF (𠮷 is U+20BB7) as five hex digits, which PDF readers
    misread, so the name would not copy or search back. PDF wants UTF-16 there: a surrogate pair."""
    entries = [f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


ttfonts.makeToUnicodeCMap = _to_unicode_cmap
# ReportLab's CJK wrapping hangs a character that cannot start a line at the end of the line before; its list
# knows the Japanese closing marks but not Chinese full-width ones, so "：" or "，" would start a line.
_CLOSING = "，：；！？％、。」』）〕】》〉…"
paragraph.ALL_CANNOT_START += _CLOSING
textsplit.ALL_CANNOT_START += _CLOSING


@lru_cache(maxsize=1)
def register_fonts() -> dict[str, frozenset[int]]:
    """Register the fonts once; returns each font's covered code points."""
    fonts = {
        MAIN: TTFont(MAIN, str(FONT_DIR / "wqy-microhei.ttc"), subfontIndex=0),
        "HanaMinA": TTFont("HanaMinA", str(FONT_DIR / "HanaMinA-rare.ttf")),
        "HanaMinB": TTFont("HanaMinB", str(FONT_DIR / "HanaMinB-rare.ttf")),
    }
    for font in fonts.values():
        pdfmetrics.registerFont(font)
    return {name: frozenset(font.face.charToGlyph) for name, font in fonts.items()}


def font_for(ch: str) -> str:
    coverage = register_fonts()
    code = ord(ch)
    if code in coverage[MAIN] or ch in "\n\t ":
        return MAIN
    return next((name for name in FALLBACKS if code in coverage[name]), MAIN)


def markup(text: str) -> str:
    """Paragraph markup for ``text``: escaped, line breaks kept, rare characters in a fallback font."""
    out: list[str] = []
    run: list[str] = []
    run_font = MAIN

    def flush() -> None:
        if run:
            chunk = escape("".join(run)).replace("\n", "<br/>")
            out.append(chunk if run_font == MAIN else f'<font name="{run_font}">{chunk}</font>')
            run.clear()

    for ch in text:
        font = font_for(ch)
        if font != run_font:
            flush()
            run_font = font
        run.append(ch)
    flush()
    return "".join(out)

"""Rebuild the rare-character fallback fonts shipped here (run by a developer, not at install).

WenQuanYi Micro Hei covers the common characters but almost none of CJK Extension A and none of
Extension B, so a name such as 𠮷 or 䶮 would show as boxes and print blank. HanaMin (Debian
``fonts-hanazono``, free licence, see HANAZONO-LICENSE.txt) covers them; we keep only the characters WenQuanYi
lacks (Extension A, compatibility ideographs, radicals from HanaMinA; Extension B from HanaMinB) to
keep the download small.

    apt-get download fonts-hanazono fonts-wqy-microhei && dpkg-deb -x ... /tmp/fx
    .venv/bin/pip install fonttools
    .venv/bin/python resources/fonts/build_fallback_fonts.py /tmp/fx
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = Path(__file__).resolve().parent
RANGES = {
    "HanaMinA": [(0x2E80, 0x2FDF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)],
    "HanaMinB": [(0x20000, 0x2A6DF)],  # Extension B
}


def main(extracted: Path) -> None:
    common = set(TTFont(HERE / "wqy-microhei.ttc", fontNumber=0).getBestCmap())
    for name, ranges in RANGES.items():
        font = TTFont(extracted / "usr/share/fonts/truetype/hanazono" / f"{name}.ttf")
        keep = [cp for cp in font.getBestCmap() if cp not in common and any(a <= cp <= b for a, b in ranges)]
        options = subset.Options()
        options.layout_features = []
        options.hinting = False
        options.name_IDs = ["*"]
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=keep)
        subsetter.subset(font)
        font.save(HERE / f"{name}-rare.ttf")
        print(name, len(keep), "characters")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

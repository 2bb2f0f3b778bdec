"""Draws CaseDesk's icon (a case folder with 社 on it, in the app's blue) as PNGs and a Windows .ico, from the
font the app ships, so the icon can be made again on any machine: python packaging/make_icon.py"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
BLUE, PAPER, TAB = (37, 99, 160), (255, 255, 255), (247, 196, 80)


def draw(size: int) -> Image.Image:
    scale = size / 256
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((8 * scale, 8 * scale, 248 * scale, 248 * scale), radius=48 * scale, fill=BLUE)
    pen.rounded_rectangle((46 * scale, 62 * scale, 120 * scale, 96 * scale), radius=10 * scale, fill=TAB)
    pen.rounded_rectangle((40 * scale, 80 * scale, 216 * scale, 206 * scale), radius=16 * scale, fill=PAPER)
    font = ImageFont.truetype(str(FONT), int(104 * scale))
    pen.text((128 * scale, 146 * scale), "社", font=font, fill=BLUE, anchor="mm")
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw(256)
    big.save(OUT / "casedesk.png")
    for size in (16, 32, 48, 64, 128):
        draw(size).save(OUT / f"casedesk-{size}.png")
    big.save(OUT / "casedesk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()

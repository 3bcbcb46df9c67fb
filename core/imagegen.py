"""Book covers drawn locally (title and author on a colour field; only where a cover is the
subject). Other demo pictures are text-free artwork: core.artwork. Nothing is downloaded."""

import hashlib
import io
import random
from functools import lru_cache

from PIL import Image, ImageDraw

from core.artwork import draw_lattice
from core.fonts import cjk_font
from core.linebreak import break_lines

PALETTE = ["#8c2a1c", "#1f4e5f", "#3d5a3a", "#6b4a2b", "#4b3f72", "#7a5c00", "#264653", "#9b3d4a"]


def colour_for(text: str) -> str:
    """A stable colour from the palette for a given text."""
    digest = hashlib.sha1(text.encode("utf-8")).digest()
    return PALETTE[digest[0] % len(PALETTE)]


def wrap(draw: ImageDraw.ImageDraw, text: str, font, max_width: int) -> list[str]:
    """Break text to fit max_width by the CJK kinsoku rules (core.linebreak)."""
    return break_lines(text, lambda part: draw.textlength(part, font=font), max_width)


@lru_cache(maxsize=256)
def render_card(
    title: str,
    subtitle: str = "",
    *,
    size: tuple[int, int] = (1200, 800),
    background: str | None = None,
    foreground: str = "#fffdf8",
    footer: str = "",
) -> bytes:
    """A PNG with a title, an optional subtitle and footer on a colour field.

    Memoised: the demo and the tests draw the same cards again and again.
    """
    width, height = size
    image = Image.new("RGB", size, background or colour_for(title))
    draw = ImageDraw.Draw(image)
    # A band of window lattice across the foot, as a cover's ornament.
    ground = image.getpixel((0, 0))
    band_top, band_bottom = height * 5 // 8, height * 7 // 8
    draw_lattice(draw, (0, band_top, width, band_bottom), ground, random.Random(title))
    draw.rectangle((0, band_bottom, width, height), fill=ground)
    draw.rectangle((0, band_top - 6, width, band_top), fill=foreground)
    margin = width // 10
    title_font = cjk_font(max(18, width // 12))
    sub_font = cjk_font(max(14, width // 26))
    title_lines = wrap(draw, title, title_font, width - 2 * margin)[:4]
    sub_lines = wrap(draw, subtitle, sub_font, width - 2 * margin)[:3] if subtitle else []
    line_gap = title_font.size // 3
    block_height = len(title_lines) * (title_font.size + line_gap) + (
        len(sub_lines) * (sub_font.size + line_gap) + title_font.size // 2 if sub_lines else 0
    )
    y = max(margin, (band_top - block_height) // 2)
    for line in title_lines:
        draw.text((margin, y), line, font=title_font, fill=foreground)
        y += title_font.size + line_gap
    if sub_lines:
        y += title_font.size // 2
        for line in sub_lines:
            draw.text((margin, y), line, font=sub_font, fill=foreground)
            y += sub_font.size + line_gap
    # A thin rule and an optional footer, like a printed cover.
    draw.rectangle(
        (margin, height - margin // 2 - 4, width - margin, height - margin // 2), fill=foreground
    )
    if footer:
        foot_font = cjk_font(max(12, width // 40))
        draw.text(
            (margin, height - margin // 2 - foot_font.size - 16),
            footer,
            font=foot_font,
            fill=foreground,
        )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()

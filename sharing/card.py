"""The 1200×630 share-card image when the page's own image cannot give one.

Wagtail never enlarges an image, so ``fill-1200x630`` of a 600×900 book cover is 600×316,
and a portrait cover cropped to a landscape card loses most of itself. Such pages get a
drawn card instead: the whole image on the left, the title and site name on the right.
"""

import io

from django.core.cache import cache
from PIL import Image, ImageDraw

from core.fonts import cjk_font
from core.imagegen import colour_for

from .poster import _fit_lines, average_colour, load_picture
from .qr import CACHE_SECONDS, cache_key

WIDTH, HEIGHT = 1200, 630
PAPER = "#fffdf8"


def needs_card(image):
    """True when ``fill-1200x630`` of ``image`` would be smaller than 1200×630 (Wagtail never
    enlarges), or would cut a portrait image (a book cover) down to a strip of its middle."""
    if image is None:
        return False
    return image.width < WIDTH or image.height < HEIGHT or image.height > image.width


def draw_card(*, title, site_name, picture=None):
    background = average_colour(picture) if picture is not None else colour_for(title)
    canvas = Image.new("RGB", (WIDTH, HEIGHT), background)
    text_left = 72
    if picture is not None:
        scale = min((WIDTH * 0.45) / picture.width, (HEIGHT - 80) / picture.height)
        resized = picture.resize(
            (round(picture.width * scale), round(picture.height * scale)), Image.Resampling.LANCZOS
        )
        canvas.paste(resized, (56, (HEIGHT - resized.height) // 2))
        text_left = 56 + resized.width + 56
    # Text on a paper panel, so it reads on any background colour.
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((text_left - 24, 0, WIDTH, HEIGHT), fill=PAPER)
    title_font = cjk_font(56)
    y = 120
    for line in _fit_lines(draw, title, title_font, WIDTH - text_left - 48, 4):
        draw.text((text_left, y), line, font=title_font, fill="#1f1d1a")
        y += 56 + 20
    draw.rectangle((text_left, HEIGHT - 130, text_left + 80, HEIGHT - 124), fill="#8c2a1c")
    draw.text((text_left, HEIGHT - 110), site_name, font=cjk_font(40), fill="#8c2a1c")
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def page_card(page, *, image, site_name, url):
    version = page.last_published_at.isoformat() if page.last_published_at else ""
    key = cache_key("card", url, f"{version}|{page.title}|{image.pk if image else ''}|{site_name}")
    png = cache.get(key)
    if png is None:
        png = draw_card(title=page.title, site_name=site_name, picture=load_picture(image))
        cache.set(key, png, CACHE_SECONDS)
    return png

"""A printable, shareable poster PNG for a page: image, title, summary, QR code, site name.

Text is drawn with the packaged Noto Sans SC font (core.fonts), so Chinese renders the same
on a fresh server as on a developer's machine: no system font is involved.
"""

import io

from django.core.cache import cache
from PIL import Image, ImageDraw

from core.fonts import cjk_font
from core.image_renditions import rendition as image_rendition
from core.imagegen import colour_for
from core.linebreak import break_lines, fit_lines

from .qr import CACHE_SECONDS, cache_key, make_qr

WIDTH, HEIGHT = 1080, 1600
IMAGE_HEIGHT = 608
MARGIN = 72
PAPER = "#fffdf8"
INK = "#1f1d1a"
INK_SOFT = "#4a4640"
ACCENT = "#8c2a1c"
QR_SIZE = 300


def wrap_words(draw, text, font, max_width):
    """Lines that fit ``max_width``, broken by the CJK kinsoku rules (core.linebreak)."""
    return break_lines(text, lambda part: draw.textlength(part, font=font), max_width)


def _fit_lines(draw, text, font, max_width, max_lines):
    return fit_lines(text, lambda part: draw.textlength(part, font=font), max_width, max_lines)


def load_picture(image, spec="max-1600x1600|format-png"):
    """A Wagtail image as a PIL image (through a rendition, so the focal point is kept)."""
    if image is None:
        return None
    try:
        rendition = image_rendition(image, spec)
        with rendition.file.open("rb") as handle:
            picture = Image.open(handle)
            picture.load()
    except (OSError, ValueError):
        return None
    return picture.convert("RGB")


def average_colour(picture):
    return picture.resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))


def fit_picture(picture, size):
    """``picture`` filling ``size``: cropped when its shape is close, else shown whole
    (a book cover, a portrait) on a band of its own average colour."""
    width, height = size
    ratio, target = picture.width / picture.height, width / height
    if 0.8 * target <= ratio <= 1.25 * target:
        scale = max(width / picture.width, height / picture.height)
        resized = picture.resize(
            (round(picture.width * scale), round(picture.height * scale)), Image.Resampling.LANCZOS
        )
        left, top = (resized.width - width) // 2, (resized.height - height) // 2
        return resized.crop((left, top, left + width, top + height))
    band = Image.new("RGB", size, average_colour(picture))
    scale = min(width / picture.width, height / picture.height)
    resized = picture.resize(
        (round(picture.width * scale), round(picture.height * scale)), Image.Resampling.LANCZOS
    )
    band.paste(resized, ((width - resized.width) // 2, (height - resized.height) // 2))
    return band


def _qr_image(url, size):
    qr = make_qr(url)
    buffer = io.BytesIO()
    modules = qr.symbol_size(scale=1, border=2)[0]
    qr.save(buffer, kind="png", scale=max(1, size // modules), border=2, dark=INK, light="#ffffff")
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")


def draw_poster(
    *, title, description, url, site_name, tagline="", scan_label="", image=None, picture=None
):
    """PNG bytes. ``image`` is a Wagtail image; ``picture`` a ready PIL image (tests, previews)."""
    canvas = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(canvas)
    header = picture or load_picture(image)
    if header is not None:
        canvas.paste(fit_picture(header.convert("RGB"), (WIDTH, IMAGE_HEIGHT)), (0, 0))
    else:
        draw.rectangle((0, 0, WIDTH, IMAGE_HEIGHT), fill=colour_for(title))
        banner_font = cjk_font(88)
        draw.text((MARGIN, IMAGE_HEIGHT // 2 - 60), site_name, font=banner_font, fill=PAPER)
        if tagline:
            draw.text((MARGIN, IMAGE_HEIGHT // 2 + 56), tagline, font=cjk_font(40), fill=PAPER)

    y = IMAGE_HEIGHT + 56
    title_font = cjk_font(64)
    for line in _fit_lines(draw, title, title_font, WIDTH - 2 * MARGIN, 3):
        draw.text((MARGIN, y), line, font=title_font, fill=INK)
        y += 64 + 22
    y += 12
    text_font = cjk_font(34)
    if description:
        for line in _fit_lines(draw, description, text_font, WIDTH - 2 * MARGIN, 4):
            draw.text((MARGIN, y), line, font=text_font, fill=INK_SOFT)
            y += 34 + 18

    # The foot: site name on the left, the QR code on the right, above a rule.
    foot_top = HEIGHT - MARGIN - QR_SIZE
    draw.rectangle((MARGIN, foot_top - 40, WIDTH - MARGIN, foot_top - 36), fill=ACCENT)
    qr = _qr_image(url, QR_SIZE)
    qr = qr.resize((QR_SIZE, QR_SIZE), Image.Resampling.NEAREST)
    canvas.paste(qr, (WIDTH - MARGIN - QR_SIZE, foot_top))
    draw.text((MARGIN, foot_top + 30), site_name, font=cjk_font(60), fill=ACCENT)
    if tagline:
        draw.text((MARGIN, foot_top + 120), tagline, font=cjk_font(30), fill=INK_SOFT)
    if scan_label:
        draw.text((MARGIN, foot_top + 200), scan_label, font=cjk_font(34), fill=INK)

    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def page_poster(page, *, url, description, image, site_name, tagline, scan_label):
    """The cached poster of a page, keyed by its URL and last publication."""
    version = page.last_published_at.isoformat() if page.last_published_at else ""
    key = cache_key(
        "poster", url, f"{version}|{page.title}|{image.pk if image else ''}|{scan_label}"
    )
    png = cache.get(key)
    if png is None:
        png = draw_poster(
            title=page.title,
            description=description,
            url=url,
            site_name=site_name,
            tagline=tagline,
            scan_label=scan_label,
            image=image,
        )
        cache.set(key, png, CACHE_SECONDS)
    return png

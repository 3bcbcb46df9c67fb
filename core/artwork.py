"""Generated artwork for the demo: patterns from Beijing motifs, with no text in the image.

Window lattices (窗棂, the 步步锦 pattern), roof tiles (筒瓦), book spines on a shelf and a
courtyard-house plan (四合院). The page around an image prints its title; the image never
repeats it. A picture is chosen and coloured by a stable hash of a seed (the image title), so
the demo draws the same artwork on every run.
"""

import hashlib
import io
import random
from functools import lru_cache

from PIL import Image, ImageDraw

from core.fonts import cjk_font

# Deep, muted colours of old Beijing: vermilion walls, glazed teal, pine, brick, indigo, ochre.
GROUNDS = ["#8c2a1c", "#1f4e5f", "#3d5a3a", "#6b4a2b", "#4b3f72", "#7a5c00", "#264653", "#9b3d4a"]
PAPER = (255, 253, 248)
MOTIFS = ("lattice", "tiles", "spines", "courtyard")


def _rgb(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))


def _mix(a, b, share):
    """Colour ``a`` moved ``share`` (0–1) of the way towards ``b``."""
    return tuple(round(x + (y - x) * share) for x, y in zip(a, b, strict=True))


def _rng(seed):
    return random.Random(int.from_bytes(hashlib.sha1(seed.encode("utf-8")).digest()[:8], "big"))


def draw_lattice(draw, box, ground, rng):
    """步步锦: nested frames joined by short bars, the commonest Beijing window lattice."""
    left, top, right, bottom = box
    line = _mix(ground, PAPER, 0.55)
    cell = rng.choice((72, 84, 96))
    width = max(4, cell // 12)
    for y in range(top - cell, bottom + cell, cell):
        for x in range(left - cell, right + cell, cell):
            draw.rectangle((x, y, x + cell, y + cell), outline=line, width=width)
            inset = cell // 4
            draw.rectangle(
                (x + inset, y + inset, x + cell - inset, y + cell - inset),
                outline=line,
                width=width,
            )
            mid_x, mid_y = x + cell // 2, y + cell // 2
            if (x // cell + y // cell) % 2:
                draw.line((mid_x, y, mid_x, y + inset), fill=line, width=width)
                draw.line((mid_x, y + cell - inset, mid_x, y + cell), fill=line, width=width)
            else:
                draw.line((x, mid_y, x + inset, mid_y), fill=line, width=width)
                draw.line((x + cell - inset, mid_y, x + cell, mid_y), fill=line, width=width)


def draw_tiles(draw, box, ground, rng):
    """Rows of round-ended roof tiles (筒瓦), each row overlapping the one above."""
    left, top, right, bottom = box
    size = rng.choice((56, 64, 72))
    dark = _mix(ground, (0, 0, 0), 0.25)
    for row, y in enumerate(range(top - size, bottom + size, size // 2)):
        shade = _mix(ground, PAPER, 0.12 + 0.05 * (row % 3))
        offset = (size // 2) if row % 2 else 0
        for x in range(left - size, right + size, size):
            cx = x + offset
            draw.pieslice((cx, y, cx + size, y + size), 0, 180, fill=shade, outline=dark, width=3)
            draw.line((cx + size // 2, y + size // 2, cx + size // 2, y + size), fill=dark, width=2)


def draw_spines(draw, box, ground, rng):
    """Book spines on shelves: bands near the head and tail, no titles."""
    left, top, right, bottom = box
    shelf = _mix(ground, (0, 0, 0), 0.35)
    colours = [_rgb(c) for c in GROUNDS] + [PAPER, _mix(PAPER, (200, 170, 110), 0.5)]
    shelf_height = max(140, (bottom - top) // 2)
    for shelf_top in range(top, bottom, shelf_height):
        x = left + rng.randint(8, 30)
        floor = shelf_top + shelf_height - 14
        while x < right:
            spine = rng.randint(26, 64)
            height = rng.randint(int(shelf_height * 0.6), shelf_height - 28)
            colour = rng.choice(colours)
            band = _mix(colour, (212, 175, 55), 0.6)
            draw.rectangle(
                (x, floor - height, x + spine, floor), fill=colour, outline=shelf, width=2
            )
            draw.rectangle(
                (x + 4, floor - height + 14, x + spine - 4, floor - height + 20), fill=band
            )
            draw.rectangle((x + 4, floor - 26, x + spine - 4, floor - 20), fill=band)
            x += spine + rng.randint(0, 6)
        draw.rectangle((left, floor, right, floor + 14), fill=shelf)


def draw_courtyard(draw, box, ground, rng):
    """A 四合院 in plan: the north hall, east and west wings, the south row, the gate in the
    south-east corner, brick paths crossing the court and two trees."""
    left, top, right, bottom = box
    line = _mix(ground, PAPER, 0.7)
    fill = _mix(ground, PAPER, 0.15)
    w, h = right - left, bottom - top
    pad = min(w, h) // 10
    x0, y0, x1, y1 = left + pad, top + pad, right - pad, bottom - pad
    stroke = max(4, min(w, h) // 90)
    draw.rectangle((x0, y0, x1, y1), outline=line, width=stroke)
    depth = (y1 - y0) // 5
    wing = (x1 - x0) // 6
    rooms = [
        (x0 + wing, y0, x1 - wing, y0 + depth),  # 正房 north hall
        (x0, y0 + depth, x0 + wing, y1 - depth),  # 西厢房
        (x1 - wing, y0 + depth, x1, y1 - depth),  # 东厢房
        (x0, y1 - depth, x1 - wing, y1),  # 倒座房 south row
    ]
    for room in rooms:
        draw.rectangle(room, fill=fill, outline=line, width=stroke)
    gate = (x1 - wing, y1 - depth, x1, y1)  # 大门, south-east
    draw.rectangle(gate, outline=line, width=stroke)
    draw.line((gate[0], gate[3], gate[2], gate[1]), fill=line, width=stroke // 2 + 1)
    cx, cy = (x0 + x1) // 2, (y0 + depth + y1 - depth) // 2
    draw.line((cx, y0 + depth, cx, y1 - depth), fill=line, width=stroke * 3)
    draw.line((x0 + wing, cy, x1 - wing, cy), fill=line, width=stroke * 3)
    radius = min(wing, depth) // 2
    for tx in (cx - (x1 - x0) // 5, cx + (x1 - x0) // 5):
        ty = cy - depth // 2 if rng.random() > 0.5 else cy + depth // 2
        draw.ellipse(
            (tx - radius, ty - radius, tx + radius, ty + radius), outline=line, width=stroke
        )
        draw.ellipse(
            (tx - radius // 3, ty - radius // 3, tx + radius // 3, ty + radius // 3), fill=line
        )


DRAWERS = {
    "lattice": draw_lattice,
    "tiles": draw_tiles,
    "spines": draw_spines,
    "courtyard": draw_courtyard,
}


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


@lru_cache(maxsize=256)
def render_artwork(seed, size=(1200, 800), motif=None, background=None):
    """PNG bytes of one motif on a ground colour; both chosen from ``seed`` unless given."""
    rng = _rng(seed)
    motif = motif if motif in DRAWERS else rng.choice(MOTIFS)
    ground = _rgb(background or rng.choice(GROUNDS))
    image = Image.new("RGB", size, ground)
    DRAWERS[motif](ImageDraw.Draw(image), (0, 0, *size), ground, rng)
    return _png(image)


@lru_cache(maxsize=8)
def render_hero(seed, size=(1600, 700)):
    """The home banner: a roof of glazed tiles over a lattice screen, a shelf of books below."""
    rng = _rng(seed)
    width, height = size
    ground = _rgb("#8c2a1c")
    image = Image.new("RGB", size, ground)
    draw = ImageDraw.Draw(image)
    draw_lattice(draw, (0, 0, width, height), ground, rng)
    roof = height * 2 // 7
    teal = _rgb("#1f4e5f")
    image.paste(_band(draw_tiles, (width, roof - 20), teal, rng), (0, 0))
    draw.rectangle((0, roof - 20, width, roof), fill=_mix(teal, (0, 0, 0), 0.4))
    shelf_top = height * 5 // 7
    shelf = _mix(ground, (0, 0, 0), 0.3)
    image.paste(_band(draw_spines, (width, height - shelf_top), shelf, rng), (0, shelf_top))
    return _png(image)


def _band(drawer, size, ground, rng):
    """One motif drawn on its own strip, so it cannot spill into its neighbours."""
    strip = Image.new("RGB", size, ground)
    drawer(ImageDraw.Draw(strip), (0, 0, *size), ground, rng)
    return strip


@lru_cache(maxsize=64)
def render_avatar(seed, size=(240, 240)):
    """A portrait placeholder: head and shoulders on a coloured disc, not a photograph."""
    rng = _rng(seed)
    ground = _rgb(rng.choice(GROUNDS))
    figure = _mix(ground, PAPER, 0.75)
    width, height = size
    image = Image.new("RGB", size, _mix(ground, PAPER, 0.85))
    draw = ImageDraw.Draw(image)
    draw.ellipse((0, 0, width - 1, height - 1), fill=ground)
    head = width // 5
    cx, cy = width // 2, height * 2 // 5
    draw.ellipse((cx - head, cy - head, cx + head, cy + head), fill=figure)
    draw.chord(
        (cx - width * 2 // 5, cy + head + 8, cx + width * 2 // 5, cy + head + width * 3 // 4),
        180,
        360,
        fill=figure,
    )
    return _png(image)


@lru_cache(maxsize=4)
def render_qr_placeholder(label, size=(400, 400)):
    """A square that looks like a QR code's frame and says it is a placeholder."""
    width, height = size
    ink = (31, 29, 26)
    image = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((4, 4, width - 5, height - 5), outline=(150, 150, 150), width=4)
    eye = width // 4
    for x, y in ((24, 24), (width - 24 - eye, 24), (24, height - 24 - eye)):
        draw.rectangle((x, y, x + eye, y + eye), outline=ink, width=eye // 7)
        draw.rectangle((x + eye // 3, y + eye // 3, x + eye * 2 // 3, y + eye * 2 // 3), fill=ink)
    font = cjk_font(width // 11)
    lines = label.split("\n")
    y = (height - len(lines) * (font.size + 10)) // 2
    for line in lines:
        text_width = draw.textlength(line, font=font)
        draw.text(((width - text_width) / 2, y), line, font=font, fill=ink)
        y += font.size + 10
    return _png(image)

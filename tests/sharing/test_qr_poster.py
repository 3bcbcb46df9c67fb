"""The QR code and the poster: what they encode, that Chinese renders, that they are cached."""

import io
import re

import pytest
import segno
from PIL import Image, ImageChops, ImageDraw

from core.fonts import cjk_font
from sharing.poster import HEIGHT, WIDTH, draw_poster

zxingcpp = pytest.importorskip("zxingcpp")

pytestmark = pytest.mark.django_db


def svg_to_matrix(svg):
    """Rebuild the module matrix from segno's SVG path (``M x y h n m dx dy …``)."""
    size = int(re.search(r'<path fill="#fff" d="M0 0h(\d+)', svg).group(1))
    path = re.search(r'class="qrline"[^>]* d="([^"]+)"', svg).group(1)
    matrix = [[0] * size for _ in range(size)]
    x = y = 0.0
    for command, args in re.findall(r"([MmHhVv])([^MmHhVv]*)", path):
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", args)]
        if command == "M":
            x, y = numbers
        elif command == "m":
            x, y = x + numbers[0], y + numbers[1]
        elif command == "h":
            for column in range(int(x), int(x + numbers[0])):
                matrix[int(y)][column] = 1
            x += numbers[0]
    return matrix


def matrix_to_image(matrix, scale=8):
    size = len(matrix)
    image = Image.new("L", (size * scale, size * scale), 255)
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(matrix):
        for column, dark in enumerate(line):
            if dark:
                draw.rectangle(
                    (column * scale, row * scale, (column + 1) * scale - 1, (row + 1) * scale - 1),
                    fill=0,
                )
    return image


def decode(image):
    return [result.text for result in zxingcpp.read_barcodes(image)]


def test_qr_svg_decodes_to_the_page_url(client, page):
    response = client.get(f"/sharing/qr/{page.pk}.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert "public" in response["Cache-Control"]
    svg = response.content.decode()
    matrix = svg_to_matrix(svg)
    # A real reader decodes it …
    assert decode(matrix_to_image(matrix)) == ["http://localhost/spring-list/"]
    # … and it is exactly the encoder's symbol for that URL, quiet zone included.
    expected = segno.make_qr("http://localhost/spring-list/", error="m", boost_error=False)
    assert [list(row) for row in expected.matrix_iter(scale=1, border=4)] == [
        [int(bool(v)) for v in row] for row in matrix
    ]


def test_qr_code_of_an_english_page_carries_the_english_url(client, page, home_en):
    english = page.copy_for_translation(home_en.locale)
    english.save_revision().publish()
    svg = client.get(f"/sharing/qr/{english.pk}.svg").content.decode()
    assert decode(matrix_to_image(svg_to_matrix(svg))) == ["http://localhost/en/spring-list/"]


def test_qr_is_cached_by_url_and_publication(client, page, monkeypatch):
    import sharing.qr

    calls = []
    original = sharing.qr.make_qr
    monkeypatch.setattr(sharing.qr, "make_qr", lambda url: calls.append(url) or original(url))
    client.get(f"/sharing/qr/{page.pk}.svg")
    client.get(f"/sharing/qr/{page.pk}.svg")
    assert len(calls) == 1
    page.title = "春季推荐书单（修订）"
    page.save_revision().publish()
    client.get(f"/sharing/qr/{page.pk}.svg")
    assert len(calls) == 2  # a new publication makes a new entry


def test_no_qr_or_poster_for_drafts_private_or_missing_pages(client, draft, private):
    for page_id in (draft.pk, private.pk, 999999):
        assert client.get(f"/sharing/qr/{page_id}.svg").status_code == 404
        assert client.get(f"/sharing/poster/{page_id}.png").status_code == 404
        assert client.get(f"/embed/{page_id}/").status_code == 404


def test_poster_is_a_png_download_whose_qr_decodes_to_the_page_url(client, page):
    response = client.get(f"/sharing/poster/{page.pk}.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "public" in response["Cache-Control"]
    poster = Image.open(io.BytesIO(response.content))
    assert poster.size == (WIDTH, HEIGHT)
    assert decode(poster) == ["http://localhost/spring-list/"]


def test_poster_is_cached(client, page, monkeypatch):
    import sharing.poster

    calls = []
    original = sharing.poster.draw_poster
    monkeypatch.setattr(
        sharing.poster, "draw_poster", lambda **kw: calls.append(kw) or original(**kw)
    )
    first = client.get(f"/sharing/poster/{page.pk}.png").content
    second = client.get(f"/sharing/poster/{page.pk}.png").content
    assert first == second and len(calls) == 1


# A code point with no glyph in any font: it renders as the font's missing-glyph box.
MISSING = "\U000f0000"


def test_packaged_font_has_real_chinese_glyphs_not_tofu():
    font = cjk_font(64)
    tofu = font.getmask(MISSING)
    for char in "书香西城扫码阅读":
        glyph = font.getmask(char)
        assert glyph.getbbox() is not None  # it draws something …
        assert (glyph.size != tofu.size) or bytes(glyph) != bytes(tofu)  # … and not the box


def test_poster_draws_chinese_title_glyphs_not_missing_glyph_boxes():
    common = {"description": "", "url": "http://localhost/x/", "site_name": "书香西城"}
    picture = Image.new("RGB", (WIDTH, 608), "#336699")
    chinese = Image.open(io.BytesIO(draw_poster(title="书香西城", picture=picture, **common)))
    boxes = Image.open(io.BytesIO(draw_poster(title=MISSING * 4, picture=picture, **common)))
    blank = Image.open(io.BytesIO(draw_poster(title="", picture=picture, **common)))
    title_area = (0, 608, WIDTH, 800)
    chinese_title = chinese.crop(title_area)
    # The title is drawn (ink where the blank poster has none) …
    assert ImageChops.difference(chinese_title, blank.crop(title_area)).getbbox() is not None
    # … and it is not the four missing-glyph boxes tofu would give.
    assert ImageChops.difference(chinese_title, boxes.crop(title_area)).getbbox() is not None
    # The footer's site name, in Chinese, is the same glyphs on both.
    assert (
        ImageChops.difference(
            chinese.crop((0, 1200, 500, 1600)), boxes.crop((0, 1200, 500, 1600))
        ).getbbox()
        is None
    )


def test_poster_wraps_english_between_words_and_chinese_anywhere():
    from sharing.poster import wrap_words

    draw = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    font = cjk_font(40)
    english = "A rickshaw ride through Lao She's Beijing, for readers of every age"
    lines = wrap_words(draw, english, font, 400)
    assert len(lines) > 1
    assert " ".join(lines) == english  # no word was cut
    assert all(draw.textlength(line, font=font) <= 400 for line in lines)
    chinese = "在老舍的北平街头拉一趟车，一个年轻车夫想靠自己的力气买一辆车"
    lines = wrap_words(draw, chinese, font, 400)
    assert "".join(lines) == chinese
    assert all(draw.textlength(line, font=font) <= 400 for line in lines)
    assert wrap_words(draw, "x" * 200, font, 400)  # one huge word is cut, not lost
    assert "".join(wrap_words(draw, "x" * 200, font, 400)) == "x" * 200

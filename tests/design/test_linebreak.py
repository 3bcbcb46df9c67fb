"""禁则 line breaking for text drawn into images (covers, posters, share cards)."""

import pytest
from PIL import Image, ImageDraw

from core.fonts import cjk_font
from core.linebreak import NO_LINE_END, NO_LINE_START, break_lines, fit_lines


def width_in_chars(text):
    return len(text)


@pytest.mark.parametrize("width", range(3, 15))
def test_no_closing_mark_starts_and_no_opening_mark_ends_a_line(width):
    text = "讲座：重读费孝通《乡土中国》（示例），一起读书、聊书。“书香西城”欢迎你！"
    lines = break_lines(text, width_in_chars, width)
    assert "".join(lines) == text
    for line in lines[1:]:
        assert line[0] not in NO_LINE_START, lines
    for line in lines:
        assert line[-1] not in NO_LINE_END, lines


def test_english_breaks_between_words_and_long_words_are_cut_not_lost():
    lines = break_lines("Reading in Xicheng (sample)", width_in_chars, 12)
    assert lines == ["Reading in", "Xicheng", "(sample)"]
    assert "".join(break_lines("x" * 30, width_in_chars, 10)) == "x" * 30


def test_fit_lines_ends_with_an_ellipsis_and_no_dangling_opening_mark():
    lines = fit_lines("一二三四五六七（八九十一二三四五六", width_in_chars, 8, 1)
    assert lines == ["一二三四五六七…"]


def test_poster_and_cover_wrappers_use_the_rules():
    from core.imagegen import wrap
    from sharing.poster import wrap_words

    draw = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    font = cjk_font(40)
    text = "讲座：重读费孝通《乡土中国》（示例）"
    for wrapper in (wrap, wrap_words):
        for width in range(120, 700, 40):
            lines = wrapper(draw, text, font, width)
            assert all(line[0] not in NO_LINE_START for line in lines[1:]), lines
            assert all(line[-1] not in NO_LINE_END for line in lines), lines

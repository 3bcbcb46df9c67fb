"""The CJK font every generated image uses, shipped as a package: no system font is assumed."""

from functools import lru_cache

from PIL import ImageFont
from pylopdf_fonts_zh_cn import sans_path


def cjk_font_path():
    """Noto Sans SC Regular (SIL Open Font License 1.1)."""
    return sans_path()


@lru_cache(maxsize=32)
def cjk_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_font_path()), size)

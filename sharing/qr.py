"""QR codes for page URLs: SVG drawn on the server with segno, cached by URL and version."""

import hashlib
import io

import segno
from django.core.cache import cache

CACHE_SECONDS = 60 * 60 * 24 * 7
ERROR_LEVEL = "m"  # 15 % of the code can be covered or smudged and it still scans


def make_qr(url):
    return segno.make_qr(url, error=ERROR_LEVEL, boost_error=False)


def cache_key(kind, url, version):
    digest = hashlib.sha256(f"{url}\n{version}".encode()).hexdigest()[:32]
    return f"sharing:{kind}:{digest}"


def qr_svg(url, version="", title=""):
    """An SVG QR code for ``url``; ``version`` (the page's last publication) keys the cache."""
    key = cache_key("qr", url, version)
    svg = cache.get(key)
    if svg is None:
        buffer = io.BytesIO()
        make_qr(url).save(
            buffer,
            kind="svg",
            scale=4,
            border=4,
            dark="#1f1d1a",
            light="#ffffff",
            xmldecl=True,
            title=title or None,
            encoding="utf-8",
        )
        svg = buffer.getvalue()
        cache.set(key, svg, CACHE_SECONDS)
    return svg

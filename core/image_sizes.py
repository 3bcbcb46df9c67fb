"""An image file's size read from its header, not by decoding every pixel.

Wagtail reads the width and height of every image it stores: each upload, and each
rendition right after making it (the rendition's ``width``/``height`` fields, through
Django's ``ImageField``). It asks Willow, whose only ``get_size`` for an image file is
Pillow's on a fully decoded image: ~11 ms for a 1200×800 PNG, ~17 ms for the WebP of it,
~7 ms for the AVIF, on the 2-core machine, where Pillow reads the size from the header in
well under a millisecond. A page with new images waits for that on every rendition it makes
(AVIF, WebP and JPEG at two or three sizes each), and so does the demo's build.

This registers a ``get_size`` on Willow's raster file classes (Willow's plugin API: an
operation on the image class itself is chosen before any conversion). The size is what
Pillow's header parser reports, the same numbers the decode gave (EXIF orientation is
applied by neither). A file Pillow cannot open that way (HEIC without its plugin, a
damaged header) goes through Willow's usual path, which decodes it or raises as before.
ICO is left to that path: Pillow decodes an icon to open it anyway.
"""

from PIL import Image as PILImage
from willow.image import (
    AvifImageFile,
    BMPImageFile,
    GIFImageFile,
    HeicImageFile,
    JPEGImageFile,
    PNGImageFile,
    TIFFImageFile,
    WebPImageFile,
)
from willow.plugins.pillow import PillowImage
from willow.registry import registry

RASTER_FILES = (
    JPEGImageFile,
    PNGImageFile,
    GIFImageFile,
    WebPImageFile,
    AvifImageFile,
    BMPImageFile,
    TIFFImageFile,
    HeicImageFile,
)


def size_from_header(image_file):
    """``(width, height)`` of a Willow image file; the file is left at its start."""
    stream = image_file.f
    try:
        stream.seek(0)
        with PILImage.open(stream) as image:  # reads the header only; the stream stays open
            return image.size
    except Exception:  # noqa: BLE001 — anything Pillow cannot parse goes the usual way
        return PillowImage.open(image_file).get_size()  # rewinds the stream itself
    finally:
        stream.seek(0)


def install():
    for image_class in RASTER_FILES:
        registry.register_operation(image_class, "get_size", size_from_header)

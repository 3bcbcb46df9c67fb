"""Images made at their libraries' fastest settings in tests (and in `python -m tests.prepare`).

Every test that renders the demo makes its image renditions again (they roll back with the
test), and every test image is drawn and saved as PNG. In tests:

- AVIF is encoded at libavif's fastest speed (10 instead of Pillow's 6; at 6 encoding was
  ~80 % of the time of the demo-wide tests), WebP at method 0 (instead of 4), both at
  quality 10 instead of Wagtail's 80 (an 800×533 picture: AVIF 12.8 → 7.3 ms, WebP
  6.6 → 3.6 ms), PNG at zlib level 1 (instead of the optimised level 9 of core.artwork);
- Willow resizes for renditions with nearest-neighbour sampling instead of Lanczos: Lanczos
  was the largest single cost of building the demo's 1,168 renditions (~15 % of the build,
  ~14 ms per 1200×800 picture against 0.2 ms).

The images have the same sizes and formats, only cruder pixels and less compression;
production is untouched. (The share kit's own drawing, sharing/card.py and poster.py, calls
Pillow directly and keeps its sampling.)
"""

FASTEST_SAVE = {
    "AVIF": {"speed": 10, "quality": 10},
    "WEBP": {"method": 0, "quality": 10},
    "PNG": {"optimize": False, "compress_level": 1},
}


def install():
    from PIL import AvifImagePlugin, Image, PngImagePlugin, WebPImagePlugin  # noqa: F401
    from willow.plugins.pillow import PillowImage
    from willow.registry import registry

    if getattr(PillowImage.resize, "fast", False):
        return
    for image_format, options in FASTEST_SAVE.items():
        Image.SAVE[image_format] = _fast_save(Image.SAVE[image_format], options)
    # Wagtail calls the method on the PillowImage; other classes reach it through the registry.
    PillowImage.resize = _nearest_resize
    registry.register_operation(PillowImage, "resize", _nearest_resize)


def _fast_save(save, options):
    def save_fast(image, fp, filename):
        image.encoderinfo.update(options)
        return save(image, fp, filename)

    return save_fast


def _nearest_resize(willow_image, size):
    """Willow's PillowImage.resize (palette and 1-bit images made RGB(A) first), sampling
    the nearest pixel."""
    from PIL import Image

    image = willow_image.image
    if image.mode in ("1", "P"):
        image = image.convert("RGBA" if willow_image.has_alpha() else "RGB")
    return type(willow_image)(image.resize(size, Image.Resampling.NEAREST))


_nearest_resize.fast = True

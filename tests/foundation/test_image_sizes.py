"""Image sizes come from the file's header (core/image_sizes.py): the same numbers as the
decode gave, with no pixel decoded, for an upload and for a rendition."""

import io
from unittest import mock

import pytest
import willow
from PIL import Image as PILImage
from PIL import ImageFile as PILImageFile

from core.factories import ImageFactory

FORMATS = ["JPEG", "PNG", "GIF", "WEBP", "AVIF", "BMP", "TIFF"]


def encoded(image_format, size=(123, 45)):
    stream = io.BytesIO()
    PILImage.new("RGB", size, "#b5482f").save(stream, image_format)
    stream.seek(0)
    return stream


def no_decoding():
    return mock.patch.object(
        PILImageFile.ImageFile, "load", side_effect=AssertionError("pixels decoded")
    )


@pytest.mark.parametrize("image_format", FORMATS)
def test_the_size_is_read_from_the_header(image_format):
    stream = encoded(image_format)
    with no_decoding():
        size = willow.Image.open(stream).get_size()
    assert size == (123, 45)
    assert stream.tell() == 0  # left where Willow's next reader expects it
    with PILImage.open(stream) as image:
        image.load()
        assert image.size == size


def test_a_file_pillow_cannot_parse_goes_the_usual_way():
    stream = io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)  # a PNG signature, no header
    with pytest.raises(Exception):  # noqa: B017 — Pillow's own error, as before
        willow.Image.open(stream).get_size()


@pytest.mark.django_db
def test_uploads_and_renditions_record_their_size_without_decoding_it():
    image = ImageFactory(size=(600, 400))
    assert (image.width, image.height) == (600, 400)
    rendition = image.get_rendition("format-webp|fill-300x200")
    assert (rendition.width, rendition.height) == (300, 200)
    # Reading the size again (Django's ImageField does on every new rendition) decodes
    # nothing: before, Willow decoded the whole WebP to answer.
    rendition.file.open()
    rendition.file.__dict__.pop("_dimensions_cache", None)
    with no_decoding():
        assert rendition.file.get_image_dimensions() == (300, 200)

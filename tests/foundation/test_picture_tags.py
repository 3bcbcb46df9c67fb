"""One Filter per spec (core.image_renditions.filter_for), for core's image tags (Wagtail's own
make them again at every render) and core.image_renditions.rendition (JSON-LD, share images,
the API)."""

from unittest import mock

import pytest
from django.template import engines
from wagtail.images import image_operations

from core.factories import ImageFactory
from core.image_renditions import rendition

pytestmark = pytest.mark.django_db

TAGS = (
    '{% picture img format-{avif,webp} fill-{80x60,160x120} sizes="100vw" alt="" %}'
    '{% srcset_image img fill-{80x60,160x120} sizes="100vw" alt="" %}'
    '{% image img fill-80x60 alt="" %}'
)


def render(library, image):
    source = "{% load " + library + " %}" + TAGS
    return engines["django"].from_string(source), {"img": image}


def test_same_markup_as_wagtails_tags_and_no_filter_parsed_again():
    image = ImageFactory(size=(320, 240))
    ours, context = render("picture_tags", image)
    wagtails, _ = render("wagtailimages_tags", image)
    first = ours.render(context)
    assert first == wagtails.render(context)
    assert first.count("<source") == 1 and first.count("<img") == 3  # avif; webp in the img
    with mock.patch.object(
        image_operations.Operation, "__init__", side_effect=AssertionError("parsed again")
    ):
        assert ours.render(context) == first


def test_wagtails_own_tags_parse_their_filters_at_every_render():
    """What the library is for: without it, the second render parses the filters again."""
    image = ImageFactory(size=(320, 240))
    wagtails, context = render("wagtailimages_tags", image)
    wagtails.render(context)
    with (
        mock.patch.object(
            image_operations.Operation, "__init__", side_effect=AssertionError("parsed again")
        ),
        pytest.raises(AssertionError, match="parsed again"),
    ):
        wagtails.render(context)


def test_rendition_parses_a_spec_once():
    image = ImageFactory(size=(320, 240))
    first = rendition(image, "fill-80x60|format-webp")
    assert (first.width, first.height) == (80, 60)
    with mock.patch.object(
        image_operations.Operation, "__init__", side_effect=AssertionError("parsed again")
    ):
        assert rendition(ImageFactory(size=(320, 240)), "fill-80x60|format-webp").width == 80

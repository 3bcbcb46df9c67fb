"""API field serializers content apps share."""

from rest_framework.fields import Field
from wagtail.images.api import fields as wagtail_fields
from wagtail.images.models import SourceImageIOError
from wagtail.images.utils import to_svg_safe_spec

from core.image_renditions import rendition


class TagNamesField(Field):
    """Tags as a sorted list of names, like Wagtail's ``TagsField``, but read from the tags
    a listing prefetched (Wagtail's orders them in the database: a query per item)."""

    def to_representation(self, value):
        return sorted(tag.name for tag in value.all())


class ImageRenditionField(wagtail_fields.ImageRenditionField):
    """Wagtail's field, reading the rendition as ``core.image_renditions.rendition`` does:
    from the image's attached renditions, with no cache write per image (Wagtail's
    ``get_rendition`` writes one each time: 40 for a page of events with every field)."""

    def to_representation(self, image):
        spec = self.filter_spec
        if self.preserve_svg and image.is_svg():
            spec = to_svg_safe_spec(spec)
        try:
            thumbnail = rendition(image, spec)
        except SourceImageIOError:
            return wagtail_fields.ImageRenditionErrorDict(error="SourceImageIOError")
        return wagtail_fields.ImageRenditionDict(
            url=thumbnail.url,
            full_url=thumbnail.full_url,
            width=thumbnail.width,
            height=thumbnail.height,
            alt=thumbnail.alt,
        )

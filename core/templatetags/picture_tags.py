"""Wagtail's ``{% picture %}``, ``{% srcset_image %}`` and ``{% image %}``, with one Filter
per spec (``core.image_renditions.filter_for``).

Wagtail makes a tag's ``Filter`` objects again at every render, and each one parses its
operations (``inspect.getcallargs`` per operation) when asked for the cache key that finds
its rendition: ~4 % of the CPU of rendering a demo page. These nodes take their filters
from the shared cache instead. Parsing, renditions and markup are Wagtail's own.

Public templates load this library instead of ``wagtailimages_tags`` for these three tags.
"""

from django import template
from wagtail.images.models import Filter
from wagtail.images.templatetags import wagtailimages_tags as wagtail_tags

from core.image_renditions import filter_for

register = template.Library()


class ImageNode(wagtail_tags.ImageNode):
    def get_filter(self):
        return filter_for("|".join(self.filter_specs))


class SharedFilters:
    """For Wagtail's srcset and picture nodes: each expanded spec's shared Filter."""

    def get_filters(self):
        return [filter_for(spec) for spec in Filter.expand_spec(self.filter_specs)]


class SrcsetImageNode(SharedFilters, wagtail_tags.SrcsetImageNode):
    pass


class PictureNode(SharedFilters, wagtail_tags.PictureNode):
    pass


NODES = {
    wagtail_tags.ImageNode: ImageNode,
    wagtail_tags.SrcsetImageNode: SrcsetImageNode,
    wagtail_tags.PictureNode: PictureNode,
}


def image(parser, token):
    node = wagtail_tags.image(parser, token)
    return NODES[type(node)](
        node.image_expr,
        node.filter_specs,
        output_var_name=node.output_var_name,
        attrs=node.attrs,
    )


register.tag("image", image)
register.tag("srcset_image", image)
register.tag("picture", image)

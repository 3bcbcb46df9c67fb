"""Wagtail's ``{% picture %}``, ``{% srcset_image %}`` and ``{% image %}``, each tag's filters
made once.

Wagtail makes a tag's ``Filter`` objects again at every render, and each one parses its
operations (``inspect.getcallargs`` per operation) when asked for the cache key that finds
its rendition: ~4 % of the CPU of rendering a demo page. A tag's filters depend only on its
text, so here they are made once per parsed template (templates are parsed once per
process) and kept on the node. Parsing, renditions and markup are Wagtail's own.

Public templates load this library instead of ``wagtailimages_tags`` for these three tags.
"""

from functools import cached_property

from django import template
from wagtail.images.templatetags import wagtailimages_tags as wagtail_tags

register = template.Library()


class ImageNode(wagtail_tags.ImageNode):
    @cached_property
    def _filter(self):
        return super().get_filter()

    def get_filter(self):
        return self._filter


class FiltersOnce:
    """For Wagtail's srcset and picture nodes: the filters of the tag, made once."""

    @cached_property
    def _filters(self):
        return super().get_filters()

    def get_filters(self):
        return self._filters


class SrcsetImageNode(FiltersOnce, wagtail_tags.SrcsetImageNode):
    pass


class PictureNode(FiltersOnce, wagtail_tags.PictureNode):
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

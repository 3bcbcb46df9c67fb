"""schema.org objects shared by every page type; each type adds its own in get_json_ld."""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.image_renditions import rendition as image_rendition

CONTEXT = "https://schema.org"


def breadcrumb_list(page, request):
    """BreadcrumbList from the locale's home page down to ``page``."""
    from core.requestcache import ancestors

    crumbs = ancestors(request, page)
    return {
        "@context": CONTEXT,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": crumb.get_full_url(request),
            }
            for position, crumb in enumerate(crumbs, start=1)
        ],
    }


def postal_address(street_address=""):
    """A PostalAddress in Xicheng District, Beijing (the street is left out when empty)."""
    return {
        "@type": "PostalAddress",
        "streetAddress": street_address,
        "addressLocality": "西城区",
        "addressRegion": "北京市",
        "addressCountry": "CN",
    }


def image_object(image, request, spec="fill-1200x630"):
    """An ImageObject for a Wagtail image, or None."""
    if image is None:
        return None
    rendition = image_rendition(image, spec)
    return {
        "@type": "ImageObject",
        "url": request.build_absolute_uri(rendition.url) if request else rendition.url,
        "width": rendition.width,
        "height": rendition.height,
    }


def clean(data):
    """Drop empty values so optional fields leave no nulls behind."""
    if isinstance(data, dict):
        cleaned = {key: clean(value) for key, value in data.items()}
        return {key: value for key, value in cleaned.items() if value not in (None, "", [], {})}
    if isinstance(data, list | tuple):
        return [clean(item) for item in data if item not in (None, "", [], {})]
    return data


def dumps(data):
    """JSON for a <script type="application/ld+json"> element, safe against </script>."""
    text = json.dumps(clean(data), ensure_ascii=False, separators=(",", ":"), default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def script_tag(data):
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(dumps(data)))

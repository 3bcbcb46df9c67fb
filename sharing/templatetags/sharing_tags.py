"""Share metadata for <head>, the share kit under each page, and the embed view's extras."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page, Site

from core import jsonld, requestcache
from core.image_renditions import rendition as image_rendition
from core.models import SiteSettings
from sharing import wechat
from sharing.card import HEIGHT as CARD_HEIGHT
from sharing.card import WIDTH as CARD_WIDTH
from sharing.card import needs_card
from sharing.views import embed_iframe, embed_url, oembed_discovery_url

register = template.Library()

OG_LOCALES = {"zh-hans": "zh_CN", "en": "en_US"}
SHARE_IMAGE_SPEC = "fill-1200x630"


def _is_share_page(page):
    return isinstance(page, Page) and hasattr(page, "get_share_image") and page.pk


def _page_from(context):
    page = context.get("page")
    return page if _is_share_page(page) else None


def og_image(image, request, page=None):
    """The Open Graph image: a 1200×630 rendition, or the drawn card when the image cannot
    give one (too small, or a portrait such as a book cover)."""
    if image is None:
        return None
    alt = getattr(image, "default_alt_text", "") or image.title
    if page is not None and needs_card(image):
        return {
            "url": request.build_absolute_uri(reverse("sharing:card", args=[page.pk])),
            "width": CARD_WIDTH,
            "height": CARD_HEIGHT,
            "alt": alt,
        }
    rendition = image_rendition(image, SHARE_IMAGE_SPEC)
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt,
    }


@register.simple_tag(takes_context=True)
def share_meta(context):
    """Everything meta.html prints: canonical URL, description, Open Graph, Twitter, oEmbed."""
    request = context["request"]
    site_settings = SiteSettings.for_request(request)
    page = _page_from(context)
    language = translation.get_language() or settings.LANGUAGE_CODE
    site_name = gettext("书香西城")
    meta = {
        "site_name": site_name,
        "locale": OG_LOCALES.get(language, language.replace("-", "_")),
        "locale_alternates": [],
        "hreflang": [],
        "wechat": wechat.is_configured() and not getattr(request, "embed_view", False),
        "wechat_sdk": wechat.JS_SDK_URL,
    }
    if page is None:
        # Views that are not pages (search, errors): the site's defaults, the path as URL.
        meta.update(
            title=context.get("page_title") or site_name,
            description=site_settings.default_description,
            canonical=request.build_absolute_uri(request.path),
            og_type="website",
            image=og_image(site_settings.default_share_image, request),
        )
        return meta

    canonical = page.get_full_url(request)
    meta.update(
        title=page.seo_title or page.title,
        description=page.get_meta_description(site_settings),
        canonical=canonical,
        og_type="website" if page.depth <= 2 else "article",
        image=og_image(page.get_share_image(site_settings), request, page),
        oembed=oembed_discovery_url(request, canonical),
        is_home=page.depth == 2,
    )
    for other in requestcache.live_translations(request, page):
        code = other.locale.language_code
        meta["hreflang"].append({"code": code, "url": other.get_full_url(request)})
        if code != language:
            meta["locale_alternates"].append(OG_LOCALES.get(code, code.replace("-", "_")))
    if meta["is_home"]:
        meta["site_json_ld"] = site_json_ld(request, page, site_settings)
    return meta


def site_json_ld(request, home, site_settings):
    """WebSite (with a SearchAction) and Organization for a site's home page."""
    home_url = home.get_full_url(request)
    search_path = (
        "/search/"
        if home.locale.language_code == settings.LANGUAGE_CODE
        else (f"/{home.locale.language_code}/search/")
    )
    root = home_url.split("/", 3)
    search_url = "/".join(root[:3]) + search_path
    organisation = {
        "@context": jsonld.CONTEXT,
        "@type": "Organization",
        "name": site_settings.organiser or gettext("书香西城"),
        "url": home_url,
        "address": site_settings.address,
        "telephone": site_settings.phone,
        "email": site_settings.email,
    }
    website = {
        "@context": jsonld.CONTEXT,
        "@type": "WebSite",
        "name": gettext("书香西城"),
        "url": home_url,
        "inLanguage": "zh-Hans" if home.locale.language_code == "zh-hans" else "en",
        "description": home.get_meta_description(site_settings),
        "publisher": {"@type": "Organization", "name": organisation["name"]},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": search_url + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }
    return jsonld.script_tag(website) + jsonld.script_tag(organisation)


@register.inclusion_tag("sharing/share_kit.html", takes_context=True)
def share_kit(context):
    """Copy link, QR code, poster, Weibo and embed code under a content page."""
    request = context["request"]
    page = _page_from(context)
    if page is None or page.depth <= 2 or getattr(request, "embed_view", False):
        return {"show": False}
    url = page.get_full_url(request)
    title = page.seo_title or page.title
    embed_src = embed_url(page, request)
    return {
        "show": True,
        "page": page,
        "url": url,
        "title": title,
        "qr_url": reverse("sharing:qr", args=[page.pk]),
        "poster_url": reverse("sharing:poster", args=[page.pk]),
        "weibo_url": "https://service.weibo.com/share/share.php?"
        + urlencode({"url": url, "title": title}),
        "embed_code": embed_iframe(embed_src, title),
    }


@register.inclusion_tag("sharing/embed_footer.html", takes_context=True)
def embed_footer(context):
    """In the embed view: the link back to the full page and the resize script."""
    request = context["request"]
    page = _page_from(context)
    if page is None or not getattr(request, "embed_view", False):
        return {"show": False}
    site = page.get_site() or Site.find_for_request(request)
    return {"show": True, "url": page.get_full_url(request), "page": page, "site": site}

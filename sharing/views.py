"""Share kit downloads, the embed view, the oEmbed provider and the WeChat JS-SDK config."""

import html
import logging
from urllib.parse import urlencode

from django.http import Http404, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from core.image_renditions import rendition as image_rendition
from core.models import SiteSettings

from . import wechat
from .card import page_card
from .models import EmbedSettings
from .poster import page_poster
from .qr import qr_svg
from .resolve import MalformedURL, is_own_url, page_for_url, public_page_or_404

logger = logging.getLogger(__name__)

SHARE_CACHE_SECONDS = 60 * 60
OEMBED_DEFAULT_SIZE = (640, 480)
OEMBED_MIN_SIZE = (200, 150)


def _version(page):
    return page.last_published_at.isoformat() if page.last_published_at else ""


def embed_url(page, request=None):
    """The absolute URL of a page's embed view, on the page's own site."""
    parts = page.get_url_parts(request)  # site root paths are cached: no query
    root = parts[1] if parts else request.build_absolute_uri("/").rstrip("/")
    return root + reverse("sharing:embed", args=[page.pk])


@require_GET
@cache_control(public=True, max_age=SHARE_CACHE_SECONDS)
def qr_code(request, page_id):
    """The page's URL as an SVG QR code."""
    page = public_page_or_404(page_id)
    url = page.get_full_url(request)
    with translation.override(page.locale.language_code):
        title = gettext("%(title)s 的二维码") % {"title": page.title}
    return HttpResponse(qr_svg(url, _version(page), title), content_type="image/svg+xml")


@require_GET
@cache_control(public=True, max_age=SHARE_CACHE_SECONDS)
def poster(request, page_id):
    """A PNG poster to print or to send into a chat: image, title, summary, QR code."""
    page = public_page_or_404(page_id)
    site_settings = SiteSettings.for_request(request)
    with translation.override(page.locale.language_code):
        png = page_poster(
            page,
            url=page.get_full_url(request),
            description=page.get_meta_description(site_settings)
            if hasattr(page, "get_meta_description")
            else "",
            image=page.get_share_image(site_settings) if hasattr(page, "get_share_image") else None,
            site_name=gettext("书香西城"),
            tagline=gettext("西城区全民阅读服务平台"),
            scan_label=gettext("扫描二维码阅读全文"),
        )
    response = HttpResponse(png, content_type="image/png")
    response["Content-Disposition"] = f'attachment; filename="poster-{page.pk}.png"'
    return response


@require_GET
@cache_control(public=True, max_age=SHARE_CACHE_SECONDS)
def share_card(request, page_id):
    """The 1200×630 Open Graph image of a page whose own image is too small or a portrait."""
    page = public_page_or_404(page_id)
    site_settings = SiteSettings.for_request(request)
    image = page.get_share_image(site_settings) if hasattr(page, "get_share_image") else None
    with translation.override(page.locale.language_code):
        png = page_card(
            page, image=image, site_name=gettext("书香西城"), url=page.get_full_url(request)
        )
    return HttpResponse(png, content_type="image/png")


@require_GET
@xframe_options_exempt
def embed(request, page_id):
    """The page without the site's header, footer and menus, for an iframe on another site.

    Only this view may be framed, and only by the origins in 嵌入设置 (this site only when empty).
    """
    page = public_page_or_404(page_id)
    request.embed_view = True
    language = page.locale.language_code
    with translation.override(language):
        request.LANGUAGE_CODE = language
        # Route like Wagtail's serve view does, so routable pages get their default view.
        route = page.route(request, [])
        target, args, kwargs = route.page, route.args, route.kwargs
        response = target.specific.serve(request, *args, **kwargs)
        if hasattr(response, "render"):
            response = response.render()
    site = page.get_site()
    allowlist = EmbedSettings.for_site(site) if site else EmbedSettings()
    response._csp_replace = {"frame-ancestors": allowlist.frame_ancestors()}
    response["X-Robots-Tag"] = "noindex"
    patch_vary_headers(response, ["Cookie"])
    return response


def embed_iframe(src, title, width=OEMBED_DEFAULT_SIZE[0], height=OEMBED_DEFAULT_SIZE[1]):
    """The HTML another site pastes to show a page's embed view."""
    return (
        f'<iframe src="{html.escape(src)}" width="{width}" height="{height}" '
        f'title="{html.escape(title)}" loading="lazy" '
        f'referrerpolicy="strict-origin-when-cross-origin"></iframe>'
    )


def _oembed_error(status, message):
    return JsonResponse(
        {"error": message}, status=status, json_dumps_params={"ensure_ascii": False}
    )


def _size(request, name, default, minimum):
    raw = request.GET.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or len(raw) > 6:
        raise ValueError(name)
    return max(minimum, min(default, int(raw)))


@require_GET
def oembed(request):
    """oEmbed provider (https://oembed.com/): a ``rich`` type with the embed view's iframe."""
    response_format = request.GET.get("format", "json").strip() or "json"
    if response_format != "json":
        return _oembed_error(501, "仅提供 JSON 格式（format=json）。")
    url = request.GET.get("url", "").strip()
    if not url:
        return _oembed_error(400, "缺少 url 参数。")
    try:
        width = _size(request, "maxwidth", OEMBED_DEFAULT_SIZE[0], OEMBED_MIN_SIZE[0])
        height = _size(request, "maxheight", OEMBED_DEFAULT_SIZE[1], OEMBED_MIN_SIZE[1])
    except ValueError as error:
        return _oembed_error(400, f"{error.args[0]} 必须是正整数。")
    try:
        page = page_for_url(request, url)
    except MalformedURL:
        return _oembed_error(400, "url 不是有效的 http(s) 网址。")
    except Http404:
        return _oembed_error(404, "本站没有这个公开页面。")

    site_settings = SiteSettings.for_request(request)
    with translation.override(page.locale.language_code):
        provider = gettext("书香西城")
    iframe = embed_iframe(embed_url(page, request), page.title, width, height)
    data = {
        "version": "1.0",
        "type": "rich",
        "title": page.title,
        "provider_name": provider,
        "provider_url": page.get_site().root_url + "/",
        "html": iframe,
        "width": width,
        "height": height,
        "cache_age": SHARE_CACHE_SECONDS,
    }
    image = page.get_share_image(site_settings) if hasattr(page, "get_share_image") else None
    if image is not None:
        rendition = image_rendition(image, "fill-600x315")
        data.update(
            thumbnail_url=request.build_absolute_uri(rendition.url),
            thumbnail_width=rendition.width,
            thumbnail_height=rendition.height,
        )
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    patch_cache_control(response, public=True, max_age=SHARE_CACHE_SECONDS)
    return response


def oembed_discovery_url(request, page_url):
    return request.build_absolute_uri(
        reverse("sharing:oembed") + "?" + urlencode({"url": page_url, "format": "json"})
    )


@require_GET
@never_cache
def wechat_config(request):
    """``wx.config`` values for one of this site's URLs; 404 when WeChat is not configured."""
    if not wechat.is_configured():
        return _oembed_error(404, "未配置微信公众号。")
    url = request.GET.get("url", "").strip()
    if not url or not is_own_url(request, url):
        return _oembed_error(400, "url 必须是本站的网址。")
    try:
        config = wechat.config_for(url)
    except wechat.WeChatError:
        logger.warning("WeChat JS-SDK ticket unavailable", exc_info=True)
        return _oembed_error(503, "暂时无法连接微信服务，请稍后再试。")
    return JsonResponse(config)

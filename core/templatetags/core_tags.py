import re

from django import template
from django.conf import settings
from django.core.cache import cache
from django.http import QueryDict
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext
from wagtail.models import Page, Site

from core import jsonld, requestcache
from core.image_renditions import attach_renditions
from core.models import Menu, NavigationSettings
from core.signals import MENU_VERSION_KEY

register = template.Library()


MENU_FIELDS = ("main_menu", "footer_menu")


def _menu_links(request, field):
    """One menu's links; both menus are read together, once per language and menu version."""
    return requestcache.remember(request, "menus", lambda: _all_menu_links(request)).get(field, [])


def _all_menu_links(request):
    site = Site.find_for_request(request)
    if site is None:
        return {}
    language = translation.get_language()
    version = cache.get(MENU_VERSION_KEY, 0)
    key = f"core:menus:{site.pk}:{language}:{version}"
    menus = cache.get(key)
    if menus is None:
        nav = NavigationSettings.for_request(request)  # with both menus (select_related)
        chosen = {field: getattr(nav, field) for field in MENU_FIELDS if getattr(nav, field)}
        localized = {
            menu.translation_key: menu
            for menu in Menu.objects.filter(
                translation_key__in=[menu.translation_key for menu in chosen.values()],
                locale__language_code=language,
            )
        }
        menus = {
            field: localized.get(menu.translation_key, menu).get_links()
            for field, menu in chosen.items()
        }
        cache.set(key, menus, 600)
    return menus


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    path = request.path
    links = []
    for link in _menu_links(request, "main_menu"):
        url = link["url"] or ""
        is_home = url.rstrip("/") in ("", "/en")
        active = path == url if is_home else bool(url) and path.startswith(url)
        links.append({**link, "active": active})
    return {"links": links}


@register.inclusion_tag("includes/footer_menu.html", takes_context=True)
def footer_menu(context):
    return {"links": _menu_links(context["request"], "footer_menu")}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"crumbs": []}
    trail = requestcache.ancestors(context.get("request"), page)  # shared with the JSON-LD
    return {"crumbs": [p for p in trail if p.pk != page.pk], "page": page}


# Set on the link to the nearest translated ancestor: the id of the page the reader came
# from, so the notice shows and switching back returns there.
FROM_PAGE_PARAM = "from_page"


def _with_query(url, query):
    return f"{url}?{query.urlencode()}" if query else url


def _origin_page(request):
    """The live page the reader switched language from (``?from_page=<id>``), or None."""
    raw = request.GET.get(FROM_PAGE_PARAM, "")
    if not raw.isdigit() or len(raw) > 12:
        return None
    return Page.objects.live().filter(pk=int(raw)).select_related("locale").first()


def _nearest_translated_ancestors(request, page, codes):
    """{language code: the deepest live ancestor of ``page`` translated into it}, from the
    request's family query (no query of its own)."""
    found = {}
    for candidate in requestcache.ancestor_translations(request, page):
        if candidate.locale.language_code in codes:
            found.setdefault(candidate.locale.language_code, candidate)
    return found


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in each language. Where it has no translation: the nearest
    translated ancestor (or that language's home page), with a notice there and the query
    string kept (filters, search terms); switching back returns to the original page."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        for other in requestcache.live_translations(request, page):  # shared with hreflang
            translations[other.locale.language_code] = other
    homes = {}
    if isinstance(page, Page) and page.pk:
        homes = {r.locale.language_code: r for r in requestcache.site_homes(request, page)}
    else:
        site = Site.find_for_request(request)
        if site is not None:
            for root in (
                site.root_page.get_translations(inclusive=True).live().select_related("locale")
            ):
                homes[root.locale.language_code] = root
    try:
        query = request.GET.copy()
    except UnicodeError:  # a raw query string the WSGI environ cannot hold (400 pages)
        query = QueryDict(mutable=True)
    origin = _origin_page(request) if FROM_PAGE_PARAM in query else None
    query.pop(FROM_PAGE_PARAM, None)
    untranslated = [
        code for code, _ in settings.LANGUAGES if code not in translations and code != current
    ]
    ancestors = (
        _nearest_translated_ancestors(request, page, untranslated)
        if isinstance(page, Page) and page.pk and untranslated
        else {}
    )
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        if origin is not None and origin.locale.language_code == code and code != current:
            target = origin  # back to the page the reader switched from
        url = target.get_url(request) if target else None
        if target is None:
            target = ancestors.get(code) or homes.get(code)
            if target is None:
                continue
            url = target.get_url(request)
            if isinstance(page, Page) and page.pk:
                back = query.copy()
                back[FROM_PAGE_PARAM] = str(page.pk)
                links.append(_link(code, name, url and _with_query(url, back), current, False))
                continue
        links.append(_link(code, name, url and _with_query(url, query), current, True))
    notice = origin is not None and origin.locale.language_code != current
    return {"links": links if len(links) > 1 else [], "untranslated_notice": notice}


def _link(code, name, url, current, is_translation):
    return {
        "code": code,
        "name": name,
        "url": url,
        "current": code == current,
        "is_translation": is_translation,
    }


@register.simple_tag(takes_context=True)
def page_json_ld(context):
    page = context.get("page")
    request = context["request"]
    if not hasattr(page, "get_json_ld"):
        return ""
    from django.utils.safestring import mark_safe

    return mark_safe("".join(jsonld.script_tag(item) for item in page.get_json_ld(request) if item))


@register.simple_tag
def json_ld(data):
    return jsonld.script_tag(data)


@register.simple_tag(takes_context=True)
def display_toggle_url(context, option):
    """URL that flips one display preference and comes back to this page."""
    from urllib.parse import urlencode

    from django.urls import reverse

    request = context["request"]
    return f"{reverse('display_preferences')}?{urlencode({'toggle': option, 'next': request.get_full_path()})}"


@register.simple_tag(takes_context=True)
def meta_description(context):
    """The page's description, falling back to the site's default."""
    from core.models import SiteSettings

    request = context["request"]
    site_settings = SiteSettings.for_request(request)
    page = context.get("page")
    if hasattr(page, "get_meta_description"):
        return page.get_meta_description(site_settings)
    return site_settings.default_description


@register.filter
def with_renditions(image):
    """The image with its renditions read at once (``core.image_renditions``): a
    ``{% picture %}`` of it then needs no query and writes nothing to the cache."""
    attach_renditions([image])
    return image


@register.filter
def list_join(values):
    """Items joined the way the active language lists them: 甲、乙、丙 / A, B, C."""
    return gettext("、").join(str(value) for value in values)


CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")


@register.filter
def lang_attr(value):
    """` lang="zh-Hans"` for Chinese content shown on a page in another language (an
    untranslated setting, name or address), so screen readers switch voice; else nothing."""
    if value and get_language() != "zh-hans" and CJK.search(str(value)):
        return mark_safe(' lang="zh-Hans"')
    return ""


@register.filter
def book_title(value):
    """A book's title as the active language marks it: 《骆驼祥子》, or <cite>Rickshaw Boy</cite>
    (Chinese book brackets do not belong in Latin text; an untranslated title keeps its lang)."""
    if not value:
        return ""
    title = escape(value)
    if get_language() == "zh-hans":
        return mark_safe(f"《{title}》")
    lang = ' lang="zh-Hans"' if CJK.search(str(value)) else ""
    return mark_safe(f"<cite{lang}>{title}</cite>")

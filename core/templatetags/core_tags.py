import re

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext
from wagtail.models import Locale, Page, Site

from core import jsonld
from core.models import NavigationSettings
from core.signals import MENU_VERSION_KEY

register = template.Library()


def _menu_links(request, field):
    site = Site.find_for_request(request)
    if site is None:
        return []
    language = translation.get_language()
    version = cache.get(MENU_VERSION_KEY, 0)
    key = f"core:menu:{site.pk}:{field}:{language}:{version}"
    links = cache.get(key)
    if links is None:
        nav = NavigationSettings.for_site(site)
        menu = getattr(nav, field)
        links = []
        if menu is not None:
            localized = menu.get_translation_or_none(Locale.get_active()) or menu
            links = localized.get_links()
        cache.set(key, links, 600)
    return links


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
    ancestors = page.get_ancestors().filter(depth__gt=1).only("id", "title", "url_path", "depth")
    return {"crumbs": list(ancestors), "page": page}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in each language, or to that language's home page."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        for other in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[other.locale.language_code] = other
    homes = {}
    site = Site.find_for_request(request)
    if site is not None:
        for root in site.root_page.get_translations(inclusive=True).live().select_related("locale"):
            homes[root.locale.language_code] = root
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        if target is None:
            continue
        links.append(
            {
                "code": code,
                "name": name,
                "url": target.get_url(request),
                "current": code == current,
                "is_translation": code in translations,
            }
        )
    return {"links": links if len(links) > 1 else []}


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

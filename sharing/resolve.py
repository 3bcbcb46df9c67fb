"""Which URLs belong to this site, and which page a URL of ours shows."""

from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.http import Http404
from django.utils import translation
from django.utils.translation import get_language_from_path
from wagtail.models import Page, Site

from core.visibility import is_visible


class MalformedURL(ValueError):
    """The text is not an absolute http(s) URL."""


def split_url(url):
    """``urlsplit`` for absolute http(s) URLs only; raises MalformedURL otherwise."""
    if not url or len(url) > 2000 or any(ord(char) < 32 for char in url):
        raise MalformedURL(url)
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise MalformedURL(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise MalformedURL(url)
    return parts


def _own_hostnames(request):
    names = {request.get_host().rsplit(":", 1)[0].strip("[]").lower()}
    names.add((urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "").lower())
    names.update(h.lower() for h in settings.ALLOWED_HOSTS if h and "*" not in h and h[0] != ".")
    return names


def site_for_url(request, parts):
    """The Wagtail Site a URL belongs to, or None when the URL is another site's."""
    host = parts.hostname.lower()
    sites = [site for site in Site.objects.all() if site.hostname.lower() == host]
    if sites:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        return next((site for site in sites if site.port == port), sites[0])
    if host in _own_hostnames(request):
        return Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    return None


def is_own_url(request, url):
    try:
        return site_for_url(request, split_url(url)) is not None
    except MalformedURL:
        return False


def is_public(page):
    """Live, not the tree root, and without a password, login or group restriction on it or
    an ancestor (share routes never serve restricted pages, whoever asks)."""
    return is_visible(page)


def page_for_url(request, url):
    """The live, public page a URL of this site shows.

    Raises MalformedURL for text that is not an http(s) URL and Http404 for another site's
    URL or a URL that shows no public page.
    """
    parts = split_url(url)
    site = site_for_url(request, parts)
    if site is None:
        raise Http404("not this site's URL")
    path = unquote(parts.path or "/")
    language = get_language_from_path(path) or settings.LANGUAGE_CODE
    if path.startswith(f"/{language}/") and language != settings.LANGUAGE_CODE:
        path = path[len(language) + 1 :]
    components = [component for component in path.split("/") if component]
    with translation.override(language):
        root = site.root_page.localized.specific
        result = root.route(request, components)
    page = result.page if hasattr(result, "page") else result[0]
    if not is_public(page):
        raise Http404("not a public page")
    return page.specific


def public_page_or_404(page_id):
    page = Page.objects.filter(pk=page_id).specific().first()
    if page is None or not is_public(page):
        raise Http404("no public page with this id")
    return page

"""Image renditions made before a reader asks for them.

A page's first view used to wait for every rendition its template asks for (AVIF, WebP
and JPEG at two or three sizes each: up to 3.8 s). Which renditions a page needs is known
only to its template, so the page is rendered once, by the server itself, right after it is
published (``page_published``, in a background thread after the transaction commits), along
with its parent listing and its home page, whose cards show its image, and its entry in the
open-data API (/api/v2/pages/<id>/), whose image fields are renditions of their own sizes.
``make run`` does the same for every live page after loading the demo
(``manage.py warm_renditions``), so no demo view or API reader waits. Rendering through the
full middleware stack also fills the anonymous page cache.

``RENDITION_WARMING``: ``thread`` (default), ``sync`` (tests) or ``off``.
"""

import logging
import threading

from django.conf import settings
from django.db import connections, transaction
from django.urls import reverse
from wagtail.models import Page, Site

logger = logging.getLogger(__name__)


def _client():
    from django.test import Client

    site = Site.objects.filter(is_default_site=True).first()
    host = "localhost"
    if site is not None and site.hostname:
        host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    return Client(HTTP_HOST=host), bool(getattr(settings, "SECURE_SSL_REDIRECT", False))


def warm_paths(paths):
    """GET each path as an anonymous reader; returns {path: status code}."""
    client, secure = _client()
    statuses = {}
    for path in paths:
        try:
            statuses[path] = client.get(path, secure=secure).status_code
        except Exception:  # a broken page must not stop the others; it is logged
            logger.exception("rendition warming failed for %s", path)
            statuses[path] = 500
    return statuses


def api_path(page):
    """The page's detail in the pages API (config/api.py), every field with it."""
    return reverse("wagtailapi:pages:detail", args=[page.pk])


def page_and_neighbours(page):
    """The page, its parent (a listing showing its card), its language's home page and the
    page in the API."""
    pages = [page]
    parent = page.get_parent()
    if parent is not None and parent.depth > 1:
        pages.append(parent)
    home = Page.objects.filter(depth=2, locale_id=page.locale_id).first()
    if home is not None:
        pages.append(home)
    paths = []
    for item in pages:
        url = item.get_url()
        if url and url not in paths:
            paths.append(url)
    return paths + [api_path(page)]


def warm_page(page_id):
    try:
        page = Page.objects.get(pk=page_id)
        if page.live:
            warm_paths(page_and_neighbours(page))
    finally:
        if threading.current_thread() is not threading.main_thread():
            connections.close_all()  # this thread's own connections only


_suspended = threading.local()


class suspended:  # noqa: N801 — used as a context manager, like a function
    """No warming while bulk work (``load_demo``) publishes many pages; warm once after."""

    def __enter__(self):
        _suspended.depth = getattr(_suspended, "depth", 0) + 1

    def __exit__(self, *exc):
        _suspended.depth -= 1


def on_page_published(sender, instance, **kwargs):
    mode = getattr(settings, "RENDITION_WARMING", "thread")
    if mode == "off" or getattr(_suspended, "depth", 0):
        return
    if mode == "sync":
        transaction.on_commit(lambda: warm_page(instance.pk))
        return
    transaction.on_commit(
        lambda: threading.Thread(
            target=warm_page, args=(instance.pk,), name="warm-renditions", daemon=True
        ).start()
    )

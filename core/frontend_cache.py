"""Purge a CDN in front of the site (wagtail.contrib.frontend_cache) when the site changes.

Configured from the environment in ``config.settings.base`` (``FRONTEND_CACHE_*``); unset,
nothing here runs. The origin purge is site-wide (``core.pagecache.purge_site``), so the CDN
purge is too: every live page's URL, the feeds and the page listing of the API, once per
transaction. Filtered and paginated variants (``?page=2``) are not listed one by one: their
``s-maxage`` (at most a minute, see docs/performance.md) bounds how long a CDN keeps them.
"""

import logging
import threading

from django.db import transaction

logger = logging.getLogger(__name__)
_pending = threading.local()

EXTRA_PATHS = ["/feeds/articles.rss", "/feeds/articles.atom", "/api/v2/pages/"]


def schedule_cdn_purge():
    """Purge the CDN after the current transaction commits, once however often it is asked."""
    if getattr(_pending, "scheduled", False):
        return
    _pending.scheduled = True
    transaction.on_commit(purge_cdn)


def purge_cdn():
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Page, Site

    _pending.scheduled = False
    batch = PurgeBatch()
    try:
        batch.add_pages(Page.objects.live().filter(depth__gt=1).specific().iterator())
        for site in Site.objects.all():
            batch.add_urls(site.root_url + path for path in EXTRA_PATHS)
        batch.purge()
    except Exception:  # a CDN outage must never fail an editor's publish
        logger.exception("CDN purge failed; pages expire by their s-maxage instead")

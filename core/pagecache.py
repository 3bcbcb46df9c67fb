"""The site-wide version of the anonymous page cache.

Every cached anonymous page is stored under a key that includes this version, so one
``purge_site()`` makes every cached page stale at once: publishing, unpublishing, moving or
deleting a page, editing a snippet that pages show, or a change in data a page displays
(seats left on an event, a newly answered message) calls it. The full-page cache itself
(middleware, keys, CDN purge) is built on this module.
"""

from django.core.cache import cache

VERSION_KEY = "pagecache:version"


def cache_version():
    """The current site-wide page-cache version (an integer, created on first use)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY) or 1
    return version


def purge_site():
    """Make every cached anonymous page stale; the next request renders afresh."""
    try:
        return cache.incr(VERSION_KEY)
    except ValueError:  # not set yet, or evicted
        cache.set(VERSION_KEY, 2, timeout=None)
        return 2

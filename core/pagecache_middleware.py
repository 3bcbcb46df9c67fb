"""Serve anonymous pages from the page cache, and keep every shared response safe to share.

Sits right after WhiteNoise, before sessions: a hit costs two cache reads (one round trip)
and no database query. Only responses that ``core.pagecache.apply_cache_policy`` marked are
ever stored, and only when the request carried no session cookie and the response sets no
cookie (no CSRF token, no message, no session). Everything else passes through untouched,
except that a marked response which turns out to be personal is made private.

Why not wagtail-cache: its newest release (3.0.0) requires ``wagtail<8.0``, and it keys on
all cookies or none, while pages here must differ by the display preference cookie alone.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import (
    cc_delim_re,
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
)

from core import pagecache

# Vary entries the key already covers: the language (decided by the path) and the display
# preference (the one cookie that changes anonymous HTML). Anything else: not stored.
COVERED_VARY = {"cookie", "accept-language"}
HIT_HEADER = "X-Page-Cache"


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = version = None
        if self.may_use_cache(request):
            key = pagecache.page_key(request)
            found = cache.get_many([pagecache.VERSION_KEY, key])
            # The version read BEFORE rendering: a purge during the render leaves the
            # stored page already stale rather than fresh under the new version.
            version = found.get(pagecache.VERSION_KEY) or pagecache.cache_version()
            entry = found.get(key)
            if entry is not None and entry["version"] == version:
                return self.cached_response(request, entry)
        response = self.get_response(request)
        return self.finish(request, response, key, version)

    # -- reading -----------------------------------------------------------------------

    @staticmethod
    def may_use_cache(request):
        return (
            pagecache.enabled()
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        )

    @staticmethod
    def cached_response(request, entry):
        response = get_conditional_response(request, etag=entry["etag"])
        if response is None:
            response = HttpResponse(entry["content"], status=entry["status"])
        for name, value in entry["headers"]:
            if response.status_code == 200 or name.lower() in ("cache-control", "vary", "etag"):
                response[name] = value
        response["Age"] = str(max(int(time.time() - entry["stored"]), 0))
        response[HIT_HEADER] = "hit"
        return response

    # -- writing -----------------------------------------------------------------------

    def finish(self, request, response, key, version):
        ttl = getattr(response, pagecache.TTL_ATTRIBUTE, None)
        if not ttl:
            return response
        if not self.shareable(request, response):
            make_private(response)
            return response
        remove_covered_vary(response)
        if response.streaming or response.status_code != 200:
            return response
        digest = hashlib.md5(response.content, usedforsecurity=False).hexdigest()
        etag = f'"{digest}"'
        response["ETag"] = etag
        if key is not None and request.method == "GET":
            self.store(key, response, ttl, version)
            response[HIT_HEADER] = "miss"
        return get_conditional_response(request, etag=etag, response=response)

    @staticmethod
    def shareable(request, response):
        """Nothing in the response belongs to one visitor."""
        vary = {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", "")) if v}
        return not (
            request.method not in ("GET", "HEAD")
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            or response.cookies
            or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            or pagecache.is_logged_in(request)
            or getattr(request, "is_preview", False)
            or vary - COVERED_VARY
        )

    @staticmethod
    def store(key, response, ttl, version):
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in ("set-cookie", "age", HIT_HEADER.lower())
        ]
        entry = {
            "version": version,
            "status": response.status_code,
            "headers": headers,
            "content": response.content,
            "etag": response["ETag"],
            "stored": time.time(),
        }
        cache.set(key, entry, ttl)


def make_private(response):
    """A response marked shareable that turned out to be personal: keep it to its reader."""
    if response.has_header("Cache-Control"):
        del response["Cache-Control"]
    patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ["Cookie"])
    if hasattr(response, pagecache.TTL_ATTRIBUTE):
        delattr(response, pagecache.TTL_ATTRIBUTE)


def remove_covered_vary(response):
    """Drop ``Vary: Cookie`` (the key covers the one cookie that matters) and
    ``Accept-Language`` (the path decides the language)."""
    if not response.has_header("Vary"):
        return
    kept = [v for v in cc_delim_re.split(response["Vary"]) if v and v.lower() not in COVERED_VARY]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        del response["Vary"]

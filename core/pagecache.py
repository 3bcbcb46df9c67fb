"""The anonymous full-page cache: one site-wide version, one cache policy, one key.

Every cached anonymous page is stored with the version current when it was rendered, so
one ``purge_site()`` makes every cached page stale at once: publishing, unpublishing,
moving or deleting a page, editing a snippet or setting that pages show, a scheduled
go-live, or a change in data a page displays (seats left on an event, a newly answered
message) calls it. ``core.invalidation`` connects the signals; ``core.pagecache_middleware``
serves and stores the pages.

``apply_cache_policy(request, response, max_age)`` is THE cache policy of public pages:
``BasePage.serve``, every route of a ``RoutableBasePage``, the search view and the feeds
call it. Anonymous responses become shareable for ``max_age`` seconds (``s-maxage``; the
browser revalidates each time with the ETag, so a changed display preference shows at
once); logged-in ones stay private.
"""

import hashlib
import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

from core import display

VERSION_KEY = "pagecache:version"
ENTRY_PREFIX = "pagecache:page"
# The attribute the policy sets on a response the middleware may store (its TTL, seconds).
TTL_ATTRIBUTE = "page_cache_ttl"


# What one request has read of the site-wide state: the version it came in with and, once
# asked, the view-restriction flag (every listing asks it). Set by ``pinned_for_request``.
_request_state = ContextVar("pagecache_request_state", default=None)


@contextmanager
def pinned_for_request():
    """Within a request: read the version once (``request_version``), the flag once."""
    token = _request_state.set({"version": cache_version()})
    try:
        yield
    finally:
        _request_state.reset(token)


def request_version():
    """The version this request came in with (``cache_version()`` outside a request)."""
    state = _request_state.get()
    return cache_version() if state is None else state["version"]


def cache_version():
    """The current site-wide page-cache version (an integer, created on first use).

    A version that was evicted comes back as the current time in milliseconds, never as a
    number used before, so entries stored under an old version can never be served again.
    """
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, int(time.time() * 1000), timeout=None)
        version = cache.get(VERSION_KEY) or 1
    return version


def purge_site():
    """Make every cached anonymous page stale; the next request renders afresh.

    With a CDN configured (``WAGTAILFRONTENDCACHE``), the CDN is purged too, once the
    current transaction has committed.
    """
    try:
        version = cache.incr(VERSION_KEY)
    except ValueError:  # not set yet, or evicted
        version = int(time.time() * 1000)
        cache.set(VERSION_KEY, version, timeout=None)
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        from core.frontend_cache import schedule_cdn_purge

        schedule_cdn_purge()
    return version


def purge_site_on_commit(**kwargs):
    """Signal receiver: purge once the change is committed (a rollback purges nothing)."""
    transaction.on_commit(purge_site)


# -- the policy --------------------------------------------------------------------------


def is_logged_in(request):
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


def apply_cache_policy(request, response, max_age):
    """Cache headers for a public response, and whether the page cache may keep it.

    - logged-in readers and previews: ``private, no-cache`` and ``Vary: Cookie``;
    - anonymous GET/HEAD: ``public, max-age=0, s-maxage=<max_age>`` unless the view chose
      its own ``Cache-Control`` (a form's ``never_cache``, a feed's longer lifetime), and
      the response is marked for the page cache with that lifetime.

    Applying it twice (a route that calls ``BasePage.serve``) changes nothing.
    """
    if getattr(response, "cache_policy_applied", False):
        return response
    response.cache_policy_applied = True
    if (
        request.method not in ("GET", "HEAD")
        or getattr(request, "is_preview", False)
        or is_logged_in(request)
    ):
        patch_vary_headers(response, ["Cookie"])
        patch_cache_control(response, private=True, no_cache=True)
        return response
    if response.has_header("Cache-Control"):
        ttl = shared_lifetime(response)
    else:
        patch_cache_control(response, public=True, max_age=0, s_maxage=max_age)
        ttl = max_age
    if ttl:
        setattr(response, TTL_ATTRIBUTE, ttl)
    return response


def cache_policy(max_age):
    """View decorator: ``apply_cache_policy`` for a function view (search, feeds)."""

    def decorator(view):
        from functools import wraps

        @wraps(view)
        def wrapped(request, *args, **kwargs):
            return apply_cache_policy(request, view(request, *args, **kwargs), max_age)

        return wrapped

    return decorator


def shared_lifetime(response):
    """Seconds a shared cache may keep ``response`` by its own Cache-Control, or 0."""
    directives = {}
    for part in response.get("Cache-Control", "").split(","):
        name, _, value = part.strip().partition("=")
        directives[name.lower()] = value
    if "public" not in directives or directives.keys() & {"private", "no-store", "no-cache"}:
        return 0
    for name in ("s-maxage", "max-age"):
        try:
            return max(int(directives[name]), 0)
        except (KeyError, ValueError):
            continue
    return 0


def site_has_view_restrictions():
    """Whether any page of any site is private (password, login, groups).

    Kept for the current page-cache version (a restriction saved or deleted bumps it) and
    at most 60 s, like the pages themselves: most sites have none, and then serving a page
    need not ask the database for its ancestors' restrictions. Read once per request.
    """
    from wagtail.models import PageViewRestriction

    state = _request_state.get()
    if state is not None and "restrictions" in state:
        return state["restrictions"]
    key = f"pagecache:restrictions:{request_version()}"
    answer = cache.get(key)
    if answer is None:
        answer = PageViewRestriction.objects.exists()
        cache.set(key, answer, 60)
    if state is not None:
        state["restrictions"] = answer
    return answer


# -- the key -----------------------------------------------------------------------------


def language_of(request):
    """The language LocaleMiddleware will choose: i18n_patterns without a default prefix
    means the path alone decides (``/en/…`` English, everything else Chinese)."""
    return translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def page_key(request):
    """URL (scheme, host, path and query) + language + display preference, and whether
    HTML was asked for (the API answers a browser in HTML, anything else in JSON)."""
    preference = display.serialise(display.parse(request.COOKIES.get(display.COOKIE_NAME)))
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()[:40]
    wants_html = "h" if "text/html" in request.META.get("HTTP_ACCEPT", "") else "x"
    return f"{ENTRY_PREFIX}:{language_of(request)}:{preference or '-'}:{wants_html}:{digest}"


def enabled():
    return getattr(settings, "PAGE_CACHE", False)

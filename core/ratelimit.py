"""A per-IP, per-form submission limit kept in Django's cache (Redis in production)."""

from django.conf import settings
from django.core.cache import cache


def client_ip(request):
    """The client's address; behind a proxy, the header named by FORM_CLIENT_IP_HEADER."""
    header = getattr(settings, "FORM_CLIENT_IP_HEADER", "")
    if header:
        value = request.META.get(header, "").split(",")[0].strip()
        if value:
            return value[:64]
    return request.META.get("REMOTE_ADDR", "unknown")[:64]


def limits():
    return (
        getattr(settings, "FORM_RATE_LIMIT", 5),
        getattr(settings, "FORM_RATE_LIMIT_WINDOW", 600),
    )


def _key(page_pk, request):
    return f"engagement:submissions:{page_pk}:{client_ip(request)}"


def is_limited(page_pk, request):
    limit, _window = limits()
    return (cache.get(_key(page_pk, request)) or 0) >= limit


def record(page_pk, request):
    """Count one accepted submission from this address within the window."""
    _limit, window = limits()
    key = _key(page_pk, request)
    if cache.add(key, 1, window):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        return 1

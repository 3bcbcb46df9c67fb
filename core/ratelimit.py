"""Client addresses and a per-address, per-form submission limit kept in Django's cache.

The client address is what the form limit and the login lockout (django-axes, through
``AXES_CLIENT_IP_CALLABLE``) count by. A forwarding header is believed only when the
connection comes from one of ``TRUSTED_PROXIES`` (addresses or networks), and then the
right-most hop that is not a trusted proxy is the client: every hop to its left was written
by the client itself and may be forged.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache


@lru_cache(maxsize=8)
def _networks(proxies):
    networks = []
    for entry in proxies:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            continue
    return tuple(networks)


def _address(value):
    try:
        return ipaddress.ip_address(value.strip().strip("[]"))
    except ValueError:
        return None


def _trusted(address, networks):
    return address is not None and any(address in network for network in networks)


def client_ip(request):
    """The client's address: REMOTE_ADDR, or the right-most untrusted forwarded hop.

    ``TRUSTED_PROXIES`` lists the reverse proxies in front of Django; the header they set is
    ``FORM_CLIENT_IP_HEADER`` (default ``HTTP_X_FORWARDED_FOR``; ``HTTP_X_REAL_IP`` also works).
    """
    remote_address = _address(request.META.get("REMOTE_ADDR", "") or "")
    if remote_address is None:
        # No usable peer address (an internal request, e.g. the test client's force_login):
        # None, which the login lockout stores as NULL (PostgreSQL's inet refuses text).
        return None
    remote = str(remote_address)
    networks = _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ()) or ()))
    if not networks or not _trusted(remote_address, networks):
        return remote
    header = getattr(settings, "FORM_CLIENT_IP_HEADER", "") or "HTTP_X_FORWARDED_FOR"
    hops = [hop for hop in request.META.get(header, "").split(",") if hop.strip()]
    client = remote
    for hop in reversed(hops):
        address = _address(hop)
        if address is None:
            # A malformed hop: nothing to its left can be believed either.
            break
        client = str(address)
        if not _trusted(address, networks):
            break
    return client


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


def retry_after():
    """Seconds a limited client should wait (the ``Retry-After`` of a 429): the window."""
    return limits()[1]


def record(page_pk, request):
    """Count one accepted submission from this address within the window.

    Only accepted submissions count: a honeypot hit is not recorded, so a bot posting from
    behind the same address (a school, a library's Wi-Fi) does not use up a resident's quota.
    """
    _limit, window = limits()
    key = _key(page_pk, request)
    if cache.add(key, 1, window):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        return 1

"""Which pages this request may see: the one helper every public listing goes through.

A page under a password, login or group view restriction (``PageViewRestriction``) must not
show its title or intro in listings, home sections, feeds, search, the sitemap, the API or
the share routes to anyone the restriction would turn away. ``public_pages(qs, request)``
keeps live pages (never the tree root) outside every restriction the request does not
satisfy; without a request (feeds, caches shared by all visitors, share routes) every
restricted section is left out.
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction

_CACHE_ATTR = "_sxc_unsatisfied_restriction_paths"


def _unsatisfied_paths(request):
    """Tree paths of the restricted sections this request may not enter (cached on it)."""
    if request is not None and hasattr(request, _CACHE_ATTR):
        return getattr(request, _CACHE_ATTR)
    from core.pagecache import site_has_view_restrictions

    if not site_has_view_restrictions():  # most sites have none: no query (cached answer)
        if request is not None:
            setattr(request, _CACHE_ATTR, [])
        return []
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    paths = sorted(
        {
            restriction.page.path
            for restriction in restrictions
            if request is None or not _accepts(restriction, request)
        }
    )
    if request is not None:
        setattr(request, _CACHE_ATTR, paths)
    return paths


def _accepts(restriction, request):
    if not hasattr(request, "session") or not hasattr(request, "user"):
        return False
    return restriction.accept_request(request)


def hidden_pages_q(request=None, prefix=""):
    """A ``Q`` matching pages (through ``prefix``, e.g. ``"brand__"``) inside a restriction
    the request does not satisfy; None when there is none (most sites)."""
    paths = _unsatisfied_paths(request)
    if not paths:
        return None
    hidden = Q()
    for path in paths:
        hidden |= Q(**{f"{prefix}path__startswith": path})
    return hidden


def public_pages(queryset, request=None):
    """``queryset`` (a page manager or queryset) narrowed to what ``request`` may see."""
    queryset = queryset.all()
    if not hasattr(queryset, "live"):
        # A modelcluster FakeQuerySet: a page's in-memory relation while it is previewed.
        queryset = queryset.model.objects.filter(pk__in=[page.pk for page in queryset])
    queryset = queryset.live().filter(depth__gt=1)
    hidden = hidden_pages_q(request)
    return queryset if hidden is None else queryset.exclude(hidden)


def is_visible(page, request=None):
    """True when ``page`` is live, not the tree root, and outside every restriction the
    request (or, without one, any visitor) does not satisfy."""
    if not page.live or page.depth <= 1:
        return False
    return not any(page.path.startswith(path) for path in _unsatisfied_paths(request))

"""What several parts of one page ask for, read once per request.

The breadcrumb trail and its JSON-LD both need the page's ancestors; the language switcher
and the hreflang links both need the page's live translations. Each helper reads once and
keeps the result on the request (``request`` may be None: then it just reads).
"""

ATTRIBUTE = "_sxc_request_cache"


def remember(request, key, compute):
    if request is None:
        return compute()
    store = request.__dict__.setdefault(ATTRIBUTE, {})
    if key not in store:
        store[key] = compute()
    return store[key]


def ancestors(request, page):
    """The page and its ancestors below the tree root, top first (specific, deferred)."""
    return remember(
        request,
        ("ancestors", page.pk),
        lambda: [p for p in page.get_ancestors(inclusive=True).specific(defer=True) if p.depth > 1],
    )


def live_translations(request, page):
    """The page in every language it is live in (itself included), with their locales."""
    return remember(
        request,
        ("translations", page.pk),
        lambda: list(page.get_translations(inclusive=True).live().select_related("locale")),
    )

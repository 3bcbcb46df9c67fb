"""What several parts of one page ask for, read once per request.

The breadcrumb trail and its JSON-LD both need the page's ancestors; the language switcher
and the hreflang links both need the page's live translations. Both come from ONE query
(``family``), kept on the request (``request`` may be None: then it just reads).
"""

from django.db.models import Q

ATTRIBUTE = "_sxc_request_cache"


def remember(request, key, compute):
    if request is None:
        return compute()
    store = request.__dict__.setdefault(ATTRIBUTE, {})
    if key not in store:
        store[key] = compute()
    return store[key]


def family(request, page):
    """(ancestors, translations, homes, ancestor translations) of ``page`` from one query.

    ancestors: the page and its ancestors below the tree root, top first; translations: the
    page in every language it is live in (itself included), with their locales; homes: the
    live translations of the request's site root (where the language switcher points when
    the page is not translated); ancestor translations: the live translations of the page's
    ancestors in other languages (where the switcher points when the page has none, deepest
    first). Plain ``Page`` objects: what breadcrumbs, JSON-LD and
    language links use (title, URL, locale).
    """

    def compute():
        from wagtail.models import Page, Site

        step = Page.steplen
        paths = [page.path[:end] for end in range(2 * step, len(page.path) + 1, step)]
        site = Site.find_for_request(request) if request is not None else None
        root_key = site.root_page.translation_key if site is not None else None
        keys = {page.translation_key, root_key} - {None}
        ancestor_keys = Page.objects.filter(path__in=paths[:-1], depth__gt=1).values(
            "translation_key"
        )
        # Sorted here, not by the query: a handful of rows, and ORDER BY would cost Django
        # a hash of every selected column (page and locale) to compile.
        rows = sorted(
            Page.objects.filter(
                Q(path__in=paths)
                | Q(translation_key__in=keys, live=True)
                | Q(translation_key__in=ancestor_keys, live=True)
            )
            .select_related("locale")
            .order_by(),
            key=lambda p: p.path,
        )
        ancestors = [p for p in rows if p.path in paths]
        translations = [p for p in rows if p.translation_key == page.translation_key and p.live]
        homes = [p for p in rows if p.translation_key == root_key and p.live]
        above = {p.translation_key for p in ancestors if p.pk != page.pk and p.depth > 1}
        others = sorted(
            (p for p in rows if p.live and p.translation_key in above),
            key=lambda p: -p.depth,
        )
        return ancestors, translations, homes, others

    return remember(request, ("family", page.pk), compute)


def ancestors(request, page):
    return family(request, page)[0]


def live_translations(request, page):
    return family(request, page)[1]


def site_homes(request, page):
    return family(request, page)[2]


def ancestor_translations(request, page):
    """Live translations of ``page``'s ancestors (any language), deepest first."""
    return family(request, page)[3]


def seed_locale(request, page):
    """Give ``page`` its locale from the family query, so ``page.locale`` costs nothing."""
    for other in live_translations(request, page):
        if other.pk == page.pk:
            page.locale = other.locale
            return

"""The site search page and the autocomplete endpoint its search box uses.

Nothing here writes to the database: query statistics go to the cache (``search.stats``),
and search promotions are read without Wagtail's ``Query.get()`` (which creates a row).
"""

import datetime
from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from core.listing import paginate
from core.pagecache import apply_cache_policy

from . import stats
from .results import (
    BOOK_KEY,
    PER_PAGE,
    Search,
    active_locale,
    autocomplete,
    book_pages,
    book_queryset,
    book_url,
    page_queryset,
    page_types,
    result_types,
    to_hit,
)
from .results import (
    search as search_pages,
)
from .segment import parse_query, tokenizer

AUTOCOMPLETE_LIMIT = 8
AUTOCOMPLETE_MAX_CHARS = 50
BOOKS_ON_FIRST_PAGE = 4
OTHER_LANGUAGE_LIMIT = 5
# Results reachable through pagination (50 pages); the count shown is the real one.
MAX_LISTED = 500


def _finish(request, response, max_age=60):
    # The site's one cache policy (core.pagecache): shared for anonymous readers, stored by
    # the page cache; a query's statistics are then recorded once per cache lifetime.
    apply_cache_policy(request, response, max_age)
    response["X-Robots-Tag"] = "noindex"
    return response


def _promotions(raw):
    from wagtail.contrib.search_promotions.models import SearchPromotion

    key = normalise_query_string(raw)[:255]
    if not key:
        return []
    promotions = (
        SearchPromotion.objects.filter(query__query_string=key)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    return [p for p in promotions if p.page is None or p.page.live]


def _sections(request, locale):
    """The top-level sections of the current language, for a reader who found nothing."""
    home = Page.objects.filter(depth=2, locale=locale).live().first()
    if home is None:
        return []
    return list(home.get_children().live().public().in_menu()[:8])


def _popular_queries(exclude):
    from wagtail.contrib.search_promotions.models import Query

    since = timezone.localdate() - datetime.timedelta(days=30)
    popular = Query.get_most_popular(date_since=since).values_list("query_string", flat=True)
    return [q for q in popular[:8] if q != exclude][:5]


def _shorter_queries(search):
    """Sub-words of the query that do find something (at most four lookups)."""
    tok = tokenizer()
    candidates = []
    for term in search.parsed.terms:
        words = [term.text]
        if term.chinese and len(term.text) > 2:
            words += [w for w in tok.cut_for_search(term.text) if 1 < len(w) < len(term.text)]
        for word in words:
            if word not in candidates and word != search.raw:
                candidates.append(word)
    found = []
    for word in candidates[:4]:
        if Search(word, locale=search.locale).pages().count():
            found.append(word)
    return found


class KnownCount:
    """Search results whose length is already known (from the per-type counts)."""

    def __init__(self, results, count):
        self.results = results
        self._count = count

    def count(self):
        return self._count

    def __len__(self):
        return self._count

    def __getitem__(self, key):
        return self.results[key]


@require_GET
def search_view(request):
    locale = active_locale()
    types = result_types()
    type_key = request.GET.get("type", "").strip()[:40]
    search = Search(request.GET.get("q", ""), locale=locale, type_key=type_key)
    context = {
        "search": search,
        "query": search.raw,
        "types": types.values(),
        "type_key": type_key,
        "results": None,
        "count": 0,
    }
    querystring = {"q": search.raw}
    if type_key:
        querystring["type"] = type_key
    context["querystring"] = urlencode(querystring)

    if not search.raw:
        search.messages.append(_("请输入要搜索的词语，例如书名、作者、阅读空间或活动名称。"))
    elif not search.searchable:
        search.messages.append(_("搜索词里没有可以搜索的文字或数字，请换一个词。"))
    elif type_key and type_key not in types:
        search.messages.append(
            _("没有“%(type)s”这个内容类型，请从列表中选择。") % {"type": type_key[:20]}
        )
    else:
        _run(request, search, types, context)

    if search.raw and not context["count"]:
        if search.searchable and not (type_key and type_key not in types):
            context["shorter"] = _shorter_queries(search)
        context["popular"] = _popular_queries(normalise_query_string(search.raw))
        context["sections"] = _sections(request, locale)
    elif not search.raw:
        context["popular"] = _popular_queries("")
        context["sections"] = _sections(request, locale)

    response = render(request, "search/search.html", context)
    return _finish(request, response)


def _run(request, search, types, context):
    type_labels = {t.model: t.label for t in page_types()}
    counts = search.type_counts()
    if not sum(counts.values()) and len(search.parsed.terms) > 1:
        # No document has every word: fall back on documents with any of them.
        search.operator = "or"
        counts = search.type_counts()
        if sum(counts.values()):
            search.messages.append(_("没有同时包含全部词语的结果，下面是包含其中部分词语的结果。"))
    context["total"] = sum(counts.values())
    context["type_options"] = [
        (t, counts.get(t.key, 0))
        for t in types.values()
        if counts.get(t.key) or t.key == search.type_key
    ]

    page_number = request.GET.get("page", "1")
    if search.type_key == BOOK_KEY:
        results = search.books()
    elif search.type_key:
        results = search.pages(types[search.type_key].model, specific=True)
    else:
        results = search.pages(specific=True)
        context["promotions"] = _promotions(search.raw) if page_number in ("", "1") else []
        books = search.books() if counts.get(BOOK_KEY) else None
        if books is not None and page_number in ("", "1"):
            books = list(books[:BOOKS_ON_FIRST_PAGE])
            pages = book_pages(books, search.locale)
            context["books"] = [
                to_hit(book, search.pattern, type_labels, request, pages.get(book.pk))
                for book in books
            ]
            context["book_count"] = counts.get(BOOK_KEY, 0)
    # The counts are known from the facet query: the paginator need not count again.
    count = (
        counts.get(search.type_key, 0)
        if search.type_key
        else sum(n for key, n in counts.items() if key != BOOK_KEY)
    )
    items = paginate(request, KnownCount(results, min(count, MAX_LISTED)), PER_PAGE)
    context["results"] = items
    pages = book_pages(list(items), search.locale) if search.type_key == BOOK_KEY else {}
    context["hits"] = [
        to_hit(obj, search.pattern, type_labels, request, pages.get(obj.pk)) for obj in items
    ]
    context["count"] = counts.get(search.type_key, 0) if search.type_key else context["total"]

    if not search.type_key and context["total"] < 3:
        # Few results in this language: show what the other language has.
        other = Search(search.raw, operator=search.operator)
        others = search_pages(
            other.raw,
            page_queryset().exclude(locale=search.locale).specific(),
            operator=other.operator,
        )
        context["other_language"] = [
            to_hit(p, search.pattern, type_labels, request) for p in others[:OTHER_LANGUAGE_LIMIT]
        ]
    if page_number in ("", "1"):
        stats.record(search.raw)


@require_GET
def autocomplete_view(request):
    """JSON suggestions for the search box: titles that start with, or contain, what is typed."""
    raw = request.GET.get("q", "").strip()[:AUTOCOMPLETE_MAX_CHARS]
    results = []
    if parse_query(raw, autocomplete=True):
        locale = active_locale()
        pages = autocomplete(raw, page_queryset(locale))[:AUTOCOMPLETE_LIMIT]
        type_labels = {t.model: t.label for t in page_types()}
        specific_pages = Page.objects.filter(pk__in=[p.pk for p in pages]).specific()
        by_pk = {p.pk: p for p in specific_pages}
        for page in pages:
            specific = by_pk.get(page.pk, page)
            results.append(
                {
                    "title": specific.title,
                    "url": specific.get_url(request),
                    "type": str(type_labels.get(type(specific), "")),
                }
            )
        books = book_queryset(locale)
        if books is not None and books.model.get_autocomplete_search_fields():
            books = list(autocomplete(raw, books)[:3])
            pages = book_pages(books, locale)
            for book in books:
                page = pages.get(book.pk)
                url = page.get_url(request) if page is not None else book_url(book)
                results.append({"title": book.title, "url": url, "type": _("图书")})
    response = JsonResponse(
        {"query": raw, "results": results},
        json_dumps_params={"ensure_ascii": False},
    )
    return _finish(request, response, max_age=300)

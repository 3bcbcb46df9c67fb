"""Site search: which types can be searched, and one search as the results page shows it.

Kept apart from the views so the benchmark (``bench_search``) times exactly what a reader's
request runs.
"""

from dataclasses import dataclass, field
from functools import cache

from django.apps import apps
from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, get_page_models
from wagtail.search.backends import get_search_backend

from core.visibility import public_pages

from . import highlight
from .segment import MAX_QUERY_CHARS, parse_query

PER_PAGE = 10
BOOK_KEY = "book"


@dataclass(frozen=True)
class ResultType:
    key: str
    label: str
    model: type


@cache
def page_types():
    """Every page type of the project's apps (home page and index pages included)."""
    types = []
    for model in get_page_models():
        if model._meta.app_label in settings.PROJECT_APPS and not model._meta.abstract:
            types.append(
                # Verbose names are the Chinese admin labels; readers of /en/ get them
                # through the catalogue (translated when rendered).
                ResultType(
                    model._meta.model_name,
                    _(str(capfirst(model._meta.verbose_name))),  # noqa: INT001
                    model,
                )
            )
    return tuple(types)


def book_model():
    """The Book snippet (recommendations app), once it exists and is indexed."""
    from wagtail.search.index import class_is_indexed

    try:
        model = apps.get_model("recommendations", "Book")
    except LookupError:
        return None
    return model if class_is_indexed(model) else None


def result_types():
    types = list(page_types())
    book = book_model()
    if book is not None:
        types.append(ResultType(BOOK_KEY, str(_("图书")), book))
    return {t.key: t for t in types}


def active_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:  # pragma: no cover — both locales are made by migrations
        return Locale.get_default()


def page_queryset(locale=None, model=Page):
    qs = public_pages(model.objects)
    if locale is not None:
        qs = qs.filter(locale=locale)
    return qs


def book_queryset(locale=None):
    model = book_model()
    if model is None:
        return None
    qs = model._default_manager.all()
    field_names = {f.name for f in model._meta.get_fields()}
    if "live" in field_names:  # drafts (DraftStateMixin) are not shown
        qs = qs.filter(live=True)
    if locale is not None and "locale" in field_names:
        qs = qs.filter(locale=locale)
    return qs


def book_pages(books, locale=None):
    """{book id: its live recommendation page} for ``books``, in one query."""
    try:
        model = apps.get_model("recommendations", "BookRecommendationPage")
    except LookupError:
        return {}
    if not books or not any(f.name == "book" for f in model._meta.get_fields()):
        return {}
    pages = public_pages(model.objects).filter(book__in=[b.pk for b in books])
    if locale is not None:
        pages = pages.filter(locale=locale)
    return {page.book_id: page for page in pages.order_by("-first_published_at")}


def search(query, queryset, operator="and"):
    """Search through the default backend (works on querysets without a ``search()``)."""
    return get_search_backend().search(query, queryset, operator=operator, order_by_relevance=True)


def autocomplete(query, queryset):
    return get_search_backend().autocomplete(query, queryset)


@dataclass
class Hit:
    """One result as the page shows it."""

    obj: object
    title: str
    url: str
    type_label: str
    snippet: str
    is_book: bool = False


def _plain_texts(obj):
    """The text of an object's own search fields (no related objects: no extra queries)."""
    from wagtail.search.index import SearchField

    texts = []
    for search_field in obj.get_search_fields():
        if isinstance(search_field, SearchField) and search_field.field_name != "title":
            try:
                value = search_field.get_value(obj)
            except Exception:  # a callable that needs what is not loaded: skip it
                continue
            if isinstance(value, list | tuple):
                value = " ".join(str(v) for v in value)
            elif isinstance(value, dict):
                value = " ".join(str(v) for v in value.values())
            if value:
                texts.append(str(value))
    return texts


def to_hit(obj, pattern, type_labels, request=None, book_page=None):
    title = getattr(obj, "title", None) or str(obj)
    texts = [
        getattr(obj, "search_description", ""),
        getattr(obj, "intro", ""),
        getattr(obj, "listing_summary", ""),
        *_plain_texts(obj),
    ]
    is_book = not isinstance(obj, Page)
    if is_book:
        url = book_page.get_url(request) if book_page is not None else book_url(obj)
        label = str(_("图书"))
    else:
        url = obj.get_url(request)
        label = type_labels.get(type(obj), "")
    return Hit(
        obj=obj,
        title=highlight.mark(title, pattern),
        url=url,
        type_label=label,
        snippet=highlight.snippet(texts, pattern),
        is_book=is_book,
    )


def book_url(book):
    """A book's own page if the recommendations app gives it one, else a search for it."""
    for attr in ("get_absolute_url", "get_url"):
        method = getattr(book, attr, None)
        if callable(method):
            try:
                url = method()
            except TypeError:
                continue
            if url:
                return url
    from urllib.parse import urlencode

    from django.urls import reverse

    return reverse("search") + "?" + urlencode({"q": book.title, "type": BOOK_KEY})


@dataclass
class Search:
    """A parsed query and what it matches in one locale."""

    raw: str
    locale: object = None
    type_key: str = ""
    operator: str = "and"
    messages: list = field(default_factory=list)

    def __post_init__(self):
        self.raw = (self.raw or "").strip()
        if len(self.raw) > MAX_QUERY_CHARS:
            self.messages.append(_("搜索词太长，只按前 %(n)s 个字搜索。") % {"n": MAX_QUERY_CHARS})
            self.raw = self.raw[:MAX_QUERY_CHARS]
        self.parsed = parse_query(self.raw)
        self.pattern = highlight.pattern_for(self.parsed)

    @property
    def searchable(self):
        return bool(self.parsed)

    def pages(self, model=Page, specific=False):
        qs = page_queryset(self.locale, model)
        return search(self.raw, qs.specific() if specific else qs, operator=self.operator)

    def books(self):
        qs = book_queryset(self.locale)
        if qs is None:
            return None
        return search(self.raw, qs, operator=self.operator)

    def type_counts(self):
        """{ResultType key: number of results} for the current query, one grouped query."""
        from django.contrib.contenttypes.models import ContentType

        facets = self.pages().facet("content_type_id")
        by_ct = ContentType.objects.get_for_models(*[t.model for t in page_types()])
        counts = {t.key: facets.get(by_ct[t.model].pk, 0) for t in page_types()}
        books = self.books()
        if books is not None:
            counts[BOOK_KEY] = books.count()
        return counts

"""The Book snippet's admin search and chooser.

Search runs on the database with ``icontains`` over title, subtitle, authors, translator,
publisher and ISBN (hyphens ignored), the same on SQLite and PostgreSQL: Wagtail's listing
passes ``fields=`` to the search backend, which the database backend on SQLite turns into
FTS5 column filters (``no such column: authors``), and its autocomplete index has no
publisher. The chooser shows author, publisher and year and marks possible duplicates.
"""

from django import forms
from django.db.models import Q
from wagtail.admin.forms.choosers import BaseFilterForm, LocaleFilterMixin
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)
from wagtail.snippets.views.snippets import IndexView

from recommendations.duplicates import duplicate_ids
from recommendations.isbn import SEPARATORS

SEARCH_FIELDS = ("title", "subtitle", "authors", "translator", "publisher")
MAX_QUERY = 100


def search_books(queryset, query):
    """Books whose bibliographic fields contain ``query`` (case-insensitive)."""
    query = (query or "").strip()[:MAX_QUERY]
    if not query:
        return queryset
    match = Q()
    for field in SEARCH_FIELDS:
        match |= Q(**{f"{field}__icontains": query})
    digits = SEPARATORS.sub("", query)
    if digits:
        match |= Q(isbn__icontains=digits.upper())
    return queryset.filter(match)


class BookIndexView(IndexView):
    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return search_books(queryset, self.search_query)


class BookSearchFilterMixin(forms.Form):
    q = forms.CharField(
        label="搜索",
        widget=forms.TextInput(attrs={"placeholder": "书名、作者、出版社或 ISBN"}),
        required=False,
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q")
        if query:
            objects = search_books(objects, query)
            self.is_searching = True
            self.search_query = query
        return objects


class DuplicateColumn(Column):
    """“可能重复” on rows whose book may exist twice (ids computed once per page of rows)."""

    def get_value(self, instance):
        flagged = getattr(instance, "_possible_duplicate", None)
        return "可能重复" if flagged else ""


class BookChooseMixin:
    @property
    def columns(self):
        return [
            *super().columns,
            Column("authors", label="作者", sort_key=None),
            Column("publisher", label="出版社", sort_key=None),
            Column("year", label="出版年份", sort_key=None),
            DuplicateColumn("duplicate", label="提示", sort_key=None),
        ]

    def get_filter_form_class(self):
        return type(
            "BookFilterForm", (LocaleFilterMixin, BookSearchFilterMixin, BaseFilterForm), {}
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = list(context.get("results") or [])
        flagged = duplicate_ids(rows)
        for book in rows:
            book._possible_duplicate = book.pk in flagged
        return context


class BookChooseView(BookChooseMixin, ChooseView):
    pass


class BookChooseResultsView(BookChooseMixin, ChooseResultsView):
    pass


class BookChooserViewSet(SnippetChooserViewSet):
    choose_view_class = BookChooseView
    choose_results_view_class = BookChooseResultsView

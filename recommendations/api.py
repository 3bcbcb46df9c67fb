"""Books in the Wagtail API v2 at /api/v2/books/ (pages carry their books nested)."""

from django.db.models import Prefetch
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.images import get_image_model

from recommendations.models import Book


class BookAPIViewSet(BaseAPIViewSet):
    model = Book
    name = "books"
    filter_backends = [FieldsFilter, OrderingFilter, SearchFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters | {"locale"}
    body_fields = [
        *BaseAPIViewSet.body_fields,
        "title",
        "subtitle",
        "authors",
        "translator",
        "publisher",
        "year",
        "isbn",
        "pages",
        "book_format",
        "language",
        "category",
        "category_label",
        "age_groups",
        "theme_names",
        "cover_image",
        "cover_large",
        "borrow_links",
        "locale_code",
    ]
    listing_default_fields = [
        *BaseAPIViewSet.listing_default_fields,
        "title",
        "authors",
        "publisher",
        "year",
        "isbn",
        "category",
        "cover_image",
        "locale_code",
    ]
    nested_default_fields = [*BaseAPIViewSet.nested_default_fields, "title", "authors"]

    def get_queryset(self):
        books = (
            Book.objects.filter(live=True)
            .select_related("locale")
            .prefetch_related(
                "themes",
                Prefetch("cover", queryset=get_image_model().objects.prefetch_renditions()),
            )
            .order_by("id")
        )
        locale = self.request.GET.get("locale", "").strip()
        if locale:
            books = books.filter(locale__language_code=locale[:20])
        return books

"""The Book snippet in the admin: listing, filters, search and the chooser."""

from wagtail.admin.ui.tables import Column, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from recommendations.book_admin import BookChooserViewSet, BookIndexView
from recommendations.models import Book


class BookViewSet(SnippetViewSet):
    model = Book
    icon = "book"
    menu_label = "图书"
    menu_name = "books"
    menu_order = 210
    add_to_admin_menu = True
    list_display = [
        "title",
        "authors",
        "publisher",
        Column("category_label", label="分类"),
        "isbn",
        UpdatedAtColumn(),
    ]
    list_filter = ["category"]
    list_per_page = 50
    # Searched on the database (title, authors, translator, publisher, ISBN): book_admin.
    index_view_class = BookIndexView
    chooser_viewset_class = BookChooserViewSet
    search_fields = ["title", "subtitle", "authors", "translator", "publisher", "isbn"]
    ordering = ["title"]
    copy_view_enabled = True
    inspect_view_enabled = True
    inspect_view_fields = [
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
        "cover",
    ]


register_snippet(BookViewSet)

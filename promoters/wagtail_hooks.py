from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Specialty


class SpecialtyViewSet(SnippetViewSet):
    model = Specialty
    icon = "tag"
    menu_label = "推广专长"
    add_to_admin_menu = False
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    # Search the listing on the database (icontains): with search_fields set, Wagtail passes
    # fields= to the search backend, which on SQLite fails (no such column: name).
    search_backend_name = None
    ordering = ["sort_order", "name"]


register_snippet(SpecialtyViewSet)

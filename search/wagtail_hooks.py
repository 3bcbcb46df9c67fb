from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PopularSearchTerm


class PopularSearchTermViewSet(SnippetViewSet):
    model = PopularSearchTerm
    icon = "search"
    menu_label = "大家常搜"
    add_to_admin_menu = False
    list_display = ["term", "locale", "sort_order", "shown"]
    list_filter = ["locale", "shown"]
    search_fields = ["term"]
    ordering = ["locale", "sort_order", "term"]


register_snippet(PopularSearchTermViewSet)

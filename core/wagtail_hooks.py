from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.models import Menu


class MenuViewSet(SnippetViewSet):
    model = Menu
    icon = "list-ul"
    menu_label = "菜单"
    menu_order = 900
    add_to_admin_menu = False
    list_display = ["name", "locale"]
    search_fields = ["name"]


register_snippet(MenuViewSet)

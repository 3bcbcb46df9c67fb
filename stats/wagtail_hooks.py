"""Admin: the 数据 menu with the reports, and the headline figures on the dashboard."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import Menu as AdminMenu
from wagtail.admin.menu import MenuItem, SubmenuMenuItem
from wagtail.admin.ui.components import Component

from stats.models.access import can_view_statistics
from stats.views import admin as views

admin_urls = [
    path("", views.reports, name="reports"),
    path("export.<slug:fmt>", views.export, name="export"),
    path("<slug:key>/", views.figure_detail, name="figure"),
    path("<slug:key>/export.<slug:fmt>", views.export_figure, name="export_figure"),
]


@hooks.register("register_admin_urls")
def register_stats_urls():
    return [path("stats/", include((admin_urls, "stats_admin"), namespace="stats_admin"))]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_statistics(request.user)


class StatisticsSubmenu(SubmenuMenuItem):
    def is_shown(self, request):
        return can_view_statistics(request.user)


@hooks.register("register_admin_menu_item")
def register_stats_menu():
    submenu = AdminMenu(
        items=[
            StatisticsMenuItem(
                "统计报表", reverse("stats_admin:reports"), icon_name="table", order=100
            ),
            StatisticsMenuItem(
                "导出全部（XLSX）",
                reverse("stats_admin:export", args=["xlsx"]),
                icon_name="download",
                order=200,
            ),
        ]
    )
    return StatisticsSubmenu("数据", submenu, icon_name="table", order=850, name="stats")


@hooks.register("register_permissions")
def register_stats_permission():
    return Permission.objects.filter(content_type__app_label="stats", codename="view_statistics")


class HeadlineFiguresPanel(Component):
    name = "stats_headlines"
    template_name = "stats/admin/dashboard_panel.html"
    order = 120

    def get_context_data(self, parent_context):
        from stats.figures import HEADLINES
        from stats.periods import Period
        from stats.queries import figure_results

        period = Period.current_year()
        context = super().get_context_data(parent_context)
        context["period"] = period
        context["headlines"] = list(figure_results(HEADLINES, period).values())
        return context


@hooks.register("construct_homepage_panels")
def add_headline_figures(request, panels):
    if can_view_statistics(request.user):
        panels.append(HeadlineFiguresPanel())

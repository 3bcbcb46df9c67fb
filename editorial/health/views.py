"""The admin health report (报告 → 网站健康检查) and the dashboard panel summarising it."""

from django.conf import settings
from django.contrib.auth.decorators import user_passes_test
from django.template.response import TemplateResponse
from wagtail.admin.ui.components import Component

from .report import build_report

PANEL_ITEMS = 5


def can_see_health(user):
    return user.is_active and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


def can_see_messages(user):
    return user.is_superuser or user.has_perm("consultation.view_message")


@user_passes_test(can_see_health)
def health_report(request):
    report = build_report()
    return TemplateResponse(
        request,
        "editorial/health/report.html",
        {
            "report": report,
            "can_see_messages": can_see_messages(request.user),
            "deadline": getattr(settings, "MESSAGE_ANSWER_DEADLINE_WORKDAYS", 5),
        },
    )


class HealthPanel(Component):
    name = "site_health"
    template_name = "editorial/health/panel.html"
    order = 140

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        report = build_report()
        context.update(
            report=report,
            request=parent_context["request"],
            limit=PANEL_ITEMS,
            can_see_messages=can_see_messages(parent_context["request"].user),
        )
        return context

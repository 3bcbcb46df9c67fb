"""The dashboard panel of the 答复 group: messages close to their deadline and overdue ones."""

from django.conf import settings
from wagtail.admin.ui.components import Component

from .queries import open_messages, warning_workdays
from .workdays import WorkdayCalendar


def can_answer(user):
    return user.is_active and (user.is_superuser or user.has_perm("consultation.view_message"))


class DeadlinePanel(Component):
    name = "message_deadlines"
    template_name = "consultation/admin/deadline_panel.html"
    order = 120

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        messages = open_messages(calendar=WorkdayCalendar.load())
        context.update(
            overdue=[m for m in messages if m.overdue],
            approaching=[
                m for m in messages if not m.overdue and m.workdays_left <= warning_workdays()
            ],
            open_count=len(messages),
            deadline=getattr(settings, "MESSAGE_ANSWER_DEADLINE_WORKDAYS", 5),
            request=parent_context["request"],
        )
        return context

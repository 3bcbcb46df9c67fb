"""The 编辑工作台 panel on the admin dashboard: what needs an editor's attention this week."""

import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import TaskState, WorkflowState

from .integrations import (
    campaign_stages_ending_between,
    get_model,
    upcoming_events_without_registration,
)
from .translations import untranslated_references

LIMIT = 10


def week_bounds(today=None):
    """Monday to Sunday of the current week (Asia/Shanghai)."""
    today = today or timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    return monday, monday + datetime.timedelta(days=6)


def tasks_to_review(user):
    """Moderation tasks this user may approve or reject, newest first."""
    states = (
        TaskState.objects.reviewable_by(user)
        .select_related("revision", "revision__user", "workflow_state", "task")
        .order_by("-started_at")[:LIMIT]
    )
    states = [state for state in states if state.revision and state.revision.content_object]
    for state in states:
        obj = state.revision.content_object
        # A translation shown with what it would show in the original language.
        state.untranslated = (
            untranslated_references(obj)
            if getattr(obj, "locale_id", None)
            and obj.locale.language_code != settings.LANGUAGE_CODE
            else []
        )
    return states


def my_submissions(user):
    """The user's own pages in moderation or sent back for changes."""
    states = (
        WorkflowState.objects.filter(
            requested_by=user,
            status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
        )
        .select_related("current_task_state", "current_task_state__task", "workflow")
        .order_by("-created_at")[:LIMIT]
    )
    return [state for state in states if state.content_object]


def campaign_stages_ending(today=None):
    """Campaign pages with a stage that ends this week: (page, stage label, end date)."""
    monday, sunday = week_bounds(today)
    return campaign_stages_ending_between(monday, sunday, LIMIT)


def events_without_registration(today=None):
    return upcoming_events_without_registration(today or timezone.localdate(), LIMIT)


class EditorialPanel(Component):
    name = "editorial_workbench"
    template_name = "editorial/dashboard_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        user = request.user
        today = timezone.localdate()
        monday, sunday = week_bounds(today)
        context = super().get_context_data(parent_context)
        context.update(
            {
                "request": request,
                "to_review": tasks_to_review(user),
                "my_submissions": my_submissions(user),
                "stages_ending": campaign_stages_ending(today),
                "events_without_registration": events_without_registration(today),
                "week_start": monday,
                "week_end": sunday,
                "campaigns_available": get_model("campaigns.CampaignPage") is not None,
                "events_available": get_model("events.EventPage") is not None,
            }
        )
        return context

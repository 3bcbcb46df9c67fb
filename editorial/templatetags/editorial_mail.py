"""What the workflow e-mails add to Wagtail's: the moderator's comment."""

from django import template
from wagtail.models import TaskState, WorkflowState

register = template.Library()


@register.simple_tag
def moderator_comment(obj):
    """The comment of the last finished moderation task of ``obj``'s latest workflow."""
    if obj is None:
        return ""
    state = WorkflowState.objects.for_instance(obj).order_by("-created_at").first()
    if state is None:
        return ""
    task_state = (
        TaskState.objects.filter(workflow_state=state, finished_at__isnull=False)
        .exclude(comment="")
        .order_by("-finished_at")
        .first()
    )
    return task_state.comment if task_state else ""
